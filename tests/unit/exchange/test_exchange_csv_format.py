"""CSV files as Excel and Danish care systems really write them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from continuity_app.domain.age import COPENHAGEN
from continuity_app.domain.models import Residence
from continuity_app.exchange import ExchangeResult, Problem

Read = Callable[..., ExchangeResult]
OnlyError = Callable[[ExchangeResult], Problem]


def excel(text: str) -> bytes:
    """What Excel's "CSV UTF-8 (semikolonsepareret)" writes: BOM, ';', CRLF."""
    return b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")


def test_excel_export_with_bom_crlf_danish_dates_and_decimal_comma(read: Read) -> None:
    medications = excel(
        "Medication_ID;Citizen_ID;Drug;Dose_text;Morning;Noon;Evening;Night;Dose_unit;Start_date;End_date;"
        "Time_critical;Changed_at\n"
        "M1;C1;Pinex;1½ tablet morgen;1,5;;;;stk;01-11-2026;31-12-2026;X;26-11-2026 14:05\n"
        "M2;C1;Lactulose;12,5 ml morgen;12,5;;;;ml;1.11.2026;;;26.11.2026 14.05\n"
    )
    result = read({"medications.csv": medications})
    assert result.ok, [str(p) for p in result.errors]
    assert result.dataset is not None
    m1, m2 = result.dataset.medications
    assert (
        m1.morning == 1.5 and m1.start_date == dt.date(2026, 11, 1) and m1.end_date == dt.date(2026, 12, 31)
    )
    assert m1.time_critical is True and m1.changed_at == dt.datetime(2026, 11, 26, 14, 5, tzinfo=COPENHAGEN)
    assert m2.morning == 12.5 and m2.start_date == dt.date(2026, 11, 1)
    assert m2.changed_at == dt.datetime(2026, 11, 26, 14, 5, tzinfo=COPENHAGEN)


def test_excel_sep_line_is_honoured_and_lines_still_count_from_the_file_top(
    read: Read, only_error: OnlyError
) -> None:
    units = excel("sep=;\nunit_id;name;category\nU1;Vest;A\nU2;Solgården;Q\n")
    problem = only_error(read({"units.csv": units}))
    assert (problem.file, problem.line, problem.column) == ("units.csv", 4, "category")
    assert problem.reason == "'Q' is not one of: A, B, C"


def test_windows_1252_file_with_danish_letters(read: Read) -> None:
    citizens = (
        "citizen_id;first_name;last_name;address;city;unit_id;allergies;no_close_relatives\r\n"
        "C1;Søren;Æbelø;Åvej 2;Bøvlingbjerg;U1;Penicillin – udslæt;\r\n"
        "C2;Åge;Ørum;Solgården 1;Lemvig;U2;;x\r\n"
    ).encode("cp1252")
    result = read({"citizens.csv": citizens})
    assert result.ok, [str(p) for p in result.errors]
    assert result.dataset is not None
    c1 = result.dataset.citizens[0]
    assert (c1.first_name, c1.last_name, c1.address, c1.city) == ("Søren", "Æbelø", "Åvej 2", "Bøvlingbjerg")
    assert c1.allergies == "Penicillin – udslæt"  # the en dash is a cp1252 byte (0x96)


def test_comma_delimited_iso_file_with_quoted_commas(read: Read) -> None:
    routes = 'route_id,date,unit_id,name,shift\nR1,2026-11-27,U1,"Rute 1, Lemvig by",Dag\n'
    result = read({"routes.csv": routes, "visits.csv": None})
    assert result.ok, [str(p) for p in result.errors]
    assert result.dataset is not None
    assert result.dataset.routes[0].name == "Rute 1, Lemvig by"


def test_tab_delimited_file(read: Read) -> None:
    units = "unit_id\tname\tkind\nU1\tVest\thjemmepleje\nU2\tSolgården\tplejecenter\n"
    result = read({"units.csv": units})
    assert result.ok and result.dataset is not None
    assert [u.name for u in result.dataset.units] == ["Vest", "Solgården"]


