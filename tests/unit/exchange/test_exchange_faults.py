"""Every kind of fault is reported with file, line, column and reason — and all at once."""

# ruff: noqa: E501  (the expected messages are quoted whole, as IT reads them)

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from continuity_app.exchange import ExchangeResult, Problem, read_exchange

Read = Callable[..., ExchangeResult]
OnlyError = Callable[[ExchangeResult], Problem]

CITIZENS_HEAD = "citizen_id;cpr;first_name;last_name;address;unit_id;no_close_relatives\n"


def located(result: ExchangeResult) -> list[tuple[str, int | None, str | None, str]]:
    return [(p.file, p.line, p.column, p.reason) for p in result.errors]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"citizens.csv": CITIZENS_HEAD + "C1;;Karen;Sønderskov;Vej 3;U1;\nC2;;Åge;Ørum;Vej 1;U7;ja\n"},
            ("citizens.csv", 3, "unit_id", "unknown unit_id 'U7': no such unit in units.csv"),
        ),
        (
            {"relatives.csv": "citizen_id;name;phone\nC1;Mette;20304050\nC9;Ole;20304051\n"},
            ("relatives.csv", 3, "citizen_id", "unknown citizen_id 'C9': no such citizen in citizens.csv"),
        ),
        (
            {"medications.csv": "medication_id;citizen_id;drug;dose_text\nM1;C3;Pinex;1 tablet\n"},
            ("medications.csv", 2, "citizen_id", "unknown citizen_id 'C3': no such citizen in citizens.csv"),
        ),
        (
            {"routes.csv": "route_id;date;unit_id;name\nR1;2026-11-27;U3;Rute 1\n", "visits.csv": None},
            ("routes.csv", 2, "unit_id", "unknown unit_id 'U3': no such unit in units.csv"),
        ),
        (
            {"visits.csv": "visit_id;route_id;seq;start;citizen_id\nV1;R1;1;07:30;C1\nV2;R2;1;08:00;C2\n"},
            ("visits.csv", 3, "route_id", "unknown route_id 'R2': no such route in routes.csv"),
        ),
        (
            {"visits.csv": "visit_id;route_id;seq;start;citizen_id\nV1;R1;1;07:30;C5\n"},
            ("visits.csv", 2, "citizen_id", "unknown citizen_id 'C5': no such citizen in citizens.csv"),
        ),
        (
            {"vehicles.csv": "vehicle_id;registration;fuel;owner_unit_id\nV1;AB 12 345;el;U4\n"},
            ("vehicles.csv", 2, "owner_unit_id", "unknown owner_unit_id 'U4': no such unit in units.csv"),
        ),
        (
            {"routes.csv": "route_id;date;unit_id;name;vehicle_id\nR1;2026-11-27;U1;Rute 1;V8\n"},
            ("routes.csv", 2, "vehicle_id", "unknown vehicle_id 'V8': no such vehicle in vehicles.csv"),
        ),
        (
            {"contacts.csv": "tree_id;tree_name;node_id;parent_id;name\nT1;K;N1;;A\nT1;K;N2;N7;B\n"},
            ("contacts.csv", 3, "parent_id", "unknown parent_id 'N7': no node 'N7' in tree 'T1'"),
        ),
        (
            {"contacts.csv": "tree_id;tree_name;node_id;parent_id;deputy_node_id;name\nT1;K;N1;;N5;A\n"},
            ("contacts.csv", 2, "deputy_node_id", "unknown deputy_node_id 'N5': no node 'N5' in tree 'T1'"),
        ),
        (
            {"contacts.csv": "tree_id;tree_name;node_id;parent_id;name;unit_id\nT1;K;N1;;A;U6\n"},
            ("contacts.csv", 2, "unit_id", "unknown unit_id 'U6': no such unit in units.csv"),
        ),
    ],
    ids=[
        "citizen-unit",
        "relative-citizen",
        "medication-citizen",
        "route-unit",
        "visit-route",
        "visit-citizen",
        "vehicle-unit",
        "route-vehicle",
        "contact-parent",
        "contact-deputy",
        "contact-unit",
    ],
)
def test_unknown_references(
    read: Read, only_error: OnlyError, files: dict[str, str], expected: tuple[str, int, str, str]
) -> None:
    problem = only_error(read(files))
    assert (problem.file, problem.line, problem.column, problem.reason) == expected


