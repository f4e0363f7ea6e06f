"""Canonical JSON: one byte form, and values without one refused with their path."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from continuity_app.bundle import canonical

_leaf = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
_json = st.recursive(
    _leaf,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)


def test_keys_sorted_no_spaces_and_letters_as_themselves() -> None:
    assert canonical.dumps({"b": 1, "a": ["ø", True, None]}) == '{"a":["ø",true,null],"b":1}'.encode()


@pytest.mark.parametrize(
    ("value", "where"),
    [
        ({"a": {"b": [1, 2.5]}}, "$.a.b[1]"),
        ([{"x": float("nan")}], "$[0].x"),
    ],
)
def test_a_float_is_refused_naming_where_it_is(value: object, where: str) -> None:
    with pytest.raises(ValueError, match="no floats") as err:
        canonical.dumps(value)
    assert where in str(err.value)


def test_a_key_that_is_not_text_is_refused() -> None:
    with pytest.raises(ValueError, match="keys must be strings"):
        canonical.dumps({"a": {1: "x"}})


@given(_json)
def test_the_bytes_read_back_as_the_same_value(value: object) -> None:
    import json

    data = canonical.dumps(value)
    assert json.loads(data) == value
    assert canonical.dumps(json.loads(data)) == data
