"""Synkronisering: data age, sequence, generations, attempt history, next sync, sync now,
load a bundle from a file (a USB stick)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from continuity_app.gui import fmt
from continuity_app.gui.context import AppContext
from continuity_app.gui.models.sync import SyncHistoryModel
from continuity_app.gui.progress import stage_text, sync_fraction
from continuity_app.gui.session import SyncStatus
from continuity_app.gui.views.common import PrintRequest, heading, make_table


class SyncView(QWidget):
    sync_requested = Signal()
    file_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, text in (
            ("age", self.tr("Dataalder")),
            ("sequence", self.tr("Løbenummer")),
            ("scope", self.tr("Omfang")),
            ("valid", self.tr("Gyldige til")),
            ("last", self.tr("Seneste forsøg")),
            ("next", self.tr("Næste planlagte")),
            ("source", self.tr("Kilde")),
        ):
            label = QLabel()
            label.setObjectName(f"sync_{key}")
            label.setWordWrap(True)
            label.setAccessibleName(text)
            self.values[key] = label
            form.addRow(QLabel(text + ":"), label)
        self.sync_button = QPushButton(self.tr("Synkronisér nu"))
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setAccessibleName(self.tr("Synkronisér nu"))
        self.sync_button.clicked.connect(self.sync_requested)
        self.file_button = QPushButton(self.tr("Indlæs fra fil…"))
        self.file_button.setObjectName("syncFromFile")
        self.file_button.setAccessibleName(self.tr("Indlæs data fra en fil, fx et USB-stik"))
        self.file_button.clicked.connect(self.file_requested)
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setAccessibleName(self.tr("Fremdrift for synkronisering"))
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("syncMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.file_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(1)
        self.history = SyncHistoryModel(self)
        self.history_table = make_table(
            self.history, self.tr("Historik"), stretch=SyncHistoryModel.Column.DETAIL
        )
        self.history_table.setObjectName("syncHistory")
        self.generations = QListWidget()
        self.generations.setObjectName("generations")
        self.generations.setAccessibleName(self.tr("Gemte generationer"))
        self.generations.setMaximumHeight(110)
        # a laptop with several municipalities: the others' data and last sync, one line each
        self.others_label = QLabel(self.tr("De andre kommuner på denne computer:"))
        self.others = QListWidget()
        self.others.setObjectName("otherEnrolments")
        self.others.setAccessibleName(self.tr("De andre kommuner på denne computer"))
        self.others.setMaximumHeight(110)
        self.others.setWordWrap(True)  # a line per municipality, wrapped rather than cut off
        self.others.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Synkronisering")))
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Historik:")))
        layout.addWidget(self.history_table, 1)
        layout.addWidget(QLabel(self.tr("Gemte generationer (krypterede):")))
        layout.addWidget(self.generations)
        layout.addWidget(self.others_label)
        layout.addWidget(self.others)
        self.others_label.hide()
        self.others.hide()
        self.setTabOrder(self.sync_button, self.file_button)

    def title(self) -> str:
        return self.tr("Synkronisering")

    def focus_target(self) -> QWidget:
        return self.sync_button

    def load(self) -> None:
        pass  # filled by show_status (the window refreshes the status off-thread)

    def clear(self) -> None:
        pass  # nothing decrypted here: status and history stay visible while locked

    def print_request(self) -> PrintRequest | None:
        return None

    def set_busy(self, busy: bool) -> None:
        self.sync_button.setEnabled(not busy)
        self.file_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setFormat("%p%")
            self.progress.setValue(0)
            self.message.setText(self.tr("Synkroniserer …"))

    def set_progress(self, stage: str, fraction: float) -> None:
        """The sync's ``progress(stage, fraction)``: one bar over all stages, the stage in words."""
        text = stage_text(stage)
        self.progress.setFormat(text + " – %p%" if text else "%p%")
        self.progress.setValue(int(sync_fraction(stage, fraction) * 100))

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def show_status(self, status: SyncStatus | None) -> None:
        v = self.values
        if status is None:
            for label in v.values():
                label.setText("–")
            self.history.clear()
            self.generations.clear()
            self._show_others([])
            return
        now = self.context.now()
        v["age"].setText(
            fmt.data_age_text(status.created_at, now) if status.created_at else self.tr("Ingen data endnu")
        )
        v["sequence"].setText("" if status.sequence is None else str(status.sequence))
        scope = self.context.scope_name or status.scope or "–"
        v["scope"].setText(f"{scope} ({status.name})" if status.others else scope)
        v["valid"].setText(fmt.datetime_text(status.valid_until) or "–")
        last = status.last_attempt
        if last is None:
            v["last"].setText(self.tr("Ingen endnu"))
        else:
            result = self.tr("lykkedes") if last.ok else self.tr("mislykkedes")
            v["last"].setText(f"{fmt.datetime_text(last.at)} – {result}")
        v["next"].setText(fmt.datetime_text(status.next_sync) or "–")
        v["source"].setText(status.source or "–")
        self.history.set_rows(status.history)  # newest first
        self.generations.clear()
        self.generations.addItems(status.generations)
        self._show_others(status.others)

    def _show_others(self, others: list[SyncStatus]) -> None:
        now = self.context.now()
        self.others.clear()
        for other in others:
            age = (
                fmt.data_age_text(other.created_at, now) if other.created_at else self.tr("Ingen data endnu")
            )
            parts = [f"{other.name}: {other.scope or '–'}", age]
            if other.sequence is not None:
                parts.append(self.tr("løbenummer %1").replace("%1", str(other.sequence)))
            last = other.last_attempt
            if last is not None:
                result = (
                    self.tr("lykkedes") if last.ok else self.tr("mislykkedes: %1").replace("%1", last.text)
                )
                parts.append(
                    self.tr("seneste forsøg %1 %2")
                    .replace("%1", fmt.datetime_text(last.at))
                    .replace("%2", result)
                )
            self.others.addItem(" · ".join(parts))
        self.others_label.setVisible(bool(others))
        self.others.setVisible(bool(others))
