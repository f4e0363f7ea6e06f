"""Search as you type: names, addresses, CPR and phone, with Danish letters."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from store_support import make_dataset

from continuity_app.store import Store


def ids(store: Store, text: str) -> list[str]:
    return [hit.citizen_id for hit in store.search_citizens(text)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Søn", ["C1", "C3"]),  # Sønderskov by name first, then Søndergade by address
        ("søn", ["C1", "C3"]),
        ("SØNDERSKOV", ["C1"]),
        ("Sønderskov", ["C1"]),
        ("Æbelø", ["C2"]),
        ("æb", ["C2"]),
        ("Åse", ["C1", "C3"]),  # Åse, and Aase (the old spelling of å)
        ("Aase", ["C1", "C3"]),  # both spellings, by name order
        ("Aagaard", ["C3"]),
        ("Ågaard", ["C3"]),
        ("Ølga", ["C5"]),
        ("Oelga", ["C5"]),
        ("Østergaard", ["C5"]),
        ("Østerg", ["C5", "C2"]),  # the name Østergaard, then the address Østergade
    ],
)
def test_names_with_danish_letters(store: Store, typed: str, expected: list[str]) -> None:
    assert ids(store, typed) == expected


def test_a_is_not_a_with_ring(store: Store) -> None:
    # remove_diacritics is off: "Ase" must not find "Åse", nor "Sonderskov" "Sønderskov".
    assert ids(store, "Ase") == []
    assert ids(store, "Sonderskov") == []


def test_every_word_must_match(store: Store) -> None:
    assert ids(store, "søn vest") == ["C1"]  # Sønderskov on Vestergade
    assert ids(store, "vest søn") == ["C1"]
    assert ids(store, "anna skolevej") == ["C8", "C7"]  # Berg before Bergen
    assert ids(store, "anna kirkevej") == []


def test_address_postcode_and_city(store: Store) -> None:
    assert ids(store, "Vestergade 40") == ["C4"]
    assert ids(store, "7620") == ["C1", "C2"]
    assert ids(store, "lemvig") == ["C1", "C2"]


@pytest.mark.parametrize(
    "typed",
    ["010150-1234", "0101501234", "010150", "010150-12", "01015012", "0101 50", "010150 1234"],
)
def test_cpr_with_or_without_dash_and_partial(store: Store, typed: str) -> None:
    assert ids(store, typed) == ["C1"]


@pytest.mark.parametrize(
    "typed",
    [
        "+45 20 12 34 56",
        "20 12 34 56",
        "20123456",
        "2012",
        "20 12",
        "+4520123456",
        "4520123456",
        "0045 20 12",
    ],
)
def test_phone_with_or_without_spaces_and_country_code(store: Store, typed: str) -> None:
    assert ids(store, typed) == ["C1"]


def test_phone_stored_without_country_code_found_with_it(store: Store) -> None:
    assert ids(store, "+45 97 81") == ["C2"]


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        "'",
        "*",
        "AND",
        "OR NOT",
        "NEAR(",
        "søn*",
        '"søn"',
        "(",
        ")",
        "^",
        "-",
        ":",
        "{name}:x",
        "a" * 500,
        "💊",
        "søn OR bent",
        "\x00",
    ],
)
def test_search_syntax_in_input_never_raises(store: Store, typed: str) -> None:
    store.search_citizens(typed)  # must not raise


def test_operators_typed_are_just_words(store: Store) -> None:
    assert ids(store, "søn*") == ids(store, "søn")
    assert ids(store, '"sønderskov"') == ["C1"]
    assert ids(store, "søn OR bent") == []  # "or" is a word, and no one matches all three


@pytest.mark.parametrize("typed", ["", "   ", "-", "*", ",.;"])
def test_nothing_to_search_gives_nothing(store: Store, typed: str) -> None:
    assert store.search_citizens(typed) == []


def test_nonsense_finds_nothing(store: Store) -> None:
    assert ids(store, "xyzzy") == []
    assert ids(store, "999999") == []


def test_hit_carries_what_a_result_line_shows(store: Store) -> None:
    (hit,) = store.search_citizens("Sønderskov")
    assert hit.name == "Åse Sønderskov"
    assert (hit.address, hit.postcode, hit.city) == ("Vestergade 12", "7620", "Lemvig")
    assert hit.cpr == "010150-1234"
    assert hit.phone == "+45 20 12 34 56"
    assert (hit.unit_id, hit.unit_name) == ("U1", "Hjemmeplejen Vest")
    assert hit.day_priority == 1
    assert hit.is_vulnerable
    (plain,) = store.search_citizens("Zimmermann")
    assert not plain.is_vulnerable and plain.day_priority == 3


def test_limit(store: Store) -> None:
    assert len(store.search_citizens("Vestergade", limit=1)) == 1
    assert store.search_citizens("Vestergade", limit=0) == []


@pytest.fixture(scope="module")
def shared_store() -> Iterator[Store]:
    with Store.build(make_dataset()) as s:
        yield s


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=40))
def test_any_typed_text_searches_without_error(shared_store: Store, text: str) -> None:
    hits = shared_store.search_citizens(text)
    assert len(hits) <= 200


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_every_prefix_of_a_name_finds_its_citizen(shared_store: Store, data: st.DataObject) -> None:
    citizen = data.draw(st.sampled_from(make_dataset().citizens))
    word = data.draw(st.sampled_from([citizen.first_name, citizen.last_name, citizen.address.split()[0]]))
    length = data.draw(st.integers(min_value=1, max_value=len(word)))
    typed = data.draw(st.sampled_from([word[:length], word[:length].upper(), word[:length].lower()]))
    assert citizen.citizen_id in ids(shared_store, typed)
