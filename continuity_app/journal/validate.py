"""An entry's fields checked against the unlocked data, and what the person saw kept with it.

Every id must name a row of the bundle (refused naming the value otherwise); a
person not in the data is recorded by ``NAME, CPR`` instead. Dose entries keep a
snapshot of the medication as shown (drug, strength, dose text, PN maximum, the
bundle's sequence), so later bundles do not change what the entry meant.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Mapping
from typing import Any

from continuity_app.domain.age import COPENHAGEN
from continuity_app.errors import ExitCode, KnownError
from continuity_app.journal.entry import CITIZEN_KINDS, KINDS, SLOTS, utc_text

MAX_TEXT = 2000
_INITIALS = re.compile(r"[^\W\d_]{1,4}")
_CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


class EntryRefused(KnownError):
    """An entry's field is missing or names something the data does not hold."""

    exit_code = ExitCode.INVALID_INPUT


def check_initials(initials: str, staff: list[tuple[str, str]] | None = None) -> str:
    """1–4 letters (æøå included), upper-cased; checked against ``staff`` (initials,
    name) when the data carries a staff list for the unit."""
    value = (initials or "").strip()
    if not _INITIALS.fullmatch(value):
        raise EntryRefused(
            f"initials {value!r}: give 1–4 letters (e.g. AB or ØKJ)"
            if value
            else "initials are missing: give 1–4 letters"
        )
    value = value.upper()
    if staff and value not in {i.upper() for i, _ in staff}:
        raise EntryRefused(f"initials {value!r} are not on the unit's staff list")
    return value


def parse_when(text: str, what: str = "--at") -> dt.datetime:
    """``DD-MM-YYYY HH:MM`` or ``YYYY-MM-DD HH:MM`` (or ``HH:MM`` today), Danish time."""
    value = text.strip()
    if _CLOCK.fullmatch(value):
        today = dt.datetime.now(COPENHAGEN).date()
        hh, mm = map(int, value.split(":"))
        return dt.datetime(today.year, today.month, today.day, hh, mm, tzinfo=COPENHAGEN)
    for fmt in ("%d-%m-%Y %H:%M", "%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M", "%Y-%m-%dT%H:%M"):
        try:
            return dt.datetime.strptime(value, fmt).replace(tzinfo=COPENHAGEN)
        except ValueError:
            continue
    raise EntryRefused(f'{what} {text!r} is not a time; write it as "DD-MM-YYYY HH:MM"')


def parse_date(text: str, what: str = "--date") -> dt.date:
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise EntryRefused(f"{what} {text!r} is not a date; write it as DD-MM-YYYY or YYYY-MM-DD")


def _one(conn: sqlite3.Connection, sql: str, *params: str) -> sqlite3.Row | tuple[Any, ...] | None:
    row: tuple[Any, ...] | None = conn.execute(sql, params).fetchone()
    return row


def _flag(name: str) -> str:
    return "--" + name.replace("_id", "").replace("_", "-")


def _text(name: str, value: object) -> str:
    text = str(value).strip()
    if len(text) > MAX_TEXT:
        raise EntryRefused(f"{_flag(name)}: at most {MAX_TEXT} characters")
    return text


def _choice(name: str, value: str, choices: tuple[str, ...]) -> str:
    word = value.strip().lower().replace("-", " ")
    if word not in choices:
        shown = ", ".join(c.replace(" ", "-") for c in choices)
        raise EntryRefused(f"{_flag(name)} {value!r} is not one of: {shown}")
    return word


def _person(value: str) -> str:
    from continuity_app.exchange.values import parse_cpr

    name, sep, cpr = value.rpartition(",")
    if not sep or not name.strip():
        raise EntryRefused(f'--person {value!r}: write it as "NAME, CPR"')
    try:
        return f"{name.strip()}, {parse_cpr(cpr.strip())}"
    except ValueError as err:
        raise EntryRefused(f"--person: the CPR number {err}") from None


