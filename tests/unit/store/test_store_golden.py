"""Every store image version we ever shipped is still read, with the same answers."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from store_support import GOLDEN_META, TODAY, make_dataset, same_rows

from continuity_app.store import Store
from continuity_app.store.schema import SCHEMA_MAJOR, SCHEMA_MINOR

GOLDEN = sorted((Path(__file__).parent / "data").glob("store-v*.sqlite.gz"))


def test_the_current_schema_version_has_a_golden_file() -> None:
    assert f"store-v{SCHEMA_MAJOR}.{SCHEMA_MINOR}.sqlite.gz" in [p.name for p in GOLDEN]


@pytest.mark.parametrize("path", GOLDEN, ids=[p.name for p in GOLDEN])
def test_golden_store_is_read_with_the_same_answers(path: Path) -> None:
    with Store.from_image(gzip.decompress(path.read_bytes())) as store:
        assert store.meta == GOLDEN_META
        assert same_rows(store.to_dataset(), make_dataset())
        assert [h.citizen_id for h in store.search_citizens("søn vest")] == ["C1"]
        assert [h.citizen_id for h in store.search_citizens("0101501234")] == ["C1"]
        record = store.citizen("C1", today=TODAY)
        assert record is not None and record.vulnerability.day_priority == 1
        assert [r.citizen.citizen_id for r in store.vulnerable()] == ["C8", "C1", "C2", "C3", "C5"]
        with store.derive("U2") as unit:
            assert [c.citizen_id for c in unit.citizens()] == ["C5", "C3"]
