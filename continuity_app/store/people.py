"""Queries about citizens: search, one citizen with everything, lists, the vulnerable."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from typing import Any

from continuity_app.domain.models import Citizen, Medication, Relative, Route, Unit, Visit
from continuity_app.domain.rules import Reason, Vulnerability
from continuity_app.store.columns import split_list
from continuity_app.store.schema import CODECS
from continuity_app.store.text import match_query
from continuity_app.store.views import CitizenHit, CitizenRecord, VulnerableRow

_CIT = CODECS["citizens"]
_UNIT = CODECS["units"]
_MED = CODECS["medications"]
_REL = CODECS["relatives"]
_N_CIT = len(_CIT.names)


def citizen_from(row: Sequence[Any]) -> Citizen:
    return _CIT.from_row(row)  # type: ignore[no-any-return]


def unit_or_none(row: Sequence[Any]) -> Unit | None:
    """A unit from a LEFT JOIN's columns (None when the join found nothing)."""
    return None if row[0] is None else _UNIT.from_row(row)


def vulnerability_from(citizen: Citizen, reasons: str, day_priority: int) -> Vulnerability:
    return Vulnerability(
        reasons=tuple(Reason(r) for r in split_list(reasons)),
        equipment=citizen.power_dependent,
        day_priority=day_priority,
    )


def search(conn: sqlite3.Connection, text: str, limit: int = 200) -> list[CitizenHit]:
    """Citizens matching every word typed (prefixes): name matches first, then the rest, by name.

    Citizens are stored in name order (rowid order is name order, see build), so each
    group is the first ``limit`` rowids the index yields: the cost follows the
    limit, not the number of matches (a single typed letter matches thousands).
    """
    query = match_query(text)
    if query is None or limit <= 0:
        return []
    in_name = f"{{name name_alt}} : ({query})"
    rows = conn.execute(
        """
        WITH named AS (SELECT rowid AS rid, 0 AS grp FROM citizen_fts
                       WHERE citizen_fts MATCH ?1 ORDER BY rowid LIMIT ?3),
             other AS (SELECT rowid AS rid, 1 AS grp FROM citizen_fts
                       WHERE citizen_fts MATCH ?2 ORDER BY rowid LIMIT ?3),
             hits AS (SELECT * FROM named UNION ALL SELECT * FROM other)
        SELECT c.citizen_id, c.first_name || ' ' || c.last_name, c.address, c.postcode, c.city,
               c.cpr, c.phone, c.unit_id, coalesce(u.name, ''), c.day_priority, c.vulnerable
        FROM hits JOIN citizens AS c ON c.rowid = hits.rid
        LEFT JOIN units AS u ON u.unit_id = c.unit_id
        ORDER BY hits.grp, c.sort_key, c.citizen_id
        LIMIT ?3
        """,
        (in_name, f"({query}) NOT ({in_name})", limit),
    ).fetchall()
    return [
        CitizenHit(
            citizen_id=r[0],
            name=r[1].strip(),
            address=r[2],
            postcode=r[3],
            city=r[4],
            cpr=r[5],
            phone=r[6],
            unit_id=r[7],
            unit_name=r[8],
            day_priority=r[9],
            is_vulnerable=bool(r[10]),
        )
        for r in rows
    ]


def citizens(conn: sqlite3.Connection, unit_id: str | None = None) -> list[Citizen]:
    """Citizens by last name, first name in Danish order (æ ø å after z)."""
    sql = f"SELECT {_CIT.select('c')} FROM citizens AS c"
    if unit_id is None:
        rows = conn.execute(f"{sql} ORDER BY c.sort_key, c.citizen_id")
    else:
        rows = conn.execute(f"{sql} WHERE c.unit_id = ? ORDER BY c.sort_key, c.citizen_id", (unit_id,))
    return [citizen_from(r) for r in rows]


def _today(today: dt.date | None) -> str:
    return (today or dt.date.today()).isoformat()


