"""The ``drill`` pack: the latest drill's after-action report.

The timings the app took, the data's age at the start, each contact tree's share
reached at 15, 30 and 60 minutes, and everyone who was not reached.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from continuity_app.crisis.drill import DrillReport
from continuity_app.domain.age import format_age_da, format_datetime_da
from continuity_app.printing.callrun import MISSING_COLUMNS, missing_row, percent
from continuity_app.printing.fonts import COND_BOLD
from continuity_app.printing.sheet import Sheet
from continuity_app.printing.table import Cell, Column, draw_table

if TYPE_CHECKING:
    from continuity_app.printing.job import Job

FACT_COLUMNS = (Column("", 30), Column("", 70))
TREE_COLUMNS = (
    Column("Kontakttræ", 30),
    Column("Personer", 8, "center"),
    Column("Nået efter 15 min", 12, "center"),
    Column("30 min", 12, "center"),
    Column("60 min", 12, "center"),
    Column("Ikke nået", 10, "center"),
)
KIND_DA = {
    "pn": "PN-doser",
    "effect": "effekt-vurderinger",
    "given": "doser signeret",
    "visit": "besøg",
    "note": "notater",
    "call": "opkald",
    "vehicle": "køretøjer",
    "correction": "rettelser",
}


def minutes(span: dt.timedelta | None) -> str:
    if span is None:
        return "ikke nået i øvelsen"
    total = int(span.total_seconds())
    return f"{total // 60} min {total % 60:02d} s"


def draw_drill(sheet: Sheet, job: Job, report: DrillReport | None) -> None:
    sheet.new_page(landscape_page=True)
    sheet.heading("Øvelsesrapport (ØVELSE)")
    if report is None:
        sheet.paragraph(
            "Der er ingen øvelse i journalen på denne computer. Start en øvelse i "
            "appen (Ctrl+Alt+Ø); rapporten skrives, når den afsluttes."
        )
        return
    r = report
    ended = format_datetime_da(r.ended_at) if r.ended_at else "kører stadig (rapport til nu)"
    if r.data_as_of is not None:
        age = f"{format_datetime_da(r.data_as_of)} ({format_age_da(r.started_at - r.data_as_of)} ved start)"
    else:
        age = "ikke kendt"
    done = ", ".join(f"{n} {KIND_DA.get(k, k)}" for k, n in r.entries_by_kind.items()) or "ingen"
    facts: list[list[str | Cell]] = [
        [Cell("Startet", COND_BOLD), f"{format_datetime_da(r.started_at)} af {r.started_by or '–'}"],
        [Cell("Afsluttet", COND_BOLD), ended],
        [Cell("Data ved start", COND_BOLD), age],
        [Cell("Tid til låst op", COND_BOLD), minutes(r.unlock_after)],
        [
            Cell("Tid til første udskrift", COND_BOLD),
            minutes(r.first_print_after) + (f" ({r.first_print_pack})" if r.first_print_pack else ""),
        ],
        [Cell("Tid til alle kørelister udskrevet", COND_BOLD), minutes(r.routes_printed_after)],
        [Cell("Registreret under øvelsen", COND_BOLD), done],
    ]
    draw_table(sheet, FACT_COLUMNS, facts, size=9, header=False)
    sheet.space(8)
    sheet.heading("Kontakttræer i øvelsen", 11)
    if not r.trees:
        sheet.paragraph("Ingen kontakttræer blev ringet op i øvelsen.")
    else:
        draw_table(
            sheet,
            TREE_COLUMNS,
            [
                [
                    Cell(t.run.tree.tree_name, COND_BOLD),
                    str(len(t.run.nodes)),
                    percent(t.shares[15]),
                    percent(t.shares[30]),
                    percent(t.shares[60]),
                    str(len(t.not_reached)),
                ]
                for t in r.trees
            ],
        )
    for i, t in enumerate(r.trees):
        job.tick(i, len(r.trees))
        if not t.not_reached:
            continue
        sheet.space(8)
        sheet.heading(f"Ikke nået – {t.run.tree.tree_name} ({len(t.not_reached)})", 11)
        draw_table(sheet, MISSING_COLUMNS, [missing_row(n) for n in t.not_reached])
    if r.notes:
        sheet.space(8)
        sheet.heading("Noter fra øvelsen", 11)
        for note in r.notes:
            sheet.paragraph(f"• {note}")
