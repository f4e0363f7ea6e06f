"""Dataclasses and rules. Imports nothing of ours but itself; no Qt, no SQLite."""

from continuity_app.domain.age import AgeLevel, DataAge, data_age
from continuity_app.domain.models import (
    DATASETS,
    Category,
    Citizen,
    ContactNode,
    Dataset,
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
from continuity_app.domain.rules import Reason, Vulnerability, assess

__all__ = [
    "DATASETS", "AgeLevel", "Category", "Citizen", "ContactNode", "DataAge", "Dataset",
    "Dispensing", "Fuel", "FuelStock", "Medication", "Reason", "Relative", "Residence",
    "Route", "Shift", "StaffMember", "Unit", "UnitKind", "Vehicle", "Visit", "Vulnerability", "assess",
    "data_age",
]  # fmt: skip
