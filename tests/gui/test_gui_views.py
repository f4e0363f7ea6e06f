"""The views at the level a care worker uses them: search, a citizen, a route, vehicles."""

from __future__ import annotations

from typing import Any

from gui_support import TODAY, audit_entries, wait_idle
from PySide6.QtCore import Qt

from continuity_app.gui.models.base import OBJECT_ROLE


def cell_texts(model: Any, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_typing_son_finds_sonderskov_and_enter_opens_the_citizen(qtbot, window, session) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    view = window.views[window.CITIZENS]
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "Søn")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    names = cell_texts(view.model, view.model.Column.NAME)
    assert any("Sønderskov" in n for n in names)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert window.view_stack.currentIndex() == window.CITIZEN
    citizen = window.views[window.CITIZEN]
    assert citizen.name.text() == view.model.index(0, 0).data()


def test_one_search_audit_per_search_session_with_its_hits_never_the_text(qtbot, window, session) -> None:
    view = window.views[window.CITIZENS]
    shown = []
    for text in ("S", "Sø", "Søn", "Sønd"):
        view.search.setText(text)
        view.run_search()
        wait_idle(qtbot, window)
        shown.append(view.model.rowCount())
    entries = audit_entries(session.home)
    searches = [e for e in entries if e.event == "search"]
    assert len(searches) == 1
    assert searches[0].fields["count"] == shown[0] > 0  # the hits the person saw first
    assert "Sønd" not in repr(entries)
    view.search.clear()  # a new search session is a new audit event
    view.search.setText("Zzyzx")
    view.run_search()
    wait_idle(qtbot, window)
    searches = [e for e in audit_entries(session.home) if e.event == "search"]
    assert [e.fields["count"] for e in searches] == [shown[0], 0]


def test_opening_a_citizen_shows_the_allergy_in_the_red_box(qtbot, window, session) -> None:
    window.open_citizen("C000002")  # Åse Kjær: Penicillin
    wait_idle(qtbot, window)
    view = window.views[window.CITIZEN]
    assert view.name.text() == "Åse Kjær"
    assert view.allergy_box.isVisible()
    assert view.allergies.text() == "Allergier: Penicillin"
    assert "#c62828" in view.allergy_box.styleSheet()  # the red box
    window.open_citizen("C000001")  # Søren Sønderskov: a skin reaction to plaster
    wait_idle(qtbot, window)
    assert view.allergies.text() == "Allergier: Plaster – udslæt"
    window.open_citizen("C000002")
    wait_idle(qtbot, window)
    doses = cell_texts(view.medications, view.medications.Column.DOSE)
    record = session.store.citizen("C000002", today=TODAY)
    assert doses == [m.dose_text for m in record.active_medications]  # verbatim, in order
    for row, med in enumerate(record.active_medications):
        grid = [view.medications.index(row, c).data() for c in view.medications.GRID]
        if med.daily_grid is None:  # a weekly or tapering dose: no grid, the paper's reason
            from continuity_app.printing.dosing import no_grid_reason

            assert grid == [no_grid_reason(med), "", "", ""]
            assert view.med_table.columnSpan(row, view.medications.Column.MORNING) == 4
        else:
            assert all(grid) and "" not in grid
    assert view.visits.rowCount() == len([v for r, v in record.visits if (r.date - TODAY).days in (0, 1, 2)])
    opened = [e for e in audit_entries(session.home) if e.event == "citizen_opened"]
    assert [e.fields.get("citizen_id") for e in opened] == ["C000002", "C000001", "C000002"]


def test_picking_a_route_shows_its_visits_in_order_and_opens_a_citizen(qtbot, window, session) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.views[window.ROUTES]
    assert window.view_stack.currentIndex() == window.ROUTES
    assert view.date_box.currentData() == TODAY  # today by default
    assert view.date_box.currentText().startswith("I dag")
    tomorrow = view.date_box.itemData(1)
    view.date_box.setCurrentIndex(1)
    wait_idle(qtbot, window)
    aften = view.route_box.findText("Aften 1", Qt.MatchFlag.MatchStartsWith)
    view.route_box.setCurrentIndex(aften)
    wait_idle(qtbot, window)
    route_id = view.route_box.currentData()
    expected = session.store.route_visits(route_id)
    assert session.store.route(route_id).date == tomorrow
    assert [r.visit.seq for r in expected] == sorted(r.visit.seq for r in expected)
    shown = [view.model.index(r, 0).data(OBJECT_ROLE).visit.visit_id for r in range(view.model.rowCount())]
    assert shown == [r.visit.visit_id for r in expected]
    times = cell_texts(view.model, view.model.Column.TIME)
    assert times[0].startswith(expected[0].visit.start.strftime("%H:%M"))
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(1, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert window.views[window.CITIZEN].name.text() == expected[1].citizen.full_name


def test_filtering_vehicles_by_el_keeps_only_electric_ones(qtbot, window, session) -> None:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    view = window.views[window.VEHICLES]
    total = view.proxy.rowCount()
    assert total == len(session.store.vehicles())
    view.fuel_box.setCurrentIndex(view.fuel_box.findText("El"))
    fuels = cell_texts(view.proxy, view.model.Column.FUEL)
    assert fuels and set(fuels) == {"El"}
    assert len(fuels) == len(session.store.vehicles(fuel="el"))
    assert view.stocks.rowCount() == len(session.store.fuel_stocks())
    view.free_box.setCurrentIndex(view.free_box.findData(True))
    assert all(s == "Fri" for s in cell_texts(view.proxy, view.model.Column.STATUS))


def test_vulnerable_citizens_sorted_by_day_priority_and_filterable(qtbot, window, session) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = window.views[window.VULNERABLE]
    priorities = [
        view.proxy.index(r, 0).data(OBJECT_ROLE).vulnerability.day_priority
        for r in range(view.proxy.rowCount())
    ]
    assert priorities == sorted(priorities) and priorities
    view.priority_box.setCurrentIndex(view.priority_box.findData(1))
    assert all(p == "Kontakt 1. døgn" for p in cell_texts(view.proxy, 0))
    assert "Kontakt 1. døgn:" in view.legend.text()  # the priority's words are explained
    view.filter.setText("strømafhængig")
    reasons = cell_texts(view.proxy, view.model.Column.REASONS)
    assert all("Strømafhængig" in r for r in reasons)


def test_contact_trees_and_units(qtbot, window, session) -> None:
    contacts = window.views[window.CONTACTS]
    trees = session.store.contact_trees()
    assert contacts.model.rowCount() == len(trees)
    top = contacts.model.index(0, 0)
    assert top.data() == trees[0].tree_name
    assert contacts.model.rowCount(top) == len(trees[0].roots)
    units = window.views[window.UNITS]
    assert units.model.rowCount() == len(session.store.units())
    assert any(t.startswith("A") for t in cell_texts(units.model, 0))


def test_every_view_reachable_by_ctrl_number(qtbot, window) -> None:
    for number in range(1, 9):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.view_stack.currentIndex() == number - 1
        assert window.nav.currentRow() == number - 1
