"""FHIR R4 in the exchange folder: the shapes HL7's own examples use, mapped as a nurse would read them.

The example files live in tests/data/exchange/fhir/: a Bundle (``*.fhir.json``)
and a bulk export (``*.ndjson``), read beside the CSV files of conftest.BASE.
"""

# ruff: noqa: E501  (expected messages and FHIR snippets are quoted whole)

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from continuity_app.domain.age import COPENHAGEN
from continuity_app.domain.models import Citizen, Dataset, Medication
from continuity_app.exchange import ExchangeResult, read_exchange
from continuity_app.exchange.fhir_access import El, Sink
from continuity_app.exchange.fhir_dosage import DosageFields, daily_slots, map_dosages
from continuity_app.exchange.fhir_dosage_model import parse_dosage
from continuity_app.exchange.problems import ProblemLog

TODAY = dt.date(2026, 11, 27)
DATA = Path(__file__).parents[2] / "data" / "exchange" / "fhir"


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory, exports: Callable[..., Path]) -> ExchangeResult:
    folder = exports(tmp_path_factory.mktemp("fhir") / "exports", {})
    for path in DATA.iterdir():
        shutil.copy(path, folder / path.name)
    return read_exchange(folder, today=TODAY)


@pytest.fixture(scope="module")
def dataset(result: ExchangeResult) -> Dataset:
    assert result.errors == []
    assert result.dataset is not None
    return result.dataset


def med(dataset: Dataset, medication_id: str) -> Medication:
    return next(m for m in dataset.medications if m.medication_id == medication_id)


def citizen(dataset: Dataset, citizen_id: str) -> Citizen:
    return next(c for c in dataset.citizens if c.citizen_id == citizen_id)


def test_as_needed_with_a_reason_and_a_maximum_per_day(dataset: Dataset) -> None:
    m = med(dataset, "MedicationStatement/ms-prn-pain")
    assert m.citizen_id == "pat-vestergaard"
    assert m.drug == "Pinex 500 mg tabletter" and m.atc == "N02BE01"
    assert m.dose_text == "1-2 tabletter ved smerter, højst 4 tabletter i døgnet"
    assert m.as_needed is True
    assert m.indication == "Smerter"  # the as-needed reason, as the resource gives no reasonCode
    assert m.as_needed_max == "maks. 4 tabletter pr. døgn"
    assert m.daily_grid is None  # as needed: nothing is scheduled
    assert m.route == "oral" and m.start_date == dt.date(2026, 10, 1)


def test_time_of_day_fills_the_grid_when_daily(dataset: Dataset) -> None:
    m = med(dataset, "MedicationStatement/ms-time-of-day")
    assert m.daily_grid == (1.0, None, 1.0, None) and m.dose_unit == "stk"
    assert m.dose_text == "1 tablet kl. 8 og kl. 20"
    assert m.indication == "Atrieflimren"
    assert m.time_critical is True  # apixaban: an anticoagulant by its ATC code
    assert m.changed_at == dt.datetime(
        2026, 11, 25, 9, 12, tzinfo=COPENHAGEN
    )  # meta.lastUpdated in Danish time


def test_when_codes_over_two_concurrent_dosages(dataset: Dataset) -> None:
    m = med(dataset, "MedicationRequest/mr-insulin-when")
    assert m.daily_grid == (12.0, None, 8.0, None) and m.dose_unit == "IE"
    assert m.dose_text == "12 IE morgen og 8 IE aften, lige før måltid"  # verbatim, not regenerated
    assert m.drug == "NovoMix 30 FlexPen" and m.route == "subkutan"
    assert m.start_date == dt.date(2026, 9, 14) and m.time_critical is True


