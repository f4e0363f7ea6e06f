"""Unlock: passphrase → device key → newest generation → SQLite in memory. Lock drops it all.

:func:`unlock` opens the newest stored generation (verified against the pinned
publisher key, decrypted with the device key, imported by ``Store.from_image``
into memory). When the newest cannot be opened, it falls back to the one before,
and says so in ``session.warnings``. Nothing decrypted is ever written to disk.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from continuity_app.domain.age import COPENHAGEN
from continuity_app.errors import DamagedFile, DiskError, ExitCode, KnownError, NoData
from continuity_app.home import ClientHome, Generation
from continuity_app.progress import Progress
from continuity_app.vault import audit
from continuity_app.vault.device import DeviceFile, Keys
from continuity_app.vault.keys import open_keys

if TYPE_CHECKING:
    from continuity_app.bundle import Header, VerifiedBundle
    from continuity_app.bundle.trust import KeyResolver
    from continuity_app.store import Store

log = logging.getLogger(__name__)

#: ``progress(step, fraction)``: step is one of "unwrap", "verify", "decrypt", "import", "done".


class SessionLocked(KnownError):
    exit_code = ExitCode.NOT_SET_UP

    def __init__(self) -> None:
        super().__init__("the data is locked: unlock with the unit's passphrase")


@dataclass(frozen=True)
class SessionWarning:
    """Something the person must be told. ``kind``: "fallback", "expired" or "audit"."""

    kind: str
    text: str
    newest_sequence: int | None = None
    used_sequence: int | None = None

    def __str__(self) -> str:
        return self.text


def list_generations(home: ClientHome, scope: str | None = None) -> list[Generation]:
    """Stored generations (``<scope>-<sequence>.bundle``), newest first."""
    return home.list_generations(scope)


def _open_generation(
    device: DeviceFile,
    keys: Keys,
    publisher_key: KeyResolver,
    gen: Generation,
    progress: Progress | None,
    home: ClientHome | None = None,
) -> tuple[Store, Header]:
    from continuity_app.bundle import check_policy, verify
    from continuity_app.sync.unopenable import record_unopenable

    def step(name: str, fraction: float) -> None:
        if progress is not None:
            progress(name, fraction)

    step("verify", 0.2)
    try:
        data = gen.path.read_bytes()
    except OSError as err:
        raise DiskError(f"{gen.path}: cannot read ({err.strerror})") from err
    verified = verify(data, publisher_key)
    del data
    try:  # validly signed from here on: a failure means it will not open on this laptop
        check_policy(verified.header, scope=device.scope, device_id=device.device_id)
        holder = [verified]
        del verified  # the ciphertext goes as soon as it is decrypted (see _decrypt_import)
        return _decrypt_import(device, keys, holder, gen, step)
    except KnownError as err:
        if home is not None:
            record_unopenable(home, gen.path, err.exit_code.name)
        raise


def _decrypt_import(
    device: DeviceFile, keys: Keys, holder: list[VerifiedBundle], gen: Generation, step: Progress
) -> tuple[Store, Header]:
    """Decrypt and inflate into one buffer, drop the ciphertext, open the store, drop the
    buffer: at most the image twice (the buffer and SQLite's copy) at any moment."""
    from continuity_app.bundle.format import decrypt_into_buffer
    from continuity_app.store import Store

    step("decrypt", 0.4)
    verified = holder.pop()
    header = verified.header
    payload = decrypt_into_buffer(verified, device.device_id, keys.device)
    del verified
    step("import", 0.7)
    try:
        store = Store.from_image(payload)
    except KnownError:
        raise
    except Exception as err:  # a payload that decrypted but does not import
        raise DamagedFile(f"{gen.path}: the data does not import ({type(err).__name__})") from None
    finally:
        del payload
    return store, header


class Session:
    """The unlocked data. ``lock()`` closes the store and drops the keys."""

    def __init__(
        self,
        home: ClientHome,
        device: DeviceFile,
        keys: Keys,
        store: Store,
        header: Header,
        generation: Generation,
        warnings: list[SessionWarning],
    ) -> None:
        self.home = home
        self.device = device
        self._keys: Keys | None = keys
        self._store: Store | None = store
        self.header = header
        self.generation = generation
        self.warnings = warnings

    @property
    def locked(self) -> bool:
        return self._store is None

    @property
    def store(self) -> Store:
        if self._store is None:
            raise SessionLocked()
        return self._store

    @property
    def keys(self) -> Keys:
        """The unwrapped device keys (the journal decrypts and signs with them)."""
        if self._keys is None:
            raise SessionLocked()
        return self._keys

    def audit(self, event: str, **fields: Any) -> int:
        """Append to the audit log (fields from ``vault.audit.AUDIT_FIELDS`` only)."""
        return audit.append(self.home, event, public_key=self.device.audit_key(), **fields)

    def lock(self, reason: str = "manual") -> None:
        """Close the in-memory database and drop every reference to decrypted data and keys."""
        if self._store is None:
            return
        store, self._store, self._keys = self._store, None, None
        try:
            store.close()
        finally:
            del store
            try:  # locking never fails: a log that cannot be written is only logged
                self.audit("lock", reason=reason)
            except KnownError as err:
                log.warning("lock not written to the audit log: %s", err)

    def reload(self, *, progress: Progress | None = None) -> bool:
        """Open a newer generation (after a sync) without the passphrase; True if it changed."""
        if self._store is None or self._keys is None:
            raise SessionLocked()
        newest = list_generations(self.home, self.device.scope)
        if not newest or newest[0].sequence <= self.generation.sequence:
            return False
        store, header, gen, warnings = _open_newest(self.home, self.device, self._keys, progress, newest)
        old, self._store = self._store, store
        old.close()
        self.header, self.generation, self.warnings = header, gen, warnings
        self.audit("unlock", result="reloaded", sequence=gen.sequence, scope=header.scope)
        return True

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


def _open_newest(
    home: ClientHome,
    device: DeviceFile,
    keys: Keys,
    progress: Progress | None,
    generations: list[Generation],
    now: dt.datetime | None = None,
) -> tuple[Store, Header, Generation, list[SessionWarning]]:
    from continuity_app.sync.trust import client_trust

    publisher_key = client_trust(home, incoming=False)  # the pinned key missing: not set up
    failures: list[tuple[Generation, str]] = []
    for gen in generations:
        try:
            store, header = _open_generation(device, keys, publisher_key, gen, progress, home)
        except KnownError as err:
            log.warning("generation %s could not be opened: %s", gen.path.name, err)
            failures.append((gen, str(err)))
            continue
        warnings: list[SessionWarning] = []
        if failures:
            newest = failures[0][0]
            when = header.created_at.astimezone(COPENHAGEN).strftime("%d-%m-%Y %H:%M")
            warnings.append(
                SessionWarning(
                    "fallback",
                    f"the newest data (sequence {newest.sequence}) could not be opened "
                    f"({failures[0][1]}); showing sequence {gen.sequence} from {when}",
                    newest_sequence=newest.sequence,
                    used_sequence=gen.sequence,
                )
            )
        moment = now or dt.datetime.now(dt.UTC)
        if header.valid_until < moment:
            warnings.append(
                SessionWarning(
                    "expired",
                    f"the data (sequence {gen.sequence}) is past its valid-until time "
                    f"{header.valid_until.astimezone(COPENHAGEN):%d-%m-%Y %H:%M}: it may be "
                    "out of date",
                    used_sequence=gen.sequence,
                )
            )
        return store, header, gen, warnings
    first = failures[0]
    raise DamagedFile(
        f"none of the {len(failures)} stored data generations could be opened; the newest "
        f"({first[0].path.name}): {first[1]}"
    )


def unlock(
    home: ClientHome, passphrase: str, *, now: dt.datetime | None = None, progress: Progress | None = None
) -> Session:
    """Open the newest generation with the unit's passphrase.

    Raises ``WaitBeforeRetry`` (too early after wrong tries), ``PassphraseError``
    (wrong; counted and audited), ``SetupError`` (not enrolled), ``KnownError``
    NO_DATA (nothing synced yet) or CORRUPT (no generation opens).
    """
    if progress is not None:
        progress("unwrap", 0.0)
    device, keys = open_keys(home, passphrase, now=now, purpose="unlock")
    generations = list_generations(home, device.scope)
    if not generations:
        audit.append(home, "unlock", now=now, public_key=device.audit_key(), result="no_data")
        raise NoData(
            f"{home.generations}: no data yet for scope '{device.scope}': run 'continuity-app sync' first"
        )
    try:
        store, header, gen, warnings = _open_newest(home, device, keys, progress, generations, now)
    except KnownError as err:
        audit.append(
            home, "unlock", now=now, public_key=device.audit_key(), result="failed", reason=err.exit_code.name
        )
        raise
    try:
        home.note_opened(header.scope, gen.sequence)  # pruning keeps the last that opened
    except OSError as err:
        log.warning("cannot note the generation that opened: %s", err)
    try:
        audit.append(
            home,
            "unlock",
            now=now,
            public_key=device.audit_key(),
            result="ok",
            scope=header.scope,
            sequence=gen.sequence,
            newest=generations[0].sequence if gen is not generations[0] else None,
        )
    except KnownError as err:
        # The data is needed in a crisis even when the disk is full: open it, and say so.
        log.warning("unlock not written to the audit log: %s", err)
        warnings.append(SessionWarning("audit", f"the audit log cannot be written: {err}"))
    if progress is not None:
        progress("done", 1.0)
    return Session(home, device, keys, store, header, gen, warnings)
