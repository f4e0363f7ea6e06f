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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog

from continuity_app.gui.session import SyncStatus
from continuity_app.gui.views.sync import SyncView

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from continuity_app.gui.mainwindow import MainWindow

PROBE_MS = 60_000
MAX_TIMER_MS = 6 * 3600 * 1000  # re-plan at least every 6 hours (sleep, clock changes)


class SyncController(QObject):
    def __init__(self, window: MainWindow, view: SyncView) -> None:
        super().__init__(window)
        self.window = window
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
        backend, now = self.window.backend, self.window.context.now()
        self.window.tasks.io(lambda ctx: backend.status(now), self._got_status,
                             on_error=lambda err, tb: None)

    def _got_status(self, status: SyncStatus | None) -> None:
        self.status = status
        self.view.show_status(status)
        self._plan(status)
        page = self.window.unlock_page
        if status is not None and status.created_at is not None:
            from continuity_app.gui import fmt

            age = fmt.data_age_text(status.created_at, self.window.context.now())
            page.show_data_age(f"{status.scope}\n{age}" if status.scope else age)
        self.window.refresh_banner()

    @property
    def newer_available(self) -> bool:
        """A newer generation is stored than the one the open session shows."""
        held = self.window.context.meta.get("sequence", "")
        status = self.status
        return bool(status is not None and status.sequence is not None and held.isdigit()
                    and status.sequence > int(held) and not self.reloading)

    def _plan(self, status: SyncStatus | None) -> None:
        if not self.scheduling or status is None or status.next_sync is None:
            return
        wait = (status.next_sync - self.window.context.now()).total_seconds() * 1000
        self._timer.start(int(max(1000, min(wait, MAX_TIMER_MS))))

    def probe(self) -> None:
        backend = self.window.backend
        self.window.tasks.io(lambda ctx: backend.reachable(), self.window.banner.show_online,
                             on_error=lambda err, tb: None)

    # --- syncing ------------------------------------------------------------------------
    def scheduled(self) -> None:
        status = self.status
        if status is not None and status.next_sync is not None \
                and status.next_sync > self.window.context.now() + dt.timedelta(seconds=5):
            self._plan(status)  # woke early (the timer is capped): plan again
            return
        self.sync_now()

    def sync_now(self, from_file: Path | None = None) -> None:
        if self.running:
            return
        self.running = True
        self.view.set_busy(True)
        backend = self.window.backend
        self.window.tasks.io(lambda ctx: backend.sync(ctx.report, from_file), self._synced,
                             on_error=self._failed, on_progress=self.view.set_progress)

    def load_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Indlæs data fra fil"), "",
            self.tr("Nødkopi-data (*.bundle);;Alle filer (*)"))
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
        from continuity_app.errors import KnownError
        from continuity_app.gui.errors import describe

        if not isinstance(err, KnownError):
            log.error("sync failed unexpectedly:\n%s", tb)
        self.running = False
        self.view.set_busy(False)
        self.last_message = describe(err)
        self.view.show_message(self.last_message)
        self.refresh_status()

    def reload_session(self) -> None:
        context = self.window.context
        session = context.session
        if session is None:
            return
        backend = self.window.backend

        def job(ctx: Any) -> dict[str, str] | None:
            fresh = backend.reload(session, ctx.report)
            return None if fresh is None else fresh.store.meta

        def reloaded(meta: dict[str, str] | None) -> None:
            self.reloading = False
            if meta is not None and context.session is session:
                context.set_session(session, meta)
                for view in self.window.views:
                    view.load()
            self.window.refresh_banner()

        def failed(err: BaseException, tb: str) -> None:
            self.reloading = False
            self.window.tasks.error_handler(err, tb)

        self.reloading = True
        self.window.tasks.db(job, reloaded, on_error=failed)
