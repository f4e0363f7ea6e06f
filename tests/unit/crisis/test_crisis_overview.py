"""Overblik: per-unit numbers against the store, the krisestab counts, water, free vehicles."""

from __future__ import annotations

import datetime as dt

from crisis_support import CREATED, dataset, entry

from continuity_app.crisis.overview import overview_of, sorted_lines
from continuity_app.crisis.vehicles import assigned_ids, board
from continuity_app.store import Store


def _alle() -> Store:
    return Store.build(dataset(), meta={"scope": "alle", "created_at": CREATED.isoformat()})


def test_counts_per_unit_sum_to_the_stores_citizens() -> None:
    with _alle() as store:
        ov = overview_of(store)
        lines = {line.unit.unit_id: line for line in ov.lines}
        assert (
            sum(line.counts.citizens for line in ov.lines if line.counts)
            == store.counts()["citizens"]
            == ov.totals.citizens
            == 16
        )
        assert ov.totals.vulnerable == sum(store.vulnerable_counts().values())
        pc = lines["PC1"].counts
        assert pc is not None and (pc.citizens, pc.residents, pc.vulnerable) == (6, 6, 6)
        assert pc.by_reason == {"power_dependent": 1, "institution": 6}
        assert pc.by_day == (1, 5, 0)  # oxygen: day 1; the other residents day 2
        hp = lines["HP1"].counts
        assert hp is not None and (hp.citizens, hp.residents, hp.vulnerable) == (10, 0, 3)
        assert lines["AD1"].counts is not None and lines["AD1"].counts.citizens == 0
        assert lines["PC1"].water_litres == 6 * 3 * 3 and ov.water_litres == 16 * 9
        assert ov.data_as_of == CREATED and ov.counts_complete


def test_category_a_first_then_b_then_c_and_other_orders() -> None:
    with _alle() as store:
        ov = overview_of(store)
    assert [line.unit.unit_id for line in ov.lines] == ["HP1", "PC1", "DT1", "AD1"]
    assert [line.unit.unit_id for line in sorted_lines(ov.lines, "citizens")][:2] == ["HP1", "PC1"]


def test_krisestab_holds_only_the_vulnerable_but_the_counts_are_whole() -> None:
    with _alle() as full, full.derive("krisestab") as kris:
        assert kris.counts()["citizens"] == 9  # only the vulnerable
        assert "unit_counts" in kris.meta
        ov = overview_of(kris)
        whole = overview_of(full)
    assert [(line.unit.unit_id, line.counts) for line in ov.lines] == [
        (line.unit.unit_id, line.counts) for line in whole.lines
    ]
    assert ov.totals.citizens == 16


def test_a_units_laptop_vouches_for_its_own_unit_only() -> None:
    with _alle() as full, full.derive("HP1") as unit:
        ov = overview_of(unit)
    lines = {line.unit.unit_id: line for line in ov.lines}
    assert lines["HP1"].counts is not None and lines["HP1"].counts.citizens == 10
    assert lines["PC1"].counts is None and lines["PC1"].water_litres is None
    assert not ov.counts_complete


def test_free_vehicles_by_fuel_with_range_and_the_vehicle_board() -> None:
    now = CREATED + dt.timedelta(hours=4)
    with _alle() as store:
        ov = overview_of(store)
        hp = next(line for line in ov.lines if line.unit.unit_id == "HP1")
        assert [(f.fuel, f.vehicles, f.range_km) for f in hp.free_vehicles] == [("el", 2, 500)]
        pc = next(line for line in ov.lines if line.unit.unit_id == "PC1")
        assert [(f.fuel, f.vehicles, f.range_unknown) for f in pc.free_vehicles] == [("diesel", 1, 1)]
        entries = [
            entry(
                "vehicle",
                CREATED + dt.timedelta(hours=1),
                vehicle_id="v1",
                task="Vand til Solgården",
                driver="Ole",
            )
        ]
        assert assigned_ids(entries, now) == {"v1"}
        ov = overview_of(store, assigned=assigned_ids(entries, now))
        hp = next(line for line in ov.lines if line.unit.unit_id == "HP1")
        assert [(f.fuel, f.vehicles, f.range_km) for f in hp.free_vehicles] == [("el", 1, 300)]
        assert (ov.assigned_vehicles, ov.reserved_vehicles) == (1, 1)
        back = CREATED + dt.timedelta(hours=3)
        released = [
            *entries,
            entry(
                "vehicle",
                back,
                vehicle_id="v1",
                task="Vand til Solgården",
                driver="Ole",
                until=back.isoformat(),
                km=42,
            ),
        ]
        assert assigned_ids(released, now) == frozenset()
        lines = {b.vehicle.vehicle_id: b.status_da for b in board(store.vehicles(), entries, now)}
    assert lines == {
        "v1": "På opgave: Vand til Solgården (Ole)",
        "v2": "LEDIG",
        "v3": "Reserveret: Madudbringning",
        "v4": "LEDIG",
    }


def test_fuel_in_stock_per_fuel_with_the_litres_behind_a_powered_pump() -> None:
    with _alle() as store:
        ov = overview_of(store)
    shares = {s.fuel: s for s in ov.stocks}
    assert (shares["diesel"].litres, shares["diesel"].litres_needing_power) == (3300, 2500)
    assert shares["benzin"].level_unknown == 1
