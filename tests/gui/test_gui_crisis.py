"""The crisis staff's views on a real krisestab laptop, driven with the keyboard: Overblik
against the store, the vehicle board, a call-tree run that escalates to the deputy (a moved
clock) and survives a restart, the units nearby with those without coordinates apart, and a
drill whose prints and calls make the after-action report. Every pack is read back with pypdf."""

from __future__ import annotations

from typing import Any

from crisis_gui_support import *  # noqa: F403 - the fixtures (crisis_home, wall)
from crisis_gui_support import (
    CrisisHome,
    activate,
    close_preview,
    dataset,
    open_window,
    pdf_text,
    printed,
    show,
)
from gui_support import PASSPHRASE, answer_initials, answer_warning, wait_idle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from continuity_app.gui.views.registry import ViewId
from continuity_app.store import Store


def has_focus(widget: Any) -> bool:
    """Whether typing now goes into ``widget``."""
    return QApplication.focusWidget() is widget


def journal(window: Any, kind: str) -> list[Any]:
    return [e for e in window.journaling.controller.entries() if e.kind == kind]


def cells(table: Any, column: int) -> list[str]:
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_overview_sums_are_the_stores_and_it_prints(
    qtbot: Any, crisis_home: CrisisHome, wall: Any
) -> None:
    from continuity_app.gui.views.overview import OverviewModel

    session = crisis_home.unlock()
    window = open_window(qtbot, crisis_home, wall, session)
    view = show(qtbot, window, ViewId.OVERVIEW)
    with Store.build(dataset()) as full:  # what the publisher counted, every citizen
        citizens = full.counts()["citizens"]
        per_unit = {
            u: n for u, n in full.conn.execute("SELECT unit_id, count(*) FROM citizens GROUP BY unit_id")
        }
        names = {u.unit_id: u.name for u in full.units()}
    assert session.store.counts()["citizens"] < citizens  # krisestab holds the vulnerable only
    c = OverviewModel.Column
    shown = dict(zip(cells(view.table, c.UNIT), cells(view.table, c.CITIZENS), strict=True))
    assert shown == {names[u]: str(per_unit.get(u, 0)) for u in names}
    assert f"Borgere {citizens} " in view.totals.text()
    assert f"Vand til 3 døgn: {citizens * 9} liter" in view.totals.text()
    assert "Data fra i dag kl. 05:30" in view.age.text()
    header = view.table.horizontalHeader()  # sortable: a click on "Borgere" sorts by number
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(c.CITIZENS) + 5, 5),
    )
    numbers = [int(n) for n in cells(view.table, c.CITIZENS)]
    assert numbers in (sorted(numbers), sorted(numbers, reverse=True)) and len(set(numbers)) > 1
    text = pdf_text(printed(qtbot, window))
    assert "Overblik" in text and names["HP01"] in text and "liter" in text


