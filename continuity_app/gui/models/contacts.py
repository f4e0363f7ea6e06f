"""Contact trees as a tree model: one top-level item per tree, nodes nested by call order."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from continuity_app.gui.models.base import OBJECT_ROLE, SORT_ROLE
from continuity_app.gui.views.fitting import keep_together


class ContactTreeModel(QStandardItemModel):
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
        self._set_headers()

    def _set_headers(self) -> None:
        c = self.Column
        texts = {c.NAME: self.tr("Navn"), c.ROLE: self.tr("Rolle"),
                 c.PHONES: self.tr("Telefon"), c.FALLBACK: self.tr("Reservekanal"),
                 c.MEETING_POINT: self.tr("Mødested"), c.ESCALATE: self.tr("Eskalér efter"),
                 c.DEPUTY: self.tr("Stedfortræder")}
        self.setHorizontalHeaderLabels([texts[col] for col in c])

    def set_trees(self, trees: list[Any]) -> None:
        self.clear()
        self._set_headers()
        root = self.invisibleRootItem()
        for tree in trees:
            top = [self._item(tree.tree_name, tree)] + [self._item("") for _ in range(len(self.Column) - 1)]
            font = top[0].font()
            font.setBold(True)
            top[0].setFont(font)
            root.appendRow(top)
            for node in tree.roots:
                self._add(top[0], node)

    def _add(self, parent: QStandardItem, tree_node: Any) -> None:
        node = tree_node.node
        escalate = ("" if node.escalate_after_min is None
                    else self.tr("%1 min").replace("%1", str(node.escalate_after_min)))
        deputy = tree_node.deputy.name if tree_node.deputy is not None else ""
        phones = "\n".join(p for p in (
            self.tr("mobil %1").replace("%1", node.mobile) if node.mobile else "",
            self.tr("fastnet %1").replace("%1", node.landline) if node.landline else "") if p)
        by_column = {self.Column.NAME: node.name, self.Column.ROLE: node.role,
                     self.Column.PHONES: phones, self.Column.FALLBACK: node.alt_channel,
                     self.Column.ESCALATE: escalate, self.Column.DEPUTY: deputy,
                     self.Column.MEETING_POINT: node.meeting_point}
        values = [by_column[column] for column in self.Column]
        items = [self._item(v, tree_node) for v in values]
        if node.instructions:
            items[0].setToolTip(node.instructions)
        parent.appendRow(items)
        for child in tree_node.children:
            self._add(items[0], child)

    @staticmethod
    def _item(text: str, obj: Any = None) -> QStandardItem:
        item = QStandardItem(keep_together(text))
        item.setEditable(False)
        item.setData(text.casefold(), SORT_ROLE)
        if obj is not None:
            item.setData(obj, OBJECT_ROLE)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return item
