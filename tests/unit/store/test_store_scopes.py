"""Scopes: what a unit's, the crisis staff's and the central station's bundle holds."""

from __future__ import annotations

import pytest
from store_support import same_rows

from continuity_app.domain.models import Dataset
from continuity_app.errors import KnownError
from continuity_app.store import Store


def test_unit_scope_holds_its_own_citizens_and_everything_shared(store: Store, dataset: Dataset) -> None:
    with store.derive("U1") as unit:
        counts = unit.counts()
        own = {c.citizen_id for c in dataset.citizens if c.unit_id == "U1"}
        # Plus C5 of U2: route R1 of U1 visits her, and the route sheet must be complete.
        assert {c.citizen_id for c in unit.citizens()} == own | {"C5"}
        assert "C3" not in {c.citizen_id for c in unit.citizens()}
        assert {r.route_id for r in unit.routes()} == {"R1", "R2", "R3", "R5"}
        assert counts["visits"] == 6  # all but V6 of U2's route R4
        assert {
            m.citizen_id
            for m in dataset.medications
            if m.medication_id
            in {m.medication_id for c in unit.citizens() for m in unit.medications(c.citizen_id)}
        } == {"C1", "C5"}
        assert counts["relatives"] == 4  # C1's two, C2's, C5's
        # Shared with every scope: all units and fuel stocks.
        for shared in ("units", "fuel_stocks"):
            assert counts[shared] == dataset.counts()[shared]
        # Its own vehicles and the free pool, not U2's reserved B2.
        assert {v.vehicle_id for v in unit.vehicles()} == {"B1", "B3", "B4", "B5"}
        # The crisis tree it is named in (N6 is U1's); not tree T2, which names no unit.
        assert {t.tree_id for t in unit.contact_trees()} == {"T1"}
        meta = unit.meta
        assert meta.pop("carries_unit") == "U1" and "medications" in meta.pop("carries")
        assert meta.pop("carries_part") == "contacts|vehicles"
        assert meta == {"scope": "U1", "scope_name": "Hjemmeplejen Vest", "sequence": "7"}


def test_each_scope_records_what_it_carries(store: Store) -> None:
    """Screens and paper ask this before they say "none" (a cut scope is not an empty one)."""
    with store.derive("krisestab") as crisis, store.derive("U1") as unit, store.derive("alle") as everything:
        assert crisis.coverage.holds("vulnerable") and crisis.coverage.holds("vehicles")
        for kind in ("medications", "relatives", "routes", "allergies", "cpr", "citizens"):
            assert not crisis.coverage.holds(kind), kind
        assert unit.coverage.holds("medications", "U1")
        assert not unit.coverage.holds("medications", "U2")  # another unit's people
        assert unit.coverage.holds("vehicles", "U2")  # shared with every scope …
        assert unit.coverage.is_partial("vehicles")  # … but only its own and the free pool
        assert not crisis.coverage.is_partial("vehicles")
        assert everything.coverage.holds("medications", "U2")
        assert Store.from_image(crisis.image()).coverage == crisis.coverage  # it travels


def test_unit_scope_has_its_own_search_index(store: Store) -> None:
    with store.derive("U2") as unit:
        assert [h.citizen_id for h in unit.search_citizens("Aagaard")] == ["C3"]
        assert unit.search_citizens("Sønderskov") == []  # another unit's citizen
        assert unit.search_citizens("010150") == []


def test_unit_scope_survives_the_image_round_trip(store: Store) -> None:
    with store.derive("U2") as unit, Store.from_image(unit.image()) as opened:
        assert same_rows(opened.to_dataset(), unit.to_dataset())
        assert opened.meta["scope"] == "U2"
        record = opened.citizen("C3")
        assert record is not None and [m.drug for m in record.medications] == ["Alendronat"]


def test_unit_without_citizens_still_gets_the_shared_data(store: Store) -> None:
    with store.derive("U3") as unit:
        counts = unit.counts()
        assert counts["citizens"] == counts["routes"] == counts["medications"] == 0
        assert counts["units"] == 4 and counts["fuel_stocks"] == len(store.fuel_stocks())
        # The free pool (no critical function), and no contact tree: none names U3.
        assert {v.vehicle_id for v in unit.vehicles()} == {"B1", "B3", "B5"}
        assert counts["contacts"] == 0 and unit.coverage.is_partial("contacts")


def test_krisestab_holds_only_the_vulnerable_minimised(store: Store, dataset: Dataset) -> None:
    with store.derive("krisestab") as crisis:
        counts = crisis.counts()
        assert {c.citizen_id for c in crisis.citizens()} == {"C1", "C2", "C3", "C5", "C8"}
        assert counts["medications"] == counts["relatives"] == counts["routes"] == counts["visits"] == 0
        for shared in ("units", "vehicles", "fuel_stocks", "contacts"):
            assert counts[shared] == dataset.counts()[shared]
        for c in crisis.citizens():
            assert (c.cpr, c.key_info, c.allergies, c.gp_name, c.gp_phone, c.pharmacy) == ("",) * 6
            assert (c.treatment_level, c.mobility, c.notes) == ("", "", "")
        c1 = next(c for c in crisis.citizens() if c.citizen_id == "C1")
        assert (c1.full_name, c1.address, c1.postcode, c1.city) == (
            "Åse Sønderskov",
            "Vestergade 12",
            "7620",
            "Lemvig",
        )
        assert c1.phone == "+45 20 12 34 56" and c1.power_dependent == ("ilt", "el-seng")
        assert crisis.meta["scope"] == "krisestab" and crisis.meta["scope_name"] == "Krisestab"


