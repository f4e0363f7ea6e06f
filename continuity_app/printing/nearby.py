"""The ``nearby`` pack: the units within a radius of a point, nearest first, to call now.

For a chemical release (close windows, stop ventilation) or a local power cut.
Units without coordinates follow in their own list: they may be near too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from continuity_app.crisis.nearby import Nearby
from continuity_app.domain.models import Unit
from continuity_app.domain.numbers import number_da
from continuity_app.printing.fonts import COND_BOLD
from continuity_app.printing.lists import yes
from continuity_app.printing.sheet import Sheet
from continuity_app.printing.table import Cell, Column, draw_table

if TYPE_CHECKING:
    from continuity_app.printing.job import Job

NEAR_COLUMNS = (
    Column("Afstand", 6, "center"),
    Column("Kat.", 3.5, "center"),
    Column("Enhed", 20),
    Column("Adresse", 18),
    Column("Telefon", 9),
    Column("Leder", 13),
    Column("Leder tlf.", 9),
    Column("Nødstrøm", 6, "center"),
    Column("Kontaktet kl. / init.", 9),
)
APART_COLUMNS = NEAR_COLUMNS[1:]


def km(distance: float) -> str:
    return f"{distance:.1f} km".replace(".", ",")


def _cells(u: Unit) -> list[str | Cell]:
    place = " ".join(p for p in (u.postcode, u.city) if p)
    address = u.address + (f", {place}" if place and u.address else place)
    return [
        Cell(str(u.category or "–"), COND_BOLD),
        Cell(f"{u.name}\n{u.unit_id}", COND_BOLD),
        address or "–",
        u.phone or "–",
        u.manager or "–",
        u.manager_phone or "–",
        yes(u.generator),
        "",
    ]


def draw_nearby(sheet: Sheet, job: Job, result: Nearby) -> None:
    sheet.new_page(landscape_page=True)
    radius = number_da(result.radius_km)
    sheet.heading(f"Enheder inden for {radius} km af {result.centre.label}")
    sheet.paragraph(
        f"Punkt: {result.centre.lat:.5f}, {result.centre.lon:.5f} (WGS84). "
        f"{len(result.within)} enheder inden for {radius} km, nærmeste først "
        "(afstand i luftlinje). Ring til dem og sæt kryds."
    )
    sheet.space(4)
    job.tick(0, 2)
    if result.within:
        draw_table(
            sheet, NEAR_COLUMNS, [[km(n.distance_km), *_cells(n.unit)] for n in result.within], min_height=18
        )
    else:
        sheet.paragraph("Ingen enheder med koordinater inden for radius.")
    job.tick(1, 2)
    if result.without_coordinates:
        sheet.space(8)
        sheet.heading(
            f"Enheder uden koordinater ({len(result.without_coordinates)}): "
            "kan ligge inden for radius – tjek adressen",
            11,
        )
        draw_table(sheet, APART_COLUMNS, [_cells(u) for u in result.without_coordinates], min_height=18)
