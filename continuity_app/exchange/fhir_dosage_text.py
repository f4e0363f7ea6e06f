"""A Danish dosage text built from FHIR structure, when the source gives no ``Dosage.text``.

It keeps everything the structure says, so a nurse reading only this text gives
what the prescriber meant: the dose (a quantity or a range) with its unit, or
"(enhed ikke angivet)"; the time of day (``when``, ``timeOfDay``); the weekdays
written in full ("hver søndag"); the interval ("hver 2. dag", "1 gang pr. uge");
the number of doses; every period with its length ("i 5 dage") and, for several
``sequence`` values, their order ("…, derefter …"); as needed and its reason;
every maximum. Several Dosage with one ``sequence`` (or none) run concurrently
and are joined by " samt ".
"""

from __future__ import annotations

from itertools import groupby

from continuity_app.domain.age import format_date_da
from continuity_app.domain.numbers import number_da as _number
from continuity_app.exchange.fhir_dosage_model import DosageSpec, Dose, Quantity, Repeat

NO_UNIT_DA = "(enhed ikke angivet)"
NOT_GIVEN_DA = "Dosering ikke angivet"

WEEKDAYS_DA = {
    "mon": "mandag",
    "tue": "tirsdag",
    "wed": "onsdag",
    "thu": "torsdag",
    "fri": "fredag",
    "sat": "lørdag",
    "sun": "søndag",
}

#: Timing.repeat.when (EventTiming) in Danish; an unknown code is written as given.
WHEN_DA = {
    "MORN": "morgen",
    "MORN.early": "tidlig morgen",
    "MORN.late": "sen morgen",
    "NOON": "middag",
    "AFT": "eftermiddag",
    "AFT.early": "tidlig eftermiddag",
    "AFT.late": "sen eftermiddag",
    "EVE": "aften",
    "EVE.early": "tidlig aften",
    "EVE.late": "sen aften",
    "NIGHT": "nat",
    "PHS": "efter sengetid",
    "HS": "ved sengetid",
    "WAKE": "ved opvågning",
    "C": "til måltid",
    "CM": "til morgenmad",
    "CD": "til frokost",
    "CV": "til aftensmad",
    "AC": "før måltid",
    "ACM": "før morgenmad",
    "ACD": "før frokost",
    "ACV": "før aftensmad",
    "PC": "efter måltid",
    "PCM": "efter morgenmad",
    "PCD": "efter frokost",
    "PCV": "efter aftensmad",
}

#: Timing.code (HL7 GTS abbreviations) in Danish, used when there is no ``repeat``.
CODE_DA = {
    "QD": "1 gang dagligt",
    "BID": "2 gange dagligt",
    "TID": "3 gange dagligt",
    "QID": "4 gange dagligt",
    "AM": "morgen",
    "PM": "aften",
    "QOD": "hver 2. dag",
    "Q1H": "hver time",
    "Q2H": "hver 2. time",
    "Q3H": "hver 3. time",
    "Q4H": "hver 4. time",
    "Q6H": "hver 6. time",
    "Q8H": "hver 8. time",
    "WK": "1 gang pr. uge",
    "MO": "1 gang pr. måned",
}

#: Units of time (UCUM) → (singular, plural, "every Nth" noun).
TIME_UNITS_DA = {
    "s": ("sekund", "sekunder"),
    "min": ("minut", "minutter"),
    "h": ("time", "timer"),
    "d": ("dag", "dage"),
    "wk": ("uge", "uger"),
    "mo": ("måned", "måneder"),
    "a": ("år", "år"),
}

#: UCUM / orderable-drug-form codes and common English units → (singular, plural) in Danish.
UNITS_DA: dict[str, tuple[str, str]] = {
    "tab": ("tablet", "tabletter"),
    "tablet": ("tablet", "tabletter"),
    "tablets": ("tablet", "tabletter"),
    "tbl": ("tablet", "tabletter"),
    "tabletter": ("tablet", "tabletter"),
    "cap": ("kapsel", "kapsler"),
    "capsule": ("kapsel", "kapsler"),
    "capsules": ("kapsel", "kapsler"),
    "kapsel": ("kapsel", "kapsler"),
    "kapsler": ("kapsel", "kapsler"),
    "puff": ("pust", "pust"),
    "puffs": ("pust", "pust"),
    "pust": ("pust", "pust"),
    "drop": ("dråbe", "dråber"),
    "drops": ("dråbe", "dråber"),
    "[drp]": ("dråbe", "dråber"),
    "dråbe": ("dråbe", "dråber"),
    "patch": ("plaster", "plastre"),
    "plaster": ("plaster", "plastre"),
    "dose": ("dosis", "doser"),
    "{dose}": ("dosis", "doser"),
    "dosis": ("dosis", "doser"),
    "{piece}": ("stk", "stk"),
    "piece": ("stk", "stk"),
    "stk": ("stk", "stk"),
    "[iu]": ("IE", "IE"),
    "iu": ("IE", "IE"),
    "u": ("IE", "IE"),
    "ie": ("IE", "IE"),
    "ml": ("ml", "ml"),
    "mg": ("mg", "mg"),
    "g": ("g", "g"),
    "ug": ("mikrog", "mikrog"),
    "mcg": ("mikrog", "mikrog"),
    "l": ("l", "l"),
}


