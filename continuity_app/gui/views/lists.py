"""Sårbare borgere and Enheder: sortable, filterable lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from continuity_app.domain.models import Category
from continuity_app.gui import labels
from continuity_app.gui.context import AppContext
from continuity_app.gui.models.base import OBJECT_ROLE, FilterProxy
from continuity_app.gui.models.lists import UnitModel, VulnerableModel
from continuity_app.gui.views.common import PrintRequest, heading, make_table


def _filter_field(placeholder: str, name: str) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(name)
    field.setClearButtonEnabled(True)
    return field


class VulnerableView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = VulnerableModel(self)
        self.proxy = FilterProxy(self.model, self)
        self.unit_box = QComboBox()
        self.unit_box.setObjectName("vulnerableUnit")
        self.unit_box.setAccessibleName(self.tr("Enhed"))
        self.unit_box.currentIndexChanged.connect(self._apply)
        self.priority_box = QComboBox()
        self.priority_box.setObjectName("vulnerablePriority")
        self.priority_box.setAccessibleName(self.tr("Prioritet"))
        self.priority_box.addItem(self.tr("Alle dage"), None)
        for day in (1, 2, 3):
            self.priority_box.addItem(labels.day_priority(day), day)
        self.priority_box.currentIndexChanged.connect(self._apply)
        self.filter = _filter_field(
            self.tr("Filtrér på navn, adresse, årsag …"), self.tr("Filtrér sårbare borgere")
        )
        self.filter.setObjectName("vulnerableFilter")
        self.filter.textChanged.connect(self.proxy.set_text)
        self.table = make_table(
            self.proxy, self.tr("Sårbare borgere"), stretch=VulnerableModel.Column.REASONS
        )
        self.table.setObjectName("vulnerableTable")
        self.table.activated.connect(
            lambda index: self.context.open_citizen.emit(index.data(OBJECT_ROLE).citizen.citizen_id)
        )
        self.count = QLabel()
        self.legend = QLabel(labels.day_priority_legend())
        self.legend.setObjectName("priorityLegend")
        self.legend.setWordWrap(True)
        bar = QHBoxLayout()
        for text, box in ((self.tr("E&nhed:"), self.unit_box), (self.tr("&Prioritet:"), self.priority_box)):
            label = QLabel(text)
            label.setBuddy(box)
            bar.addWidget(label)
            bar.addWidget(box)
        bar.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sårbare borgere")))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.legend)
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)
        self.proxy.modelReset.connect(self._count)
        self.proxy.layoutChanged.connect(self._count)

    def title(self) -> str:
        return self.tr("Sårbare borgere")

    def focus_target(self) -> QWidget:
        return self.filter

    def load(self) -> None:
        self.context.query(
            lambda store: (store.vulnerable(), store.units(), store.coverage.holds("relatives")), self._set
        )

    def unit_changed(self) -> None:
        """The unit picker of a multi-unit scope chose a unit: show that unit's citizens."""
        index = self.unit_box.findData(self.context.unit_id)
        self.unit_box.setCurrentIndex(max(0, index))

    def clear(self) -> None:
        self.model.clear()
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.blockSignals(False)
        self.filter.clear()
        self.count.clear()

    def print_request(self) -> PrintRequest | None:
        if self.context.session is None:
            return None
        return PrintRequest(
            "vulnerable",
            self.tr("Sårbare borgere"),
            unit_id=self.unit_box.currentData() or self.context.unit_id,
        )

    def _set(self, result: tuple[list[Any], list[Any], bool]) -> None:
        rows, units, relatives_held = result
        present = {r.citizen.unit_id for r in rows}
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.addItem(self.tr("Alle enheder"), None)
        for unit in units:
            if unit.unit_id in present:
                self.unit_box.addItem(unit.name, unit.unit_id)
        self.unit_box.blockSignals(False)
        self.model.set_rows(rows)
        self.table.sortByColumn(VulnerableModel.Column.PRIORITY, Qt.SortOrder.AscendingOrder)
        # one unit's laptop: the unit column would repeat the same name on every line
        self.table.setColumnHidden(VulnerableModel.Column.UNIT, len(present) <= 1)
        # A scope without relatives (krisestab) must not show every relative as missing.
        self.table.setColumnHidden(VulnerableModel.Column.RELATIVE, not relatives_held)
        self.unit_box.setEnabled(len(present) > 1)
        if self.context.multi_unit:  # the unit picker's choice
            self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(self.context.unit_id)))
        self._apply()

    def _apply(self, *_: Any) -> None:
        unit = self.unit_box.currentData()
        day = self.priority_box.currentData()
        self.proxy.set_predicate(
            lambda row: (
                (unit is None or row.citizen.unit_id == unit)
                and (day is None or row.vulnerability.day_priority == day)
            )
        )
        self._count()

    def _count(self, *_: Any) -> None:
        self.count.setText(
            self.tr("%1 af %2 sårbare borgere vist")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )


class UnitsView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = UnitModel(self)
        self.proxy = FilterProxy(self.model, self)
        self.category_box = QComboBox()
        self.category_box.setObjectName("unitCategory")
        self.category_box.setAccessibleName(self.tr("Kategori"))
        self.category_box.addItem(self.tr("Alle kategorier"), None)
        for category in Category:
            self.category_box.addItem(labels.category(category), category)
        self.category_box.currentIndexChanged.connect(self._apply)
        self.filter = _filter_field(self.tr("Filtrér på navn, adresse …"), self.tr("Filtrér enheder"))
        self.filter.textChanged.connect(self.proxy.set_text)
        self.table = make_table(self.proxy, self.tr("Enheder"), stretch=UnitModel.Column.ADDRESS)
        self.table.setObjectName("unitTable")
        note = QLabel(
            self.tr(
                "A: skal køre · B: kan køre (fx pasning af børn af personale i A) · "
                "C: lukker ved langvarigt forsyningssvigt"
            )
        )
        note.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Kategori:")))
        bar.addWidget(self.category_box)
        bar.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Enheder")))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

    def title(self) -> str:
        return self.tr("Enheder")

    def focus_target(self) -> QWidget:
        return self.category_box

    def load(self) -> None:
        self.context.query(lambda store: store.units(), self._set)

    def clear(self) -> None:
        self.model.clear()
        self.filter.clear()

    def print_request(self) -> PrintRequest | None:
        return None  # no pack lists units alone; the emergency pack (Nødpakke) has them

    def _set(self, units: list[Any]) -> None:
        self.model.set_rows(units)
        self.table.sortByColumn(UnitModel.Column.CATEGORY, Qt.SortOrder.AscendingOrder)

    def _apply(self, *_: Any) -> None:
        category = self.category_box.currentData()
        self.proxy.set_predicate(lambda unit: category is None or unit.category == category)
