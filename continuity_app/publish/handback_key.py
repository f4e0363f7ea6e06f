"""IT's hand-back key: the X25519 key every laptop's journal hand-back file is encrypted to.

Two files in the publisher home::

    handback-key.pub    noedkopi-handback-key v1 <base64 of the 32 raw X25519 public-key bytes>
    handback-key.json   the private key, sealed under the publisher passphrase:
                        {"format": "noedkopi-handback-secret", "major": 1, "minor": 0,
                         "kdf": {scrypt …}, "cipher": "AES-256-GCM", "nonce": "<b64 12>",
                         "public_key": "<b64 32>", "ciphertext": "<b64 48>"}

Sealed exactly like the publishing key (``publish.secret``): AES-256-GCM under
scrypt(passphrase) with the parameters stored in the file, the associated data the
canonical JSON of every field but ``ciphertext``. ``continuity-publish init`` makes
it; a home made before it existed gets one at its next ``build`` (:func:`ensure`).
Its public key reaches the laptops inside each signed bundle (the store's meta
``journal_keys``), with the public keys of the scope's enrolled devices.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from continuity_app.bundle import canonical
from continuity_app.bundle.keys import b64decode_exact, x25519_to_text
from continuity_app.errors import NewerFormat, PassphraseError, SetupError
from continuity_app.kdf import ScryptParams
from continuity_app.paths import atomic_write

FORMAT = "noedkopi-handback-secret"
PUBLIC_TAG = "noedkopi-handback-key"
MAJOR = 1
MINOR = 0


def public_file(root: Path) -> Path:
    return root / "handback-key.pub"


def secret_file(root: Path) -> Path:
    return root / "handback-key.json"


def create(root: Path, passphrase: str, params: ScryptParams) -> X25519PublicKey:
    """Make the key pair and write both files (the secret first)."""
    key = X25519PrivateKey.generate()
    params = params.with_new_salt()
    nonce = os.urandom(12)
    public = key.public_key().public_bytes_raw()
    fields: dict[str, Any] = {
        "format": FORMAT,
        "major": MAJOR,
        "minor": MINOR,
        "kdf": params.to_json(),
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
        "public_key": _b64(public),
    }
    sealed = AESGCM(params.derive(passphrase)).encrypt(
        nonce, key.private_bytes_raw(), canonical.dumps(fields)
    )
    text = json.dumps({**fields, "ciphertext": _b64(sealed)}, indent=2) + "\n"
    atomic_write(secret_file(root), text.encode("ascii"))
    atomic_write(public_file(root), f"{PUBLIC_TAG} v1 {_b64(public)}\n".encode("ascii"), mode=0o644)
    return key.public_key()


def ensure(root: Path, passphrase: str, params: ScryptParams | None = None) -> X25519PublicKey:
    """The hand-back public key, made now if this home has none yet."""
    if public_file(root).exists() and secret_file(root).exists():
        return load_public(root)
    from continuity_app.publish.secret import measure_scrypt

    return create(root, passphrase, params or measure_scrypt())


def load_public(root: Path) -> X25519PublicKey:
    path = public_file(root)
    try:
        parts = path.read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError) as err:
        raise SetupError(f"{path}: cannot read IT's hand-back key ({err})") from None
    raw = b64decode_exact(parts[2], 32) if len(parts) == 3 and parts[0] == PUBLIC_TAG else None
    if raw is None:
        raise SetupError(f"{path}: not a Nødkopi hand-back key")
    return X25519PublicKey.from_public_bytes(raw)


def open_private(root: Path, passphrase: str) -> X25519PrivateKey:
    """IT's hand-back private key; ``PassphraseError`` on a wrong passphrase."""
    path = secret_file(root)
    if not path.exists():
        raise SetupError(
            f"{path}: this publisher home has no hand-back key yet; run "
            "'continuity-publish build' once to make it"
        )
    try:
        obj = canonical.loads_object(path.read_bytes(), str(path))
    except (OSError, ValueError) as err:
        raise SetupError(f"{path}: cannot read the hand-back key ({err})") from None
    if obj.get("format") != FORMAT:
        raise SetupError(f"{path}: not a Nødkopi hand-back key file")
    if not isinstance(obj.get("major"), int) or obj["major"] > MAJOR:
        raise NewerFormat(f"{path}: key file version {obj.get('major')} is newer than this program reads")
    fields = {k: v for k, v in obj.items() if k != "ciphertext"}
    params = ScryptParams.from_json(obj.get("kdf"), str(path))
    nonce = b64decode_exact(str(obj.get("nonce")), 12)
    sealed = b64decode_exact(str(obj.get("ciphertext")), 48)
    public = b64decode_exact(str(obj.get("public_key")), 32)
    if nonce is None or sealed is None or public is None:
        raise SetupError(f"{path}: the hand-back key file is damaged")
    try:
        raw = AESGCM(params.derive(passphrase)).decrypt(nonce, sealed, canonical.dumps(fields))
    except InvalidTag:
        raise PassphraseError("wrong publisher passphrase (or a damaged hand-back key file)") from None
    key = X25519PrivateKey.from_private_bytes(raw)
    if key.public_key().public_bytes_raw() != public:
        raise SetupError(f"{path}: the private key does not match its public key")
    return key


def key_id(public: X25519PublicKey) -> str:
    """``it-`` and the first 16 hex digits of the SHA-256 of the raw public key."""
    import hashlib

    return "it-" + hashlib.sha256(public.public_bytes_raw()).hexdigest()[:16]


def journal_keys(handback: X25519PublicKey, devices: list[Any]) -> str:
    """The store meta ``journal_keys`` of a scope: IT's hand-back key and the scope's
    enrolled devices' public keys (HPKE and signing), as canonical JSON."""
    from continuity_app.bundle.keys import ed25519_to_text

    rows = [
        {
            "device_id": d.device_id,
            "public_key": x25519_to_text(d.public_key),
            "signing_public_key": ed25519_to_text(d.signing_key) if d.signing_key else None,
        }
        for d in sorted(devices, key=lambda d: d.device_id)
    ]
    doc = {"handback": {"key_id": key_id(handback), "public_key": x25519_to_text(handback)}, "devices": rows}
    return canonical.dumps(doc).decode("utf-8")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