def test_krisestab_vulnerable_list_keeps_reasons_and_priorities(store: Store) -> None:
    with store.derive("krisestab") as crisis:
        full = [(r.citizen.citizen_id, r.vulnerability) for r in store.vulnerable()]
        assert [(r.citizen.citizen_id, r.vulnerability) for r in crisis.vulnerable()] == full
        assert all(r.relative_phone is None for r in crisis.vulnerable())
        assert crisis.vulnerable_counts() == store.vulnerable_counts()
        record = crisis.citizen("C1")
        assert record is not None and record.medications == [] and record.relatives == []


def test_krisestab_search_by_name_and_phone_but_not_cpr(store: Store) -> None:
    with store.derive("krisestab") as crisis:
        assert [h.citizen_id for h in crisis.search_citizens("Søn")] == ["C1", "C3"]
        assert [h.citizen_id for h in crisis.search_citizens("20 12 34")] == ["C1"]
        assert crisis.search_citizens("010150") == []
        assert crisis.search_citizens("Zimmermann") == []  # not vulnerable: not there


def test_krisestab_image_holds_no_health_details_at_all(store: Store) -> None:
    """Not only the tables: no byte of the image (free pages, search index) holds them."""
    with store.derive("krisestab") as crisis:
        image = crisis.image()
    secrets = ["010150", "0101501234", "Penicillin", "Nøgleboks", "Insulin", "Læge Ib"]
    secrets += ["Mette Sønderskov", "fuld behandling", "Hører dårligt", "Zimmermann", "Kirkevej"]
    for secret in secrets:
        assert secret.encode() not in image, secret


def test_unit_image_holds_no_other_units_citizens(store: Store) -> None:
    with store.derive("U2") as unit:
        image = unit.image()
    for secret in ("Sønderskov", "010150", "Vestergade 12", "Penicillin", "Eliquis"):
        assert secret.encode() not in image, secret


def test_alle_holds_everything(store: Store, dataset: Dataset) -> None:
    with store.derive("alle") as everything:
        assert same_rows(everything.to_dataset(), dataset)
        assert everything.meta["scope"] == "alle"
        assert [h.citizen_id for h in everything.search_citizens("Æbelø")] == ["C2"]
    assert store.meta["scope"] == "alle" and "scope_name" not in store.meta  # the source is untouched


@pytest.mark.parametrize("scope", ["U9", "", "Krisestab", "ALLE", "U1; DROP TABLE units"])
def test_unknown_scope_is_a_known_error_naming_it(store: Store, scope: str) -> None:
    with pytest.raises(KnownError) as err:
        store.derive(scope)
    assert repr(scope) in str(err.value)
    assert store.counts()["units"] == 4


def test_derive_twice_and_from_a_derived_store(store: Store) -> None:
    with store.derive("U1") as first, store.derive("U1") as second:
        assert first.image() == second.image()
        with first.derive("krisestab") as crisis:
            assert {c.citizen_id for c in crisis.citizens()} == {"C1", "C2", "C5", "C8"}


def test_derive_leaves_the_source_as_it_was(store: Store) -> None:
    before = store.image()
    for scope in ("U1", "krisestab", "alle"):
        store.derive(scope).close()
    with pytest.raises(KnownError):
        store.derive("nope")
    # nothing left attached; the temp schema holds only the connection's own lookup
    # of which trees name which unit (scopes._index_contact_units), never in an image
    assert [row[1] for row in store.conn.execute("PRAGMA database_list")] in (["main"], ["main", "temp"])
    temp = store.conn.execute("SELECT name FROM temp.sqlite_master WHERE type = 'table'").fetchall()
    assert temp in ([], [("contact_units",)])
    assert store.image() == before


@pytest.mark.parametrize("vehicles", ["own_and_free", "own", "all", "none"])
@pytest.mark.parametrize("fuel_stocks", ["all", "none"])
def test_each_unit_gets_exactly_its_share_of_the_pool_from_the_shared_template(
    store: Store, dataset: Dataset, vehicles: str, fuel_stocks: str
) -> None:
    from continuity_app.store.coverage import UnitShare

    share = UnitShare(vehicles=vehicles, fuel_stocks=fuel_stocks)
    store.derive("U1").close()  # the default share's template is made first and kept
    for unit_id in ("U1", "U2", "U1"):  # one template serves every unit of the share
        expected = {
            "own_and_free": {
                v.vehicle_id
                for v in dataset.vehicles
                if v.owner_unit_id == unit_id or not v.critical_function.strip()
            },
            "own": {v.vehicle_id for v in dataset.vehicles if v.owner_unit_id == unit_id},
            "all": {v.vehicle_id for v in dataset.vehicles},
            "none": set(),
        }[vehicles]
        with store.derive(unit_id, share) as unit:
            assert {v.vehicle_id for v in unit.vehicles()} == expected
            assert unit.counts()["vehicles"] == len(expected)  # and each only once
            stocks = {s.stock_id for s in unit.fuel_stocks()}
            assert stocks == ({s.stock_id for s in dataset.fuel_stocks} if fuel_stocks == "all" else set())


def test_a_vehicle_without_a_critical_function_value_is_still_its_units_once(
    store: Store, dataset: Dataset
) -> None:
    own = next(v for v in dataset.vehicles if v.owner_unit_id == "U1")
    store.conn.execute("UPDATE vehicles SET critical_function = NULL WHERE vehicle_id = ?", (own.vehicle_id,))
    with store.derive("U1") as unit:
        ids = [r[0] for r in unit.conn.execute("SELECT vehicle_id FROM vehicles")]
    assert ids.count(own.vehicle_id) == 1
