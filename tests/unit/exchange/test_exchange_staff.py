"""staff.csv: the journal's initials list, read like every other file, with located errors."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from continuity_app.exchange import ExchangeResult

Read = Callable[..., ExchangeResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("initials;name\nA1;Anne\n", (2, "initials", "'A1' is not initials (1–4 letters, e.g. AB or ØKJ)")),
        ("initials;name;unit_id\nAB;Anne;U9\n", (2, "unit_id", "U9")),
        ("initials\nAB\n", (1, "name", "name")),
    ],
)
def test_a_bad_staff_row_is_named_by_line_and_column(
    read: Read, text: str, expected: tuple[int, str, str]
) -> None:
    result = read({"staff.csv": text})
    assert not result.ok
    (problem,) = result.errors
    assert (problem.file, problem.line, problem.column) == ("staff.csv", *expected[:2])
    assert expected[2] in problem.reason


def test_without_staff_csv_there_is_no_staff_list(read: Read) -> None:
    result = read({"staff.csv": None})
    assert result.ok and result.dataset is not None and result.dataset.staff == []
