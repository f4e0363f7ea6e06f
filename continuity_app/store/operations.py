"""Queries about the operation: units, routes and their visits, vehicles, fuel, contact trees."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict

from continuity_app.domain.models import (
    Category,
    ContactNode,
    Fuel,
    FuelStock,
    Medication,
    Route,
    Unit,
    Vehicle,
)
from continuity_app.store.people import citizen_from
from continuity_app.store.schema import CODECS
from continuity_app.store.text import sort_key
from continuity_app.store.views import ContactTree, ContactTreeNode, VisitRow

_UNIT = CODECS["units"]
_ROUTE = CODECS["routes"]
_VISIT = CODECS["visits"]
_CIT = CODECS["citizens"]
_MED = CODECS["medications"]
_VEH = CODECS["vehicles"]
_STOCK = CODECS["fuel_stocks"]
_NODE = CODECS["contacts"]


def units(conn: sqlite3.Connection, category: Category | str | None = None) -> list[Unit]:
    """Units by name (Danish order), optionally of one category (A, B or C)."""
    sql = f"SELECT {_UNIT.select('u')} FROM units AS u"
    if category is None:
        rows = conn.execute(f"{sql} ORDER BY u.sort_key, u.unit_id")
    else:
        rows = conn.execute(f"{sql} WHERE u.category = ? ORDER BY u.sort_key, u.unit_id", (str(category),))
    return [_UNIT.from_row(r) for r in rows]


def unit(conn: sqlite3.Connection, unit_id: str) -> Unit | None:
    row = conn.execute(
        f"SELECT {_UNIT.select('u')} FROM units AS u WHERE u.unit_id = ?", (unit_id,)
    ).fetchone()
    return None if row is None else _UNIT.from_row(row)


def route_dates(conn: sqlite3.Connection, unit_id: str | None = None) -> list[dt.date]:
    if unit_id is None:
        rows = conn.execute("SELECT DISTINCT date FROM routes ORDER BY date")
    else:
        rows = conn.execute("SELECT DISTINCT date FROM routes WHERE unit_id = ? ORDER BY date", (unit_id,))
    return [dt.date.fromisoformat(d) for (d,) in rows]


_SHIFT_ORDER = "CASE r.shift WHEN 'dag' THEN 0 WHEN 'aften' THEN 1 WHEN 'nat' THEN 2 ELSE 3 END"


def routes(conn: sqlite3.Connection, date: dt.date | None = None, unit_id: str | None = None) -> list[Route]:
    """Routes by date, unit (name), shift (dag, aften, nat), then route name."""
    conditions, params = [], []
    if date is not None:
        conditions.append("r.date = ?")
        params.append(date.isoformat())
    if unit_id is not None:
        conditions.append("r.unit_id = ?")
        params.append(unit_id)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    rows = conn.execute(
        f"SELECT {_ROUTE.select('r')} FROM routes AS r "
        f"LEFT JOIN units AS u ON u.unit_id = r.unit_id {where} "
        f"ORDER BY r.date, u.sort_key, r.unit_id, {_SHIFT_ORDER}, r.name, r.route_id",
        params,
    )
    return [_ROUTE.from_row(r) for r in rows]


def route(conn: sqlite3.Connection, route_id: str) -> Route | None:
    row = conn.execute(
        f"SELECT {_ROUTE.select('r')} FROM routes AS r WHERE r.route_id = ?", (route_id,)
    ).fetchone()
    return None if row is None else _ROUTE.from_row(row)


def route_visits(conn: sqlite3.Connection, route_id: str, today: dt.date | None = None) -> list[VisitRow]:
    """The route's visits in order, each with its citizen and their time-critical medicines.

    A medicine counts when it is active on the route's own date (``today`` only when
    the route is unknown).
    """
    day = (today or dt.date.today()).isoformat()
    date_row = conn.execute("SELECT date FROM routes WHERE route_id = ?", (route_id,)).fetchone()
    if date_row is not None:
        day = date_row[0]
    critical: dict[str, list[Medication]] = defaultdict(list)
    for r in conn.execute(
        f"""
        SELECT {_MED.select("m")} FROM medications AS m
        WHERE m.time_critical = 1
          AND m.citizen_id IN (SELECT citizen_id FROM visits WHERE route_id = :route)
          AND (m.start_date IS NULL OR m.start_date <= :day)
          AND (m.end_date IS NULL OR m.end_date >= :day)
        ORDER BY m.sort_key, m.medication_id
        """,
        {"route": route_id, "day": day},
    ):
        med: Medication = _MED.from_row(r)
        critical[med.citizen_id].append(med)
    n_visit = len(_VISIT.names)
    rows = conn.execute(
        f"SELECT {_VISIT.select('v')}, {_CIT.select('c')} FROM visits AS v "
        "JOIN citizens AS c ON c.citizen_id = v.citizen_id "
        "WHERE v.route_id = ? ORDER BY v.seq, v.start, v.visit_id",
        (route_id,),
    )
    out = []
    for r in rows:
        person = citizen_from(r[n_visit:])
        out.append(
            VisitRow(
                visit=_VISIT.from_row(r),
                citizen=person,
                time_critical=critical.get(person.citizen_id, []),
            )
        )
    return out


def vehicles(
    conn: sqlite3.Connection,
    fuel: Fuel | str | None = None,
    free: bool | None = None,
    unit_id: str | None = None,
) -> list[Vehicle]:
    """Vehicles by owner unit (name), then registration; filtered by fuel, free/reserved, unit."""
    conditions, params = [], []
    if fuel is not None:
        conditions.append("v.fuel = ?")
        params.append(str(fuel))
    if free is not None:
        conditions.append("trim(v.critical_function) = ''" if free else "trim(v.critical_function) != ''")
    if unit_id is not None:
        conditions.append("v.owner_unit_id = ?")
        params.append(unit_id)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    rows = conn.execute(
        f"SELECT {_VEH.select('v')} FROM vehicles AS v "
        f"LEFT JOIN units AS u ON u.unit_id = v.owner_unit_id {where} "
        "ORDER BY u.sort_key IS NULL, u.sort_key, v.sort_key, v.vehicle_id",
        params,
    )
    return [_VEH.from_row(r) for r in rows]


def fuel_stocks(conn: sqlite3.Connection) -> list[FuelStock]:
    rows = conn.execute(f"SELECT {_STOCK.select('s')} FROM fuel_stocks AS s ORDER BY s.sort_key, s.stock_id")
    return [_STOCK.from_row(r) for r in rows]


def contact_trees(conn: sqlite3.Connection, tree_id: str | None = None) -> list[ContactTree]:
    """Each tree with its nodes nested: siblings by position (unset last), then name."""
    sql = f"SELECT {_NODE.select('n')} FROM contacts AS n"
    order = " ORDER BY n.tree_id, n.position IS NULL, n.position, n.sort_key, n.node_id"
    if tree_id is None:
        rows = conn.execute(sql + order)
    else:
        rows = conn.execute(sql + " WHERE n.tree_id = ?" + order, (tree_id,))
    by_tree: dict[str, list[ContactNode]] = defaultdict(list)
    for r in rows:
        node: ContactNode = _NODE.from_row(r)
        by_tree[node.tree_id].append(node)
    trees = [_assemble(nodes) for nodes in by_tree.values()]
    trees.sort(key=lambda t: (sort_key(t.tree_name), t.tree_id))
    return trees


def _assemble(nodes: list[ContactNode]) -> ContactTree:
    """Nest one tree's nodes (already in sibling order). Unknown parents become roots."""
    by_id = {n.node_id: n for n in nodes}
    children: dict[str, list[ContactNode]] = defaultdict(list)
    roots: list[ContactNode] = []
    for n in nodes:
        if n.parent_id and n.parent_id in by_id and n.parent_id != n.node_id:
            children[n.parent_id].append(n)
        else:
            roots.append(n)
    seen: set[str] = set()

    def nest(n: ContactNode) -> ContactTreeNode:
        seen.add(n.node_id)
        kids = [nest(c) for c in children.get(n.node_id, []) if c.node_id not in seen]
        return ContactTreeNode(node=n, children=kids, deputy=by_id.get(n.deputy_node_id))

    first = nodes[0]
    return ContactTree(first.tree_id, first.tree_name, [nest(r) for r in roots])
