"""The 72-hour grid as the screen signs it: the printed grid's rows, with what is recorded.

The rows and which days get a box are the paper's (:func:`dosing.grid_rows`): a box
only on a day the dose is known to be due, "gives ikke denne dag" on a day it is not,
one field "se doseringsteksten" when the days are not known, one row per clock time.
Each cell names the journal slot it is signed in (``morgen`` … ``nat`` or ``HH:MM``)
and carries the live ``given`` entries already recorded for it, from this laptop or an
imported journal, so the screen can show who signed and when, and warn before a
second signing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from continuity_app.domain.models import Medication
from continuity_app.journal.checks import live
from continuity_app.journal.entry import SLOTS, Entry
from continuity_app.printing.dosing import grid_rows

SHORT_DOSE = 60  # a dose text this short is repeated in the grid (as on paper)
DUE, NOT_DUE, SEE_TEXT = "due", "not_due", "see_text"


@dataclass(frozen=True, slots=True)
class GridCell:
    day: dt.date
    state: str  # DUE a box to sign; NOT_DUE no box; SEE_TEXT days not known: sign date and time
    slot: str  # the journal slot; "" when the row has no fixed time (signed at the time given)
    signed: tuple[Entry, ...]  # the live ``given`` entries already recorded here, oldest first

    @property
    def signable(self) -> bool:
        return self.state != NOT_DUE


@dataclass(frozen=True, slots=True)
class GridLine:
    medication: Medication
    sort: int  # 0..3 the parts of the day, 4 a clock time, 5 the rest (as on paper)
    when: str  # "Morgen", "07:00", "Se tekst"
    dose: str
    cells: tuple[GridCell, ...]


def three_days(start: dt.date) -> tuple[dt.date, ...]:
    return tuple(start + dt.timedelta(days=i) for i in range(3))


def _slot(sort: int, when: str) -> str:
    if sort < len(SLOTS):
        return SLOTS[sort]
    return when if sort == 4 else ""


def signing_grid(
    medications: Iterable[Medication], days: Sequence[dt.date], entries: Iterable[Entry], citizen_id: str
) -> list[GridLine]:
    """The citizen's scheduled doses over ``days`` in the paper's order (by round, then
    clock time), each cell with the ``given`` entries recorded for it."""
    recorded: dict[tuple[str, str, str], list[Entry]] = {}
    for e in live(entries):
        if e.kind == "given" and e.citizen_id == citizen_id:
            key = (
                str(e.fields.get("medication_id", "")),
                str(e.fields.get("date", "")),
                str(e.fields.get("slot", "")),
            )
            recorded.setdefault(key, []).append(e)
    days = tuple(days)
    out: list[GridLine] = []
    for m in medications:
        if m.as_needed:
            continue
        fixed = {_slot(r.sort, r.when) for r in grid_rows(m, days, SHORT_DOSE)} - {""}
        for row in grid_rows(m, days, SHORT_DOSE):
            slot = _slot(row.sort, row.when)
            unknown = any(d is None for d in row.days)
            cells = []
            for day, due in zip(days, row.days, strict=True):
                if slot:
                    signed = recorded.get((m.medication_id, day.isoformat(), slot), [])
                else:  # signed at a clock time: every slot of that day not a row of its own
                    signed = [
                        e
                        for (mid, date, s), group in recorded.items()
                        for e in group
                        if mid == m.medication_id and date == day.isoformat() and s not in fixed
                    ]
                state = SEE_TEXT if unknown else DUE if due else NOT_DUE
                cells.append(
                    GridCell(day, state, slot, tuple(sorted(signed, key=lambda e: (e.at, e.device, e.n))))
                )
            out.append(GridLine(m, row.sort, row.when, row.dose, tuple(cells)))
    out.sort(key=lambda line: (line.sort, line.when if line.sort == 4 else ""))
    return out
