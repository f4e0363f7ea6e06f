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
from typing import Any

from continuity_app.crisis.entries import Record, records
from continuity_app.domain.models import Vehicle


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


def _is_release(r: Record, now: dt.datetime) -> bool:
    return bool(r.text("until")) and r.moment("until") <= now


def assignments(entries: Iterable[Any], now: dt.datetime | None = None) -> dict[str, Assignment]:
    """vehicle_id -> its current assignment (vehicles not out on a task are absent)."""
    now = now or dt.datetime.now(dt.UTC)
    current: dict[str, Assignment | None] = {}
    for r in records(entries):
        if r.kind != "vehicle" or r.at > now:
            continue
        vid = r.text("vehicle_id")
        if _is_release(r, now):
            current[vid] = None
        elif r.text("task"):
            current[vid] = Assignment(vid, r.text("task"), r.text("driver"),
                                      r.moment("from"), r.initials, r.entry_id, r.drill)
    return {v: a for v, a in current.items() if a is not None}


def assigned_ids(entries: Iterable[Any], now: dt.datetime | None = None) -> frozenset[str]:
    return frozenset(assignments(entries, now))


def board(vehicles: list[Vehicle], entries: Iterable[Any],
          now: dt.datetime | None = None) -> list[BoardLine]:
    """Every vehicle with its assignment, in the store's order (owner unit, registration)."""
    current = assignments(entries, now)
    return [BoardLine(v, current.get(v.vehicle_id)) for v in vehicles]
