"""Køretøjstavle: which vehicle is out on which task with whom, and which are free.

Assigning writes a journal ``vehicle`` entry (task, driver); releasing writes one
whose ``until`` is now (with the km driven, when typed). The board itself is
:func:`continuity_app.crisis.vehicles.board`: the latest entry of a vehicle decides,
on this laptop and after the journals of other laptops are imported. Ctrl+P prints
the ``vehicles`` pack with the current assignments.

Keyboard: pick the vehicle in the table, Tab to Opgave and Chauffør, Enter (or
Alt+T) assigns; Alt+F releases the selected vehicle.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from continuity_app.crisis.vehicles import BoardLine
from continuity_app.gui import fmt, labels
from continuity_app.gui.context import AppContext
from continuity_app.gui.models.base import OBJECT_ROLE, FilterProxy, RowModel
from continuity_app.gui.views.common import PrintRequest, heading, make_table
from continuity_app.gui.views.crisis_common import JournalViewMixin, view_key

FREE, OUT, RESERVED = "free", "out", "reserved"


def line_state(line: BoardLine) -> str:
    if line.assignment is not None:
        return OUT
    return FREE if line.vehicle.is_free else RESERVED


class BoardModel(RowModel):
    class Column(IntEnum):
        REGISTRATION = 0
        STATUS = 1
        TASK = 2
        DRIVER = 3
        SINCE = 4
        FUEL = 5
        RANGE = 6
        UNIT = 7
        LOCATION = 8

    COLUMNS = Column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.unit_names: dict[str, str] = {}

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {
            c.REGISTRATION: self.tr("Reg.nr."),
            c.STATUS: self.tr("Status"),
            c.TASK: self.tr("Opgave"),
            c.DRIVER: self.tr("Chauffør"),
            c.SINCE: self.tr("Siden"),
            c.FUEL: self.tr("Drivmiddel"),
            c.RANGE: self.tr("Rækkevidde"),
            c.UNIT: self.tr("Enhed"),
            c.LOCATION: self.tr("Holder"),
        }

    def display(self, row: BoardLine, column: int) -> str:
        c = self.Column
        a, v = row.assignment, row.vehicle
        if column == c.REGISTRATION:
            return v.registration
        if column == c.STATUS:
            state = line_state(row)
            if state == OUT:
                return self.tr("På opgave") + (self.tr(" (øvelse)") if a and a.drill else "")
            return (
                self.tr("LEDIG")
                if state == FREE
                else self.tr("Reserveret: %1").replace("%1", v.critical_function)
            )
        if column == c.TASK:
            return a.task if a else ""
        if column == c.DRIVER:
            return a.driver if a else ""
        if column == c.SINCE:
            return fmt.datetime_text(a.since) if a else ""
        if column == c.FUEL:
            return labels.fuel(v.fuel)
        if column == c.RANGE:
            return "" if v.range_km is None else self.tr("%1 km").replace("%1", str(v.range_km))
        if column == c.UNIT:
            return self.unit_names.get(v.owner_unit_id, v.owner_unit_id)
        if column == c.LOCATION:
            return v.location
        return ""

    def sort_key(self, row: BoardLine, column: int) -> Any:
        if column == self.Column.SINCE:
            return row.assignment.since.isoformat() if row.assignment else None
        if column == self.Column.RANGE:
            return row.vehicle.range_km
        return super().sort_key(row, column)

    def bold(self, row: BoardLine, column: int) -> bool:
        return column == self.Column.STATUS and line_state(row) == FREE


class VehicleBoardView(JournalViewMixin, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.vehicles: list[Any] = []
        self.model = BoardModel(self)
        self.proxy = FilterProxy(self.model, self)
        self.show_box = QComboBox()
        self.show_box.setObjectName("boardShow")
        self.show_box.setAccessibleName(self.tr("Vis"))
        for text, data in (
            (self.tr("Alle køretøjer"), None),
            (self.tr("Kun ledige"), FREE),
            (self.tr("Kun på opgave"), OUT),
            (self.tr("Kun reserverede"), RESERVED),
        ):
            self.show_box.addItem(text, data)
        self.show_box.currentIndexChanged.connect(self._apply)
        self.table = make_table(self.proxy, self.tr("Køretøjstavle"), stretch=BoardModel.Column.TASK)
        self.table.setObjectName("boardTable")
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.task = QLineEdit()
        self.task.setObjectName("boardTask")
        self.task.setAccessibleName(self.tr("Opgave"))
        self.task.setPlaceholderText(self.tr("fx Vand til Solgården"))
        self.driver = QLineEdit()
        self.driver.setObjectName("boardDriver")
        self.driver.setAccessibleName(self.tr("Chauffør"))
        self.driver.returnPressed.connect(self.assign)
        self.task.returnPressed.connect(self.driver.setFocus)
        self.km = QLineEdit()
        self.km.setObjectName("boardKm")
        self.km.setAccessibleName(self.tr("Km kørt"))
        self.km.setPlaceholderText(self.tr("ved frigivelse"))
        self.km.returnPressed.connect(self.release)
        self.assign_button = QPushButton(self.tr("Tildel (Alt+T)"))
        self.assign_button.setObjectName("boardAssign")
        self.assign_button.clicked.connect(self.assign)
        view_key(self, "Alt+T", self.assign)
        self.release_button = QPushButton(self.tr("Frigiv (Alt+F)"))
        self.release_button.setObjectName("boardRelease")
        self.release_button.clicked.connect(self.release)
        view_key(self, "Alt+F", self.release)
        self.counts = QLabel()
        self.counts.setObjectName("boardCounts")
        self.message = QLabel()
        self.message.setObjectName("boardMessage")
        self.message.setWordWrap(True)
        form = QGridLayout()
        for col, (text, field) in enumerate(
            (
                (self.tr("&Opgave:"), self.task),
                (self.tr("&Chauffør:"), self.driver),
                (self.tr("&Km kørt:"), self.km),
            )
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addWidget(label, 0, 2 * col)
            form.addWidget(field, 0, 2 * col + 1)
        form.addWidget(self.assign_button, 0, 6)
        form.addWidget(self.release_button, 0, 7)
        show_label = QLabel(self.tr("&Vis:"))
        show_label.setBuddy(self.show_box)
        bar = QGridLayout()
        bar.addWidget(show_label, 0, 0)
        bar.addWidget(self.show_box, 0, 1)
        bar.addWidget(self.counts, 0, 2)
        bar.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Køretøjstavle")))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)

    def title(self) -> str:
        return self.tr("Køretøjstavle")

    def focus_target(self) -> QWidget:
        return self.table

    def load(self) -> None:
        self.context.query(lambda store: store.vehicles(), self._set_vehicles)

    def clear(self) -> None:
        self.vehicles = []
        self.model.clear()
        self.counts.clear()
        self.message.clear()
        for field in (self.task, self.driver, self.km):
            field.clear()

    def print_request(self) -> PrintRequest | None:
        if self.context.session is None:
            return None
        return PrintRequest("vehicles", self.tr("Køretøjer og brændstof"))

    def journal_changed(self) -> None:
        if self.vehicles:
            self._show()

    # --- the board ------------------------------------------------------------------
    def _set_vehicles(self, vehicles: list[Any]) -> None:
        self.vehicles = vehicles
        self.model.unit_names = dict(self.context.unit_names)
        self._show()

    def _show(self) -> None:
        from continuity_app.crisis.vehicles import board

        current = self.selected()
        lines = board(self.vehicles, self.journal_entries(), self.context.now())
        self.model.set_rows(lines)
        self._apply()
        if current is not None:
            self.select(current.vehicle.vehicle_id)
        states = [line_state(line) for line in lines]
        self.counts.setText(
            self.tr("%1 ledige · %2 på opgave · %3 reserveret")
            .replace("%1", str(states.count(FREE)))
            .replace("%2", str(states.count(OUT)))
            .replace("%3", str(states.count(RESERVED)))
        )

    def _apply(self, *_: Any) -> None:
        wanted = self.show_box.currentData()
        self.proxy.set_predicate(lambda line: wanted is None or line_state(line) == wanted)

    def selected(self) -> BoardLine | None:
        index = self.table.currentIndex()
        line = index.data(OBJECT_ROLE) if index.isValid() else None
        return line if isinstance(line, BoardLine) else None

    def select(self, vehicle_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(OBJECT_ROLE).vehicle.vehicle_id == vehicle_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    def _selected(self, *_: Any) -> None:
        line = self.selected()
        self.release_button.setEnabled(line is not None and line.assignment is not None)

    # --- writing --------------------------------------------------------------------
    def assign(self) -> None:
        line = self.selected()
        if line is None:
            self.message.setText(self.tr("Vælg først køretøjet i tavlen."))
            return
        task, driver = self.task.text().strip(), self.driver.text().strip()
        if not task or not driver:
            self.message.setText(self.tr("Skriv både opgaven og chaufføren."))
            (self.task if not task else self.driver).setFocus()
            return
        if line.assignment is not None:
            self.message.setText(
                self.tr("%1 er allerede på opgave: frigiv det først (Alt+F).").replace(
                    "%1", line.vehicle.registration
                )
            )
            return

        def done(_result: Any) -> None:
            self.task.clear()
            self.driver.clear()
            self.table.setFocus()

        self.write("vehicle", {"vehicle_id": line.vehicle.vehicle_id, "task": task, "driver": driver}, done)

    def release(self) -> None:
        line = self.selected()
        if line is None or line.assignment is None:
            self.message.setText(self.tr("Vælg et køretøj, der er på opgave."))
            return
        a = line.assignment
        fields: dict[str, Any] = {
            "vehicle_id": a.vehicle_id,
            "task": a.task,
            "driver": a.driver,
            "until": self.context.now(),
        }
        if self.km.text().strip():
            fields["km"] = self.km.text().strip()

        def done(_result: Any) -> None:
            self.km.clear()
            self.table.setFocus()

        self.write("vehicle", fields, done)
