"""Unlock with the passphrase, refuse a wrong one with a countdown, lock by idle and Ctrl+L."""

from __future__ import annotations

from typing import Any

from gui_support import PASSPHRASE, UNIT_NAME, wait_idle
from PySide6.QtCore import Qt


def type_passphrase(qtbot: Any, window: Any, text: str) -> None:
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase, text)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)


def test_typing_the_passphrase_unlocks_and_shows_the_units_data(qtbot, locked_window) -> None:
    window = locked_window
    assert window.pages.currentIndex() == 0
    assert window.unlock_page.passphrase.echoMode() == window.unlock_page.passphrase.EchoMode.Password
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.context.session is not None, timeout=10_000)
    wait_idle(qtbot, window)
    assert window.pages.currentIndex() == 1
    assert "Data fra i dag kl. 05:30 · 6 timer gammel" in window.banner.age_label.text()
    assert UNIT_NAME in window.banner.scope_label.text()
    assert window.unlock_page.passphrase.text() == ""


def test_a_wrong_passphrase_says_so_and_counts_down_the_wait(qtbot, locked_window) -> None:
    window = locked_window
    page = window.unlock_page
    for attempt in range(4):  # the vault lets three wrong tries pass without a wait
        qtbot.waitUntil(lambda: page.button.isEnabled(), timeout=10_000)
        type_passphrase(qtbot, window, f"forkert {attempt}")
        qtbot.waitUntil(
            lambda: "Forkert adgangsudtryk" in page.message.text() or "For mange" in page.message.text(),
            timeout=10_000,
        )
        wait_idle(qtbot, window)
    assert window.context.session is None
    assert "Forkert adgangsudtryk." in page.message.text()
    assert "Vent 2 sekunder" in page.message.text()  # the fourth wrong try costs 2 s
    assert not page.button.isEnabled()
    window.unlock_page._clock.advance(1.2)
    page._tick()
    assert "Vent 1 sekund," in page.message.text()
    window.unlock_page._clock.advance(1.0)
    page._tick()
    assert page.button.isEnabled()
    assert "Vent" not in page.message.text()


def test_idle_lock_drops_every_decrypted_row(qtbot, window, clock, session) -> None:
    window.views[window.CITIZENS].search.setText("Søn")
    qtbot.waitUntil(lambda: window.views[window.CITIZENS].model.rowCount() > 0, timeout=5000)
    window.open_citizen("C000002")
    wait_idle(qtbot, window)
    assert window.views[window.CITIZEN].medications.rowCount() > 0
    clock.advance(9 * 60)
    window.idle.check()
    assert window.context.session is not None  # 9 minutes: not yet
    qtbot.keyClick(window.views[window.CITIZEN].med_table, Qt.Key.Key_Down)  # activity
    clock.advance(9 * 60)
    window.idle.check()
    assert window.context.session is not None
    clock.advance(61)
    window.idle.check()
    wait_idle(qtbot, window)
    assert window.context.session is None
    assert window.pages.currentIndex() == 0
    assert session.locked  # the store is closed
    for view in window.views[:7]:
        for model in _models(view):
            assert model.rowCount() == 0, type(model).__name__
    assert len(_models(window)) >= 9  # every view's models were looked at
    assert window.views[window.CITIZEN].name.text() == ""
    assert window.views[window.CITIZENS].search.text() == ""
    assert window.banner.age_label.text() == ""


def test_ctrl_l_locks_and_clears_the_passphrase_field(qtbot, window, session) -> None:
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert window.context.session is None
    assert session.locked
    assert window.unlock_page.passphrase.text() == ""
    type_passphrase(qtbot, window, PASSPHRASE)  # and it opens again
    qtbot.waitUntil(lambda: window.context.session is not None, timeout=10_000)


def _models(view: Any) -> list[Any]:
    """Every model of ours in the view that holds rows of data."""
    from continuity_app.gui.models.base import RowModel
    from continuity_app.gui.models.contacts import ContactTreeModel

    return view.findChildren(RowModel) + view.findChildren(ContactTreeModel)


def test_the_bar_names_each_step_of_the_unlock_in_danish(qtbot, locked_window) -> None:
    window = locked_window
    bar = window.unlock_page.progress
    seen: list[str] = []
    bar.valueChanged.connect(lambda _value: seen.append(bar.text()))
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.context.session is not None, timeout=10_000)
    wait_idle(qtbot, window)
    words = [text.rpartition(" – ")[0] for text in seen if " – " in text]
    for step in ("Kontrollerer underskriften", "Dekrypterer", "Indlæser data"):
        assert step in words
    assert "Færdig – 100%" in seen
