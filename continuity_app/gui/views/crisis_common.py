"""What the crisis staff's views share: the window's journal controller (read and write).

The main window hands its :class:`~continuity_app.gui.journaling.JournalController` to
every view with ``attach_journal``; a view then reads the journal's entries (its
cache, on the GUI thread), writes through the controller (on the database thread,
under the initials of whoever is working) and hears ``journal_changed`` after each
entry and on the controller's minute tick (escalations and releases are judged by
the clock) — while it is on screen. A view out of sight is only marked stale and
judges again when it is shown: a PN dose given on a citizen's card must not wait for
a vehicle board of thousands of rows to lay itself out behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from continuity_app.gui.views.common import follow_journal


def view_key(view: QWidget, keys: str, slot: Callable[[], Any]) -> QAction:
    """A key that works anywhere inside ``view`` (and only there), at once."""
    action = QAction(view)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    view.addAction(action)
    return action


class JournalViewMixin:
    journal: Any = None  # the JournalController, once attached

    def attach_journal(self, actions: Any) -> None:
        """The main window's journal actions; the view writes through their controller."""
        self.journal = actions.controller
        if isinstance(self, QWidget):
            follow_journal(self, actions.controller, self.journal_changed)

    def journal_changed(self) -> None:
        """Re-judge what the view shows (an entry was written, or a minute passed)."""

    def journal_entries(self) -> list[Any]:
        return [] if self.journal is None else self.journal.entries()

    def write(self, kind: str, fields: dict[str, Any], on_done: Callable[[Any], None] | None = None) -> bool:
        """Write one entry; False (and the reason shown) when it cannot be written now."""
        from PySide6.QtCore import QCoreApplication

        def say(text: str) -> None:  # in the view's own ``message`` label
            label = getattr(self, "message", None)
            if isinstance(label, QLabel):
                label.setText(text)

        if self.journal is None or not self.journal.available:
            say(QCoreApplication.translate("CrisisViews", "Journalen er ikke åben: lås op først."))
            return False
        if not self.journal.initials:
            say(
                QCoreApplication.translate(
                    "CrisisViews", "Skriv først dine initialer (Ctrl+I); så kan det registreres."
                )
            )
            return False

        def failed(err: BaseException) -> None:
            from continuity_app.errors import KnownError

            say(
                str(err)
                if isinstance(err, KnownError)
                else QCoreApplication.translate("CrisisViews", "Registreringen mislykkedes.")
            )

        def done(result: Any) -> None:
            say("")
            if on_done is not None:
                on_done(result)

        self.journal.add(kind, fields, on_done=done, on_error=failed)
        return True
