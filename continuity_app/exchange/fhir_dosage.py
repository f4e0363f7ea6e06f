"""FHIR R4 ``Dosage`` → the medication row's dosage fields.

- ``dose_text``: ``Dosage.text`` verbatim (several Dosage elements: the texts
  they have, joined by "; " in ``sequence`` order — systems often put the whole
  text on the first element only). When no Dosage has a text, the text is built
  from the structure (``fhir_dosage_text``) and ``dose_text_built`` is set.
- ``schedule``: DAILY only for a standing daily dose (every scheduled Dosage
  repeats each day and runs concurrently over one open period); NON_DAILY when
  the structure says so (an interval over a day, some weekdays, specific dates,
  several sequential or differently bounded periods); AS_NEEDED when every Dosage
  is as needed; None when the structure does not say (text only, no timing, a
  count of doses, a course of a length but no dates).
- The daily grid (morning/noon/evening/night) is filled ONLY for a DAILY dose
  whose every event falls in its own slot with a single ``doseQuantity`` in one
  unit. Anything else leaves the grid empty: the text alone says what to give.
- ``due_weekdays`` from ``dayOfWeek`` when the weekdays alone say when it is due;
  ``clock_times`` from ``timeOfDay``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from continuity_app.domain.models import WEEKDAYS, DoseSchedule
from continuity_app.exchange.fhir_access import El
from continuity_app.exchange.fhir_dosage_model import UNIT_DAYS, DosageSpec, Quantity, Repeat, parse_dosage
from continuity_app.exchange.fhir_dosage_text import (
    UNITS_DA,
    build_text,
    maxima_da,
    sequence_key,
)

Grid = tuple[float | None, float | None, float | None, float | None]
MORNING, NOON, EVENING, NIGHT = 0, 1, 2, 3

#: Timing.repeat.when (EventTiming) → grid slots. Afternoon (AFT) has no slot
#: in the Danish four-slot grid, so a dosage using it keeps an empty grid.
WHEN_SLOTS: dict[str, tuple[int, ...]] = {
    "MORN": (MORNING,),
    "MORN.early": (MORNING,),
    "MORN.late": (MORNING,),
    "WAKE": (MORNING,),
    "ACM": (MORNING,),
    "CM": (MORNING,),
    "PCM": (MORNING,),
    "NOON": (NOON,),
    "ACD": (NOON,),
    "CD": (NOON,),
    "PCD": (NOON,),
    "EVE": (EVENING,),
    "EVE.early": (EVENING,),
    "EVE.late": (EVENING,),
    "ACV": (EVENING,),
    "CV": (EVENING,),
    "PCV": (EVENING,),
    "NIGHT": (NIGHT,),
    "HS": (NIGHT,),
    "PHS": (NIGHT,),
    "AC": (MORNING, NOON, EVENING),
    "C": (MORNING, NOON, EVENING),
    "PC": (MORNING, NOON, EVENING),
}

#: Timing.code (GTS abbreviations) that name a slot.
CODE_SLOTS: dict[str, tuple[int, ...]] = {"AM": (MORNING,), "PM": (EVENING,)}
#: Timing.code values that say a dose is daily / not daily.
DAILY_CODES = frozenset({"QD", "BID", "TID", "QID", "AM", "PM", "Q1H", "Q2H", "Q3H", "Q4H", "Q6H", "Q8H"})
NON_DAILY_CODES = frozenset({"QOD", "WK", "MO"})

#: Grid unit for pieces: FMK and the CSV exports write "stk" for tablets and capsules.
_PIECE_UNITS = frozenset({"tablet", "kapsel", "stk"})


def slot_of_time(clock: str) -> int:
    """05:00–10:59 morgen, 11:00–15:59 middag, 16:00–21:59 aften, 22:00–04:59 nat."""
    h = int(clock[:2])
    if 5 <= h < 11:
        return MORNING
    if 11 <= h < 16:
        return NOON
    if 16 <= h < 22:
        return EVENING
    return NIGHT


def grid_unit(q: Quantity) -> str:
    if not q.stated:
        return ""
    names = UNITS_DA.get(q.unit.lower())
    name = names[0] if names else q.unit
    return "stk" if name in _PIECE_UNITS else name


@dataclass(slots=True)
class DosageFields:
    dose_text: str = ""
    dose_text_built: bool = False
    schedule: DoseSchedule | None = None
    grid: Grid = (None, None, None, None)
    dose_unit: str = ""
    due_weekdays: tuple[str, ...] = ()
    clock_times: tuple[str, ...] = ()
    as_needed: bool = False
    as_needed_reason: str = ""
    as_needed_max: str = ""
    route: str = ""
    instructions: list[str] = field(default_factory=list)
    bounds_start: dt.date | None = None
    bounds_end: dt.date | None = None


def map_dosages(dosages: list[El]) -> DosageFields:
    specs = sorted((parse_dosage(d) for d in dosages), key=sequence_key)
    out = DosageFields()
    texts = [s.text for s in specs if s.text]
    if texts:
        out.dose_text = "; ".join(texts)
    elif specs:
        out.dose_text = build_text(specs)
        out.dose_text_built = True
    for spec in specs:
        if spec.as_needed:
            out.as_needed = True
            out.as_needed_reason = out.as_needed_reason or spec.as_needed_reason
        maximum = "; ".join(maxima_da(spec))
        if maximum:
            out.as_needed_max = "; ".join(filter(None, (out.as_needed_max, maximum)))
        out.route = out.route or spec.route
        out.instructions += spec.instructions
    scheduled = [s for s in specs if not s.as_needed]
    out.schedule = schedule_of(specs)
    if out.schedule is DoseSchedule.DAILY and (grid := daily_grid(scheduled)) is not None:
        out.grid, out.dose_unit = grid
    else:
        units = {grid_unit(s.dose.quantity) for s in specs if s.dose and s.dose.quantity}
        out.dose_unit = units.pop() if len(units) == 1 else ""
    if out.schedule is DoseSchedule.NON_DAILY:
        out.due_weekdays = due_weekdays(scheduled)
    times = {t for s in scheduled if s.repeat is not None for t in s.repeat.time_of_day}
    out.clock_times = tuple(sorted(times))
    out.bounds_start, out.bounds_end = _bounds(specs)
    return out


# --- schedule -----------------------------------------------------------------------------------


def _days(value: float | None, unit: str) -> float | None:
    if value is None or unit not in UNIT_DAYS:
        return None
    return value * UNIT_DAYS[unit]


def spec_schedule(spec: DosageSpec) -> DoseSchedule | None:
    """DAILY / NON_DAILY as far as one scheduled Dosage says; None when it does not say."""
    if spec.events:
        return DoseSchedule.NON_DAILY  # given on named dates
    r = spec.repeat
    if r is None:
        if spec.timing_code in DAILY_CODES:
            return DoseSchedule.DAILY
        return DoseSchedule.NON_DAILY if spec.timing_code in NON_DAILY_CODES else None
    if r.count is not None or r.count_max is not None:
        return None  # a number of doses, not a standing dose: which days is not said
    if r.day_of_week and len(r.day_of_week) < len(WEEKDAYS):
        return DoseSchedule.NON_DAILY
    if r.period is None:
        return DoseSchedule.DAILY if (r.when or r.time_of_day) else None
    longest = _days(r.period_max if r.period_max is not None else r.period, r.period_unit)
    if longest is None:
        return None
    return DoseSchedule.NON_DAILY if longest > 1 else DoseSchedule.DAILY


def _open_period(r: Repeat | None) -> bool:
    """No bounds, or dates only: a course "for 5 days" without dates is not a standing dose."""
    return r is None or (r.bounds_duration is None and r.bounds_low is None and r.bounds_high is None)


def schedule_of(specs: list[DosageSpec]) -> DoseSchedule | None:
    if not specs:
        return None
    scheduled = [s for s in specs if not s.as_needed]
    if not scheduled:
        return DoseSchedule.AS_NEEDED
    if len({sequence_key(s) for s in scheduled}) > 1:
        return DoseSchedule.NON_DAILY  # sequential periods: a taper or a change over time
    if len({s.repeat.bounds if s.repeat else None for s in scheduled}) > 1:
        return DoseSchedule.NON_DAILY  # concurrent Dosage over different periods
    each = [spec_schedule(s) for s in scheduled]
    if DoseSchedule.NON_DAILY in each:
        return DoseSchedule.NON_DAILY
    if None in each or not all(_open_period(s.repeat) for s in scheduled):
        return None
    return DoseSchedule.DAILY


def due_weekdays(scheduled: list[DosageSpec]) -> tuple[str, ...]:
    """The weekdays a non-daily dose is due, when ``dayOfWeek`` alone says it: on each such day
    every week (no period, a daily period, or one week with one dose per named day). Otherwise
    (every other Sunday; once a week on Monday or Thursday) which day is due is not known: ()."""
    days: set[str] = set()
    for spec in scheduled:
        r = spec.repeat
        if spec.events or r is None or not r.day_of_week or r.count is not None or r.period_max is not None:
            return ()
        daily = r.period is None or _days(r.period, r.period_unit) == 1
        weekly = _days(r.period, r.period_unit) == 7 and r.frequency in (None, len(r.day_of_week))
        if not (daily or weekly) or r.frequency_max is not None:
            return ()
        days.update(r.day_of_week)
    return tuple(d for d in WEEKDAYS if d in days)


# --- the daily grid -----------------------------------------------------------------------------


def daily_slots(spec: DosageSpec) -> list[int] | None:
    """The grid slots of a daily Dosage, or None when its events cannot be placed one per slot."""
    r = spec.repeat
    if spec.events:
        return None
    if r is None:
        return list(CODE_SLOTS[spec.timing_code]) if spec.timing_code in CODE_SLOTS else None
    if r.day_of_week and len(r.day_of_week) < len(WEEKDAYS):
        return None
    if r.count is not None or r.count_max is not None or r.frequency_max is not None or r.period_max:
        return None
    slots: list[int] = []
    for when in r.when:
        mapped = WHEN_SLOTS.get(when)
        if mapped is None:
            return None
        slots.extend(mapped)
    slots.extend(slot_of_time(t) for t in r.time_of_day)
    if not slots and spec.timing_code in CODE_SLOTS:
        slots = list(CODE_SLOTS[spec.timing_code])
    if r.period is None:
        daily = True
    else:
        daily = (r.period_unit == "d" and r.period == 1) or (r.period_unit == "h" and r.period == 24)
    if not daily or not slots or len(set(slots)) != len(slots):
        return None
    if r.frequency is not None and r.frequency not in (1, len(slots)):
        return None
    return slots


def daily_grid(scheduled: list[DosageSpec]) -> tuple[Grid, str] | None:
    """The grid and its unit, or None when the dosage cannot be shown as a daily grid."""
    if not scheduled:
        return None
    grid: list[float | None] = [None, None, None, None]
    unit: str | None = None
    for spec in scheduled:
        slots = daily_slots(spec)
        quantity = spec.dose.quantity if spec.dose else None
        if slots is None or quantity is None or quantity.value is None:
            return None
        this_unit = grid_unit(quantity)
        if unit is not None and this_unit != unit:
            return None
        unit = this_unit
        for slot in slots:
            if grid[slot] is not None:
                return None  # two doses in one slot: the grid would mislead
            grid[slot] = quantity.value
    return (grid[0], grid[1], grid[2], grid[3]), unit or ""


def _bounds(specs: list[DosageSpec]) -> tuple[dt.date | None, dt.date | None]:
    """Earliest boundsPeriod start; latest end if every Dosage has one."""
    starts, ends = [], []
    for spec in specs:
        r = spec.repeat
        if r is None or (r.bounds_start is None and r.bounds_end is None):
            return None, None
        if r.bounds_start is not None:
            starts.append(r.bounds_start)
        if r.bounds_end is None:
            return (min(starts) if starts else None), None
        ends.append(r.bounds_end)
    return (min(starts) if starts else None), (max(ends) if ends else None)
