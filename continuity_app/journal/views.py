"""The readable views of entries: a CSV per kind, FHIR R4 MedicationAdministration, PDFs.

Written by ``journal export --plain`` on the laptop and by IT's ``collect`` for all
laptops together. CSV as a Danish Excel opens it: UTF-8 with BOM, ``;``, times
``DD-MM-YYYY HH:MM`` in Danish local time. Every file owner-only (they hold health
data) and written atomically. The entries pass through one in-memory SQLite table (declared
with sqlite-utils) so each view is a query: by kind, by citizen, in time order.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from continuity_app.errors import disk_error
from continuity_app.journal.checks import corrected_ids
from continuity_app.journal.entry import KINDS, Entry, local_text
from continuity_app.paths import atomic_write

if TYPE_CHECKING:
    from continuity_app.printing.sheet import Stamp
    from continuity_app.store import Store

FHIR_FILE = "medication-administrations.fhir.json"
CPR_SYSTEM = "urn:oid:1.2.208.176.1.2"  # the Danish CPR register
ENTRY_SYSTEM = "urn:noedkopi:journal-entry"
CITIZEN_SYSTEM = "urn:noedkopi:citizen-id"
COMMON = ("id", "tid", "registreret", "enhed", "initialer", "navn", "øvelse", "rettet")


def safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", text)[:80] or "_"


@dataclass
class EntryTable:
    """The entries as one SQLite table ``entries`` in memory (id primary key: each entry
    once; ``at`` and ``recorded`` in Unix seconds), indexed by kind and subject, and the
    entries themselves by id. Each view is
    a query on it; ``rows`` hands back the entries with their row (``corrected``)."""

    db: sqlite3.Connection
    by_id: dict[str, Entry]

    def rows(self, where: str = "1", args: Sequence[Any] = ()) -> list[tuple[Entry, dict[str, Any]]]:
        """(entry, row) in time order for a ``WHERE`` filter on the table's columns."""
        by_id = self.by_id
        return [
            (by_id[entry_id], {"corrected": bool(corrected)})
            for entry_id, corrected in self.db.execute(
                f"SELECT id, corrected FROM entries WHERE {where} ORDER BY at, device, n", list(args)
            )
        ]

    def subjects(self, where: str = "1") -> list[str]:
        """The citizens (or ``person:…``) entries are about, sorted."""
        return [
            subject
            for (subject,) in self.db.execute(
                f"SELECT DISTINCT subject FROM entries WHERE subject != '' AND ({where}) ORDER BY subject"
            )
        ]


def entries_db(entries: Iterable[Entry]) -> EntryTable:
    """The entries in one in-memory table for the views' queries.

    sqlite-utils declares the table and its indexes; the rows go in with one
    ``executemany`` (``insert_all`` builds each row in Python: a second for IT's
    40,000 entries)."""
    import sqlite_utils

    db = sqlite_utils.Database(memory=True)
    columns = {"id": str, "device": str, "n": int, "kind": str, "initials": str}
    columns |= {"at": int, "recorded": int, "drill": int, "subject": str, "corrected": int}
    table = db.table("entries")
    table.create(columns, pk="id")
    table.create_index(["kind"])
    table.create_index(["subject"])
    items = list(entries)
    gone = corrected_ids(items)
    db.conn.executemany(
        f"INSERT OR IGNORE INTO entries ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        (
            (
                e.id,
                e.device,
                e.n,
                e.kind,
                e.initials,
                int(e.at.timestamp()),
                int(e.recorded.timestamp()),
                int(e.drill),
                e.subject,
                int(e.id in gone),
            )
            for e in items
        ),
    )
    by_id: dict[str, Entry] = {}
    for e in items:
        by_id.setdefault(e.id, e)
    return EntryTable(db.conn, by_id)


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        # most cells are text that is neither a date nor a time: written as they are
        writer.writerow(
            [v if type(v) is str and v[4:5] != "-" else "" if v is None else _cell(v) for v in row]
        )
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


_UTC_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nej"
    text = str(value)
    if len(text) not in (10, 20) or text[4:5] != "-":  # neither a date nor a time: most cells
        return text
    if _UTC_TIME.fullmatch(text):
        from continuity_app.journal.entry import parse_utc_text

        return local_text(parse_utc_text(text))
    if _DATE.fullmatch(text):
        return f"{text[8:10]}-{text[5:7]}-{text[:4]}"
    return text


def who(entry: Entry) -> str:
    if entry.person:
        return entry.person
    name = str(entry.fields.get("citizen_name", ""))
    return f"{name} ({entry.citizen_id})" if name else entry.citizen_id


def common_cells(entry: Entry, row: dict[str, Any]) -> list[object]:
    return [
        entry.id,
        local_text(entry.at),
        local_text(entry.recorded),
        entry.device,
        entry.initials,
        who(entry),
        entry.drill,
        bool(row["corrected"]),
    ]


def kind_csv(db: EntryTable, kind: str) -> bytes:
    fields = [f for f in KINDS[kind] if f not in ("citizen_id", "person")]
    extra = {
        "pn": ["strength", "as_needed_max", "sequence"],
        "given": ["drug", "strength", "dose_text", "sequence"],
        "effect": ["of_kind"],
        "correction": ["of_kind"],
    }.get(kind, [])
    header = [*COMMON, *fields, *extra]
    rows = [
        [*common_cells(e, row), *(e.fields.get(f) for f in [*fields, *extra])]
        for e, row in db.rows("kind = ?", [kind])
    ]
    return csv_bytes(header, rows)


