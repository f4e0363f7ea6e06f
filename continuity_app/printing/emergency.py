"""The emergency pack (Nødpakke): everything one unit needs, in one file.

A cover with the unit's facts and a table of contents (its page numbers are PDF
forms filled in when each section begins), then contacts, vulnerable citizens,
the routes of every day held, the medication pages of every citizen, vehicles and
fuel. PDF bookmarks per section, per route, per contact tree and per citizen.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from continuity_app.domain.age import format_date_da
from continuity_app.domain.models import Unit
from continuity_app.printing.contacts import draw_contacts
from continuity_app.printing.fonts import BOLD, REGULAR
from continuity_app.printing.lists import draw_vehicles, draw_vulnerable, unit_heading
from continuity_app.printing.medication import draw_citizen
from continuity_app.printing.medpack import three_days
from continuity_app.printing.route import draw_routes
from continuity_app.printing.sheet import Sheet
from continuity_app.printing.source import citizen_meds, unit_names
from continuity_app.store import coverage as cov
from continuity_app.store.views import ContactTree

if TYPE_CHECKING:
    from continuity_app.printing.job import Job

SECTIONS = (
    ("contacts", "Kontakttræer og ringelister"),
    ("vulnerable", "Sårbare borgere"),
    ("routes", "Kørelister"),
    ("medication", "Medicinlister"),
    ("vehicles", "Køretøjer og brændstof"),
)


def unit_facts(unit: Unit) -> list[str]:
    place = " ".join(p for p in (unit.postcode, unit.city) if p)
    facts = [
        f"Type: {unit.kind or 'ikke oplyst'} · Kategori: {unit.category or 'ikke oplyst'}",
        f"Adresse: {', '.join(p for p in (unit.address, place) if p) or 'ikke oplyst'}",
        f"Telefon: {unit.phone or 'ikke oplyst'}",
        f"Leder: {unit.manager or 'ikke oplyst'}"
        + (f", tlf. {unit.manager_phone}" if unit.manager_phone else ""),
        f"Nødstrøm (generator): {'ja' if unit.generator else 'nej'}",
        "Forsyninger til: "
        + (f"{unit.supplies_days} døgn" if unit.supplies_days is not None else "ikke oplyst"),
    ]
    if unit.notes:
        facts.append(f"Bemærk: {unit.notes}")
    return facts


def unit_trees(trees: list[ContactTree], unit_id: str) -> list[ContactTree]:
    """The contact trees the unit takes part in (its own, the crisis staff's); all if none."""
    mine = [t for t in trees if any(n.node.unit_id == unit_id for _, n in t.walk())]
    return mine or trees


def not_held_line(what: str, unit: Unit) -> str:
    """One line saying where data this scope does not carry is (never "there is none")."""
    return (
        f"{what}: ikke med i data på denne computer – de står i enhedens egen nødpakke "
        f"({unit.name}, {unit.unit_id})."
    )


def draw_emergency(sheet: Sheet, job: Job, unit: Unit) -> list[str]:
    """Returns the ids of every citizen on the paper."""
    store = job.store
    held = store.coverage
    has_citizens = held.holds(cov.CITIZENS, unit.unit_id)
    has_routes = held.holds(cov.ROUTES, unit.unit_id)
    has_meds = held.holds(cov.MEDICATIONS, unit.unit_id)
    citizens = store.citizens(unit.unit_id) if has_citizens else []
    vulnerable = store.vulnerable(unit.unit_id)
    routes = store.routes(job.day, unit.unit_id) if has_routes else []
    trees = unit_trees(store.contact_trees(), unit.unit_id)
    vehicles = store.vehicles(unit_id=unit.unit_id)
    days = three_days(job.start_day)
    kept = [
        (key, title)
        for key, title in SECTIONS
        if (key != "routes" or has_routes) and (key != "medication" or has_meds)
    ]
    sections = [(key, f"{i}. {title}") for i, (key, title) in enumerate(kept, 1)]

    sheet.new_page()
    sheet.bookmark("cover", "Forside og indhold", 0)
    sheet.y -= 20
    sheet.text(sheet.left, sheet.y, "Nødpakke", BOLD, 22)
    sheet.y -= 22
    sheet.text(sheet.left, sheet.y, unit_heading(unit, unit.unit_id), BOLD, 15)
    sheet.y -= 10
    for fact in unit_facts(unit):
        sheet.paragraph(fact, REGULAR, 10)
    sheet.space(6)
    route_days = sorted({r.date for r in routes})
    counts = [
        f"Borgere: {len(citizens)}, heraf sårbare: {len(vulnerable)}"
        if has_citizens
        else f"Sårbare borgere: {len(vulnerable)}",
        f"Ruter: {len(routes)}"
        + (f" ({', '.join(format_date_da(d) for d in route_days)})" if route_days else "")
        if has_routes
        else not_held_line("Kørelister", unit),
        f"Køretøjer: {len(vehicles)} · Kontakttræer: {len(trees)}",
        f"Administrationsskemaerne dækker {format_date_da(days[0])} – {format_date_da(days[-1])}."
        if has_meds
        else not_held_line("Medicinlister", unit),
    ]
    for line in counts:
        sheet.paragraph(line, REGULAR, 10)
    sheet.space(14)
    sheet.heading("Indhold", 14)
    for key, title in sections:
        sheet.y -= 16
        sheet.text(sheet.left + 10, sheet.y, title, REGULAR, 11)
        sheet.text_right(sheet.right - 40, sheet.y, "side", REGULAR, 10)
        sheet.draw_late_form(f"toc_{key}", sheet.right, sheet.y)
    sheet.space(14)
    sheet.paragraph(
        "Bogmærkerne i PDF-filen fører til hvert afsnit"
        + (", hver rute og hver borgers medicinliste." if has_meds else "."),
        REGULAR,
        9,
    )

    titles = dict(sections)
    total_steps = 5
    outer, job = job, replace(job, progress=None)  # the sections only check for cancel
    outer.tick(0, total_steps)
    sheet.mark_next_page("sec-contacts", titles["contacts"], 0, page_form="toc_contacts")
    draw_contacts(sheet, job, trees, bookmark_level=1)
    outer.tick(1, total_steps)
    sheet.mark_next_page("sec-vulnerable", titles["vulnerable"], 0, page_form="toc_vulnerable")
    draw_vulnerable(sheet, job, vulnerable)
    outer.tick(2, total_steps)
    visited: set[str] = set()
    if has_routes:
        sheet.mark_next_page("sec-routes", titles["routes"], 0, page_form="toc_routes")
        if routes:
            visited = draw_routes(sheet, job, routes, bookmark_level=1)
        else:
            sheet.new_page()
            sheet.paragraph("Ingen ruter i data for denne enhed.")
    outer.tick(3, total_steps)
    if has_meds:
        sheet.mark_next_page("sec-medication", titles["medication"], 0, page_form="toc_medication")
        names = unit_names(store)
        any_citizen = False
        for subject in citizen_meds(store, citizens, job.start_day, names):
            job.tick(0, 1)
            draw_citizen(sheet, subject, days, bookmark_level=1)
            any_citizen = True
        if not any_citizen:
            sheet.new_page()
            sheet.paragraph("Ingen borgere i data for denne enhed.")
    outer.tick(4, total_steps)
    sheet.mark_next_page("sec-vehicles", titles["vehicles"], 0, page_form="toc_vehicles")
    draw_vehicles(sheet, job, vehicles, store.fuel_stocks())
    outer.tick(5, total_steps)
    ids = {c.citizen_id for c in citizens} | {r.citizen.citizen_id for r in vulnerable} | visited
    return sorted(ids)
