"""The CSV files of the exchange format: their columns, which are required, and how each parses.

A column with ``parse=None`` is free text (kept as written, trimmed). Empty
optional cells take the dataclass default (``""``, ``None``, ``False``, ``()``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from continuity_app.domain.models import (
    Category,
    Citizen,
    ContactNode,
    Dispensing,
    Fuel,
    FuelStock,
    Medication,
    Relative,
    Residence,
    Route,
    Shift,
    StaffMember,
    Unit,
    UnitKind,
    Vehicle,
    Visit,
)
from continuity_app.domain.phone import PHONE_FIELDS, normalise_phone
from continuity_app.exchange import values as v
from continuity_app.exchange.medcheck import check_csv_row, complete_csv_row


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    required: bool = False
    parse: Callable[[str], object] | None = None


@dataclass(frozen=True, slots=True)
class FileSpec:
    dataset: str  # the Dataset attribute, e.g. "citizens"
    filename: str  # e.g. "citizens.csv"
    row_type: type
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()  # unique key columns (empty: no key)
    #: Adds fields derived from a row's parsed cells before the row is made (or None).
    complete: Callable[[dict[str, object]], None] | None = None
    #: Checks a row once it is made, against itself and the day of reading: the row
    #: (perhaps marked) and a (column, reason, kind) warning per finding (or None).
    check: Callable[[Any, dt.date], tuple[Any, list[tuple[str, str, str]]]] | None = None

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.required)


def _req(name: str, parse: Callable[[str], object] | None = None) -> Column:
    return Column(name, True, parse)


def _opt(name: str, parse: Callable[[str], object] | None = None) -> Column:
    return Column(name, False, parse)


def _texts(*names: str) -> tuple[Column, ...]:
    """Free-text columns; phone numbers among them are written one way (domain.phone)."""
    return tuple(Column(n, False, normalise_phone if n in PHONE_FIELDS else None) for n in names)


_kind = v.enum_parser(UnitKind)
_category = v.enum_parser(Category)
_residence = v.enum_parser(Residence, {"eget_hjem": Residence.EGET_HJEM, "hjemme": Residence.EGET_HJEM})
_dispensing = v.enum_parser(
    Dispensing,
    {
        "dosisdispenseret": Dispensing.DOSISDISPENSERING,
        "doseret_af_personale": Dispensing.DOSERET_AF_PERSONALE,
        "personale": Dispensing.DOSERET_AF_PERSONALE,
    },
)
_shift = v.enum_parser(Shift)
_fuel = v.enum_parser(
    Fuel,
    {
        "plug-in-hybrid": Fuel.PLUGIN_HYBRID,
        "plug-in hybrid": Fuel.PLUGIN_HYBRID,
        "plugin hybrid": Fuel.PLUGIN_HYBRID,
        "elbil": Fuel.EL,
        "el-bil": Fuel.EL,
        "elektrisk": Fuel.EL,
    },
)

UNITS = FileSpec(
    "units",
    "units.csv",
    Unit,
    (
        _req("unit_id"),
        _req("name"),
        _opt("kind", _kind),
        _opt("category", _category),
        *_texts("address", "postcode", "city", "phone", "manager", "manager_phone"),
        _opt("generator", v.parse_bool),
        _opt("supplies_days", v.parse_int),
        _opt("notes"),
        _opt("lat", v.parse_latitude),
        _opt("lon", v.parse_longitude),
    ),
    key=("unit_id",),
)

CITIZENS = FileSpec(
    "citizens",
    "citizens.csv",
    Citizen,
    (
        _req("citizen_id"),
        _opt("cpr", v.parse_cpr),
        _req("first_name"),
        _req("last_name"),
        _req("address"),
        *_texts("postcode", "city", "phone"),
        _req("unit_id"),
        _opt("residence", _residence),
        *_texts("key_info", "allergies", "gp_name", "gp_phone", "pharmacy"),
        _opt("power_dependent", v.parse_list),
        _opt("meal_shopping_help", v.parse_bool),
        _opt("no_close_relatives", v.parse_bool),
        _opt("cannot_communicate", v.parse_bool),
        _opt("treatment_level"),
        _opt("priority", v.parse_priority),
        *_texts("mobility", "notes"),
    ),
    key=("citizen_id",),
)

RELATIVES = FileSpec(
    "relatives",
    "relatives.csv",
    Relative,
    (
        _req("citizen_id"),
        _req("name"),
        _opt("relation"),
        _req("phone", normalise_phone),
        _opt("primary", v.parse_bool),
    ),
)

MEDICATIONS = FileSpec(
    "medications",
    "medications.csv",
    Medication,
    (
        _req("medication_id"),
        _req("citizen_id"),
        _req("drug"),
        *_texts("active_ingredient", "atc", "strength", "form", "route"),
        _req("dose_text"),
        _opt("morning", v.parse_quantity),
        _opt("noon", v.parse_quantity),
        _opt("evening", v.parse_quantity),
        _opt("night", v.parse_quantity),
        _opt("dose_unit"),
        _opt("as_needed", v.parse_bool),
        *_texts("as_needed_max", "indication"),
        _opt("start_date", v.parse_date),
        _opt("end_date", v.parse_date),
        _opt("dispensing", _dispensing),
        _opt("time_critical", v.parse_bool),
        _opt("notes"),
        _opt("changed_at", v.parse_datetime),
        _opt("clock_times", v.parse_clock_times),
    ),
    key=("medication_id",),
    complete=complete_csv_row,
    check=check_csv_row,
)

ROUTES = FileSpec(
    "routes",
    "routes.csv",
    Route,
    (
        _req("route_id"),
        _req("date", v.parse_date),
        _req("unit_id"),
        _req("name"),
        _opt("shift", _shift),
        *_texts("staff", "vehicle_id"),
    ),
    key=("route_id",),
)

VISITS = FileSpec(
    "visits",
    "visits.csv",
    Visit,
    (
        _req("visit_id"),
        _req("route_id"),
        _req("seq", v.parse_int),
        _req("start", v.parse_time),
        _opt("end", v.parse_time),
        _req("citizen_id"),
        _opt("tasks", v.parse_list),
        _opt("two_staff", v.parse_bool),
        _opt("note"),
    ),
    key=("visit_id",),
)

VEHICLES = FileSpec(
    "vehicles",
    "vehicles.csv",
    Vehicle,
    (
        _req("vehicle_id"),
        _req("registration"),
        _opt("make_model"),
        _req("fuel", _fuel),
        _opt("range_km", v.parse_int),
        _opt("seats", v.parse_int),
        _opt("wheelchair", v.parse_bool),
        *_texts("owner_unit_id", "location", "key_location", "critical_function"),
        _opt("four_wheel_drive", v.parse_bool),
        _opt("fuel_level_pct", v.parse_percent),
        _opt("level_read_at", v.parse_datetime),
        *_texts("contact_name", "contact_phone", "notes"),
    ),
    key=("vehicle_id",),
)

FUEL_STOCKS = FileSpec(
    "fuel_stocks",
    "fuel_stocks.csv",
    FuelStock,
    (
        _req("stock_id"),
        _req("location"),
        _req("fuel"),
        _opt("litres", v.parse_decimal),
        _opt("capacity_litres", v.parse_decimal),
        _opt("read_at", v.parse_datetime),
        _opt("pump_needs_power", v.parse_bool),
        *_texts("access", "contact_phone"),
    ),
    key=("stock_id",),
)

CONTACTS = FileSpec(
    "contacts",
    "contacts.csv",
    ContactNode,
    (
        _req("tree_id"),
        _req("tree_name"),
        _req("node_id"),
        _opt("parent_id"),
        _opt("position", v.parse_int),
        _req("name"),
        *_texts("role", "unit_id", "mobile", "landline", "alt_channel", "meeting_point"),
        _opt("deputy_node_id"),
        _opt("escalate_after_min", v.parse_int),
        _opt("instructions"),
    ),
    key=("tree_id", "node_id"),
)

STAFF = FileSpec(
    "staff",
    "staff.csv",
    StaffMember,
    (_req("initials", v.parse_initials), _req("name"), _opt("role"), _opt("unit_id")),
    key=("unit_id", "initials"),
)

#: Every CSV file, in the exchange format's order (the order they are read and reported).
FILES: tuple[FileSpec, ...] = (
    UNITS,
    CITIZENS,
    RELATIVES,
    MEDICATIONS,
    ROUTES,
    VISITS,
    VEHICLES,
    FUEL_STOCKS,
    CONTACTS,
    STAFF,
)
