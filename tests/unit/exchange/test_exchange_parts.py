"""A big file read in parts (the publisher's workers read all but the first) gives the
same rows and the same problems, at the same lines, as one reading of it."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from continuity_app.exchange import ExchangeResult, read_exchange
from continuity_app.exchange.csvparts import Part, read_part
from continuity_app.exchange.problems import MAX_WARNINGS_PER_KIND, ProblemLog
from continuity_app.exchange.rows import Rows
from continuity_app.exchange.schema import FileSpec

TODAY = dt.date(2026, 11, 27)
HEADER = "medication_id;citizen_id;drug;dose_text;morning;noon;evening;night;dose_unit;end_date;notes"


WriteFolder = Callable[..., Path]


class HereInParts:
    """Reads the parts in this process, as a worker would (without making them into rows)."""

    def __init__(self, *fractions: float) -> None:
        self._fractions = fractions
        self.parts: list[Part] = []

    def fractions(self, spec: FileSpec, size: int) -> tuple[float, ...]:
        return self._fractions if spec.dataset == "medications" else ()

    def submit(self, part: Part) -> Callable[[], tuple[Rows, ProblemLog]]:
        self.parts.append(part)
        result = read_part(part)
        return lambda: result


def _both(folder: Path, *fractions: float) -> tuple[ExchangeResult, ExchangeResult, HereInParts]:
    reader = HereInParts(*fractions)
    return read_exchange(folder, today=TODAY), read_exchange(folder, today=TODAY, parts=reader), reader


def _same(whole: ExchangeResult, parts: ExchangeResult) -> None:
    assert [str(p) for p in parts.errors] == [str(p) for p in whole.errors]
    assert [str(p) for p in parts.warnings] == [str(p) for p in whole.warnings]
    assert parts.dataset == whole.dataset


def _meds(lines: list[str], *, newline: str = "\n", encoding: str = "utf-8") -> bytes:
    return (newline.join([HEADER, *lines]) + newline).encode(encoding)


def _row(i: int, *, notes: str = "", end: str = "", morning: str = "1") -> str:
    return f"M{i};C{1 + i % 2};Pinex;1 tablet morgen;{morning};;;;stk;{end};{notes}"


def test_a_file_cut_in_three_reads_as_one(tmp_path: Path, exports: WriteFolder) -> None:
    lines = [_row(i, notes='"kan ikke sluge; knus den"' if i % 7 == 0 else "") for i in range(300)]
    folder = exports(tmp_path / "ex", {"medications.csv": _meds(lines)})
    whole, parts, reader = _both(folder, 0.3, 0.6)
    assert len(reader.parts) == 2  # two parts were read "elsewhere"
    assert whole.ok and len(whole.dataset.medications) == 300  # type: ignore[union-attr]
    _same(whole, parts)


def test_a_quoted_line_break_at_the_cut_is_not_a_cut(tmp_path: Path, exports: WriteFolder) -> None:
    note = '"første linje\nanden linje; med ""citat"" \r\ntredje"'
    lines = [_row(i, notes=note) for i in range(40)]
    data = _meds(lines)
    folder = exports(tmp_path / "ex", {"medications.csv": data})
    # every fraction lands somewhere different: inside a quoted field, on a doubled quote …
    for step in range(1, 40):
        whole, parts, reader = _both(folder, step / 40)
        assert reader.parts, step
        part = reader.parts[0]
        assert data[part.start - 1 : part.start] == b"\n" and data[part.start : part.start + 1] == b"M"
        _same(whole, parts)


def test_errors_in_a_part_read_elsewhere_name_the_files_own_lines(
    tmp_path: Path, exports: WriteFolder
) -> None:
    lines = [_row(i) for i in range(200)]
    lines[150] = _row(150, morning="mange")  # file line 152 (the header is line 1)
    lines[20] = _row(20, notes='"to\nlinjer"')  # one record over lines 22-23: later lines shift
    folder = exports(tmp_path / "ex", {"medications.csv": _meds(lines, newline="\r\n")})
    whole, parts, reader = _both(folder, 0.5)
    assert reader.parts and reader.parts[0].resume.lines_before < 152  # the error is in the part
    assert [str(p) for p in whole.errors] == [str(p) for p in parts.errors]
    assert [(p.file, p.line, p.column) for p in parts.errors] == [("medications.csv", 153, "morning")]


def test_a_broken_quote_in_a_later_part_makes_it_read_whole_with_the_same_messages(
    tmp_path: Path, exports: WriteFolder
) -> None:
    lines = [_row(i) for i in range(200)]
    lines[120] = _row(120, notes='"aldrig lukket')
    folder = exports(tmp_path / "ex", {"medications.csv": _meds(lines)})
    whole, parts, reader = _both(folder, 0.2, 0.7)
    assert reader.parts  # read in parts first, then again whole
    assert whole.errors
    _same(whole, parts)


def test_windows_1252_with_a_sep_line_and_crlf_reads_the_same(tmp_path: Path, exports: WriteFolder) -> None:
    lines = [_row(i, notes='"Ærø; Å"' if i % 3 else "Æble") for i in range(120)]
    data = b"sep=;\r\n" + _meds(lines, newline="\r\n", encoding="cp1252")
    folder = exports(tmp_path / "ex", {"medications.csv": data})
    whole, parts, reader = _both(folder, 0.5)
    assert reader.parts and reader.parts[0].encoding == "cp1252"
    assert whole.ok
    _same(whole, parts)


def test_a_bom_stays_at_the_start_and_a_part_is_utf8(tmp_path: Path, exports: WriteFolder) -> None:
    folder = exports(
        tmp_path / "ex", {"medications.csv": b"\xef\xbb\xbf" + _meds([_row(i) for i in range(80)])}
    )
    whole, parts, reader = _both(folder, 0.5)
    assert reader.parts[0].encoding == "utf-8"
    _same(whole, parts)


def test_warnings_of_one_kind_over_the_cap_are_counted_as_in_one_reading(
    tmp_path: Path, exports: WriteFolder
) -> None:
    n = 3 * MAX_WARNINGS_PER_KIND
    lines = [_row(i, end="2020-01-01") for i in range(n)]  # every one ended before today
    folder = exports(tmp_path / "ex", {"medications.csv": _meds(lines)})
    whole, parts, reader = _both(folder, 0.1, 0.5)
    assert len(reader.parts) == 2
    assert any("more warnings like: medication ended before today" in str(w) for w in whole.warnings)
    _same(whole, parts)


def test_a_file_with_no_line_break_outside_quotes_after_the_cut_is_read_whole(
    tmp_path: Path, exports: WriteFolder
) -> None:
    data = _meds([_row(1), _row(2)], newline="\r")  # CR alone: no \n to cut after
    folder = exports(tmp_path / "ex", {"medications.csv": data})
    whole, parts, reader = _both(folder, 0.5)
    assert reader.parts == []
    _same(whole, parts)


_cell = st.text(alphabet='ab;"\n\r æ', max_size=8)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    notes=st.lists(_cell, min_size=1, max_size=25),
    quoted=st.lists(st.booleans(), min_size=25, max_size=25),
    newline=st.sampled_from(["\n", "\r\n"]),
    fractions=st.lists(st.floats(min_value=0.01, max_value=0.99), min_size=1, max_size=3).map(sorted),
)
def test_any_cut_of_any_file_reads_as_one(
    exports: WriteFolder, notes: list[str], quoted: list[bool], newline: str, fractions: list[float]
) -> None:
    """Valid and broken CSV alike (stray quotes, bare line breaks in cells)."""
    lines = []
    for i, note in enumerate(notes):
        cell = '"' + note.replace('"', '""') + '"' if quoted[i] else note
        lines.append(_row(i, notes=cell))
    with tempfile.TemporaryDirectory() as tmp:
        folder = exports(Path(tmp), {"medications.csv": _meds(lines, newline=newline)})
        whole, parts, _reader = _both(folder, *fractions)
        _same(whole, parts)


def test_the_other_files_problems_keep_their_order(tmp_path: Path, exports: WriteFolder) -> None:
    """medications.csv is started first; every file's problems still come in the files' order."""
    lines = [_row(i, morning="x" if i == 70 else "1") for i in range(100)]
    folder = exports(tmp_path / "ex", {"medications.csv": _meds(lines)})
    for name, broken in (
        ("citizens.csv", "C9;;Ib;;;;;U9;\n"),
        ("visits.csv", "V3;R1;3;nu;08:45;C2;bad;ja\n"),
    ):
        with (folder / name).open("a", encoding="utf-8") as f:
            f.write(broken)
    whole, parts, reader = _both(folder, 0.5)
    assert reader.parts
    files_in_order = [p.file for p in whole.errors]
    assert files_in_order.index("citizens.csv") < files_in_order.index("medications.csv")
    assert files_in_order.index("medications.csv") < files_in_order.index("visits.csv")
    _same(whole, parts)
