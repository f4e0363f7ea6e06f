"""Whatever lands in the folder, the reader answers with problems, never a traceback.

The field-by-field mutation of valid FHIR resources is in test_fhir_mutation.py."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from continuity_app.exchange import read_exchange
from continuity_app.exchange import values as v
from continuity_app.exchange.schema import FILES

PARSERS = sorted(
    {c.parse for spec in FILES for c in spec.columns if c.parse is not None},
    key=lambda f: getattr(f, "__qualname__", repr(f)),
)


@pytest.mark.parametrize("parse", PARSERS, ids=lambda f: getattr(f, "__qualname__", "parser"))
@given(text=st.text(max_size=40).map(str.strip).filter(bool))
def test_value_parsers_only_ever_raise_value_error(parse: object, text: str) -> None:
    try:
        parse(text)  # type: ignore[operator]
    except ValueError as exc:
        assert str(exc)  # a reason to show


def test_huge_numbers_are_refused_not_crashed_on() -> None:
    with pytest.raises(ValueError, match="is not a whole number"):
        v.parse_int("9" * 400)
    with pytest.raises(ValueError, match="is not a number"):
        v.parse_decimal("9" * 400)


CSV_BITS = st.sampled_from(
    [
        "citizen_id",
        "first_name",
        ";",
        ",",
        '"',
        "\r\n",
        "\n",
        "\r",
        "C1",
        "U1",
        "x",
        "ø",
        "\ufeff",
        "sep=;",
        " ",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    units=st.one_of(
        st.binary(max_size=200), st.lists(CSV_BITS, max_size=60).map(lambda p: "".join(p).encode())
    ),
    citizens=st.one_of(
        st.binary(max_size=200), st.lists(CSV_BITS, max_size=60).map(lambda p: "".join(p).encode())
    ),
)
def test_any_bytes_give_a_result(units: bytes, citizens: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "units.csv").write_bytes(b"unit_id;name\nU1;Vest\n" + units)
        (folder / "citizens.csv").write_bytes(citizens)
        result = read_exchange(folder, today=dt.date(2026, 11, 27))
    assert result.ok == (result.dataset is not None) == (not result.errors)
    for problem in result.errors + result.warnings:
        assert str(problem)


@settings(max_examples=40, deadline=None)
@given(
    doc=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(
                st.sampled_from(
                    [
                        "resourceType",
                        "id",
                        "subject",
                        "reference",
                        "dosage",
                        "timing",
                        "repeat",
                        "when",
                        "doseAndRate",
                        "doseQuantity",
                        "value",
                        "entry",
                        "resource",
                        "name",
                        "address",
                        "identifier",
                        "status",
                        "medicationCodeableConcept",
                        "text",
                        "contained",
                        "medicationReference",
                        "managingOrganization",
                        "maxDosePerPeriod",
                        "timeOfDay",
                    ]
                ),
                children,
                max_size=6,
            )
        ),
        max_leaves=30,
    )
)
def test_any_json_gives_a_result(doc: object) -> None:
    import json

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "units.csv").write_bytes(b"unit_id;name\nU1;Vest\n")
        resource = {"resourceType": "MedicationStatement", "status": "active", "id": "x", "dosage": [doc]}
        (folder / "a.fhir.json").write_text(json.dumps(doc))
        (folder / "b.ndjson").write_text(
            json.dumps(resource) + "\n" + json.dumps({"resourceType": "Bundle", "entry": doc})
        )
        result = read_exchange(folder, today=dt.date(2026, 11, 27))
    # A dataset, or errors that each name the FHIR file (and the NDJSON line) they are in.
    assert (result.dataset is None) == bool(result.errors)
    for problem in result.errors:
        assert problem.file in ("a.fhir.json", "b.ndjson") and problem.reason, str(problem)
        assert problem.file != "b.ndjson" or problem.line in (1, 2), str(problem)
