"""The GUI's hand on the outage journal: who is working, writing entries, what is due.

A thin layer: every rule lives in ``continuity_app.journal`` (checks, duplicates,
PN maxima, due effect checks) and ``continuity_app.crisis``. Entries are written
on the database thread (they are checked against the unlocked data there); the
screen hears ``changed`` once the entry is durable. The clock is the context's
``now``, so tests move time without sleeping.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from continuity_app.gui.context import AppContext

log = logging.getLogger(__name__)

DUE_CHECK_MS = 60_000  # the banner's "effekt skal vurderes" is re-judged every minute


class JournalController(QObject):
    changed = Signal()  # an entry was written, the initials or the drill state changed
    written = Signal(object)  # the AddResult of an entry just made durable

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.journal: Any = None
        self.initials = ""
        self.timer = QTimer(self)
        self.timer.setInterval(DUE_CHECK_MS)
        self.timer.timeout.connect(self.changed.emit)
        context.session_opened.connect(self._opened)
        context.session_closed.connect(self._closed)

    # --- session ------------------------------------------------------------------------
    def _opened(self) -> None:
        from continuity_app.journal import Journal

        session = self.context.session
        try:
            self.journal = Journal.open(session)  # type: ignore[arg-type]
            self.journal.initials = self.initials
        except (AttributeError, TypeError):  # a stand-in session without a journal
            self.journal = None
        self.timer.start()
        self.changed.emit()

    def _closed(self) -> None:
        self.journal = None
        self.initials = ""  # the next person unlocking says who they are
        self.timer.stop()
        self.changed.emit()

    @property
    def available(self) -> bool:
        return self.journal is not None

    def set_initials(self, initials: str) -> None:
        from continuity_app.journal.validate import check_initials

        self.initials = check_initials(initials)
        if self.journal is not None:
            self.journal.initials = self.initials
        self.changed.emit()

    # --- reading (the journal's own cache; no store access) -----------------------------
    def entries(self) -> list[Any]:
        if self.journal is None:
            return []
        try:
            return list(self.journal.entries())
        except Exception:  # a damaged journal file: the view says so, the app keeps going
            log.exception("the journal could not be read")
            return []

    def due_effects(self, citizen_id: str | None = None) -> list[Any]:
        if self.journal is None:
            return []
        due = self.journal.due_effects(self.context.now())
        return [e for e in due if citizen_id is None or e.citizen_id == citizen_id]

    def drill_active(self) -> bool:
        return self.journal is not None and bool(self.journal.drill_active())

    # --- writing ------------------------------------------------------------------------
    def add(
        self,
        kind: str,
        fields: dict[str, Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        confirm_duplicate: bool = False,
        at: Any = None,
    ) -> None:
        """Write one entry on the database thread; ``on_done(AddResult)`` when durable."""
        journal = self.journal
        if journal is None:
            return
        now = self.context.now()
        epoch = self.context.epoch

        def job(_ctx: Any) -> Any:
            return journal.add(
                kind, fields, initials=self.initials, at=at, now=now, confirm_duplicate=confirm_duplicate
            )

        def done(result: Any) -> None:
            if self.context.epoch != epoch:
                return
            self.written.emit(result)
            self.changed.emit()
            if on_done is not None:
                on_done(result)

        def failed(err: BaseException, _tb: str) -> None:
            if on_error is not None:
                on_error(err)
            else:
                log.error("a journal entry was not written: %s", err)

        self.context.tasks.db(job, done, on_error=failed, cancellable=False)
