"""Overblik: the municipality's totals on top, one sortable row per unit, the data's age.

A thin layer over :func:`continuity_app.crisis.overview.overview_of`; the vehicle
board's assignments (the journal) decide which vehicles count as free. Ctrl+P prints
the ``overview`` pack, the same numbers on paper.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from continuity_app.crisis.overview import FleetShare, Overview, UnitLine
from continuity_app.domain.numbers import thousands_da
from continuity_app.domain.rules import Reason
from continuity_app.gui import fmt, labels
from continuity_app.gui.context import AppContext
from continuity_app.gui.models.base import FilterProxy, RowModel
from continuity_app.gui.textsize import relative_font
from continuity_app.gui.views.common import PrintRequest, heading, make_table
from continuity_app.gui.views.crisis_common import JournalViewMixin


def fleet_text(shares: tuple[FleetShare, ...]) -> str:
    parts = []
    for f in shares:
        km = (
            labels.translate("OverviewView", "%1 km").replace("%1", thousands_da(f.range_km))
            if f.range_unknown < f.vehicles
            else ""
        )
        parts.append(f"{labels.fuel(f.fuel)} {f.vehicles}" + (f" ({km})" if km else ""))
    return " · ".join(parts) or labels.translate("OverviewView", "ingen")


class OverviewModel(RowModel):
    class Column(IntEnum):
        CATEGORY = 0
        UNIT = 1
        CITIZENS = 2
        RESIDENTS = 3
        VULNERABLE = 4
        DAY1 = 5
        DAY2 = 6
        DAY3 = 7
        REASONS = 8
        GENERATOR = 9
        SUPPLIES = 10
        WATER = 11
        VEHICLES = 12

    COLUMNS = Column
    _COUNTED: ClassVar[frozenset[int]] = frozenset(
        {
            Column.CITIZENS,
            Column.RESIDENTS,
            Column.VULNERABLE,
            Column.DAY1,
            Column.DAY2,
            Column.DAY3,
            Column.WATER,
        }
    )

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {
            c.CATEGORY: self.tr("Kat."),
            c.UNIT: self.tr("Enhed"),
            c.CITIZENS: self.tr("Borgere"),
            c.RESIDENTS: self.tr("Beboere"),
            c.VULNERABLE: self.tr("Sårbare"),
            c.DAY1: self.tr("Kontakt 1. døgn"),
            c.DAY2: self.tr("Kontakt 2. døgn"),
            c.DAY3: self.tr("Kontakt 3. døgn"),
            c.REASONS: self.tr("Sårbare efter årsag"),
            c.GENERATOR: self.tr("Nødstrøm"),
            c.SUPPLIES: self.tr("Forsyning (døgn)"),
            c.WATER: self.tr("Vand 3 døgn"),
            c.VEHICLES: self.tr("Ledige køretøjer"),
        }

    def value(self, row: UnitLine, column: int) -> int | None:
        counts = row.counts
        if counts is None:
            return None
        c = self.Column
        values: dict[int, int | None] = {
            c.CITIZENS: counts.citizens,
            c.RESIDENTS: counts.residents,
            c.VULNERABLE: counts.vulnerable,
            c.DAY1: counts.by_day[0],
            c.DAY2: counts.by_day[1],
            c.DAY3: counts.by_day[2],
            c.WATER: row.water_litres,
        }
        return values.get(column)

    def display(self, row: UnitLine, column: int) -> str:
        c = self.Column
        if column == c.CATEGORY:
            return str(row.unit.category or "")
        if column == c.UNIT:
            return row.unit.name
        if column in self._COUNTED:
            n = self.value(row, column)
            if n is None:
                return self.tr("ikke kendt")
            return (
                self.tr("%1 liter").replace("%1", thousands_da(n)) if column == c.WATER else thousands_da(n)
            )
        if column == c.REASONS:
            if row.counts is None:
                return self.tr("ikke kendt")
            return " · ".join(
                f"{labels.reason(r)} {row.counts.by_reason[r.value]}"
                for r in Reason
                if row.counts.by_reason.get(r.value)
            )
        if column == c.GENERATOR:
            return fmt.yes_no(row.unit.generator)
        if column == c.SUPPLIES:
            days = row.unit.supplies_days
            return "" if days is None else thousands_da(days)
        if column == c.VEHICLES:
            return fleet_text(row.free_vehicles)
        return ""

    def sort_key(self, row: UnitLine, column: int) -> Any:
        c = self.Column
        if column in self._COUNTED:
            return self.value(row, column)
        if column == c.CATEGORY:  # A, B, C, none; then by name: the overview's own order
            return (str(row.unit.category or "~"), row.unit.name.casefold())
        if column == c.SUPPLIES:
            return row.unit.supplies_days
        if column == c.VEHICLES:
            return row.free_vehicle_count
        return super().sort_key(row, column)

    def bold(self, row: UnitLine, column: int) -> bool:
        return column == self.Column.DAY1 and bool(self.value(row, column))


class OverviewView(JournalViewMixin, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.overview: Overview | None = None
        self.assigned: frozenset[str] = frozenset()  # the vehicles out on a task when counted
        self.model = OverviewModel(self)
        self.proxy = FilterProxy(self.model, self)
        self.table = make_table(
            self.proxy, self.tr("Overblik pr. enhed"), stretch=OverviewModel.Column.VEHICLES
        )
        self.table.setObjectName("overviewTable")
        self.table.sortByColumn(OverviewModel.Column.CATEGORY, Qt.SortOrder.AscendingOrder)
        self.totals = QLabel()
        self.totals.setObjectName("overviewTotals")
        self.totals.setWordWrap(True)
        relative_font(self.totals, 1.15)
        self.age = QLabel()
        self.age.setObjectName("overviewAge")
        hint = QLabel(self.tr("Klik på en kolonneoverskrift for at sortere. Ctrl+P udskriver Overblikket."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Overblik")))
        layout.addWidget(self.age)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

    def title(self) -> str:
        return self.tr("Overblik")

    def focus_target(self) -> QWidget:
        return self.table

    def load(self) -> None:
        from continuity_app.crisis.overview import overview_of
        from continuity_app.crisis.vehicles import assigned_ids

        assigned = assigned_ids(self.journal_entries(), self.context.now())
        self.assigned = assigned
        self.context.query(lambda store: overview_of(store, assigned=assigned), self._set)

    def journal_changed(self) -> None:
        """Counted again when the vehicle board changed (the free vehicles are the board's)."""
        from continuity_app.crisis.vehicles import assigned_ids

        if (
            self.context.session is not None
            and assigned_ids(self.journal_entries(), self.context.now()) != self.assigned
        ):
            self.load()

    def clear(self) -> None:
        self.overview = None
        self.model.clear()
        self.totals.clear()
        self.age.clear()

    def print_request(self) -> PrintRequest | None:
        if self.context.session is None:
            return None
        return PrintRequest("overview", self.tr("Overblik"))

    def _set(self, overview: Overview) -> None:
        self.overview = overview
        self.model.set_rows(overview.lines)
        if overview.data_as_of is not None:
            self.age.setText(fmt.data_age_text(overview.data_as_of, self.context.now()))
        else:
            self.age.setText(self.tr("Dataalder ukendt"))
        self.totals.setText(self.totals_text(overview))

    def totals_text(self, ov: Overview) -> str:
        t = ov.totals
        known = "" if ov.counts_complete else self.tr(" (kun de enheder, der kendes her)")
        cats = " · ".join(
            f"{k or '–'}: {ov.units_by_category[k]}"
            for k in sorted(ov.units_by_category, key=lambda k: k or "~")
        )
        lines = [
            self.tr("Borgere %1 · beboere %2 · sårbare %3 (kontakt 1. døgn: %4, 2. døgn: %5, 3. døgn: %6)%7")
            .replace("%1", thousands_da(t.citizens))
            .replace("%2", thousands_da(t.residents))
            .replace("%3", thousands_da(t.vulnerable))
            .replace("%4", thousands_da(t.by_day[0]))
            .replace("%5", thousands_da(t.by_day[1]))
            .replace("%6", thousands_da(t.by_day[2]))
            .replace("%7", known),
            self.tr("Vand til 3 døgn: %1 liter · enheder %2 · med nødstrøm %3")
            .replace("%1", thousands_da(ov.water_litres))
            .replace("%2", cats)
            .replace("%3", str(ov.generators)),
            self.tr("Ledige køretøjer: %1 · på opgave %2 · reserveret %3")
            .replace("%1", fleet_text(ov.free_fleet))
            .replace("%2", str(ov.assigned_vehicles))
            .replace("%3", str(ov.reserved_vehicles)),
            self.tr("Brændstof på lager: %1").replace(
                "%1",
                " · ".join(
                    self.tr("%1 %2 liter (heraf %3 bag pumpe der kræver strøm)")
                    .replace("%1", labels.fuel(s.fuel))
                    .replace("%2", thousands_da(s.litres))
                    .replace("%3", thousands_da(s.litres_needing_power))
                    for s in ov.stocks
                )
                or self.tr("intet"),
            ),
        ]
        return "\n".join(lines)