def test_contained_medication_without_a_code(dataset: Dataset) -> None:
    m = med(dataset, "MedicationStatement/ms-contained-no-code")
    assert (m.drug, m.active_ingredient, m.strength, m.form) == (
        "Morfin",
        "Morfin",
        "10 mg/ml",
        "oral opløsning",
    )
    assert m.atc == "N02AA01"
    assert m.daily_grid == (2.5, None, None, 2.5) and m.dose_unit == "ml"  # MORN + HS (bedtime → nat)
    assert m.notes == "Apoteksfremstillet"


def test_text_only_dosage_is_kept_verbatim_with_an_empty_grid(dataset: Dataset) -> None:
    m = med(dataset, "MedicationStatement/ms-text-only")
    assert m.dose_text == "1 tablet morgen, ekstra 1 tablet ved vægtøgning over 1 kg"
    assert m.daily_grid is None and m.drug == "Furix 40 mg"


@pytest.mark.parametrize("medication_id", ["ms-says-daily-every-2-days", "ms-weekly-says-daily"])
def test_non_daily_timing_leaves_the_grid_empty_whatever_the_text_says(
    dataset: Dataset, medication_id: str
) -> None:
    m = med(dataset, f"MedicationStatement/{medication_id}")
    assert "dagligt" in m.dose_text or "daily" in m.dose_text
    assert m.daily_grid is None


def test_tapering_over_several_periods_leaves_the_grid_empty(dataset: Dataset) -> None:
    m = med(dataset, "MedicationRequest/mr-prednisolon-taper")
    assert m.daily_grid is None
    assert m.dose_text.startswith("30 mg dagligt i 3 dage, derefter 20 mg")
    assert m.start_date == dt.date(2026, 11, 25) and m.end_date is None
    assert m.citizen_id == "C1"  # the Patient matched citizens.csv by CPR


def test_only_current_medications_and_only_known_resources(dataset: Dataset, result: ExchangeResult) -> None:
    ids = {m.medication_id for m in dataset.medications}
    assert "MedicationStatement/ms-stopped" not in ids
    assert "MedicationRequest/mr-draft" not in ids
    assert len(ids) == 2 + 8 + 3  # CSV rows + the Bundle's current ones + the NDJSON's
    # the Observation is skipped without a word
    assert not any("Observation" in str(p) for p in result.warnings)


def test_new_patient_becomes_a_citizen_with_gp_unit_and_relatives(dataset: Dataset) -> None:
    bodil = citizen(dataset, "pat-vestergaard")
    assert (bodil.first_name, bodil.last_name, bodil.cpr) == ("Bodil Marie", "Vestergaard", "120443-1238")
    assert (bodil.address, bodil.postcode, bodil.city) == ("Østergade 14, 1. th.", "7620", "Lemvig")
    assert bodil.phone == "97 82 33 44"
    assert bodil.unit_id == "U1"  # the Organization's identifier, not its id, is the unit
    assert (bodil.gp_name, bodil.gp_phone) == ("Lise Holm", "97 82 10 20")
    assert bodil.allergies == "Cashewnødder"  # the refuted penicillin allergy is left out
    relatives = [r for r in dataset.relatives if r.citizen_id == "pat-vestergaard"]
    assert [(r.name, r.relation, r.phone) for r in relatives] == [
        ("Henrik Vestergaard", "søn", "21 43 65 87")
    ]


def test_patient_matching_a_csv_citizen_adds_medication_but_not_a_second_citizen(dataset: Dataset) -> None:
    assert [c.citizen_id for c in dataset.citizens].count("C1") == 1
    assert "pat-from-cura" not in {c.citizen_id for c in dataset.citizens}
    assert citizen(dataset, "C1").first_name == "Karen"


