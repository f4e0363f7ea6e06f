"""The enrollment request a laptop writes and the publisher's IT imports.

JSON, exactly these keys::

    {"format": "noedkopi-enrollment", "version": 1, "device_id": "...", "scope": "...",
     "public_key": "<base64 raw X25519>", "publisher_fingerprint": "<64 hex>",
     "hostname": "...", "created_at": "2026-11-27T05:30:00Z",
     "signing_public_key": "<base64 raw Ed25519>"}

It holds no secret: only the device's public keys. ``signing_public_key`` (the key
the laptop signs its journal hand-back files with) is absent in requests written
before devices had one; a reader accepts both.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from continuity_app.bundle.keys import (
    ed25519_from_text,
    ed25519_to_text,
    x25519_from_text,
    x25519_to_text,
)
from continuity_app.bundle.names import check_name, check_scope
from continuity_app.bundle.timefmt import format_utc, parse_utc
from continuity_app.errors import ExitCode, InvalidInput

FORMAT = "noedkopi-enrollment"
VERSION = 1
MAX_REQUEST_BYTES = 16 * 1024
_FP = re.compile(r"[0-9a-f]{64}")


class EnrollmentError(InvalidInput):
    exit_code = ExitCode.INVALID_INPUT


class EnrollmentNewer(EnrollmentError):
    """A request written by a newer version of the program."""

    exit_code = ExitCode.UNSUPPORTED_VERSION


@dataclass(frozen=True)
class EnrollmentRequest:
    device_id: str
    scope: str
    public_key: X25519PublicKey
    publisher_fingerprint: str
    hostname: str
    created_at: dt.datetime  # timezone-aware
    signing_key: Ed25519PublicKey | None = None  # None: a laptop enrolled before it had one

    def to_dict(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "device_id": self.device_id,
            "scope": self.scope,
            "public_key": x25519_to_text(self.public_key),
            "publisher_fingerprint": self.publisher_fingerprint,
            "hostname": self.hostname,
            "created_at": format_utc(self.created_at),
        }
        if self.signing_key is not None:
            doc["signing_public_key"] = ed25519_to_text(self.signing_key)
        return doc

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str | bytes, where: str = "enrollment request") -> EnrollmentRequest:
        """Parse and validate; :class:`EnrollmentError` (INVALID_INPUT) naming the field at fault."""
        if len(text) > MAX_REQUEST_BYTES:
            raise EnrollmentError(f"{where}: too large to be an enrollment request")
        from continuity_app import jsonread

        data = jsonread.loads(text, where, error=EnrollmentError, limit=MAX_REQUEST_BYTES)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise EnrollmentError(f"{where}: not a Nødkopi enrollment request")
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise EnrollmentError(f"{where}: 'version' must be an integer")
        if version > VERSION:
            raise EnrollmentNewer(
                f"{where}: enrollment request version {version} is newer than this program "
                f"reads ({VERSION}); update the publisher"
            )
        try:
            fields = {
                k: _string(data, k)
                for k in (
                    "device_id",
                    "scope",
                    "public_key",
                    "publisher_fingerprint",
                    "hostname",
                    "created_at",
                )
            }
            check_name(fields["device_id"], "device_id")
            check_scope(fields["scope"], "scope")
            if not _FP.fullmatch(fields["publisher_fingerprint"]):
                raise ValueError("'publisher_fingerprint' must be 64 lowercase hex digits")
            public_key = x25519_from_text(fields["public_key"], "'public_key'")
            created_at = parse_utc(fields["created_at"], "'created_at'")
            signing = data.get("signing_public_key")
            signing_key = None if signing is None else ed25519_from_text(signing, "'signing_public_key'")
        except ValueError as err:
            raise EnrollmentError(f"{where}: {err}") from None
        return cls(
            device_id=fields["device_id"],
            scope=fields["scope"],
            public_key=public_key,
            publisher_fingerprint=fields["publisher_fingerprint"],
            hostname=fields["hostname"],
            created_at=created_at,
            signing_key=signing_key,
        )


def _string(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise ValueError(f"'{key}' is missing or not a string")
    return value
