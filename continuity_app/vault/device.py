"""``device.json``: the laptop's identity and its key pairs, private halves wrapped.

::

    {
      "format": "noedkopi-device", "version": "1.0",
      "device_id": "nk-k7q2m4x9ab", "scope": "hp-nord", "created_at": "2026-11-27T12:00:00+00:00",
      "public_key": "<base64 raw X25519>",        # bundles are encrypted to this (HPKE)
      "audit_public_key": "<base64 raw X25519>",  # audit records and the journal are encrypted to this (HPKE)
      "signing_public_key": "<base64 raw Ed25519>",  # 1.1: hand-back files are signed by this
      "kdf": {"name": "scrypt", "n": 131072, "r": 8, "p": 1, "salt": "<base64>"},
      "wrapped": {"alg": "AES-256-GCM", "nonce": "<base64 12 bytes>", "ciphertext": "<base64>"}
    }

``wrapped.ciphertext`` is AES-256-GCM under ``scrypt(passphrase)`` of the 64 bytes
``device private key (32) || audit private key (32)`` — since 1.1 followed by the
Ed25519 signing key's 32-byte seed — with associated data
``noedkopi-device|1|<device_id>``. A wrong passphrase fails the GCM tag; after a
successful unwrap the private keys must match every public key, so an edited
public key is reported as a damaged file, not as a wrong passphrase. A 1.0 file
(enrolled before devices had a signing key) has no ``signing_public_key``: it
reads and unlocks as before, and gets a signing key by ``enroll --force``.

A reader refuses a newer major version and tolerates a newer minor one.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from continuity_app import jsonread
from continuity_app.errors import (
    DamagedFile,
    DiskError,
    KnownError,
    NewerFormat,
    PassphraseError,
    SetupError,
)
from continuity_app.kdf import ScryptParams
from continuity_app.paths import atomic_write

FORMAT = "noedkopi-device"
MAJOR = 1
MINOR = 1
_B32 = "abcdefghijklmnopqrstuvwxyz234567"


def new_device_id() -> str:
    """``nk-`` and 10 random base32 characters (50 bits): unguessable, easy to read aloud."""
    return "nk-" + "".join(secrets.choice(_B32) for _ in range(10))


def raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class Keys:
    """The unwrapped private keys: held only while unlocked."""

    device: X25519PrivateKey
    audit: X25519PrivateKey
    signing: Ed25519PrivateKey | None = None  # None: enrolled before devices had one


@dataclass(frozen=True)
class DeviceFile:
    device_id: str
    scope: str
    created_at: str
    public_key: bytes
    audit_public_key: bytes
    kdf: ScryptParams
    nonce: bytes
    ciphertext: bytes
    signing_public_key: bytes = b""  # raw Ed25519; b"" in a 1.0 file

    # -- create / rewrap -------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        scope: str,
        passphrase: str,
        kdf: ScryptParams,
        *,
        device_id: str | None = None,
        now: dt.datetime | None = None,
    ) -> tuple[DeviceFile, Keys]:
        signing = Ed25519PrivateKey.generate()
        keys = Keys(X25519PrivateKey.generate(), X25519PrivateKey.generate(), signing)
        when = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
        blank = cls(
            device_id or new_device_id(),
            scope,
            when.isoformat(),
            raw_public(keys.device.public_key()),
            raw_public(keys.audit.public_key()),
            kdf,
            b"",
            b"",
            signing.public_key().public_bytes_raw(),
        )
        return blank.rewrapped(keys, passphrase, kdf), keys

    def rewrapped(self, keys: Keys, passphrase: str, kdf: ScryptParams) -> DeviceFile:
        """The same device and keys, wrapped under ``passphrase`` with ``kdf`` (a fresh nonce)."""
        kek = kdf.derive(passphrase)
        nonce = os.urandom(12)
        secret = raw_private(keys.device) + raw_private(keys.audit)
        if keys.signing is not None:
            secret += keys.signing.private_bytes_raw()
        ciphertext = AESGCM(kek).encrypt(nonce, secret, self._aad())
        return replace(self, kdf=kdf, nonce=nonce, ciphertext=ciphertext)

    def _aad(self) -> bytes:
        return f"{FORMAT}|{MAJOR}|{self.device_id}".encode()

    # -- unwrap ----------------------------------------------------------------------------

    def unwrap(self, passphrase: str, where: Path | str = "device.json") -> Keys:
        """The private keys, or :class:`PassphraseError` when the passphrase is wrong."""
        kek = self.kdf.derive(passphrase)
        try:
            secret = AESGCM(kek).decrypt(self.nonce, self.ciphertext, self._aad())
        except InvalidTag:
            raise PassphraseError("wrong passphrase") from None
        if len(secret) != (96 if self.signing_public_key else 64):
            raise DamagedFile(f"{where}: the wrapped keys have the wrong length")
        keys = Keys(
            X25519PrivateKey.from_private_bytes(secret[:32]),
            X25519PrivateKey.from_private_bytes(secret[32:64]),
            Ed25519PrivateKey.from_private_bytes(secret[64:]) if len(secret) == 96 else None,
        )
        signing_ok = keys.signing is None or (
            keys.signing.public_key().public_bytes_raw() == self.signing_public_key
        )
        if (
            raw_public(keys.device.public_key()) != self.public_key
            or raw_public(keys.audit.public_key()) != self.audit_public_key
            or not signing_ok
        ):
            raise DamagedFile(
                f"{where}: a public key was altered: it does not match the wrapped "
                "private key; enroll this laptop again"
            )
        return keys

    # -- file ------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": f"{MAJOR}.{MINOR if self.signing_public_key else 0}",
            "device_id": self.device_id,
            "scope": self.scope,
            "created_at": self.created_at,
            "public_key": _b64(self.public_key),
            "audit_public_key": _b64(self.audit_public_key),
        }
        if self.signing_public_key:
            doc["signing_public_key"] = _b64(self.signing_public_key)
        doc["kdf"] = self.kdf.to_json()
        doc["wrapped"] = {
            "alg": "AES-256-GCM",
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }
        return doc

    def save(self, path: Path) -> None:
        data = json.dumps(self.to_json(), indent=2).encode("utf-8") + b"\n"
        atomic_write(path, data, mode=0o600)

    @classmethod
    def load(cls, path: Path) -> DeviceFile:
        def damaged(message: str) -> KnownError:
            return DamagedFile(f"the device file is damaged: {message}")

        try:
            data = jsonread.read(path, error=damaged, limit=256 * 1024)
        except FileNotFoundError:
            raise SetupError(
                f"{path}: this laptop is not enrolled; run 'continuity-app enroll' first"
            ) from None
        except OSError as err:
            raise DiskError(f"{path}: cannot read the device file ({err.strerror or err})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise DamagedFile(f"{path}: not a Nødkopi device file")
        version = str(data.get("version", ""))
        try:
            major = int(version.split(".")[0])
        except ValueError:
            raise DamagedFile(f"{path}: unreadable version '{version}'") from None
        if major > MAJOR:
            raise NewerFormat(
                f"{path}: device file version {version} is newer than this program "
                f"reads ({MAJOR}.x); update Nødkopi"
            )
        try:
            wrapped = data["wrapped"]
            if wrapped["alg"] != "AES-256-GCM":
                raise ValueError(f"unknown wrapping '{wrapped['alg']}'")
            device = cls(
                device_id=str(data["device_id"]),
                scope=str(data["scope"]),
                created_at=str(data["created_at"]),
                public_key=base64.b64decode(data["public_key"], validate=True),
                audit_public_key=base64.b64decode(data["audit_public_key"], validate=True),
                kdf=ScryptParams.from_json(data["kdf"], str(path)),
                nonce=base64.b64decode(wrapped["nonce"], validate=True),
                ciphertext=base64.b64decode(wrapped["ciphertext"], validate=True),
                signing_public_key=base64.b64decode(data.get("signing_public_key") or "", validate=True),
            )
        except KnownError:
            raise
        except (KeyError, TypeError, ValueError) as err:
            raise DamagedFile(f"{path}: the device file is damaged ({err})") from err
        if (
            len(device.public_key) != 32
            or len(device.audit_public_key) != 32
            or len(device.signing_public_key) not in (0, 32)
        ):
            raise DamagedFile(f"{path}: a public key has the wrong length")
        return device

    def device_public(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.public_key)

    def audit_key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.audit_public_key)

    def signing_public(self) -> Ed25519PublicKey | None:
        """The public half of the device's signing key; None when enrolled before it had one."""
        if not self.signing_public_key:
            return None
        return Ed25519PublicKey.from_public_bytes(self.signing_public_key)
