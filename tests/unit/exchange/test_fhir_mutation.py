"""Field-mutation fuzz of the FHIR reader: take valid resources, put one field (at any depth)
to every JSON type it is not, and read the folder.

Every outcome must be either a dataset or errors that name the file, the NDJSON line and
the resource — never an exception. A wrong type is never read quietly as "not given": a
mutation that gives no error must leave the published data exactly as it was (the field
is one the reader does not read), or be ``null`` (which FHIR reads as absent).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from continuity_app.domain.models import Dataset
from continuity_app.exchange import ExchangeResult, read_exchange

TODAY = dt.date(2026, 11, 27)
FILE = "eksport.ndjson"
BUNDLE_FILE = "samling.json"  # named .json: read because its resourceType is FHIR
CPR = "urn:oid:1.2.208.176.1.2"
UNITS = "unit_id;name\nU1;Hjemmeplejen Vest\n"

ORGANIZATION: dict[str, Any] = {
    "resourceType": "Organization",
    "id": "org1",
    "identifier": [{"system": "urn:kommune:enhed", "value": "U1"}],
    "name": "Hjemmeplejen Vest",
}
PRACTITIONER: dict[str, Any] = {
    "resourceType": "Practitioner",
    "id": "gp1",
    "name": [{"use": "official", "family": "Lægesen", "given": ["Lise"]}],
    "telecom": [{"system": "phone", "value": "+45 70 10 20 30", "use": "work"}],
}
PATIENT: dict[str, Any] = {
    "resourceType": "Patient",
    "id": "p1",
    "active": True,
    "identifier": [{"system": CPR, "value": "0101501234"}],
    "name": [{"use": "official", "family": "Sønderskov", "given": ["Karen", "Marie"]}],
    "telecom": [{"system": "phone", "value": "20304050", "use": "mobile"}],
    "address": [{"use": "home", "line": ["Vestergade 3"], "postalCode": "7620", "city": "Lemvig"}],
    "managingOrganization": {"reference": "Organization/org1"},
    "generalPractitioner": [{"reference": "Practitioner/gp1"}],
    "contact": [
        {
            "relationship": [{"text": "datter"}],
            "name": {"family": "Sønderskov", "given": ["Mette"]},
            "telecom": [{"system": "phone", "value": "21222324"}],
        }
    ],
}
MEDICATION: dict[str, Any] = {
    "resourceType": "Medication",
    "id": "med1",
    "code": {"coding": [{"system": "http://www.whocc.no/atc", "code": "L01BA01"}], "text": "Methotrexat"},
    "form": {"text": "tablet"},
    "ingredient": [
        {
            "itemCodeableConcept": {"text": "methotrexat"},
            "strength": {
                "numerator": {"value": 2.5, "unit": "mg"},
                "denominator": {"value": 1, "unit": "tablet"},
            },
        }
    ],
}
WEEKLY: dict[str, Any] = {
    "resourceType": "MedicationRequest",
    "id": "mr1",
    "status": "active",
    "intent": "order",
    "meta": {"lastUpdated": "2026-11-20T08:00:00+01:00"},
    "medicationReference": {"reference": "Medication/med1"},
    "subject": {"reference": "Patient/p1"},
    "authoredOn": "2026-11-01",
    "reasonCode": [{"text": "leddegigt"}],
    "note": [{"text": "tages med et glas vand"}],
    "dosageInstruction": [
        {
            "sequence": 1,
            "timing": {
                "repeat": {
                    "frequency": 1,
                    "period": 1,
                    "periodUnit": "wk",
                    "dayOfWeek": ["sun"],
                    "boundsPeriod": {"start": "2026-11-01"},
                }
            },
            "route": {"text": "oral"},
            "doseAndRate": [{"doseQuantity": {"value": 4, "unit": "tablet"}}],
        }
    ],
}
TAPER: dict[str, Any] = {
    "resourceType": "MedicationStatement",
    "id": "ms1",
    "status": "active",
    "medicationCodeableConcept": {"text": "Prednisolon 5 mg"},
    "subject": {"identifier": {"system": CPR, "value": "010150-1234"}},
    "effectivePeriod": {"start": "2026-11-20", "end": "2026-11-30"},
    "dosage": [
        {
            "sequence": 1,
            "timing": {
                "repeat": {
                    "when": ["MORN"],
                    "frequency": 1,
                    "period": 1,
                    "periodUnit": "d",
                    "boundsDuration": {"value": 5, "unit": "d"},
                }
            },
            "doseAndRate": [{"doseQuantity": {"value": 6, "unit": "tablet"}}],
        },
        {
            "sequence": 2,
            "timing": {"repeat": {"timeOfDay": ["08:00:00"], "boundsDuration": {"value": 5, "unit": "d"}}},
            "doseAndRate": [
                {"doseRange": {"low": {"value": 2, "unit": "tablet"}, "high": {"value": 3, "unit": "tablet"}}}
            ],
        },
    ],
}
AS_NEEDED: dict[str, Any] = {
    "resourceType": "MedicationStatement",
    "id": "ms2",
    "status": "active",
    "medicationCodeableConcept": {
        "coding": [{"system": "http://www.whocc.no/atc", "code": "N02BE01", "display": "Panodil"}]
    },
    "subject": {"reference": "Patient/p1"},
    "dosage": [
        {
            "asNeededCodeableConcept": {"text": "smerter"},
            "doseAndRate": [{"doseQuantity": {"value": 1, "unit": "g"}}],
            "maxDosePerPeriod": {
                "numerator": {"value": 4, "unit": "g"},
                "denominator": {"value": 1, "unit": "d"},
            },
            "maxDosePerAdministration": {"value": 1, "unit": "g"},
            "additionalInstruction": [{"text": "ikke sammen med alkohol"}],
        }
    ],
}
ALLERGY: dict[str, Any] = {
    "resourceType": "AllergyIntolerance",
    "id": "a1",
    "clinicalStatus": {"coding": [{"code": "active"}]},
    "code": {"text": "Penicillin"},
    "patient": {"reference": "Patient/p1"},
}
NO_ALLERGY_LIST: dict[str, Any] = {
    "resourceType": "List",
    "id": "l1",
    "status": "current",
    "mode": "snapshot",
    "code": {"coding": [{"system": "http://loinc.org", "code": "48765-2"}]},
    "subject": {"reference": "Patient/p2"},
    "emptyReason": {"coding": [{"code": "nilknown"}]},
}
SECOND_PATIENT: dict[str, Any] = {
    "resourceType": "Patient",
    "id": "p2",
    "name": [{"text": "Åge Ørum"}],
    "address": [{"line": ["Solgården 1"]}],
    "managingOrganization": {"reference": "Organization/U1", "identifier": {"value": "U1"}},
}

RESOURCES = [
    ORGANIZATION,
    PRACTITIONER,
    PATIENT,
    MEDICATION,
    WEEKLY,
    TAPER,
    AS_NEEDED,
    ALLERGY,
    NO_ALLERGY_LIST,
    SECOND_PATIENT,
]

#: One value of every JSON type: null, bool, number (whole and not), string, list, object.
WRONG: tuple[object, ...] = (None, True, 7, 2.5, "x", [], ["x"], [{}], {}, {"value": "x"})


def json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


def paths(node: object, prefix: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """The path of every value inside ``node`` (not ``node`` itself), at any depth."""
    items: list[tuple[str | int, object]] = []
    if isinstance(node, dict):
        items = list(node.items())
    elif isinstance(node, list):
        items = list(enumerate(node))
    for key, child in items:
        yield (*prefix, key)
        yield from paths(child, (*prefix, key))


def get(node: Any, path: tuple[str | int, ...]) -> Any:
    for key in path:
        node = node[key]
    return node


def mutated(resource: dict[str, Any], path: tuple[str | int, ...], value: object) -> dict[str, Any]:
    out = copy.deepcopy(resource)
    parent = get(out, path[:-1])
    parent[path[-1]] = copy.deepcopy(value)
    return out


def mutations(resources: list[dict[str, Any]]) -> Iterator[tuple[int, tuple[str | int, ...], object]]:
    """(which resource, which field, which wrong value) for every field and every other JSON type."""
    for i, resource in enumerate(resources):
        for path in paths(resource):
            original = get(resource, path)
            for value in WRONG:
                if json_kind(value) == json_kind(original) and value != original:
                    continue  # the same type: not a wrong type
                if value == original:
                    continue
                yield i, path, value


def read_ndjson(folder: Path, resources: list[dict[str, Any]]) -> ExchangeResult:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "units.csv").write_text(UNITS, encoding="utf-8")
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in resources)
    (folder / FILE).write_text(text, encoding="utf-8")
    return read_exchange(folder, today=TODAY)


def label(resource: dict[str, Any]) -> str:
    return f"{resource['resourceType']}/{resource['id']}"


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    result = read_ndjson(tmp_path_factory.mktemp("base"), RESOURCES)
    assert [str(p) for p in result.errors] == []
    assert result.dataset is not None
    data = result.dataset
    # The resources are read at all (else the fuzz would test nothing).
    assert {c.citizen_id for c in data.citizens} == {"p1", "p2"}
    assert {m.medication_id for m in data.medications} == {
        "MedicationRequest/mr1",
        "MedicationStatement/ms1",
        "MedicationStatement/ms2",
    }
    karen = next(c for c in data.citizens if c.citizen_id == "p1")
    assert karen.allergies == "Penicillin" and karen.gp_name and data.relatives
    return data


def carries_nothing(value: object) -> bool:
    """null, or lists and objects with nothing in them: FHIR JSON reads these as absent."""
    if isinstance(value, list):
        return all(carries_nothing(v) for v in value)
    if isinstance(value, dict):
        return all(carries_nothing(v) for v in value.values())
    return value is None


def judge(result: ExchangeResult, baseline: Dataset, resources: list[dict[str, Any]], value: object) -> str:
    """ "" when the outcome is honest, else what is wrong with it."""
    if result.ok != (result.dataset is not None) or bool(result.errors) == (result.dataset is not None):
        return "neither a dataset nor errors (or both)"
    for problem in result.errors:
        if problem.file != FILE or problem.line is None or not 1 <= problem.line <= len(resources):
            return f"an error not located at a line of {FILE}: {problem}"
        resource = resources[problem.line - 1]  # the resource on the line the error names
        kind, ident = resource.get("resourceType"), resource.get("id")
        if not isinstance(kind, str):  # no resource type to name: the line is all there is
            named = problem.resource is None
        elif not isinstance(ident, str):
            named = problem.resource == kind
        else:
            named = problem.resource == f"{kind}/{ident}"
        if problem.column is not None and isinstance(kind, str):
            named = named and problem.column.startswith(kind)
        if not named or not problem.reason:
            return f"an error that does not name the resource on line {problem.line}: {problem}"
    if not result.errors and not carries_nothing(value) and result.dataset != baseline:
        return "a wrong type was read quietly: the data changed and no error says why"
    return ""


def test_every_wrong_type_in_every_field_is_located_never_a_crash(baseline: Dataset, tmp_path: Path) -> None:
    failures: list[str] = []
    count = 0
    for n, (i, path, value) in enumerate(mutations(RESOURCES)):
        resources = list(RESOURCES)
        resources[i] = mutated(RESOURCES[i], path, value)
        where = f"{label(RESOURCES[i])} {'.'.join(map(str, path))} = {json.dumps(value)}"
        try:
            result = read_ndjson(tmp_path / str(n), resources)
        except Exception as exc:  # the point of the test: report, do not stop at the first
            failures.append(f"{where}: {type(exc).__name__}: {exc}")
            continue
        count += 1
        if why := judge(result, baseline, resources, value):
            failures.append(f"{where}: {why}")
    assert count > 500  # every field of every resource was tried
    assert failures == []


def test_a_wrong_type_in_a_field_the_reader_reads_is_an_error(tmp_path: Path) -> None:
    """The judge above is not too kind: a known read field of a wrong type is reported."""
    resources = list(RESOURCES)
    resources[4] = mutated(WEEKLY, ("dosageInstruction", 0, "timing", "repeat", "dayOfWeek"), "sun")
    result = read_ndjson(tmp_path, resources)
    assert result.dataset is None
    assert [str(p) for p in result.errors] == [
        f"{FILE}:5: MedicationRequest/mr1: MedicationRequest.dosageInstruction[0].timing.repeat.dayOfWeek: "
        "not valid FHIR: a list is expected here, not a string"
    ]


def test_every_problem_of_a_resource_is_reported_at_once(tmp_path: Path) -> None:
    """A missing address does not hide an unknown unit, nor a name of the wrong type."""
    patient = {k: v for k, v in SECOND_PATIENT.items() if k != "address"}
    patient = mutated(patient, ("managingOrganization",), {"reference": "Organization/U9"})
    patient = mutated(patient, ("name", 0, "text"), 7)
    result = read_ndjson(tmp_path, [*RESOURCES[:-1], patient])
    shown = sorted(str(p) for p in result.errors)
    where = f"{FILE}:10: Patient/p2: "
    assert shown == [
        where + "Patient.address: no address: the route sheets need one",
        where + "Patient.managingOrganization: the organization ('U9') is not a unit_id in units.csv",
        where + "Patient.name[0].text: not valid FHIR: a string is expected here, not a number",
        where + "Patient.name[0]: the name is empty",
    ]


def test_numbers_json_does_not_allow_or_fhir_does_not_allow_here_are_located(tmp_path: Path) -> None:
    """``NaN`` and ``Infinity`` (which Python's json reads, JSON does not), and a negative dose,
    a zero frequency or period: an error at the line, never a crash, never read as a dose."""
    failures = []
    tried = 0
    for i, resource in enumerate(RESOURCES):
        for path in paths(resource):
            original = get(resource, path)
            if isinstance(original, bool) or not isinstance(original, int | float):
                continue
            for value in (float("nan"), float("inf"), -float("inf"), -5, 1e400):
                resources = list(RESOURCES)
                resources[i] = mutated(resource, path, value)
                tried += 1
                where = f"{label(resource)} {'.'.join(map(str, path))} = {value}"
                try:
                    result = read_ndjson(tmp_path / str(tried), resources)
                except Exception as exc:
                    failures.append(f"{where}: {type(exc).__name__}: {exc}")
                    continue
                # A negative sequence is an FHIR integer; a strength is not a dose.
                must_fail = not (
                    value == -5 and (path[-1] == "sequence" or resource["resourceType"] == "Medication")
                )
                if must_fail and not any(p.line == i + 1 for p in result.errors):
                    failures.append(f"{where}: no error at line {i + 1}")
    assert tried > 80
    assert failures == []
    zero = mutated(WEEKLY, ("dosageInstruction", 0, "timing", "repeat", "period"), 0)
    result = read_ndjson(tmp_path / "zero", [*RESOURCES[:4], zero, *RESOURCES[5:]])
    assert [str(p) for p in result.errors] == [
        f"{FILE}:5: MedicationRequest/mr1: MedicationRequest.dosageInstruction[0].timing.repeat.period: "
        "not valid FHIR: 0 is not more than 0"
    ]


def test_a_medication_with_an_unknown_subject_still_has_its_dosage_checked(tmp_path: Path) -> None:
    request = mutated(WEEKLY, ("subject",), {"reference": "Patient/ukendt"})
    request = mutated(request, ("dosageInstruction", 0, "timing", "repeat", "periodUnit"), "uge")
    request = {k: v for k, v in request.items() if k != "medicationReference"}
    result = read_ndjson(tmp_path, [*RESOURCES[:4], request, *RESOURCES[5:]])
    assert sorted(p.column or "" for p in result.errors) == [
        "MedicationRequest.dosageInstruction[0].timing.repeat.periodUnit",
        "MedicationRequest.medication[x]",
        "MedicationRequest.subject",
    ], [str(p) for p in result.errors]


BUNDLE: dict[str, Any] = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {"fullUrl": f"urn:uuid:{i:08d}-0000-4000-8000-000000000000", "resource": r}
        for i, r in enumerate([ORGANIZATION, PATIENT, MEDICATION, WEEKLY])
    ],
}


def test_a_bundles_own_fields_of_any_wrong_type_are_located(tmp_path: Path) -> None:
    """The Bundle's skeleton (entry, fullUrl, resource) mutated: named by file and FHIRPath."""
    failures = []
    skeleton = [p for p in paths(BUNDLE) if len(p) <= 3]  # entry, entry[i], entry[i].resource|fullUrl
    for n, path in enumerate(skeleton):
        for value in WRONG:
            if json_kind(value) == json_kind(get(BUNDLE, path)):
                continue
            folder = tmp_path / f"{n}-{json_kind(value)}-{len(json.dumps(value))}"
            folder.mkdir()
            (folder / "units.csv").write_text(UNITS, encoding="utf-8")
            (folder / BUNDLE_FILE).write_text(json.dumps(mutated(BUNDLE, path, value)), encoding="utf-8")
            where = f"Bundle.{'.'.join(map(str, path))} = {json.dumps(value)}"
            try:
                result = read_exchange(folder, today=TODAY)
            except Exception as exc:
                failures.append(f"{where}: {type(exc).__name__}: {exc}")
                continue
            for problem in result.errors:
                if problem.file != BUNDLE_FILE or not (problem.column or problem.resource):
                    failures.append(f"{where}: not located: {problem}")
            if (result.dataset is None) == (not result.errors):
                failures.append(f"{where}: neither a dataset nor errors")
    assert failures == []
