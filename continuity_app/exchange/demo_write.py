"""Write a Dataset as the exchange folder, the way real exports look.

Each file gets the habits of a different source, so a reader meets them all:
Excel's "CSV UTF-8" (BOM, ``;``, CRLF, DD-MM-YYYY, decimal comma, ``ja``/``nej``),
an older system in Windows-1252 with ``x`` for yes, a Linux system job writing
``,`` with ISO dates and LF, Excel's ``sep=;`` line and thousands dots, and a
file whose columns come in another order. Files are streamed (constant memory)
to a temporary name in the same folder and renamed into place.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import types
import typing
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any

from continuity_app.domain.models import DATASETS, LIST_SEPARATOR, Dataset
from continuity_app.domain.phone import PHONE_FIELDS


@dataclass(frozen=True, slots=True)
class Style:
    encoding: str = "utf-8-sig"
    delimiter: str = ";"
    newline: str = "\r\n"
    date: str = "%d-%m-%Y"
    datetime: str = "%d-%m-%Y %H:%M"
    yes: str = "ja"
    no: str = "nej"
    decimal: str = ","
    thousands: str = ""  # grouping separator for numbers of 1,000 and more
    sep_line: bool = False  # Excel's "sep=;" first line


EXCEL = Style()
OLD_SYSTEM = Style(encoding="cp1252", yes="x", no="")
SYSTEM_JOB = Style(
    encoding="utf-8",
    delimiter=",",
    newline="\n",
    date="%Y-%m-%d",
    datetime="%Y-%m-%dT%H:%M:%S",
    yes="true",
    no="false",
    decimal=".",
)
EXCEL_DOTS = Style(date="%d.%m.%Y", datetime="%d.%m.%Y %H:%M", yes="x", no="")
EXCEL_SEP = Style(sep_line=True, thousands=".", datetime="%Y-%m-%d %H:%M")


@dataclass(frozen=True, slots=True)
class ExportFile:
    dataset: str
    filename: str
    columns: tuple[str, ...]
    style: Style


EXPORTS: tuple[ExportFile, ...] = (
    ExportFile(
        "units",
        "units.csv",
        (
            "unit_id",
            "name",
            "kind",
            "category",
            "address",
            "postcode",
            "city",
            "phone",
            "manager",
            "manager_phone",
            "generator",
            "supplies_days",
            "notes",
            "lat",
            "lon",
        ),
        EXCEL,
    ),
    ExportFile(
        "citizens",
        "citizens.csv",
        (
            "citizen_id",
            "cpr",
            "first_name",
            "last_name",
            "address",
            "postcode",
            "city",
            "phone",
            "unit_id",
            "residence",
            "key_info",
            "allergies",
            "gp_name",
            "gp_phone",
            "pharmacy",
            "power_dependent",
            "meal_shopping_help",
            "no_close_relatives",
            "cannot_communicate",
            "treatment_level",
            "priority",
            "mobility",
            "notes",
        ),
        EXCEL,
    ),
    ExportFile(
        "relatives", "relatives.csv", ("citizen_id", "name", "relation", "phone", "primary"), OLD_SYSTEM
    ),
    ExportFile(
        "medications",
        "medications.csv",
        (
            "medication_id",
            "citizen_id",
            "drug",
            "active_ingredient",
            "atc",
            "strength",
            "form",
            "route",
            "dose_text",
            "morning",
            "noon",
            "evening",
            "night",
            "dose_unit",
            "as_needed",
            "as_needed_max",
            "indication",
            "start_date",
            "end_date",
            "dispensing",
            "time_critical",
            "notes",
            "changed_at",
            "clock_times",
        ),
        EXCEL,
    ),
    ExportFile(
        "routes",
        "routes.csv",
        ("route_id", "date", "unit_id", "name", "shift", "staff", "vehicle_id"),
        SYSTEM_JOB,
    ),
    ExportFile(
        "visits",
        "visits.csv",
        ("visit_id", "route_id", "seq", "start", "end", "citizen_id", "tasks", "two_staff", "note"),
        SYSTEM_JOB,
    ),
    # Columns in another order than the exchange format's: the reader goes by the header.
    ExportFile(
        "vehicles",
        "vehicles.csv",
        (
            "registration",
            "vehicle_id",
            "make_model",
            "fuel",
            "owner_unit_id",
            "critical_function",
            "location",
            "key_location",
            "range_km",
            "seats",
            "wheelchair",
            "four_wheel_drive",
            "fuel_level_pct",
            "level_read_at",
            "contact_name",
            "contact_phone",
            "notes",
        ),
        EXCEL_DOTS,
    ),
    ExportFile(
        "fuel_stocks",
        "fuel_stocks.csv",
        (
            "stock_id",
            "location",
            "fuel",
            "litres",
            "capacity_litres",
            "read_at",
            "pump_needs_power",
            "access",
            "contact_phone",
        ),
        EXCEL_SEP,
    ),
    ExportFile(
        "contacts",
        "contacts.csv",
        (
            "tree_id",
            "tree_name",
            "node_id",
            "parent_id",
            "position",
            "name",
            "role",
            "unit_id",
            "mobile",
            "landline",
            "alt_channel",
            "meeting_point",
            "deputy_node_id",
            "escalate_after_min",
            "instructions",
        ),
        EXCEL,
    ),
)

FILENAMES = frozenset(e.filename for e in EXPORTS)


def _number(style: Style) -> Callable[[float], str]:
    def fmt(value: float) -> str:
        text = str(int(value)) if value == int(value) else repr(value)
        whole, dot, frac = text.partition(".")
        if style.thousands and len(whole) > 3:
            digits = whole.lstrip("-")
            groups = [digits[max(0, i - 3) : i] for i in range(len(digits), 0, -3)][::-1]
            whole = whole[: len(whole) - len(digits)] + style.thousands.join(groups)
        return whole + (style.decimal + frac if dot else "")

    return fmt


def _formatters(style: Style) -> dict[type, Callable[[Any], str]]:
    """Cell text for the field types that need more than ``str()``, in ``style``."""
    return {
        bool: lambda v: style.yes if v else style.no,
        float: _number(style),
        dt.datetime: lambda v: v.strftime(style.datetime),
        dt.date: lambda v: v.strftime(style.date),
        dt.time: lambda v: v.strftime("%H:%M"),
        tuple: LIST_SEPARATOR.join,
    }


def _base_type(hint: Any) -> Any:
    """``float | None`` → float, ``tuple[str, ...]`` → tuple, ``Fuel`` → Fuel."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) in (types.UnionType, typing.Union) and len(args) == 1:
        return _base_type(args[0])
    return typing.get_origin(hint) or hint


