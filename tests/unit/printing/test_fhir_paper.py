"""FHIR structure to paper, end to end (reader → store → PDF read back), as a nurse checks it: the
weekday of a weekly dose and no box on the days it is not due, both periods of a taper, a built
text labelled as built, and every page of the emergency pack's medication lists — continuation
pages included — carrying allergies, treatment level, data as of, page x of y and the stamp."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from printing_support import CREATED

from continuity_app.exchange import read_exchange
from continuity_app.printing import Stamp, render_pack
from continuity_app.printing.dosing import (
    BUILT,
    NOT_DAILY,
    NOT_DUE,
    NOT_GIVEN,
    SEE_TEXT,
    VERBATIM_HEADER,
    WIDE_FIELD,
)
from continuity_app.store import Store

TODAY = dt.date(2026, 11, 27)  # Friday: the grid is Friday, Saturday, Sunday
SHAPES = Path(__file__).parents[2] / "data" / "exchange" / "fhir-dosage" / "dosage-shapes.json"
#: Enough CSV doses for the FHIR citizen p-holm that the medication list runs onto more pages.
MANY = "".join(f"X{i};p-holm;Tablet {i:02d};1 tablet morgen;1;tablet\n" for i in range(40))


#: A current MedicationRequest without any dosage, as many FHIR exports hold them.
NO_DOSAGE = (
    '{"resourceType": "MedicationRequest", "id": "mr-no-dosage", "status": "active", '
    '"intent": "order", "medicationCodeableConcept": {"text": "Simvastatin 40 mg"}, '
    '"subject": {"reference": "Patient/p-lind"}}\n'
)


@pytest.fixture(scope="module")
def unit_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    folder = tmp_path_factory.mktemp("fhir") / "ex"
    folder.mkdir()
    (folder / "units.csv").write_text("unit_id;name\nU1;Hjemmeplejen Vest\n", encoding="utf-8")
    (folder / "medications.csv").write_text(
        "medication_id;citizen_id;drug;dose_text;morning;dose_unit\n" + MANY, encoding="utf-8"
    )
    shutil.copy(SHAPES, folder / SHAPES.name)
    (folder / "uden-dosering.ndjson").write_text(NO_DOSAGE, encoding="utf-8")
    result = read_exchange(folder, today=TODAY)
    assert [str(p) for p in result.errors] == [] and result.dataset is not None
    with (
        Store.build(result.dataset, meta={"created_at": CREATED.isoformat()}) as full,
        full.derive("U1") as store,
    ):
        yield store


def render(store: Store, pack: str, **kw: object) -> bytes:
    out = io.BytesIO()
    render_pack(store, pack, out, stamp=Stamp("Hjemmeplejen Vest (U1)", CREATED), date=TODAY, **kw)  # type: ignore[arg-type]
    return out.getvalue()


def test_a_fhir_weekly_dose_names_sunday_and_has_no_box_on_friday_or_saturday(unit_store, read_pdf):
    pdf = read_pdf(render(unit_store, "medication", citizen_id="p-holm"))
    whole = pdf.whole()
    assert f"{BUILT} 4 tabletter hver søndag" in whole
    listing = whole.split("Administrationsskema")[0]
    assert "Gives: søndag" in listing
    # The grid's page (its heading may be on an earlier one): day columns over a Methotrexat row.
    spots, row_y = [], None
    for i in range(len(pdf.pages)):
        spots = positions(pdf, i)
        header = [y for x, y, t in spots if t == "fre 27.11."]
        rows = [y for x, y, t in spots if t.startswith("Methotrexat") and header and y < header[0]]
        if rows:
            row_y = rows[0]
            break
    assert row_y is not None, "Methotrexat has a row in the 72-hour grid"
    days = {t: x for x, y, t in spots if t in ("fre 27.11.", "lør 28.11.", "søn 29.11.")}
    in_row = sorted(x for x, y, t in spots if abs(y - row_y) < 1 and t == NOT_DUE)
    assert len(in_row) == 2  # Friday and Saturday: nothing to sign
    assert days["fre 27.11."] <= in_row[0] < days["lør 28.11."] <= in_row[1] < days["søn 29.11."]
    assert not [t for x, y, t in spots if abs(y - row_y) < 1 and x >= days["søn 29.11."]]  # an empty box


def positions(pdf, page: int) -> list[tuple[float, float, str]]:
    """Every piece of text on ``page`` with where it starts (x, y in points), read by pypdf."""
    found: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip():
            found.append((tm[4], tm[5], text.strip()))

    pdf.reader.pages[page].extract_text(visitor_text=visit)
    return found


def test_a_fhir_taper_prints_both_periods_in_order_and_no_day_boxes(unit_store, read_pdf):
    pdf = read_pdf(render(unit_store, "medication", citizen_id="p-holm"))
    whole = pdf.whole()
    assert "6 tabletter morgen i 5 dage, derefter 3 tabletter morgen i 5 dage" in whole
    assert (
        "40 mg 1 gang dagligt i 3 dage, derefter 20 mg 1 gang dagligt i 3 dage, "
        "derefter 10 mg 1 gang dagligt i 7 dage"
    ) in whole
    grid = whole.split("Administrationsskema", 1)[1]
    prednisolon = [m.start() for m in re.finditer("Prednisolon 5 mg", grid)]
    assert len(prednisolon) == 2
    for start, end in zip(prednisolon, [*prednisolon[1:], grid.index("PN-log")], strict=True):
        assert grid[start:end].count(WIDE_FIELD) == 1  # one field for date and time, no day boxes
    # A list with built texts is not headed "FMK, ordret"; the CSV doses keep their own label.
    first = pdf.pages[0]
    assert (
        "Præparat" in first
        and VERBATIM_HEADER
        not in first.split("Administrationsskema")[0].split("Fast medicin")[1].splitlines()[1]
    )


def test_every_medication_page_of_the_emergency_pack_carries_what_a_nurse_checks(unit_store, read_pdf):
    pdf = read_pdf(render(unit_store, "emergency", unit_id="U1"))
    total = len(pdf.pages)
    med_pages = [i for i in range(total) if "Medicinliste –" in pdf.flat(i)]
    holm = [i for i in med_pages if "Holm" in pdf.flat(i)]
    assert len(holm) >= 2, "p-holm's list runs onto a continuation page"
    assert any("(fortsat)" in pdf.flat(i) for i in holm)
    for i in med_pages:
        page = pdf.flat(i)
        assert re.search(r"Ingen kendte allergier|Allergier: ikke oplyst|ALLERGIER: ", page), i
        assert "Behandlingsniveau: " in page, i
        assert "Data pr. 27. november 2026 kl. 05:30" in page, i
        assert re.search(r"Side \d+ af \d+", page) and "FORTROLIGT" in page, i
    for i in holm:  # an AllergyIntolerance coded "no known allergy"; no treatment level sent
        assert "Ingen kendte allergier" in pdf.flat(i) and "Behandlingsniveau: ikke oplyst" in pdf.flat(i)


def test_a_fhir_medication_without_dosage_says_so_and_is_not_called_non_daily(unit_store, read_pdf):
    pdf = read_pdf(render(unit_store, "medication", citizen_id="p-lind"))
    rows = [
        line
        for page in pdf.pages
        for line in page.splitlines()
        if line.lstrip().startswith("Simvastatin 40 mg")
    ]
    assert rows, "the medication is on the list"
    listed = rows[0]
    assert listed.count(NOT_GIVEN) == 2, listed  # the dose column and the grid's reason
    assert "Ikke daglig" not in listed and SEE_TEXT not in listed
    assert NOT_DAILY not in " ".join(rows)
