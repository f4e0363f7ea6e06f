"""Kontakttræer: every tree expandable, with roles, phones, deputy, escalation time, fallback
channel, meeting point; the selected person's whole card in a pane below the tree (Enter
or Tab reaches it), so the names stay in view while everything about one person is read."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from continuity_app.gui import labels
from continuity_app.gui.context import AppContext
from continuity_app.gui.models.base import OBJECT_ROLE
from continuity_app.gui.models.contacts import ContactTreeModel
from continuity_app.gui.views.common import PrintRequest, heading
from continuity_app.gui.views.fitting import fit_table


class ContactsView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = ContactTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("contactTree")
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Kontakttræer"))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setIndentation(14)  # deep trees keep room for the columns beside them
        fit_table(self.tree, ContactTreeModel.Column.MEETING_POINT)
        self.detail = QLabel()
        self.detail.setObjectName("contactDetail")
        self.detail.setAccessibleName(self.tr("Den valgte person"))
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        # after the flags (they reset it): Tab reaches the text, the arrow keys select it
        self.detail.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.detail.setText(self.tr("Vælg en person i træet: hele kortet står her."))
        pane = QScrollArea()
        pane.setWidgetResizable(True)
        pane.setWidget(self.detail)
        pane.setMinimumHeight(self.fontMetrics().height() * 4)
        self.tree.selectionModel().currentChanged.connect(self._show_detail)
        self.tree.activated.connect(lambda _index: self.detail.setFocus())
        splitter = QSplitter(Qt.Orientation.Vertical)  # the tree keeps the whole width
        splitter.addWidget(self.tree)
        splitter.addWidget(pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        hint = QLabel(
            self.tr(
                "Pil højre/venstre folder grene ud og ind; Enter viser hele "
                "personens kort. Kan en person ikke nås inden for "
                "eskaleringstiden, ring til stedfortræderen."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Kontakttræer")))
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)

    def title(self) -> str:
        return self.tr("Kontakttræer")

    def focus_target(self) -> QWidget:
        return self.tree

    def load(self) -> None:
        together = self.context.together
        if together is None:
            self.context.query(lambda store: store.contact_trees(), self._set)
            return
        # several municipalities: every one's trees, each named with its municipality and
        # its id qualified by it (two publishers may use the same tree ids)
        from dataclasses import replace

        self.context.query(
            lambda _store: [
                replace(t.item, tree_id=t.key, tree_name=f"{t.item.tree_name} – {t.enrolment}")
                for t in together.contact_trees()
            ],
            self._set,
        )

    def clear(self) -> None:
        self.model.set_trees([])
        self.detail.clear()

    def print_request(self) -> PrintRequest | None:
        if self.context.session is None:
            return None
        return PrintRequest("contacts", self.tr("Kontakttræer"))

    def _set(self, trees: list[Any]) -> None:
        self.model.set_trees(trees)
        self.tree.expandToDepth(1)

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        obj: Any = current.data(OBJECT_ROLE) if current.isValid() else None
        node = getattr(obj, "node", None)
        if node is None:  # a tree's own line
            name = getattr(obj, "tree_name", "")
            self.detail.setText(name)
            return
        none = labels.not_stated()
        deputy = obj.deputy
        lines = [
            node.name,
            node.role,
            self.tr("Mobil: %1").replace("%1", node.mobile or none),
            self.tr("Fastnet: %1").replace("%1", node.landline or none),
            self.tr("Stedfortræder: %1").replace(
                "%1",
                " ".join(p for p in (deputy.name, deputy.mobile or deputy.landline) if p)
                if deputy is not None
                else none,
            ),
            self.tr("Eskalér efter: %1").replace(
                "%1",
                none
                if node.escalate_after_min is None
                else self.tr("%1 min").replace("%1", str(node.escalate_after_min)),
            ),
            self.tr("Reservekanal: %1").replace("%1", node.alt_channel or none),
            self.tr("Mødested: %1").replace("%1", node.meeting_point or none),
        ]
        if node.instructions:
            lines += ["", node.instructions]
        self.detail.setText("\n".join(line for line in lines if line is not None))
