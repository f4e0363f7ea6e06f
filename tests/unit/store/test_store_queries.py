"""Every query the screens and papers use, on the hand-made dataset of conftest."""

from __future__ import annotations

import datetime as dt

from store_support import TODAY, TOMORROW

from continuity_app.domain.models import Category, Fuel
from continuity_app.domain.rules import Reason
from continuity_app.store import Store


def test_counts_per_dataset_in_spec_order(store: Store) -> None:
    assert list(store.counts()) == [
        "units",
        "citizens",
        "relatives",
        "medications",
        "routes",
        "visits",
        "vehicles",
        "fuel_stocks",
        "contacts",
        "staff",
    ]
    assert store.counts()["medications"] == 8


def test_citizens_in_danish_order(store: Store) -> None:
    # æ ø å after z; "aa" is å; "Berg" before "Bergen".
    assert [c.last_name for c in store.citizens()] == [
        "Andersen",
        "Berg",
        "Bergen",
        "Sønderskov",
        "Zimmermann",
        "Æbelø",
        "Østergaard",
        "Aagaard",
    ]


def test_citizens_of_one_unit(store: Store) -> None:
    assert [c.citizen_id for c in store.citizens("U2")] == ["C5", "C3"]
    assert store.citizens("U3") == []


def test_citizen_with_everything(store: Store) -> None:
    record = store.citizen("C1", today=TODAY)
    assert record is not None
    assert record.citizen.full_name == "Åse Sønderskov"
    assert record.citizen.key_info == "Nøgleboks 4711 ved bagdør"
    assert record.unit is not None and record.unit.name == "Hjemmeplejen Vest"
    assert [r.name for r in record.relatives] == ["Mette Sønderskov", "Per Sønderskov"]  # primary first
    assert record.primary_relative is not None and record.primary_relative.phone == "30 44 55 66"
    assert record.vulnerability.reasons == (Reason.POWER_DEPENDENT,)
    assert record.vulnerability.equipment == ("ilt", "el-seng")
    assert record.vulnerability.day_priority == 1
    assert [(r.route_id, v.visit_id) for r, v in record.visits] == [("R1", "V1"), ("R2", "V4"), ("R3", "V5")]
    tomorrow = store.citizen("C1", today=TOMORROW)
    assert tomorrow is not None and [v.visit_id for _, v in tomorrow.visits] == ["V5"]  # upcoming only


def test_citizen_medications_active_first_then_regular_time_critical_first(store: Store) -> None:
    record = store.citizen("C1", today=TODAY)
    assert record is not None
    # Active: Insulin (time-critical), Panodil, then as-needed Morfin; not yet started:
    # Prednisolon; ended: Eliquis (time-critical), Furix.
    assert [m.drug for m in record.medications] == [
        "Insulin NovoRapid",
        "Panodil",
        "Morfin",
        "Eliquis",
        "Furix",
        "Prednisolon",
    ]
    assert [m.drug for m in record.active_medications] == ["Insulin NovoRapid", "Panodil", "Morfin"]
    assert record.medications[0].time_critical
    assert not record.is_active(record.medications[3])


def test_medications_use_the_same_order(store: Store) -> None:
    assert [m.medication_id for m in store.medications("C1", today=TODAY)] == [
        "M2",
        "M1",
        "M3",
        "M5",
        "M4",
        "M8",
    ]
    # Tomorrow the tapering prednisolon has started.
    assert [m.medication_id for m in store.medications("C1", today=TOMORROW)][:3] == ["M2", "M1", "M8"]
    assert store.medications("C4") == []


def test_unknown_citizen(store: Store) -> None:
    assert store.citizen("nobody") is None


def test_units_in_danish_order_and_by_category(store: Store) -> None:
    assert [u.name for u in store.units()] == [
        "Administration Zeta",
        "Børnehuset Åen",
        "Hjemmeplejen Vest",
        "Æblehaven Plejecenter",
    ]
    assert [u.unit_id for u in store.units(Category.A)] == ["U1", "U2"]
    assert [u.unit_id for u in store.units("C")] == ["U4"]
    unit = store.unit("U1")
    assert unit is not None and unit.generator and unit.supplies_days == 3
    assert store.unit("nope") is None


def test_route_dates(store: Store) -> None:
    assert store.route_dates() == [TODAY, TOMORROW]
    assert store.route_dates("U2") == [TODAY]
    assert store.route_dates("U3") == []


def test_routes_by_date_and_unit_in_shift_order(store: Store) -> None:
    assert [r.route_id for r in store.routes(TODAY, "U1")] == ["R1", "R5", "R2"]  # dag, aften, nat
    assert [r.route_id for r in store.routes(TODAY)] == ["R1", "R5", "R2", "R4"]  # Hjemmeplejen before Æble…
    assert [r.route_id for r in store.routes(unit_id="U1")] == ["R1", "R5", "R2", "R3"]
    assert len(store.routes()) == 5
    assert store.routes(dt.date(2030, 1, 1)) == []


