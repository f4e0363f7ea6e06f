"""The bundle file: write it, parse it, verify it, decrypt it (docs/bundle-format.md).

No I/O and no policy here: bytes in, bytes or typed errors out. The client
decides what to accept (scope, sequence, addressing) with :func:`check_policy`.

Byte layout of versions 1 and 2 (big-endian integers; 2.0 is 1.1 with a zstd payload)::

    magic "NOEDKOPI" | u16 major | u16 minor | u32 H | header JSON (H bytes)
    | u32 K | K × (u8 id_len | device id | u16 W | wrapped key (W bytes))
    | nonce (12) | u64 C | ciphertext (C bytes, GCM tag last) | Ed25519 signature (64)

Check order on reading: envelope → signature → version → structure → header →
(client policy) → unwrap → decrypt → decompress (bounded) → hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import struct
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from continuity_app.bundle import payload as payload_mod
from continuity_app.bundle.errors import (
    BadSignature,
    CorruptBundle,
    NotAddressed,
    Replay,
    TooLarge,
    UnsupportedVersion,
    WrongScope,
)
from continuity_app.bundle.header import ENCODING_SQLITE_IMAGE, Header, PayloadInfo
from continuity_app.bundle.keys import fingerprint, grouped
from continuity_app.bundle.names import check_name, check_scope
from continuity_app.bundle.trust import KeyResolver, Pinned

MAGIC = b"NOEDKOPI"
MAJOR = 2  # 2.0: the payload may be zstd; otherwise 1.1's layout and header
MINOR = 1  # 1.1: the header may carry "delegation", "epoch" and "reset" (bundle.delegation)
#: The majors with the layout below. A bundle is written with the lowest version that
#: holds what it carries (``_version_for``), so a 1.x program still reads a zlib bundle.
LAYOUT_MAJORS = (1, 2)
SIGNATURE_LEN = 64
NONCE_LEN = 12
TAG_LEN = 16
DATA_KEY_LEN = 32
WRAPPED_KEY_LEN = 32 + DATA_KEY_LEN + TAG_LEN  # HPKE enc || sealed data key
PREFIX = struct.Struct(">8sHHI")  # magic, major, minor, header length
MAX_HEADER_LEN = 1 << 20
MAX_RECIPIENTS = 100_000
MAX_PAYLOAD_SIZE = 4 << 30  # 4 GiB of plaintext: far above the region scale
WRAP_INFO_LABEL = b"noedkopi-bundle-key-v1"
SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


@dataclass(frozen=True)
class ParsedBundle:
    """A bundle split into its parts. Nothing here is trusted until :func:`verify`."""

    header: Header
    header_bytes: bytes  # magic … header JSON: the AES-GCM associated data
    wrapped_keys: Mapping[str, bytes]  # device id → HPKE enc || sealed data key
    nonce: bytes
    ciphertext: memoryview  # of the file's bytes: a region's 42 MB are not copied
    signed_bytes: memoryview  # everything before the signature (likewise)
    signature: bytes


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle whose signature verified against the given publisher key (or a key its
    trusted root delegates to); ``epoch`` is checked against that root's reset."""

    parsed: ParsedBundle
    epoch: int = 0

    @property
    def header(self) -> Header:
        return self.parsed.header


# ---------------------------------------------------------------------------- writing


def sqlite_user_version(image: bytes | bytearray) -> int:
    """``PRAGMA user_version`` straight from a SQLite image's 100-byte file header."""
    if len(image) < 100 or not image.startswith(b"SQLite format 3\x00"):
        return 0
    return int.from_bytes(image[60:64], "big")


