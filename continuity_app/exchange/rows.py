"""Rows of one dataset from one source file, with where each came from.

Validation works on :class:`Rows` whatever the source (a CSV file or a FHIR
file), so references between CSV and FHIR rows are checked the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Per dataset: the key and reference columns validation needs as raw text,
#: kept for every record, also those that failed to parse (so one broken row
#: does not cascade into "unknown citizen" errors elsewhere).
CHECKED_COLUMNS: dict[str, tuple[str, ...]] = {
    "units": ("unit_id",),
    "citizens": ("citizen_id", "unit_id", "cpr"),
    "relatives": ("citizen_id",),
    "medications": ("medication_id", "citizen_id"),
    "routes": ("route_id", "unit_id", "vehicle_id"),
    "visits": ("visit_id", "route_id", "citizen_id", "seq"),
    "vehicles": ("vehicle_id", "owner_unit_id"),
    "fuel_stocks": ("stock_id",),
    "contacts": ("tree_id", "tree_name", "node_id", "parent_id", "deputy_node_id", "unit_id"),
    "staff": ("initials", "unit_id"),
}


@dataclass(slots=True)
class Rows:
    dataset: str  # e.g. "citizens"
    file: str  # relative to the exchange folder
    objs: list[Any] = field(default_factory=list)  # the row object, or None if it failed
    lines: list[int | None] = field(default_factory=list)
    resources: list[str | None] | None = None  # FHIR "Type/id" per row
    raw: dict[str, list[str]] = field(default_factory=dict)  # CHECKED_COLUMNS as text
    column_names: dict[str, str] = field(default_factory=dict)  # field → shown name (FHIRPath)
    #: Records were lost (encoding, broken quoting, a line too long, a broken
    #: header): references INTO this dataset are not checked, to avoid noise.
    incomplete: bool = False
    #: Each row was checked on its own as it was read (medcheck.check_row).
    checked: bool = False
    #: Rows read in another process and made there into what the caller asked for
    #: (the publisher: the call that gives an image of the store's table, which may
    #: still be being made): ``objs`` is then empty, and only the raw columns and
    #: lines are here, for the checks across rows and files.
    built: Any = None

    def __post_init__(self) -> None:
        for name in CHECKED_COLUMNS[self.dataset]:
            self.raw.setdefault(name, [])

    def add(
        self,
        obj: Any,
        line: int | None,
        raw: dict[str, str],
        resource: str | None = None,
    ) -> None:
        self.objs.append(obj)
        self.lines.append(line)
        if self.resources is not None:
            self.resources.append(resource)
        for name, values in self.raw.items():
            values.append(raw.get(name, ""))

    def add_object(self, obj: Any, line: int | None, resource: str | None = None) -> None:
        """Add a row built from another source (FHIR): raw values read off the object."""
        self.add(
            obj,
            line,
            {name: _text(getattr(obj, name, "")) for name in self.raw},
            resource,
        )

    def column(self, name: str) -> str:
        return self.column_names.get(name, name)

    def resource(self, index: int) -> str | None:
        return None if self.resources is None else self.resources[index]

    def __len__(self) -> int:
        """The records read, also those that failed (``objs`` may be empty: see ``built``)."""
        return len(self.lines)


def _text(value: object) -> str:
    return "" if value is None else str(value)
