"""Writing in the app with the keyboard: initials, a PN dose in five keys, the effect reminder
two hours later (a moved clock, not a sleep), the maximum per 24 hours, notes, visits, drills."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import shiboken6
from gui_support import NOW, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def moved() -> Clock:
    return Clock()


@pytest.fixture
def win(qtbot: Any, installation: Any, clock: Any, session: Any, moved: Clock) -> Any:
    from continuity_app.gui.app import create_window

    window = create_window(
        installation.home, session=session, language="da", clock=clock, now=moved, scheduled_sync=False
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    wait_idle(qtbot, window)
    return window


def settle(qtbot: Any, win: Any) -> None:
    """Background work done and the keyboard where a person would type next: the open
    dialog or question, else the window (the platform activates windows between events)."""
    wait_idle(qtbot, win)
    j = win.journaling
    box = (
        j.message
        if j.message is not None and shiboken6.isValid(j.message) and j.message.isVisible()
        else None
    )
    target = j.dialog or box or win
    qtbot.waitUntil(lambda: QApplication.activeWindow() is target, timeout=5000)


def end_drill(qtbot: Any, win: Any) -> None:
    """End the running drill: its after-action report opens at once; close it as staff do."""
    win.journaling.drill_action.trigger()
    qtbot.waitUntil(lambda: win.printing.preview is not None, timeout=20_000)
    assert "Øvelsesrapport" in win.printing.preview.windowTitle()
    win.printing.preview.done(0)
    win.activateWindow()
    settle(qtbot, win)


def entries(win: Any, kind: str | None = None) -> list[Any]:
    return [e for e in win.journaling.controller.entries() if kind is None or e.kind == kind]


def give_initials(qtbot: Any, win: Any, text: str = "ab") -> None:
    dialog = win.journaling.dialog
    assert dialog is not None and dialog.objectName() == "initialsDialog"
    qtbot.keyClicks(dialog.edit, text)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    settle(qtbot, win)


def pn_citizen(session: Any) -> tuple[str, Any]:
    store = session.store
    for c in store.citizens():
        meds = [m for m in store.medications(c.citizen_id) if m.as_needed]
        if meds:
            return c.citizen_id, meds[0]
    raise AssertionError("the tiny demo has a citizen with an as-needed medicine")


def open_card(qtbot: Any, win: Any, citizen_id: str) -> None:
    win.open_citizen(citizen_id)
    settle(qtbot, win)


def test_initials_are_asked_after_unlock_shown_and_changeable(qtbot: Any, win: Any) -> None:
    give_initials(qtbot, win, "åb")
    assert win.journaling.controller.initials == "ÅB"
    assert "Initialer: ÅB" in win.journaling.bar.initials_label.text()
    qtbot.keyClick(win, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, win)
    dialog = win.journaling.dialog
    assert dialog is not None and dialog.edit.text() == "ÅB"
    dialog.edit.selectAll()
    qtbot.keyClicks(dialog.edit, "kl")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    settle(qtbot, win)
    assert "Initialer: KL" in win.journaling.bar.initials_label.text()


def test_a_pn_dose_in_five_keystrokes_then_the_effect_is_due_two_hours_later(
    qtbot: Any, win: Any, session: Any, moved: Clock
) -> None:
    give_initials(qtbot, win)
    citizen_id, med = pn_citizen(session)
    open_card(qtbot, win, citizen_id)
    keys = 0
    qtbot.keyClick(win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    keys += 1
    settle(qtbot, win)
    dialog = win.journaling.dialog
    assert dialog is not None and dialog.objectName() == "pnDialog"
    assert "Højst pr. døgn" in dialog.maximum.text()  # the maximum is shown before it is given
    focused = QApplication.focusWidget()
    assert focused is dialog.dose_edit
    qtbot.keyClicks(focused, "1")  # within the as-needed maximum of the demo's first PN medicine
    keys += 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    keys += 1
    qtbot.keyClicks(QApplication.focusWidget(), "s")
    keys += 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    keys += 1
    assert keys <= 10
    settle(qtbot, win)
    (pn,) = entries(win, "pn")
    assert (
        pn.citizen_id,
        pn.fields["medication_id"],
        pn.fields["dose"],
        pn.fields["reason"],
        pn.initials,
    ) == (citizen_id, med.medication_id, "1", "Smerter", "AB")
    assert pn.at == NOW.astimezone(dt.UTC).replace(second=0, microsecond=0)
    bar = win.journaling.bar
    moved.now = NOW + dt.timedelta(hours=1, minutes=59)
    win.journaling.controller.timer.timeout.emit()  # the minute tick
    assert bar.due_label.isHidden()
    moved.now = NOW + dt.timedelta(hours=2, minutes=1)
    win.journaling.controller.timer.timeout.emit()
    assert not bar.due_label.isHidden() and "Effekt skal vurderes" in bar.due_label.text()
    assert med.drug in bar.due_label.text()
    card = win.views[win.CITIZEN]  # and on the citizen's card
    assert not card.due_label.isHidden() and med.drug in card.due_label.text()
    qtbot.keyClick(win, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    effect = win.journaling.dialog
    assert effect is not None and effect.objectName() == "effectDialog"
    settle(qtbot, win)
    qtbot.keyClicks(QApplication.focusWidget(), "g")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle(qtbot, win)
    (checked,) = entries(win, "effect")
    assert checked.fields["of"] == pn.id and checked.fields["effect"] == "God effekt"
    assert bar.due_label.isHidden() and card.due_label.isHidden()


def answer(qtbot: Any, win: Any, yes: bool) -> str:
    """Answer the open question by keyboard: Tab to "Registrér alligevel" and Space, or Escape."""
    box = win.journaling.message
    assert box is not None and box.isVisible()
    text = box.text()
    if yes:
        button = box.findChild(QPushButton, "confirmYes")
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
    else:
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    settle(qtbot, win)
    return text


def test_a_pn_dose_over_the_24_hour_maximum_warns_and_asks(
    qtbot: Any, win: Any, session: Any, moved: Clock
) -> None:
    from continuity_app.journal.checks import maximum

    give_initials(qtbot, win)
    citizen_id, med = pn_citizen(session)
    top = maximum(med.as_needed_max)
    assert top is not None
    asked: list[str] = []
    open_card(qtbot, win, citizen_id)
    for attempt in range(3):
        moved.now = NOW + dt.timedelta(minutes=10 * attempt)
        qtbot.keyClick(win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot, win)
        dialog = win.journaling.dialog
        qtbot.keyClicks(dialog.dose_edit, f"{top:g}" if attempt == 0 else "1")
        qtbot.keyClick(dialog.dose_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "u")
        if attempt == 1:
            assert f"Givet de seneste 24 timer: {top:g}" in dialog.maximum.text()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        settle(qtbot, win)
        if attempt:
            asked.append(answer(qtbot, win, yes=attempt == 2))
    # the first filled the maximum; the second was refused (Escape), the third confirmed
    assert len(asked) == 2
    assert [e.fields["dose"] for e in entries(win, "pn")] == [f"{top:g}", "1"]
    # a Danish sentence with the earlier dose (time, initials, laptop) and the maximum
    text = asked[0]
    assert f"givet {top + 1:g} på 24 timer" in text and med.as_needed_max in text
    assert "• 27-11-2026 kl. 11:30 af AB (denne computer)" in text
    assert "--confirm" not in text and ": ;" not in text and "entry " not in text
    assert "over maksimum" in win.statusBar().currentMessage()


def test_a_note_and_visit_outcomes_from_the_route(qtbot: Any, win: Any) -> None:
    give_initials(qtbot, win)
    win.show_view(win.ROUTES)
    settle(qtbot, win)
    routes = win.views[win.ROUTES]
    routes.table.setCurrentIndex(routes.model.index(0, 0))
    row = win.journaling.selected_visit()
    assert row is not None
    qtbot.keyClick(win, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, win)
    routes.table.setCurrentIndex(routes.model.index(1, 0))
    second = win.journaling.selected_visit()
    qtbot.keyClick(win, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, win)
    dialog = win.journaling.dialog
    qtbot.keyClicks(dialog.text, "Ingen lukkede op")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, win)
    visits = entries(win, "visit")
    assert [(e.fields["visit_id"], e.fields["outcome"]) for e in visits] == [
        (row.visit.visit_id, "udført"),
        (second.visit.visit_id, "ikke udført"),
    ]
    assert visits[1].fields["note"] == "Ingen lukkede op"
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, win)
    note = win.journaling.dialog
    qtbot.keyClicks(note.text, "Faldet i gangen")
    qtbot.keyClick(note.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, win)
    (written,) = entries(win, "note")
    assert written.citizen_id == second.citizen.citizen_id and written.fields["text"] == "Faldet i gangen"


def test_a_drill_shows_oevelse_and_marks_what_is_written(qtbot: Any, win: Any, session: Any) -> None:
    give_initials(qtbot, win)
    bar = win.journaling.bar
    assert bar.drill_label.isHidden()
    win.journaling.drill_action.trigger()
    settle(qtbot, win)
    assert not bar.drill_label.isHidden() and bar.drill_label.text() == "ØVELSE"
    citizen_id, _ = pn_citizen(session)
    open_card(qtbot, win, citizen_id)
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, win)
    qtbot.keyClicks(win.journaling.dialog.text, "Øvelsesnotat")
    qtbot.keyClick(win.journaling.dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, win)
    end_drill(qtbot, win)
    assert bar.drill_label.isHidden()
    (note,) = entries(win, "note")
    assert note.drill
    steps = [e.fields["step"] for e in entries(win, "drill")]
    assert steps == ["start", "end"]
