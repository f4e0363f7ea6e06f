"""Safe file names from the municipality's unit ids."""

from __future__ import annotations

import pytest

from continuity_app.bundle.latest import bundle_file_name
from continuity_app.bundle.names import check_distinct, check_scope, file_stem
from continuity_app.home import generation_name


@pytest.mark.parametrize("plain", ["hp-nord", "U1", "alle", "krisestab", "pc.ege_2"])
def test_an_ascii_id_keeps_todays_names(plain: str) -> None:
    assert file_stem(plain) == plain
    assert bundle_file_name(plain, 3) == generation_name(plain, 3) == f"{plain}-00000003.bundle"


@pytest.mark.parametrize("unit", ["ØK-ADM", "Ældrecenter Å", "CON", "nul.txt", "u1.", "Sted: 2", "Café"])
def test_any_other_id_gets_a_safe_deterministic_ascii_name(unit: str) -> None:
    stem = file_stem(unit)
    assert stem == file_stem(unit) and stem.isascii() and stem != unit
    assert all(ch.isalnum() or ch in "._-" for ch in stem) and stem[0].isalnum()
    assert not stem.endswith(".") and stem.split(".")[0].lower() not in {"con", "nul"}
    assert check_scope(unit, "unit") == unit  # the id itself stays as it is


def test_danish_letters_are_written_out() -> None:
    assert file_stem("ØK-ADM").startswith("OEK-ADM-")
    assert file_stem("Ældrecenter Å").startswith("AEldrecenter-AA-")
    assert file_stem("ØK-ADM") != file_stem("OEK-ADM")  # the hash keeps them apart


def test_ids_that_share_a_file_name_name_both() -> None:
    check_distinct(["hp-nord", "ØK-ADM", "øk-adm", "krisestab"])  # different hashes: fine
    with pytest.raises(ValueError, match="'hp-nord' and 'HP-Nord'"):
        check_distinct(["hp-nord", "ØK-ADM", "HP-Nord"])
    with pytest.raises(ValueError, match="'Alle' and 'alle'"):
        check_distinct(["Alle", "krisestab", "alle"])


@pytest.mark.parametrize("bad", ["", " u1", "u1 ", "../etc", "a\\b", "tab\there", "x" * 65])
def test_a_scope_that_cannot_be_an_id_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="printable characters"):
        check_scope(bad, "unit")
