"""Lock when the desktop's screen locks (STYLE 8, KeePassXC's ``ScreenLockListener``).

Linux: the screen savers' ``ActiveChanged(true)`` on the session bus (freedesktop, GNOME,
MATE, Cinnamon) and logind's ``Session.Lock`` on the system bus. Without a bus (tests,
minimal systems) nothing is connected and the idle lock still applies. Windows' session
lock notification is not wired yet (see the report); the idle lock covers it.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Signal, Slot

SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
    ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
)


class ScreenLockWatcher(QObject):
    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for path, interface in SCREEN_SAVERS:
                if session.connect("", path, interface, "ActiveChanged", self,
                                   SLOT("_active_changed(bool)")):  # type: ignore[call-overload]
                    self.connected.append(interface)
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(
                "org.freedesktop.login1", "", "org.freedesktop.login1.Session", "Lock", self,
                SLOT("_session_lock()")):  # type: ignore[call-overload]
            self.connected.append("org.freedesktop.login1.Session")

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot()
    def _session_lock(self) -> None:
        self.screen_locked.emit()
