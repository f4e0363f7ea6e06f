"""Contact trees as a tree model: one top-level row per tree, nodes nested by call order.

A light model over the store's ``ContactTree`` objects: each line is one small entry
(its object, its parent, its row) and every cell's text is made when it is painted —
no item per cell. The ``alle`` scope holds thousands of people in over a hundred trees;
an item model with seven items per person held some 30 MB for them.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from continuity_app.gui.models.base import OBJECT_ROLE, SORT_ROLE
from continuity_app.gui.views.fitting import keep_together

Index = QModelIndex | QPersistentModelIndex
ROOT = -1


class ContactTreeModel(QAbstractItemModel):
    class Column(IntEnum):
        # who to call, and who instead when they cannot be reached (and after how long),
        # side by side with the name: never off-screen beside it
        NAME = 0
        ROLE = 1
        PHONES = 2
        DEPUTY = 3
        ESCALATE = 4
        FALLBACK = 5
        MEETING_POINT = 6

    COLUMNS = Column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._objects: list[Any] = []  # entry id → ContactTree (a top row) or ContactTreeNode
        self._parents: list[int] = []  # entry id → its parent's entry id (ROOT for a tree)
        self._rows: list[int] = []  # entry id → its row under its parent
        self._children: dict[int, list[int]] = {ROOT: []}

    # --- rows ---------------------------------------------------------------------------
    def set_trees(self, trees: list[Any]) -> None:
        self.beginResetModel()
        self._objects, self._parents, self._rows = [], [], []
        self._children = {ROOT: []}
        for tree in trees:
            top = self._add(tree, ROOT)
            stack = [(top, node) for node in reversed(tree.roots)]
            while stack:
                parent, node = stack.pop()
                entry = self._add(node, parent)
                stack.extend((entry, child) for child in reversed(node.children))
        self.endResetModel()

    def _add(self, obj: Any, parent: int) -> int:
        entry = len(self._objects)
        siblings = self._children.setdefault(parent, [])
        self._objects.append(obj)
        self._parents.append(parent)
        self._rows.append(len(siblings))
        siblings.append(entry)
        return entry

    # --- Qt -----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        owner = parent.internalId() if parent.isValid() else ROOT
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._children.get(owner, [])
        if not 0 <= row < len(children) or not 0 <= column < len(self.Column):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        owner = self._parents[index.internalId()]
        if owner == ROOT:
            return QModelIndex()
        return self.createIndex(self._rows[owner], 0, owner)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        owner = parent.internalId() if parent.isValid() else ROOT
        return len(self._children.get(owner, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.Column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self.Column
        texts: dict[int, str] = {
            c.NAME: self.tr("Navn"),
            c.ROLE: self.tr("Rolle"),
            c.PHONES: self.tr("Telefon"),
            c.FALLBACK: self.tr("Reservekanal"),
            c.MEETING_POINT: self.tr("Mødested"),
            c.ESCALATE: self.tr("Eskalér efter"),
            c.DEPUTY: self.tr("Stedfortræder"),
        }
        return texts.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        obj = self._objects[index.internalId()]
        if role == OBJECT_ROLE:
            return obj
        if role == Qt.ItemDataRole.DisplayRole:
            return keep_together(self.text(obj, index.column()))
        if role == SORT_ROLE:
            return self.text(obj, index.column()).casefold()
        node = getattr(obj, "node", None)
        if role == Qt.ItemDataRole.FontRole and node is None and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and node is not None and index.column() == 0:
            return node.instructions or None
        return None

    def text(self, obj: Any, column: int) -> str:
        node = getattr(obj, "node", None)
        if node is None:  # a tree's own line
            return str(obj.tree_name) if column == self.Column.NAME else ""
        c = self.Column
        if column == c.NAME:
            return str(node.name)
        if column == c.ROLE:
            return str(node.role)
        if column == c.PHONES:
            return "\n".join(
                p
                for p in (
                    self.tr("mobil %1").replace("%1", node.mobile) if node.mobile else "",
                    self.tr("fastnet %1").replace("%1", node.landline) if node.landline else "",
                )
                if p
            )
        if column == c.FALLBACK:
            return str(node.alt_channel)
        if column == c.ESCALATE:
            return (
                ""
                if node.escalate_after_min is None
                else self.tr("%1 min").replace("%1", str(node.escalate_after_min))
            )
        if column == c.DEPUTY:
            return obj.deputy.name if obj.deputy is not None else ""
        if column == c.MEETING_POINT:
            return str(node.meeting_point)
        return ""
