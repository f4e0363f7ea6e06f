"""The per-scope work of a publish, in worker processes: derive → image → compress → encrypt → sign;
and before it, while this process reads the other exports, parts of the biggest one.

Each scope's bundle depends only on the store and the scope, so the scopes are
spread over worker processes (one per core; compressing and SQLite's copying do not share
one interpreter well). Each worker opens the whole store once from its image, sent
to it at start through a queue's pipe (never a file: it holds health data), and
then seals one scope at a time; only the finished bundle — a few MB, already
compressed and encrypted — comes back. So no process holds more than the store
and the one scope it is working on.

Spawned, not forked, as for the medication pack: the caller may be threaded, and
Windows has no fork. Keys cross to the workers as raw bytes.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import queue
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from continuity_app.bundle.format import write_bundle
from continuity_app.exchange.csvparts import Part, read_part
from continuity_app.exchange.problems import ProblemLog
from continuity_app.exchange.rows import Rows
from continuity_app.exchange.schema import FileSpec
from continuity_app.store.build import part_image
from continuity_app.store.coverage import UnitShare


@dataclass(frozen=True)
class ScopeTask:
    """Everything one scope's bundle needs, in a form that crosses a process boundary."""

    scope: str
    scope_name: str
    sequence: int
    created_at: dt.datetime
    valid_until: dt.datetime
    meta: Mapping[str, str]  # the publisher's meta rows for the scope's image
    recipients: Mapping[str, bytes]  # device id → raw X25519 public key
    trust: Mapping[str, Any] | None
    share: UnitShare
    compression: str  # the payload's codec (bundle.payload)


@dataclass(frozen=True)
class Sealed:
    scope: str
    data: bytes  # the bundle file's bytes
    counts: dict[str, int]
    payload_size: int  # bytes of the SQLite image


class Sealers:
    """The worker processes that seal scopes for one publish (none when ``count`` ≤ 1).

    They are started at once, before the exports are read, so that each new
    interpreter and its imports overlap the reading, and they read parts of the
    biggest export meanwhile (:meth:`parts`). Each takes the store's image
    (:meth:`send`) when it is given its first scope. Leaving the ``with`` block stops
    them, also when no image was ever sent (the exports were invalid).
    """

    def __init__(self, count: int, signing_key: Ed25519PrivateKey) -> None:
        self.count = max(1, count)
        self.parallel = count > 1
        self._copies = 0
        self._pool: ProcessPoolExecutor | None = None
        if not self.parallel:
            return
        context = multiprocessing.get_context("spawn")
        self._images = context.Queue()
        self._images.cancel_join_thread()  # a worker that never started must not hold up the exit
        self._pool = ProcessPoolExecutor(
            max_workers=count,
            mp_context=context,
            initializer=start_worker,
            initargs=(self._images, signing_key.private_bytes_raw()),
        )
        for _ in range(count):
            self._pool.submit(ready)  # a task no idle worker can take starts one now

    def send(self, image: bytes) -> None:
        """One copy of the store's image for each worker, through the queue's pipe."""
        for _ in range(self.count):
            self._images.put(image)
        self._copies += self.count

    def submit(self, task: ScopeTask) -> Future[Sealed]:
        if self._pool is None:
            raise RuntimeError("no sealing workers: seal in this process")
        return self._pool.submit(seal_in_worker, task)

    def parts(self, fractions: Mapping[str, tuple[float, ...]]) -> PartsInWorkers | None:
        """A reader of the exports' parts in these workers (None without workers):
        per dataset, where its parts read there begin (``csvparts.PartReader``)."""
        return None if self._pool is None else PartsInWorkers(self._pool, fractions)

    def __enter__(self) -> Sealers:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._pool is None:
            return
        self._pool.shutdown(wait=True, cancel_futures=kind is not None)
        # A worker takes its copy of the image at its first scope; take back the copies no
        # worker took, or the queue's thread would hang on writing them to a closed pipe.
        for _ in range(self._copies):
            try:
                self._images.get(timeout=0.2)
            except queue.Empty:
                break
        self._images.close()


class PartsInWorkers:
    """``csvparts.PartReader`` on the sealing workers: each part is read there and made
    there into an image of the store's table (``store.build.part_image``), which
    crosses back as one buffer (the domain objects would cost more to send than to read)."""

    def __init__(self, pool: ProcessPoolExecutor, fractions: Mapping[str, tuple[float, ...]]) -> None:
        self._pool = pool
        self._fractions = dict(fractions)

    def fractions(self, spec: FileSpec, size: int) -> tuple[float, ...]:
        return self._fractions.get(spec.dataset, ())

    def submit(self, part: Part) -> Callable[[], tuple[Rows, ProblemLog]]:
        return self._pool.submit(read_part_in_worker, part).result


def read_part_in_worker(part: Part) -> tuple[Rows, ProblemLog]:
    rows, log = read_part(part)
    rows.built = part_image(part.dataset, [obj for obj in rows.objs if obj is not None])
    rows.objs = []
    return rows, log


_worker: dict[str, Any] = {}


def ready() -> None:
    """A task that does nothing: submitted to make the pool start a worker."""


def start_worker(images: Any, signing_key: bytes) -> None:
    """Pool initializer: keep the queue the store's image comes through (not an
    argument: the pool would keep that for the worker's whole life) and the signing key."""
    _worker["images"] = images
    _worker["key"] = Ed25519PrivateKey.from_private_bytes(signing_key)


def _store() -> Any:
    """The store, opened from one copy of its image, taken from the queue at the first
    scope (and let go)."""
    store = _worker.get("store")
    if store is None:
        from continuity_app.store import Store

        image = _worker["images"].get()
        store = _worker["store"] = Store._trusted_image(image)
        del image
    return store


def seal_in_worker(task: ScopeTask) -> Sealed:
    return seal(_store(), task, _worker["key"])


def seal(store: Any, task: ScopeTask, signing_key: Ed25519PrivateKey, derived: Any = None) -> Sealed:
    """The bundle of ``task``'s scope, derived from ``store`` (or ``derived``: the scope's
    store already made, closed here)."""
    with derived if derived is not None else store.derive(task.scope, task.share) as sub:
        sub.set_meta(**task.meta)
        counts = {str(k): int(v) for k, v in sub.counts().items()}
        image = sub.image()
    data = write_bundle(
        image,
        scope=task.scope,
        scope_name=task.scope_name,
        sequence=task.sequence,
        created_at=task.created_at,
        valid_until=task.valid_until,
        counts=counts,
        recipients={d: X25519PublicKey.from_public_bytes(k) for d, k in task.recipients.items()},
        signing_key=signing_key,
        compression=task.compression,
        trust=task.trust or None,
    )
    return Sealed(task.scope, data, counts, len(image))