#: Active first; then regular before as-needed; time-critical first; then by drug.
_MED_ORDER = """
    ORDER BY ((m.start_date IS NULL OR m.start_date <= :today)
              AND (m.end_date IS NULL OR m.end_date >= :today)) DESC,
             m.as_needed, m.time_critical DESC, m.sort_key, m.medication_id
"""


def medications(conn: sqlite3.Connection, citizen_id: str, today: dt.date | None = None) -> list[Medication]:
    rows = conn.execute(
        f"SELECT {_MED.select('m')} FROM medications AS m WHERE m.citizen_id = :cid {_MED_ORDER}",
        {"cid": citizen_id, "today": _today(today)},
    )
    return [_MED.from_row(r) for r in rows]


def relatives(conn: sqlite3.Connection, citizen_id: str) -> list[Relative]:
    rows = conn.execute(
        f"SELECT {_REL.select('r')} FROM relatives AS r WHERE r.citizen_id = ? "
        'ORDER BY r."primary" DESC, r.sort_key, r.rowid',
        (citizen_id,),
    )
    return [_REL.from_row(r) for r in rows]


def citizen(conn: sqlite3.Connection, citizen_id: str, today: dt.date | None = None) -> CitizenRecord | None:
    row = conn.execute(
        f"SELECT {_CIT.select('c')}, c.reasons, c.day_priority, {_UNIT.select('u')} "
        "FROM citizens AS c LEFT JOIN units AS u ON u.unit_id = c.unit_id "
        "WHERE c.citizen_id = ?",
        (citizen_id,),
    ).fetchone()
    if row is None:
        return None
    person = citizen_from(row)
    route_codec, visit_codec = CODECS["routes"], CODECS["visits"]
    n_route = len(route_codec.names)
    visit_rows = conn.execute(
        f"SELECT {route_codec.select('r')}, {visit_codec.select('v')} "
        "FROM visits AS v JOIN routes AS r ON r.route_id = v.route_id "
        "WHERE v.citizen_id = ? AND r.date >= ? ORDER BY r.date, v.start, v.seq, v.visit_id",
        (citizen_id, _today(today)),
    )
    visits: list[tuple[Route, Visit]] = [
        (route_codec.from_row(r), visit_codec.from_row(r[n_route:])) for r in visit_rows
    ]
    return CitizenRecord(
        citizen=person,
        unit=unit_or_none(row[_N_CIT + 2 :]),
        relatives=relatives(conn, citizen_id),
        medications=medications(conn, citizen_id, today),
        vulnerability=vulnerability_from(person, row[_N_CIT], row[_N_CIT + 1]),
        visits=visits,
        today=today or dt.date.today(),
    )


def vulnerable(conn: sqlite3.Connection, unit_id: str | None = None) -> list[VulnerableRow]:
    """Vulnerable citizens by unit (name), day priority, then name."""
    where = "c.vulnerable = 1" + ("" if unit_id is None else " AND c.unit_id = :unit")
    rows = conn.execute(
        f"""
        SELECT {_CIT.select("c")}, c.reasons, c.day_priority,
               (SELECT r.phone FROM relatives AS r WHERE r.citizen_id = c.citizen_id
                  AND r.phone != '' ORDER BY r."primary" DESC, r.rowid LIMIT 1),
               {_UNIT.select("u")}
        FROM citizens AS c LEFT JOIN units AS u ON u.unit_id = c.unit_id
        WHERE {where}
        ORDER BY u.sort_key, c.unit_id, c.day_priority, c.sort_key, c.citizen_id
        """,
        {"unit": unit_id},
    )
    out = []
    for r in rows:
        person = citizen_from(r)
        out.append(
            VulnerableRow(
                citizen=person,
                unit=unit_or_none(r[_N_CIT + 3 :]),
                vulnerability=vulnerability_from(person, r[_N_CIT], r[_N_CIT + 1]),
                relative_phone=r[_N_CIT + 2],
            )
        )
    return out


def vulnerable_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """unit_id -> number of vulnerable citizens (units without any are absent)."""
    rows = conn.execute("SELECT unit_id, count(*) FROM citizens WHERE vulnerable = 1 GROUP BY unit_id")
    return {unit: n for unit, n in rows}
