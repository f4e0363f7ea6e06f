"""Borgere: search as you type (name, address, CPR, phone); Enter opens the citizen.

Keystrokes restart a short debounce timer; the query runs on the database thread
and a result for older text than the field now holds is dropped. One audit event
per search session (the first search after the field was empty or a citizen was
opened) — never the text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from continuity_app.gui.context import AppContext
from continuity_app.gui.models.base import OBJECT_ROLE
from continuity_app.gui.models.citizens import CitizenHitModel
from continuity_app.gui.views.common import PrintRequest, heading, make_table

DEBOUNCE_MS = 60
LIMIT = 200


class CitizensView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.search = QLineEdit()
        self.search.setObjectName("citizenSearch")
        self.search.setPlaceholderText(self.tr("Søg på navn, adresse, CPR-nummer eller telefon"))
        self.search.setAccessibleName(self.tr("Søg efter borger"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._text_changed)
        self.search.installEventFilter(self)
        self.model = CitizenHitModel(self)
        self.table = make_table(self.model, self.tr("Søgeresultater"), stretch=CitizenHitModel.Column.ADDRESS)
        self.table.setObjectName("citizenResults")
        self.table.activated.connect(self._open_index)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Borgere")))
        layout.addWidget(self.search)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self._searched_this_session = False
        self._audit_pending = False  # the session's first search is audited with its hit count
        self._asked = ""
        self._open_when_ready = False

    def title(self) -> str:
        return self.tr("Borgere")

    def focus_target(self) -> QWidget:
        return self.search

    def load(self) -> None:
        if self.search.text():
            self.run_search()

    def clear(self) -> None:
        self._timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.clear()
        self.status.clear()
        self._searched_this_session = False

    def print_request(self) -> PrintRequest | None:
        return None  # a search is not a document; the citizen view prints the citizen

    # --- search -------------------------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self.model.clear()
            self.status.clear()
            self._searched_this_session = False
            return
        self._timer.start()

    def run_search(self) -> None:
        text = self.search.text().strip()
        if not text or self.context.session is None:
            return
        if not self._searched_this_session:
            self._searched_this_session = True
            self._audit_pending = True
        self._asked = text

        def show(result: tuple[list[Any], bool]) -> None:
            self._show(text, *result)

        self.context.query(
            lambda store: (store.search_citizens(text, limit=LIMIT), store.coverage.holds("citizens")), show
        )

    def _show(self, asked: str, hits: list[Any], all_citizens: bool = True) -> None:
        if asked != self.search.text().strip():
            return  # typed on since: a newer query is on its way
        if self._audit_pending:
            self._audit_pending = False
            self.context.audit("search", count=len(hits))  # how many, never the text
        self.model.set_rows(hits)
        if not hits and not all_citizens:
            self.status.setText(
                self.tr(
                    "Ingen sårbare borgere passer til søgningen. Data på "
                    "denne computer rummer kun de sårbare borgere."
                )
            )
        elif not hits:
            self.status.setText(self.tr("Ingen borgere passer til søgningen."))
        elif len(hits) >= LIMIT:
            self.status.setText(
                self.tr("Viser de første %1 – skriv mere for at indsnævre.").replace("%1", str(LIMIT))
            )
        else:
            self.status.setText(
                self.tr("%1 borgere fundet").replace("%1", str(len(hits)))
                if len(hits) != 1
                else self.tr("1 borger fundet")
            )
        if hits:
            self.table.setCurrentIndex(self.model.index(0, 0))
        if self._open_when_ready:
            self._open_when_ready = False
            if hits:
                self._open_index(self.model.index(0, 0))

    def _open_index(self, index: QModelIndex) -> None:
        hit = index.data(OBJECT_ROLE)
        if hit is not None:
            self._searched_this_session = False
            self.context.open_citizen.emit(hit.citizen_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search field: Enter opens the highlighted hit, Down moves into the table."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or self._asked != self.search.text().strip():
                    self._timer.stop()
                    self._open_when_ready = True  # open the first hit when it arrives
                    self.run_search()
                    return True
                index = self.table.currentIndex()
                if not index.isValid() and self.model.rowCount():
                    index = self.model.index(0, 0)
                if index.isValid():
                    self._open_index(index)
                return True
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.setCurrentIndex(self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)
