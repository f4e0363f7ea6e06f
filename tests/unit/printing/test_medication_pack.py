"""The medication pack read back as a nurse would: doses verbatim, grids, allergies on every page."""

from __future__ import annotations

import io
import re

import pytest
from printing_support import DAILY, INSULIN, KEY_INFO, PN, TAPERING, TODAY, WEEKLY

from continuity_app.errors import Cancelled
from continuity_app.printing import PrintError, Stamp, render_pack
from continuity_app.printing.dosing import NOT_DAILY
from continuity_app.printing.medication import NO_ALLERGIES, TIME_CRITICAL
from continuity_app.printing.sheet import CONFIDENTIAL
from continuity_app.store import Store


def render(store: Store, stamp: Stamp, **kw: object) -> bytes:
    out = io.BytesIO()
    render_pack(store, "medication", out, stamp=stamp, date=TODAY, **kw)  # type: ignore[arg-type]
    return out.getvalue()


def citizen_pages(pdf, name: str) -> list[int]:
    return [i for i in range(len(pdf.pages)) if f"Medicinliste – {name}" in pdf.flat(i)]


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_dose_text_is_printed_verbatim(store, stamp, read_pdf):
    pdf = read_pdf(render(store, stamp))
    for whole in (pdf.whole(), pdf.whole_pypdf()):  # pdftotext and pypdf
        for dose in (WEEKLY, TAPERING, DAILY, INSULIN, INSULIN.replace("IE", "mg"), PN):
            assert collapse(dose) in whole, dose
        assert "“uro”" in whole and "‘søvnbesvær’" in whole and "Æbler, øl og ål" in whole
        assert "Gammel pille" not in whole  # ended five days ago: not on the paper


def test_daily_grid_only_where_the_source_gives_daily_quantities(store, stamp, read_pdf):
    pdf = read_pdf(render(store, stamp, citizen_id="c1"))
    first = pdf.pages[0]
    table = first[first.index("Fast medicin") : first.index("Medicin efter behov")]
    rows = {line.split()[0]: line for line in table.splitlines() if line.strip()}
    # Marevan: morning 1, evening ½, no noon or night dose.
    assert re.search(r"1\s+–\s+½\s+–", rows["Marevan"]), rows["Marevan"]
    # The weekly and the tapering dose: their text, and no grid at all.
    assert NOT_DAILY.split(" – ")[0] in rows["Alendronat"]
    assert NOT_DAILY.split(" – ")[0] in rows["Prednisolon"]
    raw = pdf.flat(0)
    assert raw[raw.index("Fast medicin") : raw.index("Medicin efter behov")].count(NOT_DAILY) == 2


def test_allergies_stand_on_every_page_of_the_citizen(store, stamp, read_pdf):
    pdf = read_pdf(render(store, stamp))
    pages = citizen_pages(pdf, "Åse Sønderskov")
    assert len(pages) >= 2  # the 72-hour grid and PN log run onto a second page
    for i in pages:
        assert "ALLERGIER: Penicillin" in pdf.flat(i)
    for i in citizen_pages(pdf, "Bent Ørum"):  # exported as "Ingen kendte"
        assert NO_ALLERGIES in pdf.flat(i) and "ALLERGIER" not in pdf.flat(i)
        assert "Penicillin" not in pdf.flat(i)


def test_every_page_is_stamped_and_numbered(store, stamp, read_pdf):
    pdf = read_pdf(render(store, stamp))
    total = len(pdf.pages)
    assert total == len(pdf.reader.pages) >= 4
    for i in range(total):
        text = pdf.flat(i)
        assert f"Side {i + 1} af {total}" in text
        assert "Hjemmeplejen Nord (u1)" in text
        assert CONFIDENTIAL in text
        assert "Data pr. 27. november 2026 kl. 05:30" in text  # Danish time of 04:30 UTC


def test_time_critical_marks_grid_and_pn(store, stamp, read_pdf):
    pdf = read_pdf(render(store, stamp, citizen_id="c1"))
    whole = pdf.whole()
    assert whole.count(TIME_CRITICAL) >= 3  # Marevan in the list and twice in the 72-hour grid
    for day in ("fre 27.11.", "lør 28.11.", "søn 29.11."):
        assert day in whole
    assert "8 tabletter i døgnet" in whole  # the PN maximum
    assert "Effekt efter 2 timer" in whole
    assert "Behandlingsniveau: fuld behandling" in whole
    assert "Egen læge: Læge Ærø, tlf. 97 00 00 00" in whole
    assert "CPR 010203-1234" in whole


def test_key_info_is_not_on_medication_pages(store, stamp, read_pdf):
    pdf = read_pdf(render(store, stamp))
    assert all(KEY_INFO not in pdf.flat(i) for i in range(len(pdf.pages)))


def test_one_citizen_prints_only_that_citizen(store, stamp, read_pdf):
    pdf = read_pdf(render(store, stamp, citizen_id="c2"))
    assert all("Bent Ørum" in pdf.flat(i) for i in range(len(pdf.pages)))
    assert not any("Sønderskov" in pdf.flat(i) for i in range(len(pdf.pages)))


def test_fonts_are_embedded_dejavu_only(store, stamp, read_pdf):
    pdf = read_pdf(render(store, stamp))
    fonts = pdf.fonts()
    assert fonts, "pdffonts lists no font"
    for row in fonts:
        name, emb = row[0], row[-5]
        assert "DejaVu" in name, row
        assert emb == "yes", row


def test_progress_counts_up_and_cancel_stops(store, stamp):
    seen: list[tuple[str, float]] = []
    render_pack(
        store,
        "medication",
        io.BytesIO(),
        stamp=stamp,
        progress=lambda stage, fraction: seen.append((stage, fraction)),
    )
    assert ("items", 1.0) in seen and seen[-1] == ("done", 1.0)
    fractions = [fraction for _stage, fraction in seen]
    assert fractions == sorted(fractions) and 0.0 in fractions
    with pytest.raises(Cancelled):
        render_pack(store, "medication", io.BytesIO(), stamp=stamp, cancel=lambda: True)


@pytest.mark.parametrize(
    ("kw", "words"),
    [
        ({"pack": "recipes"}, "Unknown print pack 'recipes'"),
        ({"pack": "medication", "unit_id": "nope"}, "Unit 'nope'"),
        ({"pack": "medication", "citizen_id": "nope"}, "Citizen 'nope'"),
        ({"pack": "vehicles", "citizen_id": "c1"}, "--citizen goes with the medication and handover packs"),
    ],
)
def test_clear_errors(store, stamp, kw, words):
    pack = kw.pop("pack")
    with pytest.raises(PrintError, match=re.escape(words)):
        render_pack(store, pack, io.BytesIO(), stamp=stamp, **kw)
