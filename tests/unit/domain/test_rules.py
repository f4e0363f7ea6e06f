"""Who counts as vulnerable, and by which day of an outage they must be visited."""

from __future__ import annotations

import dataclasses

import pytest

from continuity_app.domain.models import Citizen, Residence, Unit, UnitKind
from continuity_app.domain.rules import (
    NO_KNOWN_ALLERGIES_DA,
    AllergyStatus,
    Reason,
    allergy_status,
    assess,
)

BASE = Citizen(
    citizen_id="c1", first_name="Åse", last_name="Sønderskov", address="Vestergade 1", unit_id="u1"
)
HOME_CARE = Unit(unit_id="u1", name="Hjemmeplejen Nord", kind=UnitKind.HJEMMEPLEJE)
NURSING_HOME = Unit(unit_id="u2", name="Plejecenter Fjordly", kind=UnitKind.PLEJECENTER)


def citizen(**changes: object) -> Citizen:
    return dataclasses.replace(BASE, **changes)  # type: ignore[arg-type]


def test_a_citizen_at_home_with_no_flags_is_not_vulnerable_and_day_three() -> None:
    v = assess(citizen(), HOME_CARE)
    assert not v.is_vulnerable
    assert v.day_priority == 3


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"power_dependent": ("ilt",)}, Reason.POWER_DEPENDENT),
        ({"no_close_relatives": True}, Reason.NO_CLOSE_RELATIVES),
        ({"cannot_communicate": True}, Reason.CANNOT_COMMUNICATE),
    ],
)
def test_the_spec_day_one_groups_get_day_one_when_priority_is_empty(changes, reason) -> None:
    v = assess(citizen(**changes), HOME_CARE)
    assert v.reasons == (reason,)
    assert v.day_priority == 1


def test_meal_and_shopping_help_is_vulnerable_but_not_day_one() -> None:
    v = assess(citizen(meal_shopping_help=True), HOME_CARE)
    assert v.reasons == (Reason.MEAL_SHOPPING_HELP,)
    assert v.day_priority == 2


def test_residents_of_24_hour_institutions_are_vulnerable_by_residence_or_by_unit() -> None:
    assert Reason.INSTITUTION in assess(citizen(residence=Residence.BOTILBUD), HOME_CARE).reasons
    assert Reason.INSTITUTION in assess(citizen(unit_id="u2"), NURSING_HOME).reasons
    # An explicit "eget hjem" wins over the unit's kind.
    at_home = citizen(unit_id="u2", residence=Residence.EGET_HJEM)
    assert Reason.INSTITUTION not in assess(at_home, NURSING_HOME).reasons


def test_an_explicit_priority_from_the_export_wins() -> None:
    v = assess(citizen(power_dependent=("respirator",), priority=2), HOME_CARE)
    assert v.day_priority == 2
    assert v.is_vulnerable


def test_the_danish_description_names_the_equipment() -> None:
    v = assess(citizen(power_dependent=("ilt", "el-seng"), no_close_relatives=True), HOME_CARE)
    assert v.describe_da() == "Strømafhængig (ilt, el-seng) · Ingen nære pårørende"


# --- allergies: absent is not none ---------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\t", "-", "–"])  # a dash says nothing either
def test_an_empty_allergy_field_is_not_stated(text: str) -> None:
    assert allergy_status(text) is AllergyStatus.NOT_STATED


@pytest.mark.parametrize(
    "text", ["ingen", "Ingen", "INGEN KENDTE", "ingen  kendte.", "nej", "Nej", NO_KNOWN_ALLERGIES_DA]
)
def test_only_an_explicit_value_is_none_known(text: str) -> None:
    assert allergy_status(text) is AllergyStatus.NONE_KNOWN


@pytest.mark.parametrize("text", ["Penicillin", "ingen penicillin", "nødder, nej ikke jordnødder"])
def test_anything_else_is_an_allergy_text(text: str) -> None:
    assert allergy_status(text) is AllergyStatus.STATED
