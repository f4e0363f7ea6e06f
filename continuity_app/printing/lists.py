"""The list packs: vulnerable citizens for the rounds, vehicles and fuel stocks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from itertools import groupby
from typing import TYPE_CHECKING

from continuity_app.domain.age import format_datetime_da
from continuity_app.domain.models import FuelStock, Unit, Vehicle
from continuity_app.domain.numbers import thousands_da
from continuity_app.printing.fonts import BOLD, COND_BOLD
from continuity_app.printing.sheet import GREY, Sheet
from continuity_app.printing.table import Cell, Column, draw_table
from continuity_app.store import coverage as cov
from continuity_app.store.views import VulnerableRow

if TYPE_CHECKING:
    from continuity_app.printing.job import Job, Municipality

FUEL_DA = {
    "el": "El",
    "benzin": "Benzin",
    "diesel": "Diesel",
    "hybrid": "Hybrid",
    "plugin-hybrid": "Plugin-hybrid",
}
VULNERABLE_COLUMNS = (
    Column("Dag", 4, "center"),
    Column("Borger", 18),
    Column("Adresse", 20),
    Column("Telefon", 10),
    Column("Pårørende tlf.", 10),
    Column("Hvorfor sårbar", 26),
    Column("Vand", 5),
    Column("Mad", 5),
    Column("Strøm", 5),
    Column("Kl. / init.", 8),
)
VEHICLE_COLUMNS = (
    Column("Reg.nr. og model", 15),
    Column("Brændstof", 8),
    Column("Rækkevidde", 9.5),
    Column("Niveau (aflæst)", 13),
    Column("Pladser", 6, "center"),
    Column("Kørestol", 6, "center"),
    Column("4×4", 4, "center"),
    Column("Placering", 13),
    Column("Nøgler", 13.5),
    Column("Reserveret / ledig", 16),
    Column("Kontakt", 12),
)
STOCK_COLUMNS = (
    Column("Sted", 18),
    Column("Brændstof", 9),
    Column("Beholdning", 9),
    Column("Kapacitet", 9),
    Column("Aflæst", 13),
    Column("Pumpe kræver strøm", 9),
    Column("Adgang", 20),
    Column("Kontakt tlf.", 11),
)


def yes(flag: bool) -> str:
    return "Ja" if flag else "Nej"


def when(moment: dt.datetime | None) -> str:
    return format_datetime_da(moment) if moment else "ikke aflæst"


def litres(value: float | None) -> str:
    return "–" if value is None else f"{thousands_da(value)} l"


def unit_heading(unit: Unit | None, unit_id: str) -> str:
    if unit is None:
        return unit_id or "Uden enhed"
    category = f" · kategori {unit.category}" if unit.category else ""
    return f"{unit.name}{category}"


#: The vulnerable list without the relative's phone, for a scope that does not carry relatives.
VULNERABLE_COLUMNS_NO_RELATIVES = tuple(c for c in VULNERABLE_COLUMNS if c.title != "Pårørende tlf.")
RELATIVES_NOT_HELD = (
    "Pårørendes telefonnumre er ikke med i data på denne computer; de står i enhedens egne data og nødpakke."
)


def relative_phone_text(row: VulnerableRow) -> str:
    """The primary relative's phone; else whether the source says there is none or says nothing."""
    if row.relative_phone:
        return row.relative_phone
    return "ingen nære" if row.citizen.no_close_relatives else "ikke oplyst"


def draw_vulnerable(
    sheet: Sheet, job: Job, rows: list[VulnerableRow], *, bookmark_level: int | None = None
) -> int:
    """Vulnerable citizens grouped by unit, day 1 first; returns the number printed."""
    groups = [(unit_id, list(g)) for unit_id, g in groupby(rows, key=lambda r: r.citizen.unit_id)]
    relatives = job.store.coverage.holds(cov.RELATIVES)
    columns = VULNERABLE_COLUMNS if relatives else VULNERABLE_COLUMNS_NO_RELATIVES
    for index, (unit_id, members) in enumerate(groups):
        job.tick(index, len(groups))
        title = f"Sårbare borgere – {unit_heading(members[0].unit, unit_id)}"
        sheet.on_new_page = None
        sheet.new_page(landscape_page=True)
        if bookmark_level is not None:
            sheet.bookmark(f"vulnerable-{unit_id}", title, bookmark_level)
        sheet.heading(title)
        sheet.paragraph(
            "Til vand-, mad- og strømrunder. Dag = senest hvilken dag i en krise "
            "borgeren skal besøges. Sæt kryds når borgeren har fået det."
        )
        if not relatives:
            sheet.paragraph(RELATIVES_NOT_HELD)
        sheet.space(4)

        def continuation(title: str = title) -> None:
            sheet.y -= 11
            sheet.text(sheet.left, sheet.y, f"{title} (fortsat)", BOLD, 10)
            sheet.y -= 6

        sheet.on_new_page = continuation
        table_rows: list[list[str | Cell]] = []
        for r in members:
            c = r.citizen
            place = " ".join(p for p in (c.postcode, c.city) if p)
            cells: list[str | Cell] = [
                Cell(str(r.vulnerability.day_priority), COND_BOLD),
                Cell(c.full_name, COND_BOLD),
                c.address + (f", {place}" if place else ""),
                c.phone or "ikke oplyst",
            ]
            if relatives:
                cells.append(relative_phone_text(r))
            table_rows.append([*cells, r.vulnerability.describe_da(), "", "", "", ""])
        draw_table(sheet, columns, table_rows, min_height=20)
        sheet.on_new_page = None
    if not rows:
        sheet.new_page(landscape_page=True)
        sheet.heading("Sårbare borgere")
        sheet.paragraph("Ingen sårbare borgere i data.")
    return len(rows)