def test_a_vehicle_is_assigned_and_released_on_the_board(
    qtbot: Any, crisis_home: CrisisHome, wall: Any
) -> None:
    from continuity_app.gui.views.vehicleboard import BoardModel

    window = open_window(qtbot, crisis_home, wall, crisis_home.unlock())
    view = show(qtbot, window, ViewId.VEHICLE_BOARD)
    free = next(line.vehicle for line in view.model.rows() if line.vehicle.is_free)
    assert "1 ledige · 0 på opgave" in view.counts.text()
    assert view.select(free.vehicle_id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)  # the table, then Opgave
    assert has_focus(view.task)
    qtbot.keyClicks(view.task, "Vand til Bakkelunden")
    qtbot.keyClick(view.task, Qt.Key.Key_Return)  # on to Chauffør
    assert has_focus(view.driver)
    qtbot.keyClicks(view.driver, "Ole Madsen")
    qtbot.keyClick(view.driver, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    (assigned,) = journal(window, "vehicle")
    assert (
        assigned.fields["vehicle_id"],
        assigned.fields["task"],
        assigned.fields["driver"],
        assigned.initials,
    ) == (free.vehicle_id, "Vand til Bakkelunden", "Ole Madsen", "KS")
    assert "0 ledige · 1 på opgave" in view.counts.text()
    row = view.selected()
    assert row is not None and row.assignment is not None
    assert view.model.display(row, BoardModel.Column.STATUS) == "På opgave"
    text = pdf_text(printed(qtbot, window))  # the vehicles pack shows the assignment
    assert "Vand til Bakkelunden" in text and "Ole Madsen" in text
    window.show_view(ViewId.OVERVIEW)  # the overview no longer counts it as free
    wait_idle(qtbot, window)
    assert "på opgave 1" in window.views[ViewId.OVERVIEW].totals.text()
    window.show_view(ViewId.VEHICLE_BOARD)
    view.select(free.vehicle_id)
    wall.advance(hours=2)
    view.km.setFocus()
    qtbot.keyClicks(view.km, "42")
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Frigiv
    qtbot.waitUntil(lambda: len(journal(window, "vehicle")) == 2, timeout=5_000)
    wait_idle(qtbot, window)
    released = journal(window, "vehicle")[-1]
    assert released.fields["km"] == "42" and released.fields["until"]
    assert "1 ledige · 0 på opgave" in view.counts.text()
    assert "Vand til Bakkelunden" not in pdf_text(printed(qtbot, window))


def test_a_view_out_of_sight_catches_up_with_the_journal_when_it_is_shown(
    qtbot: Any, crisis_home: CrisisHome, wall: Any
) -> None:
    """An entry written elsewhere (another view, a colleague's import) must not make the
    hidden vehicle board lay out all its rows again: it shows the entry when opened."""
    window = open_window(qtbot, crisis_home, wall, crisis_home.unlock())
    board = show(qtbot, window, ViewId.VEHICLE_BOARD)
    free = next(line.vehicle for line in board.model.rows() if line.vehicle.is_free)
    show(qtbot, window, ViewId.OVERVIEW)
    resets: list[int] = []
    board.model.modelReset.connect(lambda: resets.append(1))
    window.journaling.controller.add(
        "vehicle", {"vehicle_id": free.vehicle_id, "task": "Vand til Bakkelunden", "driver": "Ole Madsen"}
    )
    qtbot.waitUntil(lambda: len(journal(window, "vehicle")) == 1, timeout=5_000)
    wait_idle(qtbot, window)
    assert resets == []  # out of sight: not redrawn
    show(qtbot, window, ViewId.VEHICLE_BOARD)
    assert resets and "0 ledige · 1 på opgave" in board.counts.text()
    assert board.select(free.vehicle_id)
    row = board.selected()
    assert row is not None and row.assignment is not None


def test_a_call_run_escalates_to_the_deputy_and_survives_a_restart(
    qtbot: Any, crisis_home: CrisisHome, wall: Any
) -> None:
    window = open_window(qtbot, crisis_home, wall, crisis_home.unlock())
    view = show(qtbot, window, ViewId.CALLRUN)
    view.choose_tree("U-HP01")
    tree = view.trees["U-HP01"]
    root = tree.roots[0].node
    assert root.deputy_node_id and root.escalate_after_min == 10
    qtbot.keyClick(view.tree_box, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Start
    first = view.picked_call()
    assert first is not None and first.whom.node_id == root.node_id and not first.is_deputy
    assert first.channel == "mobil" and first.number == root.mobile
    qtbot.keyClick(view.next_table, Qt.Key.Key_F7)  # ikke nået
    wait_idle(qtbot, window)
    (call,) = journal(window, "call")
    assert (call.fields["node_id"], call.fields["result"], call.fields["run"]) == (
        root.node_id,
        "ikke nået",
        "start",
    )
    assert view.picked_call().whom.node_id == root.node_id  # try again: the landline next
    wall.advance(minutes=9)
    window.journaling.controller.timer.timeout.emit()  # the minute tick
    assert not view.picked_call().is_deputy
    wall.advance(minutes=2)
    window.journaling.controller.timer.timeout.emit()
    deputy = view.picked_call()
    assert deputy.is_deputy and deputy.whom.node_id == root.deputy_node_id
    assert deputy.for_node.node.node_id == root.node_id
    window.close()  # the app is closed and started again on the same home
    wall.advance(minutes=1)
    window = open_window(qtbot, crisis_home, wall, crisis_home.unlock(wall.now))
    view = show(qtbot, window, ViewId.CALLRUN)
    view.choose_tree("U-HP01")
    again = view.picked_call()
    assert again.is_deputy and again.whom.node_id == root.deputy_node_id
    qtbot.keyClick(view.next_table, Qt.Key.Key_F6)  # the deputy answers
    wait_idle(qtbot, window)
    states = {n.node.node_id: n for n in view.state.nodes}
    assert states[root.node_id].covered_by is not None  # the root itself is still missing
    view.nodes_table.setFocus()  # the root calls back late: logged from "Hele træet"
    qtbot.keyClick(view.nodes_table, Qt.Key.Key_Home)
    assert view.picked_node().node_id == root.node_id
    qtbot.keyClick(view.nodes_table, Qt.Key.Key_F6)
    wait_idle(qtbot, window)
    late = {n.node.node_id: n for n in view.state.nodes}[root.node_id]
    assert late.late and view.nodes_model.state_text(late) == "Nået – for sent"
    text = pdf_text(printed(qtbot, window))  # hvem mangler, at any moment
    assert "Hvem mangler" in text and "Sene svar (1)" in text and root.name in text


def test_units_nearby_nearest_first_and_those_without_coordinates_apart(
    qtbot: Any, crisis_home: CrisisHome, wall: Any
) -> None:
    from continuity_app.gui.views.nearby import UnitColumns

    window = open_window(qtbot, crisis_home, wall, crisis_home.unlock())
    view = show(qtbot, window, ViewId.NEARBY)
    assert has_focus(view.point)  # typing goes straight into the point
    qtbot.keyClicks(view.point, "56,5494 8,3100")
    qtbot.keyClick(view.point, Qt.Key.Key_Tab)
    assert has_focus(view.radius)
    view.radius.selectAll()
    qtbot.keyClicks(view.radius, "5")
    qtbot.keyClick(view.radius, Qt.Key.Key_Return)
    distances = [float(d.split()[0].replace(",", ".")) for d in cells(view.table, UnitColumns.DISTANCE)]
    assert len(distances) == 3 and distances == sorted(distances)
    assert cells(view.apart_table, UnitColumns.UNIT) == ["Rådhuset"]
    assert "Uden koordinater" in view.apart_heading.text()
    text = pdf_text(printed(qtbot, window))
    assert "Rådhuset" in text and "koordinater" in text
    view.point.lineEdit().selectAll()
    qtbot.keyClicks(view.point.lineEdit(), "Rådhuset")  # a unit that cannot be placed
    qtbot.keyClick(view.point.lineEdit(), Qt.Key.Key_Return)
    assert view.within.rowCount() == 0 and "kan ikke bruges" in view.summary.text()


def test_a_drill_times_the_prints_and_calls_and_ends_with_its_report(
    qtbot: Any, crisis_home: CrisisHome, wall: Any, tmp_path: Any
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    window = open_window(qtbot, crisis_home, wall, crisis_home.unlock())
    window.journaling.drill_action.trigger()
    wait_idle(qtbot, window)
    assert window.journaling.controller.drill_active()
    wall.advance(minutes=2)  # the drill: lock, then unlock as at the start of an outage
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert window.context.session is None
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.session is not None, timeout=30_000)
    wait_idle(qtbot, window)
    answer_initials(qtbot, window, "KS")
    activate(qtbot, window)
    wall.advance(minutes=2)
    show(qtbot, window, ViewId.OVERVIEW)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.printing.preview is not None, timeout=20_000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))  # print to file: the PDF warning first
    answer_warning(qtbot, QMessageBox.StandardButton.Save, [])
    with qtbot.waitSignal(window.printing.pack_printed, timeout=30_000):
        window.printing.preview.print_to(printer)
    wait_idle(qtbot, window)
    close_preview(qtbot, window)
    steps = [e.fields.get("text", "") for e in journal(window, "drill")]
    assert "print=overview" in steps
    view = show(qtbot, window, ViewId.CALLRUN)
    view.choose_tree("U-HP01")
    tree_name = view.trees["U-HP01"].tree_name
    qtbot.keyClick(view.tree_box, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view.next_table, Qt.Key.Key_F6)
    wait_idle(qtbot, window)
    (call,) = journal(window, "call")
    assert call.drill and "ØVELSE" in view.status.text()
    wall.advance(minutes=30)
    window.journaling.drill_action.trigger()  # end: the report opens at once
    qtbot.waitUntil(lambda: window.printing.preview is not None, timeout=20_000)
    assert not window.journaling.controller.drill_active()
    text = pdf_text(bytes(window.printing.preview._data))
    assert "Øvelsesrapport" in text
    assert "Tid til låst op 2 min 00 s" in text
    assert "Tid til første udskrift 4 min 00 s (overview)" in text
    # one of the tree's five reached at once: 20 % at 15, 30 and 60 minutes, four not reached
    assert f"{tree_name} 5 20 % 20 % 20 % 4" in text
    assert f"Ikke nået – {tree_name} (4)" in text