def _phone_as_written(value: str) -> str:
    """A number as care systems spell it: ``12 34 56 78``, ``12345678`` or ``+45 12 34 56 78``
    (chosen from the number itself, so the same data always writes the same bytes)."""
    if not value:
        return value
    pick = zlib.crc32(value.encode()) % 20
    if pick < 11:
        return value
    return value.replace(" ", "") if pick < 16 else f"+45 {value}"


def _cells(rows: Iterable[Any], export: ExportFile) -> Iterable[list[Any]]:
    """Each row as its cells. Text, enums and ints go to the csv module as they are
    (it writes ``str()`` of them, and None as empty); the rest is formatted here,
    per column, decided once from the row class's field types."""
    hints = typing.get_type_hints(DATASETS[export.dataset])
    formatters = _formatters(export.style)
    special: list[tuple[int, Callable[[Any], str]]] = []
    for i, column in enumerate(export.columns):
        base = _base_type(hints[column])
        if column in PHONE_FIELDS:
            special.append((i, _phone_as_written))
        elif base in formatters:
            special.append((i, formatters[base]))
        elif not (isinstance(base, type) and issubclass(base, str | int)):
            raise TypeError(f"no cell format for {export.dataset}.{column}: {hints[column]}")
    get = attrgetter(*export.columns)
    for row in rows:
        cells = list(get(row))
        for i, fmt in special:
            value = cells[i]
            if value is not None:
                cells[i] = fmt(value)
        yield cells


def write_file(rows: Iterable[Any], export: ExportFile, path: Path) -> None:
    """Stream one file to a temporary name beside ``path``, then rename it into place."""
    style = export.style
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with tmp.open("w", encoding=style.encoding, newline="") as f:
            if style.sep_line:
                f.write(f"sep={style.delimiter}{style.newline}")
            writer = csv.writer(f, delimiter=style.delimiter, lineterminator=style.newline)
            writer.writerow(export.columns)
            writer.writerows(_cells(rows, export))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_exports(dataset: Dataset, out: Path) -> list[Path]:
    """Write every file of the exchange format into ``out`` (created if missing); return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for export in EXPORTS:
        path = out / export.filename
        write_file(getattr(dataset, export.dataset), export, path)
        paths.append(path)
    return paths
