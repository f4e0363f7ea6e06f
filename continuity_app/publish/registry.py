"""The device registry (``devices.json``): who may read which scope.

A revoked device keeps its entry (for the record) but is never again a recipient:
every bundle built after its revocation has no key for it, and a journal hand-back
file signed by it is refused. ``signing_key`` (Ed25519, the key its hand-back files
are signed with) is null for a device enrolled before devices had one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from continuity_app.bundle.enrollment import EnrollmentRequest
from continuity_app.bundle.keys import (
    ed25519_from_text,
    ed25519_to_text,
    x25519_from_text,
    x25519_to_text,
)
from continuity_app.bundle.timefmt import format_utc, parse_utc
from continuity_app.errors import AlreadyExists, InvalidInput, SetupError
from continuity_app.publish import jsonfile

FORMAT = "noedkopi-devices"


@dataclass(frozen=True)
class Device:
    device_id: str
    scope: str
    public_key: X25519PublicKey
    hostname: str
    requested_at: dt.datetime
    enrolled_at: dt.datetime
    revoked_at: dt.datetime | None = None
    signing_key: Ed25519PublicKey | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass
class Registry:
    devices: list[Device]

    @classmethod
    def empty(cls) -> Registry:
        return cls([])

    @classmethod
    def load(cls, path: Path) -> Registry:
        doc = jsonfile.read(path, FORMAT)
        devices = []
        try:
            for row in doc["devices"]:
                revoked = row.get("revoked_at")
                signing = row.get("signing_public_key")
                devices.append(
                    Device(
                        device_id=row["device_id"],
                        scope=row["scope"],
                        public_key=x25519_from_text(row["public_key"], "public_key"),
                        hostname=row.get("hostname", ""),
                        requested_at=parse_utc(row["requested_at"], "requested_at"),
                        enrolled_at=parse_utc(row["enrolled_at"], "enrolled_at"),
                        revoked_at=parse_utc(revoked, "revoked_at") if revoked else None,
                        signing_key=(ed25519_from_text(signing, "signing_public_key") if signing else None),
                    )
                )
        except (KeyError, TypeError, ValueError) as err:
            raise SetupError(f"{path}: damaged device entry ({err})") from None
        return cls(devices)

    def save(self, path: Path) -> None:
        rows = [
            {
                "device_id": d.device_id,
                "scope": d.scope,
                "public_key": x25519_to_text(d.public_key),
                "hostname": d.hostname,
                "requested_at": format_utc(d.requested_at),
                "enrolled_at": format_utc(d.enrolled_at),
                "revoked_at": format_utc(d.revoked_at) if d.revoked_at else None,
                "signing_public_key": ed25519_to_text(d.signing_key) if d.signing_key else None,
            }
            for d in self.devices
        ]
        jsonfile.write(path, FORMAT, {"devices": rows})

    def get(self, device_id: str) -> Device | None:
        return next((d for d in self.devices if d.device_id == device_id), None)

    def add(self, request: EnrollmentRequest, now: dt.datetime) -> Device:
        existing = self.get(request.device_id)
        if (
            existing is not None
            and existing.active
            and existing.signing_key is None
            and request.signing_key is not None
            and existing.public_key.public_bytes_raw() == request.public_key.public_bytes_raw()
        ):
            # a laptop enrolled before devices had a signing key, re-enrolled keeping its keys
            upgraded = replace(existing, signing_key=request.signing_key)
            self.devices[self.devices.index(existing)] = upgraded
            return upgraded
        if existing is not None:
            state = "revoked" if existing.revoked_at else "enrolled"
            raise AlreadyExists(
                f"device '{request.device_id}' is already {state}; a laptop that enrolls again "
                "makes a new request with a new device id"
            )
        raw = request.public_key.public_bytes_raw()
        if any(d.public_key.public_bytes_raw() == raw for d in self.devices):
            raise AlreadyExists(
                f"the public key of '{request.device_id}' is already registered for another device"
            )
        device = Device(
            device_id=request.device_id,
            scope=request.scope,
            public_key=request.public_key,
            hostname=request.hostname,
            requested_at=request.created_at,
            enrolled_at=now,
            signing_key=request.signing_key,
        )
        self.devices.append(device)
        return device

    def revoke(self, device_id: str, now: dt.datetime) -> Device:
        device = self.get(device_id)
        if device is None:
            raise InvalidInput(f"no device '{device_id}' in the registry")
        if device.revoked_at is not None:
            return device
        revoked = replace(device, revoked_at=now)
        self.devices[self.devices.index(device)] = revoked
        return revoked

    def recipients(self, scope: str) -> dict[str, X25519PublicKey]:
        """The non-revoked devices of ``scope``: device id → public key."""
        return {d.device_id: d.public_key for d in self.devices if d.active and d.scope == scope}

    def active_devices(self, scope: str) -> list[Device]:
        """The non-revoked devices of ``scope``."""
        return [d for d in self.devices if d.active and d.scope == scope]
