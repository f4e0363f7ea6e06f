"""The ``handover`` pack (vagtoverlevering): the day's journal per route and citizen.

For the shift change: each route's visits with what was recorded (visits not done
stand out), then per citizen the day's entries in time order, the effect checks
now due and the doses not given with the reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from continuity_app.crisis.entries import text
from continuity_app.crisis.handover import CitizenDay, Handover, RouteLines
from continuity_app.domain.age import local
from continuity_app.journal.entry import Entry
from continuity_app.printing.fonts import BOLD, COND_BOLD
from continuity_app.printing.route import day_da, route_title
from continuity_app.printing.sheet import Sheet
from continuity_app.printing.table import Cell, Column, draw_table

if TYPE_CHECKING:
    from continuity_app.printing.job import Job

WARN = (1.0, 0.9, 0.85)
VISIT_COLUMNS = (
    Column("Nr.", 4, "center"),
    Column("Tid", 8),
    Column("Borger", 24),
    Column("Registreret", 40),
    Column("Init.", 6),
)
ENTRY_COLUMNS = (Column("Kl.", 7), Column("Hvad", 75), Column("Init.", 7), Column("Computer", 11))


def clock(entry: Entry) -> str:
    return f"{local(entry.at):%H:%M}"


def what(e: Entry) -> str:
    """One line in Danish for an entry, as a colleague reads it at the shift change."""
    f = e.fields
    drug = " ".join(p for p in (text(e, "drug"), text(e, "strength")) if p) or "ukendt præparat"
    if e.kind == "pn":
        out = f"PN givet: {drug}, {f.get('dose', '')} – årsag: {f.get('reason', '')}"
    elif e.kind == "effect":
        out = f"Effekt vurderet (af PN {text(e, 'of')}): {f.get('effect', '')}"
    elif e.kind == "given":
        out = f"{drug} {text(e, 'slot')}: {text(e, 'outcome')}"
        if text(e, "reason"):
            out += f" – årsag: {text(e, 'reason')}"
    elif e.kind == "visit":
        out = f"Besøg {text(e, 'outcome')}"
    elif e.kind == "note":
        out = f"Notat: {text(e, 'text')}"
    else:
        out = e.kind
    if text(e, "note") and e.kind != "note":
        out += f" ({text(e, 'note')})"
    return out + (" · ØVELSE" if e.drill else "")


def _route(sheet: Sheet, lines: RouteLines) -> None:
    sheet.heading(
        f"{route_title(lines.route)} – {len(lines.not_done)} af {len(lines.visits)} "
        "ikke registreret som udført",
        11,
    )
    rows: list[list[str | Cell]] = []
    for v in lines.visits:
        visit, outcome = v.row.visit, v.outcome
        shown = (
            (what(outcome) + (f" kl. {clock(outcome)}" if outcome else ""))
            if outcome
            else "intet registreret"
        )
        rows.append(
            [
                str(visit.seq),
                f"{visit.start:%H:%M}",
                Cell(v.row.citizen.full_name, COND_BOLD),
                Cell(shown, COND_BOLD if not v.done else None, fill=None if v.done else WARN),
                outcome.initials if outcome else "",
            ]
        )
    if rows:
        draw_table(sheet, VISIT_COLUMNS, rows)
    else:
        sheet.paragraph("Ingen besøg på ruten.")
    sheet.space(6)


def _citizen(sheet: Sheet, day: CitizenDay) -> None:
    c = day.citizen
    sheet.heading(f"{c.full_name} – {c.address}".rstrip(" –"), 10.5)
    rows: list[list[str | Cell]] = []
    for e in day.due_effects:
        rows.append(
            [clock(e), Cell(f"EFFEKT SKAL VURDERES: {what(e)}", COND_BOLD, fill=WARN), e.initials, e.device]
        )
    for e in day.not_given:
        rows.append([clock(e), Cell(f"IKKE GIVET: {what(e)}", COND_BOLD, fill=WARN), e.initials, e.device])
    rows += [[clock(e), what(e), e.initials, e.device] for e in day.entries]
    if rows:
        draw_table(sheet, ENTRY_COLUMNS, rows)
    else:
        sheet.paragraph("Intet registreret i dag.")
    sheet.space(6)


def draw_handover(sheet: Sheet, job: Job, h: Handover) -> None:
    sheet.new_page(landscape_page=False)
    unit = job.store.unit(h.unit_id) if h.unit_id else None
    sheet.heading(f"Vagtoverlevering – {unit.name if unit else 'alle enheder'} – {day_da(h.day)}")
    due = sum(len(c.due_effects) for c in h.citizens)
    not_given = sum(len(c.not_given) for c in h.citizens)
    not_done = sum(len(r.not_done) for r in h.routes)
    sheet.paragraph(
        f"Status kl. {local(h.now):%H:%M}: {not_done} besøg ikke registreret som "
        f"udført, {due} effekt-vurderinger skal laves, {not_given} doser ikke givet."
    )
    sheet.space(4)
    total = len(h.routes) + len(h.citizens)
    for i, lines in enumerate(h.routes):
        job.tick(i, total)
        _route(sheet, lines)
    if h.citizens:
        sheet.ensure(60)
        sheet.y -= 12
        sheet.text(sheet.left, sheet.y, "Pr. borger", BOLD, 12)
        sheet.y -= 8
    for i, citizen in enumerate(h.citizens):
        job.tick(len(h.routes) + i, total)
        _citizen(sheet, citizen)
    if not h.routes and not h.citizens:
        sheet.paragraph("Ingen ruter og intet registreret denne dag.")
    _paper_file(sheet, job, h)


PAPER_FILE_TITLE = "Journal under nedbrud"


def _paper_file(sheet: Sheet, job: Job, h: Handover) -> None:
    """For the citizen's paper file: each citizen's entries of the day on a page of its own,
    drawn as the journal's own per-citizen PDF draws them (drills marked)."""
    from continuity_app.journal.pdf import draw_citizen

    for day in h.citizens:
        if day.entries:
            draw_citizen(sheet, [(e, {"corrected": False}) for e in day.entries], title=PAPER_FILE_TITLE)
