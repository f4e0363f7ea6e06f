"""Scopes: the subset of the store each bundle carries.

- a unit id: that unit's citizens (plus any citizen its routes visit, so that every
  route sheet is complete), their relatives and medications, the unit's routes and
  their visits; all units; and the vehicles, fuel stocks and contact trees its
  ``coverage.UnitShare`` gives it — by default its own vehicles and the free pool
  (no critical function), every fuel stock, its own contact trees and, in every other
  tree it is named in (the municipal crisis tree), its own nodes, the municipality's
  nodes (no unit), their deputies and the chain of command above them: never another
  unit's staff and their private numbers;
- ``krisestab``: all units, vehicles, fuel stocks, contact trees and only the
  vulnerable citizens, minimised to name, address, phone, unit, the vulnerability
  flags, reasons and day priority: no CPR, key info, allergies, GP, pharmacy,
  treatment level, mobility or notes; no relatives, medications, routes or visits;
- ``alle``: everything.

A subset is copied inside SQLite, with no Python row loops: what several scopes share
is copied once into a template image (``shared_template``: the units; for the unit
scopes also what every unit gets of the pool under the share, such as the free
vehicles and the fuel stocks); each scope deserializes its template into an attached
database, adds its own rows with INSERT … SELECT, fills its search index and meta, and
is serialized. Row order inside a table follows the copying (a unit's own vehicles
come after the shared ones; its medications, relatives and visits come grouped by
citizen and by route, each group in the store's order; citizens keep the store's
order, which is name order): every reader orders by what it shows. Citizen
columns the crisis staff may see are an allow-list: a column added later is
blanked in ``krisestab`` until someone decides otherwise.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from continuity_app.errors import ExitCode, InvalidInput
from continuity_app.store import build, coverage, crisis, schema
from continuity_app.store.coverage import ALLE as ALLE
from continuity_app.store.coverage import KRISESTAB as KRISESTAB

SCOPE_NAMES = {KRISESTAB: "Krisestab", ALLE: "Alle enheder"}

_DERIVED = "derived"
_SHARED_TABLES = ("units",)  # in every scope whole; the rest each scope copies as it may
_POOL_TABLES = ("vehicles", "fuel_stocks", "contacts")

#: Citizen columns the krisestab scope keeps; every other column is blanked.
KRISESTAB_CITIZEN_COLUMNS = frozenset(
    {
        "citizen_id",
        "first_name",
        "last_name",
        "address",
        "postcode",
        "city",
        "phone",
        "unit_id",
        "residence",
        "power_dependent",
        "meal_shopping_help",
        "no_close_relatives",
        "cannot_communicate",
        "priority",
        "sort_key",
        "reasons",
        "day_priority",
        "vulnerable",
        "search_phone",
        "search_name_alt",
        "search_address_alt",
    }
)


class UnknownScope(InvalidInput):
    exit_code = ExitCode.INVALID_INPUT


def scope_name(conn: sqlite3.Connection, scope: str) -> str:
    """The scope's name for people: the unit's name, "Krisestab" or "Alle enheder"."""
    if scope in SCOPE_NAMES:
        return SCOPE_NAMES[scope]
    row = conn.execute("SELECT name FROM units WHERE unit_id = ?", (scope,)).fetchone()
    if row is None:
        raise UnknownScope(
            f"Unknown scope {scope!r}: not a unit id in the data, nor {KRISESTAB!r} or {ALLE!r}."
        )
    return str(row[0])


def shared_template(conn: sqlite3.Connection, share: coverage.UnitShare | None = None) -> bytes:
    """An image scopes start from: all tables and indexes, the shared rows, no meta.

    The units are the same in every scope, so they are copied and indexed once, not
    once per scope. With ``share`` (the unit scopes' template) it also holds what every
    unit gets alike: the vehicles of the pool (``_SHARED_VEHICLES``) and the fuel
    stocks; each unit then adds only its own (``_copy_share``).
    """

    def fill() -> None:
        build.create_tables(conn, _DERIVED)
        for table in _SHARED_TABLES:
            _copy(conn, table)
        if share is not None:
            if share.vehicles in _SHARED_VEHICLES:
                _copy(conn, "vehicles", _SHARED_VEHICLES[share.vehicles])
            if share.fuel_stocks == coverage.FUEL_ALL:
                _copy(conn, "fuel_stocks")
        build.create_indexes(conn, _DERIVED)

    return _derived_image(conn, fill)


def derive_image(
    conn: sqlite3.Connection,
    scope: str,
    meta: dict[str, str],
    template: bytes,
    share: coverage.UnitShare = coverage.DEFAULT_SHARE,
) -> bytes:
    """The serialized store of ``scope`` (not ``alle``: that is the store's own image).

    ``template`` is ``shared_template(conn)`` for ``krisestab`` and
    ``shared_template(conn, share)`` for a unit: the scope's own rows are added to it.
    ``share`` says which vehicles, fuel stocks and contacts a unit scope gets.
    """
    scope_name(conn, scope)  # raises for an unknown scope before touching anything
    if scope == KRISESTAB:  # it holds only the vulnerable: the overview needs the whole counts
        meta = meta | {crisis.UNIT_COUNTS_KEY: crisis.counts_meta(conn)}

    def fill() -> None:
        if scope == KRISESTAB:
            _copy_krisestab_citizens(conn)
            _copy(conn, "staff")  # the crisis staff write with everyone's initials
            for table in _POOL_TABLES:
                _copy(conn, table)
        else:
            _copy_unit(conn, scope)
            _copy_share(conn, scope, share)
        build.fill_search(conn, _DERIVED)
        build.stamp(conn, meta | coverage.for_scope(scope, share).meta(), _DERIVED)

    return _derived_image(conn, fill, template)


def _derived_image(conn: sqlite3.Connection, fill: Callable[[], None], start: bytes | None = None) -> bytes:
    """Fill a database attached as ``derived`` (empty, or a copy of ``start``) in one
    transaction and return its image; it is detached again whatever happens."""
    conn.execute(f"ATTACH DATABASE ':memory:' AS {_DERIVED}")
    try:
        if start is not None:
            conn.deserialize(start, name=_DERIVED)
        conn.execute(f"PRAGMA {_DERIVED}.journal_mode = OFF")
        conn.execute("BEGIN")
        fill()
        conn.execute("COMMIT")
        return conn.serialize(name=_DERIVED)
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.execute(f"DETACH DATABASE {_DERIVED}")


def _copy(
    conn: sqlite3.Connection,
    table: str,
    where: str = "",
    params: tuple[str, ...] | dict[str, str] = (),
    *,
    in_order: bool = True,
) -> None:
    """Copy the rows ``where`` picks, in rowid order; ``in_order=False``: in the order of
    the index ``where`` searches (a citizen's rows, a route's visits each still in
    rowid order), which spares a sort of every row copied: half a unit's copying."""
    cols = ", ".join(f'"{c}"' for c in schema.column_names(table))
    order = "ORDER BY rowid" if in_order else ""
    conn.execute(
        f'INSERT INTO {_DERIVED}."{table}" ({cols}) SELECT {cols} FROM main."{table}" {where} {order}',
        params,
    )


def _copy_unit(conn: sqlite3.Connection, unit_id: str) -> None:
    _copy(conn, "routes", "WHERE unit_id = ?", (unit_id,))
    # grouped by route and by citizen, as the indexes give them (SQLite's own order
    # for an IN list), each group in rowid order
    _copy(conn, "visits", f"WHERE route_id IN (SELECT route_id FROM {_DERIVED}.routes)", in_order=False)
    _copy(  # in rowid order: it is name order (build._citizens), which search relies on
        conn,
        "citizens",
        f"WHERE unit_id = ? OR citizen_id IN (SELECT citizen_id FROM {_DERIVED}.visits)",
        (unit_id,),
    )
    owned = f"WHERE citizen_id IN (SELECT citizen_id FROM {_DERIVED}.citizens)"
    _copy(conn, "relatives", owned, in_order=False)
    _copy(conn, "medications", owned, in_order=False)
    _copy(conn, "staff", "WHERE unit_id = ? OR unit_id = ''", (unit_id,))  # '': every unit's


#: A unit's place in a contact tree it is named in: its own nodes and the municipality's
#: (no unit), their deputies, and every node above those up to the tree's root.
_NAMED_CONTACTS = """
WHERE (tree_id, node_id) IN (
    WITH RECURSIVE
    named(tree_id) AS (SELECT tree_id FROM temp.contact_units WHERE unit_id = :unit),
    seed(tree_id, node_id, deputy) AS (
        SELECT c.tree_id, c.node_id, c.deputy_node_id FROM main.contacts AS c
        WHERE c.tree_id IN named AND (c.unit_id = :unit OR c.unit_id = '')),
    keep(tree_id, node_id) AS (
        SELECT tree_id, node_id FROM seed
        UNION SELECT tree_id, deputy FROM seed WHERE deputy != ''
        UNION SELECT p.tree_id, p.parent_id FROM keep AS k
            JOIN main.contacts AS p ON p.tree_id = k.tree_id AND p.node_id = k.node_id
            WHERE p.parent_id != '')
    SELECT tree_id, node_id FROM keep)"""


#: The vehicles every unit gets alike under a share (in the unit template), and those
#: each unit adds of its own: together, exactly the share's vehicles.
_SHARED_VEHICLES = {
    coverage.VEHICLES_ALL: "",
    coverage.VEHICLES_OWN_AND_FREE: "WHERE trim(critical_function) = ''",
}
_OWN_VEHICLES = {
    # not free: exactly the rows the template's "free" leaves out (a NULL included)
    coverage.VEHICLES_OWN_AND_FREE: (
        "WHERE owner_unit_id = :unit AND NOT coalesce(trim(critical_function) = '', 0)"
    ),
    coverage.VEHICLES_OWN: "WHERE owner_unit_id = :unit",
}


def _copy_share(conn: sqlite3.Connection, unit_id: str, share: coverage.UnitShare) -> None:
    """What ``share`` gives a unit scope beyond its template: its own vehicles and its
    contacts (the fuel stocks and the pool's vehicles are in the template)."""
    if share.vehicles in _OWN_VEHICLES:
        _copy(conn, "vehicles", _OWN_VEHICLES[share.vehicles], {"unit": unit_id})
    if share.contacts == coverage.CONTACTS_ALL:
        _copy(conn, "contacts")
        return
    _index_contact_units(conn)
    _copy(conn, "contacts", _NAMED_CONTACTS, {"unit": unit_id})


def _index_contact_units(conn: sqlite3.Connection) -> None:
    """Which trees name which unit, once per connection, in the temp schema (the
    store's own image stays as it is): without it each unit's copy would read every
    node of every tree to find the trees it is named in."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS contact_units "
        "(unit_id TEXT, tree_id TEXT, PRIMARY KEY (unit_id, tree_id)) WITHOUT ROWID"
    )
    if conn.execute("SELECT 1 FROM temp.contact_units LIMIT 1").fetchone() is None:
        conn.execute(
            "INSERT OR IGNORE INTO temp.contact_units SELECT unit_id, tree_id FROM main.contacts "
            "WHERE unit_id IS NOT NULL AND tree_id IS NOT NULL"
        )


def _copy_krisestab_citizens(conn: sqlite3.Connection) -> None:
    columns = schema.column_names("citizens")
    types = {c.name: c.sql_type for c in schema.CODECS["citizens"].columns}
    select = []
    for c in columns:
        if c in KRISESTAB_CITIZEN_COLUMNS:
            select.append(f'"{c}"')
        else:
            # Blank what the crisis staff must not hold: "" for text, NULL for numbers.
            select.append("NULL" if types.get(c, "TEXT") != "TEXT" else "''")
    names = ", ".join(f'"{c}"' for c in columns)
    conn.execute(
        f'INSERT INTO {_DERIVED}."citizens" ({names}) SELECT {", ".join(select)} '
        'FROM main."citizens" WHERE vulnerable = 1 ORDER BY rowid'
    )
