"""No cell hides its text: every view, at text scale 1.0, 1.3 and 1.6, on a 1366×768 screen.

Each visible cell's text is laid out with the font metrics the item delegate paints it
with, in the rectangle the view gives it; a cell whose text needs more room (a dose
text losing its last line, a phone number cut to "31 72 …", a header read as
"Dosering (I") fails the test. Headers are measured the same way, and no table may
need sideways scrolling (which would push the name column out of view).
"""

from __future__ import annotations

from typing import Any, cast

import pytest
from gui_support import make_window, wait_idle
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from continuity_app.gui.views.registry import ViewId

SCALES = (1.0, 1.3, 1.6)


def _visible_indexes(view: QAbstractItemView) -> list[QModelIndex]:
    model = view.model()
    area = view.viewport().rect()
    found: list[QModelIndex] = []
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        columns = 1 if view.inherits("QListView") else model.columnCount(parent)
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                if view.visualRect(index).intersects(area):
                    found.append(index)
            first = model.index(row, 0, parent)
            if isinstance(view, QTreeView) and view.isExpanded(first):
                stack.append(first)
    return found


def cut_cells(view: QAbstractItemView) -> list[str]:
    """The cells (and headers) of ``view`` whose text does not fit their rectangle."""
    problems: list[str] = []
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for index in _visible_indexes(view):
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        delegate = cast(QStyledItemDelegate, view.itemDelegateForIndex(index))
        delegate.initStyleOption(option, index)
        option.rect = view.visualRect(index)
        text = option.text
        if not text:
            continue
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        area = area.adjusted(margin, 0, -margin, 0)
        metrics = QFontMetrics(option.font)
        wrap = bool(option.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
        flags = int(Qt.TextFlag.TextWordWrap) if wrap else 0
        needed = metrics.boundingRect(QRect(0, 0, max(1, area.width()), 100_000), flags, text)
        if needed.width() > area.width() or needed.height() > area.height():
            problems.append(
                f"{view.objectName()}[{index.row()},{index.column()}] {text!r}: "
                f"needs {needed.width()}×{needed.height()}, has "
                f"{area.width()}×{area.height()}"
            )
    headers = (
        [view.header()]
        if isinstance(view, QTreeView)
        else [getattr(view, "horizontalHeader", lambda: None)()]
    )
    for header in headers:
        if not isinstance(header, QHeaderView) or header.isHidden():
            continue
        metrics = QFontMetrics(header.font())
        pad = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(view.model().headerData(section, Qt.Orientation.Horizontal) or "")
            width, height = header.sectionSize(section) - pad, header.height() - pad
            needed = metrics.boundingRect(
                QRect(0, 0, max(1, width), 100_000), int(Qt.TextFlag.TextWordWrap), text
            )
            if needed.width() > width or needed.height() > height:
                problems.append(
                    f"{view.objectName()} header {text!r}: needs "
                    f"{needed.width()}×{needed.height()}, has {width}×{height}"
                )
    scrollbar = view.horizontalScrollBar()
    frozen = view.findChild(QAbstractItemView, f"{view.objectName()}Frozen")
    if (
        view.model().rowCount()
        and scrollbar.maximum() > 0
        and not (frozen is not None and frozen.isVisible())
    ):
        problems.append(
            f"{view.objectName()} scrolls sideways by {scrollbar.maximum()} px, "
            "and its name column does not stay in view"
        )
    return problems


def item_views(widget: Any) -> list[QAbstractItemView]:
    return [
        v
        for v in widget.findChildren(QAbstractItemView)
        if v.isVisible()
        and v.model() is not None
        and not v.inherits("QComboBoxListView")
        and not v.inherits("QCompleter")
    ]


def longest_dose_citizen(store: Any) -> str:
    row = store.conn.execute(
        "SELECT citizen_id FROM medications ORDER BY length(dose_text) DESC LIMIT 1"
    ).fetchone()
    return str(row[0])


@pytest.mark.parametrize("scale", SCALES)
def test_no_cell_hides_its_text_in_any_view(qtbot, installation, clock, session, scale) -> None:
    window = make_window(qtbot, installation, clock, session, size=(1366, 768))
    window.text_size.apply(scale)
    problems: list[str] = []
    try:
        for view_id in ViewId:
            if view_id == ViewId.CITIZEN:
                window.open_citizen(longest_dose_citizen(session.store))
            else:
                window.show_view(view_id)
            wait_idle(qtbot, window)
            qtbot.wait(30)  # the fitting runs once the rows are in (a zero-time timer)
            for view in item_views(window.view_stack.currentWidget()):
                problems += [f"{view_id.name} @ {scale}: {p}" for p in cut_cells(view)]
            problems += [f"navigation @ {scale}: {p}" for p in cut_cells(window.nav)]
    finally:
        window.text_size.apply(1.0)  # the application's font: the next test starts at 1.0
    assert not problems, "\n".join(problems)
