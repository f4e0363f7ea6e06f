"""The ``overview`` pack (Overblik): the municipality's totals, then one row per unit.

A4 landscape; a municipality of Lemvig's size (ten units, a few fuel stocks) fits
one page. Numbers this laptop's data cannot count are printed "ikke kendt", never 0.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from continuity_app.crisis.overview import (
    WATER_DAYS,
    WATER_LITRES_PER_PERSON_DAY,
    FleetShare,
    Overview,
    StockShare,
    UnitLine,
)
from continuity_app.domain.age import format_datetime_da, local
from continuity_app.domain.models import FuelStock
from continuity_app.domain.numbers import thousands_da
from continuity_app.domain.rules import REASON_LABELS_DA, Reason
from continuity_app.printing.fonts import BOLD, COND_BOLD
from continuity_app.printing.lists import FUEL_DA, litres, yes
from continuity_app.printing.sheet import Sheet
from continuity_app.printing.table import Cell, Column, draw_table

if TYPE_CHECKING:
    from continuity_app.printing.job import Job

UNKNOWN = "ikke kendt"
UNIT_COLUMNS = (
    Column("Kat.", 3.5, "center"),
    Column("Enhed", 20),
    Column("Borgere", 6, "center"),
    Column("Beboere", 6, "center"),
    Column("Sårbare", 6, "center"),
    Column("Kontakt døgn 1/2/3", 8, "center"),
    Column("Strøm", 6, "center"),
    Column("Ingen pårørende", 7, "center"),
    Column("Kan ikke komm.", 7, "center"),
    Column("Mad / indkøb", 6, "center"),
    Column("Nødstrøm", 7, "center"),
    Column("Forsyning (døgn)", 7.5, "center"),
    Column("Vand 3 døgn", 8, "center"),
    Column("Ledige køretøjer", 22),
)
TOTAL_COLUMNS = (Column("", 22), Column("", 78))
STOCK_COLUMNS = (
    Column("Sted", 26),
    Column("Brændstof", 8),
    Column("Beholdning / kapacitet", 13),
    Column("Aflæst", 9),
    Column("Pumpe kræver strøm", 8, "center"),
    Column("Adgang", 26),
    Column("Kontakt tlf.", 10),
)


def stock_line(s: FuelStock) -> list[str | Cell]:
    """A stock on one line: the overview's page has room for few lines."""
    read = f"{local(s.read_at):%d-%m %H:%M}" if s.read_at else "ikke aflæst"
    return [
        Cell(s.location, COND_BOLD),
        s.fuel,
        f"{litres(s.litres)} / {litres(s.capacity_litres)}",
        read,
        Cell(yes(s.pump_needs_power), COND_BOLD if s.pump_needs_power else None),
        s.access or "–",
        s.contact_phone or "–",
    ]


def water(litres: int | None) -> str:
    return UNKNOWN if litres is None else f"{thousands_da(litres)} liter"


def fleet_text(shares: tuple[FleetShare, ...]) -> str:
    if not shares:
        return "ingen"
    parts = []
    for f in shares:
        if f.range_unknown == f.vehicles:
            km = "rækkevidde ikke oplyst"
        else:
            km = f"{thousands_da(f.range_km)} km"
            if f.range_unknown:
                km += f"; {f.range_unknown} uden oplyst rækkevidde"
        parts.append(f"{FUEL_DA.get(f.fuel, f.fuel)} {f.vehicles} ({km})")
    return " · ".join(parts)


def stock_text(shares: tuple[StockShare, ...]) -> str:
    if not shares:
        return "ingen lagre i data"
    parts = []
    for s in shares:
        name = FUEL_DA.get(s.fuel, s.fuel.capitalize())
        known = s.stocks - s.level_unknown
        if known == 0:
            text = f"{name}: {s.stocks} {'lager' if s.stocks == 1 else 'lagre'} uden aflæst beholdning"
        else:
            text = f"{name} {thousands_da(s.litres)} liter i {known} {'lager' if known == 1 else 'lagre'}"
            if s.litres_needing_power:
                text += f" (heraf {thousands_da(s.litres_needing_power)} liter bag pumpe der kræver strøm)"
            if s.level_unknown:
                text += f"; {s.level_unknown} mere uden aflæst beholdning"
        parts.append(text)
    return " · ".join(parts)


def _reason(counts_by_reason: dict[str, int], reason: Reason) -> str:
    return thousands_da(counts_by_reason.get(reason.value, 0))


