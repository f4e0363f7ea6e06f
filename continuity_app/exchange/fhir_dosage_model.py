"""FHIR R4 ``Dosage`` JSON → a typed :class:`DosageSpec`, read through the typed accessors.

Everything the structure says is kept (the text builder and the schedule rules
work on this, never on JSON). A value FHIR does not allow here (a ``dayOfWeek``
that is not ``mon``…``sun``, a ``timeOfDay`` that is not a time, a ``periodUnit``
outside ``s min h d wk mo a``) is a located problem, like a wrong JSON type.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from continuity_app.domain.models import WEEKDAYS
from continuity_app.exchange.fhir_access import El, concept_text, first_code

#: UCUM units of time Timing uses, → length in days.
UNIT_DAYS: dict[str, float] = {
    "s": 1 / 86400,
    "min": 1 / 1440,
    "h": 1 / 24,
    "d": 1.0,
    "wk": 7.0,
    "mo": 30.0,
    "a": 365.0,
}

_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?")


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float | None
    unit: str  # the human unit ("tablet"), else the code ("TAB"); "" when not stated

    @property
    def stated(self) -> bool:
        return bool(self.unit) and self.unit != "1"  # UCUM "1" is "no unit"


@dataclass(frozen=True, slots=True)
class Dose:
    quantity: Quantity | None = None
    low: Quantity | None = None  # a doseRange
    high: Quantity | None = None


@dataclass(frozen=True, slots=True)
class Repeat:
    frequency: int | None = None
    frequency_max: int | None = None
    period: float | None = None
    period_max: float | None = None
    period_unit: str = ""
    day_of_week: tuple[str, ...] = ()  # WEEKDAYS codes, in week order
    time_of_day: tuple[str, ...] = ()  # "HH:MM" (":SS" kept when not zero)
    when: tuple[str, ...] = ()
    offset: int | None = None  # minutes from the ``when`` event
    count: int | None = None
    count_max: int | None = None
    duration: float | None = None
    duration_max: float | None = None
    duration_unit: str = ""
    bounds_duration: Quantity | None = None
    bounds_low: Quantity | None = None  # boundsRange
    bounds_high: Quantity | None = None
    bounds_start: dt.date | None = None  # boundsPeriod
    bounds_end: dt.date | None = None
    has_bounds_period: bool = False

    @property
    def bounds(self) -> tuple[object, ...]:
        """What makes two Dosage run over the same period (compared for concurrency)."""
        return (
            self.bounds_duration,
            self.bounds_low,
            self.bounds_high,
            self.bounds_start,
            self.bounds_end,
            self.has_bounds_period,
        )


@dataclass(frozen=True, slots=True)
class DosageSpec:
    path: str  # FHIRPath of this Dosage, for problems
    sequence: int | None = None
    text: str = ""
    timing_code: str = ""  # Timing.code (GTS abbreviation: BID, QD, AM …)
    timing_code_text: str = ""
    events: tuple[str, ...] = ()
    repeat: Repeat | None = None
    dose: Dose | None = None
    rate: tuple[Quantity, Quantity | None] | None = None  # rateQuantity, or rateRatio as (per, of)
    as_needed: bool = False
    as_needed_reason: str = ""
    max_per_period: tuple[tuple[Quantity, Quantity], ...] = ()  # (numerator, denominator)
    max_per_administration: Quantity | None = None
    max_per_lifetime: Quantity | None = None
    route: str = ""
    instructions: tuple[str, ...] = ()


def _at_least(el: El, key: str, value: float | None, low: float, *, strict: bool = False) -> float | None:
    """``value`` when it is at least ``low`` (above it when ``strict``); else a problem and None."""
    if value is None or value > low or (value == low and not strict):
        return value
    bound = "more than" if strict else "at least"
    el.sink.problem(el.at(key), f"not valid FHIR: {value:g} is not {bound} {low:g}")
    return None


def _count(el: El, key: str) -> int | None:
    """A positiveInt (frequency, count): 1 or more."""
    value = el.integer(key)
    return None if _at_least(el, key, value, 1) is None else value


def _unsigned(el: El, key: str) -> int | None:
    """An unsignedInt (offset): 0 or more."""
    value = el.integer(key)
    return None if _at_least(el, key, value, 0) is None else value


def _length(el: El, key: str) -> float | None:
    """A period or duration: more than 0."""
    return _at_least(el, key, el.number(key), 0, strict=True)


def quantity(el: El | None) -> Quantity | None:
    if el is None:
        return None
    value = _at_least(el, "value", el.number("value"), 0)  # no dose, bound or maximum is negative
    unit = el.string("unit") or el.string("code")
    if value is None and not unit:
        return None
    return Quantity(value, unit)


def _fhir_date(el: El, key: str) -> dt.date | None:
    """A FHIR date or dateTime → its calendar date as written; a partial date its first day."""
    value = el.string(key)
    if not value:
        return None
    text = value[:10]
    try:
        if len(text) == 4:
            return dt.date(int(text), 1, 1)
        if len(text) == 7:
            return dt.date(int(text[:4]), int(text[5:7]), 1)
        return dt.date.fromisoformat(text)
    except ValueError:
        el.sink.problem(el.at(key), f"not valid FHIR: {value[:40]!r} is not a date")
        return None


def fhir_date(el: El | None, key: str) -> dt.date | None:
    return None if el is None else _fhir_date(el, key)


def clock_time(value: str) -> str | None:
    """FHIR ``time`` ("08:00:00") → "08:00"; None if it is not a time of day."""
    m = _TIME.fullmatch(value)
    if m is None:
        return None
    seconds = m[3]
    return f"{m[1]}:{m[2]}" + (f":{seconds}" if seconds and seconds != "00" else "")


def _repeat(el: El) -> Repeat:
    days = []
    for i, day in enumerate(el.strings("dayOfWeek")):
        if day in WEEKDAYS:
            days.append(day)
        else:
            reason = f"not valid FHIR: {day[:20]!r} is not a day (mon…sun)"
            el.sink.problem(f"{el.at('dayOfWeek')}[{i}]", reason)
    times = []
    for i, value in enumerate(el.strings("timeOfDay")):
        clock = clock_time(value)
        if clock is None:
            reason = f"not valid FHIR: {value[:20]!r} is not a time (HH:MM:SS)"
            el.sink.problem(f"{el.at('timeOfDay')}[{i}]", reason)
        else:
            times.append(clock)
    units = {}
    for key in ("periodUnit", "durationUnit"):
        unit = el.string(key)
        if unit and unit not in UNIT_DAYS:
            reason = f"not valid FHIR: {unit[:20]!r} is not a unit of time (s, min, h, d, wk, mo, a)"
            el.sink.problem(el.at(key), reason)
            unit = ""
        units[key] = unit
    bounds_range = el.obj("boundsRange")
    bounds_period = el.obj("boundsPeriod")
    return Repeat(
        frequency=_count(el, "frequency"),
        frequency_max=_count(el, "frequencyMax"),
        period=_length(el, "period"),
        period_max=_length(el, "periodMax"),
        period_unit=units["periodUnit"],
        day_of_week=tuple(sorted(set(days), key=WEEKDAYS.index)),
        time_of_day=tuple(dict.fromkeys(times)),
        when=tuple(el.strings("when")),
        offset=_unsigned(el, "offset"),
        count=_count(el, "count"),
        count_max=_count(el, "countMax"),
        duration=_length(el, "duration"),
        duration_max=_length(el, "durationMax"),
        duration_unit=units["durationUnit"],
        bounds_duration=quantity(el.obj("boundsDuration")),
        bounds_low=quantity(bounds_range.obj("low")) if bounds_range else None,
        bounds_high=quantity(bounds_range.obj("high")) if bounds_range else None,
        bounds_start=fhir_date(bounds_period, "start"),
        bounds_end=fhir_date(bounds_period, "end"),
        has_bounds_period=bounds_period is not None,
    )


Rate = tuple[Quantity, Quantity | None]


def _dose(el: El) -> tuple[Dose | None, Rate | None]:
    """The first doseAndRate that gives a dose (``ordered`` before others), and the rate."""
    rates = el.objs("doseAndRate")
    rates.sort(key=lambda r: first_code(r.obj("type")) != "ordered")
    dose: Dose | None = None
    rate: Rate | None = None
    for item in rates:
        if dose is None:
            if (q := quantity(item.obj("doseQuantity"))) is not None:
                dose = Dose(quantity=q)
            elif (r := item.obj("doseRange")) is not None:
                low, high = quantity(r.obj("low")), quantity(r.obj("high"))
                if low is not None or high is not None:
                    dose = Dose(low=low, high=high)
        if rate is None:
            rate = _rate(item)
    return dose, rate


def _rate(item: El) -> Rate | None:
    if (q := quantity(item.obj("rateQuantity"))) is not None:
        return q, None
    ratio = item.obj("rateRatio")
    if ratio is not None and (num := quantity(ratio.obj("numerator"))) is not None:
        return num, quantity(ratio.obj("denominator"))
    return None


def parse_dosage(el: El) -> DosageSpec:
    timing = el.obj("timing")
    repeat = timing.obj("repeat") if timing else None
    code = timing.obj("code") if timing else None
    dose, rate = _dose(el)
    maxima = []
    for ratio in el.objs("maxDosePerPeriod", single_too=True):
        numerator = quantity(ratio.obj("numerator"))
        if numerator is not None and numerator.value is not None:
            maxima.append((numerator, quantity(ratio.obj("denominator")) or Quantity(None, "")))
    as_needed = el.boolean("asNeededBoolean") is True
    reason_el = el.obj("asNeededCodeableConcept")
    return DosageSpec(
        path=el.path,
        sequence=el.integer("sequence"),
        text=el.string("text"),
        timing_code=first_code(code),
        timing_code_text=concept_text(code),
        events=tuple(timing.strings("event")) if timing else (),
        repeat=_repeat(repeat) if repeat is not None else None,
        dose=dose,
        rate=rate,
        as_needed=as_needed or reason_el is not None,
        as_needed_reason=concept_text(reason_el),
        max_per_period=tuple(maxima),
        max_per_administration=quantity(el.obj("maxDosePerAdministration")),
        max_per_lifetime=quantity(el.obj("maxDosePerLifetime")),
        route=concept_text(el.obj("route")),
        instructions=tuple(t for c in el.objs("additionalInstruction") if (t := concept_text(c))),
    )
