"""The other packs read back: routes (key info only where it belongs), lists, contact trees, emergency."""

from __future__ import annotations

import io
import re

import pytest
from printing_support import KEY_INFO, TODAY, build_dataset

from continuity_app.exchange.demo import generate_dataset
from continuity_app.printing import PACKS, PackOptions, PrintError, Stamp, render_pack, stamp_for
from continuity_app.printing.sheet import CONFIDENTIAL
from continuity_app.store import Store


def found(pattern: str, text: str) -> str:
    """The first group of ``pattern`` in ``text``; the test fails if it is not there."""
    match = re.search(pattern, text)
    assert match is not None, pattern
    return match.group(1)


def render(store: Store, pack: str, stamp: Stamp, **kw: object) -> bytes:
    out = io.BytesIO()
    if pack in ("nearby", "callrun") and "options" not in kw:  # the packs that need a point or a tree
        kw["options"] = PackOptions(near="56.55,8.31", radius_km=10, tree_id=store.contact_trees()[0].tree_id)
    render_pack(store, pack, out, stamp=stamp, **kw)  # type: ignore[arg-type]
    return out.getvalue()


@pytest.mark.parametrize("pack", PACKS)
def test_every_pack_is_stamped_numbered_and_embeds_its_fonts(store, stamp, read_pdf, pack):
    pdf = read_pdf(render(store, pack, stamp, unit_id="u1" if pack == "emergency" else None))
    total = len(pdf.reader.pages)
    assert total == len(pdf.raw) > 0
    for i in range(total):
        text = pdf.flat(i)
        assert f"Side {i + 1} af {total}" in text, (pack, i)
        assert "Hjemmeplejen Nord (u1)" in text and CONFIDENTIAL in text
        assert "Data pr. 27. november 2026 kl. 05:30" in text
    for row in pdf.fonts():
        assert "DejaVu" in row[0] and row[-5] == "yes", row
    assert b"/Helvetica" not in pdf.data and b"/Times" not in pdf.data  # no base-14 font at all


def test_key_info_only_on_sheets_of_routes_that_visit_the_citizen(store, stamp, read_pdf):
    pdf = read_pdf(render(store, "route", stamp))
    sheets = {i: pdf.flat(i) for i in range(len(pdf.raw))}
    visiting = [i for i, t in sheets.items() if "Rute 1 Nord" in t]
    other = [i for i, t in sheets.items() if "Rute 2 Syd" in t]
    assert len(visiting) == 3 and len(other) == 1  # three days of route 1, one of route 2
    for i in visiting:
        assert KEY_INFO in sheets[i] and "Åse Sønderskov" in sheets[i]
    for i in other:  # route 2 visits Bent only
        assert KEY_INFO not in sheets[i] and "Dør åben – ring på" in sheets[i]
    for pack in ("medication", "vulnerable", "vehicles", "contacts"):
        other_pdf = read_pdf(render(store, pack, stamp))
        assert KEY_INFO not in other_pdf.whole(), pack


def test_route_sheet_shows_what_the_visit_needs(store, stamp, read_pdf):
    pdf = read_pdf(render(store, "route", stamp, date=TODAY))
    page = pdf.flat(0)
    assert "Køreliste – Rute 1 Nord – fredag 27. november 2026" in page
    for expected in (
        "07:30 –08:00",
        "Østergade 3, 7620 Lemvig",
        "medicin",
        "morgenmad",
        "JA",
        "Penicillin",
        "Marevan 2,5 mg",
        "Husk ilt-tjek",
        "Personale: Anna og Bo",
    ):
        assert expected in page, expected
    # Bent's route sheet shows his insulin as time-critical; Åse's allergy is not on his row.
    layout = pdf.pages[0]
    bent = next(line for line in layout.splitlines() if "Bent Ørum" in line)
    assert "NovoRapid" in bent and "Penicillin" not in bent


def test_vulnerable_list_gives_reasons_day_and_phones(store, stamp, read_pdf):
    pdf = read_pdf(render(store, "vulnerable", stamp))
    text = pdf.whole()
    assert "Sårbare borgere – Hjemmeplejen Nord · kategori A" in text
    assert "Strømafhængig (ilt)" in text and "Hjælp til mad/indkøb" in text
    assert "30 30 30 30" in text  # Åse's primary relative
    assert "Bor på døgninstitution" in text  # Carla lives at the nursing home's unit
    for column in ("Vand", "Mad", "Strøm"):
        assert column in text


