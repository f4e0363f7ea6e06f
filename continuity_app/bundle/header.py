"""The bundle header: what a bundle says about itself, signed and bound to the payload.

Serialized as canonical JSON (``canonical.dumps``); unknown keys written by a
newer minor version are ignored on reading. See docs/bundle-format.md §4.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from continuity_app.bundle import canonical
from continuity_app.bundle.names import check_name, check_scope
from continuity_app.bundle.timefmt import format_utc, parse_utc

HEADER_FORMAT = "noedkopi-bundle"
ENCODING_SQLITE_IMAGE = "sqlite-image"
SUITE = {
    "payload": "AES-256-GCM",
    "key_wrap": "HPKE-base DHKEM(X25519,HKDF-SHA256) HKDF-SHA256 AES-256-GCM",
    "signature": "Ed25519",
}
_HEX64 = re.compile(r"[0-9a-f]{64}")
_KNOWN = frozenset(
    {
        "format",
        "scope",
        "scope_name",
        "sequence",
        "created_at",
        "valid_until",
        "publisher_fingerprint",
        "recipients",
        "counts",
        "payload",
        "suite",
    }
)


@dataclass(frozen=True)
class PayloadInfo:
    encoding: str  # "sqlite-image": a serialized SQLite database (continuity_app.store)
    compression: str  # "zlib" or "none"
    store_schema: int  # the image's PRAGMA user_version
    size: int  # bytes of the plaintext payload (after decompression)
    sha256: str  # of the plaintext payload, 64 lowercase hex
    compressed_size: int  # bytes that were encrypted (the ciphertext is 16 bytes longer)

    def to_dict(self) -> dict[str, Any]:
        return {
            "encoding": self.encoding,
            "compression": self.compression,
            "store_schema": self.store_schema,
            "size": self.size,
            "sha256": self.sha256,
            "compressed_size": self.compressed_size,
        }


@dataclass(frozen=True)
class Header:
    scope: str
    sequence: int
    created_at: dt.datetime
    valid_until: dt.datetime
    publisher_fingerprint: str
    recipients: tuple[str, ...]  # device ids, sorted; the key table holds them in this order
    counts: Mapping[str, int]  # rows per dataset
    payload: PayloadInfo
    scope_name: str = ""  # human name of the scope (a unit's name), informative
    major: int = 1  # from the binary prefix, not the JSON
    minor: int = 0
    extra: Mapping[str, Any] = field(default_factory=dict)  # keys of a newer minor version

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": HEADER_FORMAT,
            "scope": self.scope,
            "scope_name": self.scope_name,
            "sequence": self.sequence,
            "created_at": format_utc(self.created_at),
            "valid_until": format_utc(self.valid_until),
            "publisher_fingerprint": self.publisher_fingerprint,
            "recipients": list(self.recipients),
            "counts": dict(self.counts),
            "payload": self.payload.to_dict(),
            "suite": dict(SUITE),
            **{k: v for k, v in self.extra.items() if k not in _KNOWN},
        }

    def to_bytes(self) -> bytes:
        return canonical.dumps(self.to_dict())

    @classmethod
    def from_bytes(cls, data: bytes, *, major: int, minor: int) -> Header:
        """Parse the header JSON; ``ValueError`` naming the field at fault."""
        obj = canonical.loads_object(data, "header")
        if obj.get("format") != HEADER_FORMAT:
            raise ValueError("header 'format' is not 'noedkopi-bundle'")
        payload = _obj(obj, "payload")
        counts = _obj(obj, "counts")
        recipients = obj.get("recipients")
        if not isinstance(recipients, list) or not all(isinstance(r, str) for r in recipients):
            raise ValueError("header 'recipients' must be a list of device ids")
        for r in recipients:
            check_name(r, "recipient")
        if len(set(recipients)) != len(recipients):
            raise ValueError("header 'recipients' lists a device twice")
        fp = _str(obj, "publisher_fingerprint")
        if not _HEX64.fullmatch(fp):
            raise ValueError("header 'publisher_fingerprint' must be 64 lowercase hex digits")
        sha = _str(payload, "sha256", "payload.")
        if not _HEX64.fullmatch(sha):
            raise ValueError("header 'payload.sha256' must be 64 lowercase hex digits")
        if not isinstance(obj.get("scope_name"), str):
            raise ValueError("header 'scope_name' is missing or not a string")
        if obj.get("suite") != SUITE:
            raise ValueError(
                "header 'suite' is missing or names other algorithms than "
                + ", ".join(f"{k} {v}" for k, v in SUITE.items())
            )
        return cls(
            scope=check_scope(_str(obj, "scope"), "header scope"),
            scope_name=obj["scope_name"],
            sequence=_int(obj, "sequence", minimum=1),
            created_at=parse_utc(_str(obj, "created_at"), "header 'created_at'"),
            valid_until=parse_utc(_str(obj, "valid_until"), "header 'valid_until'"),
            publisher_fingerprint=fp,
            recipients=tuple(recipients),
            counts={str(k): _int(counts, k, prefix="counts.") for k in counts},
            payload=PayloadInfo(
                encoding=_str(payload, "encoding", "payload."),
                compression=_str(payload, "compression", "payload."),
                store_schema=_int(payload, "store_schema", prefix="payload."),
                size=_int(payload, "size", prefix="payload."),
                sha256=sha,
                compressed_size=_int(payload, "compressed_size", prefix="payload."),
            ),
            major=major,
            minor=minor,
            extra={k: v for k, v in obj.items() if k not in _KNOWN},
        )


def _obj(obj: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = obj.get(key)
    if not isinstance(value, dict):
        raise ValueError(f"header '{key}' is missing or not an object")
    return value


def _str(obj: Mapping[str, Any], key: str, prefix: str = "") -> str:
    value = obj.get(key)
    if not isinstance(value, str):
        raise ValueError(f"header '{prefix}{key}' is missing or not a string")
    return value


def _int(obj: Mapping[str, Any], key: str, *, prefix: str = "", minimum: int = 0) -> int:
    value = obj.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ValueError(f"header '{prefix}{key}' must be an integer ≥ {minimum}")
    return value
