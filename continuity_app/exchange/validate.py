"""Checks across rows and files: unique keys, references, contact-tree cycles, warnings.

Keys and references are checked on the raw text of every record, also records
that failed to parse, so one broken citizen row does not turn into a hundred
"unknown citizen" errors in medications.csv.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from continuity_app.exchange.problems import ProblemLog
from continuity_app.exchange.rows import Rows

Tables = dict[str, list[Rows]]

#: dataset → its unique key column (contacts' (tree_id, node_id) is checked apart).
KEYS = {
    "units": "unit_id",
    "citizens": "citizen_id",
    "medications": "medication_id",
    "routes": "route_id",
    "visits": "visit_id",
    "vehicles": "vehicle_id",
    "fuel_stocks": "stock_id",
}

#: (dataset, column, target dataset); an empty value is not a reference.
REFERENCES = (
    ("citizens", "unit_id", "units"),
    ("relatives", "citizen_id", "citizens"),
    ("medications", "citizen_id", "citizens"),
    ("routes", "unit_id", "units"),
    ("visits", "route_id", "routes"),
    ("visits", "citizen_id", "citizens"),
    ("vehicles", "owner_unit_id", "units"),
    ("contacts", "unit_id", "units"),
    ("staff", "unit_id", "units"),
)

Where = tuple[Rows, int]


def _records(tables: Tables, dataset: str) -> Iterator[tuple[Rows, int]]:
    for rows in tables.get(dataset, ()):
        for i in range(len(rows)):
            yield rows, i


def _at(where: Where) -> str:
    rows, i = where
    line = rows.lines[i]
    resource = rows.resource(i)
    text = rows.file
    if line is not None:
        text += f":{line}"
    if resource:
        text += f" ({resource})"
    return text


def _error(log: ProblemLog, rows: Rows, i: int, column: str, reason: str) -> None:
    log.error(rows.file, rows.lines[i], rows.column(column), reason, rows.resource(i))


def _files(tables: Tables, dataset: str, default: str) -> str:
    names = [rows.file for rows in tables.get(dataset, ())]
    return " / ".join(names) if names else default


def check_keys(tables: Tables, log: ProblemLog) -> dict[str, set[str]]:
    """Report duplicate keys; return every dataset's set of keys."""
    keys: dict[str, set[str]] = {}
    for dataset, column in KEYS.items():
        values = [v for rows in tables.get(dataset, ()) for v in rows.raw[column] if v]
        unique = set(values)
        if len(unique) == len(values):  # the usual case, at C speed
            keys[dataset] = unique
            continue
        first: dict[str, Where] = {}
        for rows in tables.get(dataset, ()):
            for i, value in enumerate(rows.raw[column]):
                if not value:
                    continue
                if value not in first:
                    first[value] = (rows, i)
                    continue
                _error(
                    log,
                    rows,
                    i,
                    column,
                    f"duplicate {column} {value!r} (first at {_at(first[value])})",
                )
        keys[dataset] = set(first)
    return keys


def check_references(tables: Tables, keys: dict[str, set[str]], log: ProblemLog, present: set[str]) -> None:
    unchecked = incomplete_targets(tables, log, present)
    for dataset, column, target in REFERENCES:
        if target in unchecked:
            continue
        known = keys[target]
        target_file = _files(tables, target, f"{target}.csv")
        for rows in tables.get(dataset, ()):
            for i, value in enumerate(rows.raw[column]):
                if not value or value in known:
                    continue  # an empty required one is reported already
                noun = target[:-1] if target != "citizens" else "citizen"
                _error(
                    log,
                    rows,
                    i,
                    column,
                    f"unknown {column} {value!r}: no such {noun} in {target_file}",
                )
    if "vehicles" not in unchecked:
        _check_route_vehicles(tables, keys, log, present)
    _check_route_seq(tables, log)


def incomplete_targets(tables: Tables, log: ProblemLog, present: set[str]) -> set[str]:
    """Datasets whose files lost records (or units.csv is missing): references into
    them are not checked, so one broken file does not flood the list with
    "unknown …" errors. A warning says so."""
    out = set()
    for dataset, rows_list in tables.items():
        broken = [rows.file for rows in rows_list if rows.incomplete]
        if broken:
            out.add(dataset)
            log.warn(
                broken[0],
                None,
                None,
                f"references to {dataset} are not checked: {', '.join(broken)} could not be read completely",
            )
    if "units" not in present and not tables.get("units"):
        out.add("units")
    return out


def _check_route_vehicles(
    tables: Tables, keys: dict[str, set[str]], log: ProblemLog, present: set[str]
) -> None:
    naming = [(rows, i) for rows, i in _records(tables, "routes") if rows.raw["vehicle_id"][i]]
    if not naming:
        return
    if "vehicles" not in present:
        rows, i = naming[0]
        log.warn(
            rows.file,
            None,
            "vehicle_id",
            f"{len(naming)} routes name a vehicle but vehicles.csv is absent: not checked",
        )
        return
    for rows, i in naming:
        value = rows.raw["vehicle_id"][i]
        if value not in keys["vehicles"]:
            _error(
                log, rows, i, "vehicle_id", f"unknown vehicle_id {value!r}: no such vehicle in vehicles.csv"
            )