def write_bundle(
    payload: bytes,
    *,
    scope: str,
    sequence: int,
    created_at: dt.datetime,
    valid_until: dt.datetime,
    counts: Mapping[str, int],
    recipients: Mapping[str, X25519PublicKey],
    signing_key: Ed25519PrivateKey,
    scope_name: str = "",
    encoding: str = ENCODING_SQLITE_IMAGE,
    store_schema: int | None = None,
    compression: str = payload_mod.DEFAULT_COMPRESSION,
    level: int | None = None,
    compressed: bytes | None = None,
    _data_key: bytes | None = None,
    _nonce: bytes | None = None,
    trust: Mapping[str, object] | None = None,
    _version: tuple[int, int] | None = None,
    _extra_header: Mapping[str, object] | None = None,
) -> bytes:
    """Compress, encrypt, wrap the key for each recipient, sign: the bundle's bytes.

    ``created_at``/``valid_until`` are timezone-aware datetimes. ``compressed`` lets a
    caller pass the already-compressed payload (the benchmark's split). The
    underscore arguments are test-only hooks (golden file, version tests). ``trust``
    holds the root-era keys (``bundle.delegation.trust_fields``); without it the
    bundle is written as format 1.0, exactly as before the root of trust.
    """
    check_scope(scope, "scope")
    if sequence < 1:
        raise ValueError("sequence must be ≥ 1")
    ids = sorted(recipients)
    for device_id in ids:
        check_name(device_id, "device id")
    packed = compressed if compressed is not None else payload_mod.compress(payload, compression, level)
    header = Header(
        scope=scope,
        scope_name=scope_name,
        sequence=sequence,
        created_at=created_at,
        valid_until=valid_until,
        publisher_fingerprint=fingerprint(signing_key.public_key()),
        recipients=tuple(ids),
        counts=dict(counts),
        payload=PayloadInfo(
            encoding=encoding,
            compression=compression,
            store_schema=sqlite_user_version(payload) if store_schema is None else store_schema,
            size=len(payload),
            sha256=hashlib.sha256(payload).hexdigest(),
            compressed_size=len(packed),
        ),
        extra={**(_extra_header or {}), **(trust or {})},
    )
    header_json = header.to_bytes()
    major, minor = _version or _version_for(compression, bool(trust))
    aad = PREFIX.pack(MAGIC, major, minor, len(header_json)) + header_json
    data_key = _data_key if _data_key is not None else AESGCM.generate_key(bit_length=256)
    nonce = _nonce if _nonce is not None else os.urandom(NONCE_LEN)
    ciphertext = AESGCM(data_key).encrypt(nonce, packed, aad)
    parts = [aad, struct.pack(">I", len(ids))]
    header_hash = hashlib.sha256(aad).digest()
    for device_id in ids:
        wrapped = SUITE.encrypt(data_key, recipients[device_id], wrap_info(device_id, header_hash))
        raw_id = device_id.encode("ascii")
        parts += [struct.pack(">B", len(raw_id)), raw_id, struct.pack(">H", len(wrapped)), wrapped]
    parts += [nonce, struct.pack(">Q", len(ciphertext)), ciphertext]
    body = b"".join(parts)
    return body + signing_key.sign(body)


def _version_for(compression: str, trust: bool) -> tuple[int, int]:
    """The lowest format version that holds the bundle: 2.0 for a zstd payload (a
    program that reads only zlib must say "update", not "damaged"), else 1.1 with the
    root-era keys and 1.0 without."""
    if compression == payload_mod.COMPRESSION_ZSTD:
        return 2, 0
    return 1, MINOR if trust else 0


def wrap_info(device_id: str, header_hash: bytes) -> bytes:
    """HPKE ``info``: binds a wrapped key to one device and one exact header."""
    return WRAP_INFO_LABEL + b"\x00" + device_id.encode("ascii") + b"\x00" + header_hash


# ---------------------------------------------------------------------------- reading


def _envelope(data: bytes) -> tuple[int, int]:
    """The part of the layout every major version keeps: magic, versions, signature last;
    for the majors of this layout also that the lengths inside add up to the file's size exactly."""
    if len(data) < PREFIX.size + SIGNATURE_LEN or not data.startswith(MAGIC):
        raise CorruptBundle("not a Nødkopi bundle (wrong magic bytes or far too short)")
    _, major, minor, _ = PREFIX.unpack_from(data)
    if major in LAYOUT_MAJORS:
        _check_lengths(data)
    return major, minor


def _check_lengths(data: bytes) -> None:
    """Walk the length fields of a 1.x or 2.x file: truncated or trailing bytes are *corrupt*."""
    reader = _Reader(data, len(data))
    reader.pos = PREFIX.size
    header_len = PREFIX.unpack_from(data)[3]
    if header_len > MAX_HEADER_LEN:
        raise CorruptBundle("the bundle header is larger than any real header")
    reader.skip(header_len, "header")
    n_keys = reader.uint(">I", "key count")
    if n_keys > MAX_RECIPIENTS:
        raise CorruptBundle("the key table is larger than any real one")
    for _ in range(n_keys):
        reader.skip(reader.uint(">B", "device id length"), "device id")
        reader.skip(reader.uint(">H", "wrapped key length"), "wrapped key")
    reader.skip(NONCE_LEN, "nonce")
    reader.skip(reader.uint(">Q", "ciphertext length"), "ciphertext")
    reader.skip(SIGNATURE_LEN, "signature")
    if reader.pos != len(data):
        raise CorruptBundle(f"the bundle has {len(data) - reader.pos} byte(s) after its signature")


