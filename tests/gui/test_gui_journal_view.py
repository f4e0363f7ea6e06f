"""The journal view: newest first, filtered by citizen, kind, staff and drill/real;
corrections beside what they correct; the hand-back exported and imported with progress;
the shift handover printed from the window with each citizen's "Journal under nedbrud"."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import test_gui_journal as journal_tests
from gui_support import wait_idle
from pypdf import PdfReader
from PySide6.QtCore import Qt
from test_gui_journal import end_drill, entries, give_initials, pn_citizen, settle

moved, win = journal_tests.moved, journal_tests.win  # the window with a clock to move


def note(qtbot: Any, win: Any, citizen_id: str, text: str) -> None:
    win.open_citizen(citizen_id)
    settle(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, win)
    qtbot.keyClicks(win.journaling.dialog.text, text)
    qtbot.keyClick(win.journaling.dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, win)


def a_day(qtbot: Any, win: Any, session: Any) -> tuple[str, str]:
    """AB writes two notes on two citizens, KL a drill note; the ids of the two citizens."""
    first, _ = pn_citizen(session)
    other = next(c.citizen_id for c in session.store.citizens() if c.citizen_id != first)
    give_initials(qtbot, win, "ab")
    note(qtbot, win, first, "Faldet i gangen")
    note(qtbot, win, other, "Ilt til en dag")
    win.journaling.controller.set_initials("KL")
    win.journaling.drill_action.trigger()
    settle(qtbot, win)
    note(qtbot, win, other, "Ovelse notat")
    end_drill(qtbot, win)
    return first, other


def choose(qtbot: Any, box: Any, text: str) -> None:
    """Pick an item of a combo box with the keyboard (type its first letters)."""
    box.setFocus()
    qtbot.keyClicks(box, text)


def test_the_journal_view_lists_newest_first_and_filters(qtbot: Any, win: Any, session: Any) -> None:
    first, _other = a_day(qtbot, win, session)
    qtbot.keyClick(win, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)  # Journal
    settle(qtbot, win)
    view = win.views[win.JOURNAL]
    assert win.view_stack.currentWidget() is view
    shown = view.shown()
    assert [e.kind for e in shown] == ["drill", "note", "drill", "note", "note"]  # newest first
    assert [e.id for e in shown] == [e.id for e in reversed(entries(win))]
    choose(qtbot, view.kind_box, "Notat")
    assert [e.fields["text"] for e in view.shown()] == ["Ovelse notat", "Ilt til en dag", "Faldet i gangen"]
    view.drill_box.setFocus()
    qtbot.keyClick(view.drill_box, Qt.Key.Key_Down)  # the real ones only
    assert [e.fields["text"] for e in view.shown()] == ["Ilt til en dag", "Faldet i gangen"]
    qtbot.keyClick(view.drill_box, Qt.Key.Key_End)  # the drill only, marked
    (drill,) = view.shown()
    assert drill.drill and view.proxy.index(0, view.model.Column.DRILL).data() == "ØVELSE"
    qtbot.keyClick(view.drill_box, Qt.Key.Key_Home)
    choose(qtbot, view.staff_box, "AB")
    assert {e.initials for e in view.shown()} == {"AB"} and len(view.shown()) == 2
    choose(qtbot, view.staff_box, "Alle")
    view.citizen_edit.setFocus()
    qtbot.keyClicks(view.citizen_edit, first)
    assert [e.citizen_id for e in view.shown()] == [first]
    assert view.count.text() == "1 af 5 registreringer"


def test_a_correction_is_shown_beside_what_it_corrects(qtbot: Any, win: Any, session: Any) -> None:
    first, _other = a_day(qtbot, win, session)
    wrong = next(e for e in entries(win, "note") if e.citizen_id == first)
    win.journaling.controller.add("correction", {"of": wrong.id, "reason": "Forkert borger"})
    settle(qtbot, win)
    win.show_view(win.JOURNAL)
    view = win.views[win.JOURNAL]
    column = view.model.Column.CORRECTION
    texts = {
        view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)[0].id: view.proxy.index(r, column).data()
        for r in range(view.proxy.rowCount())
    }
    assert texts[wrong.id].startswith("Rettet ") and texts[wrong.id].endswith(
        "af KL: Forkert borger"
    )  # KL wrote the correction
    (correction,) = entries(win, "correction")
    assert texts[correction.id].startswith("Retter notat kl.") and "Faldet i gangen" in texts[correction.id]


def carry_journal_keys(session: Any) -> None:
    """The data as IT's next publish makes it: IT's hand-back key and this laptop's keys."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from gui_support import CREATED

    from continuity_app.publish.handback_key import journal_keys
    from continuity_app.publish.registry import Device

    d = session.device
    me = Device(
        d.device_id, d.scope, d.device_public(), "host", CREATED, CREATED, signing_key=d.signing_public()
    )
    session.store.set_meta(journal_keys=journal_keys(X25519PrivateKey.generate().public_key(), [me]))


def test_export_for_hand_back_and_import_with_progress(
    qtbot: Any, win: Any, session: Any, tmp_path: Path
) -> None:
    from continuity_app.journal.handback import parse

    carry_journal_keys(session)
    a_day(qtbot, win, session)
    win.show_view(win.JOURNAL)
    view = win.views[win.JOURNAL]
    target = tmp_path / "usb" / "journal.nkj"
    target.parent.mkdir()
    seen: list[int] = []
    view.progress.valueChanged.connect(seen.append)
    view.export_to(target)
    assert view.progress.isVisible() and not view.export_button.isEnabled()  # working
    settle(qtbot, win)
    assert not view.progress.isVisible() and view.export_button.isEnabled()
    assert seen and max(seen) > 0
    assert "gemt til aflevering" in view.status.text() and "5 registreringer" in view.status.text()
    parsed = parse(target.read_bytes(), str(target))  # a real hand-back file, encrypted
    assert parsed.wrapped and (target.stat().st_mode & 0o077) == 0
    # a file not meant for this laptop (its own, here) and a damaged one are refused in
    # words naming the file; the window goes on and the journal is unchanged
    for name, data in (("journal.nkj", None), ("other.nkj", b"not a journal")):
        path = tmp_path / "usb" / name
        if data is not None:
            path.write_bytes(data)
        view.import_file(path)
        assert view.progress.isVisible()
        settle(qtbot, win)
        assert view.status.text().startswith(f"Ikke gennemført ({name}): ")
        detail = view.status.toolTip()  # the core's English detail, for IT, is not the sentence
        assert detail and detail.split(": ", 1)[1] not in view.status.text()
        assert view.import_button.isEnabled()
    assert len(entries(win)) == 5


def test_the_handover_prints_from_the_window_with_the_paper_file(
    qtbot: Any, win: Any, session: Any, tmp_path: Path
) -> None:
    first, _other = a_day(qtbot, win, session)
    assert win.journaling.handover_action in win.print_menu.actions()  # the print button's menu
    qtbot.keyClick(win, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: win.printing.preview is not None, timeout=30_000)
    wait_idle(qtbot, win)
    out = tmp_path / "handover.pdf"
    win.printing.preview.write_file(str(out))
    pages = [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(io.BytesIO(out.read_bytes())).pages]
    assert "Vagtoverlevering" in pages[0]
    filed = [p for p in pages if "Journal under nedbrud:" in p]
    assert any(f"Borger-id {first}" in p and "Faldet i gangen" in p for p in filed)
    assert any("Ovelse notat" in p and "ØVELSE" in p for p in filed)
