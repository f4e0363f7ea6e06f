"""The route view as good as the paper: postcode, phone and key/door info of this route's
visits, the visit marked from the route with its progress, no other day shown quietly,
and in a multi-unit scope (alle, krisestab) route names with their unit and a unit picker
that routes, the vulnerable list and the emergency pack follow."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gui_support
import pytest
from gui_support import CREATED, NOW, TODAY, Installation, answer_initials, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from continuity_app.exchange.demo import generate_dataset
from continuity_app.gui.models.base import OBJECT_ROLE
from continuity_app.store import Store

# the unit picker's type-ahead popup: the offscreen platform cannot raise it or grab keys
# (one marker with every pattern: pytest-qt reads only the closest)
POPUP = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "does not support propagateSizeHints"
)


def open_window(qtbot: Any, inst: Installation, clock: Any, now: dt.datetime = NOW) -> Any:
    from continuity_app.gui.app import create_window
    from continuity_app.vault import unlock

    session = unlock(inst.home, gui_support.PASSPHRASE, now=now)
    window = create_window(
        inst.home, session=session, language="da", clock=clock, now=lambda: now, scheduled_sync=False
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    wait_idle(qtbot, window)
    answer_initials(qtbot, window)
    window.session_for_test = session
    return window


def routes_view(qtbot: Any, window: Any) -> Any:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    return window.views[window.ROUTES]


def cells(view: Any, column: int) -> list[str]:
    return [
        str(view.model.index(r, column).data() or "").replace("\u00a0", " ")
        for r in range(view.model.rowCount())
    ]


def test_the_route_shows_postcode_phone_and_key_info_of_its_own_visits(qtbot, window, session) -> None:
    view = routes_view(qtbot, window)
    column = view.model.Column
    rows = session.store.route_visits(view.route_box.currentData())
    assert rows
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in column]
    assert {"Adresse", "Telefon", "Nøgle/dør"} <= set(headers)
    addresses, phones, keys = (cells(view, c) for c in (column.ADDRESS, column.PHONE, column.KEYS))
    for row, address, phone, key in zip(rows, addresses, phones, keys, strict=True):
        c = row.citizen
        assert c.address in address and c.postcode in address
        assert phone == (c.phone or "ikke oplyst")
        assert key == c.key_info  # each visit's own door, nobody else's
    assert any(keys)


def test_a_visit_marked_from_the_route_shows_its_status_and_the_progress(qtbot, window, session) -> None:
    view = routes_view(qtbot, window)
    total = view.model.rowCount()
    assert view.progress.text() == f"0 af {total} udført"
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    done = view.outcome_buttons[0]
    assert done.isEnabled() and "Udført" in done.text()
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: view.progress.text() == f"1 af {total} udført", timeout=5_000)
    assert cells(view, view.model.Column.STATUS)[0] == "Udført"
    first = view.model.index(0, 0).data(OBJECT_ROLE).visit.visit_id
    visits = [e for e in window.journaling.controller.entries() if e.kind == "visit"]
    (entry,) = visits
    assert entry.fields["visit_id"] == first and entry.fields["outcome"] == "udført"
    # the second visit moved: the dialog asks why, Ctrl+Enter records it
    view.table.setCurrentIndex(view.model.index(1, 0))
    qtbot.mouseClick(view.outcome_buttons[2], Qt.MouseButton.LeftButton)
    dialog = window.journaling.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.text, "Borgeren er på hospitalet")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "1 flyttet" in view.progress.text(), timeout=5_000)
    assert view.progress.text() == f"1 af {total} udført · 1 flyttet"
    assert cells(view, view.model.Column.STATUS)[:2] == ["Udført", "Flyttet"]


def test_no_route_for_today_says_so_in_red_and_names_the_day_shown(qtbot, installation, clock) -> None:
    later = NOW + dt.timedelta(days=3)  # the data are three days old
    window = open_window(qtbot, installation, clock, now=later)
    try:
        view = routes_view(qtbot, window)
        shown = view.date_box.currentData()
        assert shown is not None and shown < later.date()
        assert view.day_warning.isVisible()
        text = view.day_warning.text()
        assert text.startswith("Ingen køreliste for i dag")
        from continuity_app.gui import fmt

        assert fmt.weekday_date_text(later.date()) in text
        assert fmt.weekday_date_text(shown) in text
        assert "#c62828" in view.day_warning.styleSheet()  # red
        assert not view.date_box.currentText().startswith("I dag")
    finally:
        window.close()
        window.session_for_test.lock()


def test_today_s_route_has_no_warning(qtbot, window) -> None:
    view = routes_view(qtbot, window)
    assert view.date_box.currentData() == TODAY
    assert not view.day_warning.isVisible()


# --- multi-unit scopes ----------------------------------------------------------------------
def scope_image(scope: str) -> Callable[..., bytes]:
    def make(sequence: int, created_at: dt.datetime = CREATED) -> bytes:
        data = generate_dataset("tiny", today=TODAY)
        data.citizens = [dataclasses.replace(c) for c in data.citizens]
        with Store.build(data) as full, full.derive(scope) as cut:
            cut.set_meta(
                sequence=str(sequence),
                created_at=created_at.astimezone(dt.UTC).isoformat(),
                valid_until=(created_at + dt.timedelta(days=7)).astimezone(dt.UTC).isoformat(),
            )
            return cut.image()

    return make


@pytest.fixture(params=["alle", "krisestab"])
def multi(request: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any, clock: Any) -> Any:
    monkeypatch.setattr(gui_support, "make_bundle_store", scope_image(request.param))
    inst = Installation(tmp_path)
    inst.store_generation(1)
    window = open_window(qtbot, inst, clock)
    assert window.context.scope == request.param and window.context.multi_unit
    yield window
    window.close()
    window.session_for_test.lock()


def pick_unit(qtbot: Any, window: Any, name_part: str) -> str:
    """Ctrl+U, type a part of the unit's name, Enter – as a crisis-staff member does."""
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    box = window.unit_picker.box
    assert box.hasFocus()
    qtbot.keyClicks(box.lineEdit(), name_part)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    return str(window.context.unit_id)


