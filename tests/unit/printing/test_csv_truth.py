"""From ``medications.csv`` and ``fuel_stocks.csv`` to paper, as a nurse and the fuel staff read it:
the schedule columns and ``clock_times``, the cross-check of a dose's own fields (a warning naming
file, line and field, and a mark on the page), a bad ``clock_times`` cell, and naive times read as
Danish local time across both summer-time changes — in the store and on paper."""

# ruff: noqa: E501  (CSV rows are quoted whole)

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from printing_support import CREATED

from continuity_app.domain.age import local
from continuity_app.domain.models import Dataset, DoseSchedule
from continuity_app.exchange import ExchangeResult, read_exchange
from continuity_app.printing import Stamp, render_pack
from continuity_app.printing.dosing import MISMATCH, NOT_DAILY
from continuity_app.store import Store

TODAY = dt.date(2026, 11, 27)  # a Friday: the 72-hour grid is Friday, Saturday, Sunday
CPH = dt.timezone(dt.timedelta(hours=1)), dt.timezone(dt.timedelta(hours=2))  # winter, summer

FILES = {
    "units.csv": "unit_id;name\nU1;Hjemmeplejen Vest\n",
    "citizens.csv": "citizen_id;first_name;last_name;address;unit_id;allergies;treatment_level\r\n"
    "C1;Karen;Sønderskov;Vestergade 3;U1;Ingen kendte.;fuld behandling\r\n"
    "C2;Åge;Ørum;Østergade 5;U1;;\r\n",
    # Excel style: cp1252, ";" and CRLF, decimal comma.
    "medications.csv": (
        "medication_id;citizen_id;drug;strength;dose_text;morning;noon;evening;night;dose_unit;as_needed;time_critical;clock_times\r\n"
        "M1;C1;Sinemet;100 mg;1 kapsel 4 gange dagligt – præcis tid;1;1;1;;kapsel;nej;ja;07:00|11:00|15:00|19:00\r\n"
        "M2;C1;Simvastatin;40 mg;1 tablet til natten;;;;1;tablet;;;\r\n"
        "M3;C1;Panodil;500 mg;2 tabletter ved smerter højst 4 gange i døgnet;2;;;;tablet;ja;;\r\n"
        "M4;C1;Methotrexat;2,5 mg;4 tabletter hver søndag;;;;;;;;\r\n"
        "M5;C1;Madopar;125 mg;1 kapsel kl. 6, 12 og 18;;;;;;;ja;06:00|12:00|18:00\r\n"
    ),
    "fuel_stocks.csv": (
        "stock_id;location;fuel;litres;read_at\n"
        "F1;Vinter før skift;diesel;100;2026-03-29 01:30\n"  # before summer time begins (02:00)
        "F2;Sommer efter skift;diesel;100;29-03-2026 03:30\n"
        "F3;Sommer;diesel;100;2026-07-01 04:47\n"
        "F4;Dobbelt time;diesel;100;2026-10-25 02:30\n"  # occurs twice: the first (summer) is meant
        "F5;Vinter efter skift;diesel;100;25.10.2026 03:30\n"
        "F6;Med forskydning;diesel;100;2026-11-27T04:47:00Z\n"  # an explicit offset is honoured
    ),
}

#: (stock, wall clock written, offset from UTC, as the paper prints it)
READINGS = [
    ("F1", "01:30", 0, "29. marts 2026 kl. 01:30"),
    ("F2", "03:30", 1, "29. marts 2026 kl. 03:30"),
    ("F3", "04:47", 1, "1. juli 2026 kl. 04:47"),
    ("F4", "02:30", 1, "25. oktober 2026 kl. 02:30"),
    ("F5", "03:30", 0, "25. oktober 2026 kl. 03:30"),
    ("F6", "05:47", 0, "27. november 2026 kl. 05:47"),
]


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        excel = name in ("medications.csv", "citizens.csv")
        (folder / name).write_bytes(text.encode("cp1252" if excel else "utf-8"))
    return folder


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> ExchangeResult:
    return read_exchange(write(tmp_path_factory.mktemp("csv") / "ex", FILES), today=TODAY)


@pytest.fixture(scope="module")
def dataset(result: ExchangeResult) -> Dataset:
    assert [str(p) for p in result.errors] == []
    assert result.dataset is not None
    return result.dataset


@pytest.fixture(scope="module")
def unit_store(dataset: Dataset) -> Iterator[Store]:
    with Store.build(dataset, meta={"created_at": CREATED.isoformat()}) as full, full.derive("U1") as s:
        yield s


def render(store: Store, pack: str, **kw: object) -> bytes:
    out = io.BytesIO()
    render_pack(store, pack, out, stamp=Stamp("Test", CREATED), date=TODAY, **kw)  # type: ignore[arg-type]
    return out.getvalue()


def test_the_schedule_columns_and_clock_times_are_read(dataset: Dataset) -> None:
    meds = {m.medication_id: m for m in dataset.medications}
    assert meds["M1"].daily_grid == (1.0, 1.0, 1.0, None) and meds["M1"].dose_unit == "kapsel"
    assert meds["M1"].clock_times == ("07:00", "11:00", "15:00", "19:00")
    assert meds["M1"].dose_text == "1 kapsel 4 gange dagligt – præcis tid"  # cp1252 en dash intact
    assert meds["M2"].daily_grid == (None, None, None, 1.0) and meds["M2"].schedule is DoseSchedule.DAILY
    assert meds["M4"].schedule is DoseSchedule.NON_DAILY and meds["M4"].due_weekdays == ("sun",)
    assert meds["M3"].schedule is DoseSchedule.AS_NEEDED
    assert meds["M5"].clock_times == ("06:00", "12:00", "18:00") and meds["M5"].dose_mismatch is False