def resolve(
    conn: sqlite3.Connection, kind: str, raw: Mapping[str, object], *, sequence: int | None
) -> dict[str, Any]:
    """The entry's fields, checked and normalised, with the snapshot of what was shown."""
    specs = KINDS.get(kind)
    if specs is None:
        raise EntryRefused(f"unknown entry kind {kind!r}; one of: {', '.join(KINDS)}")
    given = {k: v for k, v in raw.items() if v is not None and str(v).strip() != ""}
    unknown = sorted(set(given) - set(specs))
    if unknown:
        raise EntryRefused(f"a {kind} entry has no field {unknown[0]!r}")
    out: dict[str, Any] = {}
    for name, spec in specs.items():
        if name in ("citizen_id", "person") and kind in CITIZEN_KINDS:
            continue
        if name not in given:
            if spec.required:
                raise EntryRefused(f"a {kind} entry needs {_flag(name)}")
            continue
        value = given[name]
        if spec.kind == "choice":
            out[name] = _choice(name, str(value), spec.choices)
        elif spec.kind == "date":
            out[name] = parse_date(str(value)).isoformat()
        elif spec.kind == "slot":
            slot = str(value).strip().lower()
            if slot not in SLOTS and not _CLOCK.fullmatch(slot):
                raise EntryRefused(f"--slot {value!r} is not one of: {', '.join(SLOTS)} or HH:MM")
            out[name] = slot
        elif spec.kind == "time":
            out[name] = (
                utc_text(value)
                if isinstance(value, dt.datetime)
                else utc_text(parse_when(str(value), _flag(name)))
            )
        elif spec.kind == "number":
            try:
                number = float(str(value).replace(",", "."))
            except ValueError:
                raise EntryRefused(f"{_flag(name)} {value!r} is not a number") from None
            if not 0 <= number < 1e6:
                raise EntryRefused(f"{_flag(name)} {value!r} is out of range")
            out[name] = f"{number:g}"  # text: canonical JSON has no floats
        else:
            out[name] = _text(name, value)
    if kind in CITIZEN_KINDS:
        out.update(_subject(conn, given))
    _check_refs(conn, kind, out, sequence)
    return out


def _subject(conn: sqlite3.Connection, given: Mapping[str, object]) -> dict[str, Any]:
    citizen, person = given.get("citizen_id"), given.get("person")
    if citizen and person:
        raise EntryRefused("give either --citizen or --person, not both")
    if person:
        return {"person": _person(str(person))}
    if not citizen:
        raise EntryRefused('give --citizen ID (or --person "NAME, CPR" for someone not in the data)')
    cid = str(citizen).strip()
    row = _one(conn, "SELECT first_name, last_name, cpr FROM citizens WHERE citizen_id = ?", cid)
    if row is None:
        raise EntryRefused(
            f"--citizen {cid!r}: no such citizen in this laptop's data "
            '(use --person "NAME, CPR" for someone not in the data)'
        )
    out = {"citizen_id": cid, "citizen_name": f"{row[0]} {row[1]}".strip()}
    if row[2]:
        out["citizen_cpr"] = str(row[2])
    return out


def _check_refs(conn: sqlite3.Connection, kind: str, out: dict[str, Any], sequence: int | None) -> None:
    if kind == "given" and "reason" not in out and out["outcome"] != "givet":
        raise EntryRefused(f"--outcome {out['outcome'].replace(' ', '-')} needs --reason")
    if kind == "pn" and ("medication_id" in out) == ("drug" in out):
        raise EntryRefused("a pn entry needs --medication MID or --drug TEXT (one of them)")
    if "medication_id" in out:
        mid = out["medication_id"]
        row = _one(
            conn,
            "SELECT citizen_id, drug, strength, dose_text, as_needed_max "
            "FROM medications WHERE medication_id = ?",
            mid,
        )
        if row is None:
            raise EntryRefused(f"--medication {mid!r}: no such medication in this laptop's data")
        if "citizen_id" in out and row[0] != out["citizen_id"]:
            raise EntryRefused(f"--medication {mid!r} is not on citizen {out['citizen_id']!r}'s list")
        out.update(drug=row[1], strength=row[2], dose_text=row[3], as_needed_max=row[4])
    if kind in ("pn", "given") and sequence is not None:
        out["sequence"] = sequence
    if kind == "visit":
        row = _one(conn, "SELECT citizen_id FROM visits WHERE visit_id = ?", out["visit_id"])
        if row is None:
            raise EntryRefused(f"--visit {out['visit_id']!r}: no such visit in this laptop's data")
        out["visit_citizen_id"] = row[0]
    if kind == "call":
        if _one(conn, "SELECT 1 FROM contacts WHERE tree_id = ?", out["tree_id"]) is None:
            raise EntryRefused(f"--tree {out['tree_id']!r}: no such contact tree in this laptop's data")
        if (
            _one(
                conn,
                "SELECT 1 FROM contacts WHERE tree_id = ? AND node_id = ?",
                out["tree_id"],
                out["node_id"],
            )
            is None
        ):
            raise EntryRefused(
                f"--node {out['node_id']!r}: no such person in contact tree {out['tree_id']!r}"
            )
    if kind == "vehicle":
        if _one(conn, "SELECT 1 FROM vehicles WHERE vehicle_id = ?", out["vehicle_id"]) is None:
            raise EntryRefused(f"--vehicle {out['vehicle_id']!r}: no such vehicle in this laptop's data")
        if ("stock_id" in out) != ("litres" in out):
            raise EntryRefused("fuel drawn needs both --stock SID and --litres N")
        if (
            "stock_id" in out
            and _one(conn, "SELECT 1 FROM fuel_stocks WHERE stock_id = ?", out["stock_id"]) is None
        ):
            raise EntryRefused(f"--stock {out['stock_id']!r}: no such fuel stock in this laptop's data")
