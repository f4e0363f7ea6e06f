"""One typed settings table: key, type, default, scope — in one place (KeePassXC ``Config.cpp``).

Settings live in ``config.json`` in the client home (scope ``client``) or in the
publisher's home (scope ``publisher``). Unknown keys are kept but ignored; a
value of the wrong type is refused with the key named.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from continuity_app.errors import ExitCode, KnownError
from continuity_app.paths import atomic_write


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    scope: str  # "client" or "publisher"
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("source", str, "", "client", "URL or folder the bundles are pulled from"),
    Setting("ca_file", str, "", "client", "extra CA certificate (PEM) for the municipality's own CA"),
    Setting("scope", str, "", "client", "the scope this laptop is enrolled for (unit id, krisestab, alle)"),
    Setting("device_id", str, "", "client", "this laptop's device id"),
    Setting("sync_times", list, ["05:30", "13:30"], "client", "daily sync times, Danish local time"),
    Setting("retry_minutes", int, 30, "client", "wait before retrying a failed sync"),
    Setting("sync_deadline_seconds", int, 120, "client", "overall deadline of one sync"),
    Setting("generations", int, 7, "client", "verified bundles kept"),
    Setting("idle_lock_minutes", int, 10, "client", "lock after this long without input"),
    Setting("language", str, "", "client", "'da', 'en' or empty for the system's"),
    Setting("bundle_validity_days", int, 7, "publisher", "valid_until = created_at + this"),
    Setting("bundles_kept", int, 14, "publisher", "bundles kept per scope in the publish folder"),
)

BY_KEY = {s.key: s for s in SETTINGS}


def load(path: Path, scope: str = "client") -> dict[str, Any]:
    """Defaults for ``scope`` overlaid with the file's values, type-checked."""
    values = {s.key: s.default for s in SETTINGS if s.scope == scope}
    if not path.exists():
        return values
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise KnownError(f"{path}: cannot read settings ({err})", ExitCode.NOT_SET_UP) from err
    if not isinstance(stored, dict):
        raise KnownError(f"{path}: settings must be a JSON object", ExitCode.NOT_SET_UP)
    for key, value in stored.items():
        setting = BY_KEY.get(key)
        if setting is None or setting.scope != scope:
            continue
        if not isinstance(value, setting.type) or (isinstance(value, bool) and setting.type is int):
            raise KnownError(
                f"{path}: setting '{key}' must be {setting.type.__name__}", ExitCode.NOT_SET_UP
            )
        values[key] = value
    return values


def save(path: Path, values: dict[str, Any]) -> None:
    atomic_write(path, json.dumps(values, indent=2, ensure_ascii=False).encode("utf-8") + b"\n")
