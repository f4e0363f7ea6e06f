"""What is known about when a dose is given, and where a dose's own fields disagree.

- **schedule** of a ``medications.csv`` row, added as the reader makes the row
  (a FHIR row has it from its structure):
  AS_NEEDED when ``as_needed``; NON_DAILY when ``dose_text`` clearly says the dose
  is not daily (weekday names, "ugentlig", "hver anden dag", "1 gang om ugen",
  "derefter" …); DAILY when the morning…night grid is given; None otherwise (a
  text alone never makes a dose daily). ``due_weekdays`` from the weekday names
  of a plain weekly text ("hver søndag"); never from a taper or a text that also
  says "dagligt".
- **cross-check** (CSV and FHIR alike, :func:`check_row`): a CSV row as the reader
  makes it, a FHIR row once the FHIR files are read; a warning naming the file, line
  (or resource) and field, and ``dose_mismatch`` set, when
  a text naming a number of times a day differs from the grid's or the clock
  times' count; a grid on a dose marked as needed (CSV); clock times whose count
  differs from the grid's; a text that reads as not daily over a daily grid or
  structure, or as only daily over a non-daily structure. A text built from the
  structure is not checked against that structure. Also a warning for a medication
  that ended before the day of the publish (it is still published).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from continuity_app.domain.models import WEEKDAYS, DoseSchedule, Medication
from continuity_app.exchange.problems import ProblemLog
from continuity_app.exchange.rows import Rows

_DAY_STEMS = {
    "man": "mon",
    "tirs": "tue",
    "ons": "wed",
    "tors": "thu",
    "fre": "fri",
    "lør": "sat",
    "søn": "sun",
}
_WEEKDAY = re.compile(r"\b(man|tirs|ons|tors|fre|lør|søn)dag(?:e|en|ene)?\b")
#: A weekday after these words is an end or start date ("indtil søndag"), not a due day.
_DATE_WORDS = re.compile(r"\b(?:indtil|til og med|fra og med|fra|senest|før|efter)\s+$")
_NON_DAILY = re.compile(
    r"\bugentlig|\bmånedlig|\bhver(?:t)? (?:anden|andet|tredje|fjerde|\d+\.?) (?:dag|døgn|uge|måned)"
    r"|\bhver (?:uge|måned)\b|\b(?:\d+|en|én|et|to|tre|fire) gange? (?:om|pr\.?|per|hver|i) "
    r"(?:ugen|uge|måneden|måned|md\.?)(?:\W|$)|\bderefter\b|\bnedtrap|\baftrap|\bskiftevis\b"
    r"|\bweekly\b|\bonce a week\b|\bevery other day\b"
)
#: A weekday does not make a due day every week: "hver anden søndag", a taper, a monthly dose.
_NOT_EVERY_WEEK = re.compile(
    r"\b(?:anden|andet|tredje|fjerde|\d+\.)\s+\w*dag|\bderefter\b|\bnedtrap|\baftrap|\bskiftevis\b|\bmåned"
)
_DAILY = re.compile(
    r"(?<!ikke )\bdaglig(?:t)?\b|\bhver dag\b|\bom dagen\b|\bøvrige dage\b|\bandre dage\b"
    r"|\balle dage\b|\bresten af ugen\b|(?:man|tirs|ons|tors|fre|lør|søn)dag ?[–-] ?\w+dag|\bdaily\b"
)
#: A count after these words is a maximum ("højst 4 gange i døgnet"), not the schedule.
_MAX_WORDS = re.compile(r"(?:højst|maks\.?|maksimalt|op til|[-–])\s*$")
_NUMBERS = {"en": 1, "én": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6}
_TIMES_A_DAY = re.compile(
    r"\b(\d+|en|én|et|to|tre|fire|fem|seks) ?(?:gange?|x) ?(?:dagligt|daglig|om dagen|i døgnet"
    r"|pr\.? døgn|pr\.? dag|hver dag)\b"
)

KIND = "a dose's own fields disagree"


def text_weekdays(text: str) -> tuple[str, ...]:
    """Weekday codes the text names as due days (WEEKDAYS order); "indtil søndag" is not one."""
    low = text.lower()
    days = {_DAY_STEMS[m[1]] for m in _WEEKDAY.finditer(low) if not _DATE_WORDS.search(low[: m.start()])}
    return tuple(d for d in WEEKDAYS if d in days)


def text_times_a_day(text: str) -> int | None:
    """The one number of times a day the text names ("3 gange dagligt"), or None (none or several)."""
    low = text.lower()
    counts = {
        int(m[1]) if m[1].isdigit() else _NUMBERS[m[1]]
        for m in _TIMES_A_DAY.finditer(low)
        if not _MAX_WORDS.search(low[: m.start()])
    }
    return counts.pop() if len(counts) == 1 else None


@dataclass(frozen=True, slots=True)
class _Text:
    """What one dose text says. Worked out once per distinct text: a region's
    half a million medication lines share a few thousand texts."""

    non_daily: bool
    weekdays: tuple[str, ...]
    daily: bool
    times_a_day: int | None
    every_week: bool  # no "hver anden", taper or month that makes a weekday not weekly


@functools.lru_cache(maxsize=1 << 14)
def _read_text(text: str) -> _Text:
    low = text.lower()
    weekdays = text_weekdays(low)
    return _Text(
        non_daily=bool(_NON_DAILY.search(low) or weekdays),
        weekdays=weekdays,
        daily=bool(_DAILY.search(low)),
        times_a_day=text_times_a_day(low),
        every_week=not _NOT_EVERY_WEEK.search(low),
    )


def schedule_of(
    dose_text: str, *, as_needed: bool, has_grid: bool
) -> tuple[DoseSchedule | None, tuple[str, ...]]:
    """The schedule and due weekdays a medications.csv row's cells say, as far as they clearly say."""
    if as_needed:
        return DoseSchedule.AS_NEEDED, ()
    said = _read_text(dose_text)
    if said.non_daily and said.weekdays and said.daily:
        return None, ()  # a dose by weekday that is also given other days
    if said.non_daily:
        plain = said.every_week and not said.daily
        return DoseSchedule.NON_DAILY, said.weekdays if plain else ()
    return (DoseSchedule.DAILY if has_grid else None), ()


