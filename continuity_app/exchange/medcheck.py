"""What is known about when a dose is given, and where a dose's own fields disagree.

Run over every medication row once all files are read:

- **schedule** of a ``medications.csv`` row (a FHIR row has it from its structure):
  AS_NEEDED when ``as_needed``; NON_DAILY when ``dose_text`` clearly says the dose
  is not daily (weekday names, "ugentlig", "hver anden dag", "1 gang om ugen",
  "derefter" …); DAILY when the morning…night grid is given; None otherwise (a
  text alone never makes a dose daily). ``due_weekdays`` from the weekday names
  of a plain weekly text ("hver søndag"); never from a taper or a text that also
  says "dagligt".
- **cross-check** (CSV and FHIR alike): a warning naming the file, line (or
  resource) and field, and ``dose_mismatch`` set, when
  a text naming a number of times a day differs from the grid's or the clock
  times' count; a grid on a dose marked as needed (CSV); clock times whose count
  differs from the grid's; a text that reads as not daily over a daily grid or
  structure, or as only daily over a non-daily structure. A text built from the
  structure is not checked against that structure.
"""

from __future__ import annotations

import re
from dataclasses import replace

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


def text_says_non_daily(text: str) -> bool:
    low = text.lower()
    return bool(_NON_DAILY.search(low) or text_weekdays(low))


def text_says_daily(text: str) -> bool:
    return bool(_DAILY.search(text.lower()))


def text_times_a_day(text: str) -> int | None:
    """The one number of times a day the text names ("3 gange dagligt"), or None (none or several)."""
    low = text.lower()
    counts = {
        int(m[1]) if m[1].isdigit() else _NUMBERS[m[1]]
        for m in _TIMES_A_DAY.finditer(low)
        if not _MAX_WORDS.search(low[: m.start()])
    }
    return counts.pop() if len(counts) == 1 else None


def csv_schedule(med: Medication) -> Medication:
    """The schedule and due weekdays a medications.csv row says, as far as it clearly says."""
    text = med.dose_text
    if med.as_needed:
        return replace(med, schedule=DoseSchedule.AS_NEEDED)
    if text_says_non_daily(text) and text_weekdays(text) and text_says_daily(text):
        return replace(med, schedule=None)  # a dose by weekday that is also given other days
    if text_says_non_daily(text):
        plain = not _NOT_EVERY_WEEK.search(text.lower()) and not text_says_daily(text)
        days = text_weekdays(text) if plain else ()
        return replace(med, schedule=DoseSchedule.NON_DAILY, due_weekdays=days)
    if med.daily_grid is not None:
        return replace(med, schedule=DoseSchedule.DAILY)
    return replace(med, schedule=None)


def disagreements(med: Medication, *, from_csv: bool) -> list[tuple[str, str]]:
    """(field, reason) for every way the dose's own fields contradict each other."""
    out: list[tuple[str, str]] = []
    grid = med.daily_grid
    slots = sum(1 for q in grid if q) if grid is not None else 0
    text = "" if med.dose_text_built else med.dose_text
    count = text_times_a_day(text) if text else None
    if grid is not None and count is not None and count != slots:
        out.append(("dose_text", f"the dose text says {count} times a day but the grid gives {slots}"))
    if from_csv and med.as_needed and grid is not None:
        out.append(("as_needed", "a dose marked as needed has a daily grid (morning…night)"))
    times = len(med.clock_times)
    if times and grid is not None and times != slots:
        out.append(("clock_times", f"{times} clock times but the grid gives {slots} doses a day"))
    if times and count is not None and times != count and grid is None:
        out.append(("clock_times", f"{times} clock times but the dose text says {count} times a day"))
    if text and text_says_non_daily(text) and (grid is not None or med.schedule is DoseSchedule.DAILY):
        out.append(("dose_text", "the dose text reads as not daily, but the dose is given as a daily one"))
    if (
        text
        and not from_csv
        and med.schedule is DoseSchedule.NON_DAILY
        and text_says_daily(text)
        and not text_says_non_daily(text)
    ):
        out.append(("dose_text", "the dose text says daily, but the structured timing is not daily"))
    return out


def check_medications(tables: dict[str, list[Rows]], log: ProblemLog) -> None:
    """Set schedule (CSV rows) and dose_mismatch (all rows) in place; warn at every disagreement."""
    for rows in tables.get("medications", ()):
        from_csv = rows.resources is None
        for i, med in enumerate(rows.objs):
            if med is None:
                continue
            if from_csv:
                med = csv_schedule(med)
            found = disagreements(med, from_csv=from_csv)
            for column, reason in found:
                log.warn(
                    rows.file,
                    rows.lines[i],
                    rows.column(column),
                    f"{reason}: the page marks it 'tjek: tekst og skema er forskellige'",
                    rows.resource(i),
                    kind=KIND,
                )
            rows.objs[i] = replace(med, dose_mismatch=True) if found else med
