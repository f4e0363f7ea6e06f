"""Drills: what the app timed during an exercise, and the after-action report.

A drill is the journal's ``drill`` entries: ``start``, then ``step`` entries the
app writes as it goes, then ``end``; every entry made in between is marked drill.
The steps' ``text`` says what happened, in words this module reads back:

- ``start``: ``data_as_of=<ISO time>`` — how old the data was when the drill began;
- ``step``: ``unlock`` (the data was unlocked; ``data_as_of=`` too, which stands in
  for the start's when that has none), ``print=<pack>`` (a pack was printed);
- ``end``: free text, or nothing.

From them: the minutes to unlock, to the first print and to all route sheets
printed (the ``route`` or ``emergency`` pack, both hold every route sheet), the
share of each contact tree called in the drill reached 15, 30 and 60 minutes after
the start, and who was not reached.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from continuity_app.crisis.callrun import NodeStatus, RunState, run_state
from continuity_app.crisis.entries import order, text
from continuity_app.journal.entry import Entry
from continuity_app.store.views import ContactTree

STEP_UNLOCK = "unlock"
STEP_PRINT = "print"
DATA_AS_OF = "data_as_of"
ROUTE_SHEET_PACKS = frozenset({"route", "emergency"})
MARKS = (15, 30, 60)


def start_text(data_as_of: dt.datetime | None) -> str:
    return f"{DATA_AS_OF}={data_as_of.astimezone(dt.UTC).isoformat()}" if data_as_of else ""


def print_text(pack: str) -> str:
    return f"{STEP_PRINT}={pack}"


def _words(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for word in text.split():
        key, sep, value = word.partition("=")
        out[key] = value if sep else ""
    return out


def _when(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class TreeResult:
    run: RunState
    shares: dict[int, float | None]  # minutes after the drill's start -> share reached

    @property
    def not_reached(self) -> list[NodeStatus]:
        return self.run.missing


@dataclass(frozen=True, slots=True)
class DrillReport:
    started_at: dt.datetime
    ended_at: dt.datetime | None  # None: still running
    started_by: str
    data_as_of: dt.datetime | None
    unlock_after: dt.timedelta | None
    first_print_after: dt.timedelta | None
    first_print_pack: str
    routes_printed_after: dt.timedelta | None
    trees: list[TreeResult]
    entries_by_kind: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # the steps' and the end's own words

    @property
    def running(self) -> bool:
        return self.ended_at is None


def latest_drill(records: Iterable[Entry]) -> tuple[Entry, Entry | None, list[Entry]] | None:
    """(start, end or None, every record from start to end) of the latest drill."""
    records = sorted(records, key=order)
    starts = [i for i, r in enumerate(records) if r.kind == "drill" and text(r, "step") == "start"]
    if not starts:
        return None
    first = starts[-1]
    end = next(
        (
            i
            for i in range(first + 1, len(records))
            if records[i].kind == "drill" and text(records[i], "step") == "end"
        ),
        None,
    )
    span = records[first : end + 1 if end is not None else len(records)]
    return records[first], records[end] if end is not None else None, span


def drill_report(
    records: Iterable[Entry], tree: Callable[[str], ContactTree | None], now: dt.datetime
) -> DrillReport | None:
    """The after-action report of the latest drill (None: no drill in the journal).

    ``tree`` looks a contact tree up by id (``Store.contact_tree``).
    """
    found = latest_drill(records)
    if found is None:
        return None
    start, end, span = found
    t0 = start.at
    until = end.at if end is not None else now
    data_as_of = _when(_words(text(start, "text")).get(DATA_AS_OF, ""))
    unlock = prints = routes = None
    first_pack = ""
    notes: list[str] = []
    for r in span:
        if r.kind != "drill":
            continue
        words = _words(text(r, "text"))
        if text(r, "step") == "step" and STEP_UNLOCK in words and unlock is None:
            unlock = r.at - t0
            if data_as_of is None and words.get(DATA_AS_OF):
                data_as_of = _when(words[DATA_AS_OF])
        elif text(r, "step") == "step" and STEP_PRINT in words:
            if prints is None:
                prints, first_pack = r.at - t0, words[STEP_PRINT]
            if words[STEP_PRINT] in ROUTE_SHEET_PACKS and routes is None:
                routes = r.at - t0
        elif text(r, "text") and text(r, "step") != "start":
            notes.append(text(r, "text"))
    drilled = [r for r in span if r.drill or r.kind == "drill"]
    trees: list[TreeResult] = []
    for tree_id in sorted({text(r, "tree_id") for r in drilled if r.kind == "call"}):
        contact_tree = tree(tree_id)
        if contact_tree is None:
            continue
        run = run_state(contact_tree, [r for r in drilled if r.kind == "call"], until)
        trees.append(TreeResult(run, {m: run.share_reached(m, since=t0) for m in MARKS}))
    kinds = Counter(r.kind for r in drilled if r.kind != "drill")
    return DrillReport(
        t0,
        end.at if end is not None else None,
        start.initials,
        data_as_of,
        unlock,
        prints,
        first_pack,
        routes,
        trees,
        dict(sorted(kinds.items())),
        notes,
    )
