"""The text wrapping every cell relies on: nothing lost, nothing wider than its column."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from continuity_app.printing.fonts import COND, register_fonts, width, wrap

register_fonts()
TEXT = st.text(alphabet=st.sampled_from(list("abcæøåÆØÅ –“”‘’½0123456789.,;:()/\n")), max_size=300)


@settings(max_examples=200, deadline=None)
@given(text=TEXT, column=st.floats(min_value=20, max_value=400))
def test_wrap_keeps_every_character_in_order(text: str, column: float) -> None:
    lines = wrap(text, COND, 8.0, column)
    assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", text)
    for line in lines:
        assert len(line) == 1 or width(line, COND, 8.0) <= column + 1e-6, line


def test_wrap_breaks_at_spaces_and_keeps_newlines() -> None:
    assert wrap("1 tablet morgen\n½ tablet aften", COND, 8.0, 500) == ("1 tablet morgen", "½ tablet aften")
    lines = wrap("Nedtrapning: 2 tabletter morgen i 3 dage – derefter 1 tablet", COND, 8.0, 80)
    assert len(lines) > 1 and all(not line.startswith(" ") for line in lines)
    assert " ".join(lines) == "Nedtrapning: 2 tabletter morgen i 3 dage – derefter 1 tablet"
