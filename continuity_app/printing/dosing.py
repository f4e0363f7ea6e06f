"""What the paper may say about when a dose is given: never more than the source says.

One decision per medication, used by the medication list and the 72-hour grid:

- a daily grid (morgen/middag/aften/nat) only for a dose not known to be otherwise;
- "Ikke daglig dosis" only for a dose known to be non-daily; a dose without a grid
  for another reason says that reason ("Dosering ikke angivet", "Se doseringsteksten");
- a box to sign on a day only when the dose is known to be due that day: every day
  for a standing daily dose, the due weekdays of a non-daily one, else one wide
  field to note date and time by hand;
- one row per clock time for a dose given at exact times;
- a dose whose own fields disagree is marked for a check by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from continuity_app.domain.models import WEEKDAYS, DoseSchedule, Medication
from continuity_app.domain.numbers import number_da

NOT_DAILY = "Ikke daglig dosis – følg doseringsteksten"
NOT_GIVEN = "Dosering ikke angivet"
DAILY = "Daglig dosis"
SEE_TEXT = "Se doseringsteksten"
MISMATCH = "tjek: tekst og skema er forskellige"
BUILT = "Dannet ud fra struktureret dosering:"
VERBATIM_HEADER = "Dosering (FMK, ordret)"
MIXED_HEADER = "Dosering"
VERBATIM = "FMK, ordret:"
WIDE_FIELD = "se doseringsteksten – kvittér dato og kl."
NOT_DUE = "gives ikke denne dag"
WEEKDAYS_LONG_DA = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
SLOTS = ("Morgen", "Middag", "Aften", "Nat")


def quantity_da(q: float | None) -> str:
    """A cell of the grid: "–" for no dose, else the number in Danish."""
    return "–" if q is None or q == 0 else number_da(q, fractions=True)


def has_dose_text(m: Medication) -> bool:
    """A dose text that says something ("Dosering ikke angivet", as the FHIR reader writes for
    a medication without any dosage, says only that there is none)."""
    text = m.dose_text.strip()
    return bool(text) and text.rstrip(".").casefold() != NOT_GIVEN.casefold()


def daily_grid(m: Medication) -> tuple[float | None, ...] | None:
    """The morgen/middag/aften/nat quantities, unless the dose is known not to be daily."""
    if m.as_needed or m.schedule in (DoseSchedule.NON_DAILY, DoseSchedule.AS_NEEDED):
        return None
    return m.daily_grid


def is_daily(m: Medication) -> bool:
    """A standing daily dose: the source gives daily quantities or says it is daily."""
    return daily_grid(m) is not None or (m.schedule is DoseSchedule.DAILY and not m.as_needed)


def due_days_da(m: Medication) -> str:
    """The due weekdays in full ("søndag", "mandag og torsdag"), "" when none are known."""
    names = [WEEKDAYS_LONG_DA[WEEKDAYS.index(d)] for d in WEEKDAYS if d in m.due_weekdays]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " og " + names[-1]


def no_grid_reason(m: Medication) -> str:
    """Why a regular dose has no daily grid, in its own words."""
    if m.schedule is DoseSchedule.NON_DAILY:
        days = due_days_da(m)
        return NOT_DAILY + (f". Gives: {days}" if days else "")
    if m.schedule is DoseSchedule.DAILY:  # daily, but not by part of the day
        return f"{DAILY}: {clock_times_da(m)}" if m.clock_times else f"{DAILY} – {SEE_TEXT.lower()}"
    if not has_dose_text(m):
        return NOT_GIVEN
    return SEE_TEXT


def clock_times_da(m: Medication) -> str:
    return "Kl. " + ", ".join(m.clock_times) if m.clock_times else ""


def is_due(m: Medication, day: dt.date) -> bool | None:
    """True/False when it is known whether the dose is due on ``day``; None when not known."""
    if is_daily(m):
        return True
    if m.schedule is DoseSchedule.NON_DAILY and m.due_weekdays:
        return WEEKDAYS[day.weekday()] in m.due_weekdays
    return None


@dataclass(frozen=True, slots=True)
class GridRow:
    """One row of the 72-hour grid: when, how much, and whether each day gets a box."""

    sort: int  # the round it belongs to: 0..3 the parts of the day, 4 a clock time, 5 the rest
    when: str  # "Morgen", "07:00", "Se tekst"
    dose: str
    days: tuple[bool | None, ...]  # per day: True a box, False not due, None not known


def grid_rows(m: Medication, days: tuple[dt.date, ...], short_text: int) -> list[GridRow]:
    """The rows of ``m`` in the 72-hour grid (regular doses only)."""
    due = tuple(is_due(m, d) for d in days)
    text = m.dose_text.strip()
    fallback = (text if len(text) <= short_text else "jf. doseringsteksten ovenfor") if text else NOT_GIVEN
    grid = daily_grid(m)
    if m.clock_times:
        dose = fallback
        if grid is not None:
            given = {q for q in grid if q}
            if len(given) == 1:  # the same quantity at every time
                dose = f"{quantity_da(given.pop())} {m.dose_unit}".strip()
        return [GridRow(4, t, dose, due) for t in m.clock_times]
    if grid is not None:
        return [
            GridRow(i, slot, f"{quantity_da(q)} {m.dose_unit}".strip(), due)
            for i, (slot, q) in enumerate(zip(SLOTS, grid, strict=True))
            if q
        ]
    return [GridRow(5, "Se tekst", fallback, due)]
