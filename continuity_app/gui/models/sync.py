"""The sync history."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from continuity_app.gui import fmt
from continuity_app.gui.models.base import RowModel
from continuity_app.gui.session import SyncAttempt


class SyncHistoryModel(RowModel):
    class Column(IntEnum):
        WHEN = 0
        RESULT = 1
        DETAIL = 2

    COLUMNS = Column

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {c.WHEN: self.tr("Tidspunkt"), c.RESULT: self.tr("Resultat"), c.DETAIL: self.tr("Detaljer")}

    def display(self, row: SyncAttempt, column: int) -> str:
        c = self.Column
        if column == c.WHEN:
            return fmt.datetime_text(row.at)
        if column == c.RESULT:
            return self.tr("Lykkedes") if row.ok else self.tr("Mislykkedes")
        if column == c.DETAIL:
            return row.text
        return ""

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.Column.WHEN:
            return row.at.isoformat() if row.at else None
        return super().sort_key(row, column)

    def warn(self, row: SyncAttempt, column: int) -> bool:
        return not row.ok and column == self.Column.RESULT
