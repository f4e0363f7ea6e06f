"""One typed settings table: key, type, default, scope — in one place (KeePassXC ``Config.cpp``).

Settings live in ``config.json`` in the client home (scope ``client``) or in the
publisher's home (scope ``publisher``). Unknown keys are kept but ignored; a
value of the wrong type is refused with the key named.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from continuity_app import jsonread
from continuity_app.errors import SetupError
from continuity_app.paths import atomic_write

#: A wall-clock time of day, ``HH:MM`` (00:00–23:59).
CLOCK_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class SettingsError(SetupError):
    """``config.json`` cannot be read, or one of its settings cannot be used."""


def _from_one_to(most: int) -> Callable[[Any], str | None]:
    """Zero or less makes no sense; beyond ``most`` is a typing error, not a choice."""
    def check(value: Any) -> str | None:
        return None if 1 <= value <= most else f"must be a whole number from 1 to {most}"
    return check


def _clock_times(value: Any) -> str | None:
    if not value:
        return 'is empty; give at least one time like "05:30"'
    bad = next((t for t in value if not isinstance(t, str) or not CLOCK_TIME.match(t)), None)
    return None if bad is None else f'has {bad!r}; times are HH:MM, like "05:30"'


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    scope: str  # "client" or "publisher"
    help: str
    check: Callable[[Any], str | None] | None = None  # what is wrong with a value, or None


SETTINGS: tuple[Setting, ...] = (
    Setting("source", str, "", "client", "URL or folder the bundles are pulled from"),
    Setting("ca_file", str, "", "client", "extra CA certificate (PEM) for the municipality's own CA"),
    Setting("scope", str, "", "client", "the scope this laptop is enrolled for (unit id, krisestab, alle)"),
    Setting("device_id", str, "", "client", "this laptop's device id"),
    Setting("sync_times", list, ["05:30", "13:30"], "client", "daily sync times, Danish local time",
            _clock_times),
    Setting("retry_minutes", int, 30, "client", "wait before retrying a failed sync",
            _from_one_to(7 * 24 * 60)),
    Setting("sync_deadline_seconds", int, 120, "client", "overall deadline of one sync",
            _from_one_to(24 * 3600)),
    Setting("generations", int, 7, "client", "verified bundles kept",
            _from_one_to(1000)),
    Setting("idle_lock_minutes", int, 10, "client", "lock after this long without input",
            _from_one_to(24 * 60)),
    Setting("language", str, "", "client", "'da', 'en' or empty for the system's"),
    Setting("enrolment_name", str, "", "client",
            "this enrolment's name (e.g. the municipality) when the laptop holds several"),
    Setting("bundle_validity_days", int, 7, "publisher", "valid_until = created_at + this",
            _from_one_to(3650)),
    Setting("bundles_kept", int, 14, "publisher", "bundles kept per scope in the publish folder",
            _from_one_to(10_000)),
)

BY_KEY = {s.key: s for s in SETTINGS}


def load(path: Path, scope: str = "client") -> dict[str, Any]:
    """Defaults for ``scope`` overlaid with the file's values, type-checked."""
    values = {s.key: s.default for s in SETTINGS if s.scope == scope}
    def damaged(message: str) -> SettingsError:
        return SettingsError(f"cannot read settings: {message}")

    try:
        stored = jsonread.read_object(path, error=damaged)
    except FileNotFoundError:
        return values
    except OSError as err:
        raise SettingsError(f"{path}: cannot read settings ({err.strerror or err})") from None
    for key, value in stored.items():
        setting = BY_KEY.get(key)
        if setting is None or setting.scope != scope:
            continue
        if not isinstance(value, setting.type) or (isinstance(value, bool) and setting.type is int):
            raise SettingsError(
                f"{path}: setting '{key}' must be {setting.type.__name__}"
            )
        problem = setting.check(value) if setting.check is not None else None
        if problem is not None:
            raise SettingsError(f"{path}: setting '{key}' {problem}")
        values[key] = value
    return values


def save(path: Path, values: dict[str, Any]) -> None:
    atomic_write(path, json.dumps(values, indent=2, ensure_ascii=False).encode("utf-8") + b"\n")
