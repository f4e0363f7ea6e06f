"""The golden bundle of format 1.0 (tests/data/bundle/) must verify and decrypt forever.

docs/bundle-format.md §9 names it as the 1.0 compatibility file; its worked example is the
1.1 publish folder beside it (test_bundle_golden_doc.py).
"""

from __future__ import annotations

import hashlib
import hmac
import struct
import zlib

from bundle_helpers import GOLDEN_DATA_KEY, GOLDEN_DIR, GOLDEN_NONCE, T0, device_key
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from continuity_app.bundle import decrypt, verify, verify_latest
from continuity_app.bundle.format import SUITE, wrap_info
from continuity_app.bundle.keys import fingerprint, load_publisher_public_key

GOLDEN = GOLDEN_DIR / "golden-v1.0.bundle"


def test_golden_bundle_verifies_and_decrypts_for_both_devices() -> None:
    key = load_publisher_public_key(GOLDEN_DIR / "publisher-key.pub")
    data = GOLDEN.read_bytes()
    verified = verify(data, key)
    header = verified.header
    assert (header.major, header.minor, header.scope, header.sequence) == (1, 0, "u1", 42)
    assert header.created_at == T0 and header.recipients == ("dev-golden-1", "dev-golden-2")
    assert header.publisher_fingerprint == fingerprint(key)
    payload = (GOLDEN_DIR / "golden-payload.sqlite").read_bytes()
    for device_id in header.recipients:
        assert decrypt(verified, device_id, device_key(device_id)) == payload


def test_golden_bundle_can_be_read_by_hand_as_the_document_describes() -> None:
    """A second reader, written from docs/bundle-format.md with struct, AESGCM and HPKE alone."""
    data = GOLDEN.read_bytes()
    magic, major, minor, h = struct.unpack_from(">8sHHI", data, 0)
    assert (magic, major, minor) == (b"NOEDKOPI", 1, 0)
    aad = data[: 16 + h]
    pos = 16 + h
    (k,) = struct.unpack_from(">I", data, pos)
    pos += 4
    wrapped = {}
    for _ in range(k):
        id_len = data[pos]
        device_id = data[pos + 1 : pos + 1 + id_len].decode("ascii")
        (w,) = struct.unpack_from(">H", data, pos + 1 + id_len)
        start = pos + 3 + id_len
        wrapped[device_id] = data[start : start + w]
        pos = start + w
    nonce = data[pos : pos + 12]
    (c,) = struct.unpack_from(">Q", data, pos + 12)
    ciphertext = data[pos + 20 : pos + 20 + c]
    assert pos + 20 + c + 64 == len(data)
    key = load_publisher_public_key(GOLDEN_DIR / "publisher-key.pub")
    key.verify(data[-64:], data[:-64])  # raises if wrong
    info = b"noedkopi-bundle-key-v1\x00dev-golden-1\x00" + hashlib.sha256(aad).digest()
    assert info == wrap_info("dev-golden-1", hashlib.sha256(aad).digest())
    data_key = SUITE.decrypt(wrapped["dev-golden-1"], device_key("dev-golden-1"), info)
    assert data_key == GOLDEN_DATA_KEY and nonce == GOLDEN_NONCE
    payload = zlib.decompress(AESGCM(data_key).decrypt(nonce, ciphertext, aad))
    assert payload == (GOLDEN_DIR / "golden-payload.sqlite").read_bytes()


def test_golden_latest_points_at_the_golden_bundle() -> None:
    key = load_publisher_public_key(GOLDEN_DIR / "publisher-key.pub")
    latest = verify_latest((GOLDEN_DIR / "golden-latest.json").read_bytes(), key)
    data = GOLDEN.read_bytes()
    assert latest.file == "u1-00000042.bundle" and latest.size == len(data)
    assert latest.sha256 == hashlib.sha256(data).hexdigest()


def _hkdf_extract(salt: bytes, ikm: bytes) -> bytes:
    return hmac.new(salt or b"\0" * 32, ikm, hashlib.sha256).digest()


def _hkdf_expand(prk: bytes, info: bytes, n: int) -> bytes:
    out, block, counter = b"", b"", 1
    while len(out) < n:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        out, counter = out + block, counter + 1
    return out[:n]


def test_wrapped_key_opens_with_rfc9180_written_out_by_hand() -> None:
    """HPKE base mode, DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / AES-256-GCM, from RFC 9180 §4–5."""
    data = GOLDEN.read_bytes()
    (h,) = struct.unpack_from(">I", data, 12)
    aad = data[: 16 + h]
    enc, sealed = data[672:704], data[704:752]  # dev-golden-1's entry (H = 637: 16 + H + 4 + 15)
    device = device_key("dev-golden-1")

    def labeled_extract(suite: bytes, salt: bytes, label: bytes, ikm: bytes) -> bytes:
        return _hkdf_extract(salt, b"HPKE-v1" + suite + label + ikm)

    def labeled_expand(suite: bytes, prk: bytes, label: bytes, info: bytes, n: int) -> bytes:
        return _hkdf_expand(prk, struct.pack(">H", n) + b"HPKE-v1" + suite + label + info, n)

    kem = b"KEM" + struct.pack(">H", 0x0020)
    dh = device.exchange(X25519PublicKey.from_public_bytes(enc))
    eae_prk = labeled_extract(kem, b"", b"eae_prk", dh)
    kem_context = enc + device.public_key().public_bytes_raw()
    shared = labeled_expand(kem, eae_prk, b"shared_secret", kem_context, 32)
    suite = b"HPKE" + struct.pack(">HHH", 0x0020, 0x0001, 0x0002)
    info = b"noedkopi-bundle-key-v1\x00dev-golden-1\x00" + hashlib.sha256(aad).digest()
    context = (
        b"\x00"
        + labeled_extract(suite, b"", b"psk_id_hash", b"")
        + labeled_extract(suite, b"", b"info_hash", info)
    )
    secret = labeled_extract(suite, shared, b"secret", b"")
    key = labeled_expand(suite, secret, b"key", context, 32)
    nonce = labeled_expand(suite, secret, b"base_nonce", context, 12)
    assert AESGCM(key).decrypt(nonce, sealed, b"") == GOLDEN_DATA_KEY
