"""Reading the outage journal's entries for the crisis tools: field text, times, what counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from continuity_app.journal.checks import live
from continuity_app.journal.entry import Entry


def text(entry: Entry, name: str) -> str:
    value = entry.fields.get(name)
    return "" if value is None else str(value)


def moment(entry: Entry, name: str) -> dt.datetime | None:
    """A time field of the entry (stored as UTC ISO 8601), or None when absent or unreadable."""
    value = entry.fields.get(name)
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def order(entry: Entry) -> tuple[dt.datetime, str, int]:
    return (entry.at, entry.device, entry.n)


def counting(entries: Iterable[Entry]) -> list[Entry]:
    """The entries that count (none a correction points at), in the order they happened."""
    return sorted(live(entries), key=order)
