"""Helpers for the exchange-reader tests: folders of export files written byte by byte."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from continuity_app.exchange import ExchangeResult, Problem, read_exchange

TODAY = dt.date(2026, 11, 27)

#: A small valid folder, ISO style (UTF-8, ";" and LF). Tests replace files in it.
BASE: dict[str, str] = {
    "units.csv": (
        "unit_id;name;kind;category;generator;supplies_days\n"
        "U1;Hjemmeplejen Vest;hjemmepleje;A;nej;3\n"
        "U2;Solgården;plejecenter;A;ja;5\n"
    ),
    "citizens.csv": (
        "citizen_id;cpr;first_name;last_name;address;postcode;city;unit_id;no_close_relatives\n"
        "C1;010150-1234;Karen;Sønderskov;Vestergade 3;7620;Lemvig;U1;\n"
        "C2;240337-4321;Åge;Ørum;Solgården 1;7620;Lemvig;U2;ja\n"
    ),
    "relatives.csv": "citizen_id;name;relation;phone;primary\nC1;Mette Sønderskov;datter;20 30 40 50;x\n",
    "medications.csv": (
        "medication_id;citizen_id;drug;atc;dose_text;morning;noon;evening;night;dose_unit;as_needed\n"
        "M1;C1;Pinex;N02BE01;2 tabletter 3 gange daglig;2;2;2;;stk;\n"
        "M2;C2;Marevan;B01AA03;Efter INR-skema;;;;;stk;\n"
    ),
    "routes.csv": "route_id;date;unit_id;name;shift;vehicle_id\nR1;2026-11-27;U1;Rute 1 dag;dag;V1\n",
    "visits.csv": (
        "visit_id;route_id;seq;start;end;citizen_id;tasks;two_staff\n"
        "V1;R1;1;07:30;08:00;C1;medicin|morgenmad;nej\n"
        "V2;R1;2;08:15;08:45;C2;bad;ja\n"
    ),
    "vehicles.csv": "vehicle_id;registration;fuel;range_km;owner_unit_id\nV1;AB 12 345;el;250;U1\n",
    "fuel_stocks.csv": (
        "stock_id;location;fuel;litres;read_at\nF1;Materielgården;diesel;5000;2026-11-26 07:00\n"
    ),
    "contacts.csv": (
        "tree_id;tree_name;node_id;parent_id;position;name;role;unit_id;mobile\n"
        "T1;Krisestab;N1;;1;Leder;Kommunaldirektør;;20000001\n"
        "T1;Krisestab;N2;N1;1;Hjemmeplejeleder;Leder;U1;20000002\n"
    ),
    "staff.csv": (
        "initials;name;role;unit_id\nAB;Anne Berg;social- og sundhedsassistent;U1\n"
        "øk;Øle Kjær;sygeplejerske;\n"
    ),
}


def write_folder(folder: Path, files: dict[str, str | bytes | None], *, base: bool = True) -> Path:
    """Write ``files`` (text as UTF-8, bytes as given, None: leave out) over BASE."""
    folder.mkdir(parents=True, exist_ok=True)
    merged: dict[str, str | bytes | None] = {**BASE, **files} if base else dict(files)
    for name, content in merged.items():
        if content is None:
            continue
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    return folder


@pytest.fixture(scope="session")
def exports() -> Callable[..., Path]:
    """exports(folder, files, base=True) → ``folder`` with BASE overlaid by ``files`` written in."""
    return write_folder


@pytest.fixture
def read(tmp_path: Path) -> Callable[..., ExchangeResult]:
    """read(files, base=True) → the reader's result for BASE overlaid with ``files``."""
    counter = iter(range(1000))

    def _read(files: dict[str, str | bytes | None] | None = None, *, base: bool = True) -> ExchangeResult:
        folder = write_folder(tmp_path / f"ex{next(counter)}", files or {}, base=base)
        return read_exchange(folder, today=TODAY)

    return _read


def _only_error(result: ExchangeResult) -> Problem:
    assert len(result.errors) == 1, [str(p) for p in result.errors]
    assert result.dataset is None and not result.ok
    return result.errors[0]


@pytest.fixture
def only_error() -> Callable[[ExchangeResult], Problem]:
    """only_error(result) → the one error (asserting there is exactly one and no dataset)."""
    return _only_error
