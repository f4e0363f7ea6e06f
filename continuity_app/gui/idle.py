"""Auto-lock: an application-wide inactivity filter (KeePassXC ``InactivityTimer``).

Every key press, mouse press, wheel or touch anywhere in the application counts
as activity. A timer looks once a second whether the idle limit has passed, by
an injected clock (tests pass a fake and call :meth:`check`). The screen-saver
or session lock of the desktop is also treated as a reason to lock when Qt
reports the application becoming inactive for longer than the limit.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

Clock = Callable[[], float]

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.Shortcut,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once when nothing happened for ``limit_seconds`` while armed."""

    idle = Signal()

    def __init__(
        self,
        limit_seconds: float,
        *,
        clock: Clock = time.monotonic,
        parent: QObject | None = None,
        poll_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self.limit_seconds = limit_seconds
        self._clock = clock
        self._last = clock()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.check)

    def arm(self) -> None:
        """Start watching (after an unlock)."""
        self._last = self._clock()
        self._armed = True
        self._timer.start()

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    def touch(self) -> None:
        self._last = self._clock()

    def idle_for(self) -> float:
        return self._clock() - self._last

    def check(self) -> None:
        if self._armed and self.limit_seconds > 0 and self.idle_for() >= self.limit_seconds:
            self.disarm()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in ACTIVITY_EVENTS:
            self._last = self._clock()
        return False
