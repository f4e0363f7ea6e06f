"""One sync at a time per home, and a trace of a sync that never finished.

The app's background sync and the OS scheduler's may meet: the second waits for
the lock (within its deadline). The lock file also holds the start time of the
sync holding it, cleared when that sync has recorded its attempt; a start time
found there by the next sync (or by ``status``) while nobody holds the lock
means that sync was killed or lost power. Written without fsync: it is a hint
for people, not a guard (the replay guard lives in ``state.json``).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from continuity_app.errors import disk_error
from continuity_app.paths import try_lock
from continuity_app.sync.deadline import Deadline
from continuity_app.sync.errors import SyncBusy

_MAX_MARK = 64


class HeldLock:
    def __init__(self, fd: int) -> None:
        self._fd = fd
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, _MAX_MARK)
        #: start time (UTC ISO) of an earlier sync that never finished, or ""
        self.unfinished = raw.decode("ascii", "replace").strip()

    def mark(self, started: str) -> None:
        with contextlib.suppress(OSError):  # a hint only: a full disk must not stop the sync
            os.ftruncate(self._fd, 0)
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, started.encode("ascii"))

    def clear(self) -> None:
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)


@contextlib.contextmanager
def sync_lock(path: Path, deadline: Deadline) -> Iterator[HeldLock]:
    """Hold an exclusive lock on ``path``, waiting at most until ``deadline``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as err:
        raise disk_error(err, path) from None
    try:
        while not try_lock(fd):
            if deadline.remaining() < 0.1:
                raise SyncBusy(f"another sync of this home is still running ({path} is locked); try later")
            time.sleep(0.1)
        yield HeldLock(fd)
    finally:
        os.close(fd)  # closing releases the lock


def lock_state(path: Path) -> tuple[bool, str]:
    """(a sync is running now, start time of an unfinished one) — never waits."""
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False, ""
    try:
        if not try_lock(fd):
            return True, ""
        return False, HeldLock(fd).unfinished
    finally:
        os.close(fd)