def csv_schedule(med: Medication) -> Medication:
    """``med`` with the schedule and due weekdays its fields say (:func:`schedule_of`)."""
    schedule, days = schedule_of(med.dose_text, as_needed=med.as_needed, has_grid=med.daily_grid is not None)
    if schedule is DoseSchedule.NON_DAILY:
        return replace(med, schedule=schedule, due_weekdays=days)
    return replace(med, schedule=schedule)


def complete_csv_row(cells: dict[str, object]) -> None:
    """Add the schedule (and due weekdays) to a medications.csv row's parsed cells, before
    the row is made: the same as :func:`csv_schedule`, without copying the row."""
    schedule, days = schedule_of(
        cells["dose_text"],  # type: ignore[arg-type]  # a required text column
        as_needed=bool(cells.get("as_needed", False)),
        has_grid=not (
            cells.get("morning") is None
            and cells.get("noon") is None
            and cells.get("evening") is None
            and cells.get("night") is None
        ),
    )
    if schedule is not None:
        cells["schedule"] = schedule
    if days:
        cells["due_weekdays"] = days


def disagreements(med: Medication, *, from_csv: bool) -> list[tuple[str, str]]:
    """(field, reason) for every way the dose's own fields contradict each other."""
    grid = med.daily_grid
    slots = None if grid is None else sum(1 for q in grid if q)
    text = "" if med.dose_text_built else med.dose_text
    return list(
        _disagreements(slots, text, from_csv and med.as_needed, len(med.clock_times), med.schedule, from_csv)
    )


@functools.lru_cache(maxsize=1 << 14)
def _disagreements(
    slots: int | None,
    text: str,
    as_needed_csv: bool,
    times: int,
    schedule: DoseSchedule | None,
    from_csv: bool,
) -> tuple[tuple[str, str], ...]:
    """:func:`disagreements` of what it depends on (``slots``: the grid's doses a day, None
    without a grid). Worked out once each: half a million lines share a few thousand."""
    out: list[tuple[str, str]] = []
    said = _read_text(text) if text else None
    count = said.times_a_day if said is not None else None
    if slots is not None and count is not None and count != slots:
        out.append(("dose_text", f"the dose text says {count} times a day but the grid gives {slots}"))
    if as_needed_csv and slots is not None:
        out.append(("as_needed", "a dose marked as needed has a daily grid (morning…night)"))
    if times and slots is not None and times != slots:
        out.append(("clock_times", f"{times} clock times but the grid gives {slots} doses a day"))
    if times and count is not None and times != count and slots is None:
        out.append(("clock_times", f"{times} clock times but the dose text says {count} times a day"))
    if said is None:
        return tuple(out)
    if said.non_daily and (slots is not None or schedule is DoseSchedule.DAILY):
        out.append(("dose_text", "the dose text reads as not daily, but the dose is given as a daily one"))
    if not from_csv and schedule is DoseSchedule.NON_DAILY and said.daily and not said.non_daily:
        out.append(("dose_text", "the dose text says daily, but the structured timing is not daily"))
    return tuple(out)


#: (column, reason, kind) of one warning about one row.
Finding = tuple[str, str, str]

ENDED = "medication ended before today"


def check_row(med: Medication, today: dt.date, *, from_csv: bool) -> tuple[Medication, list[Finding]]:
    """The row with ``dose_mismatch`` set when its dose's fields disagree, and a warning
    for each disagreement and for a medication that ended before ``today``.

    The CSV reader runs it as it makes each medications.csv row (wherever that row is
    read, also in a worker); :func:`check_medications` runs it over the FHIR rows."""
    found: list[Finding] = [
        (column, f"{reason}: the page marks it 'tjek: tekst og skema er forskellige'", KIND)
        for column, reason in disagreements(med, from_csv=from_csv)
    ]
    if found:
        med = replace(med, dose_mismatch=True)
    if med.end_date is not None and med.end_date < today:
        found.append(
            (
                "end_date",
                f"the medication ended on {med.end_date.isoformat()}, before today"
                f" ({today.isoformat()}); it is still published",
                ENDED,
            )
        )
    return med, found


def check_csv_row(med: Medication, today: dt.date) -> tuple[Medication, list[Finding]]:
    return check_row(med, today, from_csv=True)


def check_medications(tables: dict[str, list[Rows]], log: ProblemLog, today: dt.date) -> None:
    """:func:`check_row` over every medication row not checked as it was read (FHIR's),
    each warning naming the row's file, line or resource, and field."""
    for rows in tables.get("medications", ()):
        if rows.checked:
            continue
        from_csv = rows.resources is None
        for i, med in enumerate(rows.objs):
            if med is None:
                continue
            checked, found = check_row(med, today, from_csv=from_csv)
            for column, reason, kind in found:
                log.warn(rows.file, rows.lines[i], rows.column(column), reason, rows.resource(i), kind=kind)
            rows.objs[i] = checked