def write(path: Path, data: bytes) -> None:
    try:
        atomic_write(path, data, mode=0o600)
    except OSError as err:
        raise disk_error(err, path) from err


def write_views(
    out: Path, entries: Iterable[Entry] | EntryTable, store: Store | None, *, stamp: Stamp | None = None
) -> list[Path]:
    """Write every view into ``out`` (made owner-only): the tables, and a PDF per citizen
    in ``borgere/``; the files written."""
    db = entries if isinstance(entries, EntryTable) else entries_db(entries)
    written = write_tables(out, db, store)
    if stamp is None and store is not None:
        from continuity_app.printing import stamp_for

        stamp = stamp_for(store)
    from continuity_app.journal.pdf import citizen_pdf

    folder = out / "borgere"
    folder.mkdir(exist_ok=True, mode=0o700)
    for subject in db.subjects():
        path = folder / f"{safe_name(subject.removeprefix('person:'))}.pdf"
        write(path, citizen_pdf(db.rows("subject = ?", [subject]), stamp, title="Journal under nedbrud"))
        written.append(path)
    return written


def write_tables(out: Path, db: EntryTable, store: Store | None) -> list[Path]:
    """A CSV per kind and the FHIR Bundle into ``out`` (made owner-only); the files written."""
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    written: list[Path] = []
    for kind in KINDS:
        path = out / f"{kind}.csv"
        write(path, kind_csv(db, kind))
        written.append(path)
    path = out / FHIR_FILE
    write(path, fhir_json(fhir_bundle(db, store)))
    written.append(path)
    return written


# ----------------------------------------------------------------------------- FHIR


def fhir_bundle(db: EntryTable, store: Store | None) -> dict[str, Any]:
    """A FHIR R4 Bundle (collection) of MedicationAdministration for every pn and given."""
    resources = []
    for e, row in db.rows("kind IN ('pn', 'given') AND drill = 0"):
        resources.append(
            {
                "fullUrl": f"urn:uuid:{_uuid(e.id)}",
                "resource": administration(e, bool(row["corrected"]), store),
            }
        )
    return {"resourceType": "Bundle", "type": "collection", "entry": resources}


def fhir_json(bundle: dict[str, Any]) -> bytes:
    """The Bundle as JSON with one entry per line: readable and diffable, and written by
    the C encoder (an indented dump of tens of thousands of resources takes seconds)."""

    def compact(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    head = compact({k: v for k, v in bundle.items() if k != "entry"})[:-1]
    lines = ",\n".join(compact(item) for item in bundle["entry"])
    return f'{head},"entry":[\n{lines}\n]}}\n'.encode()


def _uuid(text: str) -> str:
    """``uuid.uuid5(NAMESPACE_URL, "urn:noedkopi:" + text)`` as text, without building a
    ``UUID`` object (collect makes one per dose)."""
    digest = bytearray(hashlib.sha1(_URL_NAMESPACE + f"urn:noedkopi:{text}".encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_URL_NAMESPACE = uuid.NAMESPACE_URL.bytes


def administration(e: Entry, corrected: bool, store: Store | None) -> dict[str, Any]:
    f = e.fields
    done = e.kind == "pn" or f.get("outcome") == "givet"
    res: dict[str, Any] = {
        "resourceType": "MedicationAdministration",
        "id": safe_name(e.id)[:64],
        "identifier": [{"system": ENTRY_SYSTEM, "value": e.id}],
        "status": ("entered-in-error" if corrected else "completed" if done else "not-done"),
        "medicationCodeableConcept": {
            "text": " ".join(str(x) for x in (f.get("drug"), f.get("strength")) if x) or "ukendt lægemiddel"
        },
        "subject": _subject(e, store),
        "effectiveDateTime": e.at.isoformat(),
        "performer": [{"actor": {"display": f"{e.initials} ({e.device})"}}],
    }
    if not done:
        reason = f"{f.get('outcome')}: {f.get('reason', '')}".strip(": ")
        res["statusReason"] = [{"text": reason}]
    if e.kind == "pn":
        res["reasonCode"] = [{"text": str(f.get("reason", ""))}]
        res["dosage"] = {"text": str(f.get("dose", ""))}
    else:
        res["dosage"] = {"text": f"{f.get('slot')}: {f.get('dose_text', '')}".strip()}
    notes = [str(f["note"])] if f.get("note") else []
    if notes:
        res["note"] = [{"text": n} for n in notes]
    return res


def _subject(e: Entry, store: Store | None) -> dict[str, Any]:
    if e.person:
        name, _sep, cpr = e.person.rpartition(", ")
        return {"identifier": {"system": CPR_SYSTEM, "value": cpr}, "display": name}
    name = str(e.fields.get("citizen_name", ""))
    cpr = str(e.fields.get("citizen_cpr", ""))
    if store is not None and not cpr:
        row = store.conn.execute(
            "SELECT cpr, first_name, last_name FROM citizens WHERE citizen_id = ?", (e.citizen_id,)
        ).fetchone()
        if row is not None:
            cpr, name = row[0], f"{row[1]} {row[2]}".strip()
    ident = {"system": CPR_SYSTEM, "value": cpr} if cpr else {"system": CITIZEN_SYSTEM, "value": e.citizen_id}
    out: dict[str, Any] = {"identifier": ident}
    if name:
        out["display"] = name
    return out