def test_a_parent_in_another_tree_does_not_count(read: Read, only_error: OnlyError) -> None:
    contacts = "tree_id;tree_name;node_id;parent_id;name\nT1;K;N1;;A\nT2;L;N2;N1;B\n"
    problem = only_error(read({"contacts.csv": contacts}))
    assert (problem.line, problem.reason) == (3, "unknown parent_id 'N1': no node 'N1' in tree 'T2'")


def test_routes_naming_vehicles_without_vehicles_csv_is_a_warning(read: Read) -> None:
    result = read({"vehicles.csv": None})
    assert result.ok
    assert [str(w) for w in result.warnings] == [
        "routes.csv: vehicle_id: 1 routes name a vehicle but vehicles.csv is absent: not checked"
    ]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "units.csv",
            "unit_id;name\nU1;A\nU2;B\nU1;C\n",
            (4, "unit_id", "duplicate unit_id 'U1' (first at units.csv:2)"),
        ),
        (
            "medications.csv",
            "medication_id;citizen_id;drug;dose_text\nM1;C1;A;x\nM1;C2;B;y\n",
            (3, "medication_id", "duplicate medication_id 'M1' (first at medications.csv:2)"),
        ),
        (
            "visits.csv",
            "visit_id;route_id;seq;start;citizen_id\nV1;R1;1;07:30;C1\nV2;R1;1;08:00;C2\n",
            (3, "seq", "seq 1 appears twice in route 'R1' (first at visits.csv:2)"),
        ),
        (
            "contacts.csv",
            "tree_id;tree_name;node_id;name\nT1;K;N1;A\nT2;L;N1;B\nT1;K;N1;C\n",
            (4, "node_id", "duplicate node_id 'N1' in tree 'T1' (first at contacts.csv:2)"),
        ),
        (
            "fuel_stocks.csv",
            "stock_id;location;fuel\nF1;Depot;diesel\nF1;Havn;benzin\n",
            (3, "stock_id", "duplicate stock_id 'F1' (first at fuel_stocks.csv:2)"),
        ),
    ],
)
def test_duplicate_keys(
    read: Read, only_error: OnlyError, name: str, text: str, expected: tuple[int, str, str]
) -> None:
    problem = only_error(read({name: text}))
    assert (problem.file, problem.line, problem.column, problem.reason) == (name, *expected)


def test_contact_tree_cycle_is_reported_with_its_path(read: Read, only_error: OnlyError) -> None:
    contacts = (
        "tree_id;tree_name;node_id;parent_id;name\n"
        "T1;Krisestab;N1;;Leder\n"
        "T1;Krisestab;A;C;Anna\n"
        "T1;Krisestab;B;A;Bo\n"
        "T1;Krisestab;C;B;Carl\n"
        "T1;Krisestab;D;C;Dorte\n"  # hangs below the cycle: not itself in it
    )
    problem = only_error(read({"contacts.csv": contacts}))
    assert (problem.file, problem.line, problem.column) == ("contacts.csv", 3, "parent_id")
    assert problem.reason.startswith("contact tree 'T1' has a cycle: A → C → B → A")


def test_a_node_that_is_its_own_parent_is_a_cycle(read: Read, only_error: OnlyError) -> None:
    problem = only_error(read({"contacts.csv": "tree_id;tree_name;node_id;parent_id;name\nT1;K;N1;N1;A\n"}))
    assert problem.reason.startswith("contact tree 'T1' has a cycle: N1 → N1")


