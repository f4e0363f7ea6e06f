"""The crisis staff's packs: ``(job, out) -> (pages, ids of the citizens on the paper)``."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, BinaryIO

from continuity_app.crisis.entries import counting
from continuity_app.printing.catalog import title
from continuity_app.printing.job import PrintError
from continuity_app.printing.sheet import Sheet

if TYPE_CHECKING:
    from continuity_app.domain.models import Vehicle
    from continuity_app.printing.job import Job


def on_task(job: Job, vehicles: list[Vehicle]) -> dict[str, str]:
    """The vehicle board's current assignments, as the vehicles pack prints them."""
    if not job.options.entries:
        return {}
    from continuity_app.crisis.vehicles import board

    return {
        line.vehicle.vehicle_id: line.status_da
        for line in board(vehicles, job.options.entries, job.options.now)
        if line.assignment is not None
    }


def overview_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    from continuity_app.crisis.overview import overview_of
    from continuity_app.crisis.vehicles import assigned_ids
    from continuity_app.printing.overview import draw_overview

    sheet = Sheet(out, job.stamp, title("overview"))
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
    sheet = Sheet(out, job.stamp, title("nearby"))
    draw_nearby(sheet, job, result)
    return sheet.finish(), []


def callrun_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    from continuity_app.crisis.callrun import run_state
    from continuity_app.printing.callrun import draw_callrun

    tree_id = job.options.tree_id
    if not tree_id:
        raise PrintError("The callrun pack is for one contact tree: name it with --tree.")
    tree = job.store.contact_tree(tree_id)
    if tree is None:
        raise PrintError(f"Contact tree '{tree_id}' is not in the data on this laptop.")
    run = run_state(tree, counting(job.options.entries), job.options.now or dt.datetime.now(dt.UTC))
    sheet = Sheet(out, job.stamp, f"{title('callrun')} – {tree.tree_name}")
    draw_callrun(sheet, job, run)
    return sheet.finish(), []


def drill_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    from continuity_app.crisis.drill import drill_report
    from continuity_app.printing.drill import draw_drill

    report = drill_report(
        counting(job.options.entries), job.store.contact_tree, job.options.now or dt.datetime.now(dt.UTC)
    )
    sheet = Sheet(out, job.stamp, title("drill"))
    draw_drill(sheet, job, report)
    return sheet.finish(), []


def handover_pack(job: Job, out: BinaryIO) -> tuple[int, list[str]]:
    from continuity_app.crisis.handover import handover
    from continuity_app.printing.handover import draw_handover

    if job.store.counts().get("routes", 0) == 0 and job.store.counts().get("medications", 0) == 0:
        raise PrintError(
            "The handover is for a care unit: the data on this laptop holds no routes or medication lists."
        )
    now = job.options.now or dt.datetime.now(dt.UTC)
    result = handover(
        job.store, job.options.entries, job.start_day, now, unit_id=job.unit_id, citizen_id=job.citizen_id
    )
    sheet = Sheet(out, job.stamp, title("handover"))
    draw_handover(sheet, job, result)
    return sheet.finish(), result.citizen_ids
