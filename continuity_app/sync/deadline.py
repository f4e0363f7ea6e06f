"""The overall deadline of one sync, and a watchdog that enforces it on sockets.

Per-read timeouts alone do not stop a server that trickles one byte a second
(TUF's "slow retrieval" attack): every read succeeds in time. So each sync has
one overall deadline; reads are given at most the time that remains, and a
watchdog thread shuts every open connection down the moment it passes, which
unblocks a read stuck inside the HTTP library (even while headers trickle in).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType

from continuity_app.sync.errors import SyncTimeout


class Deadline:
    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._end = clock() + seconds

    def remaining(self) -> float:
        return max(0.0, self._end - self._clock())

    @property
    def expired(self) -> bool:
        return self._clock() >= self._end

    def timeout(self, what: str) -> SyncTimeout:
        return SyncTimeout(
            f"timeout after {self.seconds:g} s: {what} did not finish within the overall "
            "deadline of one sync (setting 'sync_deadline_seconds')"
        )

    def check(self, what: str) -> None:
        if self.expired:
            raise self.timeout(what)


class Watchdog:
    """Shuts registered sockets down when the deadline passes. Use as a context manager."""

    def __init__(self, deadline: Deadline) -> None:
        self.deadline = deadline
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(deadline.remaining(), self._fire)
        self._timer.daemon = True

    def __enter__(self) -> Watchdog:
        self._timer.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._timer.cancel()
        self._timer.join()
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()

    def register(self, sock: socket.socket) -> None:
        """Watch a connected socket (plain, or a kept-alive one under TLS).

        A duplicate is kept: TLS detaches the original object, but shutting the
        duplicate down still cuts the one connection both refer to.
        """
        watched = _duplicate(sock)
        if watched is None:
            return  # the per-read timeout still bounds each read
        with self._lock:
            self._sockets.append(watched)
            if self.fired:
                _shutdown(watched)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._sockets:
                _shutdown(sock)


def _duplicate(sock: socket.socket) -> socket.socket | None:
    """A plain socket object for the same connection (``dup`` of a TLS socket is refused)."""
    try:
        if type(sock) is socket.socket:
            return sock.dup()
        return socket.fromfd(sock.fileno(), sock.family, sock.type)
    except (OSError, AttributeError, NotImplementedError):
        return None


def _shutdown(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed by the other side
        sock.shutdown(socket.SHUT_RDWR)
