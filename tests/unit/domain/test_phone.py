"""Phone numbers are shown one way, whatever way the export wrote them."""

from __future__ import annotations

import pytest

from continuity_app.domain.phone import normalise_phone


@pytest.mark.parametrize(
    "written",
    [
        "12345678",
        "12 34 56 78",
        "+45 12 34 56 78",
        "+4512345678",
        "0045 12345678",
        "1234-5678",
        " 12.34.56.78 ",
        "(+45) 12 34 56 78",
    ],
)
def test_every_way_of_writing_a_danish_number_reads_the_same(written: str) -> None:
    assert normalise_phone(written) == "12 34 56 78"


@pytest.mark.parametrize(
    "kept", ["+46 8 123 456 78", "112", "1234567", "97 82 11 00 lok. 214", "kun dagtimer", ""]
)
def test_anything_else_is_kept_as_written(kept: str) -> None:
    assert normalise_phone(kept) == kept
