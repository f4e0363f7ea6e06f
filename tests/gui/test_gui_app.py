"""Start-up: the command, whether a display is usable, remembered geometry and view,
the language setting, accessible names and keyboard focus."""

from __future__ import annotations

import argparse

import pytest
from gui_support import make_window, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
)

from continuity_app import settings
from continuity_app.errors import ExitCode, KnownError
from continuity_app.gui.app import available


def test_available_needs_a_display(monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert available() is False  # nobody would see an offscreen window
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert available() is False
    monkeypatch.setenv("DISPLAY", ":0")
    assert available() is True


def test_the_gui_command_refuses_a_home_that_is_not_enrolled(tmp_path) -> None:
    from continuity_app.cli import gui_cmd

    with pytest.raises(KnownError) as err:
        gui_cmd.run(argparse.Namespace(home=str(tmp_path / "nothing")))
    assert err.value.exit_code == ExitCode.NOT_SET_UP
    assert "not enrolled" in str(err.value)


def test_geometry_and_last_view_are_remembered(qtbot, installation, clock, session) -> None:
    window = make_window(qtbot, installation, clock, session)
    window.resize(760, 560)  # inside the offscreen platform's 800×600 screen
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    window.close()
    assert (installation.home.root / "gui.ini").exists()
    again = make_window(qtbot, installation, clock, size=None)
    assert again.nav.currentRow() == again.VEHICLES
    assert (again.width(), again.height()) == (760, 560)


def test_the_language_setting_is_saved_for_the_next_start(
    qtbot, monkeypatch, locked_window, installation
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)  # not under test
    english = next(a for a in locked_window.language_menu.actions() if a.data() == "en")
    english.trigger()
    assert settings.load(installation.home.config)["language"] == "en"
    assert english.isChecked()


def test_every_control_has_an_accessible_name_or_a_label(qtbot, window) -> None:
    window.open_citizen("C000002")
    wait_idle(qtbot, window)
    unnamed = []
    controls = (
        window.findChildren(QAbstractItemView)
        + window.findChildren(QComboBox)
        + window.findChildren(QLineEdit)
    )
    for widget in controls:
        if isinstance(widget, QHeaderView):
            continue
        parent = widget.parent()
        if parent is not None and (
            parent.inherits("QComboBoxPrivateContainer") or parent.inherits("QComboBox")
        ):
            continue  # a combo box's own popup list and editor
        if not (widget.accessibleName() or widget.objectName() in ("qt_spinbox_lineedit",)):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []
    buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
    assert all(b.text() or b.accessibleName() or b.toolTip() for b in buttons)


def test_tab_moves_from_the_route_pickers_to_the_visits(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.views[window.ROUTES]
    assert view.date_box.hasFocus()
    qtbot.keyClick(view.date_box, Qt.Key.Key_Tab)
    assert view.route_box.hasFocus()
    qtbot.keyClick(view.route_box, Qt.Key.Key_Tab)
    assert view.table.hasFocus()


def test_the_window_has_the_app_icon(qtbot, locked_window) -> None:
    icon = locked_window.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}


def test_f1_shows_the_version_and_every_shortcut(qtbot, window) -> None:
    from PySide6.QtWidgets import QLabel

    import continuity_app

    wait_idle(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "about", None) is not None and window.about.isVisible())
    title = window.about.findChild(QLabel, "aboutTitle").text()
    assert continuity_app.__version__ in title
    shortcuts = window.about.findChild(QLabel, "aboutShortcuts").text()
    for keys, what in (("Ctrl+L", "Lås"), ("Ctrl+P", "Udskriv"), ("F5", "Synkronisér nu")):
        assert keys in shortcuts and what in shortcuts
    window.about.reject()


def test_ctrl_plus_makes_every_text_bigger_and_it_is_remembered(qtbot, installation, clock, session) -> None:
    from PySide6.QtWidgets import QApplication

    window = make_window(qtbot, installation, clock, session)
    wait_idle(qtbot, window)
    base = QApplication.font().pointSizeF()
    try:
        _bigger_and_remembered(qtbot, installation, clock, window, base)
    finally:  # the font belongs to the whole test session's QApplication
        font = QApplication.font()
        font.setPointSizeF(base)
        QApplication.setFont(font)


def _bigger_and_remembered(qtbot, installation, clock, window, base: float) -> None:
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    bigger = QApplication.font().pointSizeF()
    assert bigger == pytest.approx(base * 1.3)
    table = window.views[0].findChild(QAbstractItemView)
    qtbot.waitUntil(lambda: table.font().pointSizeF() == pytest.approx(bigger))  # reaches the views
    banner_age = window.banner.age_label.font().pointSizeF()
    assert banner_age == pytest.approx(bigger * 1.15)  # headings keep their proportion
    window.close()
    again = make_window(qtbot, installation, clock)  # the same home, locked: remembered
    assert QApplication.font().pointSizeF() == pytest.approx(bigger)
    again.normal_text_action.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base)
