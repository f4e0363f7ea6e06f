"""Om Nødkopi (F1): the version, what the data is, and every keyboard shortcut.

The shortcuts are listed from the window's own actions, so the list can never
drift from what the keys really do.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from continuity_app import APP_NAME, __version__


class AboutDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Om Nødkopi"))
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>{APP_NAME} {__version__}</h2>")
        title.setObjectName("aboutTitle")
        layout.addWidget(title)
        text = QLabel(
            self.tr(
                "En krypteret nødkopi af medicinlister, kørelister, kontakttræer, køretøjer og "
                "brændstof — til når netværk, strøm eller omsorgssystemerne er nede. Data "
                "hentes og kontrolleres automatisk og kan kun åbnes med enhedens adgangsudtryk."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        rows = []
        for action in actions:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                rows.append(f"<tr><td><b>{keys}</b></td><td>{action.text().replace('&', '')}</td></tr>")
        heading = self.tr("Tastaturgenveje")
        shortcuts = QLabel(f"<p>{heading}:</p><table cellspacing='4'>" + "".join(rows) + "</table>")
        shortcuts.setObjectName("aboutShortcuts")
        layout.addWidget(shortcuts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