def test_column_order_and_header_case_and_spacing_are_free(read: Read) -> None:
    citizens = (
        " Unit_ID ;ADDRESS;Last Name;First-Name;Residence;Citizen_ID;No_Close_Relatives\n"
        "U1;Vestergade 3;Sønderskov;Karen;Eget hjem;C1;\n"
        "U2;Solgården 1;Ørum;Åge;PLEJECENTER;C2;ja\n"
    )
    result = read({"citizens.csv": citizens})
    assert result.ok, [str(p) for p in result.errors]
    assert result.dataset is not None
    karen = result.dataset.citizens[0]
    assert (karen.citizen_id, karen.first_name, karen.last_name, karen.unit_id) == (
        "C1",
        "Karen",
        "Sønderskov",
        "U1",
    )
    assert result.dataset.citizens[1].residence is Residence.PLEJECENTER


def test_quoted_fields_with_newlines_keep_physical_line_numbers(read: Read, only_error: OnlyError) -> None:
    citizens = (
        "citizen_id;first_name;last_name;address;unit_id;key_info;no_close_relatives\n"
        'C1;Karen;Sønderskov;Vestergade 3;U1;"Nøgleboks ved bagdør\nkode 1234\n""ring på""";\n'
        "C2;Åge;Ørum;Solgården 1;U9;;ja\n"
    )
    problem = only_error(read({"citizens.csv": citizens}))
    # C1's record spans lines 2–4, so C2 starts on physical line 5
    assert (problem.file, problem.line, problem.column) == ("citizens.csv", 5, "unit_id")
    assert problem.reason == "unknown unit_id 'U9': no such unit in units.csv"


def test_quoted_newlines_survive_into_the_value(read: Read) -> None:
    citizens = (
        "citizen_id;first_name;last_name;address;unit_id;key_info;no_close_relatives\r\n"
        'C1;Karen;Sønderskov;Vestergade 3;U1;"Nøgleboks\r\nkode; 1234";\r\n'
        "C2;Åge;Ørum;Solgården 1;U2;;ja\r\n"
    )
    result = read({"citizens.csv": citizens})
    assert result.ok and result.dataset is not None
    assert result.dataset.citizens[0].key_info == "Nøgleboks\r\nkode; 1234"


def test_old_mac_cr_line_endings(read: Read, only_error: OnlyError) -> None:
    units = "unit_id;name;category\rU1;Vest;A\rU2;Solgården;Z\r"
    problem = only_error(read({"units.csv": units}))
    assert (problem.line, problem.column) == (3, "category")


def test_trailing_delimiters_empty_rows_and_whitespace_are_tolerated(read: Read) -> None:
    units = (
        "unit_id;name;kind;;;\r\n"
        "  U1 ; Hjemmeplejen Vest ; hjemmepleje ;;;\r\n"
        "U2;Solgården;plejecenter;;;\r\n"
        ";;;;;\r\n"
        "\r\n"
        "\r\n"
    )
    result = read({"units.csv": units})
    assert result.ok, [str(p) for p in result.errors]
    assert result.dataset is not None
    assert [(u.unit_id, u.name) for u in result.dataset.units] == [
        ("U1", "Hjemmeplejen Vest"),
        ("U2", "Solgården"),
    ]
    assert result.warnings == []


def test_unknown_columns_are_one_warning_each_and_publishing_goes_on(read: Read) -> None:
    units = "unit_id;name;region;cost_centre\nU1;Vest;Midt;4711\nU2;Solgården;Midt;4712\n"
    result = read({"units.csv": units})
    assert result.ok
    assert [(w.file, w.line, w.column, w.reason) for w in result.warnings] == [
        ("units.csv", 1, "region", "unknown column 'region' is ignored"),
        ("units.csv", 1, "cost_centre", "unknown column 'cost_centre' is ignored"),
    ]


