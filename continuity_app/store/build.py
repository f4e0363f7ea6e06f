"""Dataset -> SQLite: tuples through ``executemany``, then indexes, then the search index."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from continuity_app.domain.models import (
    LIST_SEPARATOR,
    Citizen,
    ContactNode,
    Dataset,
    FuelStock,
    Medication,
    Relative,
    Unit,
    Vehicle,
)
from continuity_app.domain.rules import Vulnerability, assess
from continuity_app.store import schema
from continuity_app.store.text import code_sort_key, cpr_terms, phone_terms, sort_key, spelling_variants

Row = tuple[Any, ...]


def dataset_rows(dataset: Dataset) -> dict[str, Iterable[Row]]:
    """Each table's rows, as tuples in column order (generators: nothing is held twice)."""
    codecs = schema.CODECS
    units_by_id = {u.unit_id: u for u in dataset.units}
    return {
        "units": _units(dataset.units),
        "citizens": _citizens(dataset.citizens, units_by_id),
        "relatives": _relatives(dataset.relatives),
        "medications": _medications(dataset.medications),
        "routes": map(codecs["routes"].to_row, dataset.routes),
        "visits": map(codecs["visits"].to_row, dataset.visits),
        "vehicles": _vehicles(dataset.vehicles),
        "fuel_stocks": _fuel_stocks(dataset.fuel_stocks),
        "contacts": _contacts(dataset.contacts),
        "staff": map(codecs["staff"].to_row, dataset.staff),
    }


def _units(units: list[Unit]) -> Iterator[Row]:
    to_row = schema.CODECS["units"].to_row
    return ((*to_row(u), sort_key(u.name)) for u in units)


def _citizens(citizens: list[Citizen], units: dict[str, Unit]) -> list[Row]:
    """Citizens in Danish name order, so that rowid order is name order (see people.search)."""
    to_row = schema.CODECS["citizens"].to_row
    rows = [_citizen_row(c, to_row, assess(c, units.get(c.unit_id))) for c in citizens]
    key = len(schema.CODECS["citizens"].names)  # the sort_key column
    rows.sort(key=lambda r: (r[key], r[0]))
    return rows


def _citizen_row(c: Citizen, to_row: Callable[[Citizen], Row], v: Vulnerability) -> Row:
    return (
        *to_row(c),
        sort_key(c.last_name, c.first_name),
        LIST_SEPARATOR.join(v.reasons),
        v.day_priority,
        int(v.is_vulnerable),
        cpr_terms(c.cpr),
        phone_terms(c.phone),
        spelling_variants(c.first_name, c.last_name),
        spelling_variants(c.address, c.city),
    )


def _relatives(relatives: list[Relative]) -> Iterator[Row]:
    to_row = schema.CODECS["relatives"].to_row
    return ((*to_row(r), sort_key(r.name)) for r in relatives)


def _medications(medications: list[Medication]) -> Iterator[Row]:
    to_row = schema.CODECS["medications"].to_row
    keys: dict[str, str] = {}  # a few hundred drug names repeat across 100k lines
    for m in medications:
        key = keys.get(m.drug)
        if key is None:
            key = keys[m.drug] = sort_key(m.drug)
        yield (*to_row(m), key)


def _vehicles(vehicles: list[Vehicle]) -> Iterator[Row]:
    to_row = schema.CODECS["vehicles"].to_row
    return ((*to_row(v), code_sort_key(v.registration)) for v in vehicles)


def _fuel_stocks(stocks: list[FuelStock]) -> Iterator[Row]:
    to_row = schema.CODECS["fuel_stocks"].to_row
    return ((*to_row(s), sort_key(s.location)) for s in stocks)


def _contacts(nodes: list[ContactNode]) -> Iterator[Row]:
    to_row = schema.CODECS["contacts"].to_row
    return ((*to_row(n), sort_key(n.name)) for n in nodes)


def fast_pragmas(conn: sqlite3.Connection) -> None:
    """No journal, no fsync: the build either completes or its result is thrown away."""
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")


def create_tables(conn: sqlite3.Connection, schema_name: str = "main") -> None:
    for sql in schema.table_ddl(schema_name):
        conn.execute(sql)


def create_indexes(conn: sqlite3.Connection, schema_name: str = "main") -> None:
    """Every index and the (empty) search index: after the bulk rows, for speed."""
    for sql in schema.index_ddl(schema_name):
        conn.execute(sql)
    conn.execute(schema.fts_create_sql(schema_name))


def fill_search(conn: sqlite3.Connection, schema_name: str = "main") -> None:
    conn.execute(schema.fts_fill_sql(schema_name))


def stamp(conn: sqlite3.Connection, meta: dict[str, str], schema_name: str = "main") -> None:
    """The meta rows, and the schema version and application id."""
    conn.executemany(f'INSERT OR REPLACE INTO "{schema_name}"."meta" VALUES (?, ?)', sorted(meta.items()))
    for sql in schema.version_pragmas(schema_name):
        conn.execute(sql)


def build_into(conn: sqlite3.Connection, dataset: Dataset, meta: dict[str, str]) -> None:
    """Fill an empty database (autocommit connection) with ``dataset``, in one transaction."""
    fast_pragmas(conn)
    conn.execute("BEGIN")
    try:
        create_tables(conn)
        for table, rows in dataset_rows(dataset).items():
            conn.executemany(schema.insert_sql(table), rows)
        create_indexes(conn)
        fill_search(conn)
        stamp(conn, meta)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
