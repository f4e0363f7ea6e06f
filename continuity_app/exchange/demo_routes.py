"""Demo routes (kørelister) for today and the next two days: dag, aften and nat, visits in order."""

from __future__ import annotations

import datetime as dt
import random

from continuity_app.domain.models import Route, Shift, Unit, UnitKind, Visit
from continuity_app.exchange.demo_common import Picker, split
from continuity_app.exchange.demo_scales import DAYS, Context
from continuity_app.exchange.demo_units import person_name

# Shift windows in minutes after midnight of the route's date. The night route
# covers the small hours of that date, so times within a route always increase.
WINDOW = {
    Shift.DAG: (7 * 60, 14 * 60 + 30),
    Shift.AFTEN: (15 * 60, 22 * 60 + 30),
    Shift.NAT: (30, 6 * 60 + 30),
}
LOAD = {Shift.DAG: 1.0, Shift.AFTEN: 0.7, Shift.NAT: 0.3}
TASKS = {
    Shift.DAG: Picker(
        [
            ("Personlig hygiejne", 30),
            ("Morgenmad", 20),
            ("Bad", 8),
            ("Støttestrømper", 8),
            ("Sårpleje", 5),
            ("Blodsukkermåling", 4),
            ("Tilsyn", 10),
            ("Øjendråber", 4),
            ("Kateterpleje", 2),
            ("Forflytning med lift", 3),
        ]
    ),
    Shift.AFTEN: Picker(
        [
            ("Aftensmad", 30),
            ("Aftenhygiejne", 20),
            ("Hjælp i seng", 20),
            ("Tilsyn", 15),
            ("Støttestrømper af", 8),
            ("Øjendråber", 4),
        ]
    ),
    Shift.NAT: Picker(
        [("Tilsyn", 35), ("Vending", 20), ("Toiletbesøg", 20), ("Bleskift", 10), ("Tryghedsbesøg", 15)]
    ),
}
VISIT_NOTES = Picker(
    [
        ("", 88),
        ("Ring på 2 gange – borger hører dårligt", 2),
        ("Hund – hold den i køkkenet", 2),
        ("Kommer hjem fra sygehuset i dag – observér", 1),
        ("Tjek køleskab for gammel mad", 2),
        ('Borger ønsker "ingen mandlig hjælper"', 1),
        ("Husk at låse bagdøren; nøgle retur i boks", 2),
        ("Pårørende til stede kl. 10–11", 2),
    ]
)
MIDDAY = Picker(
    [
        ("Frokost", 30),
        ("Tilsyn", 20),
        ("Rengøring", 10),
        ("Indkøb", 8),
        ("Sårpleje", 8),
        ("Toiletbesøg", 10),
        ("Forflytning med lift", 4),
        ("Blodsukkermåling", 4),
    ]
)
SHIFT_NAME = {Shift.DAG: "Dag", Shift.AFTEN: "Aften", Shift.NAT: "Nat"}


def _shift_counts(routes: int) -> list[Shift]:
    nat = max(1, round(routes * 0.15))
    aften = max(1, round(routes * 0.3))
    dag = max(1, routes - nat - aften)
    return [Shift.DAG] * dag + [Shift.AFTEN] * aften + [Shift.NAT] * nat


