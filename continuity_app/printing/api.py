"""``render_pack``: pick the pack, check its arguments, report progress, honour cancel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO

from continuity_app.domain.age import COPENHAGEN
from continuity_app.errors import ExitCode, KnownError
from continuity_app.printing.sheet import Stamp
from continuity_app.progress import Progress
from continuity_app.store import coverage as cov

if TYPE_CHECKING:
    from continuity_app.store import Store

PACKS = ("route", "medication", "vulnerable", "vehicles", "contacts", "emergency",
         "overview", "nearby", "callrun", "drill", "handover")
PACK_TITLES = {
    "route": "Køreliste",
    "medication": "Medicinliste",
    "vulnerable": "Sårbare borgere",
    "vehicles": "Køretøjer og brændstof",
    "contacts": "Kontakttræer",
    "emergency": "Nødpakke",
    "overview": "Overblik",
    "nearby": "Enheder i nærheden",
    "callrun": "Kontakttræ – hvem mangler",
    "drill": "Øvelsesrapport",
    "handover": "Vagtoverlevering",
}

Cancel = Callable[[], bool]


class PrintError(KnownError):
    """A pack cannot be made with these arguments (unknown pack, unit, citizen, date)."""

    exit_code = ExitCode.USAGE


class NotHeld(PrintError):
    """A pack asked for data this laptop does not hold (another unit's, or not in its scope)."""

    exit_code = ExitCode.NOT_HELD


class PrintCancelled(KnownError):
    exit_code = ExitCode.CANCELLED

    def __init__(self) -> None:
        super().__init__("printing was cancelled")


@dataclass(frozen=True, slots=True)
class PackInfo:
    pack: str
    title: str  # Danish, e.g. "Medicinliste"
    pages: int
    citizens: int  # citizens whose data the pack shows (0 for vehicles/contacts)
    unit_id: str | None = None
    date: dt.date | None = None
    citizen_id: str | None = None
    #: Every citizen whose data is on the paper, for the audit log (ids only, never names).
    citizen_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PackOptions:
    """What the crisis staff's packs need beyond unit, date and citizen."""

    near: str | None = None  # nearby: a unit id or "LAT,LON"
    radius_km: float | None = None  # nearby
    tree_id: str | None = None  # callrun: the contact tree
    #: The outage journal's entries (vehicle board, call-tree runs, drills, handover).
    entries: tuple[Any, ...] = ()
    now: dt.datetime | None = None  # the clock the journal packs judge "late" and "due" by


@dataclass
class Job:
    """One pack being made: the store, the arguments, and the progress/cancel hooks."""

    store: Store
    stamp: Stamp
    unit_id: str | None
    day: dt.date | None  # as asked; None = every date the store holds (routes)
    citizen_id: str | None
    progress: Progress | None
    cancel: Cancel | None
    options: PackOptions = field(default_factory=PackOptions)

    @property
    def start_day(self) -> dt.date:
        """The first of the three days the 72-hour grid covers."""
        return self.day or dt.datetime.now(COPENHAGEN).date()

    def tick(self, done: int, total: int) -> None:
        if self.cancel is not None and self.cancel():
            raise PrintCancelled()
        if self.progress is not None:
            self.progress("items", done / total if total else 1.0)


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


#: The kind of data each pack is about (packs of shared data need no check).
PACK_NEEDS = {"route": cov.ROUTES, "medication": cov.MEDICATIONS, "vulnerable": cov.VULNERABLE,
              "emergency": cov.VULNERABLE}


def check_held(store: Store, pack: str, unit_id: str | None) -> None:
    """Refuse a pack for data this laptop does not hold (its scope does not carry it, or it
    is another unit's): a blank page would read as "there is none"."""
    kind = PACK_NEEDS.get(pack)
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
        raise NotHeld(f"This laptop holds the {what} of unit '{coverage.unit_id}' only, not of "
                      f"unit '{unit_id}'; print them from that unit's own data.")


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
    if pack not in PACKS:
        raise PrintError(f"Unknown print pack '{pack}'; choose one of {', '.join(PACKS)}.")
    if unit_id is not None and store.unit(unit_id) is None:
        raise PrintError(f"Unit '{unit_id}' is not in the data on this laptop.")
    if citizen_id is not None and pack not in ("medication", "handover"):
        raise PrintError("--citizen goes with the medication and handover packs only.")
    if citizen_id is not None and store.citizen(citizen_id) is None:
        raise PrintError(f"Citizen '{citizen_id}' is not in the data on this laptop.")
    check_held(store, pack, unit_id)
    job = Job(store, stamp, unit_id, date, citizen_id, progress, cancel, options or PackOptions())
    from continuity_app.printing import crisis_packs, packs

    renderer = {
        "route": packs.route_pack,
        "medication": packs.medication_pack,
        "vulnerable": packs.vulnerable_pack,
        "vehicles": packs.vehicles_pack,
        "contacts": packs.contacts_pack,
        "emergency": packs.emergency_pack,
        "overview": crisis_packs.overview_pack,
        "nearby": crisis_packs.nearby_pack,
        "callrun": crisis_packs.callrun_pack,
        "drill": crisis_packs.drill_pack,
        "handover": crisis_packs.handover_pack,
    }[pack]
    pages, citizen_ids = renderer(job, out)
    if progress is not None:
        progress("done", 1.0)  # every pack ends at 100 %
    return PackInfo(pack, PACK_TITLES[pack], pages, len(citizen_ids), unit_id, date, citizen_id,
                    tuple(citizen_ids))
