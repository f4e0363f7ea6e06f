"""The store on the team's generated demo data ("tiny": every edge case the generator knows)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_support import TODAY, same_rows

from continuity_app.domain.models import ContactNode, Dataset
from continuity_app.exchange.demo import generate_dataset
from continuity_app.store import ContactTree, Store


@pytest.fixture(scope="module")
def demo() -> Dataset:
    return generate_dataset("tiny", seed=3, today=TODAY)


@pytest.fixture
def demo_store(demo: Dataset) -> Iterator[Store]:
    with Store.build(demo) as store:
        yield store


def test_every_row_survives_build_and_image(demo: Dataset, demo_store: Store) -> None:
    assert same_rows(demo_store.to_dataset(), demo)
    with Store.from_image(demo_store.image()) as opened:
        assert same_rows(opened.to_dataset(), demo)


def test_soenderskov_and_penicillin(demo: Dataset, demo_store: Store) -> None:
    hits = demo_store.search_citizens("Søn")
    assert any(h.name.endswith("Sønderskov") for h in hits)
    allergic = next(c for c in demo.citizens if "Penicillin" in c.allergies)
    record = demo_store.citizen(allergic.citizen_id, today=TODAY)
    assert record is not None and "Penicillin" in record.citizen.allergies


def test_every_citizen_is_found_by_full_name_and_cpr(demo: Dataset, demo_store: Store) -> None:
    for c in demo.citizens:
        found = {h.citizen_id for h in demo_store.search_citizens(f"{c.first_name} {c.last_name}")}
        assert c.citizen_id in found, c.citizen_id
        if c.cpr:
            assert c.citizen_id in {h.citizen_id for h in demo_store.search_citizens(c.cpr)}


def test_unit_scopes_are_complete_and_separate(demo: Dataset, demo_store: Store) -> None:
    own_total = 0
    for unit in demo.units:
        with demo_store.derive(unit.unit_id) as scoped:
            citizens = {c.citizen_id: c for c in scoped.citizens()}
            own = {cid for cid, c in citizens.items() if c.unit_id == unit.unit_id}
            own_total += len(own)
            visited = set()
            for route in scoped.routes():
                assert route.unit_id == unit.unit_id
                rows = scoped.route_visits(route.route_id)
                assert len(rows) == sum(1 for v in demo.visits if v.route_id == route.route_id)
                visited |= {r.citizen.citizen_id for r in rows}
            # Nobody from another unit unless one of this unit's routes visits them.
            assert set(citizens) == own | visited
            assert scoped.counts()["units"] == len(demo.units)
            # Its own vehicles and the free pool; no other unit's staff in its contacts.
            assert {v.vehicle_id for v in scoped.vehicles()} == {
                v.vehicle_id for v in demo.vehicles if v.owner_unit_id == unit.unit_id or v.is_free
            }
            others = {n.unit_id for t in scoped.contact_trees() for n in _nodes(t)} - {"", unit.unit_id}
            assert others <= {
                n.unit_id for n in demo.contacts if n.node_id in _deputies_and_chiefs(demo, unit.unit_id)
            }
            assert scoped.counts()["fuel_stocks"] == len(demo.fuel_stocks)
    assert own_total == len(demo.citizens)


def _nodes(tree: ContactTree) -> list[ContactNode]:
    out: list[ContactNode] = []
    stack = list(tree.roots)
    while stack:
        item = stack.pop()
        out.append(item.node)
        stack += item.children
    return out


def _deputies_and_chiefs(demo: Dataset, unit_id: str) -> set[str]:
    """Node ids a unit may see of other units: its nodes' deputies and those above them."""
    by_id = {(n.tree_id, n.node_id): n for n in demo.contacts}
    own = [n for n in demo.contacts if n.unit_id in (unit_id, "")]
    seen: set[str] = set()
    for node in own:
        for start in (node.node_id, node.deputy_node_id):
            key = (node.tree_id, start)
            while key in by_id:
                seen.add(key[1])
                key = (node.tree_id, by_id[key].parent_id)
    return seen


def test_krisestab_image_holds_no_cpr_and_no_medicine(demo: Dataset, demo_store: Store) -> None:
    with demo_store.derive("krisestab") as crisis:
        image = crisis.image()
        assert {c.citizen_id for c in crisis.citizens()} == {
            r.citizen.citizen_id for r in demo_store.vulnerable()
        }
    for c in demo.citizens:
        if c.cpr:
            assert c.cpr.encode() not in image
    for m in demo.medications:
        assert m.dose_text.encode() not in image


def test_queries_answer_on_demo_data(demo: Dataset, demo_store: Store) -> None:
    dates = demo_store.route_dates()
    assert dates[0] == TODAY and len(dates) == 3
    assert demo_store.vulnerable()
    trees = demo_store.contact_trees()
    assert sum(len(t.walk()) for t in trees) == len(demo.contacts)  # every node placed once
    for c in demo.citizens:
        record = demo_store.citizen(c.citizen_id, today=TODAY)
        assert record is not None
        assert len(record.medications) == sum(1 for m in demo.medications if m.citizen_id == c.citizen_id)