def _check_route_seq(tables: Tables, log: ProblemLog) -> None:
    first: dict[tuple[str, str], Where] = {}
    for rows, i in _records(tables, "visits"):
        route, seq = rows.raw["route_id"][i], rows.raw["seq"][i]
        if not route or not seq:
            continue
        key = (route, seq)
        if key in first:
            _error(
                log,
                rows,
                i,
                "seq",
                f"seq {seq} appears twice in route {route!r} (first at {_at(first[key])})",
            )
        else:
            first[key] = (rows, i)


def check_contacts(tables: Tables, log: ProblemLog) -> None:
    """(tree_id, node_id) unique; parent and deputy in the same tree; no cycles."""
    nodes: dict[tuple[str, str], Where] = {}
    names: dict[str, tuple[str, Where]] = {}
    for rows, i in _records(tables, "contacts"):
        tree, node = rows.raw["tree_id"][i], rows.raw["node_id"][i]
        if not tree or not node:
            continue
        if (tree, node) in nodes:
            _error(
                log,
                rows,
                i,
                "node_id",
                f"duplicate node_id {node!r} in tree {tree!r} (first at {_at(nodes[tree, node])})",
            )
            continue
        nodes[tree, node] = (rows, i)
        name = rows.raw["tree_name"][i]
        if tree not in names:
            names[tree] = (name, (rows, i))
        elif name and names[tree][0] != name:
            log.warn(
                rows.file,
                rows.lines[i],
                "tree_name",
                f"tree {tree!r} is named {names[tree][0]!r} at {_at(names[tree][1])};"
                " the rows of one tree should agree on its name",
                kind="tree_name differs within a tree",
            )
    parent_of: dict[tuple[str, str], str] = {}
    for (tree, node), (rows, i) in nodes.items():
        for column in ("parent_id", "deputy_node_id"):
            other = rows.raw[column][i]
            if other and (tree, other) not in nodes:
                _error(
                    log, rows, i, column, f"unknown {column} {other!r}: no node {other!r} in tree {tree!r}"
                )
        parent = rows.raw["parent_id"][i]
        if parent and (tree, parent) in nodes:
            parent_of[tree, node] = parent
    _check_cycles(nodes, parent_of, log)


def _check_cycles(
    nodes: dict[tuple[str, str], Where], parent_of: dict[tuple[str, str], str], log: ProblemLog
) -> None:
    state: dict[tuple[str, str], int] = {}  # 1: on the current walk, 2: done
    for start in nodes:
        if start in state:
            continue
        walk: list[tuple[str, str]] = []
        current: tuple[str, str] | None = start
        while current is not None and current not in state:
            state[current] = 1
            walk.append(current)
            parent = parent_of.get(current)
            current = None if parent is None else (current[0], parent)
        if current is not None and state[current] == 1:
            cycle = walk[walk.index(current) :]
            tree = current[0]
            path = " → ".join([node for _, node in cycle] + [cycle[0][1]])
            first = min(cycle, key=lambda key: _order(nodes[key]))
            rows, i = nodes[first]
            _error(
                log,
                rows,
                i,
                "parent_id",
                f"contact tree {tree!r} has a cycle: {path} (every node in it has a parent,"
                " so none of them is reached from the root)",
            )
        for key in walk:
            state[key] = 2


def _order(where: Where) -> tuple[str, int]:
    rows, i = where
    return rows.file, rows.lines[i] or 0


def warn_duplicate_cpr(tables: Tables, log: ProblemLog) -> None:
    """Two citizens with one CPR number: a fault in the care system, and FHIR
    matching by CPR would pick the first."""
    first: dict[str, Where] = {}
    for rows in tables.get("citizens", ()):
        for i, obj in enumerate(rows.objs):
            cpr = obj.cpr if obj is not None else ""
            if not cpr:
                continue
            if cpr in first:
                log.warn(
                    rows.file,
                    rows.lines[i],
                    rows.column("cpr"),
                    f"the same CPR number as citizen {first[cpr][0].raw['citizen_id'][first[cpr][1]]!r}"
                    f" ({_at(first[cpr])})",
                    rows.resource(i),
                    kind="two citizens with one CPR number",
                )
            else:
                first[cpr] = (rows, i)


def warn_citizens_without_relatives(tables: Tables, log: ProblemLog, present: set[str]) -> None:
    with_relatives = {rows.raw["citizen_id"][i] for rows, i in _records(tables, "relatives")}
    lonely: list[Where] = [
        (rows, i)
        for rows, i in _records(tables, "citizens")
        if rows.objs[i] is not None
        and not rows.objs[i].no_close_relatives
        and rows.raw["citizen_id"][i] not in with_relatives
    ]
    if not lonely:
        return
    if "relatives" not in present and not tables.get("relatives"):
        log.warn(
            "relatives.csv",
            None,
            None,
            f"relatives.csv is absent: {len(lonely)} citizens have no relatives listed"
            " and are not flagged no_close_relatives",
        )
        return
    for rows, i in lonely:
        log.warn(
            rows.file,
            rows.lines[i],
            rows.column("no_close_relatives"),
            f"citizen {rows.raw['citizen_id'][i]!r} has no relatives listed"
            " and is not flagged no_close_relatives",
            rows.resource(i),
            kind="citizen without relatives and without the no_close_relatives flag",
        )


def all_objects(rows_list: Iterable[Rows]) -> list[Any]:
    return [obj for rows in rows_list for obj in rows.objs if obj is not None]