def test_impossible_cpr_date(read: Read, only_error: OnlyError) -> None:
    citizens = CITIZENS_HEAD + "C1;010150-1234;Karen;S;Vej 3;U1;\nC2;300286-1234;Åge;Ø;Vej 1;U2;ja\n"
    problem = only_error(read({"citizens.csv": citizens}))
    assert str(problem) == "citizens.csv:3: cpr: '300286-1234' is not a real date"


def test_bad_time(read: Read, only_error: OnlyError) -> None:
    visits = "visit_id;route_id;seq;start;end;citizen_id\nV1;R1;1;07:30;7:95;C1\n"
    problem = only_error(read({"visits.csv": visits}))
    assert (problem.file, problem.line, problem.column) == ("visits.csv", 2, "end")
    assert problem.reason == "'7:95' is not a real time of day"


def test_missing_required_column_is_one_error_not_one_per_row(read: Read, only_error: OnlyError) -> None:
    citizens = "citizen_id;first_name;last_name;unit_id;no_close_relatives\nC1;Karen;S;U1;\nC2;Åge;Ø;U2;ja\n"
    problem = only_error(read({"citizens.csv": citizens}))
    assert (problem.file, problem.line, problem.column) == ("citizens.csv", 1, "address")
    assert problem.reason == "required column 'address' is missing"


def test_duplicated_header_column(read: Read, only_error: OnlyError) -> None:
    problem = only_error(read({"units.csv": "unit_id;name;Name\nU1;A;B\nU2;C;D\n"}))
    assert (problem.file, problem.line, problem.column) == ("units.csv", 1, "name")
    assert problem.reason == "column 'name' appears twice in the header"


def test_required_value_empty(read: Read, only_error: OnlyError) -> None:
    problem = only_error(read({"relatives.csv": "citizen_id;name;phone\nC1;Mette;  \n"}))
    assert (problem.file, problem.line, problem.column, problem.reason) == (
        "relatives.csv",
        2,
        "phone",
        "required value is empty",
    )


@pytest.mark.parametrize("content", [b"", b"unit_id;name\r\n", b"\xef\xbb\xbf\r\n\r\n"])
def test_units_csv_empty_is_an_error(read: Read, only_error: OnlyError, content: bytes) -> None:
    problem = only_error(read({"units.csv": content}))
    assert problem.file == "units.csv" and problem.line is None
    assert problem.reason.endswith("it must list at least one row")


def test_units_csv_missing(read: Read) -> None:
    result = read({"units.csv": None})
    assert result.errors[0] == Problem(
        "units.csv", None, None, "units.csv is missing; it is the one file required"
    )
    assert result.dataset is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("unit_id;name\nU1;Vest\n".encode("utf-16"), "wrong encoding: the file is UTF-16"),
        ("unit_id;name\nU1;Vest\n".encode("utf-16-le"), "wrong encoding: the file contains NUL bytes"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "wrong encoding: the file contains NUL bytes"),
        (b"unit_id;name\nU1;Vest \x81\x8d\n", "wrong encoding: the file is neither UTF-8 nor Windows-1252"),
    ],
    ids=["utf-16-bom", "utf-16-no-bom", "binary", "undefined-cp1252"],
)
def test_wrong_encoding_names_the_file(read: Read, content: bytes, reason: str) -> None:
    result = read({"units.csv": content})
    assert result.dataset is None
    problem = result.errors[0]
    assert (problem.file, problem.line) == ("units.csv", None)
    assert problem.reason.startswith(reason)


def test_bad_quoting_and_an_unclosed_quote(read: Read) -> None:
    units = 'unit_id;name\nU1;"Vest"x\nU2;Solgården\nU3;"Nord\n'
    result = read({"units.csv": units})
    assert located(result) == [
        (
            "units.csv",
            2,
            None,
            "bad quoting: ';' expected after '\"' (a quote inside a quoted field must be doubled: \"\")",
        ),
        ("units.csv", 4, None, 'a quote (") opened in this record is never closed'),
    ]


