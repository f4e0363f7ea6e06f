"""Route sheets (kørelister): one section per route and day, visits in order.

Key info (key box, door code) is printed here and nowhere else: only on the sheet
of a route that visits the citizen.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from continuity_app.domain.age import format_date_da
from continuity_app.domain.models import Medication, Route
from continuity_app.printing.dosing import clock_times_da
from continuity_app.printing.fonts import BOLD, COND_BOLD, REGULAR
from continuity_app.printing.medication import allergy_cell
from continuity_app.printing.sheet import Sheet
from continuity_app.printing.table import Cell, Column, draw_table

if TYPE_CHECKING:
    from continuity_app.printing.job import Job

SHIFT_DA = {"dag": "dagvagt", "aften": "aftenvagt", "nat": "nattevagt"}
WEEKDAYS_LONG_DA = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
COLUMNS = (
    Column("Nr.", 3.5, "center"),
    Column("Tid", 7),
    Column("Borger og adresse", 22),
    Column("Nøgle og adgang", 16),
    Column("Opgaver", 19),
    Column("2 pers.", 5, "center"),
    Column("Allergier", 12),
    Column("Tidskritisk medicin", 20),
    Column("Note", 14),
    Column("Udført kl.", 7),
)


def day_da(day: dt.date) -> str:
    return f"{WEEKDAYS_LONG_DA[day.weekday()]} {format_date_da(day)}"


def route_title(route: Route) -> str:
    return f"{route.name} – {day_da(route.date)}"


def critical_text(meds: list[Medication]) -> str:
    return "\n".join(
        "⚠ "
        + " ".join(p for p in (m.drug, m.strength) if p)
        + f": {m.dose_text}"
        + (f" ({clock_times_da(m)})" if m.clock_times else "")
        for m in meds
    )


def select_routes(job: Job) -> list[Route]:
    return job.store.routes(job.day, job.unit_id)


def draw_routes(
    sheet: Sheet,
    job: Job,
    routes: list[Route],
    *,
    bookmark_level: int | None = None,
    progress_offset: int = 0,
    progress_total: int | None = None,
) -> set[str]:
    """Each route on its own landscape page(s); returns the ids of the citizens visited."""
    units = {u.unit_id: u.name for u in job.store.units()}
    plates = {v.vehicle_id: v.registration for v in job.store.vehicles()}
    visited: set[str] = set()
    total = progress_total or len(routes)
    for i, route in enumerate(routes):
        job.tick(progress_offset + i, total)
        rows = job.store.route_visits(route.route_id)
        sheet.on_new_page = None
        sheet.new_page(landscape_page=True)
        if bookmark_level is not None:
            sheet.bookmark(f"route-{route.route_id}", route_title(route), bookmark_level)

        def continuation(route: Route = route) -> None:
            sheet.y -= 11
            sheet.text(sheet.left, sheet.y, f"Køreliste – {route_title(route)} (fortsat)", BOLD, 10)
            sheet.y -= 6

        sheet.y -= 14
        sheet.text(sheet.left, sheet.y, f"Køreliste – {route_title(route)}", BOLD, 14)
        sheet.y -= 13
        facts = [units.get(route.unit_id, route.unit_id)]
        if route.shift:
            facts.append(SHIFT_DA.get(str(route.shift), str(route.shift)))
        if route.staff:
            facts.append(f"Personale: {route.staff}")
        if route.vehicle_id:
            plate = plates.get(route.vehicle_id)
            facts.append(f"Bil: {plate} ({route.vehicle_id})" if plate else f"Bil: {route.vehicle_id}")
        facts.append(f"{len(rows)} besøg")
        sheet.text(sheet.left, sheet.y, " · ".join(facts), REGULAR, 9)
        sheet.y -= 8
        sheet.on_new_page = continuation
        table_rows: list[list[str | Cell]] = []
        for row in rows:
            v, c = row.visit, row.citizen
            when = f"{v.start:%H:%M}" + (f"\n–{v.end:%H:%M}" if v.end else "")
            place = " ".join(p for p in (c.postcode, c.city) if p)
            who = f"{c.full_name}\n{c.address}" + (f", {place}" if place else "")
            if c.phone:
                who += f"\nTlf. {c.phone}"
            table_rows.append(
                [
                    str(v.seq),
                    when,
                    Cell(who, COND_BOLD),
                    row.key_info,
                    "\n".join(v.tasks),
                    Cell("JA" if v.two_staff else "", COND_BOLD),
                    Cell(allergy_cell(row.allergies), COND_BOLD),
                    critical_text(row.time_critical),
                    v.note,
                    "",
                ]
            )
        if table_rows:
            draw_table(sheet, COLUMNS, table_rows, min_height=22)
        else:
            sheet.paragraph("Ingen besøg på denne rute.")
        visited.update(r.citizen.citizen_id for r in rows)
        sheet.on_new_page = None
    return visited


def route_pack(job: Job, sheet: Sheet) -> list[str]:
    """Returns the ids of the citizens visited."""
    routes = select_routes(job)
    if not routes:
        sheet.new_page()
        when = f" den {format_date_da(job.day)}" if job.day else ""
        sheet.heading("Køreliste")
        sheet.paragraph(f"Ingen ruter{when} i data.")
        return []
    return sorted(draw_routes(sheet, job, routes))
