"""The base every table model shares.

A concrete model names its columns in an ``IntEnum``, translates its headers in
``headers()``, and says per row and column what to show (``display``) and how
to sort (``sort_key``). Rows are plain (frozen) dataclasses fetched on the
database thread; the model only holds them. ``OBJECT_ROLE`` gives the row
object, ``SORT_ROLE`` a value that sorts right (times as times, numbers as
numbers, empty last).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from continuity_app.gui.views.fitting import keep_together

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex

WARN_BACKGROUND = QColor("#fde2e1")
WARN_FOREGROUND = QColor("#8a1c13")


class RowModel(QAbstractTableModel):
    COLUMNS: ClassVar[type[IntEnum]]
    #: Rows handed to the view at a time (``fetchMore``), for a list of thousands shown at
    #: once; None: all at once (a sorting proxy needs every row).
    BATCH: ClassVar[int | None] = None

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._shown = 0

    # --- what a concrete model says ---------------------------------------------------
    def headers(self) -> dict[int, str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: Any, column: int) -> Any:
        return self.display(row, column).casefold()

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def warn(self, row: Any, column: int) -> bool:
        """Cells a care worker must not miss (allergies, time-critical) are shown in red."""
        return False

    def bold(self, row: Any, column: int) -> bool:
        return False

    # --- rows ---------------------------------------------------------------------------
    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = len(self._rows) if self.BATCH is None else min(len(self._rows), self.BATCH)
        self.endResetModel()

    def total(self) -> int:
        """Every row held (``rowCount`` is what the view has fetched so far)."""
        return len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._shown >= len(self._rows):
            return
        more = min(len(self._rows) - self._shown, self.BATCH or len(self._rows))
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    # --- Qt -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._value(index, role)

    def _value(self, index: Index, role: int) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return keep_together(self.display(row, column))
        if role == SORT_ROLE:
            return _sortable(self.sort_key(row, column))
        if role == OBJECT_ROLE:
            return row
        if role == FILTER_ROLE:
            return " ".join(self.display(row, c) for c in range(len(self.COLUMNS))).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tooltip(row, column)
            return tip
        if role == Qt.ItemDataRole.ForegroundRole and self.warn(row, column):
            return QBrush(WARN_FOREGROUND)
        if role == Qt.ItemDataRole.BackgroundRole and self.warn(row, column):
            return QBrush(WARN_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and (self.bold(row, column) or self.warn(row, column)):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers().get(section)
        return str(section + 1) if 0 <= section < self._shown else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _sortable(key: Any) -> Any:
    """Qt compares QVariants of one type; make every key a string or a number."""
    if key is None:
        return "\uffff"  # empty sorts last
    if isinstance(key, bool):
        return int(key)
    if isinstance(key, int | float | str):
        return key
    if isinstance(key, tuple):
        return "\x1f".join(f"{k:012.3f}" if isinstance(k, int | float) else str(k) for k in key)
    return str(key)


class FilterProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; filters by words over every column (all must match)
    and by an optional predicate on the row object."""

    def __init__(self, source: RowModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)
        self._words: list[str] = []
        self._predicate: Any = None

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, predicate: Any) -> None:
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._predicate is not None and not self._predicate(model.data(index, OBJECT_ROLE)):
            return False
        if not self._words:
            return True
        haystack = model.data(index, FILTER_ROLE) or ""
        return all(word in haystack for word in self._words)
