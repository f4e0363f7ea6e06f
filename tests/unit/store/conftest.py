"""The store tests' fixtures: the hand-made dataset of store_support, built into a store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_support import make_dataset

from continuity_app.domain.models import Dataset
from continuity_app.store import Store


@pytest.fixture
def dataset() -> Dataset:
    return make_dataset()


@pytest.fixture
def store(dataset: Dataset) -> Iterator[Store]:
    with Store.build(dataset, meta={"scope": "alle", "sequence": "7"}) as s:
        yield s
