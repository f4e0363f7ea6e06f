"""``unopenable.json``: generations that verified but would not open on this laptop.

Sync never decrypts, so a validly signed bundle that this device cannot open (a
publisher bug, a key mix-up) is only found at the first unlock. The unlock
records it here — no secret, no health data: the file name, its size, why, and
when — so that ``status`` and the banner say "nyeste data kan ikke åbnes på denne
computer – viser data fra …" from then on, not only at the next unlock::

    {"format": "noedkopi-unopenable", "major": 1, "minor": 0,
     "generations": {"<file name>": {"size": 123, "reason": "NOT_ADDRESSED", "at": "<UTC ISO>"}}}
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from continuity_app.home import ClientHome
from continuity_app.paths import atomic_write

FORMAT = "noedkopi-unopenable"
MAX_BYTES = 1 << 20


def load_unopenable(home: ClientHome) -> dict[str, dict[str, Any]]:
    try:
        with home.unopenable.open("rb") as f:
            obj = json.loads(f.read(MAX_BYTES).decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        return {}
    found = obj.get("generations")
    return {str(k): v for k, v in found.items() if isinstance(v, dict)} if isinstance(found, dict) else {}


def is_unopenable(entries: dict[str, dict[str, Any]], path: Path) -> bool:
    entry = entries.get(path.name)
    try:
        return entry is not None and entry.get("size") == path.stat().st_size
    except OSError:
        return False


def record_unopenable(home: ClientHome, path: Path, reason: str, now: dt.datetime | None = None) -> None:
    """Remember that ``path`` (a verified generation) did not open; never raises."""
    entries = load_unopenable(home)
    existing = {p.name for p in home.generations.glob("*.bundle")} if home.generations.is_dir() else set()
    entries = {k: v for k, v in entries.items() if k in existing}  # forget pruned ones
    try:
        entries[path.name] = {
            "size": path.stat().st_size,
            "reason": reason,
            "at": (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="seconds"),
        }
        doc = {"format": FORMAT, "major": 1, "minor": 0, "generations": entries}
        atomic_write(home.unopenable, json.dumps(doc, indent=1).encode("utf-8") + b"\n")
    except OSError:
        pass  # the unlock has said it on screen already; status will learn it next time
