"""The paper says no more than the source: read back as a nurse checks it.

Medications here are built the way the FHIR reader makes them (a built text, a
schedule, due weekdays, clock times), so these tests hold whatever the reader's
wording becomes.
"""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Iterator

import pytest
from printing_support import CREATED, TODAY, build_dataset, medication

from continuity_app.domain.models import Citizen, Dataset, DoseSchedule, Medication
from continuity_app.errors import ExitCode
from continuity_app.printing import PrintError, Stamp, render_pack
from continuity_app.printing.dosing import (
    MISMATCH,
    NOT_DAILY,
    NOT_DUE,
    NOT_GIVEN,
    SEE_TEXT,
    WIDE_FIELD,
)
from continuity_app.printing.medication import NO_ALLERGIES
from continuity_app.store import Store

# TODAY is Friday 27 November 2026: the grid covers Friday, Saturday and Sunday.
WEEKLY_BUILT = "4 tabletter 1 gang om ugen om søndagen"
TAPER_BUILT = "6 tabletter morgen i 5 dage, derefter 3 tabletter morgen i 5 dage"
PARKINSON = "1 kapsel kl. 07, 11, 15 og 19 – præcis tid"


def meds_for(cid: str) -> list[Medication]:
    return [
        medication(
            f"{cid}-w1",
            cid,
            "Methotrexat",
            WEEKLY_BUILT,
            strength="2,5 mg",
            dose_text_built=True,
            schedule=DoseSchedule.NON_DAILY,
            due_weekdays=("sun",),
        ),
        medication(
            f"{cid}-t1",
            cid,
            "Prednisolon",
            TAPER_BUILT,
            strength="5 mg",
            dose_text_built=True,
            schedule=DoseSchedule.NON_DAILY,
        ),
        medication(
            f"{cid}-p1",
            cid,
            "Sinemet",
            PARKINSON,
            strength="100 mg",
            time_critical=True,
            clock_times=("07:00", "11:00", "15:00", "19:00"),
            schedule=DoseSchedule.DAILY,
            morning=1.0,
            noon=1.0,
            evening=1.0,
            dose_unit="kapsel",
            dose_mismatch=True,
        ),
        medication(f"{cid}-u1", cid, "Simvastatin", "1 tablet til natten", strength="40 mg"),
        medication(f"{cid}-n1", cid, "Ukendt dosis", "", strength="10 mg"),
    ]


def dataset() -> Dataset:
    base = build_dataset()
    extra = [
        Citizen(
            "k1",
            "Karen",
            "Kildevæld",
            "Kirkevej 2",
            "u1",
            cpr="040506-4567",
            allergies="",
            treatment_level="",
            no_close_relatives=True,
        ),
        Citizen(
            "k2",
            "Kurt",
            "Ingenlund",
            "Kirkevej 4",
            "u1",
            cpr="050607-5678",
            allergies="ingen",
            treatment_level="fuld behandling",
        ),
    ]
    many = [
        medication(f"x{i}", "k1", f"Tablet {i:02d}", "1 tablet morgen", morning=1.0, dose_unit="tablet")
        for i in range(30)
    ]  # Karen's pages run on
    return dataclasses.replace(
        base,
        citizens=base.citizens + extra,
        medications=base.medications + meds_for("k1") + meds_for("k2") + many,
    )


@pytest.fixture(scope="module")
def full() -> Iterator[Store]:
    with Store.build(dataset(), meta={"created_at": CREATED.isoformat()}) as s:
        yield s


@pytest.fixture(scope="module")
def unit_store(full: Store) -> Iterator[Store]:
    with full.derive("u1") as s:
        yield s


@pytest.fixture(scope="module")
def crisis_store(full: Store) -> Iterator[Store]:
    with full.derive("krisestab") as s:
        yield s


def render(store: Store, pack: str, **kw: object) -> bytes:
    out = io.BytesIO()
    render_pack(store, pack, out, stamp=Stamp("Test", CREATED), date=TODAY, **kw)  # type: ignore[arg-type]
    return out.getvalue()


