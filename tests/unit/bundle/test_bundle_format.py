"""The bundle format: round trips, and every way a bundle must be refused."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import struct
import zlib

import pytest
from bundle_helpers import T0, device_key, publisher_key, small_dataset, small_image
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from continuity_app.bundle import (
    BadSignature,
    BundleError,
    CorruptBundle,
    NotAddressed,
    Replay,
    UnsupportedVersion,
    WrongScope,
    check_policy,
    decrypt,
    parse,
    verify,
    write_bundle,
)
from continuity_app.bundle.format import MAGIC, SIGNATURE_LEN, SUITE, wrap_info
from continuity_app.bundle.payload import decompress
from continuity_app.errors import ExitCode
from continuity_app.store import Store

DEVICES = ("dev-golden-1", "dev-golden-2")


def make(payload: bytes | None = None, **overrides: object) -> bytes:
    args: dict[str, object] = {
        "scope": "u1",
        "sequence": 7,
        "created_at": T0,
        "valid_until": T0 + dt.timedelta(days=7),
        "counts": {"citizens": 3},
        "recipients": {d: device_key(d).public_key() for d in DEVICES},
        "signing_key": publisher_key(),
    }
    args.update(overrides)
    return write_bundle(small_image() if payload is None else payload, **args)  # type: ignore[arg-type]


@pytest.mark.parametrize("scope", ["u1", "u2", "krisestab", "alle"])
def test_every_scope_round_trips_through_a_real_store_image(scope: str) -> None:
    with Store.build(small_dataset()) as full, full.derive(scope) as derived:
        image, counts = derived.image(), derived.counts()
    data = make(image, scope=scope, counts=counts)
    verified = verify(data, publisher_key().public_key())
    assert verified.header.scope == scope and verified.header.counts == counts
    with Store.from_image(decrypt(verified, "dev-golden-2", device_key("dev-golden-2"))) as store:
        assert store.counts() == counts
        assert store.meta["scope"] == scope


def test_header_says_what_the_spec_names() -> None:
    image = small_image()
    header = verify(make(image), publisher_key().public_key()).header
    assert (header.major, header.minor) == (2, 0)  # a zstd payload: format 2.0
    assert header.sequence == 7 and header.created_at == T0
    assert header.recipients == DEVICES
    assert header.payload.size == len(image)
    assert header.payload.sha256 == hashlib.sha256(image).hexdigest()
    assert header.payload.encoding == "sqlite-image" and header.payload.compression == "zstd"
    assert header.payload.store_schema == 65536


def test_a_zlib_bundle_is_written_as_1_0_so_that_older_programs_read_it() -> None:
    image = small_image()
    verified = verify(make(image, compression="zlib"), publisher_key().public_key())
    assert (verified.header.major, verified.header.minor) == (1, 0)
    assert verified.header.payload.compression == "zlib"
    assert decrypt(verified, "dev-golden-1", device_key("dev-golden-1")) == image


def length_fields(data: bytes) -> set[int]:
    """Offsets of the bytes of every length field (H, K, each L and W, C), as the doc lays out."""
    spots = set(range(12, 16))
    pos = 16 + struct.unpack_from(">I", data, 12)[0]
    count = struct.unpack_from(">I", data, pos)[0]
    spots |= set(range(pos, pos + 4))
    pos += 4
    for _ in range(count):
        spots.add(pos)
        pos += 1 + data[pos]
        spots |= {pos, pos + 1}
        pos += 2 + struct.unpack_from(">H", data, pos)[0]
    pos += 12
    return spots | set(range(pos, pos + 8))


def test_every_single_byte_change_is_refused() -> None:
    """A changed length no longer adds up to the file's size: corrupt; any other byte: signature."""
    data = make()
    key = publisher_key().public_key()
    lengths = length_fields(data)
    for pos in range(len(data)):
        tampered = bytearray(data)
        tampered[pos] ^= 0x01
        with pytest.raises(BundleError) as caught:
            verify(bytes(tampered), key)
        expected = CorruptBundle if pos < len(MAGIC) or pos in lengths else BadSignature
        assert type(caught.value) is expected, f"byte {pos}"


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_random_damage_is_refused_with_a_bundle_error(data: st.DataObject) -> None:
    original = make()
    pos = data.draw(st.integers(0, len(original) - 1))
    value = data.draw(st.integers(0, 255).filter(lambda v: v != original[pos]))
    damaged = original[:pos] + bytes([value]) + original[pos + 1 :]
    with pytest.raises(BundleError):
        verify(damaged, publisher_key().public_key())


def test_every_truncation_is_refused() -> None:
    data = make()
    for length in range(len(data)):
        with pytest.raises(BundleError):
            verify(data[:length], publisher_key().public_key())
    with pytest.raises(CorruptBundle, match=r"1 byte\(s\) after its signature"):
        verify(data + b"\x00", publisher_key().public_key())


def test_wrong_publisher_key_is_a_bad_signature_naming_both_keys() -> None:
    other = Ed25519PrivateKey.from_private_bytes(b"\x07" * 32).public_key()
    with pytest.raises(BadSignature) as caught:
        verify(make(), other)
    assert caught.value.exit_code == ExitCode.BAD_SIGNATURE
    assert "another publisher key" in str(caught.value)


