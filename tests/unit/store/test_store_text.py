"""Danish sort keys, the search index's number forms, and how typed text becomes a query."""

from __future__ import annotations

import pytest

from continuity_app.store.text import (
    canonical,
    code_sort_key,
    cpr_terms,
    match_query,
    phone_terms,
    sort_key,
    spelling_variants,
)


def test_danish_alphabet_order() -> None:
    words = ["Åse", "Zink", "Ærø", "Østergaard", "Aagaard", "Andersen", "ærlig", "Yde", "Øhlenschläger"]
    assert sorted(words, key=sort_key) == [
        "Andersen",
        "Yde",
        "Zink",
        "ærlig",
        "Ærø",
        "Øhlenschläger",
        "Østergaard",
        "Aagaard",
        "Åse",
    ]


def test_foreign_letters_sort_with_their_danish_or_base_letter() -> None:
    assert sort_key("Müller") == sort_key("Myller")
    assert sort_key("Ärlig") == sort_key("Ærlig")
    assert sort_key("Björk") == sort_key("Bjørk")
    assert sort_key("Élise") == sort_key("elise")


def test_parts_sort_as_last_name_then_first_name() -> None:
    people = [("Bergen", "Anna"), ("Berg", "Ulla"), ("Berg", "Anna")]
    assert sorted(people, key=lambda p: sort_key(*p)) == [
        ("Berg", "Anna"),
        ("Berg", "Ulla"),
        ("Bergen", "Anna"),
    ]


def test_codes_keep_aa_as_two_letters() -> None:
    plates = ["ZZ 99 999", "AA 11 111", "AB 12 345"]
    assert sorted(plates, key=code_sort_key) == ["AA 11 111", "AB 12 345", "ZZ 99 999"]


def test_canonical_spelling() -> None:
    assert canonical("aagaard") == "ågård"
    assert canonical("soeren") == "søren"
    assert canonical("michael") == "michæl"  # harmless: asked beside the word as typed
    assert canonical("åse") == "åse"
    assert spelling_variants("Aase Sønderskov", "Vestergade") == "åse"


def test_cpr_terms_hold_both_halves_and_the_whole() -> None:
    assert cpr_terms("010150-1234") == "010150-1234 0101501234"
    assert cpr_terms("") == ""


@pytest.mark.parametrize(
    ("phone", "forms"),
    [
        ("+45 20 12 34 56", {"4520123456", "20123456"}),
        ("0045 20123456", {"004520123456", "20123456", "4520123456"}),
        ("20 12 34 56", {"20123456", "4520123456"}),
        ("112", {"112"}),
        ("", set()),
    ],
)
def test_phone_terms(phone: str, forms: set[str]) -> None:
    assert set(phone_terms(phone).split()) == forms


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("Søn", '"søn"*'),
        ("søn vest", '"søn"* AND "vest"*'),
        ("Aase", '("aase"* OR "åse"*)'),
        ("010150-12", '("01015012"* OR ("010150"* AND "12"*))'),
        ("+45 20 12", '"2012"*'),
        ("0045 20", '"20"*'),
        ('"AND" OR NEAR(x*)', '"and"* AND "or"* AND "near"* AND "x"*'),
        ("", None),
        ("  -*()  ", None),
        ("+45", None),
    ],
)
def test_typed_text_becomes_quoted_prefix_terms(typed: str, query: str | None) -> None:
    assert match_query(typed) == query


def test_query_folds_case_like_the_index() -> None:
    # FTS5's unicode61 lowers ß to ß, not to "ss" as casefold would.
    assert match_query("Straße") == '"straße"*'
