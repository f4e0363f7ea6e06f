"""No cell hides its text: columns as wide as their text, giving way when the table is
too narrow, text wrapping at word boundaries and rows growing to hold it.

``fit_table(table)`` keeps a ``QTableView`` (or ``QTreeView``) fitted whenever its
rows, its width or the text size change:

* a column is as wide as its longest line (and its header) when the table has room;
* when it has not, every column keeps at least its widest word (a phone number, a
  CPR number or a time range is one word here: its spaces do not break), and the room
  left is shared in proportion to what each column would like; the text wraps;
* rows grow to their wrapped text (``resizeRowsToContents``; a big list in batches as
  the model fetches them);
* the ``stretch`` column takes any width left over.

Only when even the widest words do not fit side by side (very large text on a small
screen) does the table scroll sideways; its first column (the name) stays frozen in
view — or its first few, up to the name, when the name is not first
(``freeze_columns``: a route's number, time, status and citizen).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)

#: Rows measured for the column widths (a big list: its first rows; the rest wrap).
SAMPLE_ROWS = 400
#: Up to this many rows get their height from their text at once; more as they arrive.
RESIZE_ROWS = 2000

_PROPERTY = "nodkopi_fitter"
_FROZEN = "nodkopi_frozen_columns"
_UNBREAKABLE = re.compile(r"(?<=\d) (?=\d)")  # "31 72 44 55"
_MAY_BREAK = re.compile(r"(?<=[@/])(?=\w)|(?<=[a-zæøå]-)(?=[a-zæøå])")  # a@b.dk, plugin-hybrid


def keep_together(text: str) -> str:
    """Digit groups split by spaces stay on one line (phone numbers); an e-mail address
    may break after its "@", a compound after its hyphen."""
    return _MAY_BREAK.sub("\u200b", _UNBREAKABLE.sub("\u00a0", text))


_BREAK = re.compile(r"\n|\u200b|[ \t]+(?!\d)|(?<!\d)[ \t]+")


def words(text: str) -> list[str]:
    """The pieces a line may break between (digit groups stay together)."""
    return [w for w in _BREAK.split(text) if w]


def text_margin(view: QAbstractItemView) -> int:
    """The horizontal room Qt's item painter keeps on each side of a cell's text."""
    return int(view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)) + 1


class WrapDelegate(QStyledItemDelegate):
    """Row heights from the wrapped text at the column's width (a tree view asks its
    delegate without saying how wide the column is)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        sized = QStyleOptionViewItem(option)
        width = self._view.header().sectionSize(index.column())
        if index.column() == 0:
            width -= depth(index, self._view) * self._view.indentation()
        sized.rect = QRect(0, 0, max(1, width), 1)
        return super().sizeHint(sized, index)


def depth(index: QModelIndex | QPersistentModelIndex, view: QTreeView) -> int:
    levels = 1 if view.rootIsDecorated() else 0
    parent = index.parent()
    while parent.isValid():
        levels += 1
        parent = parent.parent()
    return levels


