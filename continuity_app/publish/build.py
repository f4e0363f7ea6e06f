"""``build``: exports → validated dataset → one signed, encrypted bundle per scope.

Usable as a library (``continuity_app.publish.build``), which ``continuity-publish
build`` and ``continuity-app demo`` both call. Order of work, chosen so that any
failure leaves the publish folder exactly as it was:

1. open the home, take its lock, unlock the signing key (wrong passphrase: stop);
2. check the publish folder can take files (not writable: stop);
3. read and validate the exports (any error: stop, every problem listed);
4. reserve one new sequence per scope in ``state.json`` (never reused, even after a crash);
5. build the store once; per scope, in worker processes (``seal.Sealers``, started
   before step 3 so that their start overlaps the reading), derive → image → compress
   → encrypt → sign; stage each bundle here;
6. refuse the build if a scope shrinks sharply against its last publish (``shrink``);
7. commit: rename the bundles into place, then each ``latest.json``; prune old bundles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from continuity_app.bundle.latest import bundle_file_name, make_latest
from continuity_app.bundle.names import file_stem
from continuity_app.bundle.payload import DEFAULT_COMPRESSION
from continuity_app.bundle.timefmt import format_utc
from continuity_app.errors import ExitCode, InvalidInput, KnownError
from continuity_app.publish import seal, shrink
from continuity_app.publish.home import PublisherHome
from continuity_app.publish.registry import Registry
from continuity_app.publish.scopes import Scope, ScopeConfig
from continuity_app.publish.state import State
from continuity_app.publish.writer import Transaction, bundle_sequences, prune
from continuity_app.store.coverage import ALLE, DEFAULT_SHARE, UnitShare

WORKERS = 2  # the publishing server's cores: a 2-core machine is what publishing is sized for
#: Below this size of the exports the scopes are sealed in this process: starting the
#: workers (a new interpreter each) would cost more than they save. (A store's image
#: is about one and a half times its exports: aarhus 30 MB of exports, a 44 MB image.)
PARALLEL_FROM_BYTES = 12 << 20


class ExportsInvalid(InvalidInput):
    """The exchange folder failed validation; ``problems`` holds every error line."""

    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, problems: list[str], warnings: list[str]) -> None:
        super().__init__(
            f"the exports have {len(problems)} problem(s); nothing was published "
            "and the previous bundles stay live"
        )
        self.problems = problems
        self.warnings = warnings


@dataclass(frozen=True)
class ScopeResult:
    scope: str
    name: str
    sequence: int
    file: Path
    size: int  # bytes of the bundle file
    payload_size: int  # bytes of the SQLite image
    devices: int
    counts: Mapping[str, int]
    valid_until: dt.datetime


@dataclass
class PublishSummary:
    created_at: dt.datetime
    out: Path
    published: list[ScopeResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # scopes with no enrolled device
    warnings: list[str] = field(default_factory=list)


def build(
    home_dir: Path,
    input_dir: Path,
    out: Path,
    *,
    passphrase: str,
    now: dt.datetime | None = None,
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
    allow_shrink: bool = False,
    workers: int | None = None,
) -> PublishSummary:
    """Validate the exports and publish one bundle per scope, atomically. See module doc.

    ``workers``: processes sealing the scopes; by default ``WORKERS`` for exports of
    ``PARALLEL_FROM_BYTES`` or more, else none (all in this process).
    """
    from continuity_app.exchange import read_exchange

    say = progress or (lambda _message: None)
    home = PublisherHome.open(Path(home_dir))
    with home.locked(), ExitStack() as stack:
        signing_key = home.signing_key(passphrase)
        from continuity_app.publish import handback_key

        handback = handback_key.ensure(home.root, passphrase)  # a home older than it gets one
        config = home.settings()
        keep = config.bundles_kept
        default_days = config.bundle_validity_days
        compression = config.bundle_compression
        scope_config = ScopeConfig.load(home.scopes)
        registry = Registry.load(home.devices)
        state = State.load(home.state)
        out = Path(out).expanduser().resolve()
        txn = Transaction(out)
        txn.check_writable()
        if workers is None:
            workers = WORKERS if _size_of(Path(input_dir)) >= PARALLEL_FROM_BYTES else 1
        sealers = stack.enter_context(seal.Sealers(workers, signing_key))

        say("reading the exports")
        result = read_exchange(Path(input_dir), today=today, parts=sealers.parts())
        warnings = [str(w) for w in result.warnings]
        if not result.ok or result.dataset is None:
            txn.abort()
            raise ExportsInvalid([str(p) for p in result.errors], warnings)
        dataset = result.dataset

        created_at = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
        summary = PublishSummary(created_at=created_at, out=out, warnings=warnings)
        try:
            scopes, scope_warnings = scope_config.resolve(dataset.units, default_days)
        except KnownError:  # two unit ids that would share a file name
            txn.abort()
            raise
        summary.warnings += scope_warnings
        names = {s.scope for s in scopes}
        for device in registry.devices:
            if device.active and device.scope not in names:
                summary.warnings.append(
                    f"device '{device.device_id}' is enrolled for scope '{device.scope}', "
                    "which is not published"
                )
        plan: list[tuple[Scope, dict[str, Any], int]] = []
        for scope in scopes:
            recipients = registry.recipients(scope.scope)
            if not recipients:
                summary.skipped.append(scope.scope)
                continue
            stem = file_stem(scope.scope)
            seen = bundle_sequences(out / stem, stem)
            plan.append((scope, recipients, state.reserve(scope.scope, max(seen, default=0))))
        if summary.skipped:
            summary.warnings.append(
                f"{len(summary.skipped)} scope(s) have no enrolled device and were not published: "
                + ", ".join(summary.skipped)
            )
        state.units = [u.unit_id for u in dataset.units]
        state.save(home.state)  # the reservation reaches the disk before any bundle does
        if not plan:
            txn.abort()
            return summary
        from continuity_app.publish.root import trust_for

        trust: dict[str, dict[str, Any]] = {}
        for scope, _recipients, _sequence in plan:
            trust[scope.scope], notes = trust_for(home, scope.scope, created_at)
            summary.warnings += [n for n in notes if n not in summary.warnings]

        # biggest first: its compression overlaps the many small derives instead of
        # running alone at the end
        plan.sort(key=lambda item: {"alle": 0, "krisestab": 1}.get(item[0].scope, 2))
        held = [(dataset, result.built)]  # _publish lets them go once the store is built
        del dataset, result
        try:
            keys = {
                scope.scope: handback_key.journal_keys(handback, registry.active_devices(scope.scope))
                for scope, _r, _s in plan
            }
            _publish(
                held,
                plan,
                txn,
                signing_key,
                created_at,
                summary,
                say,
                keys,
                trust,
                scope_config.share,
                sealers,
                compression,
            )
            # A broken export must not go live: nothing is renamed into place before this.
            summary.warnings += shrink.check(summary.published, state.published, out, allow=allow_shrink)
            txn.commit()
        except BaseException:
            txn.abort()
            raise
        for item in summary.published:
            stem = file_stem(item.scope)
            prune(out / stem, stem, keep)
            state.published[item.scope] = {
                "sequence": item.sequence,
                "created_at": format_utc(created_at),
                "devices": item.devices,
                "file": item.file.name,
                "counts": dict(item.counts),  # what the shrink guard compares the next build with
            }
        state.save(home.state)
        return summary


def _publish(
    held: list[Any],
    plan: list[tuple[Scope, dict[str, Any], int]],
    txn: Transaction,
    signing_key: Any,
    created_at: dt.datetime,
    summary: PublishSummary,
    say: Callable[[str], None],
    journal_keys: Mapping[str, str] | None = None,
    trust: Mapping[str, Mapping[str, Any]] | None = None,
    share: UnitShare = DEFAULT_SHARE,
    sealers: seal.Sealers | None = None,
    compression: str = DEFAULT_COMPRESSION,
) -> None:
    """Build the store from the dataset in ``held`` (taken out, so that it can go: at
    region scale it is the largest thing in memory); derive, compress, encrypt and
    sign each scope, in ``sealers``' worker processes when it has any; stage the files
    here.

    With workers, ``alle`` is sealed on a thread of this process beside them: it is
    the store itself with its scope's meta and its search index (which the workers'
    copy does without), so a worker would only add copies, and compressing, hashing
    and SQLite's copying let the interpreter go. At most
    ``2 × workers`` scopes are queued for the workers, each staged as soon as it is
    done (in plan order in the summary), so the finished bundles waiting stay few; a
    worker holds the store and the one scope it works on.
    """
    from continuity_app.store import Store

    say("building the store")
    dataset, built = held.pop()
    tasks = [
        _task(scope, recipients, sequence, created_at, journal_keys, trust, share, compression)
        for scope, recipients, sequence in plan
    ]
    parallel = sealers is not None and sealers.parallel and len(tasks) > 1
    meta = {"created_at": format_utc(created_at)}
    # With workers the search index is filled after the workers' image is taken: the
    # scopes fill their own, and only alle's needs the store's.
    store = Store.build(dataset, meta=meta, parts=built, search=not parallel)
    del dataset, built
    if sealers is None or not parallel:
        with store:
            for task in tasks:
                say(f"publishing {task.scope}")
                _stage(task, seal.seal(store, task, signing_key), txn, signing_key, summary)
        return
    queued = [t for t in tasks if t.scope != ALLE]
    running: dict[Future[seal.Sealed], seal.ScopeTask] = {}
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="seal-alle") as here:
        try:
            sealers.send(store.image())
        except BaseException:
            store.close()
            raise
        for task in tasks:
            if task.scope == ALLE:
                running[here.submit(_seal_alle, store, task, signing_key)] = task
                break
        else:
            store.close()
        del store
        try:
            while queued or running:
                while queued and len(running) < 2 * sealers.count + 1:  # + alle's, here
                    task = queued.pop(0)
                    running[sealers.submit(task)] = task
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    task = running.pop(future)
                    say(f"publishing {task.scope}")
                    _stage(task, future.result(), txn, signing_key, summary)
        finally:
            for future in running:
                future.cancel()
    order = {task.scope: i for i, task in enumerate(tasks)}
    summary.published.sort(key=lambda r: order[r.scope])


def _seal_alle(store: Any, task: seal.ScopeTask, signing_key: Any) -> seal.Sealed:
    """``alle``'s bundle: the store itself becomes the scope (no copy), with its search
    index filled now; the store is closed after."""
    with store:
        store.fill_search()
        return seal.seal(store, task, signing_key, derived=store.become_alle())


def _size_of(folder: Path) -> int:
    """Bytes of the files directly in ``folder`` (the exports; 0 when it cannot be
    read: the reading then says what is wrong)."""
    try:
        with os.scandir(folder) as entries:
            return sum(e.stat().st_size for e in entries if e.is_file())
    except OSError:
        return 0


def _task(
    scope: Scope,
    recipients: Mapping[str, Any],
    sequence: int,
    created_at: dt.datetime,
    journal_keys: Mapping[str, str] | None,
    trust: Mapping[str, Mapping[str, Any]] | None,
    share: UnitShare,
    compression: str,
) -> seal.ScopeTask:
    valid_until = created_at + dt.timedelta(days=scope.validity_days)
    meta = {
        "scope": scope.scope,
        "scope_name": scope.name,
        "sequence": str(sequence),
        "created_at": format_utc(created_at),
        "valid_until": format_utc(valid_until),
    }
    if journal_keys and scope.scope in journal_keys:
        meta["journal_keys"] = journal_keys[scope.scope]
    return seal.ScopeTask(
        scope=scope.scope,
        scope_name=scope.name,
        sequence=sequence,
        created_at=created_at,
        valid_until=valid_until,
        meta=meta,
        recipients={d: k.public_bytes_raw() for d, k in recipients.items()},
        trust=dict((trust or {}).get(scope.scope) or {}) or None,
        share=share,
        compression=compression,
    )


def _stage(
    task: seal.ScopeTask,
    sealed: seal.Sealed,
    txn: Transaction,
    signing_key: Any,
    summary: PublishSummary,
) -> None:
    data = sealed.data
    name = bundle_file_name(task.scope, task.sequence)
    folder = file_stem(task.scope)  # the scope's id itself when it is plain ASCII
    txn.stage(f"{folder}/{name}", data)
    latest = make_latest(
        scope=task.scope,
        sequence=task.sequence,
        file=name,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        created_at=task.created_at,
        valid_until=task.valid_until,
        signing_key=signing_key,
        trust=task.trust,
    )
    txn.stage(f"{folder}/latest.json", latest)
    summary.published.append(
        ScopeResult(
            scope=task.scope,
            name=task.scope_name,
            sequence=task.sequence,
            file=txn.out / folder / name,
            size=len(data),
            payload_size=sealed.payload_size,
            devices=len(task.recipients),
            counts=sealed.counts,
            valid_until=task.valid_until,
        )
    )