def make_routes(
    ctx: Context, units: list[Unit], unit_vehicles: dict[str, list[str]]
) -> tuple[list[Route], list[Visit]]:
    rng = ctx.rng("routes")
    home_units = [u for u in units if u.kind is UnitKind.HJEMMEPLEJE]
    per_unit = split(ctx.spec.routes_per_day, [len(ctx.unit_home_citizens[u.unit_id]) for u in home_units])
    # Plan every route first, then share the scale's visit total out by shift load.
    plan: list[tuple[dt.date, Unit, Shift, int]] = []
    for day in range(DAYS):
        date = ctx.today + dt.timedelta(days=day)
        for unit, n_routes in zip(home_units, per_unit, strict=True):
            seen: dict[Shift, int] = {}
            for shift in _shift_counts(n_routes):
                seen[shift] = seen.get(shift, 0) + 1
                plan.append((date, unit, shift, seen[shift]))
    sizes = split(ctx.spec.visits, [LOAD[shift] for _, _, shift, _ in plan])
    routes: list[Route] = []
    visits: list[Visit] = []
    on_duty: dict[tuple[dt.date, str], list[str]] = {}
    pools: dict[tuple[dt.date, str, Shift], list[str]] = {}
    for (date, unit, shift, k), size in zip(plan, sizes, strict=True):
        route_id = f"R{date:%y%m%d}-{unit.unit_id}-{SHIFT_NAME[shift][0]}{k}"
        cars = unit_vehicles.get(unit.unit_id, [])
        vehicle = cars[(k - 1) % len(cars)] if cars and rng.random() > 0.05 else ""
        free = on_duty.get((date, unit.unit_id))
        if not free:  # a new day (or everyone has a route): the unit's staff, shuffled
            free = list(ctx.unit_staff.get(unit.unit_id, ())) or [person_name(rng)]
            rng.shuffle(free)
            on_duty[(date, unit.unit_id)] = free
        staff = free.pop()
        routes.append(
            Route(
                route_id=route_id,
                date=date,
                unit_id=unit.unit_id,
                name=f"{SHIFT_NAME[shift]} {k}",
                shift=shift,
                staff=staff,
                vehicle_id=vehicle,
            )
        )
        chosen = _take(rng, pools, (date, unit.unit_id, shift), ctx.unit_home_citizens[unit.unit_id], size)
        visits.extend(_visits(ctx, rng, route_id, shift, chosen, len(visits)))
    return routes, visits


def _take(
    rng: random.Random,
    pools: dict[tuple[dt.date, str, Shift], list[str]],
    key: tuple[dt.date, str, Shift],
    people: list[str],
    size: int,
) -> list[str]:
    """``size`` citizens for one route: routes of the same shift share nobody while they can."""
    pool = pools.get(key)
    if pool is None or len(pool) < size:  # first route of the shift, or everyone has a visit
        pool = pools[key] = rng.sample(people, len(people))
    chosen = pool[-size:] if size else []
    del pool[len(pool) - len(chosen) :]
    return chosen


def _visits(
    ctx: Context, rng: random.Random, route_id: str, shift: Shift, citizens: list[str], offset: int
) -> list[Visit]:
    start_w, end_w = WINDOW[shift]
    if not citizens:
        return []
    slot = (end_w - start_w) // len(citizens)
    out = []
    for i, citizen_id in enumerate(citizens):
        duration = min(rng.choice((10, 15, 15, 20, 25, 30, 45)), max(5, slot - 3))
        start = start_w + i * slot + rng.randint(0, max(0, slot - duration - 2))
        picker = MIDDAY if shift is Shift.DAG and start >= 10 * 60 + 30 else TASKS[shift]
        tasks = list(dict.fromkeys(picker.many(rng, rng.choice((1, 2, 2, 3)))))
        if citizen_id in ctx.time_critical_citizens and shift is not Shift.NAT:
            tasks.insert(0, "Medicingivning")
        two_staff = citizen_id in ctx.lift_citizens or rng.random() < 0.04
        note = VISIT_NOTES.pick(rng)
        if two_staff and not note:
            note = "Dobbeltbesøg – makker mødes ved døren"
        out.append(
            Visit(
                visit_id=f"V{offset + i + 1:07d}",
                route_id=route_id,
                seq=i + 1,
                start=dt.time(start // 60, start % 60),
                end=dt.time((start + duration) // 60, (start + duration) % 60),
                citizen_id=citizen_id,
                tasks=tuple(tasks),
                two_staff=two_staff,
                note=note,
            )
        )
    return out