def test_a_row_with_more_fields_than_the_header(read: Read, only_error: OnlyError) -> None:
    problem = only_error(read({"units.csv": "unit_id;name\nU1;Vest\nU2;Sol;gården\n"}))
    assert (problem.line, problem.reason) == (
        3,
        "the row has 3 fields but the header has 2 (an unquoted delimiter inside a value?)",
    )


def test_a_50_mb_line_is_refused_with_its_line_and_the_rest_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with (folder / "units.csv").open("wb") as f:
        f.write(b"unit_id;name;notes\r\nU1;Vest;ok\r\nU2;Nord;")
        chunk = b"x" * (1 << 20)
        for _ in range(50):
            f.write(chunk)
        f.write(b"\r\nU3;Syd;ok\r\nU3;Dublet;\r\n")
    assert (folder / "units.csv").stat().st_size > 50 * (1 << 20)
    result = read_exchange(folder, today=dt.date(2026, 11, 27))
    assert located(result) == [
        (
            "units.csv",
            3,
            None,
            "field too long: the line is longer than 1 MB; it is skipped (an unclosed quote or a broken export?)",
        ),
        ("units.csv", 5, "unit_id", "duplicate unit_id 'U3' (first at units.csv:4)"),
    ]


def test_a_50_mb_quoted_field_spanning_lines_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with (folder / "units.csv").open("wb") as f:
        f.write(b'unit_id;name;notes\nU1;Vest;"')
        line = b"y" * 1000 + b"\n"
        for _ in range(50 * 1024):
            f.write(line)
        f.write(b'"\nU2;Nord;ok\n')
    result = read_exchange(folder, today=dt.date(2026, 11, 27))
    # where a runaway quoted field ends is anybody's guess: one error, not 50,000
    assert located(result) == [
        (
            "units.csv",
            2,
            None,
            "field too long: a field is longer than 131072 characters (an unclosed quote?);"
            " the rest of the file is not read",
        ),
    ]


def test_a_folder_with_many_faults_reports_every_one(read: Read) -> None:
    files = {
        "units.csv": "unit_id;name;category\nU1;Vest;A\nU2;Solgården;D\nU1;Dublet;B\n",
        "citizens.csv": CITIZENS_HEAD
        + "C1;320150-1234;Karen;S;Vej 3;U1;\nC2;240337-4321;Åge;Ø;;U2;ja\nC3;;Bo;B;Vej 9;U8;ja\n",
        "visits.csv": "visit_id;route_id;seq;start;citizen_id\nV1;R1;1;7.30;C1\nV2;R1;2;halv otte;C2\n",
        "contacts.csv": "tree_id;tree_name;node_id;parent_id;name\nT1;K;N1;N2;A\nT1;K;N2;N1;B\n",
        "vehicles.csv": "vehicle_id;registration;fuel\nV1;AB 12 345;brint\n",
    }
    result = read(files)
    assert located(result) == [
        ("units.csv", 3, "category", "'D' is not one of: A, B, C"),
        ("citizens.csv", 2, "cpr", "'320150-1234' is not a real date"),
        ("citizens.csv", 3, "address", "required value is empty"),
        ("visits.csv", 3, "start", "'halv otte' is not a time (write HH:MM, e.g. 07:30)"),
        ("vehicles.csv", 2, "fuel", "'brint' is not one of: el, benzin, diesel, hybrid, plugin-hybrid"),
        ("units.csv", 4, "unit_id", "duplicate unit_id 'U1' (first at units.csv:2)"),
        ("citizens.csv", 4, "unit_id", "unknown unit_id 'U8': no such unit in units.csv"),
        (
            "contacts.csv",
            2,
            "parent_id",
            "contact tree 'T1' has a cycle: N1 → N2 → N1 (every node in it has a parent, so none of them is reached from the root)",
        ),
    ]
    # the broken citizen rows still exist for references: no "unknown citizen C1/C2" noise
    assert not any("unknown citizen_id" in p.reason for p in result.errors)


