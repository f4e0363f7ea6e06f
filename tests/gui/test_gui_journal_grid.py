"""The 72-hour grid on the citizen's card, signed with the keyboard: the paper's rows and
boxes, a signed cell shows who and when, a second signing warns with who and when."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import test_gui_journal as journal_tests
from gui_support import TODAY, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from test_gui_journal import entries, give_initials, settle

from continuity_app.domain.models import DoseSchedule

moved, win = journal_tests.moved, journal_tests.win  # the window with a clock to move


def _citizen_with(session: Any, wanted: Any) -> tuple[str, Any]:
    store = session.store
    for c in store.citizens():
        for m in store.medications(c.citizen_id, today=TODAY):
            if wanted(m):
                return c.citizen_id, m
    pytest.skip("the tiny demo holds no such medicine")


def open_grid(qtbot: Any, win: Any, citizen_id: str) -> Any:
    win.open_citizen(citizen_id)
    settle(qtbot, win)
    card = win.views[win.CITIZEN]
    card.dose_grid.setFocus()
    return card


def goto(card: Any, medication_id: str, day: int, slot: str | None = None) -> None:
    model = card.grid_model
    for r in range(model.rowCount()):
        line = model.row_object(r)
        cell = line.cells[day]
        if line.medication.medication_id == medication_id and (slot is None or cell.slot == slot):
            card.dose_grid.setCurrentIndex(model.index(r, model.DAYS[day]))
            return
    raise AssertionError("no such row in the grid")


def cell_text(card: Any, medication_id: str, day: int) -> str:
    goto(card, medication_id, day)
    return str(card.dose_grid.currentIndex().data())


def test_a_non_daily_dose_gets_a_box_only_on_its_day_as_on_paper(qtbot: Any, win: Any, session: Any) -> None:
    from continuity_app.domain.models import WEEKDAYS

    days = [TODAY + dt.timedelta(days=i) for i in range(3)]
    citizen_id, med = _citizen_with(
        session,
        lambda m: (
            not m.as_needed
            and m.schedule is DoseSchedule.NON_DAILY
            and m.due_weekdays
            and any(WEEKDAYS[d.weekday()] not in m.due_weekdays for d in days)
        ),
    )
    give_initials(qtbot, win)
    card = open_grid(qtbot, win, citizen_id)
    for i, day in enumerate(days):
        text = cell_text(card, med.medication_id, i)
        if WEEKDAYS[day.weekday()] in med.due_weekdays:
            assert text == ""  # a box to sign
        else:
            assert text == "gives ikke denne dag"
    # the medication list says why there is no daily grid, in the paper's words
    row = card.medications.rows().index(med)
    grid_cell = card.medications.index(row, card.medications.Column.MORNING).data()
    assert "Ikke daglig dosis" in grid_cell
    header = card.grid_model.headerData(card.grid_model.DAYS[1], Qt.Orientation.Horizontal)
    assert "2. døgn" in header


def test_signing_a_dose_by_keyboard_then_again_warns_with_who_and_when(
    qtbot: Any, win: Any, session: Any
) -> None:
    from continuity_app.printing.dosing import is_daily

    citizen_id, med = _citizen_with(
        session, lambda m: not m.as_needed and is_daily(m) and m.daily_grid is not None
    )
    give_initials(qtbot, win, "kl")
    card = open_grid(qtbot, win, citizen_id)
    goto(card, med.medication_id, 0)
    slot = card.dose_grid.current()[1].slot
    qtbot.keyClick(card.dose_grid, Qt.Key.Key_G)  # one key: givet
    settle(qtbot, win)
    (given,) = entries(win, "given")
    assert (
        given.citizen_id,
        given.fields["medication_id"],
        given.fields["date"],
        given.fields["slot"],
        given.fields["outcome"],
        given.initials,
    ) == (citizen_id, med.medication_id, TODAY.isoformat(), slot, "givet", "KL")
    goto(card, med.medication_id, 0, slot)
    assert card.dose_grid.currentIndex().data() == "givet · KL 11:30"
    # the same cell again: a warning naming who signed and when; Escape keeps one entry
    card.dose_grid.setFocus()
    qtbot.keyClick(card.dose_grid, Qt.Key.Key_G)
    settle(qtbot, win)
    box = win.journaling.message
    assert box.isVisible() and "allerede kvitteret" in box.text()
    assert "27-11-2026 kl. 11:30 af KL (denne computer): givet" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    settle(qtbot, win)
    assert len(entries(win, "given")) == 1


def test_not_given_asks_the_reason(qtbot: Any, win: Any, session: Any) -> None:
    from continuity_app.printing.dosing import is_daily

    citizen_id, med = _citizen_with(session, lambda m: not m.as_needed and is_daily(m))
    give_initials(qtbot, win)
    card = open_grid(qtbot, win, citizen_id)
    goto(card, med.medication_id, 1)
    qtbot.keyClick(card.dose_grid, Qt.Key.Key_A)  # afvist: the reason is asked
    settle(qtbot, win)
    dialog = win.journaling.dialog
    assert dialog.objectName() == "givenDialog" and QApplication.focusWidget() is dialog.reason_edit
    ok = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Kvittér")
    assert not ok.isEnabled()  # no reason, no entry
    qtbot.keyClicks(dialog.reason_edit, "ville ikke")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    settle(qtbot, win)
    (given,) = entries(win, "given")
    assert (given.fields["outcome"], given.fields["reason"], given.fields["date"]) == (
        "afvist",
        "ville ikke",
        (TODAY + dt.timedelta(days=1)).isoformat(),
    )
    wait_idle(qtbot, win)
