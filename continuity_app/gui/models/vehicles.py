"""Vehicles and fuel stocks."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QLocale

from continuity_app.domain.models import FuelStock, Vehicle
from continuity_app.gui import fmt, labels
from continuity_app.gui.models.base import RowModel


class VehicleModel(RowModel):
    class Column(IntEnum):
        REGISTRATION = 0
        FUEL = 1
        STATUS = 2
        RANGE = 3
        SEATS = 4
        EQUIPMENT = 5
        LOCATION = 6
        KEYS = 7
        UNIT = 8
        MUNICIPALITY = 9  # shown when the laptop holds several municipalities

    COLUMNS = Column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.unit_names: dict[str, str] = {}  # by unit_key
        self.towns: dict[int, str] = {}  # id(row) → its enrolment, when several are shown

    def unit_key(self, row: Vehicle) -> str:
        """The owner unit's id, qualified by the municipality when several are shown."""
        town = self.towns.get(id(row))
        return f"{town}:{row.owner_unit_id}" if town else row.owner_unit_id

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {
            c.REGISTRATION: self.tr("Reg.nr."),
            c.FUEL: self.tr("Drivmiddel"),
            c.RANGE: self.tr("Rækkevidde og niveau"),
            c.SEATS: self.tr("Pladser"),
            c.EQUIPMENT: self.tr("Udstyr"),
            c.LOCATION: self.tr("Holder"),
            c.KEYS: self.tr("Nøgler"),
            c.STATUS: self.tr("Reserveret / fri"),
            c.UNIT: self.tr("Enhed"),
            c.MUNICIPALITY: self.tr("Kommune"),
        }

    def display(self, row: Vehicle, column: int) -> str:
        c = self.Column
        if column == c.REGISTRATION:
            return row.registration
        if column == c.FUEL:
            return labels.fuel(row.fuel)
        if column == c.RANGE:
            parts = [
                "" if row.range_km is None else self.tr("%1 km").replace("%1", str(row.range_km)),
                "" if row.fuel_level_pct is None else f"{round(row.fuel_level_pct)} %",
            ]
            return " · ".join(p for p in parts if p)
        if column == c.SEATS:
            return "" if row.seats is None else str(row.seats)
        if column == c.EQUIPMENT:
            return ", ".join(
                p
                for p in (
                    self.tr("Kørestol") if row.wheelchair else "",
                    self.tr("4×4") if row.four_wheel_drive else "",
                )
                if p
            )
        if column == c.LOCATION:
            return row.location
        if column == c.KEYS:
            return row.key_location
        if column == c.STATUS:
            return self.tr("Fri") if row.is_free else row.critical_function
        if column == c.UNIT:
            return self.unit_names.get(self.unit_key(row), row.owner_unit_id)
        if column == c.MUNICIPALITY:
            return self.towns.get(id(row), "")
        return ""

    def sort_key(self, row: Vehicle, column: int) -> Any:
        c = self.Column
        if column == c.RANGE:
            return row.range_km
        if column == c.SEATS:
            return row.seats
        return super().sort_key(row, column)

    def tooltip(self, row: Vehicle, column: int) -> str | None:
        if column == self.Column.RANGE and row.level_read_at is not None:
            return self.tr("Aflæst %1").replace("%1", fmt.datetime_text(row.level_read_at))
        if column == self.Column.REGISTRATION:
            return " · ".join(p for p in (row.make_model, row.contact_name, row.contact_phone) if p)
        if column == self.Column.STATUS and not row.is_free:
            return self.tr("Reserveret: %1").replace("%1", row.critical_function)
        return None

    def bold(self, row: Vehicle, column: int) -> bool:
        return column == self.Column.STATUS and row.is_free


class FuelStockModel(RowModel):
    class Column(IntEnum):
        LOCATION = 0
        FUEL = 1
        LITRES = 2
        CAPACITY = 3
        READ_AT = 4
        PUMP = 5
        ACCESS = 6
        PHONE = 7
        MUNICIPALITY = 8  # shown when the laptop holds several municipalities

    COLUMNS = Column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.towns: dict[int, str] = {}  # id(row) → its enrolment, when several are shown

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {
            c.LOCATION: self.tr("Sted"),
            c.FUEL: self.tr("Brændstof"),
            c.LITRES: self.tr("Liter"),
            c.CAPACITY: self.tr("Kapacitet (liter)"),
            c.READ_AT: self.tr("Aflæst"),
            c.PUMP: self.tr("Pumpe kræver strøm"),
            c.ACCESS: self.tr("Adgang"),
            c.PHONE: self.tr("Telefon"),
            c.MUNICIPALITY: self.tr("Kommune"),
        }

    def display(self, row: FuelStock, column: int) -> str:
        c = self.Column
        if column == c.LOCATION:
            return row.location
        if column == c.FUEL:
            return labels.fuel(row.fuel)
        if column in (c.LITRES, c.CAPACITY):
            value = row.litres if column == c.LITRES else row.capacity_litres
            return "" if value is None else QLocale().toString(float(value), "f", 0)
        if column == c.READ_AT:
            return fmt.datetime_text(row.read_at)
        if column == c.PUMP:
            return fmt.yes_no(row.pump_needs_power)
        if column == c.ACCESS:
            return row.access
        if column == c.PHONE:
            return row.contact_phone
        if column == c.MUNICIPALITY:
            return self.towns.get(id(row), "")
        return ""

    def sort_key(self, row: FuelStock, column: int) -> Any:
        if column == self.Column.LITRES:
            return row.litres
        if column == self.Column.CAPACITY:
            return row.capacity_litres
        if column == self.Column.READ_AT:
            return row.read_at.isoformat() if row.read_at else None
        return super().sort_key(row, column)

    def warn(self, row: FuelStock, column: int) -> bool:
        return column == self.Column.PUMP and row.pump_needs_power