def test_thousands_of_faults_are_capped_with_a_count(read: Read) -> None:
    rows = "".join(f"M{i};C1;Pinex;1 tablet;{i}x\n" for i in range(1500))
    result = read({"medications.csv": "medication_id;citizen_id;drug;dose_text;morning\n" + rows})
    assert len(result.errors) == 1001
    assert result.errors[0] == Problem("medications.csv", 2, "morning", "'0x' is not a number")
    assert result.errors[-1].reason == "… and 500 more errors not listed"


def test_warnings_for_ended_medication_and_citizen_without_relatives(read: Read) -> None:
    medications = (
        "medication_id;citizen_id;drug;dose_text;end_date\n"
        "M1;C1;Ciprofloxacin;1 tablet morgen og aften i 7 dage;20-11-2026\n"
        "M2;C1;Pinex;2 tabletter 3 gange daglig;27-11-2026\n"
    )
    citizens = CITIZENS_HEAD + "C1;;Karen;S;Vej 3;U1;\nC2;;Åge;Ø;Vej 1;U2;\n"
    result = read({"medications.csv": medications, "citizens.csv": citizens})
    assert result.ok
    assert [str(w) for w in result.warnings] == [
        "medications.csv:2: end_date: the medication ended on 2026-11-20, before today (2026-11-27); it is still published",
        "citizens.csv:3: no_close_relatives: citizen 'C2' has no relatives listed and is not flagged no_close_relatives",
    ]


def test_not_a_folder(tmp_path: Path) -> None:
    result = read_exchange(tmp_path / "nowhere")
    assert result.dataset is None
    assert result.errors[0].reason == "the exchange folder does not exist or is not a folder"


def test_a_tree_named_differently_in_two_rows_is_a_warning(read: Read) -> None:
    contacts = "tree_id;tree_name;node_id;parent_id;name\nT1;Krisestab;N1;;A\nT1;Krisestaben;N2;N1;B\n"
    result = read({"contacts.csv": contacts})
    assert result.ok
    assert [str(w) for w in result.warnings] == [
        "contacts.csv:3: tree_name: tree 'T1' is named 'Krisestab' at contacts.csv:2; the rows of one tree should agree on its name"
    ]


def test_thousands_of_warnings_are_capped_per_kind(read: Read) -> None:
    rows = "".join(f"M{i};C1;Pinex;1 tablet;01-01-2026\n" for i in range(120))
    result = read(
        {
            "medications.csv": "medication_id;citizen_id;drug;dose_text;end_date\n" + rows,
            "units.csv": "unit_id;name;extra\nU1;A;\nU2;B;\n",
        }
    )
    assert result.ok
    ended = [w for w in result.warnings if w.column == "end_date"]
    assert len(ended) == 50
    assert (
        str(result.warnings[0]) == "units.csv:1: extra: unknown column 'extra' is ignored"
    )  # not crowded out
    assert str(result.warnings[-1]) == "… and 70 more warnings like: medication ended before today"


def test_a_file_without_its_header_row(read: Read, only_error: OnlyError) -> None:
    problem = only_error(read({"relatives.csv": "C1;Mette Sønderskov;datter;20304050;x\n"}))
    assert (problem.file, problem.line, problem.column) == ("relatives.csv", 1, None)
    assert problem.reason == (
        "the header line ('c1', 'mette_sønderskov', 'datter', '20304050' …) names none of the columns"
        " of relatives.csv: is the header row missing, or the delimiter not ; , or tab?"
    )


def test_two_citizens_with_one_cpr_is_a_warning(read: Read) -> None:
    citizens = CITIZENS_HEAD + "C1;010150-1234;Karen;S;Vej 3;U1;\nC2;0101501234;Åge;Ø;Vej 1;U2;ja\n"
    result = read({"citizens.csv": citizens})
    assert result.ok
    assert [str(w) for w in result.warnings] == [
        "citizens.csv:3: cpr: the same CPR number as citizen 'C1' (citizens.csv:2)"
    ]