def parse(data: bytes) -> ParsedBundle:
    """Split ``data`` into its parts, checking structure only (no signature)."""
    major, minor = _envelope(data)
    if major > MAJOR:
        raise UnsupportedVersion(
            f"bundle format {major}.{minor} is newer than this program reads ({MAJOR}.x); update Nødkopi"
        )
    if major < 1:
        raise CorruptBundle(f"bundle format {major}.{minor} does not exist")
    end = len(data) - SIGNATURE_LEN
    reader = _Reader(data, end)
    reader.pos = PREFIX.size
    header_len = PREFIX.unpack_from(data)[3]
    if header_len > MAX_HEADER_LEN:
        raise CorruptBundle("the bundle header is larger than any real header")
    header_json = reader.take(header_len, "header")
    header_bytes = data[: reader.pos]
    try:
        header = Header.from_bytes(header_json, major=major, minor=minor)
    except ValueError as err:
        raise CorruptBundle(f"bad bundle header: {err}") from None
    n_keys = reader.uint(">I", "key count")
    if n_keys > MAX_RECIPIENTS or n_keys != len(header.recipients):
        raise CorruptBundle("the key table does not match the header's recipients")
    wrapped: dict[str, bytes] = {}
    for expected in header.recipients:
        id_len = reader.uint(">B", "device id length")
        device_id = reader.take(id_len, "device id").decode("ascii", "replace")
        key_len = reader.uint(">H", "wrapped key length")
        key = reader.take(key_len, "wrapped key")
        if device_id != expected or key_len != WRAPPED_KEY_LEN:
            raise CorruptBundle("the key table does not match the header's recipients")
        wrapped[device_id] = key
    nonce = reader.take(NONCE_LEN, "nonce")
    ct_len = reader.uint(">Q", "ciphertext length")
    start = reader.pos
    reader.skip(ct_len, "ciphertext")
    whole = memoryview(data)
    ciphertext = whole[start : reader.pos]
    if reader.pos != end:
        raise CorruptBundle("the bundle has bytes after its ciphertext")
    if ct_len != header.payload.compressed_size + TAG_LEN:
        raise CorruptBundle("the ciphertext is not the size its header announces")
    return ParsedBundle(
        header=header,
        header_bytes=header_bytes,
        wrapped_keys=wrapped,
        nonce=nonce,
        ciphertext=ciphertext,
        signed_bytes=whole[:end],
        signature=data[end:],
    )


def verify(data: bytes, trust: Ed25519PublicKey | KeyResolver) -> VerifiedBundle:
    """Envelope, then signature, then version and structure. Typed error on any fault.

    ``trust`` is one key (the signature is checked before anything is parsed), or a
    resolver (``bundle.trust.ClientTrust``): then the structure is parsed first, to
    find the delegation that names the signing key, and the signature checked next.
    """
    _envelope(data)
    end = len(data) - SIGNATURE_LEN
    if isinstance(trust, Ed25519PublicKey):
        key = trust
        try:
            key.verify(data[end:], memoryview(data)[:end])
        except InvalidSignature:
            raise BadSignature(_signature_message(data, key)) from None
        parsed = parse(data)
        resolver: KeyResolver = Pinned(key)
    else:
        resolver = trust
        parsed = parse(data)
        key = resolver.signer_for(parsed.header.publisher_fingerprint, parsed.header.extra, "the bundle")
        try:
            key.verify(data[end:], parsed.signed_bytes)
        except InvalidSignature:
            raise BadSignature(
                f"the bundle's signature does not verify against its publishing key "
                f"({grouped(fingerprint(key))[:19]} …)"
            ) from None
    if parsed.header.publisher_fingerprint != fingerprint(key):
        raise BadSignature("the bundle names another publisher key than the one that signed it")
    return VerifiedBundle(parsed, resolver.epoch_for(parsed.header.scope, parsed.header.extra, "the bundle"))


def _signature_message(data: bytes, key: Ed25519PublicKey) -> str:
    pinned = grouped(fingerprint(key))[:19]
    try:  # the unauthenticated claim, only to say which key it was meant for
        claimed = parse(data).header.publisher_fingerprint
    except Exception:
        claimed = ""
    if claimed and claimed != fingerprint(key):
        return (
            f"the bundle is signed by another publisher key ({grouped(claimed)[:19]} …), "
            f"not the pinned one ({pinned} …)"
        )
    return f"the bundle's signature does not verify against the pinned publisher key ({pinned} …)"


def check_policy(
    header: Header,
    *,
    scope: str,
    device_id: str,
    held_sequence: int | None = None,
) -> None:
    """The client's acceptance rules, each refusal its own error and exit code."""
    if header.scope != scope:
        raise WrongScope(f"the bundle is for scope '{header.scope}', this laptop holds '{scope}'")
    if held_sequence is not None and header.sequence <= held_sequence:
        raise Replay(
            f"the bundle's sequence {header.sequence} is not newer than the {held_sequence} "
            "already accepted (replay or rollback)"
        )
    if device_id not in header.recipients:
        raise NotAddressed(
            f"the bundle is not addressed to this device '{device_id}' (not enrolled or revoked)"
        )


