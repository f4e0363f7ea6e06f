"""Sync while the app is open: scheduled (a timer to the next sync time), on demand,
and from a file; the banner and the views follow when new data is in.

Sync runs on the I/O pool (network, verification, writing the still-encrypted
generation). When it brought new data and a session is open, the session
reloads the newest generation on the database thread (the vault keeps the
device key while unlocked) and every view loads again.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from continuity_app.gui.context import AppContext
from continuity_app.gui.session import Backend, SyncStatus
from continuity_app.gui.views.sync import SyncView

log = logging.getLogger(__name__)

PROBE_MS = 60_000
MAX_TIMER_MS = 6 * 3600 * 1000  # re-plan at least every 6 hours (sleep, clock changes)


class SyncController(QObject):
    """Tells the window what changed through signals; it knows no window."""

    status_changed = Signal(object)  # SyncStatus | None: the banner and the unlock page follow
    online_changed = Signal(object)  # bool | None: whether the source answers
    session_reloaded = Signal(bool)  # True: newer data is open now, every view loads again

    def __init__(self, backend: Backend, context: AppContext, view: SyncView, parent: QWidget) -> None:
        super().__init__(parent)
        self.backend = backend
        self.context = context
        self.tasks = context.tasks
        self.dialog_parent = parent
        self.view = view
        self.status: SyncStatus | None = None
        self.running = False
        self.last_message = ""
        self.scheduling = False
        self.reloading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.scheduled)
        self._probe = QTimer(self)
        self._probe.setInterval(PROBE_MS)
        self._probe.timeout.connect(self.probe)
        view.sync_requested.connect(self.sync_now)
        view.file_requested.connect(self.load_from_file)

    def start(self, *, scheduled: bool = True) -> None:
        """Probe the source now and then; with ``scheduled``, sync at the configured times."""
        self.scheduling = scheduled
        self._probe.start()
        self.probe()

    def stop(self) -> None:
        self._timer.stop()
        self._probe.stop()

    # --- status -------------------------------------------------------------------------
    def refresh_status(self) -> None:
        backend, now = self.backend, self.context.now()
        self.tasks.io(lambda ctx: backend.status(now), self._got_status, on_error=self._status_failed)

    def _status_failed(self, err: BaseException, tb: str) -> None:
        log.warning("sync status could not be read: %s", err)  # shown as "no status" instead

    def _got_status(self, status: SyncStatus | None) -> None:
        self.status = status
        self.view.show_status(status)
        self._plan(status)
        self.status_changed.emit(status)

    @property
    def newer_available(self) -> bool:
        """A newer generation is stored than the one the open session shows."""
        held = self.context.meta.get("sequence", "")
        status = self.status
        return bool(
            status is not None
            and status.sequence is not None
            and held.isdigit()
            and status.sequence > int(held)
            and not self.reloading
        )

    def _plan(self, status: SyncStatus | None) -> None:
        if not self.scheduling or status is None or status.next_sync is None:
            return
        wait = (status.next_sync - self.context.now()).total_seconds() * 1000
        self._timer.start(int(max(1000, min(wait, MAX_TIMER_MS))))

    def probe(self) -> None:
        backend = self.backend
        self.tasks.io(
            lambda ctx: backend.reachable(),
            self.online_changed.emit,
            on_error=lambda _err, _tb: self.online_changed.emit(None),
        )

    # --- syncing ------------------------------------------------------------------------
    def scheduled(self) -> None:
        status = self.status
        if (
            status is not None
            and status.next_sync is not None
            and status.next_sync > self.context.now() + dt.timedelta(seconds=5)
        ):
            self._plan(status)  # woke early (the timer is capped): plan again
            return
        self.sync_now()

    def sync_now(self, from_file: Path | None = None) -> None:
        if self.running:
            return
        self.running = True
        self.view.set_busy(True)
        backend = self.backend
        self.tasks.io(
            lambda ctx: backend.sync(ctx.report, from_file),
            self._synced,
            on_error=self._failed,
            on_progress=self.view.set_progress,
        )

    def load_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.dialog_parent,
            self.tr("Indlæs data fra fil"),
            "",
            self.tr("Nødkopi-data (*.bundle);;Alle filer (*)"),
        )
        if path:
            self.sync_now(Path(path))

    def _synced(self, message: str) -> None:
        self.running = False
        self.view.set_busy(False)
        self.last_message = message
        self.view.show_message(message)
        self.reload_session()
        self.refresh_status()

    def _failed(self, err: BaseException, tb: str) -> None:
        from continuity_app.gui.errors import describe

        self.running = False
        self.view.set_busy(False)
        self.last_message = describe(err)
        self.view.show_message(self.last_message)
        self.refresh_status()

    def reload_session(self) -> None:
        context = self.context
        session = context.session
        if session is None:
            return
        backend = self.backend

        def job(ctx: Any) -> dict[str, str] | None:
            fresh = backend.reload(session, ctx.report)
            return None if fresh is None else fresh.store.meta

        def reloaded(meta: dict[str, str] | None) -> None:
            self.reloading = False
            changed = meta is not None and context.session is session
            if changed:
                assert meta is not None
                context.set_session(session, meta)
            self.session_reloaded.emit(changed)

        def failed(err: BaseException, tb: str) -> None:
            self.reloading = False
            self.tasks.error_handler(err, tb)

        self.reloading = True
        self.tasks.db(job, reloaded, on_error=failed)
