"""The crisis staff's packs, read back with a real PDF parser the way a person reads them."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from crisis_support import CREATED, START, call, dataset, entry, run_start
from pypdf import PdfReader

from continuity_app.crisis.drill import print_text, start_text
from continuity_app.domain.models import Dataset
from continuity_app.printing import PackOptions, PrintError, Stamp, render_pack
from continuity_app.store import Store

STAMP = Stamp("Alle enheder (alle)", CREATED, CREATED + dt.timedelta(hours=5))


def render(
    pack: str,
    options: PackOptions | None = None,
    data: Dataset | None = None,
    scope: str = "alle",
    **kw: object,
) -> tuple[list[str], str]:
    with Store.build(data or dataset(), meta={"scope": scope, "created_at": CREATED.isoformat()}) as store:
        out = io.BytesIO()
        info = render_pack(store, pack, out, stamp=STAMP, options=options, **kw)  # type: ignore[arg-type]
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages]
    assert info.pages == len(pages)
    for i, page in enumerate(pages, 1):  # every page stamped
        assert "FORTROLIGT" in page and f"Side {i} af" in page  # the total is a form pypdf skips
    return pages, re.sub(r"\s+", " ", " ".join(pages))


def test_overview_totals_first_then_a_row_per_unit_on_one_landscape_page() -> None:
    pages, text = render("overview")
    assert len(pages) == 1
    reader_text = text
    assert reader_text.index("kommunen samlet") < reader_text.index("Enhederne")
    assert "16 · heraf beboere på døgninstitution 6" in text  # all citizens, 6 residents
    assert "144 liter" in text  # 16 citizens × 3 litres × 3 days
    assert "54 liter" in text  # Solgården: 6 × 9
    assert "Diesel 3.300 liter i 2 lagre (heraf 2.500 liter bag pumpe der kræver strøm)" in text
    assert "El 2 (500 km)" in text
    assert text.index("Hjemmeplejen Lemvig") < text.index("Børnehaven Mågen") < text.index("Rådhuset")


def test_overview_from_a_units_laptop_says_what_it_cannot_count() -> None:
    with (
        Store.build(dataset(), meta={"scope": "alle", "created_at": CREATED.isoformat()}) as full,
        full.derive("HP1") as unit,
    ):
        out = io.BytesIO()
        render_pack(unit, "overview", out, stamp=STAMP)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages)
    assert "ikke kendt" in text and "kun de enheder, hvis tal er kendt" in text


def test_overview_shows_a_vehicle_on_a_task_as_not_free() -> None:
    now = CREATED + dt.timedelta(hours=3)
    entries = (entry("vehicle", CREATED + dt.timedelta(hours=1), vehicle_id="v1", task="Vand", driver="Ole"),)
    _, text = render("overview", PackOptions(entries=entries, now=now))
    assert "El 1 (300 km)" in text and "på opgave 1" in text


def test_nearby_lists_units_nearest_first_and_the_unplaced_apart() -> None:
    _, text = render("nearby", PackOptions(near="PC1", radius_km=3))
    assert "Enheder inden for 3 km af Plejecenter Solgården" in text
    assert text.index("0,0 km") < text.index("1,4 km")
    assert "Pia Leder" in text and "Hans Leder" in text and "Børnehaven Mågen" not in text
    assert "Enheder uden koordinater (1)" in text and "Rådhuset" in text


def test_nearby_needs_a_point_and_a_radius() -> None:
    with pytest.raises(PrintError, match="--near"):
        render("nearby", PackOptions())


def test_callrun_prints_who_is_missing_with_the_escalation_and_late_answers() -> None:
    now = START + dt.timedelta(minutes=40)
    entries = (
        run_start(0, result="nået"),
        call("b", "nået", 3),
        call("a", "ikke nået", 4),
        call("a", "nået", 30),
    )
    _, text = render("callrun", PackOptions(tree_id="T1", entries=entries, now=now))
    assert "Hvem mangler – Krisestab Lemvig" in text
    assert "3 af 5 nået" in text
    assert "Asta Medarbejder" in text and "Kim Chef" not in text.split("Sene svar")[0][-2000:]
    assert "Sene svar (1)" in text and "(SENT)" in text


def test_callrun_without_a_run_prints_the_whole_tree_missing_and_refuses_an_unknown_tree() -> None:
    _, text = render("callrun", PackOptions(tree_id="T1"))
    assert "Ingen kørsel af træet er startet. Alle 5 personer mangler." in text
    with pytest.raises(PrintError, match="Contact tree 'T9'"):
        render("callrun", PackOptions(tree_id="T9"))
    with pytest.raises(PrintError, match="--tree"):
        render("callrun", PackOptions())


def test_drill_report_times_unlock_prints_and_the_tree() -> None:
    t0 = START
    m = dt.timedelta(minutes=1)
    entries = (
        entry("drill", t0, step="start", text=start_text(CREATED)),
        entry("drill", t0 + 2 * m, step="step", text="unlock", drill=True),
        entry("drill", t0 + 5 * m, step="step", text=print_text("vulnerable"), drill=True),
        entry("drill", t0 + 9 * m, step="step", text=print_text("route"), drill=True),
        run_start(10, result="nået", drill=True),
        call("a", "nået", 20, drill=True),
        call("b", "nået", 50, drill=True),
        entry("drill", t0 + 70 * m, step="end", text="Radioen virkede ikke i kælderen"),
    )
    _, text = render("drill", PackOptions(entries=entries, now=t0 + 80 * m))
    assert "Tid til låst op 2 min 00 s" in text
    assert "Tid til første udskrift 5 min 00 s (vulnerable)" in text
    assert "Tid til alle kørelister udskrevet 9 min 00 s" in text
    assert "Krisestab Lemvig 5 20 % 40 % 60 % 2" in text  # 1, 2, 3 of 5 by 15/30/60 min
    assert "Ikke nået – Krisestab Lemvig (2)" in text and "Asta Medarbejder" in text
    assert "Radioen virkede ikke i kælderen" in text
    assert "4 timer gammel ved start" in text or "3 timer gammel ved start" in text


def test_drill_pack_without_a_drill_says_so() -> None:
    _, text = render("drill")
    assert "ingen øvelse i journalen" in text


def test_vehicles_pack_shows_current_assignments() -> None:
    now = CREATED + dt.timedelta(hours=3)
    entries = (
        entry(
            "vehicle",
            CREATED + dt.timedelta(hours=1),
            vehicle_id="v2",
            task="Vand til Solgården",
            driver="Ole",
        ),
    )
    _, text = render("vehicles", PackOptions(entries=entries, now=now))
    assert "På opgave: Vand til Solgården (Ole)" in text and "1 på opgave nu" in text


def test_a_lemvig_sized_municipality_fits_one_page() -> None:
    from continuity_app.exchange.demo import generate_dataset

    data = generate_dataset("lemvig", 1, today=CREATED.date())
    pages, text = render("overview", data=data)
    assert len(pages) == 1
    assert f"Borgere {len(data.citizens)} ·" in text
    assert all(u.unit_id in text for u in data.units) and all(s.location in text for s in data.fuel_stocks)
