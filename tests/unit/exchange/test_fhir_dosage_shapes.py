"""Dosage built from FHIR structure, read as a nurse reads it: the day of a weekly dose, both
periods of a taper, the clock times, the unit (or that it is not stated), as needed and maxima.

The Bundle (tests/data/exchange/fhir-dosage/dosage-shapes.json, named ``.json`` on purpose)
holds MedicationRequests in the shapes of the FHIR R4 Dosage and Timing examples.
"""

# ruff: noqa: E501  (expected dose texts are quoted whole)

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from continuity_app.domain.models import Dataset, DoseSchedule, Medication
from continuity_app.exchange import ExchangeResult, read_exchange

TODAY = dt.date(2026, 11, 27)
SHAPES = Path(__file__).parents[2] / "data" / "exchange" / "fhir-dosage" / "dosage-shapes.json"


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory, exports: Callable[..., Path]) -> ExchangeResult:
    folder = exports(tmp_path_factory.mktemp("shapes") / "exports", {})
    shutil.copy(SHAPES, folder / SHAPES.name)
    return read_exchange(folder, today=TODAY)


@pytest.fixture(scope="module")
def dataset(result: ExchangeResult) -> Dataset:
    assert [str(p) for p in result.errors] == []
    assert result.dataset is not None
    return result.dataset


def med(dataset: Dataset, rid: str) -> Medication:
    return next(m for m in dataset.medications if m.medication_id == f"MedicationRequest/{rid}")


def test_a_weekly_dose_names_its_day_and_is_due_only_then(dataset: Dataset) -> None:
    m = med(dataset, "mr-weekly-sunday")
    assert m.dose_text == "4 tabletter hver søndag"
    assert m.dose_text_built is True  # printed as "dannet ud fra struktureret dosering"
    assert m.schedule is DoseSchedule.NON_DAILY and m.due_weekdays == ("sun",)
    assert m.daily_grid is None


def test_a_two_step_taper_reads_as_a_taper_with_both_lengths(dataset: Dataset) -> None:
    m = med(dataset, "mr-taper-two")
    assert m.dose_text == "6 tabletter morgen i 5 dage, derefter 3 tabletter morgen i 5 dage"
    assert m.schedule is DoseSchedule.NON_DAILY and m.daily_grid is None and m.due_weekdays == ()


def test_a_three_step_taper_is_in_sequence_order_not_file_order(dataset: Dataset) -> None:
    m = med(dataset, "mr-taper-three")
    assert m.dose_text == (
        "40 mg 1 gang dagligt i 3 dage, derefter 20 mg 1 gang dagligt i 3 dage,"
        " derefter 10 mg 1 gang dagligt i 7 dage"
    )
    assert m.schedule is DoseSchedule.NON_DAILY and m.daily_grid is None


def test_time_of_day_gives_the_clock_times_and_no_misleading_grid(dataset: Dataset) -> None:
    m = med(dataset, "mr-time-of-day")
    assert m.dose_text == "1 kapsel kl. 07:00, 11:00, 15:00 og 19:00"
    assert m.clock_times == ("07:00", "11:00", "15:00", "19:00")
    assert m.schedule is DoseSchedule.DAILY
    assert m.daily_grid is None  # 11:00 and 15:00 would both be "middag"
    assert m.time_critical is True and m.dose_mismatch is False


def test_when_codes_of_two_concurrent_dosages_fill_the_grid(dataset: Dataset) -> None:
    m = med(dataset, "mr-when-codes")
    assert m.dose_text == "12 IE før morgenmad samt 8 IE før aftensmad"
    assert m.schedule is DoseSchedule.DAILY
    assert m.daily_grid == (12.0, None, 8.0, None) and m.dose_unit == "IE"


def test_a_dose_range_as_needed_keeps_its_reason_and_maximum(dataset: Dataset) -> None:
    m = med(dataset, "mr-range-prn")
    assert m.dose_text == "1-2 pust, efter behov ved åndenød, maks. 8 pust pr. døgn"
    assert m.as_needed is True and m.schedule is DoseSchedule.AS_NEEDED
    assert m.as_needed_max == "maks. 8 pust pr. døgn" and m.indication == "Åndenød"
    assert m.daily_grid is None


def test_a_dose_without_a_unit_says_so(dataset: Dataset) -> None:
    m = med(dataset, "mr-no-unit")
    assert m.dose_text == "1 (enhed ikke angivet) hver 6. time"
    assert "1 1 gang" not in m.dose_text
    assert m.schedule is DoseSchedule.DAILY and m.daily_grid is None and m.dose_unit == ""


def test_a_dose_without_timing_or_text_is_not_called_daily(dataset: Dataset) -> None:
    m = med(dataset, "mr-no-timing")
    assert m.dose_text == "2 tabletter" and m.dose_text_built
    assert m.schedule is None and m.daily_grid is None


def test_a_source_text_is_its_own_and_says_nothing_of_the_schedule(dataset: Dataset) -> None:
    m = med(dataset, "mr-text-only")
    assert m.dose_text == "Efter INR-skema" and m.dose_text_built is False
    assert m.schedule is None and m.daily_grid is None


def test_every_other_day(dataset: Dataset) -> None:
    m = med(dataset, "mr-every-other-day")
    assert m.dose_text == "1 tablet morgen hver 2. dag"
    assert m.schedule is DoseSchedule.NON_DAILY and m.daily_grid is None and m.due_weekdays == ()


def test_a_text_saying_daily_over_a_weekly_structure_is_flagged(
    dataset: Dataset, result: ExchangeResult
) -> None:
    m = med(dataset, "mr-text-says-daily")
    assert m.dose_text == "1 tablet dagligt" and m.dose_text_built is False  # the source's own words
    assert m.schedule is DoseSchedule.NON_DAILY and m.due_weekdays == (
        "mon",
    )  # the structure still fills the fields
    assert m.dose_mismatch is True
    assert (
        "dosage-shapes.json: MedicationRequest/mr-text-says-daily: Dosage.text: the dose text says daily,"
        " but the structured timing is not daily: the page marks it 'tjek: tekst og skema er forskellige'"
    ) in [str(w) for w in result.warnings]


def test_resources_not_current_are_counted_in_one_warning(dataset: Dataset, result: ExchangeResult) -> None:
    ids = {m.medication_id for m in dataset.medications}
    assert not ids & {"MedicationRequest/mr-stopped", "MedicationRequest/mr-completed"}
    assert (
        "dosage-shapes.json: 2 MedicationRequest skipped as not current: status completed (1), status stopped (1)"
        in [str(w) for w in result.warnings]
    )


def test_explicit_no_known_allergy_versus_not_stated(dataset: Dataset) -> None:
    allergies = {c.citizen_id: c.allergies for c in dataset.citizens}
    assert allergies["p-holm"] == "Ingen kendte allergier"  # AllergyIntolerance SNOMED 716186003
    assert allergies["p-krog"] == "Ingen kendte allergier"  # allergy List, emptyReason nilknown
    assert allergies["p-lind"] == ""  # nothing in the source: not stated, never "none"
