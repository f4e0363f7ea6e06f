"""Dataset -> SQLite: tuples through ``executemany``, then indexes, then the search index."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
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
    units_by_id = {u.unit_id: u for u in dataset.units}
    out: dict[str, Iterable[Row]] = {
        "units": _units(dataset.units),
        "citizens": _citizens(dataset.citizens, units_by_id),
    }
    for table in schema.CODECS:
        if table not in out:
            out[table] = rows_of(table, getattr(dataset, table))
    return out


def rows_of(table: str, objs: list[Any]) -> Iterable[Row]:
    """The rows of ``table`` for ``objs``, each made from its object alone: what a worker
    that read a part of a file makes of it (not ``units`` or ``citizens``, whose rows
    need the other units, or are sorted)."""
    made = _ROW_WISE.get(table)
    if made is None:
        raise ValueError(f"the rows of {table} are not made one by one")
    return made(objs)


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


def _plain(table: str) -> Callable[[list[Any]], Iterable[Row]]:
    return lambda objs: map(schema.CODECS[table].to_row, objs)


_ROW_WISE: dict[str, Callable[[list[Any]], Iterable[Row]]] = {
    "relatives": _relatives,
    "medications": _medications,
    "routes": _plain("routes"),
    "visits": _plain("visits"),
    "vehicles": _vehicles,
    "fuel_stocks": _fuel_stocks,
    "contacts": _contacts,
    "staff": _plain("staff"),
}
#: The tables :func:`rows_of` (and so :func:`part_image`) makes.
ROW_WISE = frozenset(_ROW_WISE)


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


def part_image(table: str, objs: list[Any]) -> bytes:
    """An image of a store that holds only the rows of ``objs`` in ``table``
    (:func:`rows_of`), without indexes: what a worker that read a part of a file
    hands back. It crosses a pipe and goes into the store at C speed
    (:func:`build_into`); the tuples would be pickled and inserted one by one."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        fast_pragmas(conn)
        conn.execute("BEGIN")
        create_tables(conn)
        conn.executemany(schema.insert_sql(table), rows_of(table, objs))
        conn.execute("COMMIT")
        return conn.serialize()
    finally:
        conn.close()


def build_into(
    conn: sqlite3.Connection,
    dataset: Dataset,
    meta: dict[str, str],
    parts: Mapping[str, Sequence[Callable[[], bytes]]] | None = None,
    *,
    search: bool = True,
) -> None:
    """Fill an empty database (autocommit connection) with ``dataset``; ``parts``: more
    rows per table, after the dataset's own, each in an image from :func:`part_image`
    given by a call that may wait for it (a worker may still be making it while the
    dataset's rows go in). Each image is attached, copied and let go in turn.
    ``search=False``: the search index stays empty (:func:`fill_search` fills it)."""
    fast_pragmas(conn)
    try:
        conn.execute("BEGIN")
        create_tables(conn)
        for table, rows in dataset_rows(dataset).items():
            conn.executemany(schema.insert_sql(table), rows)
        if parts:  # without them all is one transaction
            conn.execute("COMMIT")  # ATTACH cannot be inside a transaction
            for table, images in parts.items():
                for image_of in images:
                    _add_part(conn, table, image_of())
            conn.execute("BEGIN")
        create_indexes(conn)
        if search:
            fill_search(conn)
        stamp(conn, meta)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _add_part(conn: sqlite3.Connection, table: str, image: bytes) -> None:
    """The rows of ``table`` in ``image`` (a :func:`part_image`), after those there."""
    conn.execute("ATTACH ':memory:' AS part")
    try:
        conn.deserialize(image, name="part")
        del image
        conn.execute(f'INSERT INTO "main"."{table}" SELECT * FROM "part"."{table}"')
    finally:
        conn.execute("DETACH part")
