"""Small helpers every view uses: a configured table, a print request."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from continuity_app.gui.textsize import relative_font


@dataclass(frozen=True)
class PrintRequest:
    pack: str  # one of printing.PACKS
    title: str  # shown in the progress and preview
    unit_id: str | None = None
    date: dt.date | None = None
    citizen_id: str | None = None


def make_table(model: QAbstractItemModel, name: str, *, sortable: bool | None = None,
               stretch: int | None = None, parent: QWidget | None = None) -> QTableView:
    if sortable is None:  # a header click sorts through a proxy; plain models keep their order
        sortable = isinstance(model, QSortFilterProxyModel)
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(sortable)
    table.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users move on
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setMinimumSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return table


def fit_columns(table: QTableView, max_width: int = 320) -> None:
    """Columns as wide as their content, but none wider than ``max_width`` pixels."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue
        table.resizeColumnToContents(column)
        if header.sectionSize(column) > max_width:
            header.resizeSection(column, max_width)


def heading(text: str) -> QLabel:
    label = QLabel(text)
    relative_font(label, 1.3, bold=True)
    return label


def fit_height(table: QTableView, min_rows: int = 1) -> None:
    """As tall as all its rows (no inner scrolling): the page around it scrolls instead."""
    table.resizeRowsToContents()
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    rows = table.model().rowCount()
    height = sum(table.rowHeight(r) for r in range(rows))
    if rows < min_rows:
        height += (min_rows - rows) * table.verticalHeader().defaultSectionSize()
    scrollbar = table.horizontalScrollBar()
    extra = scrollbar.sizeHint().height() if scrollbar.isVisible() else 0
    table.setFixedHeight(height + table.horizontalHeader().height() + 2 * table.frameWidth()
                         + extra)


def set_widths(table: QTableView, widths: dict[int, int]) -> None:
    """Column widths in average character widths (they follow the system font size)."""
    chars = table.fontMetrics().averageCharWidth()
    header = table.horizontalHeader()
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width * chars + 12)


def wrap_rows(table: QTableView, *, fit: bool = False) -> None:
    """Wrap long cells; row heights follow the column widths whenever those change
    (and with ``fit`` the table grows to all its rows)."""
    table.setWordWrap(True)
    timer = QTimer(table)
    timer.setSingleShot(True)
    timer.setInterval(0)

    def relayout() -> None:
        if fit:
            fit_height(table)
        else:
            table.resizeRowsToContents()

    timer.timeout.connect(relayout)
    table.horizontalHeader().sectionResized.connect(lambda *_: timer.start())
    table.model().modelReset.connect(timer.start)
    table.model().layoutChanged.connect(timer.start)
