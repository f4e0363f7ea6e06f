"""Under the banner: who is working, a running drill (ØVELSE), and the effect checks now due."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from continuity_app.domain.age import local
from continuity_app.gui.textsize import relative_font

DRILL_STYLE = (
    "QLabel#drillLabel { background: #4a148c; color: white; padding: 2px 10px; border-radius: 3px; }"
)
DUE_STYLE = (
    "QLabel#dueLabel { background: #fff4e0; color: #6d4200; border: 2px solid #c77700;"
    " padding: 2px 6px; border-radius: 3px; }"
)


class JournalBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalBar")
        self.initials_label = QLabel()
        self.initials_label.setObjectName("initialsLabel")
        relative_font(self.initials_label, 1.0, bold=True)
        self.drill_label = QLabel(self.tr("ØVELSE"))
        self.drill_label.setObjectName("drillLabel")
        self.drill_label.setStyleSheet(DRILL_STYLE)
        relative_font(self.drill_label, 1.15, bold=True)
        self.drill_label.setAccessibleName(self.tr("Øvelse i gang"))
        self.drill_label.hide()
        self.due_label = QLabel()
        self.due_label.setObjectName("dueLabel")
        self.due_label.setStyleSheet(DUE_STYLE)
        self.due_label.setWordWrap(True)
        self.due_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.due_label.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.drill_label)
        layout.addWidget(self.initials_label)
        layout.addSpacing(12)
        layout.addWidget(self.due_label, 1)
        layout.addStretch(0)

    def show_state(self, *, initials: str, drill: bool, due: list[Any]) -> None:
        self.initials_label.setText(
            self.tr("Initialer: %1 (Ctrl+I skifter)").replace("%1", initials)
            if initials
            else self.tr("Ingen initialer – tryk Ctrl+I")
        )
        self.drill_label.setVisible(drill)
        if due:
            names = ", ".join(
                f"{e.fields.get('citizen_name') or e.citizen_id} ({e.fields.get('drug', '')} "
                f"kl. {local(e.at):%H:%M})"
                for e in due[:3]
            )
            more = f" +{len(due) - 3}" if len(due) > 3 else ""
            self.due_label.setText(self.tr("Effekt skal vurderes (Ctrl+E): %1").replace("%1", names + more))
        self.due_label.setVisible(bool(due))
        self.due_label.setAccessibleName(self.due_label.text())
