"""Worker processes for the heavy, independent parts of a run (PDF chunks, re-entry lists).

Always the ``spawn`` start method: the caller may be a threaded Qt app, and Windows has
no fork. A worker is worth starting only for work of a second or more: each one imports
the program again (about half a second).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from types import TracebackType
from typing import Any, TypeVar

T = TypeVar("T")
K = TypeVar("K")


def worker_count(limit: int = 4) -> int:
    """The cores this process may use, at most ``limit``."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(limit, cores))


def pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def ordered(
    pool: ProcessPoolExecutor, workers: int, tasks: Iterator[tuple[K, Future[T]]]
) -> Iterator[tuple[K, T]]:
    """Results in submission order, with at most ``2 × workers`` tasks in flight (``tasks``
    is consumed lazily, so what waits to be sent is not all held at once)."""
    window: deque[tuple[K, Future[T]]] = deque()
    for task in tasks:
        window.append(task)
        if len(window) >= 2 * workers:
            key, future = window.popleft()
            yield key, future.result()
    while window:
        key, future = window.popleft()
        yield key, future.result()


class Offload:
    """Independent tasks done while the caller goes on: in worker processes when
    ``parallel`` and there are cores to spare, else in this process when their result
    is asked for. ``fn`` and its arguments must pickle (a module-level function).

    ::

        with Offload(parallel=len(rows) >= 15_000) as offload:
            pending = [offload.submit(draw, group) for group in groups]
            ...                                  # other work, while the workers draw
            results = [get() for get in pending]  # in submission order
    """

    def __init__(self, *, parallel: bool, workers: int | None = None) -> None:
        self.workers = workers if workers is not None else worker_count()
        self.parallel = parallel and self.workers > 1
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Offload:
        if self.parallel:
            self._pool = pool(self.workers)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def submit(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Callable[[], T]:
        """Start ``fn(*args, **kwargs)``; the call that returns its result. A task no
        worker has begun when its result is asked for is done here instead: the caller
        would only wait, and the workers go on with the others."""
        if self._pool is None:
            return lambda: fn(*args, **kwargs)
        future = self._pool.submit(fn, *args, **kwargs)

        def result() -> T:
            if future.cancel():  # still queued: do it here rather than wait for it
                return fn(*args, **kwargs)
            return future.result()

        return result
