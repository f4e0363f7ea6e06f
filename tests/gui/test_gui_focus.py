"""Focus is always where typing is expected and always plain to see: the passphrase field
from the first key, each view's own field on Ctrl+number, and a strong frame on every
kind of control the keyboard can reach."""

from __future__ import annotations

import re

from gui_support import wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from continuity_app.gui.focus import FOCUS_COLOUR, FOCUS_STYLE
from continuity_app.gui.views.registry import ViewId


def test_the_first_keys_at_start_go_into_the_passphrase_field(qtbot, locked_window) -> None:
    field = locked_window.unlock_page.passphrase
    qtbot.waitUntil(field.hasFocus, timeout=5_000)
    qtbot.keyClicks(QApplication.focusWidget(), "rød kaffe")
    assert field.text() == "rød kaffe"


def test_after_a_wrong_passphrase_typing_goes_into_the_field_again(qtbot, locked_window) -> None:
    field = locked_window.unlock_page.passphrase
    qtbot.waitUntil(field.hasFocus, timeout=5_000)
    qtbot.keyClicks(field, "forkert")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: bool(locked_window.unlock_page.message.text()) and field.isEnabled(), timeout=30_000
    )
    wait_idle(qtbot, locked_window)
    assert field.hasFocus() and field.text() == ""


def test_every_view_puts_the_keyboard_where_typing_is_expected(qtbot, window) -> None:
    for number, view_id in enumerate(ViewId, start=1):
        if number <= 9:  # Ctrl+1 … Ctrl+9; the later views from the navigation list
            qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        else:
            window.show_view(view_id)
        wait_idle(qtbot, window)
        view = window.views[view_id]
        assert QApplication.focusWidget() is view.focus_target(), view_id.name


def _styled_classes() -> set[str]:
    return {m.group(1) for m in re.finditer(r"(Q\w+)(?:::item)?:focus", FOCUS_STYLE)}


def test_every_control_the_keyboard_reaches_has_a_strong_focus_frame(qtbot, window) -> None:
    styled = _styled_classes()
    assert f"2px solid {FOCUS_COLOUR}" in FOCUS_STYLE
    assert FOCUS_STYLE in window.styleSheet()
    unstyled = set()
    for view_id in ViewId:
        window.show_view(view_id)
        wait_idle(qtbot, window)
        for widget in window.findChildren(QWidget):
            if not widget.isVisible() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                continue
            frame_only = widget.inherits("QAbstractScrollArea") and not (
                widget.inherits("QAbstractItemView") or widget.inherits("QTextEdit")
            )
            if widget.inherits("QScrollBar") or frame_only:
                continue  # a scroll area's own frame: its content takes the focus
            names = []
            meta = widget.metaObject()
            while meta is not None:
                names.append(meta.className())
                meta = meta.superClass()
            if not styled.intersection(names):
                unstyled.add(f"{names[0]} {widget.objectName()}")
    assert not unstyled, sorted(unstyled)
