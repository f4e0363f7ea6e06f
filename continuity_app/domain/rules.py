"""Derived facts: why a citizen is vulnerable and by which day they must be visited.

The board's decision (May 2025) defines the vulnerable group as residents of
24-hour institutions plus citizens at home granted help with cooking and
shopping; KL adds the power-dependent and those without close relatives. The exchange
format gives the day-priority rule (docs/exchange-format.md, priority).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from continuity_app.domain.models import Citizen, Residence, Unit, UnitKind


class Reason(StrEnum):
    """One reason a citizen counts as vulnerable. Values are stable ids (stored, printed via labels)."""

    POWER_DEPENDENT = "power_dependent"
    NO_CLOSE_RELATIVES = "no_close_relatives"
    MEAL_SHOPPING_HELP = "meal_shopping_help"
    INSTITUTION = "institution"
    CANNOT_COMMUNICATE = "cannot_communicate"


#: Danish labels for paper and the default UI language.
REASON_LABELS_DA: dict[Reason, str] = {
    Reason.POWER_DEPENDENT: "Strømafhængig",
    Reason.NO_CLOSE_RELATIVES: "Ingen nære pårørende",
    Reason.MEAL_SHOPPING_HELP: "Hjælp til mad/indkøb",
    Reason.INSTITUTION: "Bor på døgninstitution",
    Reason.CANNOT_COMMUNICATE: "Kan ikke kommunikere",
}

INSTITUTION_RESIDENCES = frozenset({Residence.PLEJECENTER, Residence.BOTILBUD})
INSTITUTION_UNIT_KINDS = frozenset({UnitKind.PLEJECENTER, UnitKind.BOTILBUD})

#: Reasons that make a citizen day-1 when the export leaves priority empty (the exchange format).
DAY_ONE_REASONS = frozenset({Reason.POWER_DEPENDENT, Reason.NO_CLOSE_RELATIVES, Reason.CANNOT_COMMUNICATE})


@dataclass(frozen=True, slots=True)
class Vulnerability:
    reasons: tuple[Reason, ...]
    equipment: tuple[str, ...]  # the power-dependent equipment, as exported
    day_priority: int  # 1..3: the day of an outage by which the citizen must be visited

    @property
    def is_vulnerable(self) -> bool:
        return bool(self.reasons)

    def describe_da(self) -> str:
        """E.g. 'Strømafhængig (ilt, el-seng) · Ingen nære pårørende'."""
        parts = []
        for reason in self.reasons:
            label = REASON_LABELS_DA[reason]
            if reason is Reason.POWER_DEPENDENT and self.equipment:
                label += f" ({', '.join(self.equipment)})"
            parts.append(label)
        return " · ".join(parts)


def vulnerability_reasons(citizen: Citizen, unit: Unit | None = None) -> tuple[Reason, ...]:
    """Every reason the citizen is vulnerable, in a fixed order (most urgent first)."""
    reasons: list[Reason] = []
    if citizen.power_dependent:
        reasons.append(Reason.POWER_DEPENDENT)
    if citizen.no_close_relatives:
        reasons.append(Reason.NO_CLOSE_RELATIVES)
    if citizen.cannot_communicate:
        reasons.append(Reason.CANNOT_COMMUNICATE)
    lives_in_institution = citizen.residence in INSTITUTION_RESIDENCES or (
        citizen.residence is None and unit is not None and unit.kind in INSTITUTION_UNIT_KINDS
    )
    if lives_in_institution:
        reasons.append(Reason.INSTITUTION)
    if citizen.meal_shopping_help:
        reasons.append(Reason.MEAL_SHOPPING_HELP)
    return tuple(reasons)


def day_priority(citizen: Citizen, reasons: tuple[Reason, ...]) -> int:
    """The export's priority wins; when empty, day 1 for the power-dependent,
    those without close relatives and those who cannot communicate; day 2 for the
    other vulnerable; day 3 for everyone else."""
    if citizen.priority is not None:
        return citizen.priority
    if DAY_ONE_REASONS.intersection(reasons):
        return 1
    return 2 if reasons else 3


def assess(citizen: Citizen, unit: Unit | None = None) -> Vulnerability:
    reasons = vulnerability_reasons(citizen, unit)
    return Vulnerability(
        reasons=reasons,
        equipment=citizen.power_dependent,
        day_priority=day_priority(citizen, reasons),
    )


class AllergyStatus(StrEnum):
    """What a citizen's allergy field says: absent is not none."""

    NOT_STATED = "not-stated"  # empty: the source does not say ("Allergier: ikke oplyst")
    NONE_KNOWN = "none-known"  # an explicit "no known allergies" ("Ingen kendte allergier")
    STATED = "stated"  # the allergies themselves, shown as written


#: The text the FHIR reader gives a citizen whose source says explicitly that no allergy is
#: known (AllergyIntolerance coded "No known allergy", or an allergy List empty as nilknown).
NO_KNOWN_ALLERGIES_DA = "Ingen kendte allergier"

#: Explicit "none" as exports write it (compared lower-cased, inner spaces collapsed,
#: trailing full stop or dash dropped). Only whole values: "ingen penicillin" is an allergy text.
_EXPLICIT_NONE = frozenset(
    {
        "ingen",
        "ingen kendte",
        "ingen kendte allergier",
        "ingen allergier",
        "ingen kendt allergi",
        "nej",
        "none",
        "none known",
        "no known allergies",
        "nka",
        "nkda",
    }
)


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower()).rstrip(" .-–")


def allergy_status(text: str) -> AllergyStatus:
    """Empty → NOT_STATED; ``ingen`` / ``ingen kendte`` / ``nej`` (any case) and the FHIR
    reader's :data:`NO_KNOWN_ALLERGIES_DA` → NONE_KNOWN; anything else → STATED."""
    normal = _normalise(text)
    if not normal:
        return AllergyStatus.NOT_STATED
    if normal in _EXPLICIT_NONE:
        return AllergyStatus.NONE_KNOWN
    return AllergyStatus.STATED
