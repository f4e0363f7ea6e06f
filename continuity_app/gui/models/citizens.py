"""Search results, the citizen's medication list and the citizen's visits."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from continuity_app.domain.models import Medication, Route, Visit
from continuity_app.gui import fmt, labels
from continuity_app.gui.models.base import RowModel
from continuity_app.printing.dosing import daily_grid, no_grid_reason
from continuity_app.store.views import CitizenHit


class CitizenHitModel(RowModel):
    class Column(IntEnum):
        NAME = 0
        ADDRESS = 1
        CPR = 2
        PHONE = 3
        UNIT = 4
        PRIORITY = 5

    COLUMNS = Column

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {
            c.NAME: self.tr("Navn"),
            c.ADDRESS: self.tr("Adresse"),
            c.CPR: self.tr("CPR"),
            c.PHONE: self.tr("Telefon"),
            c.UNIT: self.tr("Enhed"),
            c.PRIORITY: self.tr("Sårbar"),
        }

    def display(self, row: CitizenHit, column: int) -> str:
        c = self.Column
        if column == c.NAME:
            return row.name
        if column == c.ADDRESS:
            return ", ".join(p for p in (row.address, f"{row.postcode} {row.city}".strip()) if p)
        if column == c.CPR:
            return row.cpr
        if column == c.PHONE:
            return row.phone
        if column == c.UNIT:
            return row.unit_name
        if column == c.PRIORITY:
            return labels.day_priority(row.day_priority) if row.is_vulnerable else ""
        return ""


class MedicationModel(RowModel):
    """The citizen's medication list: dose text verbatim, the daily grid only where given."""

    class Column(IntEnum):
        DRUG = 0
        DOSE = 1
        MORNING = 2
        NOON = 3
        EVENING = 4
        NIGHT = 5
        AS_NEEDED = 6
        DISPENSING = 7
        INDICATION = 8

    COLUMNS = Column
    GRID = (Column.MORNING, Column.NOON, Column.EVENING, Column.NIGHT)

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {
            c.DRUG: self.tr("Præparat"),
            c.DOSE: self.tr("Dosering (FMK)"),
            c.MORNING: self.tr("Morgen"),
            c.NOON: self.tr("Middag"),
            c.EVENING: self.tr("Aften"),
            c.NIGHT: self.tr("Nat"),
            c.AS_NEEDED: self.tr("Efter behov"),
            c.DISPENSING: self.tr("Dispensering"),
            c.INDICATION: self.tr("Indikation"),
        }

    def display(self, row: Medication, column: int) -> str:
        c = self.Column
        if column == c.DRUG:
            name = " ".join(p for p in (row.drug, row.strength, row.form) if p)
            return name + "\n⚠ " + self.tr("TIDSKRITISK") if row.time_critical else name
        if column == c.DOSE:
            text = row.dose_text.strip() or self.tr("Dosering ikke angivet")
            if row.clock_times:
                text += "\n" + self.tr("Kl. %1").replace("%1", ", ".join(row.clock_times))
            if row.dose_mismatch:
                text += "\n⚠ " + self.tr("tjek: tekst og skema er forskellige")
            if row.dose_text_built:  # not the source's own words: say so
                return self.tr("Dannet ud fra struktureret dosering:") + "\n" + text
            return text
        if column in self.GRID:
            grid = daily_grid(row)
            if grid is None:
                # As on paper: why there is no daily grid, in the first grid cell (the card
                # spans it over the four); an as-needed medicine says so under "Efter behov".
                return no_grid_reason(row) if column == c.MORNING and not row.as_needed else ""
            return fmt.quantity_text(grid[self.GRID.index(column)]) or "–"

        if column == c.AS_NEEDED:
            if not row.as_needed:
                return ""
            if row.as_needed_max:
                return self.tr("Ja, højst %1").replace("%1", row.as_needed_max)
            return self.tr("Ja")
        if column == c.DISPENSING:
            return labels.dispensing(row.dispensing)
        if column == c.INDICATION:
            return row.indication
        return ""

    def tooltip(self, row: Medication, column: int) -> str | None:
        if column == self.Column.DOSE:
            return row.dose_text
        if column == self.Column.DRUG and row.active_ingredient:
            return row.active_ingredient
        return None

    def warn(self, row: Medication, column: int) -> bool:
        return row.time_critical and column == self.Column.DRUG


class CitizenVisitModel(RowModel):
    """The citizen's visits in the next days: (Route, Visit) pairs."""

    class Column(IntEnum):
        DATE = 0
        TIME = 1
        ROUTE = 2
        TASKS = 3

    COLUMNS = Column

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {
            c.DATE: self.tr("Dato"),
            c.TIME: self.tr("Tid"),
            c.ROUTE: self.tr("Køreliste"),
            c.TASKS: self.tr("Opgaver"),
        }

    def display(self, row: tuple[Route, Visit], column: int) -> str:
        route, visit = row
        c = self.Column
        if column == c.DATE:
            return fmt.date_text(route.date)
        if column == c.TIME:
            end = f"–{fmt.time_text(visit.end)}" if visit.end else ""
            return fmt.time_text(visit.start) + end
        if column == c.ROUTE:
            return route.name
        if column == c.TASKS:
            return ", ".join(visit.tasks)
        return ""

    def sort_key(self, row: tuple[Route, Visit], column: int) -> Any:
        route, visit = row
        if column in (self.Column.DATE, self.Column.TIME):
            return f"{route.date.isoformat()} {visit.start.isoformat()}"
        return super().sort_key(row, column)
