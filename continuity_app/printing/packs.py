"""One function per pack: ``(job, out) -> (pages, ids of the citizens on the paper)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from continuity_app.printing.api import PACK_TITLES, PrintError
from continuity_app.printing.contacts import draw_contacts
from continuity_app.printing.emergency import draw_emergency
from continuity_app.printing.lists import draw_vehicles, draw_vulnerable
from continuity_app.printing.medpack import medication_pack
from continuity_app.printing.route import route_pack as draw_route_pack
from continuity_app.printing.sheet import Sheet

if TYPE_CHECKING:
    from continuity_app.printing.api import Job

__all__ = ["contacts_pack", "emergency_pack", "medication_pack", "route_pack",
           "vehicles_pack", "vulnerable_pack"]


def route_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    sheet = Sheet(out, job.stamp, PACK_TITLES["route"])
    citizens = draw_route_pack(job, sheet)
    return sheet.finish(), citizens


def vulnerable_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    sheet = Sheet(out, job.stamp, PACK_TITLES["vulnerable"])
    rows = job.store.vulnerable(job.unit_id)
    draw_vulnerable(sheet, job, rows)
    return sheet.finish(), [r.citizen.citizen_id for r in rows]


def vehicles_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    sheet = Sheet(out, job.stamp, PACK_TITLES["vehicles"])
    draw_vehicles(sheet, job, job.store.vehicles(unit_id=job.unit_id), job.store.fuel_stocks())
    return sheet.finish(), []


def contacts_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    sheet = Sheet(out, job.stamp, PACK_TITLES["contacts"])
    draw_contacts(sheet, job, job.store.contact_trees())
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
    sheet = Sheet(out, job.stamp, f"{PACK_TITLES['emergency']} – {unit.name}")
    citizens = draw_emergency(sheet, job, unit)
    return sheet.finish(), citizens


def overview_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    from continuity_app.crisis.overview import overview_of
    from continuity_app.crisis.vehicles import assigned_ids
    from continuity_app.printing.overview import draw_overview

    sheet = Sheet(out, job.stamp, PACK_TITLES["overview"])
    assigned = assigned_ids(job.options.entries, job.options.now)
    draw_overview(sheet, job, overview_of(job.store, assigned=assigned))
    return sheet.finish(), []


def nearby_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    from continuity_app.crisis.nearby import nearby, parse_point
    from continuity_app.printing.nearby import draw_nearby

    if not job.options.near or job.options.radius_km is None:
        raise PrintError("The nearby pack needs a point (--near UNIT or LAT,LON) and --radius-km.")
    units = job.store.units()
    result = nearby(units, parse_point(job.options.near, units), job.options.radius_km)
    sheet = Sheet(out, job.stamp, PACK_TITLES["nearby"])
    draw_nearby(sheet, job, result)
    return sheet.finish(), []


def callrun_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    import datetime as dt

    from continuity_app.crisis.callrun import run_state
    from continuity_app.crisis.entries import records
    from continuity_app.printing.callrun import draw_callrun

    tree_id = job.options.tree_id
    if not tree_id:
        raise PrintError("The callrun pack is for one contact tree: name it with --tree.")
    tree = job.store.contact_tree(tree_id)
    if tree is None:
        raise PrintError(f"Contact tree '{tree_id}' is not in the data on this laptop.")
    run = run_state(tree, records(job.options.entries), job.options.now or dt.datetime.now(dt.UTC))
    sheet = Sheet(out, job.stamp, f"{PACK_TITLES['callrun']} – {tree.tree_name}")
    draw_callrun(sheet, job, run)
    return sheet.finish(), []


def drill_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    raise PrintError("not yet")


def handover_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    raise PrintError("not yet")
