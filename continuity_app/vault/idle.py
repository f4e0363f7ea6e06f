"""Lock after N minutes without input (KeePassXC ``InactivityTimer``), with an injected clock.

Qt-free: the desktop app calls :meth:`IdleLock.touch` from an application-wide
event filter on every key press or mouse event, and :meth:`IdleLock.check` from
a timer; when it returns True, the app locks the session.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class IdleLock:
    def __init__(self, timeout_minutes: float = 10, clock: Callable[[], float] = time.monotonic
                 ) -> None:
        if timeout_minutes <= 0:
            raise ValueError("timeout_minutes must be positive")
        self.timeout_seconds = timeout_minutes * 60
        self._clock = clock
        self._last = clock()

    def touch(self) -> None:
        """Input happened: start the idle time again."""
        self._last = self._clock()

    def idle_seconds(self) -> float:
        return max(0.0, self._clock() - self._last)

    def remaining(self) -> float:
        """Seconds until the lock, 0 when it is due."""
        return max(0.0, self.timeout_seconds - self.idle_seconds())

    def expired(self) -> bool:
        return self.idle_seconds() >= self.timeout_seconds

    def check(self) -> bool:
        """True when the session should be locked now (same as :meth:`expired`)."""
        return self.expired()
