"""The demo exports on disk: written the way Danish systems and Excel write, read back equal."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import pytest

from continuity_app.domain.models import Dataset
from continuity_app.exchange import read_exchange
from continuity_app.exchange.demo import generate_dataset, write_exports

TODAY = dt.date(2026, 11, 27)
SPEC_FILES = [
    "units.csv",
    "citizens.csv",
    "relatives.csv",
    "medications.csv",
    "routes.csv",
    "visits.csv",
    "vehicles.csv",
    "fuel_stocks.csv",
    "contacts.csv",
]


@pytest.fixture(scope="module")
def tiny() -> Dataset:
    return generate_dataset("tiny", seed=1, today=TODAY)


@pytest.fixture(scope="module")
def folder(tiny: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("exports") / "tiny"
    write_exports(tiny, out)
    return out


def test_writes_every_spec_file_and_returns_their_paths(tiny: Dataset, tmp_path: Path) -> None:
    paths = write_exports(tiny, tmp_path / "new" / "folder")
    assert [p.name for p in paths] == SPEC_FILES
    assert sorted(p.name for p in (tmp_path / "new" / "folder").iterdir()) == sorted(SPEC_FILES)


def test_same_seed_writes_byte_identical_files(tmp_path: Path) -> None:
    for name in ("a", "b"):
        write_exports(generate_dataset("lemvig", seed=3, today=TODAY), tmp_path / name)
    for file in SPEC_FILES:
        assert (tmp_path / "a" / file).read_bytes() == (tmp_path / "b" / file).read_bytes(), file
    write_exports(generate_dataset("lemvig", seed=4, today=TODAY), tmp_path / "c")
    assert (tmp_path / "a" / "citizens.csv").read_bytes() != (tmp_path / "c" / "citizens.csv").read_bytes()


@pytest.mark.parametrize("scale", ["tiny", "lemvig"])
def test_the_reader_reads_the_exports_back_to_the_same_dataset(scale: str, tmp_path: Path) -> None:
    dataset = generate_dataset(scale, seed=1, today=TODAY)
    write_exports(dataset, tmp_path)
    result = read_exchange(tmp_path, today=TODAY)
    assert result.ok, [str(p) for p in result.errors[:5]]
    assert result.dataset is not None
    for name in dataset.counts():  # dataset by dataset, so a failure names the one that differs
        assert getattr(result.dataset, name) == getattr(dataset, name), name
    # The warnings are the ones the data has on purpose, and only those.
    reasons = {(p.file, p.column) for p in result.warnings}
    assert reasons == {("medications.csv", "end_date"), ("citizens.csv", "no_close_relatives")}


def test_excel_csv_utf8_habits(folder: Path) -> None:
    data = (folder / "citizens.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfcitizen_id;cpr;first_name;")
    assert data.count(b"\r\n") == data.count(b"\n")  # CRLF throughout
    text = data.decode("utf-8-sig")
    assert "Sønderskov" in text
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert all(len(r) == len(rows[0]) for r in rows)
    assert any(";" in cell for r in rows for cell in r), "a quoted field holding the delimiter"
    assert {r[rows[0].index("meal_shopping_help")] for r in rows[1:]} == {"ja", "nej"}
    meds = (folder / "medications.csv").read_text("utf-8-sig")
    assert ";0,5;" in meds or ";1,5;" in meds  # decimal comma
    assert '""efter behov""' in meds  # a dosage text with quotes, doubled inside a quoted field
    table = list(csv.DictReader(io.StringIO(meds), delimiter=";"))
    assert all(re.fullmatch(r"\d{2}-\d{2}-\d{4}", r["start_date"]) for r in table)  # DD-MM-YYYY
    assert all(re.fullmatch(r"\d{2}-\d{2}-\d{4} \d{2}:\d{2}", r["changed_at"]) for r in table)


def test_an_older_system_writes_windows_1252(folder: Path) -> None:
    data = (folder / "relatives.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    assert "ø" in text and ";x\r\n" in text  # "x" for yes


def test_a_system_job_writes_commas_iso_dates_and_lf(folder: Path) -> None:
    data = (folder / "routes.csv").read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf") and b"\r\n" not in data
    header, first = data.decode("utf-8").splitlines()[:2]
    assert header.startswith("route_id,date,unit_id,")
    assert first.split(",")[1] == "2026-11-27"


def test_other_habits_sep_line_thousands_dots_and_column_order(folder: Path) -> None:
    stocks = (folder / "fuel_stocks.csv").read_text("utf-8-sig").splitlines()
    assert stocks[0] == "sep=;" and stocks[1].startswith("stock_id;")
    assert any(
        cell.count(".") == 1 and cell.replace(".", "").isdigit()
        for line in stocks[2:]
        for cell in line.split(";")
    )
    vehicles = (folder / "vehicles.csv").read_text("utf-8-sig").splitlines()
    assert vehicles[0].startswith("registration;vehicle_id;")  # not SPEC §2's order
    assert ".2026 " in vehicles[1]  # DD.MM.YYYY HH:MM


def test_phone_numbers_are_spelled_the_many_ways_systems_do(folder: Path) -> None:
    text = (folder / "citizens.csv").read_text("utf-8-sig") + (folder / "contacts.csv").read_text("utf-8-sig")
    assert re.search(r";\+45 \d{2} \d{2} \d{2} \d{2};", text)
    assert re.search(r";\d{8};", text)
    assert re.search(r";\d{2} \d{2} \d{2} \d{2};", text)
