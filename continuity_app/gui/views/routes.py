"""Kørelister: pick a date and a route (defaults: today, the unit's routes); visits in order.

As good as the paper route sheet: each visit's address with postcode, the citizen's
phone and the key/door info (only for this route's visits), and how the visit went.
A visit is marked udført / ikke udført / flyttet here (the buttons, or Ctrl+Shift+U /
Ctrl+Shift+I / Ctrl+Shift+F) through the journal actions of the main window; the
progress ("4 af 11 udført") follows the journal. When the data hold no route for today
the view says so in red and names the day it shows instead.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from continuity_app.gui import fmt, labels
from continuity_app.gui.context import AppContext
from continuity_app.gui.models.base import OBJECT_ROLE
from continuity_app.gui.models.lists import VisitModel
from continuity_app.gui.views.common import (
    PrintRequest,
    follow_journal,
    heading,
    make_table,
)
from continuity_app.gui.views.fitting import freeze_columns

NO_TODAY_STYLE = (
    "QLabel#routeDayWarning { color: #8e0000; background: #fde7e7;"
    " border: 2px solid #c62828; border-radius: 4px; padding: 4px;"
    " font-weight: bold; }"
)


class RoutesView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.date_box = QComboBox()
        self.date_box.setObjectName("routeDate")
        self.date_box.setAccessibleName(self.tr("Dato"))
        # as wide as its longest day, whenever the days change (never "…december 202")
        self.date_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.route_box = QComboBox()
        self.route_box.setObjectName("routeName")
        self.route_box.setAccessibleName(self.tr("Køreliste"))
        self.route_box.setMinimumContentsLength(24)
        self.date_box.currentIndexChanged.connect(self._date_changed)
        self.route_box.currentIndexChanged.connect(self._route_changed)
        date_label = QLabel(self.tr("&Dato:"))
        date_label.setBuddy(self.date_box)
        route_label = QLabel(self.tr("&Køreliste:"))
        route_label.setBuddy(self.route_box)
        pickers = QHBoxLayout()
        pickers.addWidget(date_label)
        pickers.addWidget(self.date_box)
        pickers.addSpacing(12)
        pickers.addWidget(route_label)
        pickers.addWidget(self.route_box, 1)
        self.route_info = QLabel()
        self.route_info.setObjectName("routeInfo")
        self.route_info.setWordWrap(True)
        self.day_warning = QLabel()
        self.day_warning.setObjectName("routeDayWarning")
        self.day_warning.setWordWrap(True)
        self.day_warning.setStyleSheet(NO_TODAY_STYLE)
        self.day_warning.setVisible(False)
        self.progress = QLabel()
        self.progress.setObjectName("routeProgress")
        self.outcome_buttons = [
            QPushButton(text)
            for text in (
                self.tr("Udført (Ctrl+Shift+U)"),
                self.tr("Ikke udført… (Ctrl+Shift+I)"),
                self.tr("Flyttet… (Ctrl+Shift+F)"),
            )
        ]
        for name, button in zip(
            ("visitDone", "visitNotDone", "visitMoved"), self.outcome_buttons, strict=True
        ):
            button.setObjectName(name)
            button.setEnabled(False)
        self.journal: Any = None
        self.model = VisitModel(self)
        self.table = make_table(
            self.model, self.tr("Besøg i rækkefølge"), sortable=False, stretch=VisitModel.Column.TASKS
        )
        self.table.setObjectName("visitTable")
        # scrolled sideways (very large text): number, time, status and the citizen stay
        freeze_columns(self.table, VisitModel.Column.CITIZEN + 1)
        self.table.activated.connect(self._open_index)
        hint = QLabel(self.tr("Enter eller dobbeltklik åbner borgeren."))
        outcomes = QHBoxLayout()
        outcomes.addWidget(self.progress, 1)
        for button in self.outcome_buttons:
            outcomes.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Kørelister")))
        layout.addLayout(pickers)
        layout.addWidget(self.day_warning)
        layout.addWidget(self.route_info)
        layout.addWidget(self.table, 1)
        layout.addLayout(outcomes)
        layout.addWidget(hint)
        self.setTabOrder(self.date_box, self.route_box)
        self.setTabOrder(self.route_box, self.table)
        previous: QWidget = self.table
        for button in self.outcome_buttons:
            self.setTabOrder(previous, button)
            previous = button
        self._routes: list[Any] = []
        self._today: dt.date | None = None
        self._held = True

    def title(self) -> str:
        return self.tr("Kørelister")

    def focus_target(self) -> QWidget:
        return self.date_box

    def load(self) -> None:
        unit = self.context.unit_id
        today = self.context.today()
        self.context.query(
            lambda store: (
                store.route_dates(unit_id=unit),
                store.coverage.holds("routes"),
                store.coverage.holds("key_info"),
            ),
            lambda result: self._set_dates(result[0], today, held=result[1], keys_held=result[2]),
        )

    def unit_changed(self) -> None:
        """The unit picker of a multi-unit scope chose another unit: its routes."""
        if self.context.session is not None:
            self.load()

    def attach_journal(self, actions: Any) -> None:
        """The main window's journal actions: the buttons mark the selected visit, the
        progress follows the journal."""
        self.journal = actions
        for button, action in zip(self.outcome_buttons, actions.visit_actions, strict=True):
            button.clicked.connect(action.trigger)
        follow_journal(self, actions.controller, self._refresh_outcomes)
        self._refresh_outcomes()

    def clear(self) -> None:
        for box in (self.date_box, self.route_box):
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)
        self._routes = []
        self.model.clear()
        self.model.set_outcomes({})
        self.route_info.clear()
        self.day_warning.clear()
        self.day_warning.setVisible(False)
        self.progress.clear()
        self._today = None

    def print_request(self) -> PrintRequest | None:
        day = self.date_box.currentData()
        if day is None:
            return None
        return PrintRequest(
            "route",
            self.tr("Kørelister %1").replace("%1", fmt.date_text(day)),
            unit_id=self.context.unit_id,
            date=day,
        )

    # --- pickers ------------------------------------------------------------------------
    def _set_dates(
        self, dates: list[dt.date], today: dt.date, *, held: bool = True, keys_held: bool = True
    ) -> None:
        self._today = today
        self._held = held
        self.model.keys_held = keys_held
        self.date_box.blockSignals(True)
        self.date_box.clear()
        for day in dates:
            text = fmt.weekday_date_text(day)
            if day == today:
                text = self.tr("I dag, %1").replace("%1", text)
            self.date_box.addItem(text, day)
        self.date_box.setCurrentIndex(_closest(dates, today) if dates else -1)
        texts = [self.date_box.itemText(i) for i in range(self.date_box.count())]
        if texts:  # the arrow, the frame and the focus frame beside the longest day
            metrics = self.date_box.fontMetrics()
            self.date_box.setMinimumWidth(
                max(metrics.horizontalAdvance(t) for t in texts) + 3 * metrics.height() + 8
            )
        self.date_box.blockSignals(False)
        self._date_changed()
        if not held:  # never an empty list that reads as "no routes"
            self.route_info.setText(
                self.tr("Kørelister er ikke med i data på denne computer; de står i enhedens egne data.")
            )

    def _date_changed(self, *_: Any) -> None:
        day = self.date_box.currentData()
        self._show_day_warning(day)
        if day is None:
            self.route_box.clear()
            self.model.clear()
            self._show_progress()
            return
        unit = self.context.unit_id
        self.context.query(lambda store: store.routes(date=day, unit_id=unit), self._set_routes)

    def _set_routes(self, routes: list[Any]) -> None:
        previous = self.route_box.currentText()
        self._routes = routes
        self.route_box.blockSignals(True)
        self.route_box.clear()
        for route in routes:
            self.route_box.addItem(self.route_text(route), route.route_id)
        index = self.route_box.findText(previous)
        self.route_box.setCurrentIndex(index if index >= 0 else (0 if routes else -1))
        self.route_box.blockSignals(False)
        self._route_changed()

    def _route_changed(self, *_: Any) -> None:
        route_id = self.route_box.currentData()
        if route_id is None:
            self.model.clear()
            self.route_info.clear()
            self._show_progress()
            return
        route = next((r for r in self._routes if r.route_id == route_id), None)
        if route is not None:
            parts = [
                p
                for p in (
                    self.tr("Personale: %1").replace("%1", route.staff) if route.staff else "",
                    self.tr("Bil: %1").replace("%1", route.vehicle_id) if route.vehicle_id else "",
                )
                if p
            ]
            self.route_info.setText(" · ".join(parts))
        self.context.query(lambda store: store.route_visits(route_id), self._set_visits)

    def _set_visits(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self._refresh_outcomes()

    def route_text(self, route: Any) -> str:
        """A route's name in the picker: with its shift, and in a multi-unit scope with its
        unit (else hundreds of "Dag 1" look alike)."""
        shift = labels.shift(route.shift)
        text = f"{route.name} ({shift})" if shift else route.name
        if self.context.multi_unit:
            text = f"{self.context.unit_name(route.unit_id)} – {text}"
        return text

    # --- no route today -------------------------------------------------------------------
    def _show_day_warning(self, day: dt.date | None) -> None:
        today = self._today
        if today is None or day == today or not self._held:
            self.day_warning.setVisible(False)
            return
        today_text = fmt.weekday_date_text(today)
        if day is None:
            text = self.tr("Ingen køreliste for i dag (%1) i data på denne computer.").replace(
                "%1", today_text
            )
        elif today in self._dates():  # the worker picked another day
            text = (
                self.tr("Viser kørelisten for %1, ikke i dag (%2).")
                .replace("%1", fmt.weekday_date_text(day))
                .replace("%2", today_text)
            )
        else:
            text = (
                self.tr(
                    "Ingen køreliste for i dag (%1) i data på denne computer. Viser "
                    "kørelisten for %2 – tjek, at det er den dag, du skal bruge."
                )
                .replace("%1", today_text)
                .replace("%2", fmt.weekday_date_text(day))
            )
        self.day_warning.setText(text)
        self.day_warning.setVisible(True)

    def _dates(self) -> list[dt.date]:
        return [self.date_box.itemData(i) for i in range(self.date_box.count())]

    # --- progress -------------------------------------------------------------------------
    def _refresh_outcomes(self) -> None:
        available = self.journal is not None and self.journal.controller.available
        entries = self.journal.controller.entries() if available else []
        self.model.set_outcomes(visit_outcomes(entries))
        for button in self.outcome_buttons:  # a visit is marked in the journal, when there is one
            button.setEnabled(available and self.model.rowCount() > 0)
        self._show_progress()

    def _show_progress(self) -> None:
        rows = self.model.rows()
        if not rows:
            self.progress.clear()
            return
        outcomes = [self.model.outcomes.get(r.visit.visit_id, "") for r in rows]
        text = (
            self.tr("%1 af %2 udført")
            .replace("%1", str(outcomes.count("udført")))
            .replace("%2", str(len(rows)))
        )
        extra = [
            self.tr("%1 ikke udført").replace("%1", str(outcomes.count("ikke udført")))
            if "ikke udført" in outcomes
            else "",
            self.tr("%1 flyttet").replace("%1", str(outcomes.count("flyttet")))
            if "flyttet" in outcomes
            else "",
        ]
        self.progress.setText(" · ".join([text, *(e for e in extra if e)]))

    def _open_index(self, index: QModelIndex) -> None:
        row = index.data(OBJECT_ROLE)
        if row is not None:
            self.context.open_citizen.emit(row.citizen.citizen_id)


def _closest(dates: list[dt.date], today: dt.date) -> int:
    """Today's index; else the last day before today; else the first day after it."""
    if today in dates:
        return dates.index(today)
    before = [i for i, day in enumerate(dates) if day < today]
    return before[-1] if before else 0


def visit_outcomes(entries: list[Any]) -> dict[str, str]:
    """Visit id → the outcome of its latest visit entry that no correction voids."""
    from continuity_app.journal.checks import corrected_ids

    gone = corrected_ids(entries)
    out: dict[str, str] = {}
    for entry in sorted(
        (e for e in entries if e.kind == "visit" and e.id not in gone), key=lambda e: (e.at, e.recorded)
    ):
        out[str(entry.fields.get("visit_id"))] = str(entry.fields.get("outcome", ""))
    return out
