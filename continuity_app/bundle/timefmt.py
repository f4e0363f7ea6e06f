"""Timestamps in every format of ours: UTC, ISO 8601, whole seconds, ``Z`` suffix."""

from __future__ import annotations

import datetime as dt
import re

_UTC = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


def format_utc(value: dt.datetime) -> str:
    """``2026-11-27T05:30:00Z``; a naive datetime is refused (we never guess a zone)."""
    if value.tzinfo is None:
        raise ValueError("a timestamp must carry its time zone")
    return value.astimezone(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str, what: str) -> dt.datetime:
    if not isinstance(text, str) or not _UTC.fullmatch(text):
        raise ValueError(f"{what} must be a UTC time like 2026-11-27T05:30:00Z")
    try:
        return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        raise ValueError(f"{what} is not a real date and time") from None
