"""``render_pack``: pick the pack, check its arguments, report progress, honour cancel."""

from __future__ import annotations

import datetime as dt
import importlib
from typing import TYPE_CHECKING, BinaryIO, cast

from continuity_app.printing import catalog
from continuity_app.printing.catalog import NAMES as PACKS
from continuity_app.printing.job import (
    Cancel,
    Job,
    NotHeld,
    PackInfo,
    PackOptions,
    PrintError,
    Renderer,
)
from continuity_app.printing.sheet import Stamp
from continuity_app.progress import Progress
from continuity_app.store import coverage as cov

if TYPE_CHECKING:
    from continuity_app.store import Store

__all__ = [
    "PACKS",
    "PACK_TITLES",
    "Job",
    "NotHeld",
    "PackInfo",
    "PackOptions",
    "PrintError",
    "check_held",
    "render_pack",
    "stamp_for",
]

PACK_TITLES = {name: pack.title for name, pack in catalog.PACKS.items()}


def stamp_for(store: Store, printed_at: dt.datetime | None = None) -> Stamp:
    """The stamp for a store: its scope's name and the bundle's creation time."""
    meta = store.meta
    scope = meta.get("scope", "")
    name = meta.get("scope_name", "") or scope
    label = f"{name} ({scope})" if scope and name != scope else name or "Ukendt omfang"
    created = meta.get("created_at", "")
    try:
        as_of = dt.datetime.fromisoformat(created)
    except ValueError:
        as_of = dt.datetime.now(dt.UTC)
        label += " – dataalder ukendt"
    return Stamp(scope_label=label, data_as_of=as_of, printed_at=printed_at)


def check_held(store: Store, pack: str, unit_id: str | None) -> None:
    """Refuse a pack for data this laptop does not hold (its scope does not carry it, or it
    is another unit's): a blank page would read as "there is none"."""
    kind = catalog.PACKS[pack].needs
    if kind is None:
        return
    coverage = store.coverage
    scope = coverage.scope or "unknown"
    if pack == "emergency" and unit_id is None:
        return  # the pack names its unit itself (the laptop's own), or asks for --unit
    what = cov.KIND_NAMES[kind]
    where = "; they are in each unit's own pack" if kind == cov.MEDICATIONS else ""
    if not coverage.holds(kind):
        raise NotHeld(f"The data on this laptop (scope '{scope}') carries no {what}{where}.")
    if not coverage.holds(kind, unit_id):
        raise NotHeld(
            f"This laptop holds the {what} of unit '{coverage.unit_id}' only, not of "
            f"unit '{unit_id}'; print them from that unit's own data."
        )


def render_pack(
    store: Store,
    pack: str,
    out: BinaryIO,
    *,
    unit_id: str | None = None,
    date: dt.date | None = None,
    citizen_id: str | None = None,
    stamp: Stamp,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    options: PackOptions | None = None,
) -> PackInfo:
    """Write the pack as PDF to ``out``; see the package docstring."""
    spec = catalog.PACKS.get(pack)
    if spec is None:
        raise PrintError(f"Unknown print pack '{pack}'; choose one of {', '.join(PACKS)}.")
    if unit_id is not None and store.unit(unit_id) is None:
        raise PrintError(f"Unit '{unit_id}' is not in the data on this laptop.")
    if citizen_id is not None and not spec.per_citizen:
        wanted = " and ".join(n for n, p in catalog.PACKS.items() if p.per_citizen)
        raise PrintError(f"--citizen goes with the {wanted} packs only.")
    if citizen_id is not None and store.citizen(citizen_id) is None:
        raise PrintError(f"Citizen '{citizen_id}' is not in the data on this laptop.")
    check_held(store, pack, unit_id)
    job = Job(store, stamp, unit_id, date, citizen_id, progress, cancel, options or PackOptions())
    pages, citizen_ids = renderer(spec)(job, out)
    if progress is not None:
        progress("done", 1.0)  # every pack ends at 100 %
    return PackInfo(pack, spec.title, pages, len(citizen_ids), unit_id, date, citizen_id, tuple(citizen_ids))


def renderer(spec: catalog.Pack) -> Renderer:
    """The function that draws the pack (imported on first use)."""
    return cast(Renderer, getattr(importlib.import_module(spec.module), spec.function))
