"""The 72-hour grid on the citizen's card, signed with the keyboard.

The rows are the printed grid's (``printing.signgrid``): a box only on a day a dose
is due, "gives ikke" on a day it is not, "se doseringsteksten" when the days are not
known, one row per clock time. Arrow keys move between the day cells; G signs
"givet" at once, I / A / H ask the reason for "ikke givet" / "afvist" / "ikke
hjemme", Enter or Space asks which. A signed cell shows the outcome, initials and time.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

from continuity_app.domain.age import local
from continuity_app.gui import fmt
from continuity_app.gui.models.base import RowModel
from continuity_app.gui.views.fitting import fit_table

translate = fmt.translate  # lupdate reads translate("Context", "text")
NOT_DUE_BACKGROUND = QColor("#e0e0e0")
SIGNED_BACKGROUND = QColor("#e3f2e1")
KEYS = {
    Qt.Key.Key_G: "givet",
    Qt.Key.Key_I: "ikke givet",
    Qt.Key.Key_A: "afvist",
    Qt.Key.Key_H: "ikke hjemme",
}


class DoseGridModel(RowModel):
    """One row per ``GridLine``; the last three columns are the days."""

    class Column(IntEnum):
        DRUG = 0
        WHEN = 1
        DOSE = 2
        DAY1 = 3
        DAY2 = 4
        DAY3 = 5

    COLUMNS = Column
    DAYS = (Column.DAY1, Column.DAY2, Column.DAY3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.days: tuple[dt.date, ...] = ()
        self._headers: dict[int, str] | None = None

    def set_grid(self, days: tuple[dt.date, ...], lines: list[Any]) -> None:
        self.days = days
        self._headers = None
        self.set_rows(lines)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def headers(self) -> dict[int, str]:
        if self._headers is None:
            self._headers = self._make_headers()
        return self._headers

    def _make_headers(self) -> dict[int, str]:
        c = self.Column
        out: dict[int, str] = {c.DRUG: self.tr("Præparat"), c.WHEN: self.tr("Tid"), c.DOSE: self.tr("Dosis")}
        for column, day in zip(self.DAYS, self.days, strict=False):
            name = QLocale().toString(QDate(day.year, day.month, day.day), "ddd d.M.")
            out[column] = name + "\n" + self.tr("%1. døgn").replace("%1", str(self.days.index(day) + 1))
        return out

    def cell(self, row: Any, column: int) -> Any:
        if column not in self.DAYS or column - self.Column.DAY1 >= len(row.cells):
            return None
        return row.cells[column - self.Column.DAY1]

    def display(self, row: Any, column: int) -> str:
        c = self.Column
        if column == c.DRUG:
            m = row.medication
            name = " ".join(p for p in (m.drug, m.strength) if p)
            return name + "\n⚠ " + self.tr("TIDSKRITISK") if m.time_critical else name
        if column == c.WHEN:
            return (
                self.tr("Se tekst") if row.sort == 5 else slot_label(row.sort) if row.sort < 4 else row.when
            )
        if column == c.DOSE:
            return str(row.dose)
        cell = self.cell(row, column)
        if cell is None:
            return ""
        if cell.signed:
            return signed_text(cell.signed)
        if cell.state == "not_due":
            return self.tr("gives ikke denne dag")
        if cell.state == "see_text":
            return self.tr("se doseringsteksten – kvittér dato og kl.")
        return ""

    def warn(self, row: Any, column: int) -> bool:
        cell = self.cell(row, column)
        return cell is not None and len(cell.signed) > 1

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            cell = self.cell(self.row_object(index.row()), index.column())
            if cell is not None and len(cell.signed) == 1:
                return QBrush(SIGNED_BACKGROUND)
            if cell is not None and not cell.signable:
                return QBrush(NOT_DUE_BACKGROUND)
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid():
            text = self.display(self.row_object(index.row()), index.column())
            return text or self.tr("ikke kvitteret")
        return super().data(index, role)


def slot_label(sort: int) -> str:
    """Morgen, Middag, Aften, Nat (the grid's rounds, as on paper)."""
    return (
        translate("DoseGrid", "Morgen"),
        translate("DoseGrid", "Middag"),
        translate("DoseGrid", "Aften"),
        translate("DoseGrid", "Nat"),
    )[sort]


def outcome_label(outcome: str) -> str:
    return {
        "givet": translate("DoseGrid", "givet"),
        "ikke givet": translate("DoseGrid", "ikke givet"),
        "afvist": translate("DoseGrid", "afvist"),
        "ikke hjemme": translate("DoseGrid", "ikke hjemme"),
    }.get(outcome, outcome)


def signed_text(signed: tuple[Any, ...]) -> str:
    first = signed[0]
    outcome = outcome_label(str(first.fields.get("outcome", "")))
    text = f"{outcome} · {first.initials} {local(first.at):%H:%M}"
    if len(signed) > 1:
        text += "\n⚠ " + translate("DoseGrid", "kvitteret %1 gange").replace("%1", str(len(signed)))
    return text


class DoseGridTable(QTableView):
    """The grid's table: one cell at a time; G/I/A/H/Enter/Space sign the current cell."""

    sign_requested = Signal(object, object, str)  # GridLine, GridCell, outcome ("" = ask)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if plain and (key in KEYS or key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)):
            target = self.current()
            if target is not None:
                self.sign_requested.emit(*target, KEYS.get(key, ""))
                event.accept()
                return
        super().keyPressEvent(event)

    def current(self) -> tuple[Any, Any] | None:
        index = self.currentIndex()
        model = self.model()
        if not index.isValid() or not isinstance(model, DoseGridModel):
            return None
        line = model.row_object(index.row())
        cell = model.cell(line, index.column())
        return (line, cell) if cell is not None and cell.signable else None


def make_grid_table(model: DoseGridModel) -> DoseGridTable:
    """The signing table, set up as every table (``make_table``) but one cell at a time."""
    grid = DoseGridTable()
    grid.setModel(model)
    grid.setAccessibleName(translate("DoseGrid", "Administrationsskema 72 timer"))
    grid.setObjectName("doseGrid")
    grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    grid.setTabKeyNavigation(False)
    grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    grid.verticalHeader().setVisible(False)
    grid.verticalHeader().setMinimumSectionSize(grid.fontMetrics().height() + 10)
    header = grid.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    fit_table(grid, DoseGridModel.Column.DRUG, grow=True)
    return grid


def first_open_cell(model: DoseGridModel, day: int = 0) -> QModelIndex:
    """The first cell of ``day`` (0 today) still to sign, else the first signable one."""
    column = DoseGridModel.DAYS[day]
    fallback = QModelIndex()
    for r in range(model.rowCount()):
        cell = model.cell(model.row_object(r), column)
        if cell is not None and cell.signable:
            if not cell.signed:
                return model.index(r, column)
            if not fallback.isValid():
                fallback = model.index(r, column)
    return fallback
