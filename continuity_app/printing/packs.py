"""One function per pack: ``(job, out) -> (pages, ids of the citizens on the paper)``."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, BinaryIO

from continuity_app.printing.catalog import title
from continuity_app.printing.contacts import draw_contacts
from continuity_app.printing.crisis_packs import on_task
from continuity_app.printing.emergency import draw_emergency
from continuity_app.printing.job import PrintError
from continuity_app.printing.lists import draw_vehicles, draw_vulnerable
from continuity_app.printing.medpack import medication_pack
from continuity_app.printing.route import route_pack as draw_route_pack
from continuity_app.printing.sheet import Sheet

if TYPE_CHECKING:
    from continuity_app.printing.job import Job, Municipality

__all__ = [
    "contacts_pack",
    "emergency_pack",
    "medication_pack",
    "route_pack",
    "vehicles_pack",
    "vulnerable_pack",
]


def route_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    sheet = Sheet(out, job.stamp, title("route"))
    citizens = draw_route_pack(job, sheet)
    return sheet.finish(), citizens


def vulnerable_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    sheet = Sheet(out, job.stamp, title("vulnerable"))
    rows = job.store.vulnerable(job.unit_id)
    draw_vulnerable(sheet, job, rows)
    return sheet.finish(), [r.citizen.citizen_id for r in rows]


def each_municipality(job: Job) -> list[tuple[Municipality | None, Job]]:
    """The job once per municipality when the laptop's enrolments are printed together, else
    the job alone. Each part reads its own store; only the first keeps the journal's entries
    (its vehicle board names its own vehicles' ids, which another municipality may reuse)."""
    towns = job.options.municipalities
    if len(towns) <= 1 or job.unit_id is not None:
        return [(None, job)]
    return [
        (
            town,
            replace(
                job,
                store=town.store,
                options=replace(job.options, entries=job.options.entries if index == 0 else ()),
            ),
        )
        for index, town in enumerate(towns)
    ]


def vehicles_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    sheet = Sheet(out, job.stamp, title("vehicles"))
    for town, part in each_municipality(job):
        vehicles = part.store.vehicles(unit_id=part.unit_id)
        draw_vehicles(
            sheet, part, vehicles, part.store.fuel_stocks(), on_task=on_task(part, vehicles), town=town
        )
    return sheet.finish(), []


def contacts_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    sheet = Sheet(out, job.stamp, title("contacts"))
    for town, part in each_municipality(job):
        draw_contacts(sheet, part, part.store.contact_trees(), town=town)
    return sheet.finish(), []


def emergency_unit_id(job: Job) -> str:
    """The asked unit, else the laptop's scope when that is a unit."""
    if job.unit_id is not None:
        return job.unit_id
    scope = job.store.meta.get("scope", "")
    if scope and job.store.unit(scope) is not None:
        return scope
    raise PrintError("The emergency pack is for one unit: name it with --unit.")


def emergency_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    unit = job.store.unit(emergency_unit_id(job))
    assert unit is not None
    sheet = Sheet(out, job.stamp, f"{title('emergency')} – {unit.name}")
    citizens = draw_emergency(sheet, job, unit)
    return sheet.finish(), citizens
