"""The unit picker of a multi-unit scope (krisestab, alle): type a few letters of a unit's
name, Enter or pick it; the choice is remembered per scope in ``gui.ini``.

Every view and print action that shows one unit follows it through
``AppContext.unit_changed``. A unit's own laptop never shows the picker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QWidget

from continuity_app.gui.context import AppContext

KEY = "unit/{scope}"


class UnitPicker(QWidget):
    def __init__(
        self, context: AppContext, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unitPickerBox")
        self.context = context
        self.settings = settings
        self.box = QComboBox()
        self.box.setObjectName("unitPicker")
        self.box.setEditable(True)
        self.box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.box.setMinimumContentsLength(26)
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.box.setAccessibleName(self.tr("Enhed"))
        self.box.setToolTip(self.tr("Vælg enhed: skriv en del af navnet (Ctrl+U)"))
        completer = QCompleter(self.box.model(), self.box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.box.setCompleter(completer)
        completer.activated[str].connect(self._completed)  # type: ignore[index]
        self.box.activated.connect(self._picked)
        editor = self.box.lineEdit()
        assert editor is not None  # the box is editable
        editor.editingFinished.connect(self._typed)
        label = QLabel(self.tr("&Enhed:"))
        label.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(label)
        layout.addWidget(self.box, 1)
        self.setFocusProxy(self.box)

    # --- what the window calls --------------------------------------------------------
    def set_units(self, units: list[Any]) -> None:
        """Fill with the scope's units (by name); select the remembered one."""
        self.box.blockSignals(True)
        self.box.clear()
        self.box.addItem(self.tr("Alle enheder"), None)
        for unit in sorted(units, key=lambda u: str(u.name).casefold()):
            self.box.addItem(unit.name, unit.unit_id)
        remembered = self._remembered()
        index = self.box.findData(remembered) if remembered else 0
        self.box.setCurrentIndex(max(0, index))
        self.box.blockSignals(False)
        self.context.chosen_unit = self.box.currentData()

    def clear(self) -> None:
        self.box.blockSignals(True)
        self.box.clear()
        self.box.blockSignals(False)
        self.context.chosen_unit = None

    def select(self, unit_id: str | None) -> None:
        index = self.box.findData(unit_id)
        if index >= 0:
            self.box.setCurrentIndex(index)
            self._picked(index)

    # --- internals ----------------------------------------------------------------------
    def _remembered(self) -> str | None:
        if self.settings is None:
            return None
        value = self.settings.value(KEY.format(scope=self.context.scope))
        return str(value) if value else None

    def _completed(self, text: str) -> None:
        index = self.box.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.box.setCurrentIndex(index)
            self._picked(index)

    def _typed(self) -> None:
        """Enter or leaving the field: a name typed in full (any case) picks that unit;
        anything else goes back to the unit chosen before."""
        text = self.box.currentText().strip()
        index = self.box.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            matches = [
                i for i in range(self.box.count()) if text.casefold() in self.box.itemText(i).casefold()
            ]
            index = matches[0] if len(matches) == 1 else -1
        if index < 0:
            index = max(0, self.box.findData(self.context.chosen_unit))
        self.box.setCurrentIndex(index)
        self._picked(index)

    def _picked(self, index: int) -> None:
        unit_id = self.box.itemData(index)
        if self.settings is not None:
            self.settings.setValue(KEY.format(scope=self.context.scope), unit_id or "")
        self.context.choose_unit(unit_id)
