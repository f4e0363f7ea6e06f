"""Small helpers every view uses: a configured table, a print request."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

from continuity_app.gui.textsize import relative_font
from continuity_app.gui.views.fitting import fit_table


@dataclass(frozen=True)
class PrintRequest:
    pack: str  # a name in printing.catalog.PACKS
    title: str  # shown in the progress and preview
    unit_id: str | None = None
    date: dt.date | None = None
    citizen_id: str | None = None
    near: str | None = None  # nearby: a unit id or "LAT,LON"
    radius_km: float | None = None  # nearby
    tree_id: str | None = None  # callrun: the contact tree


def make_table(
    model: QAbstractItemModel,
    name: str,
    *,
    sortable: bool | None = None,
    stretch: int | None = None,
    grow: bool = False,
    parent: QWidget | None = None,
) -> QTableView:
    """A read-only table whose cells never hide their text (``fitting.fit_table``):
    ``stretch`` takes the width left over; with ``grow`` the table is as tall as its
    rows (for a page that scrolls as a whole)."""
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
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setMinimumSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    fit_table(table, stretch, grow=grow)
    return table


def heading(text: str) -> QLabel:
    label = QLabel(text)
    relative_font(label, 1.3, bold=True)
    return label


def fit_height(table: QTableView, min_rows: int = 1) -> None:
    """As tall as all its rows (no inner scrolling): the page around it scrolls instead."""
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    rows = table.model().rowCount()
    height = sum(table.rowHeight(r) for r in range(rows))
    if rows < min_rows:
        height += (min_rows - rows) * table.verticalHeader().defaultSectionSize()
    scrollbar = table.horizontalScrollBar()
    extra = scrollbar.sizeHint().height() if scrollbar.isVisible() else 0
    table.setFixedHeight(height + table.horizontalHeader().height() + 2 * table.frameWidth() + extra)


class WhenShown(QObject):
    """Runs ``slot`` for each ``changed()`` at once while ``view`` is on screen; while it
    is out of sight only notes that it is stale, and runs ``slot`` once when the view is
    next shown."""

    def __init__(self, view: QWidget, slot: Callable[[], Any]) -> None:
        super().__init__(view)
        self.view = view
        self.slot = slot
        self.stale = False
        view.installEventFilter(self)

    def changed(self) -> None:
        if self.view.isVisible():
            self.slot()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.slot()
        return False


def follow_journal(view: QWidget, controller: Any, slot: Callable[[], Any]) -> WhenShown:
    """``slot`` after each change of the journal ``controller``, while ``view`` is seen."""
    follower = WhenShown(view, slot)
    controller.changed.connect(follower.changed)
    return follower
