"""placeholder"""
from __future__ import annotations

from typing import Any

from continuity_app.journal.entry import Entry


def segment_entries(segment: dict[str, Any]) -> list[Entry]:
    return [Entry.from_json(e) for e in segment.get("entries", [])]
