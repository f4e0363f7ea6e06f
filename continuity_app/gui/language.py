"""The language setting (da / en / the system's), saved in the home's config.json.

A change takes effect at the next start: the app says so rather than half-translate
an open window (Qt retranslates only widgets that rebuild their own texts on a language
change, and most of ours set them once). The notice is in both languages: whoever
picked the other language may not read the one on screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from continuity_app import settings as settings_mod
from continuity_app.home import ClientHome

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

#: Not translated on purpose: the same two sentences whatever language is on screen.
RESTART_NOTICE = (
    "Sproget skifter, næste gang Nødkopi startes.\nThe language changes the next time Nødkopi starts."
)


def language_menu(parent: QWidget, home: ClientHome | None, current: str) -> QMenu:
    menu = QMenu(translate("Language", "Sprog"), parent)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    choices = [
        ("da", translate("Language", "Dansk")),
        ("en", translate("Language", "English")),
        ("", translate("Language", "Systemets sprog")),
    ]
    for value, text in choices:
        action = QAction(text, menu)
        action.setCheckable(True)
        action.setChecked(value == current)
        action.setData(value)
        action.setEnabled(home is not None)
        group.addAction(action)
        menu.addAction(action)

    def chosen(action: QAction) -> None:
        assert home is not None
        save_language(home, str(action.data()))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "Sprog / Language",
            RESTART_NOTICE,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("languageNotice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    group.triggered.connect(chosen)
    return menu


def save_language(home: ClientHome, value: str) -> None:
    values: dict[str, Any] = settings_mod.load(home.config)
    values["language"] = value
    settings_mod.save(home.config, values)