@POPUP
def test_the_unit_picker_drives_routes_vulnerable_and_the_emergency_pack(qtbot, multi, monkeypatch) -> None:
    window = multi
    session = window.session_for_test
    started: list[Any] = []
    monkeypatch.setattr(window.printing, "start", started.append)
    # no unit picked: the pack asks for one in Danish, never with command-line advice
    window.unit_picker.select(None)
    wait_idle(qtbot, window)
    window.print_emergency()
    box = window.findChild(QMessageBox, "unitNeeded")
    assert box is not None and "Vælg først enheden" in box.text() and "--" not in box.text()
    box.done(0)
    assert not started
    unit = pick_unit(qtbot, window, "Lemvig")
    name = window.context.unit_name(unit)
    assert "Lemvig" in name
    # the routes: that unit's only, each named with its unit
    view = routes_view(qtbot, window)
    expected = session.store.routes(date=view.date_box.currentData(), unit_id=unit)
    names = [view.route_box.itemText(i) for i in range(view.route_box.count())]
    assert len(names) == len(expected)
    if window.context.scope == "alle":
        assert names and all(n.startswith(f"{name} – ") for n in names)
        assert len(set(names)) == len(names)  # never a list of identical "Dag 1 (Dag)"
    else:  # the crisis staff's data carry no routes, and the view says so
        assert "ikke med i data" in view.route_info.text()
    # the vulnerable list follows the picker
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    vulnerable = window.views[window.VULNERABLE]
    assert vulnerable.unit_box.currentData() == unit
    shown = {
        vulnerable.proxy.index(r, 0).data(OBJECT_ROLE).citizen.unit_id
        for r in range(vulnerable.proxy.rowCount())
    }
    assert shown == {unit}
    # the emergency pack is for the picked unit
    window.print_emergency()
    (request,) = started
    assert request.unit_id == unit and name in request.title
    assert QApplication.activeModalWidget() is None


def test_route_names_carry_their_unit_when_every_unit_is_shown(qtbot, multi) -> None:
    window = multi
    if window.context.scope != "alle":
        pytest.skip("the crisis staff's data carry no routes")
    window.unit_picker.select(None)
    wait_idle(qtbot, window)
    view = routes_view(qtbot, window)
    assert view._routes and view.route_box.count() == len(view._routes)
    for i, route in enumerate(view._routes):
        assert view.route_box.itemText(i).startswith(window.context.unit_name(route.unit_id) + " – ")


def test_at_large_text_the_route_keeps_number_time_status_and_citizen_in_view(qtbot, window) -> None:
    view = routes_view(qtbot, window)
    window.resize(1000, 700)  # a narrow window at text scale 1.6: the table must scroll
    window.text_size.apply(1.6)
    try:
        qtbot.waitUntil(lambda: view.table.horizontalScrollBar().maximum() > 0, timeout=5_000)
        frozen = view.table.findChild(type(view.table), "visitTableFrozen")
        assert frozen is not None and frozen.isVisible()
        column = view.model.Column
        shown = [c for c in column if not frozen.isColumnHidden(c)]
        assert shown == [column.SEQ, column.TIME, column.STATUS, column.CITIZEN]
        view.table.horizontalScrollBar().setValue(view.table.horizontalScrollBar().maximum())
        name = frozen.visualRect(view.model.index(0, column.CITIZEN))
        assert name.right() <= frozen.width() and name.width() > 0
    finally:
        window.text_size.apply(1.0)