def test_vehicles_and_fuel_stocks(store, stamp, read_pdf):
    text = read_pdf(render(store, "vehicles", stamp)).whole()
    for expected in (
        "AB 12 345",
        "LEDIG",
        "Reserveret: Madudbringning",
        "180 km",
        "80 %",
        "Nøgleskab i kontoret",
        "Materielgården",
        "2.500 l",
        "5.000 l",
        "Nøgle hos vagtmester",
        "Plejecenter Søbakken",
    ):
        assert expected in text, expected


def test_a_tree_200_wide_is_drawn_across_pages_with_every_node(store, stamp, read_pdf):
    pdf = read_pdf(render(store, "contacts", stamp))
    tree_pages = [i for i in range(len(pdf.raw)) if "Ringeliste" not in pdf.flat(i)]
    tree_text = " ".join(pdf.flat(i) for i in tree_pages)
    for i in range(1, 201):
        assert f"1.{i} Person {i:03d} – Gruppeleder" in tree_text
    assert "1.1.1 Underperson Å" in tree_text
    assert len(tree_pages) >= 5
    for i in tree_pages[1:]:  # each continued page names where it came from and its root
        assert re.search(r"fortsat fra side \d+", pdf.flat(i))
        assert "1 Kim Krise – Stabschef" in pdf.flat(i)
    calls = " ".join(pdf.flat(i) for i in range(len(pdf.raw)) if "Ringeliste" in pdf.flat(i))
    for header in ("Nået", "Ikke nået", "Eskalér efter", "Mødested", "Anden kanal"):
        assert header in calls
    assert "radio kanal 3" in calls and "Rådhuset" in calls and "15 min" in calls
    assert all(f"Person {i:03d}" in calls for i in range(1, 201))


def test_emergency_pack_has_contents_and_bookmarks(store, stamp, read_pdf):
    pdf = read_pdf(render(store, "emergency", stamp, unit_id="u1"))
    titles: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(pdf.reader.outline)
    for section in (
        "Kontakttræer og ringelister",
        "Sårbare borgere",
        "Kørelister",
        "Medicinlister",
        "Køretøjer og brændstof",
    ):
        assert any(section in t for t in titles), section
    assert "Åse Sønderskov (010203-1234)" in titles and "Bent Ørum (020304-2345)" in titles
    assert "Carla Ibsen (030405-3456)" not in titles  # another unit's citizen
    # The table of contents names the page each section starts on.
    cover = pdf.pages[0]
    start = int(found(r"4\. Medicinlister\s+side\s+(\d+)", cover))
    assert "Medicinliste – Åse Sønderskov" in pdf.flat(start - 1)  # Danish order: Ø after S
    assert "Medicinliste" not in pdf.flat(start - 2).replace("Medicinlister", "")
    routes = int(found(r"3\. Kørelister\s+side\s+(\d+)", cover))
    assert "Køreliste – Rute 1 Nord" in pdf.flat(routes - 1)
    for i, bookmark_page in (
        (i, pdf.reader.get_destination_page_number(o))
        for i, o in enumerate(pdf.reader.outline)
        if not isinstance(o, list)
    ):
        assert 0 <= bookmark_page < len(pdf.raw), i


def test_a_krisestab_laptop_names_what_it_cannot_print(stamp):
    with Store.build(build_dataset(), meta={"scope": "krisestab"}) as full, full.derive("krisestab") as s:
        with pytest.raises(PrintError, match="--unit"):
            render_pack(s, "emergency", io.BytesIO(), stamp=stamp)
        with pytest.raises(
            PrintError,
            match="scope 'krisestab'\\) carries no medication lists; they are in each unit's own pack",
        ):
            render_pack(s, "medication", io.BytesIO(), stamp=stamp)
        assert render_pack(s, "vulnerable", io.BytesIO(), stamp=stamp).citizens == 3


def test_every_pack_of_the_tiny_demo_keeps_every_dose_text(read_pdf):
    with Store.build(
        generate_dataset("tiny", 1, today=TODAY),
        meta={"scope": "alle", "scope_name": "Alle enheder", "created_at": "2026-11-27T04:30:00+00:00"},
    ) as s:
        stamp = stamp_for(s)
        assert stamp.scope_label == "Alle enheder (alle)"
        pdf = read_pdf(render(s, "medication", stamp, date=TODAY))
        whole = pdf.whole()
        for citizen in s.citizens():
            for m in s.medications(citizen.citizen_id, today=TODAY):
                active = (m.start_date is None or m.start_date <= TODAY) and (
                    m.end_date is None or m.end_date >= TODAY
                )
                if active:
                    assert re.sub(r"\s+", " ", m.dose_text.strip()) in whole, m.medication_id
        unit = s.units()[0].unit_id
        for pack in PACKS:
            data = render(s, pack, stamp, unit_id=unit if pack == "emergency" else None)
            assert data.startswith(b"%PDF")
