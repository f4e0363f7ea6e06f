"""Worker processes: results in submission order, the same whether done in a worker or
here, and a task no worker has begun is done here when its result is asked for."""

from __future__ import annotations

import os
import time

from continuity_app.workers import Offload


def where(seconds: float, n: int) -> tuple[int, int]:
    """Sleep, then say which process did task ``n`` (a module-level function: it pickles)."""
    time.sleep(seconds)
    return os.getpid(), n


def test_results_come_in_order_here_and_in_workers() -> None:
    with Offload(parallel=False) as here:
        assert not here.parallel
        local = [get() for get in [here.submit(where, 0, n) for n in range(4)]]
    assert local == [(os.getpid(), n) for n in range(4)]
    with Offload(parallel=True, workers=2) as pool:
        assert pool.parallel
        done = [get() for get in [pool.submit(where, 0, n) for n in range(4)]]
    assert [n for _pid, n in done] == [0, 1, 2, 3]


def test_a_task_still_waiting_for_a_worker_is_done_here() -> None:
    with Offload(parallel=True, workers=2) as pool:
        busy = [pool.submit(where, 1.5, n) for n in range(2)]  # both workers sleep
        queued = [pool.submit(where, 0, n) for n in range(2, 8)]
        time.sleep(0.5)
        last_pid, last_n = queued[-1]()  # asked for before any worker is free
        assert (last_pid, last_n) == (os.getpid(), 7)
        assert {pid for pid, _n in (get() for get in busy)} != {os.getpid()}
