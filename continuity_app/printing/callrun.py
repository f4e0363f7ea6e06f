"""The ``callrun`` pack: who is still missing in a contact tree's run, ready at any moment.

First the state of the run (started, reached so far, escalated), then every node
not yet reached in call order with what to do next (call, call the deputy), its
numbers and a box to tick; then the late answers (kept, marked late); an empty
run prints the whole tree as missing.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from continuity_app.crisis.callrun import NodeState, NodeStatus, RunState
from continuity_app.domain.age import format_datetime_da, local
from continuity_app.printing.fonts import BOLD, COND_BOLD
from continuity_app.printing.sheet import Sheet
from continuity_app.printing.table import Cell, Column, draw_table

if TYPE_CHECKING:
    from continuity_app.printing.job import Job

MISSING_COLUMNS = (
    Column("Nr.", 5),
    Column("Navn og rolle", 16),
    Column("Status", 22),
    Column("Mobil", 9),
    Column("Fastnet", 9),
    Column("Anden kanal", 11),
    Column("Stedfortræder", 13),
    Column("Mødested", 11),
    Column("Nået", 4, "center"),
    Column("Kl.", 5),
)
LATE_COLUMNS = (
    Column("Nr.", 5),
    Column("Navn og rolle", 18),
    Column("Skulle være nået senest", 14),
    Column("Nået", 14),
    Column("Kanal", 9),
    Column("Init.", 6),
)
STATE_DA = {
    NodeState.WAITING: "venter: overordnet ikke nået",
    NodeState.TO_CALL: "ring op",
    NodeState.ESCALATED: "ESKALERET: ring til stedfortræder",
    NodeState.COVERED: "stedfortræder nået i stedet",
    NodeState.REACHED: "nået",
}


def clock(moment: dt.datetime | None) -> str:
    return "–" if moment is None else f"{local(moment):%H:%M}"


def percent(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f} %"


def status_text(n: NodeStatus) -> str:
    text = STATE_DA[n.state]
    if n.state is NodeState.ESCALATED and n.deputy is not None:
        text += f" {n.deputy.name}"
    elif n.state is NodeState.COVERED and n.covered_by is not None:
        text = f"{n.covered_by.name} nået i stedet"
    if n.escalate_at is not None and n.state in (NodeState.TO_CALL, NodeState.ESCALATED):
        text += f" (eskalér kl. {clock(n.escalate_at)})"
    tried = [a for a in n.attempts if a.result != "nået"]
    if tried:
        text += "\nForsøgt: " + ", ".join(f"{a.channel} {a.result} {clock(a.at)}" for a in tried[-3:])
        if len(tried) > 3:
            text += f" (+{len(tried) - 3})"
    return text


def missing_row(n: NodeStatus) -> list[str | Cell]:
    node = n.node
    role = f"\n{node.role}" if node.role else ""
    fill = (1.0, 0.9, 0.85) if n.state is NodeState.ESCALATED else None
    return [
        n.number,
        Cell(node.name + role, COND_BOLD),
        Cell(status_text(n), fill=fill),
        node.mobile or "–",
        node.landline or "–",
        node.alt_channel or "–",
        n.deputy.name if n.deputy is not None else "–",
        node.meeting_point or "–",
        "",
        "",
    ]


def draw_callrun(sheet: Sheet, job: Job, run: RunState) -> None:
    sheet.new_page(landscape_page=True)
    title = f"Hvem mangler – {run.tree.tree_name}"
    if run.drill:
        title += " (ØVELSE)"
    sheet.heading(title)
    total = len(run.nodes)
    if run.started_at is None:
        sheet.paragraph(f"Ingen kørsel af træet er startet. Alle {total} personer mangler.")
    else:
        escalated = sum(1 for n in run.nodes if n.state is NodeState.ESCALATED)
        sheet.paragraph(
            f"Startet {format_datetime_da(run.started_at)} · status kl. {clock(run.now)}: "
            f"{run.reached} af {total} nået ({percent(run.reached / total if total else None)}), "
            f"{len(run.missing)} mangler, heraf {escalated} eskaleret til stedfortræder. "
            f"Nået inden 15 / 30 / 60 min: {percent(run.share_reached(15))} / "
            f"{percent(run.share_reached(30))} / {percent(run.share_reached(60))}."
        )
    sheet.space(4)

    def continuation() -> None:
        sheet.y -= 11
        sheet.text(sheet.left, sheet.y, f"{title} (fortsat)", BOLD, 10)
        sheet.y -= 6

    sheet.on_new_page = continuation
    missing = run.missing
    rows = []
    for i, n in enumerate(missing):
        if i % 200 == 0:
            job.tick(i, len(missing) + 1)
        rows.append(missing_row(n))
    if rows:
        draw_table(sheet, MISSING_COLUMNS, rows)
    else:
        sheet.paragraph("Alle er nået.")
    sheet.on_new_page = None
    if run.late_answers:
        sheet.space(8)
        sheet.heading(f"Sene svar ({len(run.late_answers)}): nået efter eskaleringstiden", 11)
        late_rows: list[list[str | Cell]] = []
        for n in run.late_answers:
            hit = next(a for a in n.attempts if a.result == "nået")
            late_rows.append(
                [
                    n.number,
                    Cell(n.node.name, COND_BOLD),
                    clock(n.escalate_at),
                    Cell(f"{clock(n.reached_at)} (SENT)", COND_BOLD),
                    hit.channel,
                    hit.initials or "–",
                ]
            )
        draw_table(sheet, LATE_COLUMNS, late_rows)
