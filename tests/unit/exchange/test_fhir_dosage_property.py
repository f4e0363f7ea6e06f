"""A property of the dose text built from FHIR structure (no ``Dosage.text``): it never loses what
the structure holds — a dose (quantity or range, with its unit or "enhed ikke angivet"), a
``timeOfDay``, a ``dayOfWeek``, a ``boundsDuration``, a ``period`` of more than a day, a ``count``,
or the order of sequential periods — and the daily grid is filled only for a standing daily dose."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from continuity_app.domain.models import DoseSchedule
from continuity_app.exchange.fhir_access import El, Sink
from continuity_app.exchange.fhir_dosage import map_dosages
from continuity_app.exchange.problems import ProblemLog

DAYS_DA = {
    "mon": "mandag",
    "tue": "tirsdag",
    "wed": "onsdag",
    "thu": "torsdag",
    "fri": "fredag",
    "sat": "lørdag",
    "sun": "søndag",
}
#: unit as sent → (singular, plural) as a nurse reads it; "" is a dose without a unit.
UNITS = {
    "tablet": ("tablet", "tabletter"),
    "TAB": ("tablet", "tabletter"),
    "mg": ("mg", "mg"),
    "ml": ("ml", "ml"),
    "": ("(enhed ikke angivet)", "(enhed ikke angivet)"),
}
TIME_UNITS = {"d": ("dag", "dage"), "wk": ("uge", "uger"), "mo": ("måned", "måneder"), "h": ("time", "timer")}
DAYS_PER = {"h": 1 / 24, "d": 1, "wk": 7, "mo": 30}
NUMBERS = {0.5: "½", 1: "1", 2: "2", 2.5: "2½", 4: "4", 10: "10"}  # a dose: halves as ½


def quantity(value: float, unit: str) -> dict[str, Any]:
    return {"value": value, "unit": unit} if unit else {"value": value}


@st.composite
def dose(draw: st.DrawFn) -> dict[str, Any]:
    unit = draw(st.sampled_from(sorted(UNITS)))
    if draw(st.booleans()):
        return {"doseQuantity": quantity(draw(st.sampled_from(sorted(NUMBERS))), unit)}
    low, high = sorted(draw(st.lists(st.sampled_from(sorted(NUMBERS)), min_size=2, max_size=2, unique=True)))
    return {"doseRange": {"low": quantity(low, unit), "high": quantity(high, unit)}}


@st.composite
def repeat(draw: st.DrawFn) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if draw(st.booleans()):
        out["period"] = draw(st.sampled_from([1, 2, 3, 8]))
        out["periodUnit"] = draw(st.sampled_from(sorted(TIME_UNITS)))
        if draw(st.booleans()):
            out["frequency"] = draw(st.integers(1, 4))
    if days := draw(st.lists(st.sampled_from(sorted(DAYS_DA)), max_size=3, unique=True)):
        out["dayOfWeek"] = days
    if times := draw(
        st.lists(st.sampled_from(["07:00:00", "11:30:00", "19:00:00", "22:15:00"]), max_size=3, unique=True)
    ):
        out["timeOfDay"] = times
    if when := draw(st.lists(st.sampled_from(["MORN", "NOON", "EVE", "NIGHT"]), max_size=2, unique=True)):
        out["when"] = when
    if draw(st.booleans()):
        out["boundsDuration"] = {
            "value": draw(st.integers(2, 14)),
            "unit": draw(st.sampled_from(["d", "wk"])),
        }
    if draw(st.integers(0, 4)) == 0:
        out["count"] = draw(st.integers(1, 10))  # a number of doses: a course, not a standing dose
    return out


@st.composite
def dosage(draw: st.DrawFn) -> dict[str, Any]:
    out: dict[str, Any] = {"doseAndRate": [draw(dose())]}
    if (seq := draw(st.sampled_from([None, 1, 2, 3]))) is not None:
        out["sequence"] = seq
    if draw(st.integers(0, 5)) > 0:
        out["timing"] = {"repeat": draw(repeat())}
    if draw(st.integers(0, 5)) == 0:
        out["asNeededBoolean"] = True
    return out


def mentions_dose(text: str, d: dict[str, Any]) -> bool:
    if "doseQuantity" in d:
        q = d["doseQuantity"]
        number = NUMBERS[q["value"]]
        singular, plural = UNITS[q.get("unit", "")]
        return bool(
            re.search(rf"(?<![\d,]){re.escape(number)} ({re.escape(singular)}|{re.escape(plural)})", text)
        )
    low, high = d["doseRange"]["low"], d["doseRange"]["high"]
    singular, plural = UNITS[high.get("unit", "")]
    found = re.search(
        rf"(?<![\d,]){re.escape(NUMBERS[low['value']])}-{re.escape(NUMBERS[high['value']])} "
        rf"({re.escape(singular)}|{re.escape(plural)})",
        text,
    )
    return found is not None


def mentions_period(text: str, r: dict[str, Any]) -> bool:
    period, unit = r["period"], r["periodUnit"]
    singular, plural = TIME_UNITS[unit]
    if period == 1:
        weekly_by_days = (
            unit == "wk" and r.get("dayOfWeek") and r.get("frequency") in (None, len(r["dayOfWeek"]))
        )
        said = f"pr. {singular}" in text or f"pr. 1 {singular}" in text
        return said or bool(weekly_by_days and "hver " in text)
    return f"hver {period}. {singular}" in text or f"{period} {plural}" in text


def is_standing_daily(d: dict[str, Any]) -> bool:
    r = d.get("timing", {}).get("repeat", {})
    period_days = r["period"] * DAYS_PER[r["periodUnit"]] if "period" in r else 1
    return (
        not d.get("asNeededBoolean")
        and bool(r)
        and period_days == 1
        and "boundsDuration" not in r
        and len(r.get("dayOfWeek", ())) in (0, 7)
        and "count" not in r
    )


@settings(max_examples=400, deadline=None)
@given(dosages=st.lists(dosage(), min_size=1, max_size=3))
def test_a_built_text_keeps_everything_the_structure_says(dosages: list[dict[str, Any]]) -> None:
    log = ProblemLog()
    sink = Sink(log, "x.ndjson", 1, "MedicationRequest/mr1")
    fields = map_dosages(
        [El(d, f"MedicationRequest.dosageInstruction[{i}]", sink) for i, d in enumerate(dosages)]
    )
    assert log.errors == []
    text = fields.dose_text
    assert fields.dose_text_built
    for d in dosages:
        r = d.get("timing", {}).get("repeat", {})
        assert mentions_dose(text, d["doseAndRate"][0]), (text, d)
        for clock in r.get("timeOfDay", ()):
            assert clock[:5] in text, (text, clock)
        for day in r.get("dayOfWeek", ()):
            assert DAYS_DA[day] in text, (text, day)
        if bounds := r.get("boundsDuration"):
            singular, plural = TIME_UNITS[bounds["unit"]]
            assert f"i {bounds['value']} {plural if bounds['value'] != 1 else singular}" in text, (
                text,
                bounds,
            )
        if "period" in r and r["period"] * DAYS_PER[r["periodUnit"]] > 1:
            assert mentions_period(text, r), (text, r)
        if count := r.get("count"):
            assert f"i alt {count} gang{'' if count == 1 else 'e'}" in text, (text, count)
        if d.get("asNeededBoolean"):
            assert "efter behov" in text
    sequences = {d.get("sequence") for d in dosages}
    assert text.count(", derefter ") == len(sequences) - 1, text  # sequential periods read in order
    if any(q is not None for q in fields.grid):
        assert fields.schedule is DoseSchedule.DAILY
        assert all(is_standing_daily(d) for d in dosages if not d.get("asNeededBoolean")), (
            dosages,
            fields.grid,
        )


def test_the_property_can_fail() -> None:
    """The checks above catch a text that drops the weekday (as the old reader's did)."""
    weekly = {
        "timing": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "wk", "dayOfWeek": ["sun"]}},
        "doseAndRate": [{"doseQuantity": {"value": 4, "unit": "tablet"}}],
    }
    assert not mentions_period("4 tabletter 1 gang", weekly["timing"]["repeat"])  # type: ignore[index]
    assert "søndag" not in "4 tabletter 1 gang pr. uge"
    assert not mentions_dose("1 1 gang pr. 6 timer", {"doseQuantity": {"value": 1}})
