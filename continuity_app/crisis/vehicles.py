"""The vehicle board: which vehicles are out on a task now, from the journal's ``vehicle`` entries.

An entry assigns the vehicle to its ``task`` and ``driver`` (``from`` a time, by
default when it happened); an entry for the same vehicle whose ``until`` is at or
before now releases it (with the ``km`` driven and any fuel drawn, ``stock_id``
and ``litres``). The latest entry of a vehicle decides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from continuity_app.crisis.entries import counting, moment, text
from continuity_app.domain.models import Vehicle
from continuity_app.journal.entry import Entry


@dataclass(frozen=True, slots=True)
class Assignment:
    vehicle_id: str
    task: str
    driver: str
    since: dt.datetime
    initials: str
    entry_id: str
    drill: bool = False


@dataclass(frozen=True, slots=True)
class BoardLine:
    vehicle: Vehicle
    assignment: Assignment | None  # None: not out on a task

    @property
    def status_da(self) -> str:
        if self.assignment is not None:
            a = self.assignment
            return f"På opgave: {a.task}" + (f" ({a.driver})" if a.driver else "")
        if not self.vehicle.is_free:
            return f"Reserveret: {self.vehicle.critical_function}"
        return "LEDIG"


def _is_release(r: Entry, now: dt.datetime) -> bool:
    until = moment(r, "until")
    return until is not None and until <= now


def assignments(entries: Iterable[Entry], now: dt.datetime | None = None) -> dict[str, Assignment]:
    """vehicle_id -> its current assignment (vehicles not out on a task are absent)."""
    now = now or dt.datetime.now(dt.UTC)
    current: dict[str, Assignment | None] = {}
    for r in counting(entries):
        if r.kind != "vehicle" or r.at > now:
            continue
        vid = text(r, "vehicle_id")
        if _is_release(r, now):
            current[vid] = None
        elif text(r, "task"):
            current[vid] = Assignment(
                vid, text(r, "task"), text(r, "driver"), moment(r, "from") or r.at, r.initials, r.id, r.drill
            )
    return {v: a for v, a in current.items() if a is not None}


def assigned_ids(entries: Iterable[Entry], now: dt.datetime | None = None) -> frozenset[str]:
    return frozenset(assignments(entries, now))


def board(
    vehicles: list[Vehicle], entries: Iterable[Entry], now: dt.datetime | None = None
) -> list[BoardLine]:
    """Every vehicle with its assignment, in the store's order (owner unit, registration)."""
    current = assignments(entries, now)
    return [BoardLine(v, current.get(v.vehicle_id)) for v in vehicles]
