"""Køretøjer: vehicles with filters that combine (fuel, free/reserved, unit, wheelchair,
4×4); the selected vehicle's whole record (where it stands, where its keys are) in a
pane the keyboard reaches; fuel stocks below."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from continuity_app.domain.models import Fuel
from continuity_app.gui import labels
from continuity_app.gui.context import AppContext
from continuity_app.gui.models.base import OBJECT_ROLE, FilterProxy
from continuity_app.gui.models.vehicles import FuelStockModel, VehicleModel
from continuity_app.gui.views.common import PrintRequest, heading, make_table


class VehiclesView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = VehicleModel(self)
        self.proxy = FilterProxy(self.model, self)
        self.fuel_box = QComboBox()
        self.fuel_box.setObjectName("vehicleFuel")
        self.fuel_box.setAccessibleName(self.tr("Drivmiddel"))
        self.fuel_box.addItem(self.tr("Alle drivmidler"), None)
        for fuel in Fuel:
            self.fuel_box.addItem(labels.fuel(fuel), fuel)
        self.free_box = QComboBox()
        self.free_box.setObjectName("vehicleFree")
        self.free_box.setAccessibleName(self.tr("Fri eller reserveret"))
        self.free_box.addItem(self.tr("Fri og reserveret"), None)
        self.free_box.addItem(self.tr("Kun fri"), True)
        self.free_box.addItem(self.tr("Kun reserveret"), False)
        self.unit_box = QComboBox()
        self.unit_box.setObjectName("vehicleUnit")
        self.unit_box.setAccessibleName(self.tr("Enhed"))
        for box in (self.fuel_box, self.free_box, self.unit_box):
            box.currentIndexChanged.connect(self._apply)
        self.wheelchair_box = QCheckBox(self.tr("&Kørestol"))
        self.wheelchair_box.setObjectName("vehicleWheelchair")
        self.four_by_four_box = QCheckBox(self.tr("&4×4"))
        self.four_by_four_box.setObjectName("vehicleFourByFour")
        for check in (self.wheelchair_box, self.four_by_four_box):
            check.toggled.connect(self._apply)
        self.table = make_table(self.proxy, self.tr("Køretøjer"))
        self.table.setObjectName("vehicleTable")
        self.detail = QLabel()
        self.detail.setObjectName("vehicleDetail")
        self.detail.setAccessibleName(self.tr("Det valgte køretøj"))
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        # after the flags (they reset it): Tab reaches the text, the arrow keys select it
        self.detail.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.table.selectionModel().currentChanged.connect(self._show_detail)
        self.stocks = FuelStockModel(self)
        self.stock_proxy = FilterProxy(self.stocks, self)
        self.stock_table = make_table(
            self.stock_proxy, self.tr("Brændstoflagre"), stretch=FuelStockModel.Column.ACCESS
        )
        self.stock_table.setObjectName("fuelStockTable")
        self.count = QLabel()
        bar = QHBoxLayout()
        for text, box in (
            (self.tr("&Drivmiddel:"), self.fuel_box),
            (self.tr("&Status:"), self.free_box),
            (self.tr("E&nhed:"), self.unit_box),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            bar.addWidget(label)
            bar.addWidget(box)
        bar.addStretch(1)
        needs = QHBoxLayout()  # a row of its own: the window stays usable when narrow
        needs.addWidget(QLabel(self.tr("Skal have:")))
        needs.addWidget(self.wheelchair_box)
        needs.addWidget(self.four_by_four_box)
        needs.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(heading(self.tr("Køretøjer")))
        top_layout.addLayout(bar)
        top_layout.addLayout(needs)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.count)
        top_layout.addWidget(self.detail)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(heading(self.tr("Brændstoflagre")))
        bottom_layout.addWidget(self.stock_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        order = [
            self.fuel_box,
            self.free_box,
            self.unit_box,
            self.wheelchair_box,
            self.four_by_four_box,
            self.table,
            self.detail,
            self.stock_table,
        ]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        self.table.activated.connect(lambda _index: self.detail.setFocus())  # Enter: read it all

    def title(self) -> str:
        return self.tr("Køretøjer")

    def focus_target(self) -> QWidget:
        return self.fuel_box

    def load(self) -> None:
        from continuity_app.vault.several import Tagged

        together = self.context.together
        if together is None:  # one municipality: its rows, untagged

            def one(store: Any) -> Any:
                return tuple(
                    [Tagged("", r, "") for r in rows]
                    for rows in (store.vehicles(), store.fuel_stocks(), store.units())
                )

            self.context.query(one, self._set)
            return
        self.context.query(
            lambda _store: (together.vehicles(), together.fuel_stocks(), together.units()), self._set
        )

    def clear(self) -> None:
        self.model.clear()
        self.stocks.clear()
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.blockSignals(False)
        self.count.clear()
        self.detail.clear()

    def print_request(self) -> PrintRequest | None:
        if self.context.session is None:
            return None
        return PrintRequest("vehicles", self.tr("Køretøjer og brændstof"))

    def _set(self, result: tuple[list[Any], list[Any], list[Any]]) -> None:
        """Rows tagged with their municipality (``vault.several.Tagged``; "" when one)."""
        tagged_vehicles, tagged_stocks, units = result
        several = any(t.enrolment for t in tagged_vehicles + tagged_stocks)
        vehicles = [t.item for t in tagged_vehicles]
        self.model.towns = {id(t.item): t.enrolment for t in tagged_vehicles if t.enrolment}
        self.stocks.towns = {id(t.item): t.enrolment for t in tagged_stocks if t.enrolment}
        self.table.setColumnHidden(VehicleModel.Column.MUNICIPALITY, not several)
        self.stock_table.setColumnHidden(FuelStockModel.Column.MUNICIPALITY, not several)
        names = {(f"{u.enrolment}:" if u.enrolment else "") + u.item.unit_id: u.item.name for u in units}
        if several:  # one unit name may be in two municipalities: say which
            names = {key: f"{name} ({key.partition(':')[0]})" for key, name in names.items()}
        self.model.unit_names = names
        owners = sorted(
            {self.model.unit_key(v) for v in vehicles if v.owner_unit_id},
            key=lambda u: str(names.get(u, u)).casefold(),
        )
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.addItem(self.tr("Alle enheder"), None)
        for key in owners:
            self.unit_box.addItem(names.get(key, key), key)
        self.unit_box.blockSignals(False)
        self.model.set_rows(vehicles)
        self.stocks.set_rows([t.item for t in tagged_stocks])
        self._apply()

    def _apply(self, *_: Any) -> None:
        fuel = self.fuel_box.currentData()
        free = self.free_box.currentData()
        unit = self.unit_box.currentData()
        wheelchair = self.wheelchair_box.isChecked()
        four_by_four = self.four_by_four_box.isChecked()
        self.proxy.set_predicate(
            lambda v: (
                (fuel is None or v.fuel == fuel)
                and (free is None or v.is_free == free)
                and (unit is None or self.model.unit_key(v) == unit)
                and (not wheelchair or v.wheelchair)
                and (not four_by_four or v.four_wheel_drive)
            )
        )
        self.count.setText(
            self.tr("%1 af %2 køretøjer vist")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    def _show_detail(self, *_: Any) -> None:
        index = self.table.currentIndex()
        vehicle = index.data(OBJECT_ROLE) if index.isValid() else None
        if vehicle is None:
            self.detail.clear()
            return
        model = self.model
        column = model.Column
        row = self.proxy.mapToSource(index).row()

        def cell(c: int) -> str:
            return str(model.index(row, c).data() or "").replace("\u00a0", " ")

        lines = [
            " · ".join(
                p
                for p in (vehicle.registration, vehicle.make_model, cell(column.FUEL), cell(column.RANGE))
                if p
            ),
            self.tr("Holder: %1").replace("%1", vehicle.location or labels.not_stated()),
            self.tr("Nøgler: %1").replace("%1", vehicle.key_location or labels.not_stated()),
            self.tr("Reserveret / fri: %1").replace("%1", cell(column.STATUS)),
        ]
        contact = " ".join(p for p in (vehicle.contact_name, vehicle.contact_phone) if p)
        if contact:
            lines.append(self.tr("Kontakt: %1").replace("%1", contact))
        if vehicle.notes:
            lines.append(vehicle.notes)
        self.detail.setText("\n".join(lines))
