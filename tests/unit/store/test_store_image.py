"""Build, serialize, open again: the image is the bundle payload, and a bad one is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_support import same_rows

from continuity_app.domain.models import Dataset
from continuity_app.errors import ExitCode, KnownError
from continuity_app.store import Store
from continuity_app.store.schema import SCHEMA_MAJOR, SCHEMA_MINOR


def test_build_keeps_every_field_of_every_row(store: Store, dataset: Dataset) -> None:
    assert same_rows(store.to_dataset(), dataset)
    assert store.counts() == dataset.counts()


def test_image_round_trip_keeps_data_meta_and_search(store: Store, dataset: Dataset) -> None:
    with Store.from_image(store.image()) as copy:
        assert same_rows(copy.to_dataset(), dataset)
        assert copy.meta == {"scope": "alle", "sequence": "7"}
        assert [h.citizen_id for h in copy.search_citizens("Sønderskov")] == ["C1"]
        assert copy.schema_version == (SCHEMA_MAJOR, SCHEMA_MINOR)


def test_meta_can_be_set_after_build(store: Store) -> None:
    store.set_meta(created_at="2026-11-27T05:30:00+00:00", sequence="8")
    assert store.meta == {"created_at": "2026-11-27T05:30:00+00:00", "scope": "alle", "sequence": "8"}
    with Store.from_image(store.image()) as copy:
        assert copy.meta["sequence"] == "8"


def test_opened_image_does_not_trust_its_schema(store: Store) -> None:
    with Store.from_image(store.image()) as copy:
        assert copy.conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0


def test_build_to_a_file_and_refuse_to_overwrite_it(tmp_path: Path, dataset: Dataset) -> None:
    path = tmp_path / "store.sqlite"
    with Store.build(dataset, path=path) as built:
        assert built.counts()["citizens"] == 8
    with Store.from_image(path.read_bytes()) as reopened:
        assert same_rows(reopened.to_dataset(), dataset)
    with pytest.raises(KnownError) as err:
        Store.build(dataset, path=path)
    assert err.value.exit_code == ExitCode.ALREADY_EXISTS


def _refused(image: bytes) -> KnownError:
    with pytest.raises(KnownError) as err:
        Store.from_image(image)
    return err.value


@pytest.mark.parametrize("garbage", [b"", b"not a database at all" * 500, bytes(8192)])
def test_garbage_is_refused_as_corrupt(garbage: bytes) -> None:
    assert _refused(garbage).exit_code == ExitCode.CORRUPT


def test_truncated_image_is_refused_as_corrupt(store: Store) -> None:
    image = store.image()
    for cut in (len(image) // 2, len(image) - 4096, 100):
        assert _refused(image[:cut]).exit_code == ExitCode.CORRUPT


def test_damaged_page_structure_is_refused_as_corrupt(store: Store) -> None:
    image = bytearray(store.image())
    # Overwrite the second page (the first table's b-tree root) with noise.
    image[4096:8192] = bytes((i * 37) % 251 for i in range(4096))
    assert _refused(bytes(image)).exit_code == ExitCode.CORRUPT


def _tampered(store: Store, sql: str) -> bytes:
    with Store.from_image(store.image()) as copy:
        copy.conn.executescript(sql)
        return copy.image()


def test_other_sqlite_database_is_refused_as_corrupt() -> None:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE citizens (name TEXT)")
        image = conn.serialize()
    finally:
        conn.close()
    err = _refused(image)
    assert err.exit_code == ExitCode.CORRUPT
    assert "Nødkopi" in str(err)


def test_newer_major_schema_is_refused_with_its_own_code(store: Store) -> None:
    image = _tampered(store, f"PRAGMA user_version = {(SCHEMA_MAJOR + 1) * 65536}")
    err = _refused(image)
    assert err.exit_code == ExitCode.UNSUPPORTED_VERSION
    assert f"{SCHEMA_MAJOR + 1}.0" in str(err)


def test_newer_minor_schema_with_additions_is_read(store: Store, dataset: Dataset) -> None:
    image = _tampered(
        store,
        f"PRAGMA user_version = {SCHEMA_MAJOR * 65536 + SCHEMA_MINOR + 3};"
        "CREATE TABLE future_things (x TEXT);"
        "ALTER TABLE citizens ADD COLUMN future_flag INTEGER;",
    )
    with Store.from_image(image) as copy:
        assert same_rows(copy.to_dataset(), dataset)
        assert copy.schema_version == (SCHEMA_MAJOR, SCHEMA_MINOR + 3)


def test_missing_table_is_refused_as_corrupt(store: Store) -> None:
    err = _refused(_tampered(store, "DROP TABLE medications"))
    assert err.exit_code == ExitCode.CORRUPT
    assert "medications" in str(err)


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TRIGGER sneaky AFTER INSERT ON meta BEGIN DELETE FROM citizens; END",
        "CREATE VIEW citizens_view AS SELECT * FROM citizens",
    ],
)
def test_image_with_code_in_its_schema_is_refused(store: Store, sql: str) -> None:
    err = _refused(_tampered(store, sql))
    assert err.exit_code == ExitCode.CORRUPT
    assert "unexpected" in str(err)


def test_refusal_message_holds_no_data(store: Store) -> None:
    image = store.image()
    message = str(_refused(image[: len(image) // 2]))
    for secret in ("Sønderskov", "010150", "Penicillin"):
        assert secret not in message


def test_a_store_opened_on_one_thread_answers_on_another(store: Store) -> None:
    """The GUI opens the store on its database worker; the connection is not tied to a thread."""
    import threading

    image = store.image()
    opened: list[Store] = []
    worker = threading.Thread(target=lambda: opened.append(Store.from_image(image)))
    worker.start()
    worker.join()
    with opened[0] as copy:
        assert [h.citizen_id for h in copy.search_citizens("Æbelø")] == ["C2"]
