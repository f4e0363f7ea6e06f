"""Key files and fingerprints.

The publisher's public key travels to every laptop as ``publisher-key.pub``, one
line of text::

    noedkopi-publisher-key v1 <base64 of the 32 raw Ed25519 public-key bytes>

Its fingerprint is the SHA-256 of those 32 raw bytes, as 64 lowercase hex digits;
people compare it grouped (:func:`grouped`): ``3f2a 9c41 …``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from continuity_app.bundle.errors import KeyFileError

PUBLIC_KEY_TAG = "noedkopi-publisher-key"
PUBLIC_KEY_VERSION = "v1"
MAX_KEY_FILE_BYTES = 4096


def fingerprint(public_key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw public key, 64 lowercase hex digits."""
    return hashlib.sha256(public_key.public_bytes_raw()).hexdigest()


def grouped(fp: str, group: int = 4) -> str:
    """A fingerprint split for reading aloud: ``'3f2a 9c41 …'`` (16 groups of 4)."""
    return " ".join(fp[i : i + group] for i in range(0, len(fp), group))


def publisher_key_text(public_key: Ed25519PublicKey) -> str:
    """The content of ``publisher-key.pub`` (one line, newline-terminated)."""
    raw = base64.b64encode(public_key.public_bytes_raw()).decode("ascii")
    return f"{PUBLIC_KEY_TAG} {PUBLIC_KEY_VERSION} {raw}\n"


def parse_publisher_key(text: str, where: str = "publisher key") -> Ed25519PublicKey:
    parts = text.strip().split()
    if len(parts) != 3 or parts[0] != PUBLIC_KEY_TAG:
        raise KeyFileError(f"{where}: not a Nødkopi publisher key (expected '{PUBLIC_KEY_TAG} v1 <key>')")
    if parts[1] != PUBLIC_KEY_VERSION:
        raise KeyFileError(f"{where}: unsupported publisher key version {parts[1]!r}")
    raw = b64decode_exact(parts[2], 32)
    if raw is None:
        raise KeyFileError(f"{where}: the key is not 32 bytes of base64")
    return Ed25519PublicKey.from_public_bytes(raw)


def load_publisher_public_key(path: Path) -> Ed25519PublicKey:
    """Read ``publisher-key.pub``; :class:`KeyFileError` (NOT_SET_UP) naming the file if bad."""
    from continuity_app.paths import read_bounded

    try:
        data = read_bounded(path, MAX_KEY_FILE_BYTES + 1, error=KeyFileError)
    except OSError as err:
        raise KeyFileError(f"{path}: cannot read the publisher key ({err.strerror})") from None
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KeyFileError(f"{path}: too large to be a publisher key")
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        raise KeyFileError(f"{path}: not a Nødkopi publisher key (not text)") from None
    return parse_publisher_key(text, str(path))


def b64decode_exact(text: str, length: int | None) -> bytes | None:
    """Strict base64 decode; ``None`` when malformed or not ``length`` bytes."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None
    if length is not None and len(raw) != length:
        return None
    return raw


def x25519_to_text(public_key: X25519PublicKey) -> str:
    return base64.b64encode(public_key.public_bytes_raw()).decode("ascii")


def x25519_from_text(text: str, what: str) -> X25519PublicKey:
    """A device public key from base64 of its 32 raw bytes; ``ValueError`` naming ``what``."""
    raw = b64decode_exact(text, 32) if isinstance(text, str) else None
    if raw is None:
        raise ValueError(f"{what} must be base64 of 32 raw X25519 bytes")
    return X25519PublicKey.from_public_bytes(raw)


def ed25519_to_text(public_key: Ed25519PublicKey) -> str:
    return base64.b64encode(public_key.public_bytes_raw()).decode("ascii")


def ed25519_from_text(text: object, what: str) -> Ed25519PublicKey:
    """A signing public key from base64 of its 32 raw bytes; ``ValueError`` naming ``what``."""
    raw = b64decode_exact(text, 32) if isinstance(text, str) else None
    if raw is None:
        raise ValueError(f"{what} must be base64 of 32 raw Ed25519 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)
