"""Where things live. Every path the program touches comes from here.

The client home is ``--home DIR``, else ``$CONTINUITY_HOME``, else the platform's
user data folder. Tests always pass a home, so they never touch real folders.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

import platformdirs

PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """``resources/`` beside the package (source tree) or inside a PyInstaller bundle."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    installed = PACKAGE_DIR / "resources"  # a wheel may ship them inside the package
    return installed if installed.is_dir() else PACKAGE_DIR.parent / "resources"


def client_home(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("CONTINUITY_HOME")
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir("Noedkopi", appauthor=False, roaming=False))


def guard_dir() -> Path:
    """The second copy of each laptop's replay guard: the user's config folder, outside every
    client home, so that restoring an old copy of a home does not restore an old guard."""
    return Path(platformdirs.user_config_dir("Noedkopi", appauthor=False, roaming=False)) / "guard"


def atomic_write(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file.

    Temporary file in the same folder, owner-only from the start, fsync, rename,
    fsync the folder (KeePassXC ``performSave``, Electrum ``storage.write``).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):  # POSIX; on Windows the user's profile folder protects it
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def try_lock(fd: int) -> bool:
    """Take an exclusive advisory lock on the open file ``fd`` without waiting.

    True when taken; it is released when ``fd`` is closed. One way on every platform:
    ``flock`` on POSIX, ``msvcrt.locking`` on its first byte on Windows.
    """
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
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


def wait_for_lock(fd: int, *, timeout: float, poll: float = 0.05) -> bool:
    """:func:`try_lock` until taken or ``timeout`` seconds have passed."""
    import time

    end = time.monotonic() + timeout
    while not try_lock(fd):
        if time.monotonic() >= end:
            return False
        time.sleep(poll)
    return True