class Fitter(QObject):
    def __init__(self, view: QTableView | QTreeView, stretch: int | None, grow: bool = False) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.grow = grow  # the table is as tall as its rows (a page around it scrolls)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.fit_rows)
        self._width = -1
        self.frozen: FrozenColumn | None = None
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        if isinstance(view, QTreeView):
            view.setUniformRowHeights(False)
            view.setItemDelegate(WrapDelegate(view))
        header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setDefaultAlignment(header.defaultAlignment() | Qt.TextFlag.TextWordWrap)
        header.setMinimumSectionSize(8)  # a one-digit column may be narrow: it holds one digit
        self.header = header
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        view.installEventFilter(self)
        self.watch_model()

    def watch_model(self) -> None:
        model = self.view.model()
        model.modelReset.connect(self.rows_changed)
        model.layoutChanged.connect(self.rows_changed)
        model.rowsInserted.connect(self.rows_changed)
        model.dataChanged.connect(self.rows_changed)

    def rows_changed(self, *_: object) -> None:
        """New rows are fitted soon; in a table out of sight, when it is shown (its Show
        event fits it), so that data arriving for a hidden view costs the screen nothing."""
        if self.view.isVisible():
            self.later()

    def later(self, *_: object) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._viewport and kind == QEvent.Type.Resize:
            if self._viewport.width() != self._width:
                self.later()
        elif watched is self.view and kind in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.Show,
        ):
            self.later()
        return False

    # --- measuring ------------------------------------------------------------------------
    def _font(self, index: QModelIndex) -> QFont:
        font = index.data(Qt.ItemDataRole.FontRole)
        if isinstance(font, QFont):
            merged = QFont(self.view.font())
            merged.setBold(font.bold())
            return merged
        return self.view.font()

    def _indexes(self, column: int) -> list[QModelIndex]:
        model = self.view.model()
        out: list[QModelIndex] = []
        stack = [QModelIndex()]
        while stack and len(out) < SAMPLE_ROWS:
            parent = stack.pop(0)
            for row in range(model.rowCount(parent)):
                out.append(model.index(row, column, parent))
                child = model.index(row, 0, parent)
                if (
                    isinstance(self.view, QTreeView)
                    and model.hasChildren(child)
                    and self.view.isExpanded(child)
                ):
                    stack.append(child)
                if len(out) >= SAMPLE_ROWS:
                    break
        return out

    def measure(self, column: int) -> tuple[int, int]:
        """(natural, least): the width of its longest line and of its widest word."""
        margin = 2 * text_margin(self.view) + 2
        header_text = str(self.view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        metrics = QFontMetrics(self.header.font())
        overhead = self.header_overhead(column)
        natural = metrics.horizontalAdvance(header_text) + overhead
        least = max((metrics.horizontalAdvance(w) for w in words(header_text)), default=0) + overhead
        for index in self._indexes(column):
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            metrics = QFontMetrics(self._font(index))
            extra = margin + self._indent(index)
            natural = max(natural, max(metrics.horizontalAdvance(line) for line in text.split("\n")) + extra)
            least = max(least, max((metrics.horizontalAdvance(w) for w in words(text)), default=0) + extra)
        return natural, least

    def _indent(self, index: QModelIndex) -> int:
        if not isinstance(self.view, QTreeView) or index.column() != 0:
            return 0
        return depth(index, self.view) * self.view.indentation()

    def header_overhead(self, column: int) -> int:
        """What a header section needs besides its text: margins, the sort arrow."""
        style = self.header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self.header)
        extra = 2 * margin + 4
        if self.header.isSortIndicatorShown():
            extra += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self.header) + margin
        return extra

    def fit_header_height(self, columns: list[int]) -> None:
        """Tall enough for every header's text wrapped at its section's width."""
        metrics = QFontMetrics(self.header.font())
        margin = 2 * self.header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self.header)
        tallest = metrics.height()
        for column in columns:
            text = str(self.view.model().headerData(column, Qt.Orientation.Horizontal) or "")
            width = self.header.sectionSize(column) - self.header_overhead(column) + 4
            tallest = max(
                tallest,
                metrics.boundingRect(
                    QRect(0, 0, max(1, width), 100_000), int(Qt.TextFlag.TextWordWrap), text
                ).height(),
            )
        self.header.setMinimumHeight(tallest + margin + 4)

    # --- fitting ----------------------------------------------------------------------------
    def fit(self) -> None:
        view = self.view
        columns = [c for c in range(self.header.count()) if not self.header.isSectionHidden(c)]
        if not columns:
            return
        self._width = view.viewport().width()
        available = self._width - 1
        sizes = {c: self.measure(c) for c in columns}
        natural = {c: n for c, (n, _least) in sizes.items()}
        least = {c: min(n, max(lw, 1)) for c, (n, lw) in sizes.items()}
        widths = dict(natural)
        total = sum(natural.values())
        if total > available:
            room = available - sum(least.values())
            want = {c: natural[c] - least[c] for c in columns}
            wanted = sum(want.values()) or 1
            widths = {c: least[c] + max(0, room) * want[c] // wanted for c in columns}
        spare = available - sum(widths.values())
        if spare > 0:
            target = self.stretch if self.stretch in widths else columns[-1]
            widths[target] += spare
        for column in columns:
            self.header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.header.resizeSection(column, widths[column])
        self.fit_header_height(columns)
        self.fit_rows()
        if isinstance(view, QTableView):
            self.freeze(sum(widths.values()) > available)

    def freeze(self, needed: bool) -> None:
        """Sideways scrolling: the first column (the name) stays in view, frozen."""
        frozen = self.frozen
        if needed and frozen is None and isinstance(self.view, QTableView):
            frozen = self.frozen = FrozenColumn(self.view)
        if frozen is not None:
            frozen.setVisible(needed)
            if needed:
                frozen.follow()

    def fit_rows(self) -> None:
        view = self.view
        if isinstance(view, QTableView):
            rows = view.model().rowCount()
            if rows <= RESIZE_ROWS:
                view.resizeRowsToContents()
            else:
                for row in range(RESIZE_ROWS):
                    view.resizeRowToContents(row)
            if self.grow:
                from continuity_app.gui.views.common import fit_height

                fit_height(view)
        else:
            view.doItemsLayout()


class FrozenColumn(QTableView):
    """The first column of a table drawn again on top of it, not scrolling sideways
    (Qt's "frozen column" example): the same model, selection, rows and heights."""

    def __init__(self, main: QTableView) -> None:
        super().__init__(main)
        self.main = main
        self.setObjectName(f"{main.objectName()}Frozen")
        self.setAccessibleName(main.accessibleName())
        self.setModel(main.model())
        self.setSelectionModel(main.selectionModel())
        self.setItemDelegate(main.itemDelegate())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionBehavior(main.selectionBehavior())
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(main.alternatingRowColors())
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setVerticalScrollMode(main.verticalScrollMode())
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QTableView.Shape.NoFrame)
        self.setStyleSheet("QTableView { border-right: 2px solid #9e9e9e; }")
        header = self.horizontalHeader()
        header.setDefaultAlignment(main.horizontalHeader().defaultAlignment())
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setMinimumSectionSize(8)
        header.setHighlightSections(False)  # as the main header: bold would not fit the width
        main.viewport().stackUnder(self)
        main.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(main.verticalScrollBar().setValue)
        main.horizontalHeader().sectionResized.connect(lambda *_: self.follow())
        main.verticalHeader().sectionResized.connect(self._row_resized)
        self.activated.connect(main.activated.emit)
        self.doubleClicked.connect(main.doubleClicked.emit)
        main.model().modelReset.connect(self.follow)
        main.model().rowsInserted.connect(lambda *_: self.follow())

    def _row_resized(self, row: int, _old: int, new: int) -> None:
        self.setRowHeight(row, new)

    def follow(self) -> None:
        main = self.main
        count = max(1, int(main.property(_FROZEN) or 1))
        for column in range(main.model().columnCount()):
            self.setColumnHidden(column, column >= count)
        width = 0
        for column in range(min(count, main.model().columnCount())):
            self.setColumnWidth(column, main.columnWidth(column))
            width += 0 if main.isColumnHidden(column) else main.columnWidth(column)
        self.horizontalHeader().setMinimumHeight(main.horizontalHeader().height())
        self.horizontalHeader().setFont(main.horizontalHeader().font())
        for row in range(main.model().rowCount()):
            self.setRowHeight(row, main.rowHeight(row))
        frame = main.frameWidth()
        self.setGeometry(frame, frame, width + 2, main.viewport().height() + main.horizontalHeader().height())
        self.verticalScrollBar().setValue(main.verticalScrollBar().value())


def fit_table(view: QTableView | QTreeView, stretch: int | None = None, *, grow: bool = False) -> Fitter:
    """Keep ``view`` fitted from now on (see the module's docstring); idempotent."""
    existing = view.property(_PROPERTY)
    if isinstance(existing, Fitter):
        existing.stretch, existing.grow = stretch, grow
        existing.later()
        return existing
    fitter = Fitter(view, stretch, grow)
    view.setProperty(_PROPERTY, fitter)
    fitter.later()
    return fitter


def freeze_columns(view: QTableView, count: int) -> None:
    """When ``view`` scrolls sideways, its first ``count`` columns stay in view (up to and
    with the name)."""
    view.setProperty(_FROZEN, count)
