"""Enroll, revoke and list devices in a publisher home (``continuity-publish device …``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from continuity_app.bundle.enrollment import EnrollmentError, EnrollmentRequest
from continuity_app.bundle.keys import grouped
from continuity_app.bundle.names import SPECIAL_SCOPES
from continuity_app.errors import ExitCode, KnownError
from continuity_app.publish.home import PublisherHome
from continuity_app.publish.registry import Device, Registry
from continuity_app.publish.scopes import ScopeConfig
from continuity_app.publish.state import State


@dataclass(frozen=True)
class DeviceRow:
    device: Device
    last_sequence: int | None  # the last sequence published for its scope


def add_device(
    home_dir: Path,
    request: str | bytes,
    *,
    now: dt.datetime | None = None,
    where: str = "enrollment request",
) -> tuple[Device, list[str]]:
    """Register the request's device; the device and any warnings (e.g. unit not yet seen)."""
    home = PublisherHome.open(Path(home_dir))
    parsed = EnrollmentRequest.from_json(request, where)
    own = home.fingerprint()
    if parsed.publisher_fingerprint not in home.pinned_fingerprints():
        raise EnrollmentError(
            f"{where}: the laptop pinned another publisher key "
            f"({grouped(parsed.publisher_fingerprint)[:19]} …) than this publisher's "
            f"({grouped(own)[:19]} …); enroll it again with this publisher-key.pub"
        )
    warnings: list[str] = []
    with home.locked():
        scopes = ScopeConfig.load(home.scopes)
        state = State.load(home.state)
        if parsed.scope in scopes.exclude:
            raise EnrollmentError(f"{where}: scope '{parsed.scope}' is excluded in scopes.json")
        if parsed.scope in SPECIAL_SCOPES:
            if parsed.scope not in scopes.extra:
                raise EnrollmentError(f"{where}: scope '{parsed.scope}' is not published (scopes.json)")
        elif state.units and parsed.scope not in state.units:
            raise EnrollmentError(
                f"{where}: scope '{parsed.scope}' is not a unit of the last published exports "
                "(nor krisestab or alle)"
            )
        elif not state.units:
            warnings.append(
                f"no exports published yet: unit '{parsed.scope}' will be checked at the first build"
            )
        registry = Registry.load(home.devices)
        device = registry.add(parsed, now or dt.datetime.now(dt.UTC))
        registry.save(home.devices)
    return device, warnings


def revoke_device(home_dir: Path, device_id: str, *, now: dt.datetime | None = None) -> Device:
    """Revoke: the device is no recipient of any bundle built from now on."""
    home = PublisherHome.open(Path(home_dir))
    with home.locked():
        registry = Registry.load(home.devices)
        device = registry.revoke(device_id, now or dt.datetime.now(dt.UTC))
        registry.save(home.devices)
    return device


def list_devices(home_dir: Path) -> list[DeviceRow]:
    home = PublisherHome.open(Path(home_dir))
    registry = Registry.load(home.devices)
    state = State.load(home.state)
    return [DeviceRow(d, state.last_published(d.scope)) for d in registry.devices]


__all__ = ["DeviceRow", "ExitCode", "KnownError", "add_device", "list_devices", "revoke_device"]