def test_route_visits_in_order_with_what_the_sheet_needs(store: Store) -> None:
    rows = store.route_visits("R1")
    assert [(r.visit.seq, r.citizen.citizen_id) for r in rows] == [(1, "C1"), (2, "C2"), (3, "C5")]
    first = rows[0]
    assert first.visit.two_staff and first.visit.tasks == ("bad", "medicin")
    assert first.visit.start == dt.time(7, 30) and first.visit.end == dt.time(8, 0)
    assert first.allergies == "Penicillin"
    assert first.key_info == "Nøgleboks 4711 ved bagdør"
    # Only medicines time-critical and active on the route's date: not the ended Eliquis.
    assert [m.drug for m in first.time_critical] == ["Insulin NovoRapid"]
    assert rows[1].time_critical == []
    assert [m.drug for m in rows[2].time_critical] == ["Madopar"]
    assert store.route_visits("nope") == []


def test_vulnerable_by_unit_then_day_priority_then_name(store: Store) -> None:
    rows = store.vulnerable()
    assert [(r.citizen.citizen_id, r.vulnerability.day_priority) for r in rows] == [
        ("C8", 1),  # Hjemmeplejen Vest: Berg cannot communicate -> day 1
        ("C1", 1),  # Sønderskov: power-dependent -> day 1
        ("C2", 2),  # Æbelø: meals/shopping -> day 2
        ("C3", 2),  # Æblehaven: Aagaard lives in an institution -> day 2
        ("C5", 3),  # Østergaard: no close relatives, but the export says priority 3
    ]
    by_id = {r.citizen.citizen_id: r for r in rows}
    assert by_id["C1"].vulnerability.reasons == (Reason.POWER_DEPENDENT,)
    assert by_id["C1"].vulnerability.describe_da() == "Strømafhængig (ilt, el-seng)"
    assert by_id["C1"].relative_phone == "30 44 55 66"  # the primary relative
    assert by_id["C2"].relative_phone == "40 12 12 12"  # the only one
    assert by_id["C8"].relative_phone is None
    assert by_id["C3"].vulnerability.reasons == (Reason.INSTITUTION,)
    # No residence given, but the unit is a nursing home: institution as well.
    assert by_id["C5"].vulnerability.reasons == (Reason.NO_CLOSE_RELATIVES, Reason.INSTITUTION)
    assert by_id["C3"].unit is not None and by_id["C3"].unit.unit_id == "U2"
    assert [r.citizen.citizen_id for r in store.vulnerable("U2")] == ["C3", "C5"]
    assert store.vulnerable_counts() == {"U1": 3, "U2": 2}


def test_vehicles_filtered_by_fuel_free_and_unit(store: Store) -> None:
    # By owner unit name (no owner last), then registration.
    assert [v.vehicle_id for v in store.vehicles()] == ["B4", "B1", "B3", "B2", "B5"]
    assert [v.vehicle_id for v in store.vehicles(fuel=Fuel.EL)] == ["B4", "B1"]
    assert [v.vehicle_id for v in store.vehicles(fuel=Fuel.PLUGIN_HYBRID)] == ["B5"]
    assert [v.vehicle_id for v in store.vehicles(fuel="diesel")] == ["B2"]
    assert [v.vehicle_id for v in store.vehicles(free=True)] == ["B1", "B3", "B5"]  # blank counts as free
    assert [v.vehicle_id for v in store.vehicles(free=False)] == ["B4", "B2"]
    assert [v.vehicle_id for v in store.vehicles(unit_id="U1", free=True, fuel="el")] == ["B1"]
    b2 = store.vehicles(unit_id="U2")[0]
    assert b2.fuel_level_pct == 75.5 and b2.wheelchair
    assert b2.level_read_at == dt.datetime(2026, 11, 26, 6, 0, tzinfo=dt.UTC)


def test_fuel_stocks_by_location(store: Store) -> None:
    stocks = store.fuel_stocks()
    assert [s.stock_id for s in stocks] == ["F1", "F2"]
    assert stocks[1].pump_needs_power and stocks[0].litres == 800.5


def test_contact_trees_nested_by_position_then_name_with_deputies(store: Store) -> None:
    trees = store.contact_trees()
    assert [t.tree_name for t in trees] == ["Afdeling Ø", "Krisestab"]
    crisis = store.contact_tree("T1")
    assert crisis is not None and crisis.tree_name == "Krisestab"
    (root,) = crisis.roots
    assert root.node.name == "Kommunaldirektør Dorte"
    # Position 1 (Alma before Bo by name), position 2, then no position.
    assert [c.node.node_id for c in root.children] == ["N5", "N2", "N3", "N4"]
    bo = root.children[1]
    assert bo.deputy is not None and bo.deputy.name == "Alma Stedfortræder"
    assert [c.node.node_id for c in bo.children] == ["N6"]
    assert root.deputy is None
    assert [(depth, n.node.node_id) for depth, n in crisis.walk()] == [
        (0, "N1"),
        (1, "N5"),
        (1, "N2"),
        (2, "N6"),
        (1, "N3"),
        (1, "N4"),
    ]
    assert store.contact_tree("nope") is None
