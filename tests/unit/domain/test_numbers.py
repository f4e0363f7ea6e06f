"""One rule for numbers as Danish text."""

from __future__ import annotations

import pytest

from continuity_app.domain.numbers import number_da


@pytest.mark.parametrize(
    ("value", "plain", "dose"),
    [
        (4, "4", "4"),
        (4.0, "4", "4"),
        (2.5, "2,5", "2½"),
        (0.5, "0,5", "½"),
        (0.25, "0,25", "¼"),
        (1.75, "1,75", "1¾"),
        (2.3, "2,3", "2,3"),
        (12.5, "12,5", "12½"),
        (-1.5, "-1,5", "-1,5"),
        (0.125, "0,125", "0,125"),
    ],
)
def test_a_decimal_comma_and_for_doses_the_cards_fractions(value: float, plain: str, dose: str) -> None:
    assert number_da(value) == plain
    assert number_da(value, fractions=True) == dose
