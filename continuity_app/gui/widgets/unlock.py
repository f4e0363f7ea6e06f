"""The unlock page: the unit's passphrase and nothing else.

Enter submits. While the vault decrypts and imports (on the database thread) a
progress bar shows; a wrong passphrase says so, and when the vault asks for a
wait before the next try the button stays disabled and the wait counts down.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from continuity_app.gui.progress import stage_text
from continuity_app.gui.textsize import relative_font
from continuity_app.paths import resources_dir


class UnlockPage(QWidget):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._wait_until = 0.0
        self._busy = False
        icon = QLabel()
        pixmap = QPixmap(str(resources_dir() / "icons" / "noedkopi-128.png"))
        if not pixmap.isNull():
            icon.setPixmap(pixmap.scaledToHeight(96, Qt.TransformationMode.SmoothTransformation))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Nødkopi"))
        title.setObjectName("unlockTitle")
        relative_font(title, 1.8, bold=True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(
            self.tr(
                "Nødkopien er låst. Skriv enhedens adgangsudtryk for at åbne den. "
                "Adgangsudtrykket står på papiret i den forseglede kuvert."
            )
        )
        intro.setWordWrap(True)
        self.data_label = QLabel()
        self.data_label.setObjectName("unlockDataAge")
        self.data_label.setWordWrap(True)
        self.data_label.hide()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Adgangsudtryk"))
        self.passphrase.setMinimumWidth(280)
        self.passphrase.returnPressed.connect(self.submit)
        self.button = QPushButton(self.tr("Lås op"))
        self.button.setObjectName("unlockButton")
        self.button.setAccessibleName(self.tr("Lås op"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.progress = QProgressBar()
        self.progress.setObjectName("unlockProgress")
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Fremdrift for oplåsning"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8e0000; font-weight: bold;")
        self.message.setAccessibleName(self.tr("Besked"))
        form = QFormLayout()
        label = QLabel(self.tr("&Adgangsudtryk:"))
        label.setBuddy(self.passphrase)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.button)
        form.addRow(label, row)
        box = QFrame()
        box.setObjectName("unlockBox")
        box.setMaximumWidth(560)
        inner = QVBoxLayout(box)
        for widget in (icon, title, intro, self.data_label):
            inner.addWidget(widget)
        inner.addSpacing(8)
        inner.addLayout(form)
        inner.addWidget(self.progress)
        inner.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box, 4)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        self.setTabOrder(self.passphrase, self.button)

    # --- what the window calls --------------------------------------------------------
    def reset(self, message: str = "") -> None:
        """Back to an empty form (after a lock: the passphrase field is cleared)."""
        self.passphrase.clear()
        self.message.setText(message)
        self.set_busy(False)
        self.passphrase.setFocus()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.progress.setFormat("%p%")
        self.progress.setValue(0)
        self._update_enabled()

    def set_progress(self, stage: str, fraction: float) -> None:
        """The unlock's ``progress(stage, fraction)``: the bar, with the stage in words."""
        text = stage_text(stage)
        if text:
            self.progress.setFormat(text + " – %p%")
        self.progress.setValue(int(fraction * 100))

    def show_data_age(self, text: str) -> None:
        self.data_label.setText(text)
        self.data_label.setVisible(bool(text))

    def failed(self, message: str, wait_seconds: float = 0.0) -> None:
        """A refused try: say why; with a wait, count it down before the next try."""
        self.set_busy(False)
        self.passphrase.clear()
        self._base_message = message
        self._wait_until = self._clock() + max(0.0, wait_seconds)
        if wait_seconds > 0:
            self._countdown.start()
        self._tick()
        self.passphrase.setFocus()

    def remaining_wait(self) -> int:
        return max(0, math.ceil(self._wait_until - self._clock()))

    # --- internals ----------------------------------------------------------------------
    def submit(self) -> None:
        if self._busy or self.remaining_wait() > 0:
            return
        text = self.passphrase.text()
        if not text:
            self.message.setText(self.tr("Skriv adgangsudtrykket først."))
            return
        self.message.clear()
        self.set_busy(True)
        self.submitted.emit(text)

    def _tick(self) -> None:
        left = self.remaining_wait()
        text = getattr(self, "_base_message", "")
        if left == 1:
            text += "\n" + self.tr("Vent 1 sekund, før du prøver igen.")
        elif left > 1:
            text += "\n" + self.tr("Vent %1 sekunder, før du prøver igen.").replace("%1", str(left))
        else:
            self._countdown.stop()
        self.message.setText(text.strip())
        self._update_enabled()

    def _update_enabled(self) -> None:
        waiting = self.remaining_wait() > 0
        self.button.setEnabled(not self._busy and not waiting)
        self.passphrase.setEnabled(not self._busy)
