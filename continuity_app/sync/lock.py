"""One sync at a time per home: the app's background sync and the OS scheduler's may meet."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from continuity_app.sync.deadline import Deadline
from continuity_app.sync.errors import SyncBusy
from continuity_app.sync.transfer import disk_error


@contextlib.contextmanager
def sync_lock(path: Path, deadline: Deadline) -> Iterator[None]:
    """Hold an exclusive lock on ``path``, waiting at most until ``deadline``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as err:
        raise disk_error(err, path) from None
    try:
        while not _try_lock(fd):
            if deadline.remaining() < 0.1:
                raise SyncBusy(
                    f"another sync of this home is still running ({path} is locked); try later"
                )
            time.sleep(0.1)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def is_locked(path: Path) -> bool:
    """Whether a sync holds ``path`` right now (never waits)."""
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        return not _try_lock(fd)
    finally:
        os.close(fd)
