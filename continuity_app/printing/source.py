"""What the packs read from the store, gathered into small picklable pieces."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from continuity_app.domain.models import Citizen, Medication, Unit
from continuity_app.printing.medication import CitizenMeds

if TYPE_CHECKING:
    from continuity_app.store import Store


def active(medication: Medication, day: dt.date) -> bool:
    """Started by ``day`` (or no start given) and not ended before it."""
    started = medication.start_date is None or medication.start_date <= day
    ended = medication.end_date is not None and medication.end_date < day
    return started and not ended


def medication_order(m: Medication) -> tuple[bool, bool, str]:
    """Regular before as-needed, time-critical first, then by drug."""
    return (m.as_needed, not m.time_critical, m.drug.casefold())


def unit_names(store: Store) -> dict[str, str]:
    return {u.unit_id: u.name for u in store.units()}


def unit_label(unit: Unit | None, unit_id: str) -> str:
    if unit is None:
        return unit_id or "uden enhed"
    category = f", kategori {unit.category}" if unit.category else ""
    return f"{unit.name}{category}"


def select_citizens(store: Store, unit_id: str | None, citizen_id: str | None) -> list[Citizen]:
    if citizen_id is not None:
        record = store.citizen(citizen_id)
        return [record.citizen] if record is not None else []
    return list(store.citizens(unit_id))


def citizen_meds(
    store: Store, citizens: list[Citizen], day: dt.date, names: dict[str, str]
) -> Iterator[CitizenMeds]:
    """Each citizen with the medications active on ``day`` (the first day of the 72 hours)."""
    for citizen in citizens:
        meds = sorted(
            (m for m in store.medications(citizen.citizen_id) if active(m, day)),
            key=medication_order,
        )
        yield CitizenMeds(citizen, names.get(citizen.unit_id, citizen.unit_id), tuple(meds))
