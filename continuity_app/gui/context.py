"""What every view shares: the open session (or none), the task manager, navigation.

Queries run on the database thread through :meth:`AppContext.query`; a result
that arrives after the session was locked or reloaded is dropped (the ``epoch``
changed), so no decrypted row reaches a model after a lock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from continuity_app.domain.age import local
from continuity_app.gui.session import SessionLike
from continuity_app.gui.tasks import Task, TaskManager
from continuity_app.progress import Progress

KRISESTAB = "krisestab"
ALLE = "alle"


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AppContext(QObject):
    session_opened = Signal()  # a session was unlocked, or reloaded with new data
    session_closed = Signal()  # locked: every view drops its rows now
    open_citizen = Signal(str)  # citizen_id: show the citizen view
    unit_changed = Signal()  # the unit picker of a multi-unit scope chose another unit

    def __init__(
        self, tasks: TaskManager, *, now: Callable[[], dt.datetime] = _utcnow, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.now = now
        self.session: SessionLike | None = None
        self.meta: dict[str, str] = {}
        self.epoch = 0
        self.unit_names: dict[str, str] = {}  # unit id → name, every unit the data holds
        self.chosen_unit: str | None = None  # the unit picker's choice (multi-unit scopes)

    # --- session ------------------------------------------------------------------------
    def set_session(self, session: SessionLike, meta: dict[str, str]) -> None:
        self.session = session
        self.meta = dict(meta)
        self.epoch += 1
        self.session_opened.emit()

    def drop_session(self) -> SessionLike | None:
        session, self.session = self.session, None
        self.meta = {}
        self.unit_names = {}
        self.epoch += 1
        self.session_closed.emit()
        return session

    @property
    def together(self) -> Any:
        """Every enrolment's session when the laptop holds several that opened (a
        ``vault.several.Together``: vehicles and contact trees show them all), else None."""
        together = getattr(self.session, "together", None)
        return together if together is not None and len(together.names) > 1 else None

    @property
    def scope(self) -> str:
        return self.meta.get("scope", "")

    @property
    def scope_name(self) -> str:
        return self.meta.get("scope_name") or self.scope

    @property
    def multi_unit(self) -> bool:
        """krisestab and alle hold every unit: views and packs need a unit picked."""
        return self.scope in ("", KRISESTAB, ALLE)

    @property
    def unit_id(self) -> str | None:
        """The unit in view: the laptop's own, or in a multi-unit scope the one picked
        (None: every unit)."""
        return self.chosen_unit if self.multi_unit else self.scope

    def choose_unit(self, unit_id: str | None) -> None:
        if unit_id != self.chosen_unit:
            self.chosen_unit = unit_id
            self.unit_changed.emit()

    def unit_name(self, unit_id: str | None) -> str:
        return self.unit_names.get(unit_id or "", unit_id or "")

    def today(self) -> dt.date:
        return local(self.now()).date()

    # --- work ---------------------------------------------------------------------------
    def query(
        self,
        fn: Callable[[Any], Any],
        on_done: Callable[[Any], None],
        *,
        on_progress: Progress | None = None,
    ) -> Task | None:
        """Run ``fn(store)`` on the database thread; ``on_done(result)`` on the GUI thread."""
        session = self.session
        if session is None:
            return None
        epoch = self.epoch

        def done(result: Any) -> None:
            if self.epoch == epoch:
                on_done(result)

        return self.tasks.db(lambda _ctx: fn(session.store), done, on_progress=on_progress)

    def audit(self, event: str, *, enrolments: Sequence[str] = (), **fields: Any) -> None:
        """Record an audit event (on the database thread: audit writes are serialized there):
        in the log of each of ``enrolments`` when it names the municipalities whose data a
        paper shows (vehicles, contact trees), else in the session's."""
        session = self.session
        if session is None:
            return
        together = self.together
        targets = [together.session(name) for name in enrolments] if together and enrolments else [session]

        def record(_ctx: Any) -> None:
            for each in targets:
                each.audit(event, **fields)

        self.tasks.db(record, cancellable=False)