def test_ndjson_patient_unit_by_reference_id_and_subject_by_cpr(dataset: Dataset) -> None:
    erik = citizen(dataset, "pat-lund")
    assert erik.unit_id == "U2" and erik.cpr == "050738-2417"
    assert (erik.gp_name, erik.gp_phone) == ("Lægerne i Harboøre", "97 83 40 00")  # a GP Organization
    assert erik.allergies == "Penicillin"  # an AllergyIntolerance line of the export
    madopar = med(dataset, "MedicationRequest/mr-lund-1")
    # 07, 11, 15 and 19: 11 and 15 both fall at "middag", so no grid rather than a wrong one
    assert madopar.daily_grid is None and madopar.time_critical is True
    movicol = med(dataset, "MedicationStatement/ms-lund-by-cpr")
    assert movicol.citizen_id == "C2"  # the subject is a CPR identifier of a citizens.csv row
    assert movicol.dose_text == "1 dosis aften" and movicol.daily_grid == (None, None, 1.0, None)
    assert (
        movicol.dose_text_built is True and movicol.notes == ""
    )  # the flag says it was built, not the notes


def test_medication_referenced_in_another_line_of_the_export(dataset: Dataset) -> None:
    m = med(dataset, "MedicationRequest/mr-lund-2")
    assert (m.drug, m.atc, m.active_ingredient, m.strength, m.form) == (
        "Furix 40 mg tabletter",
        "C03CA01",
        "Furosemid",
        "40 mg",
        "tabletter",
    )
    assert m.daily_grid == (1.0, None, None, None) and m.dose_unit == "stk"


def test_fhir_warnings(result: ExchangeResult) -> None:
    assert [str(w) for w in result.warnings] == [
        "medication-list.fhir.json: 1 MedicationStatement skipped as not current: status stopped",
        "medication-list.fhir.json: 1 MedicationRequest skipped as not current: status draft",
        "medication-list.fhir.json: MedicationStatement/ms-says-daily-every-2-days: Dosage.text: the dose text"
        " says daily, but the structured timing is not daily: the page marks it 'tjek: tekst og skema er forskellige'",
        "bulk-export.ndjson:1: Patient/pat-lund: no_close_relatives: citizen 'pat-lund' has no relatives"
        " listed and is not flagged no_close_relatives",
    ]


# --- faults ---------------------------------------------------------------------------------


def patient(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "resourceType": "Patient",
        "id": "p1",
        "identifier": [{"system": "urn:oid:1.2.208.176.1.2", "value": "0101501239"}],
        "name": [{"family": "Holm", "given": ["Ane"]}],
        "address": [{"line": ["Torvet 1"], "postalCode": "7620", "city": "Lemvig"}],
        "managingOrganization": {"reference": "Organization/U1"},
    }
    base.update(fields)
    return {k: v for k, v in base.items() if v is not None}


def statement(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "resourceType": "MedicationStatement",
        "id": "ms1",
        "status": "active",
        "medicationCodeableConcept": {"text": "Pinex"},
        "subject": {"reference": "Patient/p1"},
        "dosage": [{"text": "1 tablet morgen"}],
    }
    base.update(fields)
    return base


