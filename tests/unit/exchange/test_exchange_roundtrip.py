"""The demo exports (engineer B's writer, in every file style it has) read back to the same dataset."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from continuity_app.exchange import read_exchange
from continuity_app.exchange.demo import generate_dataset, write_exports

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize("seed", [1, 2])
def test_demo_exports_read_back_to_an_equal_dataset(tmp_path: Path, seed: int) -> None:
    dataset = generate_dataset("tiny", seed=seed, today=TODAY)
    write_exports(dataset, tmp_path)
    result = read_exchange(tmp_path, today=TODAY)
    assert result.errors == []
    assert result.dataset is not None
    for name, rows in dataset.counts().items():
        assert rows > 0 or name in ("fuel_stocks", "staff"), (
            f"tiny has no {name}: the round trip would prove little"
        )
        assert getattr(result.dataset, name) == getattr(dataset, name), name
    # the only warnings are facts the demo data holds on purpose: ended medications, no relatives
    assert {w.column for w in result.warnings} <= {"end_date", "no_close_relatives"}, result.warnings
