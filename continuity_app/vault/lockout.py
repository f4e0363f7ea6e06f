"""Wrong passphrases are slowed down increasingly, and restarting does not reset it.

After the n-th wrong passphrase in a row the next try must wait :func:`delay_after`
seconds: 0, 0, 0, 2, 4, 8, … up to 5 minutes. The counter and the time of the
next allowed try live in ``lockout.json`` (written atomically), so quitting the
program, or starting a second one, does not reset them. A correct passphrase
clears the counter.

Reading the counter, checking the passphrase and writing the counter back happen
under one exclusive lock (``lockout.lock`` beside it, :func:`held`): guesses
started at the same moment queue up and each one counts, so running many at
once is no way around the wait.

Wall-clock time is used because it must survive a restart. If the clock is set
back, the wait is still never longer than the delay for the current count; if it
is set forward the wait passes sooner. This only slows guessing through the
program: the defence against someone who copies ``device.json`` is scrypt and a
long passphrase (see ``docs/operations.md``, sections 3 and 10).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from continuity_app import jsonread
from continuity_app.errors import Busy, ExitCode, KnownError, PassphraseError
from continuity_app.paths import atomic_write, wait_for_lock

FORMAT = "noedkopi-lockout"
FREE_TRIES = 3
MAX_DELAY_SECONDS = 300
#: How long a try waits for another one to finish (each takes about a second of scrypt).
LOCK_TIMEOUT_S = 120.0


def delay_after(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong passphrases in a row."""
    if failures <= FREE_TRIES:
        return 0
    return int(min(2 ** (failures - FREE_TRIES), MAX_DELAY_SECONDS))


class WrongPassphrase(PassphraseError):
    """A wrong passphrase; ``seconds`` is the wait the lockout now asks before the next try."""

    def __init__(self, message: str, seconds: int) -> None:
        super().__init__(message)
        self.seconds = seconds


class WaitBeforeRetry(KnownError):
    """Too many wrong passphrases: the next try is not allowed yet. ``seconds`` says how long."""

    exit_code = ExitCode.WAIT_BEFORE_RETRY

    def __init__(self, seconds: int, failures: int) -> None:
        self.seconds = seconds
        self.failures = failures
        super().__init__(f"{failures} wrong passphrases in a row: wait {_human(seconds)} before the next try")


def _human(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


def _utc(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)


@dataclass
class Lockout:
    path: Path
    failures: int = 0
    next_allowed_at: dt.datetime | None = None

    @classmethod
    def load(cls, path: Path) -> Lockout:
        try:
            data = jsonread.read_object(path, error=ValueError, limit=64 * 1024)
            failures = int(data["failures"])
            raw = data.get("next_allowed_at")
            next_at = dt.datetime.fromisoformat(raw) if raw else None
        except FileNotFoundError:
            return cls(path)
        except (OSError, ValueError, KeyError, TypeError, OverflowError):
            # a damaged lockout file must not become a way around the delay: assume the worst
            return cls(path, failures=FREE_TRIES + 20, next_allowed_at=None)
        return cls(path, failures=max(failures, 0), next_allowed_at=next_at)

    def seconds_to_wait(self, now: dt.datetime | None = None) -> int:
        if self.failures <= FREE_TRIES:
            return 0
        cap = delay_after(self.failures)
        if self.next_allowed_at is None:
            return 0
        left = (self.next_allowed_at - _utc(now)).total_seconds()
        return max(0, min(cap, math.ceil(left)))

    def check(self, now: dt.datetime | None = None) -> None:
        """Raise :class:`WaitBeforeRetry` when a try now is too early."""
        wait = self.seconds_to_wait(now)
        if wait > 0:
            raise WaitBeforeRetry(wait, self.failures)

    def record_failure(self, now: dt.datetime | None = None) -> int:
        """Count one wrong passphrase; returns the seconds before the next try is allowed."""
        self.failures += 1
        delay = delay_after(self.failures)
        self.next_allowed_at = _utc(now) + dt.timedelta(seconds=delay)
        self._save()
        return delay

    def record_success(self) -> None:
        if self.failures or self.next_allowed_at:
            self.failures = 0
            self.next_allowed_at = None
            self._save()

    def _save(self) -> None:
        data = {
            "format": FORMAT,
            "version": "1.0",
            "failures": self.failures,
            "next_allowed_at": self.next_allowed_at.isoformat() if self.next_allowed_at else None,
        }
        try:
            atomic_write(self.path, json.dumps(data, indent=2).encode("utf-8") + b"\n")
        except OSError as err:
            from continuity_app.errors import disk_error

            raise disk_error(err, self.path) from None


def lock_path(path: Path) -> Path:
    return path.with_name(path.stem + ".lock")


@contextlib.contextmanager
def held(path: Path, *, timeout: float = LOCK_TIMEOUT_S) -> Iterator[Lockout]:
    """The lockout of ``path``, read under an exclusive lock held until the block ends.

    The caller checks, tries the passphrase and records the result inside the block.
    """
    lock = lock_path(path)
    try:
        lock.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as err:
        from continuity_app.errors import disk_error

        raise disk_error(err, lock) from None
    try:
        if not wait_for_lock(fd, timeout=timeout):
            raise Busy(f"{lock}: another passphrase try has not finished; try again")
        yield Lockout.load(path)
    finally:
        os.close(fd)  # closing releases the lock
