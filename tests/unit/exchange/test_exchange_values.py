"""Value parsers: what Danish systems and Excel write, and what they must refuse."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from continuity_app.domain.age import COPENHAGEN
from continuity_app.domain.models import Fuel, Residence
from continuity_app.exchange import values as v


@pytest.mark.parametrize(
    "text",
    ["2026-11-27", "27-11-2026", "27.11.2026", "27/11/2026", "2026-11-27 00:00:00", "27-11-2026 00:00"],
)
def test_date_formats(text: str) -> None:
    assert v.parse_date(text) == dt.date(2026, 11, 27)


def test_date_without_leading_zeros_as_excel_writes_it() -> None:
    assert v.parse_date("3-2-2026") == dt.date(2026, 2, 3)
    assert v.parse_date("3.2.2026") == dt.date(2026, 2, 3)
    assert v.parse_date("2026-2-3") == dt.date(2026, 2, 3)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_every_real_date_reads_back_in_every_written_form(day: dt.date) -> None:
    for text in (
        day.isoformat(),
        f"{day:%d-%m-%Y}",
        f"{day:%d.%m.%Y}",
        f"{day:%d/%m/%Y}",
        f"{day.day}-{day.month}-{day.year:04d}",
    ):
        assert v.parse_date(text) == day


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31-02-2026", "'31-02-2026' is not a real date"),
        ("2026-13-01", "is not a real date"),
        ("27-11-26", "is not a date"),
        ("27.11-2026", "is not a date"),  # mixed separators
        ("i morgen", "is not a date"),
    ],
)
def test_bad_dates_name_the_value(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        v.parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07:30", dt.time(7, 30)),
        ("7:30", dt.time(7, 30)),
        ("07.30", dt.time(7, 30)),
        ("07:30:15", dt.time(7, 30, 15)),
        ("23:59", dt.time(23, 59)),
        ("0:00", dt.time(0, 0)),
    ],
)
def test_times(text: str, expected: dt.time) -> None:
    assert v.parse_time(text) == expected


@pytest.mark.parametrize("text", ["24:00", "7:60", "0730", "7", "kl. 8", "25:10"])
def test_bad_times(text: str) -> None:
    with pytest.raises(ValueError, match=repr(text)):
        v.parse_time(text)


@given(st.times().map(lambda t: t.replace(microsecond=0)))
def test_every_time_reads_back(clock: dt.time) -> None:
    assert v.parse_time(clock.isoformat()) == clock
    assert v.parse_time(f"{clock.hour}:{clock.minute:02d}") == clock.replace(second=0)


def test_datetimes() -> None:
    assert v.parse_datetime("2026-11-27 05:30") == dt.datetime(2026, 11, 27, 5, 30, tzinfo=COPENHAGEN)
    assert v.parse_datetime("27-11-2026 05.30") == dt.datetime(2026, 11, 27, 5, 30, tzinfo=COPENHAGEN)
    assert v.parse_datetime("2026-11-27T05:30:00") == dt.datetime(2026, 11, 27, 5, 30, tzinfo=COPENHAGEN)
    assert v.parse_datetime("2026-11-27") == dt.datetime(2026, 11, 27, tzinfo=COPENHAGEN)
    # an explicit offset becomes Danish wall-clock time (CET in November, CEST in July)
    assert v.parse_datetime("2026-11-27T04:30:00Z") == dt.datetime(2026, 11, 27, 5, 30, tzinfo=COPENHAGEN)
    assert v.parse_datetime("2026-07-01T10:00:00+00:00") == dt.datetime(2026, 7, 1, 12, 0, tzinfo=COPENHAGEN)
    with pytest.raises(ValueError, match="is not a date and time"):
        v.parse_datetime("2026-11-27 25:00")


@pytest.mark.parametrize("text", ["ja", "Ja", "JA", "x", "X", "yes", "true", "TRUE", "1", "SAND"])
def test_true(text: str) -> None:
    assert v.parse_bool(text) is True


@pytest.mark.parametrize("text", ["nej", "Nej", "no", "false", "FALSE", "0", "FALSK"])
def test_false(text: str) -> None:
    assert v.parse_bool(text) is False


def test_bad_bool_says_what_to_write() -> None:
    with pytest.raises(ValueError, match="'måske' is not yes/no"):
        v.parse_bool("måske")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2,5", 2.5),
        ("2.5", 2.5),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1 234,5", 1234.5),
        ("1\u00a0234,5", 1234.5),
        ("5.000", 5000.0),
        ("1.234.567", 1234567.0),
        ("0.125", 0.125),
        ("½", 0.5),
        ("1½", 1.5),
        ("1 ½", 1.5),
        ("1/2", 0.5),
        ("1 1/2", 1.5),
        ("-3", -3.0),
        ("85%", 85.0),
    ],
)
def test_decimals(text: str, expected: float) -> None:
    assert v.parse_decimal(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["to", "1,2,3", "2,5 mg", "1/0", "", "."])
def test_bad_decimals(text: str) -> None:
    with pytest.raises(ValueError, match="is not a number"):
        v.parse_decimal(text)


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False))
def test_decimal_comma_and_point_agree(number: object) -> None:
    text = f"{number:.2f}"
    assert v.parse_decimal(text.replace(".", ",")) == pytest.approx(float(text))
    assert v.parse_decimal(text) == pytest.approx(float(text))


def test_ints_and_priority() -> None:
    assert v.parse_int("12") == 12 and v.parse_int("1.200") == 1200 and v.parse_int("12,0") == 12
    with pytest.raises(ValueError, match="'2,5' is not a whole number"):
        v.parse_int("2,5")
    assert v.parse_priority("2") == 2
    with pytest.raises(ValueError, match="'4' is not a priority"):
        v.parse_priority("4")


def test_quantity_dash_means_none() -> None:
    assert v.parse_quantity("-") is None
    assert v.parse_quantity("½") == 0.5
    with pytest.raises(ValueError, match="negative"):
        v.parse_quantity("-1")


def test_lists() -> None:
    assert v.parse_list("ilt| el-seng |") == ("ilt", "el-seng")
    assert v.parse_list("medicin") == ("medicin",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("010150-1234", "010150-1234"),
        ("0101501234", "010150-1234"),
        ("010150 1234", "010150-1234"),
        ("290200-4123", "290200-4123"),  # 7th digit 4, year 00 → 2000, a leap year
        ("290200-1123", "290200-1123"),  # 7th digit 1 → 1900: not a leap year, see below
        ("101501234", "010150-1234"),
        ("10150-1234", "010150-1234"),
    ],  # Excel dropped the 0
)
def test_cpr_normalised(text: str, expected: str) -> None:
    if text == "290200-1123":
        with pytest.raises(ValueError, match="is not a real date"):
            v.parse_cpr(text)
        return
    assert v.parse_cpr(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("310299-1234", "'310299-1234' is not a real date"),
        ("320150-1234", "is not a real date"),
        ("011350-1234", "is not a real date"),
        ("01015-1234", "is not a CPR number"),
        ("010150-12345", "is not a CPR number"),
        ("abcdef-1234", "is not a CPR number"),
    ],
)
def test_bad_cpr(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        v.parse_cpr(text)


def test_cpr_century_rule() -> None:
    assert v.cpr_birth_date(1, 1, 50, 3) == dt.date(1950, 1, 1)
    assert v.cpr_birth_date(1, 1, 36, 4) == dt.date(2036, 1, 1)
    assert v.cpr_birth_date(1, 1, 37, 4) == dt.date(1937, 1, 1)
    assert v.cpr_birth_date(1, 1, 57, 5) == dt.date(2057, 1, 1)
    assert v.cpr_birth_date(1, 1, 58, 8) == dt.date(1858, 1, 1)
    assert v.cpr_birth_date(1, 1, 10, 9) == dt.date(2010, 1, 1)
    assert v.cpr_birth_date(1, 1, 90, 9) == dt.date(1990, 1, 1)


@given(st.dates(min_value=dt.date(1858, 1, 1), max_value=dt.date(2036, 12, 31)), st.integers(0, 999))
def test_every_real_birth_date_is_a_valid_cpr(born: dt.date, serial: int) -> None:
    yy = born.year % 100
    for seventh in range(10):
        try:
            if v.cpr_birth_date(born.day, born.month, yy, seventh) != born:
                continue
        except ValueError:
            continue
        text = f"{born:%d%m}{yy:02d}{seventh}{serial:03d}"
        assert v.parse_cpr(text) == f"{text[:6]}-{text[6:]}"


def test_enums_case_insensitive_and_errors_name_the_allowed_values() -> None:
    residence = v.enum_parser(Residence)
    assert residence("Eget  Hjem") is Residence.EGET_HJEM
    fuel = v.enum_parser(Fuel, {"plug-in hybrid": Fuel.PLUGIN_HYBRID})
    assert fuel("DIESEL") is Fuel.DIESEL and fuel("Plug-in hybrid") is Fuel.PLUGIN_HYBRID
    with pytest.raises(ValueError, match="'brint' is not one of: el, benzin, diesel, hybrid, plugin-hybrid"):
        fuel("brint")


@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    hour=st.integers(0, 25),
    minute=st.integers(0, 61),
    second=st.none() | st.integers(0, 61),
    sep=st.sampled_from([" ", "T"]),
)
def test_the_shortcut_for_plain_iso_times_reads_as_every_form_does(
    day: dt.date, hour: int, minute: int, second: int | None, sep: str
) -> None:
    """Summer time's two hours (the doubled and the skipped one) included, and times that are none."""
    text = f"{day.isoformat()}{sep}{hour:02d}:{minute:02d}" + ("" if second is None else f":{second:02d}")
    try:
        expected: object = v.read_datetime(text)
    except ValueError as exc:
        expected = str(exc)
    try:
        got: object = v.parse_datetime(text)
    except ValueError as exc:
        got = str(exc)
    assert got == expected
    if isinstance(got, dt.datetime) and isinstance(expected, dt.datetime):
        assert (got.fold, got.utcoffset()) == (expected.fold, expected.utcoffset())
