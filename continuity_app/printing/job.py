"""What a pack renderer is given and may raise: the job, its options, the errors.

Renderers import this module, never :mod:`continuity_app.printing.api` (which imports
them): see :mod:`continuity_app.printing.catalog`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

from continuity_app.domain.age import COPENHAGEN
from continuity_app.errors import Cancelled, ExitCode, KnownError
from continuity_app.printing.sheet import Stamp
from continuity_app.progress import Progress

if TYPE_CHECKING:
    from continuity_app.store import Store

Cancel = Callable[[], bool]


class PrintError(KnownError):
    """A pack cannot be made with these arguments (unknown pack, unit, citizen, date)."""

    exit_code = ExitCode.USAGE


class NotHeld(PrintError):
    """A pack asked for data this laptop does not hold (another unit's, or not in its scope)."""

    exit_code = ExitCode.NOT_HELD


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
class Municipality:
    """One enrolment of a laptop that holds several (one per publisher, ``enroll --add``)."""

    name: str  # the enrolment's name: it qualifies ids on the paper (``skive:kt-1``)
    label: str  # on the paper, e.g. "skive"
    store: Store


@dataclass(frozen=True, slots=True)
class PackOptions:
    """What the crisis staff's packs need beyond unit, date and citizen."""

    near: str | None = None  # nearby: a unit id or "LAT,LON"
    radius_km: float | None = None  # nearby
    tree_id: str | None = None  # callrun: the contact tree
    #: The outage journal's entries (vehicle board, call-tree runs, drills, handover).
    entries: tuple[Any, ...] = ()
    now: dt.datetime | None = None  # the clock the journal packs judge "late" and "due" by
    #: Every enrolment of a laptop with several, the job's own store first: the vehicles and
    #: contacts packs print them all together, each row naming its municipality. The journal
    #: ``entries`` are the first's (its vehicle board), never laid over another's ids.
    municipalities: tuple[Municipality, ...] = ()


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
            raise Cancelled("printing was cancelled")
        if self.progress is not None:
            self.progress("items", done / total if total else 1.0)


class Renderer(Protocol):
    """A pack's drawing function: the PDF into ``out``; (pages, ids of the citizens on it)."""

    def __call__(self, job: Job, out: BinaryIO, /) -> tuple[int, list[str]]: ...