def grid_lines(pdf, page: int, drug: str) -> list[str]:
    """The 72-hour grid's layout lines of ``drug`` on ``page`` (below the grid's heading)."""
    text = pdf.pages[page]
    if "Administrationsskema" in text:
        text = text[text.index("Administrationsskema") :]
    return [line for line in text.splitlines() if line.lstrip().startswith(drug)]


def positions(pdf, page: int) -> list[tuple[float, float, str]]:
    """Every piece of text on ``page`` with where it starts (x, y in points), read by pypdf."""
    found: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip():
            found.append((tm[4], tm[5], text.strip()))

    pdf.reader.pages[page].extract_text(visitor_text=visit)
    return found


def test_a_weekly_dose_names_its_day_and_gets_a_box_only_that_day(unit_store, read_pdf):
    pdf = read_pdf(render(unit_store, "medication", citizen_id="k2"))
    text = pdf.whole_pypdf()
    assert WEEKLY_BUILT in text and "Gives: søndag" in text
    header = pdf.pages[0].splitlines()
    assert any("Præparat" in line and "Dosering" in line and "ordret" not in line for line in header), (
        "a table with a built text is not headed 'FMK, ordret'"
    )
    assert "Dannet ud fra struktureret dosering: " + WEEKLY_BUILT in text
    page = next(
        i
        for i in range(len(pdf.pages))
        if grid_lines(pdf, i, "Methotrexat") and "Administrationsskema" in pdf.pages[i]
    )
    spots = positions(pdf, page)
    grid_top = next(y for x, y, t in spots if t.startswith("Administrationsskema"))
    row_y = next(y for x, y, t in spots if t == "Methotrexat 2,5 mg" and y < grid_top)
    days = {t: x for x, y, t in spots if t in ("fre 27.11.", "lør 28.11.", "søn 29.11.")}
    in_row = sorted(x for x, y, t in spots if abs(y - row_y) < 1 and t == NOT_DUE)
    # Friday and Saturday: not due (no box to sign); Sunday: an empty box.
    assert len(in_row) == 2
    assert days["fre 27.11."] <= in_row[0] < days["lør 28.11."] <= in_row[1] < days["søn 29.11."]
    assert not [t for x, y, t in spots if abs(y - row_y) < 1 and x >= days["søn 29.11."]]


def test_a_taper_keeps_both_periods_and_gets_no_day_boxes(unit_store, read_pdf):
    pdf = read_pdf(render(unit_store, "medication", citizen_id="k2"))
    text = pdf.whole_pypdf()
    assert "6 tabletter morgen i 5 dage, derefter 3 tabletter morgen i 5 dage" in text
    assert text.count(NOT_DAILY) == 2  # the weekly dose and the taper, nothing else
    raw = pdf.whole()
    taper = raw[raw.index("Prednisolon 5 mg Se tekst") :]
    assert taper.split("Simvastatin")[0].count(WIDE_FIELD) == 1


def test_no_grid_says_why_and_only_known_non_daily_doses_are_called_so(unit_store, read_pdf):
    pdf = read_pdf(render(unit_store, "medication", citizen_id="k2"))
    lines = pdf.pages[0].splitlines()
    simva = next(line for line in lines if line.lstrip().startswith("Simvastatin"))
    unknown = next(line for line in lines if line.lstrip().startswith("Ukendt dosis"))
    assert SEE_TEXT in simva and "Ikke daglig" not in simva
    assert NOT_GIVEN in unknown and "Ikke daglig" not in unknown
    # In the 72-hour grid neither gets a box per day: one field to note date and time.
    raw = pdf.whole()
    for drug in ("Simvastatin 40 mg", "Ukendt dosis 10 mg"):
        after = raw[raw.rindex(drug) :]
        assert after[:160].count(WIDE_FIELD) == 1, after[:160]


