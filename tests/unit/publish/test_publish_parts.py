"""The publish reads the big exports in the sealing workers, in parts, while this process
reads the rest: the store holds every row, and every problem is said, as one process
reading them all would."""

from __future__ import annotations

import dataclasses
import queue
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from publish_helpers import PASSPHRASE, T0
from publish_support import Setup
from test_publish_build import open_scope

from continuity_app.exchange import csvparts, read_exchange
from continuity_app.publish import build, seal

TABLES = ("medications", "citizens", "visits", "relatives", "routes", "vehicles", "contacts", "units")


def _small_parts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every file that may be read in parts is, in parts of a few records; the cuts made."""
    monkeypatch.setattr(seal, "SPLIT_FROM_BYTES", 0)
    monkeypatch.setattr(seal, "HEAD_BYTES", 40)
    monkeypatch.setattr(seal, "PART_BYTES", 90)
    cut: list[tuple[str, int]] = []
    real = csvparts._cuts

    def cuts(path: Path, *args: Any) -> list[tuple[int, int]]:
        found = real(path, *args)
        cut.extend((path.name, offset) for offset, _lines in found)
        return found

    monkeypatch.setattr(csvparts, "_cuts", cuts)
    return cut


def _tables(setup: Setup) -> dict[str, list[tuple[object, ...]]]:
    with open_scope(setup, "alle", "dev-alle") as store:
        return {t: sorted(store.conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in TABLES}


def test_the_workers_read_the_exports_in_parts_and_the_store_is_the_same(
    enrolled: Setup, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workers read each file but for its head, in parts, and send their rows back
    first and then as images of the tables; alle holds every row the one process makes."""
    cut = _small_parts(monkeypatch)
    build(enrolled.home.root, enrolled.exports, tmp_path / "one", passphrase=PASSPHRASE, now=T0, workers=1)
    assert cut == []  # one process: nothing is cut
    build(enrolled.home.root, enrolled.exports, enrolled.out, passphrase=PASSPHRASE, now=T0, workers=2)
    files = {name for name, _offset in cut}
    assert {"medications.csv", "visits.csv", "contacts.csv"} <= files
    assert "citizens.csv" not in files and "units.csv" not in files  # their objects are needed here
    theirs, ours = _tables(dataclasses.replace(enrolled, out=tmp_path / "one")), _tables(enrolled)
    assert len(ours["medications"]) == 4 and len(ours["visits"]) >= 2
    assert ours == theirs


class _NoWorkerBegins:
    """A pool whose workers never begin a part: each part can only be read here."""

    def __init__(self) -> None:
        self.submitted: list[Future[bytes]] = []

    def submit(self, fn: Any, *args: Any) -> Future[bytes]:
        future: Future[bytes] = Future()
        self.submitted.append(future)
        return future


def test_a_part_no_worker_has_begun_is_read_here_rather_than_waited_for(
    enrolled: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_parts(monkeypatch)
    pool = _NoWorkerBegins()
    parts = seal.PartsInWorkers(pool, queue.Queue())  # type: ignore[arg-type]
    here = read_exchange(enrolled.exports, today=T0.date(), parts=parts)
    whole = read_exchange(enrolled.exports, today=T0.date())
    assert len(pool.submitted) > 3
    assert all(future.cancelled() for future in pool.submitted)  # each taken back, read here
    assert here.built == {}  # no image to wait for: the rows are objects, as a reading here gives
    assert here.dataset == whole.dataset
    assert [str(p) for p in here.warnings] == [str(p) for p in whole.warnings]


def test_a_fault_in_the_worker_reading_a_part_is_raised_not_waited_on(
    enrolled: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fault in a worker (not bad input: that is a problem the part reports) stops the
    reading with its error (the publish then stops before anything is staged)."""
    _small_parts(monkeypatch)
    failed: Future[bytes] = Future()
    failed.set_exception(MemoryError("the worker ran out of memory"))

    class _Broken(_NoWorkerBegins):
        def submit(self, fn: Any, *args: Any) -> Future[bytes]:
            return failed

    parts = seal.PartsInWorkers(_Broken(), queue.Queue())  # type: ignore[arg-type]
    with pytest.raises(MemoryError, match="ran out of memory"):
        read_exchange(enrolled.exports, today=T0.date(), parts=parts)


def test_every_file_the_reader_may_split_is_one_the_workers_can_make_into_a_table() -> None:
    """Else that file would quietly be read whole in this process (``fractions`` says no)."""
    from continuity_app.exchange.reader import SPLIT
    from continuity_app.store.build import ROW_WISE

    assert SPLIT == ROW_WISE
