"""What the packs read from the store, gathered into small picklable pieces."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from continuity_app.domain.models import Citizen
from continuity_app.printing.medication import CitizenMeds
from continuity_app.store.views import is_active

if TYPE_CHECKING:
    from continuity_app.store import Store


def unit_names(store: Store) -> dict[str, str]:
    return {u.unit_id: u.name for u in store.units()}


def select_citizens(store: Store, unit_id: str | None, citizen_id: str | None) -> list[Citizen]:
    if citizen_id is not None:
        record = store.citizen(citizen_id)
        return [record.citizen] if record is not None else []
    return list(store.citizens(unit_id))


def citizen_meds(
    store: Store, citizens: list[Citizen], day: dt.date, names: dict[str, str]
) -> Iterator[CitizenMeds]:
    """Each citizen with the medications active on ``day`` (the first day of the 72 hours),
    in the store's order: regular before as-needed, time-critical first, then by drug."""
    for citizen in citizens:
        meds = [m for m in store.medications(citizen.citizen_id, today=day) if is_active(m, day)]
        yield CitizenMeds(citizen, names.get(citizen.unit_id, citizen.unit_id), tuple(meds))
