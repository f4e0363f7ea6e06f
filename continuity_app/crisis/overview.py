"""Overblik: one line per unit with what a crisis staff meeting asks first, totals on top.

Water: 3 litres per person per day for three days (the board's plan), counted for
every citizen the unit cares for. Free vehicles: those not reserved for a critical
function and not assigned to a task on the vehicle board, per fuel with their total
range. Fuel stocks are not tied to a unit in the exports, so they are summed per fuel
for the whole municipality, with the litres behind a pump that needs power apart.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from continuity_app.domain.models import FuelStock, Unit, Vehicle
from continuity_app.store.crisis import UnitCounts, unit_counts
from continuity_app.store.text import sort_key

if TYPE_CHECKING:
    from continuity_app.store import Store

WATER_LITRES_PER_PERSON_DAY = 3
WATER_DAYS = 3
_CATEGORY_ORDER = {"A": 0, "B": 1, "C": 2}


@dataclass(frozen=True, slots=True)
class FleetShare:
    """Free vehicles of one fuel."""

    fuel: str
    vehicles: int
    range_km: int  # summed over the vehicles whose range is known
    range_unknown: int = 0  # vehicles without a stated range


@dataclass(frozen=True, slots=True)
class StockShare:
    """Fuel in stock of one kind."""

    fuel: str
    stocks: int
    litres: float  # summed over the stocks whose level is known
    litres_needing_power: float  # of those, behind a pump that needs power
    level_unknown: int = 0


@dataclass(frozen=True, slots=True)
class UnitLine:
    unit: Unit
    counts: UnitCounts | None  # None: this laptop's data cannot count the unit's citizens
    free_vehicles: tuple[FleetShare, ...] = ()

    @property
    def water_litres(self) -> int | None:
        return None if self.counts is None else water_litres(self.counts.citizens)

    @property
    def free_vehicle_count(self) -> int:
        return sum(f.vehicles for f in self.free_vehicles)


@dataclass(frozen=True, slots=True)
class Overview:
    lines: list[UnitLine]  # category A, B, C, none; then by name
    totals: UnitCounts  # summed over the lines whose counts are known
    counts_complete: bool  # every unit's counts are known
    units_by_category: dict[str, int]  # "A", "B", "C", "" -> units
    generators: int
    free_fleet: tuple[FleetShare, ...]
    assigned_vehicles: int  # free vehicles now out on a task (vehicle board)
    reserved_vehicles: int  # reserved for a critical function
    stocks: tuple[StockShare, ...]
    data_as_of: dt.datetime | None
    stock_list: list[FuelStock] = field(default_factory=list)

    @property
    def water_litres(self) -> int:
        return water_litres(self.totals.citizens)


def water_litres(persons: int) -> int:
    return persons * WATER_LITRES_PER_PERSON_DAY * WATER_DAYS


def fleet_shares(vehicles: Iterable[Vehicle]) -> tuple[FleetShare, ...]:
    by_fuel: dict[str, list[Vehicle]] = defaultdict(list)
    for v in vehicles:
        by_fuel[str(v.fuel)].append(v)
    return tuple(
        FleetShare(fuel, len(vs), sum(v.range_km or 0 for v in vs), sum(1 for v in vs if v.range_km is None))
        for fuel, vs in sorted(by_fuel.items())
    )


def stock_shares(stocks: Iterable[FuelStock]) -> tuple[StockShare, ...]:
    by_fuel: dict[str, list[FuelStock]] = defaultdict(list)
    for s in stocks:
        by_fuel[s.fuel.strip().lower() or "ukendt"].append(s)
    return tuple(
        StockShare(
            fuel,
            len(ss),
            sum(s.litres or 0.0 for s in ss),
            sum(s.litres or 0.0 for s in ss if s.pump_needs_power),
            sum(1 for s in ss if s.litres is None),
        )
        for fuel, ss in sorted(by_fuel.items())
    )


def _add(a: UnitCounts, b: UnitCounts) -> UnitCounts:
    reasons = dict(a.by_reason)
    for k, n in b.by_reason.items():
        reasons[k] = reasons.get(k, 0) + n
    days = (a.by_day[0] + b.by_day[0], a.by_day[1] + b.by_day[1], a.by_day[2] + b.by_day[2])
    return UnitCounts(
        a.citizens + b.citizens, a.residents + b.residents, a.vulnerable + b.vulnerable, days, reasons
    )


def unit_order(unit: Unit) -> tuple[int, str, str]:
    return (_CATEGORY_ORDER.get(str(unit.category or ""), 3), sort_key(unit.name), unit.unit_id)


def build_overview(
    units: list[Unit],
    counts: dict[str, UnitCounts] | None,
    vehicles: list[Vehicle],
    stocks: list[FuelStock],
    *,
    assigned: Collection[str] = (),
    data_as_of: dt.datetime | None = None,
) -> Overview:
    """The overview from plain rows (the store's, or a test's)."""
    free = [v for v in vehicles if v.is_free and v.vehicle_id not in assigned]
    free_by_unit: dict[str, list[Vehicle]] = defaultdict(list)
    for v in free:
        free_by_unit[v.owner_unit_id].append(v)
    lines = [
        UnitLine(
            u,
            None if counts is None else counts.get(u.unit_id),
            fleet_shares(free_by_unit.get(u.unit_id, ())),
        )
        for u in sorted(units, key=unit_order)
    ]
    totals = UnitCounts(0, 0, 0)
    for line in lines:
        if line.counts is not None:
            totals = _add(totals, line.counts)
    categories: dict[str, int] = defaultdict(int)
    for u in units:
        categories[str(u.category or "")] += 1
    return Overview(
        lines=lines,
        totals=totals,
        counts_complete=all(line.counts is not None for line in lines),
        units_by_category=dict(categories),
        generators=sum(1 for u in units if u.generator),
        free_fleet=fleet_shares(free),
        assigned_vehicles=sum(1 for v in vehicles if v.is_free and v.vehicle_id in assigned),
        reserved_vehicles=sum(1 for v in vehicles if not v.is_free),
        stocks=stock_shares(stocks),
        data_as_of=data_as_of,
        stock_list=list(stocks),
    )


def overview_of(store: Store, *, assigned: Collection[str] = ()) -> Overview:
    """The overview of what this laptop's store holds."""
    meta = store.meta
    try:
        as_of: dt.datetime | None = dt.datetime.fromisoformat(meta.get("created_at", ""))
    except ValueError:
        as_of = None
    return build_overview(
        store.units(),
        unit_counts(store.conn, meta),
        store.vehicles(),
        store.fuel_stocks(),
        assigned=assigned,
        data_as_of=as_of,
    )


SORT_KEYS: dict[str, Callable[[UnitLine], object]] = {
    "category": lambda line: unit_order(line.unit),
    "name": lambda line: (sort_key(line.unit.name), line.unit.unit_id),
    "citizens": lambda line: -(line.counts.citizens if line.counts else -1),
    "vulnerable": lambda line: -(line.counts.vulnerable if line.counts else -1),
    "day1": lambda line: -(line.counts.by_day[0] if line.counts else -1),
    "supplies": lambda line: (line.unit.supplies_days is None, line.unit.supplies_days or 0),
    "vehicles": lambda line: -line.free_vehicle_count,
}


def sorted_lines(lines: list[UnitLine], key: str) -> list[UnitLine]:
    """The lines in another order (the view's sortable columns)."""
    return sorted(lines, key=SORT_KEYS[key])  # type: ignore[arg-type]
