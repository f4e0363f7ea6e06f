"""The settings as typed dataclasses: each key, its type and its default written once.

Settings live in ``config.json`` in the client home (:class:`ClientSettings`) or
in the publisher's home (:class:`PublisherSettings`). Unknown keys are ignored
(and not written back); a value of the wrong type or out of range is refused
with the file and key named::

    config = settings.load_client(home.config)       # ClientSettings
    config.sync_times, config.generations
    settings.update_client(home.config, source=url)  # read, change, write atomically
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, TypeVar

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
class ClientSettings:
    """A laptop's ``config.json``."""

    source: str = ""  # URL or folder the bundles are pulled from
    ca_file: str = ""  # extra CA certificate (PEM) for the municipality's own CA
    scope: str = ""  # the scope this laptop is enrolled for (unit id, krisestab, alle)
    device_id: str = ""  # this laptop's device id
    sync_times: tuple[str, ...] = ("05:30", "13:30")  # daily sync times, Danish local time
    retry_minutes: int = 30  # wait before retrying a failed sync
    sync_deadline_seconds: int = 120  # overall deadline of one sync
    generations: int = 7  # verified bundles kept
    idle_lock_minutes: int = 10  # lock after this long without input
    language: str = ""  # 'da', 'en' or empty for the system's
    #: This enrolment's name (e.g. the municipality) when the laptop holds several.
    enrolment_name: str = ""


@dataclass(frozen=True)
class PublisherSettings:
    """The publisher home's ``config.json``."""

    bundle_validity_days: int = 7  # valid_until = created_at + this
    bundles_kept: int = 14  # bundles kept per scope in the publish folder
    #: The payload's codec: "zstd" (bundle format 2.0) or "zlib" (1.x, for laptops whose
    #: program reads only 1.x; docs/bundle-format.md §11).
    bundle_compression: str = "zstd"


#: What is wrong with a value, or None; keys without a check take any value of their type.
CHECKS: dict[str, Callable[[Any], str | None]] = {
    "sync_times": _clock_times,
    "retry_minutes": _from_one_to(7 * 24 * 60),
    "sync_deadline_seconds": _from_one_to(24 * 3600),
    "generations": _from_one_to(1000),
    "idle_lock_minutes": _from_one_to(24 * 60),
    "bundle_validity_days": _from_one_to(3650),
    "bundles_kept": _from_one_to(10_000),
    "bundle_compression": lambda value: None if value in ("zstd", "zlib") else 'must be "zstd" or "zlib"',
}

S = TypeVar("S", ClientSettings, PublisherSettings)


def _read(path: Path, cls: type[S]) -> S:
    """Defaults overlaid with the file's values, type-checked."""
    defaults = cls()

    def damaged(message: str) -> SettingsError:
        return SettingsError(f"cannot read settings: {message}")

    try:
        stored = jsonread.read_object(path, error=damaged)
    except FileNotFoundError:
        return defaults
    except OSError as err:
        raise SettingsError(f"{path}: cannot read settings ({err.strerror or err})") from None
    values: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in stored:
            continue
        value, default = stored[f.name], getattr(defaults, f.name)
        kind = list if isinstance(default, tuple) else type(default)
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
            raise SettingsError(f"{path}: setting '{f.name}' must be {kind.__name__}")
        check = CHECKS.get(f.name)
        problem = check(value) if check is not None else None
        if problem is not None:
            raise SettingsError(f"{path}: setting '{f.name}' {problem}")
        values[f.name] = tuple(value) if kind is list else value
    return replace(defaults, **values)


def load_client(path: Path) -> ClientSettings:
    return _read(path, ClientSettings)


def load_publisher(path: Path) -> PublisherSettings:
    return _read(path, PublisherSettings)


def update_client(path: Path, **changes: Any) -> ClientSettings:
    """Read the laptop's settings, change the named keys, write them back; the result."""
    values = replace(load_client(path), **changes)
    save(path, values)
    return values


def load(path: Path, scope: str = "client") -> dict[str, Any]:
    """The settings as a plain dict (``sync_times`` a list), for callers that show them
    as a table; code reads :func:`load_client` / :func:`load_publisher`."""
    values = asdict(load_client(path) if scope == "client" else load_publisher(path))
    return {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()}


def save(path: Path, values: ClientSettings | PublisherSettings | dict[str, Any]) -> None:
    data = values if isinstance(values, dict) else asdict(values)
    plain = {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}
    atomic_write(path, json.dumps(plain, indent=2, ensure_ascii=False).encode("utf-8") + b"\n")
