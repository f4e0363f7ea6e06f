"""Common Danish medicines with real-looking FMK dosage texts, for the demo data.

The catalogue is data, in ``resources/demo/drugs.json`` (one drug per line); this
module reads it once. Each drug carries a few dosages. ``grid`` is the daily grid
(morning, noon, evening, night); ``None`` when the dosage is not daily (weekly, every
third day, tapering): then the text alone says what to give, as in FMK.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from continuity_app.paths import resources_dir

Grid = tuple[float | None, float | None, float | None, float | None]


@dataclass(frozen=True, slots=True)
class Dose:
    text: str
    grid: Grid | None
    unit: str = "stk"
    as_needed: bool = False
    as_needed_max: str = ""
    clock_times: tuple[str, ...] = ()  # exact times, for doses given at a time (Parkinson)


@dataclass(frozen=True, slots=True)
class Drug:
    drug: str
    ingredient: str
    atc: str
    strength: str
    form: str
    route: str
    indication: str
    weight: int  # how often citizens get it
    doses: tuple[Dose, ...]
    time_critical: bool = False
    group: str = ""  # at most one drug per group per citizen (e.g. one anticoagulant)
    by_staff: bool = False  # given by staff whatever the dispensing (insulin, patches, drops)


def _dose(item: dict[str, Any]) -> Dose:
    grid = item.get("grid")
    return Dose(
        item["text"],
        None if grid is None else (grid[0], grid[1], grid[2], grid[3]),
        item.get("unit", "stk"),
        item.get("as_needed", False),
        item.get("as_needed_max", ""),
        tuple(item.get("clock_times", ())),
    )


def _drug(item: dict[str, Any]) -> Drug:
    return Drug(
        item["drug"],
        item["ingredient"],
        item["atc"],
        item["strength"],
        item["form"],
        item["route"],
        item["indication"],
        item["weight"],
        tuple(_dose(d) for d in item["doses"]),
        item.get("time_critical", False),
        item.get("group", ""),
        item.get("by_staff", False),
    )


def _catalogue() -> tuple[Drug, ...]:
    text = (resources_dir() / "demo" / "drugs.json").read_text(encoding="utf-8")
    return tuple(_drug(item) for item in json.loads(text)["drugs"])


DRUGS: tuple[Drug, ...] = _catalogue()

#: Drugs whose dosage text must appear in every scale (the edge cases of the issue).
EDGE_DRUGS = (
    "NovoRapid FlexPen",
    "Lantus SoloStar",
    "Marevan",
    "Madopar",
    "Keppra",
    'Alendronat "Teva"',
    'Methotrexat "Accord"',
    'Prednisolon "DAK"',
    'Fentanyl "Sandoz"',
    "Xalatan",
    "Spiriva Respimat",
    "Ventoline Diskus",
    'Zopiclon "Krka"',
    "Panodil",
    "OxyNorm",
)

BY_NAME = {d.drug: d for d in DRUGS}
