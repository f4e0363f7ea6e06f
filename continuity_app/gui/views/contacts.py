"""Kontakttræer: every tree expandable, with roles, phones, fallback channel, meeting point."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from continuity_app.gui.context import AppContext
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
        hint = QLabel(self.tr("Pil højre/venstre folder grene ud og ind; Enter viser hele "
                              "personens kort. Kan en person ikke nås inden for "
                              "eskaleringstiden, ring til stedfortræderen."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Kontakttræer")))
        layout.addWidget(self.tree, 1)
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

        self.context.query(lambda _store: [
            replace(t.item, tree_id=t.key, tree_name=f"{t.item.tree_name} – {t.enrolment}")
            for t in together.contact_trees()], self._set)

    def clear(self) -> None:
        self.model.set_trees([])

    def print_request(self) -> PrintRequest | None:
        if self.context.session is None:
            return None
        return PrintRequest("contacts", self.tr("Kontakttræer"))

    def _set(self, trees: list[Any]) -> None:
        self.model.set_trees(trees)
        self.tree.expandToDepth(1)