def unit_row(line: UnitLine) -> list[str | Cell]:
    u, c = line.unit, line.counts
    supplies = "–" if u.supplies_days is None else str(u.supplies_days)
    cells: list[str | Cell] = [
        Cell(str(u.category or "–"), COND_BOLD),
        Cell(f"{u.name} ({u.unit_id})", COND_BOLD),
    ]
    if c is None:
        cells += [Cell(UNKNOWN, span=8)]
    else:
        cells += [
            thousands_da(c.citizens),
            thousands_da(c.residents),
            thousands_da(c.vulnerable),
            " / ".join(thousands_da(d) for d in c.by_day),
            _reason(c.by_reason, Reason.POWER_DEPENDENT),
            _reason(c.by_reason, Reason.NO_CLOSE_RELATIVES),
            _reason(c.by_reason, Reason.CANNOT_COMMUNICATE),
            _reason(c.by_reason, Reason.MEAL_SHOPPING_HELP),
        ]
    cells += [yes(u.generator), supplies, water(line.water_litres), fleet_text(line.free_vehicles)]
    return cells


def total_rows(ov: Overview) -> list[list[str | Cell]]:
    t = ov.totals
    cats = ov.units_by_category
    units = " · ".join(f"{k} {cats[k]}" for k in ("A", "B", "C") if cats.get(k))
    if cats.get(""):
        units += f" · uden kategori {cats['']}"
    partial = "" if ov.counts_complete else " (kun de enheder, hvis tal er kendt)"
    reasons = " · ".join(f"{REASON_LABELS_DA[r]} {_reason(t.by_reason, r)}" for r in Reason)
    vehicles = (
        f"{fleet_text(ov.free_fleet)} — på opgave {ov.assigned_vehicles}, "
        f"reserveret til kritisk funktion {ov.reserved_vehicles}"
    )
    return [
        [
            Cell("Enheder", COND_BOLD),
            f"{len(ov.lines)} (kategori {units or '–'}) · med nødstrøm {ov.generators}",
        ],
        [
            Cell("Borgere", COND_BOLD),
            f"{thousands_da(t.citizens)}{partial} · heraf beboere på døgninstitution "
            f"{thousands_da(t.residents)}",
        ],
        [
            Cell("Sårbare", COND_BOLD),
            f"{thousands_da(t.vulnerable)} · kontakt 1. døgn: {thousands_da(t.by_day[0])} · 2. døgn: "
            f"{thousands_da(t.by_day[1])} · 3. døgn: {thousands_da(t.by_day[2])}",
        ],
        [Cell("Sårbare efter årsag", COND_BOLD), reasons],
        [
            Cell(f"Vand til {WATER_DAYS} døgn", COND_BOLD),
            Cell(
                f"{thousands_da(ov.water_litres)} liter{partial} ({WATER_LITRES_PER_PERSON_DAY} liter pr. "
                f"borger pr. døgn)",
                COND_BOLD,
            ),
        ],
        [Cell("Ledige køretøjer", COND_BOLD), vehicles],
        [Cell("Brændstof på lager", COND_BOLD), stock_text(ov.stocks)],
    ]


def draw_overview(sheet: Sheet, job: Job, ov: Overview) -> None:
    sheet.new_page(landscape_page=True)
    sheet.heading("Overblik – kommunen samlet")
    age = format_datetime_da(ov.data_as_of) if ov.data_as_of else "ukendt"
    note = f"Data pr. {age}."
    if not ov.counts_complete:
        note += (
            " Denne computers data kan ikke tælle alle enheders borgere: de står som "
            f"'{UNKNOWN}' og indgår ikke i totalerne."
        )
    sheet.paragraph(note)
    sheet.space(3)
    draw_table(sheet, TOTAL_COLUMNS, total_rows(ov), size=8, header=False)
    sheet.space(4)
    sheet.heading("Enhederne (kategori A, B, C)", 11)

    def continuation() -> None:
        sheet.y -= 11
        sheet.text(sheet.left, sheet.y, "Overblik – enhederne (fortsat)", BOLD, 10)
        sheet.y -= 6

    sheet.on_new_page = continuation
    rows = []
    for i, line in enumerate(ov.lines):
        if i % 50 == 0:
            job.tick(i, len(ov.lines))
        rows.append(unit_row(line))
    draw_table(sheet, UNIT_COLUMNS, rows, size=7.5)
    sheet.on_new_page = None
    if not ov.lines:
        sheet.paragraph("Ingen enheder i data.")
    sheet.space(4)
    sheet.heading("Brændstoflagre", 11)
    if ov.stock_list:
        draw_table(sheet, STOCK_COLUMNS, [stock_line(s) for s in ov.stock_list], size=7)
    else:
        sheet.paragraph("Ingen brændstoflagre i data.")
