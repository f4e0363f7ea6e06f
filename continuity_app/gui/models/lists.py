"""Route visits, vulnerable citizens, units."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from continuity_app.domain.models import Unit
from continuity_app.domain.rules import Reason
from continuity_app.gui import fmt, labels
from continuity_app.gui.labels import has_allergies
from continuity_app.gui.models.base import RowModel
from continuity_app.store.views import VisitRow, VulnerableRow


class VisitModel(RowModel):
    """A route's visits in order (store.route_visits → VisitRow), with what the paper
    route sheet has: the citizen's postcode and phone, the key/door info, and how each
    visit went (from the outage journal, ``outcomes``: visit id → outcome)."""

    class Column(IntEnum):
        SEQ = 0
        TIME = 1
        STATUS = 2
        CITIZEN = 3
        ADDRESS = 4
        PHONE = 5
        KEYS = 6
        ALLERGIES = 7
        TASKS = 8
        TWO_STAFF = 9
        NOTE = 10

    COLUMNS = Column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.outcomes: dict[str, str] = {}
        self.keys_held = True  # a scope without key/door info says so instead of a blank

    def set_outcomes(self, outcomes: dict[str, str]) -> None:
        self.outcomes = dict(outcomes)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, self.Column.STATUS), self.index(self.rowCount() - 1, self.Column.STATUS)
            )

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {
            c.SEQ: self.tr("Nr."),
            c.TIME: self.tr("Tid"),
            c.STATUS: self.tr("Status"),
            c.CITIZEN: self.tr("Borger"),
            c.ADDRESS: self.tr("Adresse"),
            c.PHONE: self.tr("Telefon"),
            c.KEYS: self.tr("Nøgle/dør"),
            c.TASKS: self.tr("Opgaver"),
            c.TWO_STAFF: self.tr("To personer"),
            c.NOTE: self.tr("Bemærkning"),
            c.ALLERGIES: self.tr("Allergier"),
        }

    def display(self, row: VisitRow, column: int) -> str:
        c = self.Column
        visit, citizen = row.visit, row.citizen
        if column == c.SEQ:
            return str(visit.seq)
        if column == c.TIME:
            end = f"–{fmt.time_text(visit.end)}" if visit.end else ""
            return fmt.time_text(visit.start) + end
        if column == c.STATUS:
            return labels.visit_outcome(self.outcomes.get(visit.visit_id, ""))
        if column == c.CITIZEN:
            return citizen.full_name
        if column == c.ADDRESS:
            place = " ".join(p for p in (citizen.postcode, citizen.city) if p)
            return ", ".join(p for p in (citizen.address, place) if p)
        if column == c.PHONE:
            return citizen.phone or labels.not_stated()
        if column == c.KEYS:
            if not self.keys_held:
                return labels.not_held()
            return citizen.key_info
        if column == c.TASKS:
            tasks = ", ".join(visit.tasks)
            if row.time_critical:
                drugs = ", ".join(m.drug for m in row.time_critical)
                tasks += ("; " if tasks else "") + self.tr("Tidskritisk: %1").replace("%1", drugs)
            return tasks
        if column == c.TWO_STAFF:
            return self.tr("2 personer") if visit.two_staff else ""
        if column == c.NOTE:
            return visit.note
        if column == c.ALLERGIES:
            return labels.allergy_cell(citizen.allergies)
        return ""

    def sort_key(self, row: VisitRow, column: int) -> Any:
        if column in (self.Column.SEQ, self.Column.TIME):
            return row.visit.seq
        return super().sort_key(row, column)

    def warn(self, row: VisitRow, column: int) -> bool:
        return column == self.Column.ALLERGIES and has_allergies(row.citizen.allergies)

    def bold(self, row: VisitRow, column: int) -> bool:
        if column == self.Column.STATUS:
            return bool(self.outcomes.get(row.visit.visit_id))
        return column == self.Column.TWO_STAFF and row.visit.two_staff


class VulnerableModel(RowModel):
    class Column(IntEnum):
        PRIORITY = 0
        NAME = 1
        REASONS = 2
        ADDRESS = 3
        PHONE = 4
        RELATIVE = 5
        UNIT = 6

    COLUMNS = Column

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {
            c.PRIORITY: self.tr("Prioritet"),
            c.NAME: self.tr("Navn"),
            c.REASONS: self.tr("Hvorfor sårbar"),
            c.ADDRESS: self.tr("Adresse"),
            c.PHONE: self.tr("Telefon"),
            c.RELATIVE: self.tr("Pårørendes telefon"),
            c.UNIT: self.tr("Enhed"),
        }

    def display(self, row: VulnerableRow, column: int) -> str:
        c = self.Column
        citizen = row.citizen
        if column == c.PRIORITY:
            return labels.day_priority(row.vulnerability.day_priority)
        if column == c.NAME:
            return citizen.full_name
        if column == c.REASONS:
            return labels.reasons(row.vulnerability)
        if column == c.ADDRESS:
            return citizen.address
        if column == c.PHONE:
            return citizen.phone
        if column == c.RELATIVE:
            if row.relative_phone:
                return row.relative_phone
            return (
                labels.reason(Reason.NO_CLOSE_RELATIVES)
                if citizen.no_close_relatives
                else labels.not_stated()
            )
        if column == c.UNIT:
            return row.unit.name if row.unit else citizen.unit_id
        return ""

    def sort_key(self, row: VulnerableRow, column: int) -> Any:
        if column == self.Column.PRIORITY:
            return (row.vulnerability.day_priority, row.citizen.last_name.casefold())
        if column == self.Column.NAME:
            return (row.citizen.last_name.casefold(), row.citizen.first_name.casefold())
        return super().sort_key(row, column)

    def bold(self, row: VulnerableRow, column: int) -> bool:
        return column == self.Column.PRIORITY and row.vulnerability.day_priority == 1


class UnitModel(RowModel):
    class Column(IntEnum):
        CATEGORY = 0
        NAME = 1
        KIND = 2
        ADDRESS = 3
        PHONE = 4
        MANAGER = 5
        GENERATOR = 6
        SUPPLIES = 7

    COLUMNS = Column

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {
            c.CATEGORY: self.tr("Kategori"),
            c.NAME: self.tr("Enhed"),
            c.KIND: self.tr("Type"),
            c.ADDRESS: self.tr("Adresse"),
            c.PHONE: self.tr("Telefon"),
            c.MANAGER: self.tr("Leder"),
            c.GENERATOR: self.tr("Generator"),
            c.SUPPLIES: self.tr("Forsyninger (dage)"),
        }

    def display(self, row: Unit, column: int) -> str:
        c = self.Column
        if column == c.CATEGORY:
            return labels.category(row.category)
        if column == c.NAME:
            return row.name
        if column == c.KIND:
            return str(row.kind.value).capitalize() if row.kind else ""
        if column == c.ADDRESS:
            return ", ".join(p for p in (row.address, f"{row.postcode} {row.city}".strip()) if p)
        if column == c.PHONE:
            return row.phone
        if column == c.MANAGER:
            return " ".join(p for p in (row.manager, row.manager_phone) if p)
        if column == c.GENERATOR:
            return fmt.yes_no(row.generator)
        if column == c.SUPPLIES:
            return "" if row.supplies_days is None else str(row.supplies_days)
        return ""

    def sort_key(self, row: Unit, column: int) -> Any:
        if column == self.Column.CATEGORY:
            return (row.category.value if row.category else "Z") + row.name.casefold()
        if column == self.Column.SUPPLIES:
            return row.supplies_days
        return super().sort_key(row, column)
