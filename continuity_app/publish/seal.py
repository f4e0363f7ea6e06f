"""The per-scope work of a publish, in worker processes: derive → image → compress → encrypt → sign;
and before it, while this process reads the other exports, the big ones in parts.

Each scope's bundle depends only on the store and the scope, so the scopes are
spread over worker processes (one per core; compressing and SQLite's copying do not share
one interpreter well). Each worker opens the whole store once from its image, sent
to it at its first scope through a pipe (never a file: it holds health data), and
then seals one scope at a time; only the finished bundle — a few MB, already
compressed and encrypted — comes back. So no process holds more than the store
and the one scope it is working on.

Spawned, not forked, as for the medication pack: the caller may be threaded, and
Windows has no fork. Keys cross to the workers as raw bytes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import multiprocessing
import queue
import threading
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
from continuity_app.store.build import ROW_WISE, part_image
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
    interpreter and its imports overlap the reading, and they read the big exports
    in parts meanwhile (:meth:`parts`). Each takes the store's image
    (:meth:`send`) when it is given its first scope. Leaving the ``with`` block stops
    them, also when no image was ever sent (the exports were invalid).

    The image goes through one pipe as raw bytes (``send_bytes``: a queue would pickle
    and copy it on both sides, which cost twice the time for a region's 215 MB), from
    a thread of this process, so that ``alle`` is sealed meanwhile; each worker takes
    one whole copy under a lock.
    """

    def __init__(self, count: int, signing_key: Ed25519PrivateKey) -> None:
        self.count = max(1, count)
        self.parallel = count > 1
        self._sender: threading.Thread | None = None
        self._pool: ProcessPoolExecutor | None = None
        if not self.parallel:
            return
        context = multiprocessing.get_context("spawn")
        self._images, self._send_images = context.Pipe(duplex=False)
        self._read = context.Queue()  # the parts' rows, before their images (PartsInWorkers)
        self._pool = ProcessPoolExecutor(
            max_workers=count,
            mp_context=context,
            initializer=start_worker,
            initargs=(self._images, context.Lock(), self._read, signing_key.private_bytes_raw()),
        )
        for _ in range(count):
            self._pool.submit(ready)  # a task no idle worker can take starts one now

    def send(self, image: bytes) -> None:
        """One copy of the store's image for each worker (sent on a thread: returns at once)."""

        def send_all() -> None:
            with contextlib.suppress(OSError):  # the workers are gone: the publish failed
                for _ in range(self.count):
                    self._send_images.send_bytes(image)

        self._sender = threading.Thread(target=send_all, name="seal-image", daemon=True)
        self._sender.start()

    def submit(self, task: ScopeTask) -> Future[Sealed]:
        if self._pool is None:
            raise RuntimeError("no sealing workers: seal in this process")
        return self._pool.submit(seal_in_worker, task)

    def parts(self) -> PartsInWorkers | None:
        """A reader of the exports' parts in these workers (None without workers)."""
        return None if self._pool is None else PartsInWorkers(self._pool, self._read)

    def __enter__(self) -> Sealers:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._pool is None:
            return
        self._pool.shutdown(wait=True, cancel_futures=kind is not None)
        # A worker takes its copy of the image at its first scope; take back the copies no
        # worker took, or the sending thread would wait for a reader for ever.
        while self._sender is not None and self._sender.is_alive():
            if self._images.poll(0.1):
                self._images.recv_bytes()
        self._images.close()
        self._send_images.close()
        self._read.close()


#: A file that may be read in parts (``exchange.reader.SPLIT``) is read in the workers
#: from this size on, but for its first ``HEAD_BYTES`` (the header and the first
#: records, read in this process), in parts of about ``PART_BYTES``, so that the
#: workers share the files evenly. This process reads the rest (the units and
#: citizens among them), checks them all and makes the store: the fewer rows it reads
#: itself, the fewer it inserts; but rather than wait, it reads the parts no worker
#: has begun, the last first.
SPLIT_FROM_BYTES = 1 << 20
HEAD_BYTES = 1 << 16
PART_BYTES = 8 << 20


