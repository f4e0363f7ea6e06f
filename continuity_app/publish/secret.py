"""The publisher's Ed25519 private key, encrypted at rest under a passphrase.

``publisher-key.json``::

    {"format": "noedkopi-publisher-secret", "major": 1, "minor": 0,
     "kdf": {"name": "scrypt", "n": 131072, "r": 8, "p": 1, "salt": "<b64 16>"},
     "cipher": "AES-256-GCM", "nonce": "<b64 12>", "public_key": "<b64 32>",
     "ciphertext": "<b64: the 32-byte Ed25519 seed sealed, tag last>"}

The scrypt cost is chosen by measuring this machine (about half a second, never
below n = 2^15) and stored in the file (KeePassXC ``Kdf::benchmark``). The AES-GCM
associated data is the canonical JSON of every field except ``ciphertext``, so
the parameters and the public key cannot be swapped.
"""

from __future__ import annotations

import base64
import getpass
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from continuity_app.bundle import canonical
from continuity_app.bundle.keys import b64decode_exact
from continuity_app.errors import ExitCode, KnownError, PassphraseError, SetupError

FORMAT = "noedkopi-publisher-secret"
MAJOR = 1
MINOR = 0
PASSPHRASE_ENV = "CONTINUITY_PUBLISHER_PASSPHRASE"
SCRYPT_FLOOR_N = 1 << 15
SCRYPT_CAP_N = 1 << 20
TARGET_SECONDS = 0.5


@dataclass(frozen=True)
class ScryptParams:
    n: int
    r: int = 8
    p: int = 1

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        kdf = Scrypt(salt=salt, length=32, n=self.n, r=self.r, p=self.p)
        return kdf.derive(passphrase.encode("utf-8"))


def measure_scrypt(target_seconds: float = TARGET_SECONDS) -> ScryptParams:
    """The largest power-of-two ``n`` (≥ the floor) whose derivation stays near the target."""
    n = SCRYPT_FLOOR_N
    while n < SCRYPT_CAP_N:
        start = time.perf_counter()
        ScryptParams(n).derive("benchmark", b"\x00" * 16)
        if time.perf_counter() - start >= target_seconds / 2:
            break
        n *= 2
    return ScryptParams(n)


def seal_private_key(key: Ed25519PrivateKey, passphrase: str, params: ScryptParams) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    fields: dict[str, Any] = {
        "format": FORMAT,
        "major": MAJOR,
        "minor": MINOR,
        "kdf": {"name": "scrypt", "n": params.n, "r": params.r, "p": params.p, "salt": _b64(salt)},
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
        "public_key": _b64(key.public_key().public_bytes_raw()),
    }
    sealed = AESGCM(params.derive(passphrase, salt)).encrypt(
        nonce, key.private_bytes_raw(), canonical.dumps(fields)
    )
    return (json.dumps({**fields, "ciphertext": _b64(sealed)}, indent=2) + "\n").encode("ascii")


def open_private_key(path: Path, passphrase: str) -> Ed25519PrivateKey:
    """Decrypt the key file; :class:`PassphraseError` on a wrong passphrase."""
    try:
        obj = canonical.loads_object(path.read_bytes(), str(path))
    except OSError as err:
        raise SetupError(f"{path}: cannot read the publisher's private key ({err.strerror})") from None
    except ValueError as err:
        raise SetupError(f"{path}: {err}") from None
    if obj.get("format") != FORMAT:
        raise SetupError(f"{path}: not a Nødkopi publisher key file")
    major = obj.get("major")
    if not isinstance(major, int) or major > MAJOR:
        raise KnownError(
            f"{path}: key file version {major} is newer than this program reads", ExitCode.UNSUPPORTED_VERSION
        )
    kdf = obj.get("kdf")
    fields = {k: v for k, v in obj.items() if k != "ciphertext"}
    try:
        if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
            raise ValueError("kdf")
        params = ScryptParams(int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
        salt = b64decode_exact(str(kdf["salt"]), None, "salt")
        nonce = b64decode_exact(str(obj["nonce"]), 12, "nonce")
        sealed = b64decode_exact(str(obj["ciphertext"]), 48, "ciphertext")
        public = b64decode_exact(str(obj["public_key"]), 32, "public_key")
        if salt is None or nonce is None or sealed is None or public is None:
            raise ValueError("encoding")
        if not (SCRYPT_FLOOR_N // 4 <= params.n <= SCRYPT_CAP_N and params.r <= 32 and params.p <= 16):
            raise ValueError("kdf parameters")
        key_bytes = AESGCM(params.derive(passphrase, salt)).decrypt(nonce, sealed, canonical.dumps(fields))
    except InvalidTag:
        raise PassphraseError("wrong publisher passphrase (or a damaged key file)") from None
    except (KeyError, ValueError, TypeError):
        raise SetupError(f"{path}: the publisher key file is damaged") from None
    key = Ed25519PrivateKey.from_private_bytes(key_bytes)
    if key.public_key().public_bytes_raw() != public:
        raise SetupError(f"{path}: the private key does not match its public key")
    return key


def passphrase_from_env_or_prompt(*, confirm: bool) -> str:
    """``$CONTINUITY_PUBLISHER_PASSPHRASE``, else ask on the terminal (twice when creating)."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value is None:
        value = getpass.getpass("Udgiverens adgangsfrase (publisher passphrase): ")
        if confirm and getpass.getpass("Gentag adgangsfrasen (repeat): ") != value:
            raise PassphraseError("the two passphrases differ; nothing was created")
    if not value:
        raise PassphraseError("the publisher passphrase must not be empty")
    return value


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