def decrypt(verified: VerifiedBundle, device_id: str, device_private_key: X25519PrivateKey) -> bytes:
    """Unwrap the data key for ``device_id``, decrypt, decompress (bounded), check the hash."""
    return bytes(decrypt_into_buffer(verified, device_id, device_private_key))


#: Ciphertext is decrypted and inflated in pieces of this size (see ``decrypt_into_buffer``).
DECRYPT_PIECE = 4 << 20


def decrypt_into_buffer(
    verified: VerifiedBundle, device_id: str, device_private_key: X25519PrivateKey
) -> bytearray:
    """As :func:`decrypt`, holding the plaintext only once: the unlock path's way.

    AES-GCM decrypts the ciphertext piece by piece and each piece is inflated straight
    into one buffer of the announced size; the tag is checked at the end, before the
    hash is compared and the buffer handed out, so nothing unauthenticated ever leaves
    here.
    """
    parsed = verified.parsed
    info = parsed.header.payload
    data_key = _data_key(parsed, device_id, device_private_key)
    decryptor = Cipher(algorithms.AES(data_key), modes.GCM(parsed.nonce)).decryptor()
    decryptor.authenticate_additional_data(parsed.header_bytes)
    body = memoryview(parsed.ciphertext)
    inflater = payload_mod.Inflater(info.compression, info.size)
    failed: CorruptBundle | None = None
    digest = hashlib.sha256()
    # The hash of each inflated piece is taken on another thread (hashlib and zlib both
    # let go of the interpreter), beside the next piece's inflating: on two cores the
    # hash then costs nearly nothing. Pieces are hashed in order, by one thread.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="payload-hash") as hasher:
        view = memoryview(inflater.buffer)
        hashed = 0

        def hash_up_to(end: int) -> None:
            nonlocal hashed
            if end > hashed:
                hasher.submit(digest.update, view[hashed:end])
                hashed = end

        try:
            for start in range(0, end_ct := len(body) - TAG_LEN, DECRYPT_PIECE):
                piece = decryptor.update(body[start : min(end_ct, start + DECRYPT_PIECE)])
                if failed is None:
                    try:
                        inflater.feed(piece)
                    except CorruptBundle as err:  # decrypt on: an altered file says so first
                        failed = err
                    hash_up_to(inflater.produced)
            decryptor.finalize_with_tag(bytes(body[end_ct:]))
        except InvalidTag:
            raise CorruptBundle("the payload does not decrypt (damaged or altered)") from None
        finally:
            body.release()
        if failed is not None:
            raise failed
        plain = inflater.finish()
        hash_up_to(inflater.produced)
    view.release()
    if digest.hexdigest() != info.sha256:
        raise CorruptBundle("the payload's SHA-256 does not match its header")
    if info.encoding == ENCODING_SQLITE_IMAGE and sqlite_user_version(plain) != info.store_schema:
        raise CorruptBundle(
            f"the payload's user_version {sqlite_user_version(plain)} is not the "
            f"header's payload.store_schema {info.store_schema}"
        )
    return plain


def _data_key(parsed: ParsedBundle, device_id: str, device_private_key: X25519PrivateKey) -> bytes:
    info = parsed.header.payload
    wrapped = parsed.wrapped_keys.get(device_id)
    if wrapped is None:
        raise NotAddressed(f"the bundle is not addressed to this device '{device_id}'")
    if info.size > MAX_PAYLOAD_SIZE:
        raise TooLarge(f"the bundle announces a payload of {info.size} bytes, over the limit")
    header_hash = hashlib.sha256(parsed.header_bytes).digest()
    try:
        data_key = SUITE.decrypt(wrapped, device_private_key, wrap_info(device_id, header_hash))
    except (InvalidTag, ValueError):
        raise NotAddressed(
            f"this device's key does not open the bundle's key for '{device_id}' "
            "(another device's key, or re-enrolled)"
        ) from None
    if len(data_key) != DATA_KEY_LEN:
        raise CorruptBundle("the wrapped data key has the wrong length")
    return data_key


class _Reader:
    def __init__(self, data: bytes, end: int) -> None:
        self.data = data
        self.end = end
        self.pos = 0

    def take(self, n: int, what: str) -> bytes:
        start = self.pos
        self.skip(n, what)
        return self.data[start : self.pos]

    def skip(self, n: int, what: str) -> None:
        """As :meth:`take`, without copying what is passed over."""
        if n < 0 or self.pos + n > self.end:
            raise CorruptBundle(f"the bundle is truncated (in its {what})")
        self.pos += n

    def uint(self, fmt: str, what: str) -> int:
        size = struct.calcsize(fmt)
        value: int = struct.unpack(fmt, self.take(size, what))[0]
        return value