def number_da(value: float) -> str:
    """Numbers in a dosage text are read like a medication card: 1.5 → "1½", 2.3 → "2,3"."""
    return _number(value, fractions=True)


def unit_da(q: Quantity, *, plural: bool) -> str:
    if not q.stated:
        return ""
    names = UNITS_DA.get(q.unit.lower())
    if names is None:
        return q.unit
    return names[1] if plural else names[0]


def quantity_da(q: Quantity) -> str:
    """ "2 tabletter", "2,5 ml", "1 (enhed ikke angivet)"."""
    number = number_da(q.value) if q.value is not None else "?"
    unit = unit_da(q, plural=q.value is not None and q.value > 1)
    return f"{number} {unit or NO_UNIT_DA}"


def dose_da(dose: Dose) -> str:
    if dose.quantity is not None:
        return quantity_da(dose.quantity)
    low, high = dose.low, dose.high
    if low is not None and high is not None:
        if low.unit == high.unit and low.value is not None:
            return f"{number_da(low.value)}-{quantity_da(high)}"
        return f"{quantity_da(low)} - {quantity_da(high)}"
    if low is not None:
        return f"mindst {quantity_da(low)}"
    return f"højst {quantity_da(high)}" if high is not None else ""


def _amount_of_time(value: float | None, unit: str) -> str:
    singular, plural = TIME_UNITS_DA.get(unit, (unit, unit))
    if value is None:
        return plural
    return f"{number_da(value)} {singular if value == 1 else plural}"


def _is_daily(value: float | None, unit: str) -> bool:
    return (unit == "d" and value == 1) or (unit == "h" and value == 24)


def _ordinal(value: float) -> str | None:
    return f"{int(value)}." if value == int(value) else None


def frequency_da(r: Repeat) -> str:
    """ "dagligt", "2 gange dagligt", "hver 2. dag", "1 gang pr. uge", "1-2 gange pr. 6 timer"."""
    freq, freq_max = r.frequency, r.frequency_max
    times = ""
    if freq is not None or freq_max is not None:
        low = freq if freq is not None else 1
        count = f"{low}-{freq_max}" if freq_max is not None and freq_max != low else str(low)
        times = f"{count} gang{'' if count == '1' else 'e'}"
    if r.period is None:
        return f"{times} (periode ikke angivet)" if times else ""
    if _is_daily(r.period, r.period_unit) and r.period_max is None:
        return f"{times or '1 gang'} dagligt"
    singular, plural = TIME_UNITS_DA.get(r.period_unit, (r.period_unit, r.period_unit))
    if r.period_max is not None:
        span = f"{number_da(r.period)}-{number_da(r.period_max)} {plural}"
        nth_low, nth_high = _ordinal(r.period), _ordinal(r.period_max)
        if times in ("", "1 gang") and nth_low and nth_high:
            return f"hver {nth_low}-{nth_high} {singular}"
        return f"{times or '1 gang'} pr. {span}"
    if times in ("", "1 gang"):
        nth = _ordinal(r.period)
        if r.period == 1:
            return f"1 gang pr. {singular}"
        if nth is not None:
            return f"hver {nth} {singular}"
    return f"{times or '1 gang'} pr. {_amount_of_time(r.period, r.period_unit)}"


def _join(items: list[str] | tuple[str, ...]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]


def _when_da(r: Repeat) -> str:
    names = [WHEN_DA.get(code, code) for code in r.when]
    text = _join(names) if names else ""
    if text and r.offset:
        text = f"{text} ({r.offset} minutter {'før' if all(c.startswith('AC') for c in r.when) else 'efter'})"
    return text


def _frequency_is_implied(r: Repeat) -> bool:
    """The events alone say how often ("morgen og aften", "hver søndag"): the count is not repeated."""
    events = len(r.when) + len(r.time_of_day)
    freq_ok = r.frequency_max is None
    if r.day_of_week:
        daily = r.period is None or _is_daily(r.period, r.period_unit)
        weekly = r.period_unit == "wk" and r.period == 1 and r.frequency in (None, len(r.day_of_week))
        per_day = r.frequency in (None, 1, events) if daily else False
        return freq_ok and r.period_max is None and (weekly or per_day)
    if not events:
        return False
    daily = r.period is None or (_is_daily(r.period, r.period_unit) and r.period_max is None)
    return freq_ok and daily and r.frequency in (None, 1, events)


