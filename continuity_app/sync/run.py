"""One sync: fetch → verify → store a generation; every attempt recorded. Needs no secret.

Acceptance (docs/bundle-format.md): ``latest.json`` signed by the pinned publisher key and for
this scope; the bundle exactly the size and SHA-256 it names; the bundle's
signature; its scope; its sequence strictly above the highest ever accepted;
addressed to this device. Only then is it stored (see ``generations.py`` for
the crash-safe order). Nothing is ever decrypted here.

A bundle past ``valid_until`` is stored all the same (old data beats no data
in a crisis) and the outcome says so: exit code EXPIRED (21), flagged red.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from continuity_app import settings
from continuity_app.bundle import CorruptBundle, WrongScope, check_policy, verify
from continuity_app.bundle.keys import load_publisher_public_key
from continuity_app.bundle.latest import MAX_LATEST_BYTES, Latest, verify_latest
from continuity_app.bundle.names import file_stem
from continuity_app.domain.age import format_datetime_da
from continuity_app.errors import ExitCode, KnownError, SetupError
from continuity_app.home import ClientHome, generation_name
from continuity_app.progress import Progress, no_progress
from continuity_app.sync import generations as gens
from continuity_app.sync.accept import Verdict, check_held, judge
from continuity_app.sync.deadline import Deadline
from continuity_app.sync.errors import SourceError
from continuity_app.sync.folder import FolderSource
from continuity_app.sync.guard import Accepted
from continuity_app.sync.lock import HeldLock, sync_lock
from continuity_app.sync.mirror import keep_latest
from continuity_app.sync.sources import Source, open_source
from continuity_app.sync.state import Attempt, SyncState, load_state, save_state
from continuity_app.sync.transfer import SyncStage, Validators
from continuity_app.sync.trust import client_trust, remember

log = logging.getLogger(__name__)

#: ``progress(stage, fraction)``: the stages in order, fraction 0.0–1.0 within each.
STAGES = tuple(SyncStage)


class SyncResult(StrEnum):
    NEW_DATA = "new_data"
    UP_TO_DATE = "up_to_date"
    FAILED = "failed"


@dataclass(frozen=True)
class SyncOutcome:
    result: SyncResult
    exit_code: ExitCode  # OK, EXPIRED (data stored/held but past valid_until) or the failure's
    message: str  # one line, English, names the URL/file/number at fault
    sequence: int | None = None  # the newest sequence held afterwards
    expired: bool = False
    scope: str = ""
    #: The failure itself (its class says what happened; the app words it by the class).
    error: KnownError | None = field(default=None, compare=False)

    @property
    def ok(self) -> bool:
        return self.result is not SyncResult.FAILED


@dataclass(frozen=True)
class _Setup:
    scope: str
    device_id: str
    config: settings.ClientSettings
    deadline: Deadline


def run_sync(
    home: ClientHome,
    *,
    source: Source | None = None,
    from_file: Path | None = None,
    progress: Progress | None = None,
    deadline_s: float | None = None,
    now: dt.datetime | None = None,
    on_step: gens.StepHook | None = None,
) -> SyncOutcome:
    """Pull, verify and store the newest bundle of this laptop's scope.

    ``source`` overrides the configured one; ``from_file`` takes a bundle file
    (or a publish folder, e.g. on a USB stick) instead. Known failures come back
    as a FAILED outcome (never raised); the attempt is recorded in ``state.json``
    and the audit log. ``on_step`` is called after each storing step (tests kill
    the process there). Safe to call from a worker thread.
    """
    started = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    t0 = time.monotonic()
    report: Progress = progress or no_progress
    try:
        setup = _setup(home, deadline_s)
    except KnownError as err:
        return SyncOutcome(SyncResult.FAILED, err.exit_code, str(err), error=err)
    try:
        with sync_lock(home.partial / "sync.lock", setup.deadline) as lock:
            state = load_state(home)
            where = f"--from {from_file}" if from_file else str(source or setup.config.source)
            _note_unfinished(lock, state, setup.scope)
            lock.mark(started.isoformat(timespec="seconds"))
            try:
                outcome = _sync(home, setup, state, source, from_file, report, started, on_step)
                if state.damaged:  # rebuilt from the generations held and the guard
                    outcome = replace(
                        outcome,
                        message=f"{outcome.message} ({home.state} could "
                        "not be read; it is written again from what is held)",
                    )
            except KnownError as err:
                outcome = _failed(err, home, setup)
            except Exception:
                _record(home, state, _bug(setup, state), started, where, t0)
                lock.clear()
                raise
            outcome = _record(home, state, outcome, started, where, t0)
            lock.clear()
            return outcome
    except KnownError as err:  # busy, or the state file of a newer program
        return SyncOutcome(SyncResult.FAILED, err.exit_code, str(err), scope=setup.scope, error=err)


def _note_unfinished(lock: HeldLock, state: SyncState, scope: str) -> None:
    """An earlier sync that never finished goes into the history (saved with this attempt)."""
    if lock.unfinished:
        state.record(
            Attempt(
                at=lock.unfinished,
                finished_at=lock.unfinished,
                result="failed",
                exit_code=int(ExitCode.CANCELLED),
                message="the sync was interrupted before it finished (killed or power lost); "
                "nothing unverified was kept",
                sequence=state.highest_for(scope) or None,
            )
        )


def _setup(home: ClientHome, deadline_s: float | None) -> _Setup:
    if not home.is_enrolled():
        raise SetupError(f"{home.root} is not set up: enroll this laptop first (continuity-app enroll)")
    config = settings.load_client(home.config)
    from continuity_app.vault.device import DeviceFile

    device = DeviceFile.load(home.device)
    seconds = deadline_s if deadline_s is not None else float(config.sync_deadline_seconds)
    load_publisher_public_key(home.publisher_key)  # missing or damaged: not set up
    return _Setup(
        scope=device.scope,
        device_id=device.device_id,
        config=config,
        deadline=Deadline(seconds),
    )


def _sync(
    home: ClientHome,
    setup: _Setup,
    state: SyncState,
    source: Source | None,
    from_file: Path | None,
    report: Progress,
    now: dt.datetime,
    on_step: gens.StepHook | None,
) -> SyncOutcome:
    scope = setup.scope
    trust = client_trust(home, state.guard, now=now)
    stored = client_trust(home, state.guard, incoming=False)
    found = gens.reconcile(home, scope, state.accepted(scope).order, stored)
    if found is not None:
        state.accept(scope, found)
    gens.remove_leftovers(home)
    held = check_held(home, scope, state.accepted(scope), stored)
    if held.ok:
        state.accept(scope, Accepted(*state.accepted(scope).order, held.sha256, held.size))

    latest: Latest | None = None
    latest_bytes = b""
    remember_v: tuple[str, Validators] | None = None  # latest.json's URL and its validators
    where = f"--from {from_file}"
    report(SyncStage.CONNECT, 0.0)
    if from_file is not None and from_file.is_file():
        data = _read_file(from_file)
    else:
        if from_file is not None and not from_file.is_dir():
            raise SourceError(f"--from {from_file}: no such bundle file or publish folder")
        src: Source = (
            FolderSource(from_file)
            if from_file is not None
            else (source or open_source(setup.config.source, ca_file=setup.config.ca_file, base=home.root))
        )
        folder = file_stem(scope)  # the publish folder's name for this scope
        latest_name = f"{folder}/latest.json"
        sequence = state.highest_for(scope)
        validators = state.validators_for(_where(src, latest_name), sequence) if held.ok else None
        fetched = src.fetch_small(latest_name, MAX_LATEST_BYTES, setup.deadline, validators)
        if fetched.data is None:
            return _up_to_date(home, scope, sequence, now, "(unchanged since the last sync)")
        latest = verify_latest(fetched.data, trust)
        latest_bytes = fetched.data
        remember(state.guard, trust)
        where = fetched.where
        if latest.scope != scope:
            raise WrongScope(
                f"{fetched.where} is for scope '{latest.scope}', this laptop is enrolled for '{scope}'"
            )
        verdict = judge(
            state,
            home,
            scope,
            (latest.epoch, latest.sequence),
            latest.sha256,
            held,
            fetched.where,
            trust,
            now,
        )
        if verdict is Verdict.HELD:
            state.remember_validators(fetched.where, latest.sequence, fetched.validators)
            keep_latest(home, scope, fetched.data)
            return _up_to_date(home, scope, latest.sequence, now, "")
        remember_v = (fetched.where, fetched.validators)
        data = src.fetch_large(
            f"{folder}/{latest.file}", latest.size, latest.sha256, home.partial, setup.deadline, report
        )

    report(SyncStage.VERIFY, 0.0)
    verified = verify(data, trust)
    header = verified.header
    if latest is not None and (header.scope, header.sequence, verified.epoch) != (
        latest.scope,
        latest.sequence,
        latest.epoch,
    ):
        raise CorruptBundle(
            f"latest.json names {latest.scope} sequence {latest.sequence}, but the bundle it points "
            f"to is {header.scope} sequence {header.sequence} (mix-and-match)"
        )
    if header.scope != scope:
        check_policy(header, scope=scope, device_id=setup.device_id)  # wrong scope
    sha = hashlib.sha256(data).hexdigest()
    verdict = judge(state, home, scope, (verified.epoch, header.sequence), sha, held, where, trust, now)
    if verdict is Verdict.HELD:
        return _up_to_date(home, scope, header.sequence, now, "(this bundle is already held)")
    check_policy(header, scope=scope, device_id=setup.device_id)
    remember(state.guard, trust)

    report(SyncStage.STORE, 0.0)
    new_epoch = verified.epoch > state.accepted(scope).epoch
    gens.write_generation(home, scope, header.sequence, data, on_step)
    state.accept(scope, Accepted(verified.epoch, header.sequence, sha, len(data)))
    if remember_v is not None:
        state.remember_validators(remember_v[0], header.sequence, remember_v[1])
    save_state(home, state)
    if latest_bytes:
        keep_latest(home, scope, latest_bytes)
    if on_step is not None:
        on_step("state-written")
    if new_epoch:
        gens.drop_superseded(home, scope, header.sequence)
    gens.prune(home, scope, setup.config.generations)
    if on_step is not None:
        on_step("pruned")
    report(SyncStage.DONE, 1.0)
    expired = header.valid_until < now
    created = format_datetime_da(header.created_at)
    if verdict is Verdict.REPAIR:
        text = (
            f"repaired: {scope} sequence {header.sequence} fetched again (the stored copy "
            f"was {held.problem}), created {created}"
        )
    elif new_epoch:
        text = (
            f"new data after a sequence reset (epoch {verified.epoch}): {scope} sequence "
            f"{header.sequence}, created {created}"
        )
    else:
        text = f"new data: {scope} sequence {header.sequence}, created {created}"
    if expired:
        return SyncOutcome(
            SyncResult.NEW_DATA,
            ExitCode.EXPIRED,
            f"{text}; stored, but it expired {format_datetime_da(header.valid_until)} "
            "(valid_until): nothing newer has been published — check the publishing job",
            header.sequence,
            True,
            scope,
        )
    return SyncOutcome(SyncResult.NEW_DATA, ExitCode.OK, text, header.sequence, False, scope)


def _where(src: Source, name: str) -> str:
    """The key the validators are remembered under (the URL of ``latest.json``)."""
    url = getattr(src, "url", None)
    return str(url(name)) if callable(url) else f"{src}/{name}"


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise SourceError(f"--from {path}: cannot read it ({err.strerror})") from None


def _up_to_date(home: ClientHome, scope: str, sequence: int, now: dt.datetime, note: str) -> SyncOutcome:
    expired, until = False, ""
    try:
        header = gens.read_header(home.generations / generation_name(scope, sequence))
        expired = header.valid_until < now
        until = format_datetime_da(header.valid_until)
    except (OSError, ValueError):
        pass
    text = f"up to date: {scope} sequence {sequence}{' ' + note if note else ''}"
    if expired:
        return SyncOutcome(
            SyncResult.UP_TO_DATE,
            ExitCode.EXPIRED,
            f"{text}; but the data expired {until} (valid_until): nothing newer has been "
            "published — check the publishing job",
            sequence,
            True,
            scope,
        )
    return SyncOutcome(SyncResult.UP_TO_DATE, ExitCode.OK, text, sequence, False, scope)


def _held_sequence(home: ClientHome, scope: str) -> int | None:
    newest = gens.list_generations(home, scope)
    return newest[0].sequence if newest else None


def _failed(err: KnownError, home: ClientHome, setup: _Setup) -> SyncOutcome:
    return SyncOutcome(
        SyncResult.FAILED,
        err.exit_code,
        str(err),
        _held_sequence(home, setup.scope),
        False,
        setup.scope,
        error=err,
    )


def _bug(setup: _Setup, state: SyncState) -> SyncOutcome:
    return SyncOutcome(
        SyncResult.FAILED,
        ExitCode.BUG,
        "internal error during sync (details in the log)",
        state.highest_for(setup.scope) or None,
        False,
        setup.scope,
    )


def _record(
    home: ClientHome,
    state: SyncState,
    outcome: SyncOutcome,
    started: dt.datetime,
    where: str,
    t0: float,
) -> SyncOutcome:
    """Append the attempt to ``state.json`` and a "sync" event to the audit log."""
    elapsed = time.monotonic() - t0
    finished = started + dt.timedelta(seconds=elapsed)
    state.record(
        Attempt(
            at=started.isoformat(timespec="seconds"),
            finished_at=finished.isoformat(timespec="seconds"),
            result=outcome.result.value,
            exit_code=int(outcome.exit_code),
            message=outcome.message,
            sequence=outcome.sequence,
            expired=outcome.expired,
            source=where,
        )
    )
    try:
        save_state(home, state)
    except KnownError as err:
        log.warning("sync attempt not recorded: %s", err)
        if outcome.ok:  # stored, but the guard could not be saved: say so
            outcome = SyncOutcome(
                SyncResult.FAILED,
                err.exit_code,
                f"{outcome.message}; but {err}",
                outcome.sequence,
                outcome.expired,
                outcome.scope,
                error=err,
            )
    try:
        from continuity_app.vault import audit

        audit.append(
            home,
            "sync",
            now=finished,
            result=outcome.result.value,
            reason=outcome.exit_code.name,
            scope=outcome.scope,
            sequence=outcome.sequence,
            exit_code=int(outcome.exit_code),
            duration_ms=round(elapsed * 1000),
        )
    except (KnownError, ValueError, OSError) as err:
        log.warning("sync not written to the audit log: %s", err)
    return outcome
