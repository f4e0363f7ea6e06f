"""Vehicles: the filters combine (fuel, free/reserved, wheelchair, 4×4) and where a vehicle
stands and where its keys are is read in full from the keyboard. Contact trees: the
deputy and the escalation time are beside the name, and the whole card of a person
is in the pane below the tree."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import gui_support
import pytest
from gui_support import CREATED, TODAY, UNIT, UNIT_NAME, Installation, make_window, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from continuity_app.exchange.demo import generate_dataset
from continuity_app.gui.models.base import OBJECT_ROLE
from continuity_app.store import Store

#: vehicle id → (wheelchair, four-wheel drive, free): every combination the filters meet
FLEET = {
    "BIL00001": (True, False, True),
    "BIL00002": (True, True, False),
    "BIL00003": (False, True, True),
    "BIL00004": (True, True, True),
    "BIL00005": (False, False, False),
}


def fleet_image(sequence: int, created_at: dt.datetime = CREATED) -> bytes:
    data = generate_dataset("tiny", today=TODAY)
    changed = []
    for v in data.vehicles:
        if v.vehicle_id in FLEET:
            wheelchair, awd, free = FLEET[v.vehicle_id]
            v = dataclasses.replace(
                v,
                wheelchair=wheelchair,
                four_wheel_drive=awd,
                critical_function="" if free else "Hjemmepleje",
            )
        changed.append(v)
    data.vehicles = changed
    with Store.build(data) as full, full.derive(UNIT) as unit:
        unit.set_meta(
            scope=UNIT,
            scope_name=UNIT_NAME,
            sequence=str(sequence),
            created_at=created_at.astimezone(dt.UTC).isoformat(),
            valid_until=(created_at + dt.timedelta(days=7)).astimezone(dt.UTC).isoformat(),
        )
        return unit.image()


@pytest.fixture
def fleet_window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: Any) -> Any:
    from continuity_app.vault import unlock

    monkeypatch.setattr(gui_support, "make_bundle_store", fleet_image)
    inst = Installation(tmp_path)
    inst.store_generation(1)
    session = unlock(inst.home, gui_support.PASSPHRASE, now=gui_support.NOW)
    window = make_window(qtbot, inst, clock, session)
    yield window, session
    window.close()
    session.lock()


def shown(view: Any) -> list[Any]:
    return [view.proxy.index(r, 0).data(OBJECT_ROLE) for r in range(view.proxy.rowCount())]


def test_vehicle_filters_combine(qtbot, fleet_window) -> None:
    window, session = fleet_window
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    view = window.views[window.VEHICLES]
    every = session.store.vehicles()
    assert len(shown(view)) == len(every)
    qtbot.mouseClick(view.wheelchair_box, Qt.MouseButton.LeftButton)
    wheelchair = [v.vehicle_id for v in every if v.wheelchair]
    assert {v.vehicle_id for v in shown(view)} == set(wheelchair) == {"BIL00001", "BIL00002", "BIL00004"}
    view.free_box.setCurrentIndex(view.free_box.findData(True))
    assert {v.vehicle_id for v in shown(view)} == {v.vehicle_id for v in every if v.wheelchair and v.is_free}
    assert {v.vehicle_id for v in shown(view)} == {"BIL00001", "BIL00004"}
    view.four_by_four_box.setChecked(True)  # wheelchair and 4×4 and free
    assert [v.vehicle_id for v in shown(view)] == ["BIL00004"]
    view.wheelchair_box.setChecked(False)
    view.free_box.setCurrentIndex(0)
    fuel = next(v.fuel for v in every if v.four_wheel_drive)
    view.fuel_box.setCurrentIndex(view.fuel_box.findData(fuel))  # the fuel filter, as picked
    expected = {v.vehicle_id for v in every if v.four_wheel_drive and v.fuel == fuel}
    assert {v.vehicle_id for v in shown(view)} == expected and expected
    assert view.count.text() == f"{len(expected)} af {len(every)} køretøjer vist"


def test_a_vehicle_s_location_and_keys_are_read_in_full_from_the_keyboard(qtbot, window, session) -> None:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    view = window.views[window.VEHICLES]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)  # the first vehicle
    vehicle = view.table.currentIndex().data(OBJECT_ROLE)
    assert vehicle is not None and vehicle.key_location
    assert f"Holder: {vehicle.location}" in view.detail.text()
    assert f"Nøgler: {vehicle.key_location}" in view.detail.text()
    # Tab goes from the table to the pane, where the arrow keys select the text
    focus = view.table
    for _ in range(6):
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is view.detail:
            break
    assert focus is view.detail
    assert view.detail.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_contact_deputy_and_escalation_sit_beside_the_name_and_the_card_is_whole(
    qtbot, window, session
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    view = window.views[window.CONTACTS]
    column = view.model.Column
    header = view.tree.header()
    area = view.tree.viewport().width()
    for c in (column.NAME, column.DEPUTY, column.ESCALATE):
        assert header.sectionViewportPosition(c) + header.sectionSize(c) <= area, c.name
    # walk down the tree, as a keyboard user does, to the first person with a deputy
    tree = view.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    target = None
    for _ in range(300):
        obj = tree.currentIndex().data(OBJECT_ROLE)
        if getattr(obj, "deputy", None) is not None and obj.node.escalate_after_min is not None:
            target = obj
            break
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert target is not None
    text = view.detail.text()
    assert target.node.name in text
    assert f"Stedfortræder: {target.deputy.name}" in text
    assert f"Eskalér efter: {target.node.escalate_after_min} min" in text
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Enter puts the keyboard in the card
    assert view.detail.hasFocus()