def test_a_dose_whose_fields_disagree_is_warned_naming_file_line_and_field(result: ExchangeResult) -> None:
    found = sorted((p.file, p.line, p.column) for p in result.warnings if "tjek: tekst og skema" in p.reason)
    assert found == [
        ("medications.csv", 2, "clock_times"),  # four clock times over a grid of three
        ("medications.csv", 2, "dose_text"),  # "4 gange dagligt" over a grid of three
        ("medications.csv", 4, "as_needed"),  # a grid on a dose marked as needed
    ]
    text = next(str(p) for p in result.warnings if p.line == 2 and p.column == "dose_text")
    assert "medications.csv:2: dose_text: the dose text says 4 times a day but the grid gives 3" in text
    assert result.dataset is not None
    flagged = {m.medication_id for m in result.dataset.medications if m.dose_mismatch}
    assert flagged == {"M1", "M3"}


def test_the_page_marks_the_disagreeing_dose_and_gives_a_row_per_clock_time(
    unit_store: Store, read_pdf
) -> None:
    pdf = read_pdf(render(unit_store, "medication", citizen_id="C1"))
    whole = pdf.whole()
    listing, grid = whole.split("Administrationsskema", 1)
    # In the list: Sinemet (text and clock times against the grid) and Panodil (a grid on a PN dose).
    assert listing.count(MISMATCH) == 2
    sinemet = listing[listing.index("Sinemet 100 mg") : listing.index("Methotrexat")]
    assert MISMATCH in sinemet and "Kl. 07:00, 11:00, 15:00, 19:00" in sinemet
    assert MISMATCH in listing[listing.index("Panodil 500 mg") :]
    # In the 72-hour grid: one row per clock time, each marked, none under Morgen/Middag/Aften.
    rows = [line for page in pdf.pages for line in page.splitlines() if line.lstrip().startswith("Sinemet")]
    assert [line.split()[3] for line in rows[1:]] == ["07:00", "11:00", "15:00", "19:00"], rows
    assert not any(slot in line for line in rows[1:] for slot in ("Morgen", "Middag", "Aften"))
    assert grid.count(MISMATCH) == 4
    for clock in ("06:00", "12:00", "18:00"):  # Madopar: its own clock times too
        assert clock in grid
    assert NOT_DAILY + ". Gives: søndag" in whole  # the weekly dose, from its text alone
    assert "Ingen kendte allergier" in whole and "Behandlingsniveau: fuld behandling" in whole


def test_a_bad_clock_times_cell_is_a_located_problem(tmp_path: Path) -> None:
    bad = dict(FILES)
    bad["medications.csv"] = FILES["medications.csv"].replace("07:00|11:00|15:00|19:00", "07:00|25:00|kl. 15")
    bad["medications.csv"] = bad["medications.csv"].replace("06:00|12:00|18:00", "06:00|06:00")
    result = read_exchange(write(tmp_path / "ex", bad), today=TODAY)
    assert result.dataset is None
    shown = sorted(str(p) for p in result.errors)
    assert len(shown) == 2, shown
    assert shown[0].startswith("medications.csv:2: clock_times: '25:00' is not a real time of day")
    assert shown[1].startswith("medications.csv:6: clock_times: '06:00' appears twice in clock_times")


def test_naive_times_are_danish_local_time_across_both_summer_time_changes(
    dataset: Dataset, unit_store: Store
) -> None:
    def utc(moment: dt.datetime | None) -> dt.datetime:
        assert moment is not None and moment.utcoffset() is not None  # never naive
        return moment.astimezone(dt.UTC)

    read = {s.stock_id: utc(s.read_at) for s in dataset.fuel_stocks}
    kept = {s.stock_id: s.read_at for s in unit_store.fuel_stocks()}
    assert {k: utc(v) for k, v in kept.items()} == read  # the store keeps the instant
    for stock, clock, summer, _printed in READINGS:
        shown = local(kept[stock])  # type: ignore[arg-type]
        assert f"{shown:%H:%M}" == clock, stock  # what the screen shows: the time as written
        assert shown.utcoffset() == CPH[summer].utcoffset(None), stock
    # The summer-time change days are 23 and 25 hours long: F1→F2 is one hour, not two.
    assert read["F2"] - read["F1"] == dt.timedelta(hours=1)
    assert read["F5"] - read["F4"] == dt.timedelta(hours=2)


def test_naive_times_on_paper_are_the_times_as_written(unit_store: Store, read_pdf) -> None:
    pdf = read_pdf(render(unit_store, "vehicles"))
    text = pdf.whole()
    for stock, _clock, _summer, printed in READINGS:
        assert printed in text, (stock, printed)
    assert "kl. 05:47" not in text.replace("27. november 2026 kl. 05:47", "")  # no reading shifted an hour


def test_an_empty_allergy_cell_is_not_stated_and_an_explicit_one_is_none_known(
    unit_store: Store, read_pdf
) -> None:
    karen = read_pdf(render(unit_store, "medication", citizen_id="C1")).whole()
    aage = read_pdf(render(unit_store, "medication", citizen_id="C2")).whole()
    assert "Ingen kendte allergier" in karen and "ikke oplyst – spørg" not in karen
    assert "Allergier: ikke oplyst" in aage and "Ingen kendte allergier" not in aage
    assert "Behandlingsniveau: ikke oplyst" in aage and "Åge Ørum" in aage  # cp1252 read right
