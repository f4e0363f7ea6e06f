"""The readable views: CSV as Danish Excel opens it, valid FHIR R4 administrations, a PDF per citizen."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from journal_helpers import CITIZEN_NAME, CPR, NOW

from continuity_app.journal import Journal
from continuity_app.journal.views import FHIR_FILE, write_views

GIVEN = {"citizen_id": "c-1", "medication_id": "m-1", "date": "27-11-2026", "slot": "morgen"}


@pytest.fixture
def views(journal: Journal, tmp_path: Path) -> Path:
    journal.add(
        "pn",
        {"citizen_id": "c-1", "medication_id": "m-2", "dose": "1 tablet", "reason": "hovedpine"},
        now=NOW,
    )
    journal.add("given", {**GIVEN, "outcome": "givet"}, now=NOW)
    journal.add("given", {**GIVEN, "slot": "aften", "outcome": "afvist", "reason": "ville ikke"}, now=NOW)
    journal.add("note", {"citizen_id": "c-2", "text": "nøglen passede ikke"}, now=NOW)
    journal.add(
        "pn", {"person": "Ny Borger, 010190-1234", "drug": "Pinex", "dose": "1", "reason": "feber"}, now=NOW
    )
    out = tmp_path / "views"
    write_views(out, journal.entries(), journal.session.store)
    return out


def test_a_csv_per_kind_as_danish_excel_opens_it(views: Path) -> None:
    raw = (views / "given.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8")), delimiter=";"))
    assert [r["outcome"] for r in rows] == ["givet", "afvist"]
    assert rows[0]["tid"] == "27-11-2026 10:00" and rows[0]["date"] == "27-11-2026"
    assert rows[0]["drug"] == "Marevan" and rows[0]["navn"] == f"Else {CITIZEN_NAME} (c-1)"
    assert rows[1]["reason"] == "ville ikke"
    assert {p.name for p in views.glob("*.csv")} == {
        f"{k}.csv"
        for k in ("pn", "effect", "given", "visit", "note", "call", "vehicle", "drill", "correction")
    }
    assert all(oct(p.stat().st_mode & 0o777) == "0o600" for p in views.rglob("*") if p.is_file())


def test_the_fhir_export_is_a_valid_r4_bundle_of_medication_administrations(views: Path) -> None:
    # fhir.resources models R4B (4.3.0) and R5, not 4.0.1; R4B left Bundle and
    # MedicationAdministration as R4 has them (R5 did not: its medication is a reference)
    import copy

    import pydantic
    from fhir.resources.R4B.bundle import Bundle

    doc = json.loads((views / FHIR_FILE).read_bytes())
    bundle = Bundle.model_validate(doc)  # raises on anything R4 does not allow
    # the validator is strict on types, dates and fields (not on code value sets: below)
    for field, value in (("subject", 7), ("effectiveDateTime", "i går"), ("givenBy", "AB")):
        bad = copy.deepcopy(doc)
        bad["entry"][0]["resource"][field] = value
        with pytest.raises(pydantic.ValidationError):
            Bundle.model_validate(bad)
    r4_status = {"in-progress", "not-done", "on-hold", "completed", "entered-in-error", "stopped", "unknown"}
    assert {e["resource"]["status"] for e in doc["entry"]} <= r4_status
    assert bundle.entry is not None
    resources: list[Any] = [e.resource for e in bundle.entry]
    assert [r.__resource_type__ for r in resources] == ["MedicationAdministration"] * 4
    by_status = {r.status: r for r in resources}
    assert set(by_status) == {"completed", "not-done"}
    not_done = by_status["not-done"]
    assert not_done.statusReason[0].text == "afvist: ville ikke"
    done = next(r for r in resources if r.medicationCodeableConcept.text == "Marevan 2,5 mg")
    assert done.subject.identifier.value == CPR and done.subject.display == f"Else {CITIZEN_NAME}"
    pn = next(r for r in resources if r.medicationCodeableConcept.text == "Panodil 500 mg")
    assert pn.reasonCode[0].text == "hovedpine" and pn.dosage.text == "1 tablet"
    new = next(r for r in resources if r.subject.display == "Ny Borger")
    assert new.subject.identifier.value == "010190-1234"


def test_a_pdf_per_citizen_journal_under_nedbrud(views: Path) -> None:
    from pypdf import PdfReader

    pdfs = sorted(p.name for p in (views / "borgere").iterdir())
    assert pdfs == ["Ny_Borger__010190-1234.pdf", "c-1.pdf", "c-2.pdf"]
    text = "".join(page.extract_text() for page in PdfReader(views / "borgere" / "c-1.pdf").pages)
    assert "Journal under nedbrud" in text and CITIZEN_NAME in text and CPR in text
    assert "FORTROLIGT" in text and "Side 1 af" in text
    assert "hovedpine" in text and "afvist" in text and "nøglen" not in text


@given(st.text(max_size=40))
def test_a_resource_s_id_is_the_uuid5_of_its_entry(text: str) -> None:
    import uuid

    from continuity_app.journal.views import _uuid

    assert _uuid(text) == str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:noedkopi:{text}"))
