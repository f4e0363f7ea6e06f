"""The one way to run work off the GUI thread (Anki ``taskman``).

* ``TaskManager.db(fn, ...)`` runs on the single database thread. Everything that
  touches the session's SQLite store goes there: unlock (the store is created on
  that thread), every query, rendering a print pack, reloading after a sync.
  One thread means SQLite access is serialized and a connection opened there is
  only ever used there.
* ``TaskManager.io(fn, ...)`` runs on a small pool for network, files and crypto
  that need no store: sync, the reachability probe, sending pages to a printer.

``fn`` receives a :class:`TaskContext` (progress, cancellation); ``ctx.report`` is
the core's ``progress(stage, fraction)``, and ``on_progress`` receives the same two. The result comes
back on the GUI thread through a queued signal to ``on_done``; a failure goes to
``on_error`` or, by default, to the error dialog: a :class:`KnownError` shows its
one sentence, anything else is a bug: a short apology on screen and the traceback
in the log.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from continuity_app.errors import Cancelled, KnownError
from continuity_app.progress import Progress

log = logging.getLogger(__name__)


class TaskContext:
    """What a task may do besides compute: report progress, notice a cancel."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, stage: str, fraction: float, /) -> None:
        """The core's ``progress(stage, fraction)``: pass it to a core call as it is."""
        self._signals.progress.emit(stage, max(0.0, min(1.0, fraction)))

    def progress(self, done: float, total: float = 1.0) -> None:
        """Counted work without stages (``done`` of ``total``)."""
        self.report("", 0.0 if total <= 0 else done / total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the person asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback
    progress = Signal(str, float)  # stage, fraction
    finished = Signal()


class Task(QObject):
    """A handle on one running job: ``cancel()``, ``progress`` and ``finished`` signals."""

    progress = Signal(str, float)  # stage, fraction
    finished = Signal()

    def __init__(self, context: TaskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.running = True

    def cancel(self) -> None:
        self.context.cancel()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], context: TaskContext, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._context = context
        self._signals = signals

    def run(self) -> None:
        try:
            self._context.check()  # cancelled while it waited in the queue: skip it
            result = self._fn(self._context)
        except BaseException as err:
            self._signals.failed.emit(err, traceback.format_exc())
        else:
            self._signals.done.emit(result)
        finally:
            self._signals.finished.emit()


ErrorHandler = Callable[[BaseException, str], None]


class TaskManager(QObject):
    """Owns the database thread and the I/O pool. One per application."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, error_handler: ErrorHandler | None = None) -> None:
        super().__init__(parent)
        self._db = QThreadPool(self)
        self._db.setMaxThreadCount(1)
        self._db.setExpiryTimeout(-1)  # the one thread never retires: SQLite stays on it
        self._io = QThreadPool(self)
        self._io.setMaxThreadCount(2)
        self._running: dict[int, tuple[_Signals, Task]] = {}
        self._on_db: set[int] = set()
        self._next = 0
        self.error_handler: ErrorHandler = error_handler or default_error_handler

    def db(
        self,
        fn: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        on_error: ErrorHandler | None = None,
        on_progress: Progress | None = None,
        cancellable: bool = True,
    ) -> Task:
        """``cancellable=False`` for work that must happen even after a lock (audit)."""
        task = self._start(self._db, fn, on_done, on_error, on_progress)
        if cancellable:
            self._on_db.add(self._next - 1)
        return task

    def cancel_db(self) -> None:
        """Ask every database task queued or running to stop (on lock)."""
        for key in self._on_db:
            entry = self._running.get(key)
            if entry is not None:
                entry[1].cancel()

    def io(
        self,
        fn: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        on_error: ErrorHandler | None = None,
        on_progress: Progress | None = None,
    ) -> Task:
        return self._start(self._io, fn, on_done, on_error, on_progress)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every task finished (shutdown and tests)."""
        ok = self._db.waitForDone(msecs) and self._io.waitForDone(msecs)
        return bool(ok)

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None,
        on_error: ErrorHandler | None,
        on_progress: Progress | None,
    ) -> Task:
        signals = _Signals()  # lives on the GUI thread: its slots run there
        context = TaskContext(signals)
        task = Task(context)
        key = self._next
        self._next += 1
        was_busy = self.busy
        self._running[key] = (signals, task)
        signals.progress.connect(task.progress)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        if on_done is not None:
            signals.done.connect(on_done)
        signals.failed.connect(lambda err, tb: self._failed(err, tb, on_error))
        signals.finished.connect(lambda: self._finished(key))
        if not was_busy:
            self.busy_changed.emit(True)
        pool.start(_Runnable(fn, context, signals))
        return task

    def _failed(self, err: BaseException, tb: str, on_error: ErrorHandler | None) -> None:
        if isinstance(err, Cancelled):
            return
        if isinstance(err, KnownError):  # the person sees its sentence; the detail is logged
            log.info("%s: %s", type(err).__name__, err)
        else:  # a bug: logged here, once, whoever handles it on screen
            log.error("unexpected error in a background task:\n%s", tb)
        (on_error or self.error_handler)(err, tb)

    def _finished(self, key: int) -> None:
        self._on_db.discard(key)
        signals, task = self._running.pop(key)
        task.running = False
        task.finished.emit()
        signals.deleteLater()
        task.deleteLater()
        if not self.busy:
            self.busy_changed.emit(False)


def default_error_handler(err: BaseException, tb: str) -> None:
    """KnownError → its sentence; a bug → a short apology (the task manager logged it);
    the technical detail behind "Detaljer"."""
    from PySide6.QtWidgets import QApplication

    from continuity_app.gui.errors import show_error

    show_error(QApplication.activeWindow(), err)
