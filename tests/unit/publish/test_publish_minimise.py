"""A unit's bundle carries what the unit needs: its own trees and its place in the crisis
tree, its own vehicles and the free pool; never another unit's staff and their numbers."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from publish_helpers import PASSPHRASE, T0
from publish_support import Setup
from test_publish_build import open_scope, publish

from continuity_app.errors import KnownError
from continuity_app.publish import build
from continuity_app.store import Store


def _numbers(store: Store) -> set[str]:
    found: set[str] = set()
    rows = store.conn.execute("SELECT mobile, landline FROM contacts").fetchall()
    for mobile, landline in rows:
        found |= {mobile.replace(" ", ""), landline.replace(" ", "")} - {""}
    return found  # as dialled: the store keeps numbers grouped in pairs


def _scopes_file(s: Setup, **share: str) -> None:
    doc = json.loads(s.home.scopes.read_text())
    doc["unit_share"] = share
    s.home.scopes.write_text(json.dumps(doc))


def test_a_unit_sees_its_own_staff_and_its_chain_of_command_but_not_another_units(
    enrolled: Setup,
) -> None:
    publish(enrolled)
    with open_scope(enrolled, "hp-nord", "dev-hp-nord") as store:
        trees = {t.tree_id: t for t in store.contact_trees()}
        assert set(trees) == {"t1", "t2"}  # the crisis tree it is named in, and its own
        nodes = {r[0] for r in store.conn.execute("SELECT node_id FROM contacts WHERE tree_id = 't1'")}
        assert nodes == {"n1", "n2"}  # the director above it, itself; not Egebo's leader
        numbers = _numbers(store)
        assert {"99999999", "90909090", "92929292"} <= numbers
        assert not numbers & {"91919191", "93939393"}  # Egebo's leader and staff
        assert store.coverage.is_partial("contacts") and store.coverage.is_partial("vehicles")
        assert not store.coverage.is_partial("fuel_stocks")
        assert len(store.fuel_stocks()) == 1


def test_krisestab_and_alle_still_carry_every_tree_and_vehicle(enrolled: Setup) -> None:
    publish(enrolled)
    for scope in ("krisestab", "alle"):
        with open_scope(enrolled, scope, f"dev-{scope}") as store:
            assert len(store.vehicles()) == 2
            assert {t.tree_id for t in store.contact_trees()} == {"t1", "t2", "t3"}
            assert {"91919191", "93939393", "92929292"} <= _numbers(store)
            assert not store.coverage.is_partial("contacts")


def test_the_publishers_scopes_can_give_units_everything(enrolled: Setup) -> None:
    _scopes_file(enrolled, vehicles="all", contacts="all")
    publish(enrolled)
    with open_scope(enrolled, "hp-nord", "dev-hp-nord") as store:
        assert len(store.vehicles()) == 2
        assert "93939393" in _numbers(store)
        assert not store.coverage.is_partial("contacts")
        assert not store.coverage.is_partial("vehicles")


def test_a_unit_can_be_given_no_vehicles_and_its_data_says_so(enrolled: Setup) -> None:
    _scopes_file(enrolled, vehicles="none", fuel_stocks="none")
    publish(enrolled)
    with open_scope(enrolled, "hp-nord", "dev-hp-nord") as store:
        assert store.vehicles() == [] and store.fuel_stocks() == []
        assert not store.coverage.holds("vehicles")  # "not carried", not "there are none"
        assert not store.coverage.holds("fuel_stocks")


@pytest.mark.parametrize("share", [{"vehicles": "some"}, {"cars": "all"}])
def test_a_wrong_unit_share_names_the_file_and_the_choices(
    enrolled: Setup, share: dict[str, str], tmp_path: Path
) -> None:
    _scopes_file(enrolled, **share)
    with pytest.raises(KnownError) as caught:
        build(enrolled.home.root, enrolled.exports, tmp_path / "out", passphrase=PASSPHRASE, now=T0)
    assert "scopes.json" in str(caught.value) and "unit_share" in str(caught.value)


def test_publishing_in_worker_processes_gives_the_same_bundles_contents(
    enrolled: Setup, tmp_path: Path
) -> None:
    here = build(
        enrolled.home.root, enrolled.exports, tmp_path / "one", passphrase=PASSPHRASE, now=T0, workers=1
    )
    there = build(
        enrolled.home.root, enrolled.exports, enrolled.out, passphrase=PASSPHRASE, now=T0, workers=2
    )
    assert sorted((r.scope, dict(r.counts)) for r in here.published) == sorted(
        (r.scope, dict(r.counts)) for r in there.published
    )
    with open_scope(enrolled, "hp-nord", "dev-hp-nord") as store:
        assert sorted(c.citizen_id for c in store.citizens()) == ["c1", "c2"]
        assert store.meta["scope"] == "hp-nord"
        # the workers' copy of the store has no search index: each scope fills its own
        assert [hit.citizen_id for hit in store.search_citizens("Testesen")] == ["c1"]
    # alle, sealed beside the workers from the store itself, as the one process derives it
    one = dataclasses.replace(enrolled, out=tmp_path / "one")

    def contents(setup: Setup) -> tuple[dict[str, str], list[tuple[object, ...]]]:
        with open_scope(setup, "alle", "dev-alle") as store:
            rows = store.conn.execute("SELECT * FROM citizens ORDER BY rowid").fetchall()
            meta = store.meta
            del meta["sequence"]  # each build reserves its own
            return meta, rows

    assert contents(one) == contents(enrolled)
    with open_scope(enrolled, "alle", "dev-alle") as store:  # its search index is filled
        assert [hit.citizen_id for hit in store.search_citizens("Testesen")] == ["c1"]
