"""The outage journal's entries as the crisis tools read them: one seam to the journal.

The tools here are pure functions of entries and a clock. They read an entry's
id, kind, author's initials, whether it was written during a drill, when it was
written, and its kind's fields (SPEC's table of kinds). ``record`` turns whatever
the journal hands over (its entry objects, or plain mappings in tests) into a
``Record``; nothing else in this package knows the journal's classes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Record:
    entry_id: str
    kind: str  # pn, effect, given, visit, note, call, vehicle, drill, correction
    at: dt.datetime  # when it happened (aware; the journal's ``at``)
    initials: str = ""
    device: str = ""
    drill: bool = False  # written while a drill ran
    fields: Mapping[str, Any] = field(default_factory=dict)

    def text(self, name: str) -> str:
        value = self.fields.get(name)
        return "" if value is None else str(value)

    def moment(self, name: str = "at") -> dt.datetime:
        """A time field (ISO 8601) of the entry, else the time it was written."""
        value = self.fields.get(name)
        if isinstance(value, dt.datetime):
            return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        if isinstance(value, str) and value:
            try:
                parsed = dt.datetime.fromisoformat(value)
            except ValueError:
                return self.at
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
        return self.at


def _get(entry: Any, *names: str, default: Any = None) -> Any:
    for name in names:
        if isinstance(entry, Mapping):
            if name in entry:
                return entry[name]
        elif hasattr(entry, name):
            return getattr(entry, name)
    return default


def record(entry: Any) -> Record:
    """A ``Record`` of a journal entry object or a mapping with the same names."""
    if isinstance(entry, Record):
        return entry
    at = _get(entry, "at", "written_at", "wall_time", "time")
    if isinstance(at, str):
        at = dt.datetime.fromisoformat(at)
    if isinstance(at, dt.datetime) and at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    fields = _get(entry, "fields", "data", default={}) or {}
    return Record(
        entry_id=str(_get(entry, "entry_id", "id", default="")),
        kind=str(_get(entry, "kind", default="")),
        at=at if isinstance(at, dt.datetime) else dt.datetime.fromtimestamp(0, dt.UTC),
        initials=str(_get(entry, "initials", "staff", default="") or ""),
        device=str(_get(entry, "device", "device_id", default="") or ""),
        drill=bool(_get(entry, "drill", default=False)),
        fields=dict(fields),
    )


def records(entries: Iterable[Any]) -> list[Record]:
    """Every entry as a ``Record``, oldest first, with corrected entries left out.

    A ``correction`` names the entry it corrects (field ``of``) and why; the
    corrected entry no longer counts for the crisis tools (the journal view still
    shows both side by side).
    """
    out = [record(e) for e in entries]
    corrected = {r.text("of") for r in out if r.kind == "correction"}
    out = [r for r in out if r.entry_id not in corrected]
    out.sort(key=lambda r: (r.at, r.entry_id))
    return out