def test_clock_times_get_one_row_each_and_a_mismatch_is_marked(unit_store, read_pdf):
    pdf = read_pdf(render(unit_store, "medication", citizen_id="k2"))
    rows = [line for i in range(len(pdf.pages)) for line in grid_lines(pdf, i, "Sinemet")]
    times = [t for t in ("07:00", "11:00", "15:00", "19:00") if any(t in line for line in rows)]
    assert times == ["07:00", "11:00", "15:00", "19:00"], rows
    assert not any(slot in line for line in rows for slot in ("Morgen", "Middag", "Aften"))
    assert MISMATCH in pdf.whole_pypdf()


def test_allergies_not_stated_differ_from_none_known(unit_store, read_pdf):
    karen = read_pdf(render(unit_store, "medication", citizen_id="k1"))
    kurt = read_pdf(render(unit_store, "medication", citizen_id="k2"))
    for i in range(len(karen.pages)):
        assert "Allergier: ikke oplyst" in karen.flat(i) and NO_ALLERGIES not in karen.flat(i)
    for i in range(len(kurt.pages)):
        assert NO_ALLERGIES in kurt.flat(i) and "Allergier: ikke oplyst" not in kurt.flat(i)


def test_every_page_of_a_citizen_carries_treatment_level_stamp_and_page_number(unit_store, read_pdf):
    pdf = read_pdf(render(unit_store, "medication", citizen_id="k1"))
    total = len(pdf.pages)
    assert total >= 2
    for i in range(total):
        page = pdf.flat(i)
        assert "Behandlingsniveau: ikke oplyst" in page
        assert "Allergier: ikke oplyst" in page
        assert f"Side {i + 1} af {total}" in page and "FORTROLIGT" in page
        assert "Data pr. 27. november 2026 kl. 05:30" in page
    assert "(fortsat)" in pdf.flat(total - 1)


def test_a_scope_without_medication_prints_no_medication_page(crisis_store, read_pdf):
    pdf = read_pdf(render(crisis_store, "emergency", unit_id="u1"))
    pages = [pdf.flat(i) for i in range(len(pdf.pages))]
    assert not any("Medicinliste –" in p or "Fast medicin" in p for p in pages)
    assert not any("Ingen kendte allergier" in p or "Ingen fast medicin" in p for p in pages)
    cover = pages[0]
    assert (
        "Medicinlister: ikke med i data på denne computer – de står i enhedens egen "
        "nødpakke (Hjemmeplejen Nord, u1)." in cover
    )
    assert "Kørelister: ikke med i data" in cover
    assert "Borgere: " not in cover  # the crisis staff hold only the vulnerable
    assert re.search(r"1\. Kontakttræer.*2\. Sårbare borgere.*3\. Køretøjer", cover)
    with pytest.raises(PrintError, match="carries no medication lists"):
        render(crisis_store, "medication")
    with pytest.raises(PrintError, match="carries no routes"):
        render(crisis_store, "route")


def test_the_crisis_staffs_vulnerable_list_never_shows_a_missing_relative(crisis_store, unit_store, read_pdf):
    crisis = read_pdf(render(crisis_store, "vulnerable")).whole()
    assert "Pårørende tlf." not in crisis
    assert "Pårørendes telefonnumre er ikke med i data på denne computer" in crisis
    unit = read_pdf(render(unit_store, "vulnerable")).whole()
    assert "30 30 30 30" in unit  # Åse's daughter
    assert "ingen nære" in unit  # Karen: the source says she has no close relatives


@pytest.mark.parametrize("pack", ["medication", "route", "vulnerable", "emergency"])
def test_a_unit_laptop_refuses_another_units_pack(unit_store, pack):
    with pytest.raises(PrintError, match="of unit 'u1' only, not of unit 'u2'") as info:
        render(unit_store, pack, unit_id="u2")
    assert info.value.exit_code == ExitCode.NOT_HELD == 25


def test_an_image_without_coverage_is_judged_by_its_scope(read_pdf):
    with Store.build(build_dataset(), meta={"scope": "krisestab"}) as old:
        assert not old.coverage.holds("medications")
        with pytest.raises(PrintError, match="carries no medication lists"):
            render(old, "medication")
    with Store.build(build_dataset(), meta={"scope": "u1"}) as old:
        assert old.coverage.holds("medications", "u1")
        assert not old.coverage.holds("medications", "u2")
