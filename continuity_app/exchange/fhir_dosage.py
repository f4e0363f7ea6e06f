"""FHIR R4 ``Dosage`` → the medication row's dosage fields.

- ``dose_text``: ``Dosage.text`` verbatim (several Dosage elements: the texts
  they have, joined by "; " in ``sequence`` order — systems often put the whole
  text on the first element only). When no Dosage has a text, a plain Danish
  description of the structure is made, and the row's notes say so.
- The daily grid (morning/noon/evening/night) is filled ONLY when every
  scheduled Dosage is daily (``frequency`` per 1 day / 24 hours, or ``when`` /
  ``timeOfDay`` without a period), each event falls in its own slot, every dose
  is a single ``doseQuantity`` in one unit, and the Dosages run concurrently (one
  ``sequence``, the same bounds). Anything else (every 7 days, every other day,
  days of the week, a count, dose ranges, tapering over several periods) leaves
  the grid empty: the text alone says what to give, whatever it says.
- ``asNeededBoolean`` / ``asNeededCodeableConcept`` → as_needed (the reason
  becomes the indication when the resource gives none).
- ``maxDosePerPeriod`` → "maks. 4 tabletter pr. døgn";
  ``maxDosePerAdministration`` → "maks. 2 tabletter pr. gang".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]
Grid = list[float | None]

MORNING, NOON, EVENING, NIGHT = 0, 1, 2, 3
SLOT_NAMES_DA = ("morgen", "middag", "aften", "nat")

#: Timing.repeat.when (EventTiming) → grid slots. Afternoon (AFT) has no slot
#: in the Danish four-slot grid, so a dosage using it keeps an empty grid.
WHEN_SLOTS: dict[str, tuple[int, ...]] = {
    "MORN": (MORNING,), "MORN.early": (MORNING,), "MORN.late": (MORNING,),
    "WAKE": (MORNING,), "ACM": (MORNING,), "CM": (MORNING,), "PCM": (MORNING,),
    "NOON": (NOON,), "ACD": (NOON,), "CD": (NOON,), "PCD": (NOON,),
    "EVE": (EVENING,), "EVE.early": (EVENING,), "EVE.late": (EVENING,),
    "ACV": (EVENING,), "CV": (EVENING,), "PCV": (EVENING,),
    "NIGHT": (NIGHT,), "HS": (NIGHT,), "PHS": (NIGHT,),
    "AC": (MORNING, NOON, EVENING), "C": (MORNING, NOON, EVENING), "PC": (MORNING, NOON, EVENING),
}  # fmt: skip

#: Timing.code (GTS abbreviations) that name a slot.
CODE_SLOTS: dict[str, tuple[int, ...]] = {"AM": (MORNING,), "PM": (EVENING,)}


def slot_of_time(clock: dt.time) -> int:
    """05:00–10:59 morgen, 11:00–15:59 middag, 16:00–21:59 aften, 22:00–04:59 nat."""
    h = clock.hour
    if 5 <= h < 11:
        return MORNING
    if 11 <= h < 16:
        return NOON
    if 16 <= h < 22:
        return EVENING
    return NIGHT


#: UCUM / orderable-drug-form codes and common English units → (singular, plural) in Danish.
UNITS_DA: dict[str, tuple[str, str]] = {
    "tab": ("tablet", "tabletter"), "tablet": ("tablet", "tabletter"), "tablets": ("tablet", "tabletter"),
    "tbl": ("tablet", "tabletter"), "tabletter": ("tablet", "tabletter"),
    "cap": ("kapsel", "kapsler"), "capsule": ("kapsel", "kapsler"), "capsules": ("kapsel", "kapsler"),
    "kapsel": ("kapsel", "kapsler"), "kapsler": ("kapsel", "kapsler"),
    "puff": ("pust", "pust"), "puffs": ("pust", "pust"), "pust": ("pust", "pust"),
    "drop": ("dråbe", "dråber"), "drops": ("dråbe", "dråber"), "[drp]": ("dråbe", "dråber"),
    "dråbe": ("dråbe", "dråber"),
    "patch": ("plaster", "plastre"), "plaster": ("plaster", "plastre"),
    "dose": ("dosis", "doser"), "{dose}": ("dosis", "doser"), "dosis": ("dosis", "doser"),
    "{piece}": ("stk", "stk"), "piece": ("stk", "stk"), "stk": ("stk", "stk"),
    "[iu]": ("IE", "IE"), "iu": ("IE", "IE"), "u": ("IE", "IE"), "ie": ("IE", "IE"),
    "ml": ("ml", "ml"), "mg": ("mg", "mg"), "g": ("g", "g"), "ug": ("mikrog", "mikrog"),
    "mcg": ("mikrog", "mikrog"), "l": ("l", "l"),
}  # fmt: skip

#: Grid unit for pieces: FMK and the CSV exports write "stk" for tablets and capsules.
_PIECE_UNITS = frozenset({"tablet", "kapsel", "stk"})


def unit_da(quantity: JSON, *, plural: bool) -> str:
    raw = str(quantity.get("unit") or quantity.get("code") or "").strip()
    names = UNITS_DA.get(raw.lower())
    if names is None:
        return raw
    return names[1] if plural else names[0]


def grid_unit(quantity: JSON) -> str:
    name = unit_da(quantity, plural=False)
    return "stk" if name in _PIECE_UNITS else name


def number_da(value: float) -> str:
    """4 → "4", 1.5 → "1,5", 0.5 → "½"."""
    if value == 0.5:
        return "½"
    if value == int(value):
        return str(int(value))
    return f"{value:g}".replace(".", ",")


def _period_da(quantity: JSON) -> str:
    value = _number(quantity.get("value"))
    value = 1.0 if value is None else value
    unit = str(quantity.get("code") or quantity.get("unit") or "").lower()
    one_day = unit in ("d", "day", "days", "døgn") and value == 1
    if one_day or (unit in ("h", "hour", "hours") and value == 24):
        return "døgn"
    names = {"h": ("time", "timer"), "hour": ("time", "timer"), "hours": ("time", "timer"),
             "d": ("døgn", "døgn"), "day": ("døgn", "døgn"), "days": ("døgn", "døgn"),
             "wk": ("uge", "uger"), "week": ("uge", "uger"), "mo": ("måned", "måneder"),
             "min": ("minut", "minutter")}  # fmt: skip
    singular, plural = names.get(unit, (unit, unit))
    return singular if value == 1 else f"{number_da(value)} {plural}"


def max_text(dosage: JSON) -> str:
    parts = []
    for ratio in _list(dosage.get("maxDosePerPeriod")) or []:
        numerator = ratio.get("numerator") if isinstance(ratio, dict) else None
        value = _number(numerator.get("value")) if isinstance(numerator, dict) else None
        if value is None or not isinstance(numerator, dict):
            continue
        denominator = ratio.get("denominator") if isinstance(ratio.get("denominator"), dict) else {}
        unit = unit_da(numerator, plural=value != 1)
        parts.append(f"maks. {number_da(value)} {unit} pr. {_period_da(denominator)}".replace("  ", " "))
    per_admin = dosage.get("maxDosePerAdministration")
    if isinstance(per_admin, dict) and (value := _number(per_admin.get("value"))) is not None:
        parts.append(f"maks. {number_da(value)} {unit_da(per_admin, plural=value != 1)} pr. gang")
    return "; ".join(parts)


def _list(value: object) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):  # R4 maxDosePerPeriod is 0..1; R5 made it a list
        return [value]
    return []


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def concept_text(concept: object) -> str:
    """A CodeableConcept's text, else its first coding's display, else code."""
    if not isinstance(concept, dict):
        return ""
    if isinstance(concept.get("text"), str) and concept["text"].strip():
        return str(concept["text"]).strip()
    for coding in _list(concept.get("coding")):
        if isinstance(coding, dict) and isinstance(coding.get("display"), str):
            return str(coding["display"]).strip()
    for coding in _list(concept.get("coding")):
        if isinstance(coding, dict) and isinstance(coding.get("code"), str):
            return str(coding["code"]).strip()
    return ""


@dataclass(slots=True)
class DosageFields:
    dose_text: str = ""
    grid: tuple[float | None, float | None, float | None, float | None] = (None, None, None, None)
    dose_unit: str = ""
    as_needed: bool = False
    as_needed_reason: str = ""
    as_needed_max: str = ""
    route: str = ""
    generated_text: bool = False
    instructions: list[str] = field(default_factory=list)
    bounds_start: dt.date | None = None
    bounds_end: dt.date | None = None


def _is_as_needed(dosage: JSON) -> bool:
    return dosage.get("asNeededBoolean") is True or isinstance(dosage.get("asNeededCodeableConcept"), dict)


def map_dosages(dosages: list[JSON]) -> DosageFields:
    out = DosageFields()
    ordered = sorted(
        (d for d in dosages if isinstance(d, dict)),
        key=lambda d: _number(d.get("sequence")) or 0.0,
    )
    texts = [d["text"] for d in ordered if isinstance(d.get("text"), str) and d["text"].strip()]
    if not texts:  # no Dosage.text anywhere: describe the structure, and say so
        texts = [describe(d) for d in ordered]
        out.generated_text = bool(texts)
    for dosage in ordered:
        if _is_as_needed(dosage):
            out.as_needed = True
            reason = concept_text(dosage.get("asNeededCodeableConcept"))
            if reason and not out.as_needed_reason:
                out.as_needed_reason = reason
        maximum = max_text(dosage)
        if maximum:
            out.as_needed_max = "; ".join(filter(None, (out.as_needed_max, maximum)))
        if not out.route:
            out.route = concept_text(dosage.get("route"))
        for extra in _list(dosage.get("additionalInstruction")):
            if instruction := concept_text(extra):
                out.instructions.append(instruction)
    out.dose_text = "; ".join(texts)
    grid = daily_grid([d for d in ordered if not _is_as_needed(d)])
    if grid is not None:
        out.grid, out.dose_unit = grid
    else:
        units = {grid_unit(q) for d in ordered if (q := _dose_quantity(d)) is not None}
        out.dose_unit = units.pop() if len(units) == 1 else ""
    out.bounds_start, out.bounds_end = _bounds(ordered)
    return out


def _dose_quantity(dosage: JSON) -> JSON | None:
    """The single dose quantity, or None (absent, a range, or several)."""
    rates = [r for r in _list(dosage.get("doseAndRate")) if isinstance(r, dict)]
    quantities = [r["doseQuantity"] for r in rates if isinstance(r.get("doseQuantity"), dict)]
    if len(quantities) != 1 or any("doseRange" in r for r in rates):
        return None
    return quantities[0] if _number(quantities[0].get("value")) is not None else None


def daily_grid(
    scheduled: list[JSON],
) -> tuple[tuple[float | None, float | None, float | None, float | None], str] | None:
    """The grid and its unit, or None when the dosage cannot be shown as a daily grid."""
    if not scheduled:
        return None
    if len({_number(d.get("sequence")) for d in scheduled}) > 1:
        return None  # sequential dosages: tapering or a change over time
    if len({repr(_bounds_key(d)) for d in scheduled}) > 1:
        return None  # different periods: tapering
    grid: Grid = [None, None, None, None]
    unit: str | None = None
    for dosage in scheduled:
        slots = daily_slots(dosage.get("timing"))
        quantity = _dose_quantity(dosage)
        if slots is None or quantity is None:
            return None
        this_unit = grid_unit(quantity)
        if unit is not None and this_unit != unit:
            return None
        unit = this_unit
        value = _number(quantity.get("value"))
        for slot in slots:
            if grid[slot] is not None:
                return None  # two doses in one slot: the grid would mislead
            grid[slot] = value
    return (grid[0], grid[1], grid[2], grid[3]), unit or ""


def _bounds_key(dosage: JSON) -> object:
    timing = dosage.get("timing")
    repeat = timing.get("repeat") if isinstance(timing, dict) else None
    if not isinstance(repeat, dict):
        return None
    return repeat.get("boundsPeriod") or repeat.get("boundsDuration") or repeat.get("boundsRange")


def daily_slots(timing: object) -> list[int] | None:
    """The grid slots of a daily timing, or None when it is not daily or not placeable."""
    if not isinstance(timing, dict) or timing.get("event"):
        return None
    repeat = timing.get("repeat") if isinstance(timing.get("repeat"), dict) else {}
    code = ""
    if isinstance(timing.get("code"), dict):
        codings = _list(timing["code"].get("coding"))
        code = str(codings[0].get("code", "")) if codings and isinstance(codings[0], dict) else ""
    if not repeat:
        return list(CODE_SLOTS[code]) if code in CODE_SLOTS else None
    for key in ("dayOfWeek", "count", "countMax", "frequencyMax", "periodMax"):
        if repeat.get(key):
            return None
    period = _number(repeat.get("period"))
    unit = repeat.get("periodUnit")
    frequency = _number(repeat.get("frequency"))
    slots: list[int] = []
    for when in _list(repeat.get("when")):
        mapped = WHEN_SLOTS.get(str(when))
        if mapped is None:
            return None
        slots.extend(mapped)
    for clock in _list(repeat.get("timeOfDay")):
        parsed = _time(clock)
        if parsed is None:
            return None
        slots.append(slot_of_time(parsed))
    if not slots and code in CODE_SLOTS:
        slots = list(CODE_SLOTS[code])
    if period is None:
        daily = bool(slots) and frequency in (None, 1.0, float(len(slots)))
    else:
        daily = (unit == "d" and period == 1) or (unit == "h" and period == 24)
    if not daily or not slots or len(set(slots)) != len(slots):
        return None
    if frequency is not None and frequency not in (1.0, float(len(slots))):
        return None
    return slots


def _time(value: object) -> dt.time | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        return None


def _bounds(dosages: list[JSON]) -> tuple[dt.date | None, dt.date | None]:
    starts, ends = [], []
    for dosage in dosages:
        bounds = _bounds_key(dosage)
        if not isinstance(bounds, dict) or ("start" not in bounds and "end" not in bounds):
            return None, None
        start, end = fhir_date(bounds.get("start")), fhir_date(bounds.get("end"))
        if start is not None:
            starts.append(start)
        if end is None:
            return (min(starts) if starts else None), None
        ends.append(end)
    return (min(starts) if starts else None), (max(ends) if ends else None)


def fhir_date(value: object) -> dt.date | None:
    """A FHIR date or dateTime (``2026``, ``2026-11``, ``2026-11-27``, ``2026-11-27T08:00:00+01:00``)
    → its calendar date as written; partial dates take the first day."""
    if not isinstance(value, str) or len(value) < 4:
        return None
    text = value[:10]
    try:
        if len(text) == 4:
            return dt.date(int(text), 1, 1)
        if len(text) == 7:
            return dt.date(int(text[:4]), int(text[5:7]), 1)
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def describe(dosage: JSON) -> str:
    """A plain Danish description of a Dosage that has no text ("1 dosis aften")."""
    head: list[str] = []
    quantity = _dose_quantity(dosage)
    if quantity is not None:
        value = _number(quantity.get("value")) or 0.0
        head.append(f"{number_da(value)} {unit_da(quantity, plural=value > 1)}".strip())
    timing = dosage.get("timing")
    slots = daily_slots(timing)
    if slots is not None:
        head.append(" og ".join(SLOT_NAMES_DA[s] for s in sorted(slots)))
    elif isinstance(timing, dict) and isinstance(timing.get("repeat"), dict):
        repeat = timing["repeat"]
        frequency = _number(repeat.get("frequency")) or 1.0
        period = _number(repeat.get("period"))
        if period is not None:
            per = _period_da({"value": period, "code": repeat.get("periodUnit")})
            head.append(f"{number_da(frequency)} gang{'e' if frequency != 1 else ''} pr. {per}")
    parts = [" ".join(head)] if head else []
    if _is_as_needed(dosage):
        reason = concept_text(dosage.get("asNeededCodeableConcept"))
        parts.append(f"efter behov{' ved ' + reason.lower() if reason else ''}")
    maximum = max_text(dosage)
    if maximum:
        parts.append(maximum)
    return ", ".join(parts) if parts else "Dosering ikke angivet"