def bounds_da(r: Repeat) -> str:
    """ "i 5 dage", "i 5-7 dage", "fra 25. november 2026 til 30. november 2026"."""
    if r.bounds_duration is not None:
        q = r.bounds_duration
        return f"i {_amount_of_time(q.value, _unit_code(q.unit))}"
    if r.bounds_low is not None or r.bounds_high is not None:
        known = r.bounds_high or r.bounds_low
        unit = _unit_code(known.unit) if known is not None else ""
        low = "?" if r.bounds_low is None or r.bounds_low.value is None else number_da(r.bounds_low.value)
        high = "?" if r.bounds_high is None or r.bounds_high.value is None else number_da(r.bounds_high.value)
        return f"i {low}-{high} {TIME_UNITS_DA.get(unit, (unit, unit))[1]}"
    parts = []
    if r.bounds_start is not None:
        parts.append(f"fra {format_date_da(r.bounds_start)}")
    if r.bounds_end is not None:
        parts.append(f"til {format_date_da(r.bounds_end)}")
    return " ".join(parts)


#: Units of time as Quantity.unit may spell them (boundsDuration, maxDosePerPeriod) → UCUM.
_UNIT_WORDS = {
    "day": "d",
    "days": "d",
    "dag": "d",
    "dage": "d",
    "døgn": "d",
    "week": "wk",
    "weeks": "wk",
    "uge": "wk",
    "uger": "wk",
    "hour": "h",
    "hours": "h",
    "time": "h",
    "timer": "h",
    "month": "mo",
    "months": "mo",
    "year": "a",
    "years": "a",
    "minute": "min",
    "minutes": "min",
}


def _unit_code(unit: str) -> str:
    return unit if unit in TIME_UNITS_DA else _UNIT_WORDS.get(unit.lower(), unit)


def timing_da(spec: DosageSpec) -> list[str]:
    r = spec.repeat
    parts: list[str] = []
    if spec.events:
        parts.append("den " + _join(spec.events))
    if r is None:
        if spec.timing_code:
            parts.append(CODE_DA.get(spec.timing_code, spec.timing_code_text or spec.timing_code))
        return parts
    when = _when_da(r)
    if when:
        parts.append(when)
    if r.time_of_day:
        parts.append("kl. " + _join(list(r.time_of_day)))
    if r.day_of_week:
        parts.append("hver " + _join([WEEKDAYS_DA[d] for d in r.day_of_week]))
    if not _frequency_is_implied(r) and (freq := frequency_da(r)):
        parts.append(freq)
    if r.count is not None:
        total = f"{r.count}-{r.count_max}" if r.count_max not in (None, r.count) else str(r.count)
        parts.append(f"i alt {total} gang{'' if total == '1' else 'e'}")
    if r.duration is not None:
        span = number_da(r.duration) + (f"-{number_da(r.duration_max)}" if r.duration_max else "")
        parts.append(f"over {span} {TIME_UNITS_DA.get(r.duration_unit, ('', r.duration_unit))[1]}".rstrip())
    if bounds := bounds_da(r):
        parts.append(bounds)
    return parts


def _per_da(q: Quantity) -> str:
    """The denominator of a maximum: "døgn", "8 timer", "uge"."""
    unit = _unit_code(q.unit)
    if not unit:
        return "periode (ikke angivet)"
    if _is_daily(1.0 if q.value is None else q.value, unit):
        return "døgn"
    if q.value in (None, 1):
        return TIME_UNITS_DA.get(unit, (unit, unit))[0]
    return _amount_of_time(q.value, unit)


def maxima_da(spec: DosageSpec) -> list[str]:
    out = [f"maks. {quantity_da(num)} pr. {_per_da(den)}" for num, den in spec.max_per_period]
    if spec.max_per_administration is not None:
        out.append(f"maks. {quantity_da(spec.max_per_administration)} pr. gang")
    if spec.max_per_lifetime is not None:
        out.append(f"maks. {quantity_da(spec.max_per_lifetime)} i alt")
    return out


def describe(spec: DosageSpec) -> str:
    """One Dosage in Danish: "4 tabletter hver søndag", "1-2 pust efter behov ved åndenød, maks. …"."""
    head = []
    if spec.dose is not None:
        head.append(dose_da(spec.dose))
    if spec.rate is not None:
        per, of = spec.rate
        head.append(f"hastighed {quantity_da(per)}" + (f" pr. {quantity_da(of)}" if of else ""))
    head += timing_da(spec)
    parts = [" ".join(head)] if head else []
    if spec.as_needed:
        reason = spec.as_needed_reason
        if reason[:1].isupper() and reason[1:2].islower():
            reason = reason[0].lower() + reason[1:]
        parts.append(f"efter behov{' ved ' + reason if reason else ''}")
    parts += maxima_da(spec)
    return ", ".join(parts)


def build_text(specs: list[DosageSpec]) -> str:
    """Every Dosage in ``sequence`` order: concurrent ones joined " samt ", sequential "…, derefter …"."""
    groups = []
    for _seq, group in groupby(sorted(specs, key=sequence_key), key=sequence_key):
        texts = [t for s in group if (t := describe(s))]
        if texts:
            groups.append(" samt ".join(texts))
    return ", derefter ".join(groups) if groups else NOT_GIVEN_DA


def sequence_key(spec: DosageSpec) -> int:
    """Dosage without ``sequence`` come first and run concurrently with each other."""
    return spec.sequence if spec.sequence is not None else -(1 << 31)
