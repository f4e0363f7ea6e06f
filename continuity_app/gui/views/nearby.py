"""I nærheden: the units within a radius of a unit or a point, nearest first.

For a chemical release or a local power cut: close windows, stop ventilation, check
the generators. A thin layer over :mod:`continuity_app.crisis.nearby`; units the data
gives no coordinates are listed apart, never left out. Ctrl+P prints the ``nearby``
pack for the same point and radius.

Keyboard: type a unit's name (or pick it) or ``56,55 8,31``, Tab to the radius, Enter.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from continuity_app.crisis.nearby import Nearby, NearUnit
from continuity_app.domain.models import Unit
from continuity_app.gui import fmt
from continuity_app.gui.context import AppContext
from continuity_app.gui.models.base import RowModel
from continuity_app.gui.views.common import PrintRequest, heading, make_table

DEFAULT_RADIUS_KM = 2.0


class UnitColumns(IntEnum):
    DISTANCE = 0
    UNIT = 1
    CATEGORY = 2
    PHONE = 3
    MANAGER = 4
    GENERATOR = 5
    ADDRESS = 6


class NearModel(RowModel):
    """Units within the radius (``NearUnit``) or without coordinates (``Unit``)."""

    Column = UnitColumns
    COLUMNS = UnitColumns

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {
            c.DISTANCE: self.tr("Afstand"),
            c.UNIT: self.tr("Enhed"),
            c.CATEGORY: self.tr("Kat."),
            c.PHONE: self.tr("Telefon"),
            c.MANAGER: self.tr("Leder"),
            c.GENERATOR: self.tr("Nødstrøm"),
            c.ADDRESS: self.tr("Adresse"),
        }

    def display(self, row: NearUnit | Unit, column: int) -> str:
        c = self.Column
        unit = row.unit if isinstance(row, NearUnit) else row
        if column == c.DISTANCE:
            if not isinstance(row, NearUnit):
                return self.tr("ukendt")
            return self.tr("%1 km").replace("%1", QLocale().toString(row.distance_km, "f", 2))
        if column == c.UNIT:
            return unit.name
        if column == c.CATEGORY:
            return str(unit.category or "")
        if column == c.PHONE:
            return unit.phone
        if column == c.MANAGER:
            return " · ".join(p for p in (unit.manager, unit.manager_phone) if p)
        if column == c.GENERATOR:
            return fmt.yes_no(unit.generator)
        if column == c.ADDRESS:
            return ", ".join(p for p in (unit.address, f"{unit.postcode} {unit.city}".strip()) if p)
        return ""

    def bold(self, row: NearUnit | Unit, column: int) -> bool:
        return column == self.Column.UNIT


class NearbyView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.units: list[Unit] = []
        self.result: Nearby | None = None
        self.point = QComboBox()
        self.point.setObjectName("nearbyPoint")
        self.point.setEditable(True)
        self.point.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.point.setAccessibleName(self.tr("Punkt: enhed eller koordinater"))
        self.point.setMinimumContentsLength(30)
        self.radius = QDoubleSpinBox()
        self.radius.setObjectName("nearbyRadius")
        self.radius.setAccessibleName(self.tr("Radius i km"))
        self.radius.setRange(0.1, 200.0)
        self.radius.setDecimals(1)
        self.radius.setSingleStep(0.5)
        self.radius.setSuffix(" km")
        self.radius.setValue(DEFAULT_RADIUS_KM)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setObjectName("nearbyFind")
        self.find_button.clicked.connect(self.search)
        line = self.point.lineEdit()
        assert line is not None
        line.returnPressed.connect(self.search)
        self.radius.lineEdit().returnPressed.connect(self.search)
        self.within = NearModel(self)
        self.apart = NearModel(self)
        self.table = make_table(self.within, self.tr("Enheder inden for radius"), stretch=UnitColumns.ADDRESS)
        self.table.setObjectName("nearbyTable")
        self.apart_table = make_table(
            self.apart, self.tr("Enheder uden koordinater"), stretch=UnitColumns.ADDRESS
        )
        self.apart_table.setObjectName("nearbyApart")
        self.summary = QLabel()
        self.summary.setObjectName("nearbySummary")
        self.summary.setWordWrap(True)
        self.apart_heading = QLabel()
        bar = QHBoxLayout()
        for text, widget in ((self.tr("&Punkt:"), self.point), (self.tr("&Radius:"), self.radius)):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addWidget(self.find_button)
        bar.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.table, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.apart_heading)
        bottom_layout.addWidget(self.apart_table, 1)
        from PySide6.QtCore import Qt

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        hint = QLabel(
            self.tr(
                "Skriv en enheds navn eller koordinater (breddegrad, længdegrad – "
                "fx 56,53 8,20), vælg radius og tryk Enter. Ctrl+P udskriver "
                "listen."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Enheder i nærheden")))
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)

    def title(self) -> str:
        return self.tr("I nærheden")

    def focus_target(self) -> QWidget:
        return self.point

    def load(self) -> None:
        self.context.query(lambda store: store.units(), self._set_units)

    def clear(self) -> None:
        self.units = []
        self.result = None
        self.point.clear()
        self.within.clear()
        self.apart.clear()
        self.summary.clear()
        self.apart_heading.clear()

    def print_request(self) -> PrintRequest | None:
        if self.context.session is None or self.result is None:
            return None
        return PrintRequest(
            "nearby", self.tr("Enheder i nærheden"), near=self.point_text(), radius_km=self.radius.value()
        )

    def _set_units(self, units: list[Unit]) -> None:
        self.units = units
        typed = self.point.currentText()
        self.point.blockSignals(True)
        self.point.clear()
        for unit in sorted(units, key=lambda u: u.name.casefold()):
            self.point.addItem(unit.name, unit.unit_id)
        self.point.setCurrentIndex(-1)
        self.point.setEditText(typed)
        self.point.blockSignals(False)
        if self.result is not None:
            self.search()

    def point_text(self) -> str:
        """What the core reads: the picked unit's id, or the typed text (a name or LAT,LON)."""
        text = self.point.currentText().strip()
        index = self.point.findText(text)
        return str(self.point.itemData(index)) if index >= 0 else text

    def search(self) -> None:
        from continuity_app.crisis.nearby import NearbyError, nearby, parse_point

        try:
            centre = parse_point(self.point_text(), self.units)
            result = nearby(self.units, centre, self.radius.value())
        except NearbyError:
            self.result = None
            self.within.clear()
            self.apart.clear()
            self.summary.setText(
                self.tr(
                    "Punktet kan ikke bruges: skriv en enhed med koordinater eller breddegrad og "
                    "længdegrad i decimalgrader, fx 56,53 8,20."
                )
            )
            self.apart_heading.clear()
            return
        self.result = result
        self.within.set_rows(result.within)
        self.apart.set_rows(result.without_coordinates)
        radius = QLocale().toString(result.radius_km, "f", 1)
        self.summary.setText(
            self.tr("%1 enheder inden for %2 km af %3, nærmeste først (%4 længere væk).")
            .replace("%1", str(len(result.within)))
            .replace("%2", radius)
            .replace("%3", result.centre.label)
            .replace("%4", str(result.outside))
        )
        self.apart_heading.setText(
            self.tr("Uden koordinater – kan ikke placeres, tjek dem selv: %1").replace(
                "%1", str(len(result.without_coordinates))
            )
        )
        if result.within:
            self.table.setCurrentIndex(self.within.index(0, 0))
