"""One citizen's entries on paper: "Journal under nedbrud" and IT's re-entry list.

Drawn on the packs' own sheet (``printing.sheet``): every page stamped with the
scope, data as of, page x of y and the confidentiality line; embedded fonts (æøå).
Entries in time order, each with who wrote it where, so a nurse can type them
into the care system one by one.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

from continuity_app.journal.entry import Entry, local_text
from continuity_app.printing.sheet import Sheet, Stamp
from continuity_app.printing.table import Column, draw_table

Items = Sequence[tuple[Entry, dict[str, Any]]]


def what(e: Entry) -> str:
    """The entry's content in words, as the re-entry list shows it."""
    f = e.fields
    drug = " ".join(str(x) for x in (f.get("drug"), f.get("strength")) if x)
    if e.kind == "pn":
        return f"PN givet: {drug}, {f.get('dose', '')}. Årsag: {f.get('reason', '')}" + (
            f" (maks. {f['as_needed_max']})" if f.get("as_needed_max") else ""
        )
    if e.kind == "effect":
        return f"Effekt af PN ({f.get('of')}): {f.get('effect', '')}"
    if e.kind == "given":
        day = str(f.get("date", ""))
        day = f"{day[8:10]}-{day[5:7]}-{day[:4]}" if len(day) == 10 else day
        text = f"{drug} {day} {f.get('slot', '')}: {f.get('outcome', '')}"
        if f.get("reason"):
            text += f". Årsag: {f['reason']}"
        if f.get("dose_text"):
            text += f". Dosering: {f['dose_text']}"
        return text + (f". Note: {f['note']}" if f.get("note") else "")
    if e.kind == "visit":
        return f"Besøg {f.get('visit_id')}: {f.get('outcome')}" + (
            f". Note: {f['note']}" if f.get("note") else ""
        )
    if e.kind == "note":
        return str(f.get("text", ""))
    if e.kind == "correction":
        return f"Retter {f.get('of')}: {f.get('reason', '')}"
    return ", ".join(f"{k}: {v}" for k, v in sorted(f.items()))


def citizen_pdf(items: Items, stamp: Stamp | None, *, title: str) -> bytes:
    """The PDF of one citizen's entries (``items`` in time order)."""
    stamp = stamp or Stamp("Nødkopi – journal", dt.datetime.now(dt.UTC))
    buf = io.BytesIO()
    sheet = Sheet(buf, stamp, title)
    draw_citizen(sheet, items, title=title)
    sheet.finish()
    return buf.getvalue()


def draw_citizen(sheet: Sheet, items: Sequence[tuple[Entry, dict[str, Any]]], *, title: str) -> None:
    """One citizen's entries on a new page of ``sheet`` (a pack's, or a PDF of its own)."""
    first = items[0][0]
    name = (
        first.person.rpartition(", ")[0]
        if first.person
        else str(first.fields.get("citizen_name", "")) or first.citizen_id
    )
    cpr = first.person.rpartition(", ")[2] if first.person else str(first.fields.get("citizen_cpr", ""))
    sheet.new_page()
    sheet.heading(f"{title}: {name}")
    ident = f"Borger-id {first.citizen_id}" if first.citizen_id else "Ikke i data (ny borger)"
    sheet.paragraph(f"{ident} · CPR {cpr or 'ikke oplyst'}")
    sheet.space(6)
    columns = [
        Column("Tid", 11),
        Column("Hvad", 52),
        Column("Init.", 5),
        Column("Registreret (enhed)", 20),
        Column("Status", 12),
    ]
    rows = []
    for e, row in items:
        status = [s for s, on in (("RETTET", row.get("corrected")), ("ØVELSE", e.drill)) if on]
        rows.append(
            [
                local_text(e.at),
                what(e),
                e.initials,
                f"{local_text(e.recorded)} ({e.device}-{e.n})",
                " ".join(status),
            ]
        )
    draw_table(sheet, columns, rows)