class PartsInWorkers:
    """``csvparts.PartReader`` on the sealing workers. A worker reads its part and sends
    the rows back at once (the raw columns and lines, for the checks across files,
    and the problems), then makes its rows there into an image of the store's table
    (``store.build.part_image``; the domain objects would cost more to send than to
    read), which is the task's result: the rows' ``built`` is the call that waits for
    it, so that this process checks the exports and builds the store meanwhile.

    While it waits for a part, this process reads the last part no worker has begun
    itself (its rows then hold their objects, as a part read here does)."""

    def __init__(self, pool: ProcessPoolExecutor, read: Any) -> None:
        self._pool = pool
        self._read = read
        self._keys = itertools.count()
        self._waiting: dict[int, tuple[Part, Future[bytes]]] = {}  # submitted, not yet handed back
        self._arrived: dict[int, tuple[Rows, ProblemLog] | None] = {}

    def fractions(self, spec: FileSpec, size: int) -> tuple[float, ...]:
        if spec.dataset not in ROW_WISE or size < SPLIT_FROM_BYTES or size <= HEAD_BYTES:
            return ()  # a worker makes images only of tables whose rows stand alone
        head = HEAD_BYTES / size
        count = max(1, round(size / PART_BYTES))
        return tuple(head + (1 - head) * i / count for i in range(count))

    def submit(self, part: Part) -> Callable[[], tuple[Rows, ProblemLog]]:
        key = next(self._keys)
        self._waiting[key] = (part, self._pool.submit(read_part_in_worker, part, key))
        return lambda: self._rows(key)

    def _rows(self, key: int) -> tuple[Rows, ProblemLog]:
        image = self._waiting[key][1]
        while key not in self._arrived:
            if self._read_one_here():
                continue
            try:
                got, value = self._read.get(timeout=0.2)
            except queue.Empty:
                if image.done() and image.exception() is not None:
                    image.result()  # the worker failed or died: its error
                continue
            self._arrived[got] = value
        value = self._arrived.pop(key)
        del self._waiting[key]
        if value is None:  # the reading failed there: its error is the task's
            image.result()
            raise RuntimeError("a part of the exports was not read")
        rows, log = value
        if not image.cancelled():  # read there: its image follows
            rows.built = _once(image)
        return rows, log

    def _read_one_here(self) -> bool:
        """Read the last part no worker has begun here (True), if there is one."""
        for key in reversed(self._waiting):
            part, image = self._waiting[key]
            if key not in self._arrived and image.cancel():
                self._arrived[key] = read_part(part)
                return True
        return False


def _once(image: Future[bytes]) -> Callable[[], bytes]:
    """The call that waits for ``image`` and gives it, holding it no longer."""
    held = [image]

    def get() -> bytes:
        return held.pop().result()

    return get


def read_part_in_worker(part: Part, key: int) -> bytes:
    """Read ``part``, send its rows back (``PartsInWorkers``), and give its image."""
    try:
        rows, log = read_part(part)
    except BaseException:
        _worker["read"].put((key, None))
        raise
    objs, rows.objs = rows.objs, []
    _worker["read"].put((key, (rows, log)))
    return part_image(part.dataset, [obj for obj in objs if obj is not None])


_worker: dict[str, Any] = {}


def ready() -> None:
    """A task that does nothing: submitted to make the pool start a worker."""


def start_worker(images: Any, lock: Any, read: Any, signing_key: bytes) -> None:
    """Pool initializer: keep the pipe the store's image comes through (not an
    argument: the pool would keep that for the worker's whole life) and its lock, the
    queue the parts' rows go back through, and the signing key."""
    _worker["images"] = images
    _worker["images_lock"] = lock
    read.cancel_join_thread()  # at the worker's exit no one waits for rows any more
    _worker["read"] = read
    _worker["key"] = Ed25519PrivateKey.from_private_bytes(signing_key)


def _store() -> Any:
    """The store, opened from one copy of its image, taken from the pipe at the first
    scope (and let go)."""
    store = _worker.get("store")
    if store is None:
        from continuity_app.store import Store

        with _worker["images_lock"]:
            image = _worker["images"].recv_bytes()
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
