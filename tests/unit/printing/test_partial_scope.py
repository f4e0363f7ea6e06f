"""A unit's paper never says "no vehicles" or "no contact trees" where its data only holds part."""

from __future__ import annotations

import io

from continuity_app.printing import Stamp, render_pack
from continuity_app.store import Store
from continuity_app.store.coverage import UnitShare


def _text(store: Store, pack: str, stamp: Stamp, read_pdf) -> str:
    out = io.BytesIO()
    render_pack(store, pack, out, stamp=stamp)
    return read_pdf(out.getvalue()).whole()


def test_a_units_vehicle_list_says_it_holds_only_its_own_and_the_free(store, stamp, read_pdf):
    with store.derive("u1") as unit:
        text = _text(unit, "vehicles", stamp, read_pdf)
    assert "kun enhedens egne køretøjer og de ledige" in text
    everything = _text(store, "vehicles", stamp, read_pdf)
    assert "kun enhedens egne" not in everything


def test_a_unit_given_no_vehicles_is_not_told_there_are_none(store, stamp, read_pdf):
    with store.derive("u1", UnitShare(vehicles="none", fuel_stocks="none")) as unit:
        text = _text(unit, "vehicles", stamp, read_pdf)
    assert "Ingen køretøjer i denne enheds data" in text
    assert "Ingen brændstoflagre i denne enheds data" in text
    assert "Ingen køretøjer i data." not in text


def test_a_units_contact_trees_say_the_crisis_staff_has_the_whole_tree(store, stamp, read_pdf):
    with store.derive("u1") as unit:
        text = _text(unit, "contacts", stamp, read_pdf)
    assert "krisestaben har hele træet" in text or "krisestaben har alle træerne" in text