def bundle(*resources: dict[str, Any]) -> str:
    return json.dumps(
        {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": r} for r in resources]}
    )


@pytest.fixture
def read_with(tmp_path: Path, exports: Callable[..., Path]) -> Callable[[dict[str, str]], ExchangeResult]:
    def _read(files: dict[str, str]) -> ExchangeResult:
        return read_exchange(exports(tmp_path / "exports", dict(files)), today=TODAY)

    return _read


ReadWith = Callable[[dict[str, str]], ExchangeResult]


def fhir_errors(result: ExchangeResult) -> list[str]:
    assert result.dataset is None
    return [str(p) for p in result.errors]


def test_bad_cpr_names_file_resource_and_path(read_with: ReadWith) -> None:
    bad = patient(identifier=[{"system": "urn:oid:1.2.208.176.1.2", "value": "3102991234"}])
    result = read_with({"cura.fhir.json": bundle(bad, statement())})
    assert fhir_errors(result) == [
        "cura.fhir.json: Patient/p1: Patient.identifier[0].value: '3102991234' is not a real date"
    ]  # and the statement for the broken Patient is not reported again


def test_unknown_organization(read_with: ReadWith) -> None:
    result = read_with(
        {"p.fhir.json": json.dumps(patient(managingOrganization={"reference": "Organization/X9"}))}
    )
    assert fhir_errors(result) == [
        "p.fhir.json: Patient/p1: Patient.managingOrganization: the organization ('X9') is not a unit_id in units.csv"
    ]


def test_patient_without_address(read_with: ReadWith) -> None:
    result = read_with({"p.fhir.json": json.dumps(patient(address=None))})
    assert fhir_errors(result) == [
        "p.fhir.json: Patient/p1: Patient.address: no address: the route sheets need one"
    ]


def test_subject_that_resolves_nowhere(read_with: ReadWith) -> None:
    result = read_with({"m.fhir.json": json.dumps(statement(subject={"reference": "Patient/ghost"}))})
    assert fhir_errors(result) == [
        "m.fhir.json: MedicationStatement/ms1: MedicationStatement.subject: the subject ('Patient/ghost')"
        " is neither a Patient in the FHIR files nor a citizen in citizens.csv"
    ]


def test_subject_by_id_of_a_csv_citizen(read_with: ReadWith) -> None:
    result = read_with({"m.fhir.json": json.dumps(statement(subject={"reference": "Patient/C2"}))})
    assert result.ok and result.dataset is not None
    assert med(result.dataset, "MedicationStatement/ms1").citizen_id == "C2"


def test_patient_with_a_csv_citizens_id_but_another_cpr(read_with: ReadWith) -> None:
    result = read_with({"p.fhir.json": json.dumps(patient(id="C1"))})
    assert fhir_errors(result) == [
        "p.fhir.json: Patient/C1: Patient.identifier[0].value: the Patient has the id of citizen 'C1'"
        " in citizens.csv but another CPR number"
    ]


def test_invalid_json_line_in_ndjson(read_with: ReadWith) -> None:
    lines = json.dumps(patient()) + "\n" + '{"resourceType": "MedicationStatement", "id": \n'
    result = read_with({"export.ndjson": lines})
    assert fhir_errors(result) == ["export.ndjson:2: not valid JSON: Expecting value (at character 48)"]


def test_deceased_patient_is_skipped_with_its_medication(read_with: ReadWith) -> None:
    result = read_with({"p.fhir.json": bundle(patient(deceasedBoolean=True), statement())})
    assert result.ok and result.dataset is not None
    assert "p1" not in {c.citizen_id for c in result.dataset.citizens}
    assert not any(m.medication_id == "MedicationStatement/ms1" for m in result.dataset.medications)
    assert [str(w) for w in result.warnings] == [
        "p.fhir.json: Patient/p1: skipped: the Patient is marked deceased"
    ]


def test_same_medication_in_two_files_is_a_duplicate(read_with: ReadWith) -> None:
    one = bundle(
        patient(contact=[{"name": {"text": "Ole"}, "telecom": [{"system": "phone", "value": "1"}]}]),
        statement(),
    )
    result = read_with(
        {"a.fhir.json": one, "b.ndjson": json.dumps(statement(subject={"reference": "Patient/C1"}))}
    )
    assert fhir_errors(result) == [
        "b.ndjson:1: MedicationStatement/ms1: id: duplicate medication_id 'MedicationStatement/ms1'"
        " (first at a.fhir.json (MedicationStatement/ms1))"
    ]


def test_medication_without_dosage_is_published_with_a_warning(read_with: ReadWith) -> None:
    result = read_with(
        {"m.fhir.json": json.dumps(statement(subject={"reference": "Patient/C1"}, dosage=None))}
    )
    assert result.ok and result.dataset is not None
    assert med(result.dataset, "MedicationStatement/ms1").dose_text == "Dosering ikke angivet"
    assert [w.column for w in result.warnings] == ["MedicationStatement.dosage"]


# --- the dosage rules, one shape at a time ------------------------------------------------------


@pytest.mark.parametrize(
    ("timing", "slots"),
    [
        ({"repeat": {"when": ["MORN"]}}, [0]),
        ({"repeat": {"frequency": 3, "period": 1, "periodUnit": "d", "when": ["C"]}}, [0, 1, 2]),
        ({"repeat": {"frequency": 1, "period": 24, "periodUnit": "h", "when": ["NIGHT"]}}, [3]),
        ({"code": {"coding": [{"code": "AM"}]}}, [0]),
        ({"repeat": {"timeOfDay": ["22:30:00"]}}, [3]),
        ({"repeat": {"when": ["AFT"]}}, None),  # afternoon has no slot in the Danish grid
        (
            {"repeat": {"frequency": 3, "period": 1, "periodUnit": "d", "when": ["MORN"]}},
            None,
        ),  # 3 a day, 1 slot
        ({"repeat": {"frequency": 1, "period": 1, "periodUnit": "d"}}, None),  # daily, but when?
        ({"repeat": {"frequency": 1, "period": 1, "periodUnit": "wk", "when": ["MORN"]}}, None),
        ({"repeat": {"count": 1, "when": ["MORN"]}}, None),  # a single dose, not a standing one
        ({"repeat": {"when": ["MORN", "ACM"]}}, None),  # two events in one slot
        ({"code": {"coding": [{"code": "BID"}]}}, None),
        (None, None),
    ],
)
def test_daily_slots(timing: dict[str, Any] | None, slots: list[int] | None) -> None:
    dosage = {"timing": timing} if timing is not None else {}
    assert daily_slots(parse_dosage(El(dosage, "Dosage", Sink(ProblemLog(), "t.json", None, "")))) == slots


def dosage_fields(dosages: list[dict[str, Any]]) -> DosageFields:
    log = ProblemLog()
    sink = Sink(log, "t.json", None, "MedicationStatement/t")
    fields = map_dosages([El(d, f"MedicationStatement.dosage[{i}]", sink) for i, d in enumerate(dosages)])
    assert log.errors == []
    return fields


def test_dose_range_gives_no_grid_and_max_per_administration_is_written_out() -> None:
    fields = dosage_fields(
        [
            {
                "text": "1-2 pust morgen",
                "timing": {"repeat": {"when": ["MORN"]}},
                "doseAndRate": [
                    {"doseRange": {"low": {"value": 1, "unit": "puff"}, "high": {"value": 2, "unit": "puff"}}}
                ],
                "maxDosePerAdministration": {"value": 2, "unit": "puff"},
                "maxDosePerPeriod": {
                    "numerator": {"value": 8, "unit": "puff"},
                    "denominator": {"value": 24, "unit": "h", "code": "h"},
                },
            }
        ]
    )
    assert fields.grid == (None, None, None, None)
    assert fields.as_needed_max == "maks. 8 pust pr. døgn; maks. 2 pust pr. gang"


def test_max_per_other_periods() -> None:
    fields = dosage_fields(
        [
            {
                "asNeededBoolean": True,
                "maxDosePerPeriod": {
                    "numerator": {"value": 1, "code": "TAB"},
                    "denominator": {"value": 8, "code": "h"},
                },
            }
        ]
    )
    assert fields.as_needed and fields.as_needed_max == "maks. 1 tablet pr. 8 timer"
    assert fields.dose_text == "efter behov, maks. 1 tablet pr. 8 timer" and fields.dose_text_built


def test_absurdly_nested_json_is_a_problem_not_a_crash(read_with: ReadWith) -> None:
    result = read_with(
        {"deep.fhir.json": "[" * 100_000 + "]" * 100_000, "deep.ndjson": "[" * 100_000 + "]" * 100_000}
    )
    assert fhir_errors(result) == [
        "deep.fhir.json: not valid FHIR: the JSON is nested too deeply",
        "deep.ndjson:1: not valid FHIR: the JSON is nested too deeply",
    ]
