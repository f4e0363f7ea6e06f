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
view by being the column that never gives way.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QTreeView

#: Rows measured for the column widths (a big list: its first rows; the rest wrap).
SAMPLE_ROWS = 400
#: Up to this many rows get their height from their text at once; more as they arrive.
RESIZE_ROWS = 2000

_UNBREAKABLE = re.compile(r"(?<=\d) (?=\d)")  # "31 72 44 55"
_PROPERTY = "nodkopi_fitter"


def keep_together(text: str) -> str:
    """Digit groups split by spaces stay on one line (phone numbers)."""
    return _UNBREAKABLE.sub("\u00a0", text)


_BREAK = re.compile(r"\n|[ \t]+(?!\d)|(?<!\d)[ \t]+")


def words(text: str) -> list[str]:
    """The pieces a line may break between (digit groups stay together)."""
    return [w for w in _BREAK.split(text) if w]


def text_margin(view: QAbstractItemView) -> int:
    """The horizontal room Qt's item painter keeps on each side of a cell's text."""
    return int(view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)) + 1


class Fitter(QObject):
    def __init__(self, view: QTableView | QTreeView, stretch: int | None,
                 grow: bool = False) -> None:
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
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        if isinstance(view, QTreeView):
            view.setUniformRowHeights(False)
        header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.header = header
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        view.installEventFilter(self)
        self.watch_model()

    def watch_model(self) -> None:
        model = self.view.model()
        model.modelReset.connect(self.later)
        model.layoutChanged.connect(self.later)
        model.rowsInserted.connect(self.later)
        model.dataChanged.connect(self.later)

    def later(self, *_: object) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._viewport and kind == QEvent.Type.Resize:
            if self._viewport.width() != self._width:
                self.later()
        elif watched is self.view and kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                                               QEvent.Type.Show):
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
                if isinstance(self.view, QTreeView) and model.hasChildren(child) \
                        and self.view.isExpanded(child):
                    stack.append(child)
                if len(out) >= SAMPLE_ROWS:
                    break
        return out

    def measure(self, column: int) -> tuple[int, int]:
        """(natural, least): the width of its longest line and of its widest word."""
        margin = 2 * text_margin(self.view) + 2
        header_text = str(self.view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        header_width = self.header.sectionSizeFromContents(column).width() + 4
        natural = least = max(header_width, QFontMetrics(self.header.font())
                              .horizontalAdvance(header_text) + 24)
        for index in self._indexes(column):
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            metrics = QFontMetrics(self._font(index))
            extra = margin + self._indent(index)
            natural = max(natural, max(metrics.horizontalAdvance(line)
                                       for line in text.split("\n")) + extra)
            least = max(least, max((metrics.horizontalAdvance(w) for w in words(text)),
                                   default=0) + extra)
        return natural, least

    def _indent(self, index: QModelIndex) -> int:
        if not isinstance(self.view, QTreeView) or index.column() != 0:
            return 0
        depth = 1 if self.view.rootIsDecorated() else 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        return depth * self.view.indentation()

    # --- fitting ----------------------------------------------------------------------------
    def fit(self) -> None:
        view = self.view
        columns = [c for c in range(self.header.count()) if not self.header.isSectionHidden(c)]
        if not columns:
            return
        self._width = view.viewport().width()
        available = self._width - 2
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
        self.fit_rows()

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


def fit_table(view: QTableView | QTreeView, stretch: int | None = None, *,
              grow: bool = False) -> Fitter:
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


def fitter_of(view: QAbstractItemView) -> Fitter | None:
    found = view.property(_PROPERTY)
    return found if isinstance(found, Fitter) else None
