"""Small frozen rows the store's queries return beside the domain dataclasses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from continuity_app.domain.models import (
    Citizen,
    ContactNode,
    Medication,
    Relative,
    Route,
    Unit,
    Visit,
)
from continuity_app.domain.rules import Vulnerability


@dataclass(frozen=True, slots=True)
class CitizenHit:
    """One search result: enough to show a line and open the citizen."""

    citizen_id: str
    name: str  # "first last"
    address: str
    postcode: str
    city: str
    cpr: str  # "" in the krisestab scope
    phone: str
    unit_id: str
    unit_name: str
    day_priority: int
    is_vulnerable: bool


def is_active(medication: Medication, today: dt.date) -> bool:
    """Started (or no start given) and not yet ended."""
    started = medication.start_date is None or medication.start_date <= today
    ended = medication.end_date is not None and medication.end_date < today
    return started and not ended


@dataclass(frozen=True, slots=True)
class CitizenRecord:
    """A citizen with everything about them, as the citizen screen shows it."""

    citizen: Citizen
    unit: Unit | None
    relatives: list[Relative]  # primary first, then by name
    medications: list[Medication]  # active first; then regular before as-needed, time-critical first, by drug
    vulnerability: Vulnerability
    visits: list[tuple[Route, Visit]]  # upcoming (today or later), by date and start time
    today: dt.date  # the day "active" and "upcoming" were judged against

    def is_active(self, medication: Medication) -> bool:
        return is_active(medication, self.today)

    @property
    def active_medications(self) -> list[Medication]:
        return [m for m in self.medications if is_active(m, self.today)]

    @property
    def primary_relative(self) -> Relative | None:
        return self.relatives[0] if self.relatives and self.relatives[0].primary else None


@dataclass(frozen=True, slots=True)
class VisitRow:
    """One line of a route sheet."""

    visit: Visit
    citizen: Citizen
    time_critical: list[Medication]  # the citizen's time-critical medicines, by drug

    @property
    def allergies(self) -> str:
        return self.citizen.allergies

    @property
    def key_info(self) -> str:
        return self.citizen.key_info


@dataclass(frozen=True, slots=True)
class VulnerableRow:
    citizen: Citizen
    unit: Unit | None
    vulnerability: Vulnerability
    relative_phone: str | None  # the primary relative's phone (None in krisestab: no relatives)


@dataclass(frozen=True, slots=True)
class ContactTreeNode:
    node: ContactNode
    children: list[ContactTreeNode] = field(default_factory=list)  # by position, then name
    deputy: ContactNode | None = None  # who to call when this node cannot be reached


@dataclass(frozen=True, slots=True)
class ContactTree:
    tree_id: str
    tree_name: str
    roots: list[ContactTreeNode]

    def walk(self) -> list[tuple[int, ContactTreeNode]]:
        """Every node depth-first in call order, with its depth (roots are 0)."""
        out: list[tuple[int, ContactTreeNode]] = []
        stack = [(0, n) for n in reversed(self.roots)]
        while stack:
            depth, node = stack.pop()
            out.append((depth, node))
            stack.extend((depth + 1, c) for c in reversed(node.children))
        return out
