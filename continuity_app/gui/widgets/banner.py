"""The always-visible banner: data age in words and colour, scope, warnings, online state.

The absolute time always stands beside the age (a laptop's clock may be
wrong in a crisis). Colour never carries meaning alone: the words say it too.
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from continuity_app.domain.age import AgeLevel, data_age
from continuity_app.gui import fmt
from continuity_app.gui.textsize import relative_font

LEVEL_STYLE = {
    AgeLevel.GREEN: ("#e6f4ea", "#1b5e20", "#2e7d32"),
    AgeLevel.AMBER: ("#fff4e0", "#6d4200", "#c77700"),
    AgeLevel.RED: ("#fde7e7", "#8e0000", "#c62828"),
}


def longest_gap(times: list[str]) -> dt.timedelta:
    """The longest gap between two scheduled syncs in a day (05:30 and 13:30 → 16 h)."""
    minutes = sorted(int(t[:2]) * 60 + int(t[3:5]) for t in times if len(t) == 5 and t[2] == ":")
    if len(minutes) < 2:
        return dt.timedelta(hours=24)
    gaps = [b - a for a, b in itertools.pairwise(minutes)]
    gaps.append(24 * 60 - minutes[-1] + minutes[0])
    return dt.timedelta(minutes=max(gaps))


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.age_label = QLabel()
        self.age_label.setObjectName("bannerAge")
        self.age_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        relative_font(self.age_label, 1.15, bold=True)
        self.scope_label = QLabel()
        self.scope_label.setObjectName("bannerScope")
        self.online_label = QLabel()
        self.online_label.setObjectName("bannerOnline")
        self.online_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("bannerWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.warning_label.hide()
        top = QHBoxLayout()
        top.addWidget(self.age_label, 1)
        top.addWidget(self.scope_label)
        top.addSpacing(16)
        top.addWidget(self.online_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(top)
        layout.addWidget(self.warning_label)
        self.level: AgeLevel | None = None
        self.warnings: list[str] = []
        self.setAccessibleName(self.tr("Dataalder og advarsler"))

    def show_data(
        self,
        *,
        created_at: dt.datetime | None,
        valid_until: dt.datetime | None,
        scope_name: str,
        now: dt.datetime,
        sync_times: list[str],
        warnings: list[str],
    ) -> None:
        if created_at is None:
            self.level = AgeLevel.RED
            self.age_label.setText(self.tr("Ingen data endnu"))
        else:
            age = data_age(created_at, now, max_sync_gap=longest_gap(sync_times), valid_until=valid_until)
            self.level = age.level
            self.age_label.setText(fmt.data_age_text(created_at, now))
            if age.expired and valid_until is not None:
                warnings = [
                    self.tr("Data er forældede: de var kun gyldige til %1.").replace(
                        "%1", fmt.datetime_text(valid_until)
                    ),
                    *warnings,
                ]
            if age.clock_suspect:
                warnings = [self.tr("Computerens ur ser ud til at gå forkert."), *warnings]
        self.scope_label.setText(self.tr("Omfang: %1").replace("%1", scope_name or "–"))
        self.warnings = list(dict.fromkeys(w for w in warnings if w))
        self.warning_label.setText("\n".join("⚠ " + w for w in self.warnings))
        self.warning_label.setVisible(bool(self.warnings))
        self._paint()

    def show_online(self, online: bool | None) -> None:
        if online is None:
            self.online_label.setText("")
        elif online:
            self.online_label.setText(self.tr("● Forbindelse til kilden"))
        else:
            self.online_label.setText(self.tr("○ Offline – viser gemte data"))
        self.online_label.setAccessibleName(self.online_label.text())

    def clear(self) -> None:
        self.age_label.clear()
        self.scope_label.clear()
        self.warning_label.clear()
        self.warning_label.hide()
        self.warnings = []
        self.level = None

    def _paint(self) -> None:
        background, text, border = LEVEL_STYLE[self.level or AgeLevel.RED]
        self.setStyleSheet(
            f"QFrame#banner {{ background: {background}; border: 2px solid {border};"
            f" border-radius: 4px; }} QFrame#banner QLabel {{ color: {text}; }}"
        )
        self.age_label.setAccessibleName(self.age_label.text())
