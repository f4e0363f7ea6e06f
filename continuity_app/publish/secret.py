"""The publisher's Ed25519 private key, encrypted at rest under a passphrase.

``publisher-key.json``::

    {"format": "noedkopi-publisher-secret", "major": 1, "minor": 0,
     "kdf": {"name": "scrypt", "n": 131072, "r": 8, "p": 1, "salt": "<b64 16>"},
     "cipher": "AES-256-GCM", "nonce": "<b64 12>", "public_key": "<b64 32>",
     "ciphertext": "<b64: the 32-byte Ed25519 seed sealed, tag last>"}

The scrypt cost is chosen by measuring this machine (``continuity_app.kdf``: about
half a second, never below n = 2^15) and stored in the file (KeePassXC
``Kdf::benchmark``). The AES-GCM
associated data is the canonical JSON of every field except ``ciphertext``, so
the parameters and the public key cannot be swapped.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from continuity_app.bundle import canonical
from continuity_app.bundle.keys import b64decode_exact
from continuity_app.errors import NewerFormat, PassphraseError, SetupError
from continuity_app.kdf import ScryptParams, measure
from continuity_app.passphrases import read_new_passphrase, read_passphrase

FORMAT = "noedkopi-publisher-secret"
ROOT_FORMAT = "noedkopi-root-secret"  # the root key's file: the same layout, its own format name
MAJOR = 1
MINOR = 0
PASSPHRASE_ENV = "CONTINUITY_PUBLISHER_PASSPHRASE"
ROOT_PASSPHRASE_ENV = "CONTINUITY_ROOT_PASSPHRASE"
TARGET_SECONDS = 0.5  # the publisher unlocks once a day: it can afford more than a laptop
MAX_LOG2_N = 18  # 256 MiB at r=8, on IT's server


def measure_scrypt(target_seconds: float = TARGET_SECONDS) -> ScryptParams:
    """Parameters for the publisher key, measured on this machine."""
    return measure(target_seconds, max_log2_n=MAX_LOG2_N)


def seal_private_key(
    key: Ed25519PrivateKey, passphrase: str, params: ScryptParams, fmt: str = FORMAT
) -> bytes:
    params = params.with_new_salt()
    nonce = os.urandom(12)
    fields: dict[str, Any] = {
        "format": fmt,
        "major": MAJOR,
        "minor": MINOR,
        "kdf": params.to_json(),
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
        "public_key": _b64(key.public_key().public_bytes_raw()),
    }
    sealed = AESGCM(params.derive(passphrase)).encrypt(
        nonce, key.private_bytes_raw(), canonical.dumps(fields)
    )
    return (json.dumps({**fields, "ciphertext": _b64(sealed)}, indent=2) + "\n").encode("ascii")


def open_private_key(path: Path, passphrase: str, fmt: str = FORMAT) -> Ed25519PrivateKey:
    """Decrypt the key file; :class:`PassphraseError` on a wrong passphrase."""
    which = "root" if fmt == ROOT_FORMAT else "publisher"
    try:
        obj = canonical.loads_object(path.read_bytes(), str(path))
    except OSError as err:
        raise SetupError(f"{path}: cannot read the {which}'s private key ({err.strerror})") from None
    except ValueError as err:
        raise SetupError(f"{path}: {err}") from None
    if obj.get("format") != fmt:
        raise SetupError(f"{path}: not a Nødkopi {which} key file")
    major = obj.get("major")
    if not isinstance(major, int) or major > MAJOR:
        raise NewerFormat(f"{path}: key file version {major} is newer than this program reads")
    fields = {k: v for k, v in obj.items() if k != "ciphertext"}
    params = ScryptParams.from_json(obj.get("kdf"), str(path))  # range-checked: CORRUPT if not
    try:
        nonce = b64decode_exact(str(obj["nonce"]), 12)
        sealed = b64decode_exact(str(obj["ciphertext"]), 48)
        public = b64decode_exact(str(obj["public_key"]), 32)
        if nonce is None or sealed is None or public is None:
            raise ValueError("encoding")
        key_bytes = AESGCM(params.derive(passphrase)).decrypt(nonce, sealed, canonical.dumps(fields))
    except InvalidTag:
        raise PassphraseError(f"wrong {which} passphrase (or a damaged key file {path.name})") from None
    except (KeyError, ValueError, TypeError):
        raise SetupError(f"{path}: the publisher key file is damaged") from None
    key = Ed25519PrivateKey.from_private_bytes(key_bytes)
    if key.public_key().public_bytes_raw() != public:
        raise SetupError(f"{path}: the private key does not match its public key")
    return key


def passphrase_from_env_or_prompt(*, confirm: bool) -> str:
    """``$CONTINUITY_PUBLISHER_PASSPHRASE``, else ask on the terminal (twice, and held to the
    passphrase rule, when creating the key)."""
    prompt = "Udgiverens adgangsudtryk (publisher passphrase): "
    if confirm:
        return read_new_passphrase(PASSPHRASE_ENV, prompt)
    value = read_passphrase(prompt, PASSPHRASE_ENV)
    if not value:
        raise PassphraseError("the publisher passphrase must not be empty")
    return value


def root_passphrase(*, confirm: bool) -> str:
    """``$CONTINUITY_ROOT_PASSPHRASE``, else asked on the terminal: the root key's own
    passphrase, kept apart from the publisher's (the root lives offline, in a safe)."""
    prompt = "Rodnøglens adgangsudtryk (root passphrase): "
    if confirm:
        return read_new_passphrase(ROOT_PASSPHRASE_ENV, prompt)
    value = read_passphrase(prompt, ROOT_PASSPHRASE_ENV)
    if not value:
        raise PassphraseError("the root passphrase must not be empty")
    return value


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