def vehicle_row(v: Vehicle, on_task: str = "") -> list[str | Cell]:
    """``on_task``: the vehicle board's assignment ("På opgave: …"), when it is out on one."""
    level = "–" if v.fuel_level_pct is None else f"{v.fuel_level_pct:.0f} %"
    status = (
        Cell(on_task, COND_BOLD, fill=GREY)
        if on_task
        else Cell(f"Reserveret: {v.critical_function}", COND_BOLD)
        if not v.is_free
        else Cell("LEDIG", COND_BOLD)
    )
    contact = " ".join(p for p in (v.contact_name, v.contact_phone) if p)
    return [
        Cell(f"{v.registration}\n{v.make_model}".strip(), COND_BOLD),
        FUEL_DA.get(str(v.fuel), str(v.fuel)),
        "–" if v.range_km is None else f"{v.range_km} km",
        f"{level}\n({when(v.level_read_at)})",
        "–" if v.seats is None else str(v.seats),
        yes(v.wheelchair),
        yes(v.four_wheel_drive),
        v.location or "–",
        v.key_location or "–",
        status,
        contact or "–",
    ]


def stock_row(s: FuelStock) -> list[str | Cell]:
    return [
        Cell(s.location, COND_BOLD),
        s.fuel,
        litres(s.litres),
        litres(s.capacity_litres),
        when(s.read_at),
        Cell(yes(s.pump_needs_power), COND_BOLD if s.pump_needs_power else None),
        s.access or "–",
        s.contact_phone or "–",
    ]


#: The first column when several municipalities are printed together.
TOWN_COLUMN = Column("Kommune", 9)


def draw_vehicles(
    sheet: Sheet,
    job: Job,
    vehicles: list[Vehicle],
    stocks: list[FuelStock],
    *,
    bookmark_level: int | None = None,
    on_task: Mapping[str, str] | None = None,
    town: Municipality | None = None,
) -> None:
    """``on_task``: vehicle id -> its assignment on the vehicle board (now out on a task).
    ``town``: the municipality these are of, when several are printed together: the heading
    names it and every row starts with it."""
    on_task = on_task or {}
    units = {u.unit_id: u for u in job.store.units()}
    first: tuple[str | Cell, ...] = (Cell(town.label, COND_BOLD),) if town else ()
    lead = (TOWN_COLUMN,) if town else ()
    sheet.on_new_page = None
    sheet.new_page(landscape_page=True)
    if bookmark_level is not None:
        sheet.bookmark("vehicles", "Køretøjer", bookmark_level)
    sheet.heading("Køretøjer efter ejer-enhed" + (f" – {town.label}" if town else ""))
    free = sum(1 for v in vehicles if v.is_free and v.vehicle_id not in on_task)
    busy = f", {len(on_task)} på opgave nu (køretøjstavlen)" if on_task else ""
    sheet.paragraph(
        f"{len(vehicles)} køretøjer, heraf {free} ledige til omfordeling "
        f"(ikke reserveret til en kritisk funktion){busy}."
    )
    held = job.store.coverage
    if held.is_partial(cov.VEHICLES):  # a unit's data: not every vehicle there is
        sheet.paragraph(
            "Denne enheds data holder kun enhedens egne køretøjer og de ledige; "
            "krisestaben har oversigten over alle."
        )
    owners = [(owner, list(g)) for owner, g in groupby(vehicles, key=lambda v: v.owner_unit_id)]
    for index, (owner, group) in enumerate(owners):
        job.tick(index, len(owners))
        sheet.space(6)
        sheet.heading(unit_heading(units.get(owner), owner), 11)
        draw_table(
            sheet,
            (*lead, *VEHICLE_COLUMNS),
            [[*first, *vehicle_row(v, on_task.get(v.vehicle_id, ""))] for v in group],
        )
    if not vehicles:
        sheet.paragraph(
            "Ingen køretøjer i data."
            if held.holds(cov.VEHICLES) and not held.is_partial(cov.VEHICLES)
            else "Ingen køretøjer i denne enheds data; krisestaben har oversigten over alle."
        )
    sheet.space(10)
    if bookmark_level is not None:
        sheet.ensure(80)
        sheet.bookmark("fuel", "Brændstoflagre", bookmark_level)
    sheet.heading("Brændstoflagre" + (f" – {town.label}" if town else ""))
    if stocks:
        draw_table(sheet, (*lead, *STOCK_COLUMNS), [[*first, *stock_row(s)] for s in stocks])
    elif held.holds(cov.FUEL_STOCKS) and not held.is_partial(cov.FUEL_STOCKS):
        sheet.paragraph("Ingen brændstoflagre i data.")
    else:
        sheet.paragraph("Ingen brændstoflagre i denne enheds data; krisestaben har oversigten over alle.")
