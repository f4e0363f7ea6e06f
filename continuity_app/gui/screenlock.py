"""Lock when the desktop's screen locks (STYLE 8, KeePassXC's ``ScreenLockListener``).

Linux: the screen savers' ``ActiveChanged(true)`` on the session bus (freedesktop, GNOME,
MATE, Cinnamon) and logind's ``Session.Lock`` on the system bus. Without a bus (tests,
minimal systems) nothing is connected and the idle lock still applies.

Windows: ``WTSRegisterSessionNotification`` on a hidden native window of our own, and a
native event filter that turns ``WM_WTSSESSION_CHANGE`` / ``WTS_SESSION_LOCK`` (Win+L, the
screen saver's lock, a switched user) into the same signal.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QWindow

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0

SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
    ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
)


def is_session_lock(event_type: bytes, message_address: int) -> bool:
    """True for a Windows ``MSG`` at ``message_address`` that says the session was locked."""
    if event_type != b"windows_generic_MSG" or not message_address:
        return False
    from ctypes import wintypes

    msg = wintypes.MSG.from_address(message_address)
    return msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(self, eventType, message):
        if is_session_lock(bytes(eventType), int(message)):
            self._on_lock()
        return False, 0


class ScreenLockWatcher(QObject):
    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        if sys.platform == "win32":
            self._watch_windows_session()
            return
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for path, interface in SCREEN_SAVERS:
                if session.connect("", path, interface, "ActiveChanged", self, SLOT("_active_changed(bool)")):  # type: ignore[call-overload]
                    self.connected.append(interface)
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(
            "org.freedesktop.login1",
            "",
            "org.freedesktop.login1.Session",
            "Lock",
            self,
            SLOT("_session_lock()"),
        ):  # type: ignore[call-overload]
            self.connected.append("org.freedesktop.login1.Session")

    def _watch_windows_session(self) -> None:
        self._filter = _WindowsSessionFilter(self.screen_locked.emit)
        app = QCoreApplication.instance()
        if app is None:
            return
        app.installNativeEventFilter(self._filter)
        self._window = QWindow()  # never shown: only its handle receives the session messages
        hwnd = int(self._window.winId())
        wtsapi32 = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]  # Windows only
        if wtsapi32.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION):
            self.connected.append("WTSRegisterSessionNotification")

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot()
    def _session_lock(self) -> None:
        self.screen_locked.emit()