def test_another_devices_key_cannot_decrypt() -> None:
    verified = verify(make(), publisher_key().public_key())
    intruder = X25519PrivateKey.from_private_bytes(b"\x09" * 32)
    with pytest.raises(NotAddressed):
        decrypt(verified, "dev-golden-1", intruder)
    with pytest.raises(NotAddressed):  # right key, claimed under the other device's id
        decrypt(verified, "dev-golden-2", device_key("dev-golden-1"))
    with pytest.raises(NotAddressed):
        decrypt(verified, "dev-unknown", device_key("dev-golden-1"))


def _resign(body: bytes) -> bytes:
    return body + publisher_key().sign(body)


def test_a_wrapped_key_cannot_move_to_another_bundle_even_with_the_publisher_key() -> None:
    a, b = make(sequence=1), make(sequence=2)
    pa, pb = parse(a), parse(b)
    moved = b.replace(pb.wrapped_keys["dev-golden-1"], pa.wrapped_keys["dev-golden-1"])
    verified = verify(_resign(moved[:-SIGNATURE_LEN]), publisher_key().public_key())
    with pytest.raises(NotAddressed):
        decrypt(verified, "dev-golden-1", device_key("dev-golden-1"))


def test_the_header_is_bound_to_the_ciphertext_even_with_the_publisher_key() -> None:
    data_key = b"\x42" * 32
    parsed = parse(make(sequence=5, _data_key=data_key))
    # same length header, another sequence, signed by the publisher, keys re-wrapped for it:
    # only the AES-GCM associated data still ties the ciphertext to the original header
    forged = parsed.header_bytes.replace(b'"sequence":5', b'"sequence":6')
    rest = bytes(parsed.signed_bytes[len(parsed.header_bytes) :])
    info = wrap_info("dev-golden-1", hashlib.sha256(forged).digest())
    rewrapped = SUITE.encrypt(data_key, device_key("dev-golden-1").public_key(), info)
    rest = rest.replace(parsed.wrapped_keys["dev-golden-1"], rewrapped)
    verified = verify(_resign(forged + rest), publisher_key().public_key())
    assert verified.header.sequence == 6
    with pytest.raises(CorruptBundle, match="does not decrypt"):
        decrypt(verified, "dev-golden-1", device_key("dev-golden-1"))
    with pytest.raises(NotAddressed):  # the other device's key was wrapped for the old header
        decrypt(verified, "dev-golden-2", device_key("dev-golden-2"))


def test_newer_major_is_refused_and_newer_minor_tolerated() -> None:
    newer_major = make(_version=(3, 0))
    with pytest.raises(UnsupportedVersion) as caught:
        verify(newer_major, publisher_key().public_key())
    assert caught.value.exit_code == ExitCode.UNSUPPORTED_VERSION
    assert "newer than this program reads (2.x); update Nødkopi" in str(caught.value)
    newer_minor = make(_version=(2, 9), _extra_header={"future_field": {"x": 1}})
    verified = verify(newer_minor, publisher_key().public_key())
    assert (verified.header.major, verified.header.minor) == (2, 9)
    assert verified.header.extra == {"future_field": {"x": 1}}
    assert decrypt(verified, "dev-golden-1", device_key("dev-golden-1")) == small_image()


def test_not_a_bundle_is_corrupt() -> None:
    for junk in (b"", b"NOEDKOPI", b"PK\x03\x04" + b"\x00" * 200, b"SQLite format 3\x00" * 20):
        with pytest.raises(CorruptBundle):
            verify(junk, publisher_key().public_key())


def test_client_policy_refusals_each_have_their_own_code() -> None:
    header = verify(make(sequence=7), publisher_key().public_key()).header
    check_policy(header, scope="u1", device_id="dev-golden-1", held_sequence=6)
    with pytest.raises(WrongScope):
        check_policy(header, scope="u2", device_id="dev-golden-1")
    with pytest.raises(Replay):
        check_policy(header, scope="u1", device_id="dev-golden-1", held_sequence=7)
    with pytest.raises(NotAddressed):
        check_policy(dataclasses.replace(header, recipients=("x",)), scope="u1", device_id="dev-golden-1")


def test_decompression_never_produces_more_than_announced() -> None:
    bomb = zlib.compress(b"\x00" * (50 << 20))  # 50 MB of zeros in ~50 kB
    with pytest.raises(CorruptBundle):
        decompress(bomb, "zlib", 1000)
    with pytest.raises(CorruptBundle):
        decompress(zlib.compress(b"abc"), "zlib", 4)
    with pytest.raises(CorruptBundle):
        decompress(b"not zlib at all", "zlib", 10)
    assert decompress(zlib.compress(b"abc" * 1000), "zlib", 3000) == b"abc" * 1000


def test_prefix_layout_is_as_documented() -> None:
    data = make()
    magic, major, minor, header_len = struct.unpack_from(">8sHHI", data)
    assert (magic, major, minor) == (b"NOEDKOPI", 2, 0)
    assert data[16 : 16 + header_len].startswith(b'{"counts":')
