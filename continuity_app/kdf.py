"""Passphrase → key: scrypt, with its parameters stored beside what it protects.

One key derivation for every secret Nødkopi keeps under a passphrase: the laptop's
device keys (``vault.device``) and the publisher's signing key (``publish.secret``).

The parameters are chosen by measuring this machine (KeePassXC ``Kdf::benchmark``)
so that one derivation takes about :data:`TARGET_SECONDS`, never below
:data:`MIN_LOG2_N` (a floor that keeps a slow or busy laptop from choosing weak
parameters) and never above :data:`MAX_LOG2_N` (the memory scrypt needs, 128·r·n
bytes, must stay well inside the app's memory budget). The parameters and the
salt are written into ``device.json``, so a later reader never guesses them.
"""

from __future__ import annotations

import base64
import math
import os
import time
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from continuity_app.errors import DamagedFile, KnownError

TARGET_SECONDS = 0.4
MIN_LOG2_N = 15  # 32 MiB at r=8: the floor, whatever the machine measures
MAX_LOG2_N = 17  # 128 MiB at r=8: the ceiling, for the app's memory budget
R = 8
P = 1
SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True)
class ScryptParams:
    log2_n: int
    r: int
    p: int
    salt: bytes

    def __post_init__(self) -> None:
        if not MIN_LOG2_N <= self.log2_n <= 22 or not 1 <= self.r <= 32 or not 1 <= self.p <= 16:
            raise DamagedFile(f"scrypt parameters out of range (n=2^{self.log2_n}, r={self.r}, p={self.p})")
        if len(self.salt) < SALT_BYTES:
            raise DamagedFile("scrypt salt is too short")

    @property
    def n(self) -> int:
        return 1 << self.log2_n

    def derive(self, passphrase: str) -> bytes:
        """The 32-byte key for ``passphrase`` (NFC-normalised UTF-8, so æøå typed on any OS match)."""
        import unicodedata

        secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
        kdf = Scrypt(salt=self.salt, length=KEY_BYTES, n=self.n, r=self.r, p=self.p)
        return kdf.derive(secret)

    def with_new_salt(self) -> ScryptParams:
        return ScryptParams(self.log2_n, self.r, self.p, os.urandom(SALT_BYTES))

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "scrypt",
            "n": self.n,
            "r": self.r,
            "p": self.p,
            "salt": base64.b64encode(self.salt).decode("ascii"),
        }

    @classmethod
    def from_json(cls, data: Any, where: str) -> ScryptParams:
        try:
            if data["name"] != "scrypt":
                raise DamagedFile(f"{where}: unknown key derivation '{data['name']}'")
            n = int(data["n"])
            if n <= 0 or n & (n - 1):
                raise ValueError("n must be a power of two")
            return cls(
                n.bit_length() - 1,
                int(data["r"]),
                int(data["p"]),
                base64.b64decode(data["salt"], validate=True),
            )
        except KnownError:
            raise
        except (KeyError, TypeError, ValueError) as err:
            raise DamagedFile(f"{where}: the key derivation parameters are damaged ({err})") from err


def measure(target_seconds: float = TARGET_SECONDS, *, max_log2_n: int = MAX_LOG2_N) -> ScryptParams:
    """Parameters for this machine: about ``target_seconds`` per derivation, within the bounds."""
    probe = 14
    start = time.perf_counter()
    Scrypt(salt=os.urandom(SALT_BYTES), length=KEY_BYTES, n=1 << probe, r=R, p=P).derive(b"probe")
    elapsed = max(time.perf_counter() - start, 1e-4)
    # scrypt's time is linear in n: scale the probe up to the target, round down to a power of two
    log2_n = probe + math.floor(math.log2(target_seconds / elapsed))
    log2_n = max(MIN_LOG2_N, min(max_log2_n, log2_n))
    return ScryptParams(log2_n, R, P, os.urandom(SALT_BYTES))


def floor_params() -> ScryptParams:
    """The weakest parameters this program ever writes (tests use them to stay quick)."""
    return ScryptParams(MIN_LOG2_N, R, P, os.urandom(SALT_BYTES))