def test_file_names_are_matched_case_insensitively(read: Read) -> None:
    result = read({"units.csv": None, "Units.CSV": BASE_UNITS})
    assert result.ok, [str(p) for p in result.errors]


def test_unknown_csv_file_is_a_warning(read: Read) -> None:
    result = read({"citizen.csv": "citizen_id\nC1\n"})
    assert result.ok
    assert [str(w) for w in result.warnings] == [
        "citizen.csv: unknown file: not an export Nødkopi reads; ignored"
    ]


def test_empty_optional_files_are_warnings(read: Read) -> None:
    result = read({"fuel_stocks.csv": b"", "contacts.csv": "tree_id;tree_name;node_id;name\n"})
    assert result.ok
    assert sorted(str(w) for w in result.warnings) == [
        "contacts.csv: the file has a header but no rows: no rows read",
        "fuel_stocks.csv: the file is empty: no rows read",
    ]


def test_absent_optional_files_yield_no_rows(read: Read) -> None:
    result = read(
        {"units.csv": BASE_UNITS},
        base=False,
    )
    assert result.ok and result.dataset is not None
    assert result.dataset.counts()["citizens"] == 0 and len(result.dataset.units) == 2


def test_problem_text_names_file_line_column_and_reason(read: Read, only_error: OnlyError) -> None:
    citizens = (
        "citizen_id;cpr;first_name;last_name;address;unit_id;no_close_relatives\n"
        "C1;010150-1234;Karen;Sønderskov;Vestergade 3;U1;\n"
        "C2;310299-1234;Åge;Ørum;Solgården 1;U2;ja\n"
    )
    problem = only_error(read({"citizens.csv": citizens}))
    assert str(problem) == "citizens.csv:3: cpr: '310299-1234' is not a real date"


BASE_UNITS = "unit_id;name\nU1;Vest\nU2;Solgården\n"


def test_rows_missing_their_trailing_empty_cells(read: Read, only_error: OnlyError) -> None:
    units = "unit_id;name;kind;category;notes\nU1;Vest;hjemmepleje\nU2\n"
    problem = only_error(read({"units.csv": units}))
    assert (problem.line, problem.column, problem.reason) == (3, "name", "required value is empty")
    result = read({"units.csv": "unit_id;name;kind;category;notes\nU1;Vest;hjemmepleje\nU2;Sol\n"})
    assert result.ok and result.dataset is not None
    assert [u.kind for u in result.dataset.units] == ["hjemmepleje", None]


def test_quoted_header_behind_a_bom_in_a_windows_1252_file(read: Read) -> None:
    # a UTF-8 BOM in front of Windows-1252 text: the file is read as cp1252, the BOM shows as "ï»¿"
    units = b'\xef\xbb\xbf"unit_id";"name"\r\nU1;"Plejecenter \xd8st"\r\nU2;Vest\r\n'
    result = read({"units.csv": units})
    assert result.ok, [str(p) for p in result.errors]
    assert result.dataset is not None and result.dataset.units[0].name == "Plejecenter Øst"


def test_danish_phone_numbers_are_kept_one_way_and_foreign_ones_as_written(read: Read) -> None:
    result = read(
        {
            "contacts.csv": (
                "tree_id;tree_name;node_id;parent_id;position;name;role;unit_id;mobile;landline\n"
                "T1;Krisestab;N1;;1;Leder;Kommunaldirektør;;+4520000001;0045 97 82 11 00\n"
                "T1;Krisestab;N2;N1;1;Hjemmeplejeleder;Leder;U1;2000-0002;+46 8 123 456 78\n"
            )
        }
    )
    assert result.ok, [str(p) for p in result.errors]
    assert result.dataset is not None
    n1, n2 = result.dataset.contacts
    assert (n1.mobile, n1.landline) == ("20 00 00 01", "97 82 11 00")
    assert (n2.mobile, n2.landline) == ("20 00 00 02", "+46 8 123 456 78")
