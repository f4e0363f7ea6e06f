"""Start-up: ``run(home, session=None)`` opens the app; ``available()`` says whether it can.

``continuity-app`` (``cli/gui_cmd.py``) calls :func:`run` with the client home;
``continuity-app demo`` calls it with a session it already unlocked. Window
geometry and the last view are kept in ``HOME/gui.ini`` (no health data).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

from continuity_app.home import ClientHome

APP_NAME = "Nødkopi"


def available() -> bool:
    """True when a window can be shown here (a display, a usable Qt platform)."""
    import importlib.util

    if importlib.util.find_spec("PySide6") is None:
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] in ("offscreen", "minimal", "vnc"):
        return False  # nobody would see the window
    has_display = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return has_display or sys.platform.startswith(("win", "darwin"))  # X11/Wayland elsewhere


def application(argv: Sequence[str] | None = None) -> Any:
    """The QApplication (made once), named and with the icon."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Nødkopi")
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("dk.lemvig.noedkopi")
    from continuity_app.gui.icon import app_icon

    app.setWindowIcon(app_icon())
    return app


def create_window(
    home: ClientHome | None = None,
    *,
    backend: Any = None,
    session: Any = None,
    language: str | None = None,
    **window_args: Any,
) -> Any:
    """Translations installed, the main window built (not shown); tests and screenshots use it."""
    from PySide6.QtCore import QSettings

    from continuity_app.gui.backend import VaultBackend
    from continuity_app.gui.i18n import Translations, choose_language
    from continuity_app.gui.mainwindow import MainWindow

    app = application()
    if backend is None:
        assert home is not None
        backend = VaultBackend(home)
    chosen = choose_language(language if language is not None else str(backend.settings()["language"]))
    translations = Translations()
    translations.install(chosen)
    app.setProperty("nodkopi_language", chosen)
    app._nodkopi_translations = translations  # keep the translators alive with the app
    settings = None
    if home is not None:
        settings = QSettings(str(home.gui_state), QSettings.Format.IniFormat)
    window = MainWindow(backend, settings=settings, **window_args)
    if session is not None:
        window.open_session(session)
    return window


def run(home: ClientHome, *, session: Any = None, argv: Sequence[str] | None = None) -> int:
    """Open the app on ``home``: unlocked on ``session`` if given, else at the unlock page."""
    import signal

    from PySide6.QtCore import QTimer

    app = application(argv)
    window = create_window(home, session=session)
    window.show()
    # Ctrl+C in the terminal closes the window properly (locks, saves geometry): Python
    # only sees the signal when it runs, so a timer lets it in a few times a second.
    signal.signal(signal.SIGINT, lambda *_: window.close())
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(250)
    try:
        return int(app.exec())
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
