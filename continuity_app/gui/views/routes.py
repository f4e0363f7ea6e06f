"""Kørelister: pick a date and a route (defaults: today, the unit's routes); visits in order."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from continuity_app.gui import fmt, labels
from continuity_app.gui.context import AppContext
from continuity_app.gui.models.base import OBJECT_ROLE
from continuity_app.gui.models.lists import VisitModel
from continuity_app.gui.views.common import (
    PrintRequest,
    heading,
    make_table,
)


class RoutesView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.date_box = QComboBox()
        self.date_box.setObjectName("routeDate")
        self.date_box.setAccessibleName(self.tr("Dato"))
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
        self.model = VisitModel(self)
        self.table = make_table(self.model, self.tr("Besøg i rækkefølge"), sortable=False,
                                stretch=VisitModel.Column.TASKS)
        self.table.setObjectName("visitTable")
        self.table.activated.connect(self._open_index)
        hint = QLabel(self.tr("Enter eller dobbeltklik åbner borgeren."))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Kørelister")))
        layout.addLayout(pickers)
        layout.addWidget(self.route_info)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.setTabOrder(self.date_box, self.route_box)
        self.setTabOrder(self.route_box, self.table)
        self._routes: list[Any] = []

    def title(self) -> str:
        return self.tr("Kørelister")

    def focus_target(self) -> QWidget:
        return self.date_box

    def load(self) -> None:
        unit = self.context.unit_id
        today = self.context.today()
        self.context.query(lambda store: (store.route_dates(unit_id=unit),
                                          store.coverage.holds("routes")),
                           lambda result: self._set_dates(result[0], today, held=result[1]))

    def clear(self) -> None:
        for box in (self.date_box, self.route_box):
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)
        self._routes = []
        self.model.clear()
        self.route_info.clear()

    def print_request(self) -> PrintRequest | None:
        day = self.date_box.currentData()
        if day is None:
            return None
        return PrintRequest("route", self.tr("Kørelister %1").replace("%1", fmt.date_text(day)),
                            unit_id=self.context.unit_id, date=day)

    # --- pickers ------------------------------------------------------------------------
    def _set_dates(self, dates: list[dt.date], today: dt.date, *, held: bool = True) -> None:
        self.date_box.blockSignals(True)
        self.date_box.clear()
        for day in dates:
            text = fmt.weekday_date_text(day)
            if day == today:
                text = self.tr("I dag, %1").replace("%1", text)
            self.date_box.addItem(text, day)
        chosen = dates.index(today) if today in dates else 0
        self.date_box.setCurrentIndex(chosen if dates else -1)
        self.date_box.blockSignals(False)
        self._date_changed()
        if not held:  # never an empty list that reads as "no routes"
            self.route_info.setText(self.tr("Kørelister er ikke med i data på denne computer; "
                                            "de står i enhedens egne data."))

    def _date_changed(self, *_: Any) -> None:
        day = self.date_box.currentData()
        if day is None:
            self.route_box.clear()
            self.model.clear()
            return
        unit = self.context.unit_id
        self.context.query(lambda store: store.routes(date=day, unit_id=unit), self._set_routes)

    def _set_routes(self, routes: list[Any]) -> None:
        previous = self.route_box.currentText()
        self._routes = routes
        self.route_box.blockSignals(True)
        self.route_box.clear()
        for route in routes:
            shift = labels.shift(route.shift)
            self.route_box.addItem(f"{route.name} ({shift})" if shift else route.name,
                                   route.route_id)
        index = self.route_box.findText(previous)
        self.route_box.setCurrentIndex(index if index >= 0 else (0 if routes else -1))
        self.route_box.blockSignals(False)
        self._route_changed()

    def _route_changed(self, *_: Any) -> None:
        route_id = self.route_box.currentData()
        if route_id is None:
            self.model.clear()
            self.route_info.clear()
            return
        route = next((r for r in self._routes if r.route_id == route_id), None)
        if route is not None:
            parts = [p for p in (self.tr("Personale: %1").replace("%1", route.staff)
                                 if route.staff else "",
                                 self.tr("Bil: %1").replace("%1", route.vehicle_id)
                                 if route.vehicle_id else "") if p]
            self.route_info.setText(" · ".join(parts))
        self.context.query(lambda store: store.route_visits(route_id), self._set_visits)

    def _set_visits(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)

    def _open_index(self, index: QModelIndex) -> None:
        row = index.data(OBJECT_ROLE)
        if row is not None:
            self.context.open_citizen.emit(row.citizen.citizen_id)
