"""Text size: Ctrl++ / Ctrl+- / Ctrl+0 scale every text in the app, and it is remembered.

The system's font size is the starting point (100 %); the scale is kept in the
home's ``gui.ini``, so a care worker who needs bigger letters sets it once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication, QTableView, QWidget

STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
KEY = "text_scale"
_FACTOR = "nodkopi_font_factor"


def relative_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Give ``widget`` a font ``factor`` times the app's (a heading, the allergy line …),
    kept in proportion when the text size changes."""
    widget.setProperty(_FACTOR, factor)
    font = QApplication.font()
    font.setBold(bold)
    font.setPointSizeF(font.pointSizeF() * factor)
    widget.setFont(font)


def _follow() -> None:
    """Bring every widget along: relative fonts, style-sheeted widgets, row heights
    (columns and rows refit themselves on the font change: ``views.fitting``)."""
    for widget in QApplication.allWidgets():
        factor = widget.property(_FACTOR)
        if factor is not None:
            relative_font(widget, float(factor), bold=widget.font().bold())
        elif widget.styleSheet():  # a style sheet pins the font it was polished with
            widget.setStyleSheet(widget.styleSheet())
        if isinstance(widget, QTableView):
            widget.verticalHeader().setMinimumSectionSize(widget.fontMetrics().height() + 10)


class TextSize(QObject):
    changed = Signal(float)

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        stored = app.property("nodkopi_base_point_size")
        if stored is None:  # the first window of the process: remember the system's size
            stored = app.font().pointSizeF()
            app.setProperty("nodkopi_base_point_size", stored)
        self.base = float(stored)
        self.scale = 1.0
        if settings is not None:
            try:
                saved = float(str(settings.value(KEY, 1.0)))
            except ValueError:
                saved = 1.0
            self.apply(min(STEPS, key=lambda s: abs(s - saved)))

    def apply(self, scale: float) -> None:
        old, self.scale = self.scale, scale
        font = self._app.font()
        font.setPointSizeF(self.base * scale)
        self._app.setFont(font)
        if abs(old - scale) > 1e-6:
            _follow()
        if self.settings is not None:
            self.settings.setValue(KEY, scale)
        self.changed.emit(scale)

    def bigger(self) -> None:
        larger = [s for s in STEPS if s > self.scale + 1e-6]
        if larger:
            self.apply(larger[0])

    def smaller(self) -> None:
        less = [s for s in STEPS if s < self.scale - 1e-6]
        if less:
            self.apply(less[-1])

    def reset(self) -> None:
        self.apply(1.0)
