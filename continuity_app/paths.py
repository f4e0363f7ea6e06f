"""Where things live. Every path the program touches comes from here.

The client home is ``--home DIR``, else ``$CONTINUITY_HOME``, else the platform's
user data folder. Tests always pass a home, so they never touch real folders.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sys
import tempfile
import unicodedata
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


# -- file names made from ids that are not ours (a municipality's unit ids) -------------------
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")  # no dot: "NUL.x" is reserved on Windows too
_SPELLED_OUT = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "AE", "Ø": "OE", "Å": "AA",
                              "ß": "ss"})
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"{d}{i}" for d in ("com", "lpt") for i in range(10)})


def _safe_as_is(scope: str) -> bool:
    return (bool(_PLAIN.fullmatch(scope)) and not scope.endswith(".")
            and scope.split(".")[0].casefold() not in _WINDOWS_RESERVED)


def file_stem(scope: str) -> str:
    """A safe, deterministic ASCII file name for any id (a scope): the id itself when it is
    plain ASCII (letters, digits, ``.``, ``_``, ``-``; not a Windows device name, not ending
    in a dot), else the id with Danish letters written out, other characters ``-`` and 8 hex
    digits of its SHA-256 (``ØK-ADM`` → ``OEK-ADM-d2a70736``). See ``bundle.names``."""
    if _safe_as_is(scope):
        return scope
    spelled = unicodedata.normalize("NFKD", scope.translate(_SPELLED_OUT))
    ascii_only = "".join(ch for ch in spelled if not unicodedata.combining(ch))
    base = _UNSAFE.sub("-", ascii_only).strip("-_")[:48] or "scope"
    digest = hashlib.sha256(scope.encode("utf-8")).hexdigest()[:8]
    return f"{base}-{digest}"
