"""FHIR files through ``continuity-publish build``: a ``.json`` export is read by its content, a
``.json`` that is not FHIR is named in a warning, and medications not current are counted."""

from __future__ import annotations

import json

import pytest
from publish_helpers import PASSPHRASE
from publish_support import Setup

from continuity_app.bundle import decrypt, verify, verify_latest
from continuity_app.cli.publisher import main
from continuity_app.domain.models import DoseSchedule
from continuity_app.errors import ExitCode
from continuity_app.store import Store

CPR = "urn:oid:1.2.208.176.1.2"


def request(rid: str, status: str, drug: str, dosage: list[dict[str, object]]) -> dict[str, object]:
    return {
        "resourceType": "MedicationRequest",
        "id": rid,
        "status": status,
        "intent": "order",
        "medicationCodeableConcept": {"text": drug},
        "subject": {"reference": "Patient/p9"},
        "dosageInstruction": dosage,
    }


Dosages = list[dict[str, object]]
WEEKLY: Dosages = [
    {
        "timing": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "wk", "dayOfWeek": ["sun"]}},
        "doseAndRate": [{"doseQuantity": {"value": 4, "unit": "tablet"}}],
    }
]
DAILY: Dosages = [
    {
        "timing": {"repeat": {"when": ["MORN"]}},
        "doseAndRate": [{"doseQuantity": {"value": 1, "unit": "tablet"}}],
    }
]
BUNDLE = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {"resource": r}
        for r in [
            {
                "resourceType": "Patient",
                "id": "p9",
                "identifier": [{"system": CPR, "value": "0505501234"}],
                "name": [{"family": "Fhirsen", "given": ["Frida"]}],
                "address": [{"line": ["Strukturvej 9"]}],
                "managingOrganization": {"reference": "Organization/hp-nord"},
            },
            request("mr1", "active", "Methotrexat 2,5 mg", WEEKLY),
            request("mr2", "stopped", "Pamol", DAILY),
            request("mr3", "completed", "Amoxicillin", DAILY),
            request("mr4", "stopped", "Furix", DAILY),
        ]
    ],
}


def build(setup: Setup, *extra: str) -> int:
    return main(
        [
            "build",
            "--home",
            str(setup.home.root),
            "--input",
            str(setup.exports),
            "--out",
            str(setup.out),
            *extra,
        ]
    )


def open_scope(s: Setup, scope: str, device_id: str) -> Store:
    latest = verify_latest((s.out / scope / "latest.json").read_bytes(), s.home.public_key())
    verified = verify((s.out / scope / latest.file).read_bytes(), s.home.public_key())
    return Store.from_image(decrypt(verified, device_id, s.devices[device_id]))


@pytest.fixture
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTINUITY_PUBLISHER_PASSPHRASE", PASSPHRASE)


def test_a_fhir_export_named_json_is_read_and_published(
    enrolled: Setup, passphrase: None, capsys: pytest.CaptureFixture[str]
) -> None:
    (enrolled.exports / "medicin-eksport.json").write_text(json.dumps(BUNDLE), encoding="utf-8")
    assert build(enrolled) == ExitCode.OK
    err = capsys.readouterr().err
    assert (
        "medicin-eksport.json: 3 MedicationRequest skipped as not current: "
        "status completed (1), status stopped (2)" in err
    )
    with open_scope(enrolled, "hp-nord", "dev-hp-nord") as store:
        assert "p9" in {c.citizen_id for c in store.citizens()}
        [weekly] = store.medications("p9")
        assert weekly.drug == "Methotrexat 2,5 mg" and weekly.dose_text == "4 tabletter hver søndag"
        assert weekly.dose_text_built and weekly.schedule is DoseSchedule.NON_DAILY
        assert weekly.due_weekdays == ("sun",)


def test_a_json_file_that_is_not_fhir_is_named_not_skipped_silently(
    enrolled: Setup, passphrase: None, capsys: pytest.CaptureFixture[str]
) -> None:
    (enrolled.exports / "indstillinger.json").write_text('{"eksport": "nat", "version": 3}', encoding="utf-8")
    (enrolled.exports / "liste.json").write_text("[1, 2, 3]", encoding="utf-8")
    assert build(enrolled) == ExitCode.OK  # a warning: the CSV exports still publish
    err = capsys.readouterr().err
    assert (
        "indstillinger.json: not FHIR (no resourceType: not an R4 resource or Bundle) "
        "and not an export file: ignored" in err
    )
    assert "liste.json: not FHIR" in err


def test_a_broken_json_that_starts_like_fhir_stops_the_build(
    enrolled: Setup, passphrase: None, capsys: pytest.CaptureFixture[str]
) -> None:
    text = json.dumps(BUNDLE)
    (enrolled.exports / "medicin-eksport.json").write_text(text[: len(text) // 2], encoding="utf-8")
    assert build(enrolled) == ExitCode.INVALID_INPUT  # a truncated export never publishes as "no data"
    err = capsys.readouterr().err
    assert "medicin-eksport.json:1: not valid JSON" in err and "Traceback" not in err
    assert not enrolled.out.exists()
