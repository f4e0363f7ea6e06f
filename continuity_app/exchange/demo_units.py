"""Demo units: hjemmepleje districts, plejecentre, botilbud, and units with no citizens."""

from __future__ import annotations

import random
from dataclasses import replace

from continuity_app.domain.models import Category, Unit, UnitKind
from continuity_app.exchange.demo_common import Picker, phone
from continuity_app.exchange.demo_names import LAST_NAMES, YOUNG_FEMALE, YOUNG_MALE
from continuity_app.exchange.demo_places import (
    ADMIN_NAMES,
    COMMON_STREETS,
    DAYCARE_NAMES,
    HOME_PREFIXES,
    HOME_SUFFIXES,
    OTHER_NAMES,
    TOWN_CENTRES,
    Town,
)
from continuity_app.exchange.demo_scales import Context

DISTRICT_SUFFIXES = ("", " Nord", " Syd", " Øst", " Vest", " Midt", " By", " Land")
PLEJECENTER_NOTES = (
    "Nødstrøm til fællesarealer og medicinkøleskab",
    "Samlingssted for sårbare borgere ved længerevarende strømsvigt",
    "",
)
DAYCARE_NOTE = "Nødpasning for børn af personale i kategori A"
PREFIX = {
    UnitKind.HJEMMEPLEJE: "HP",
    UnitKind.PLEJECENTER: "PC",
    UnitKind.BOTILBUD: "BO",
    UnitKind.DAGTILBUD: "DT",
    UnitKind.ADMINISTRATION: "AD",
    UnitKind.ANDET: "AN",
}


def person_name(rng: random.Random) -> str:
    first = rng.choice(YOUNG_FEMALE if rng.random() < 0.7 else YOUNG_MALE)
    return f"{first} {rng.choice(LAST_NAMES)}"


def street_address(rng: random.Random, town: Town) -> str:
    street = rng.choice(town.streets) if rng.random() < 0.6 else rng.choice(COMMON_STREETS)
    return f"{street} {rng.randint(1, 120)}"


def _spread_towns(towns: tuple[Town, ...], n: int) -> list[Town]:
    """n towns spread by weight: a big town gets several districts, small ones share."""
    total = sum(t.weight for t in towns)
    out = []
    for i in range(n):
        target, acc = (i + 0.5) * total / n, 0.0
        for town in towns:
            acc += town.weight
            if acc >= target:
                out.append(town)
                break
    return out


def _unique(name: str, used: set[str]) -> str:
    for suffix in DISTRICT_SUFFIXES + tuple(f" {k}" for k in range(2, 1000)):
        candidate = name + suffix
        if candidate not in used:
            used.add(candidate)
            return candidate
    raise AssertionError("unreachable: 1000 name variants exhausted")


def make_units(ctx: Context) -> list[Unit]:
    rng = ctx.rng("units")
    spec = ctx.spec
    used: set[str] = set()
    units: list[Unit] = []
    counters: dict[UnitKind, int] = {}

    def add(
        kind: UnitKind,
        name: str,
        category: Category,
        town: Town,
        *,
        generator: bool = False,
        supplies_days: int | None = None,
        notes: str = "",
    ) -> None:
        counters[kind] = counters.get(kind, 0) + 1
        unit_id = f"{PREFIX[kind]}{counters[kind]:02d}"
        ctx.unit_town[unit_id] = town
        units.append(
            Unit(
                unit_id=unit_id,
                name=_unique(name, used),
                kind=kind,
                category=category,
                address=street_address(rng, town),
                postcode=town.postcode,
                city=town.city,
                phone=phone(rng, town.landline),
                manager=person_name(rng),
                manager_phone=phone(rng),
                generator=generator,
                supplies_days=supplies_days,
                notes=notes,
            )
        )

    home_name = Picker([(p + s, 1.0) for p in HOME_PREFIXES for s in HOME_SUFFIXES])
    for town in _spread_towns(ctx.towns, spec.hjemmepleje):
        add(
            UnitKind.HJEMMEPLEJE,
            f"Hjemmeplejen {town.city}",
            Category.A,
            town,
            generator=rng.random() < 0.2,
            supplies_days=3,
            notes="Kører fra plejecentret ved strømsvigt; kørelister printes kl. 6",
        )
    for town in _spread_towns(ctx.towns, spec.plejecentre):
        add(
            UnitKind.PLEJECENTER,
            f"Plejecentret {home_name.pick(rng)}",
            Category.A,
            town,
            generator=rng.random() < 0.7,
            supplies_days=rng.choice((3, 3, 5, 7)),
            notes=rng.choice(PLEJECENTER_NOTES),
        )
    for town in _spread_towns(ctx.towns, spec.botilbud):
        add(
            UnitKind.BOTILBUD,
            f"Botilbuddet {home_name.pick(rng)}",
            Category.A,
            town,
            generator=rng.random() < 0.5,
            supplies_days=3,
            notes="",
        )
    for i, town in enumerate(_spread_towns(ctx.towns, spec.other_units)):
        slot = i % 5
        if slot in (0, 3):  # dagtilbud: the first one B (children of category A staff)
            name = DAYCARE_NAMES[(i // 5) % len(DAYCARE_NAMES)] if i else DAYCARE_NAMES[0]
            category = Category.B if slot == 0 else rng.choice((Category.B, Category.C))
            add(
                UnitKind.DAGTILBUD,
                f"{name} {town.city}" if spec.other_units > 8 else name,
                category,
                town,
                supplies_days=1 if category == Category.B else None,
                notes=DAYCARE_NOTE if category == Category.B else "",
            )
        elif slot == 1:
            name = ADMIN_NAMES[(i // 5) % len(ADMIN_NAMES)]
            add(
                UnitKind.ADMINISTRATION,
                f"{name} {town.city}" if spec.other_units > 8 else name,
                Category.C,
                town,
                generator=i == 1,
                notes="",
            )
        else:
            name, cat = OTHER_NAMES[(i // 5 * 2 + slot) % len(OTHER_NAMES)]
            category = Category(cat)
            add(
                UnitKind.ANDET,
                f"{name} {town.city}" if spec.other_units > 8 else name,
                category,
                town,
                generator=category == Category.A,
                supplies_days=3 if category == Category.A else None,
                notes="",
            )
    return _with_coordinates(ctx, units)


def _with_coordinates(ctx: Context, units: list[Unit]) -> list[Unit]:
    """A point near the town centre for most units (fictitious, within about a kilometre);
    every eleventh has none, as real registers have gaps. Its own random stream, so the
    rest of the demo data does not shift."""
    rng = ctx.rng("unit-coordinates")
    out = []
    for i, unit in enumerate(units):
        centre = TOWN_CENTRES.get(unit.postcode)
        if centre is None or i % 11 == 10:
            out.append(unit)
            continue
        lat = round(centre[0] + rng.uniform(-0.008, 0.008), 5)
        lon = round(centre[1] + rng.uniform(-0.014, 0.014), 5)
        out.append(replace(unit, lat=lat, lon=lon))
    return out
