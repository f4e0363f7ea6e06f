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
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import platformdirs

from continuity_app.errors import UsageError

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


def read_bounded(
    path: Path,
    limit: int,
    *,
    error: Callable[[str], Exception],
    not_regular: Callable[[str], Exception] | None = None,
) -> bytes:
    """At most ``limit`` bytes of the regular file ``path``; ``error`` when it is longer,
    ``not_regular`` (default ``error``) when it is no regular file (a folder, a FIFO,
    ``/dev/zero``). ``FileNotFoundError`` and other ``OSError`` pass through: a missing or
    unreadable file means something else to each caller."""
    import stat

    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)  # non-blocking: opening a FIFO must not wait for a writer
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise (not_regular or error)(f"{path} is not a regular file")
        if info.st_size > limit:
            raise error(f"{path} is {info.st_size} bytes, over the {limit} bytes such a file may have")
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise error(f"{path} is over the {limit} bytes such a file may have")
    return data


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


# -- file names made from ids that are not ours (a municipality's unit ids) -------------------
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")  # no dot: "NUL.x" is reserved on Windows too
_SPELLED_OUT = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "AE", "Ø": "OE", "Å": "AA", "ß": "ss"})
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"{d}{i}" for d in ("com", "lpt") for i in range(10)}
)


def _safe_as_is(scope: str) -> bool:
    return (
        bool(_PLAIN.fullmatch(scope))
        and not scope.endswith(".")
        and scope.split(".")[0].casefold() not in _WINDOWS_RESERVED
    )


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


# -- files a person asked for (--out) ------------------------------------------------------


def check_out(out: Path, *, what: str = "--out") -> Path:
    """The rule for every file a command writes where a person says (``--out``).

    Allowed: a new name in an existing folder, or an existing regular file (replaced
    atomically). Refused, naming it: a folder, a symbolic link (the file would
    replace the link, not land where it points), a FIFO, a device node or socket,
    a folder that does not exist, and a "folder" that is a file.
    """
    import stat

    path = Path(out).expanduser().absolute()
    try:
        info = path.lstat()
    except FileNotFoundError:
        info = None
    except NotADirectoryError:
        info = None  # the parent is a file: said below
    except OSError as err:
        raise UsageError(f"{what} {path}: cannot look at it ({err.strerror})") from None
    if info is not None:
        kinds = (
            (stat.S_ISLNK, "a symbolic link; give the real path it points to"),
            (stat.S_ISDIR, "a folder; name the file to write"),
            (stat.S_ISFIFO, "a FIFO (named pipe); name a regular file"),
            (stat.S_ISCHR, "a device; name a regular file"),
            (stat.S_ISBLK, "a device; name a regular file"),
            (stat.S_ISSOCK, "a socket; name a regular file"),
        )
        for test, text in kinds:
            if test(info.st_mode):
                raise UsageError(f"{what} {path} is {text}")
        if not stat.S_ISREG(info.st_mode):
            raise UsageError(f"{what} {path} is not a regular file")
        return path
    parent = path.parent
    if parent.exists() and not parent.is_dir():
        raise UsageError(f"{what} {path}: {parent} is a file, not a folder")
    if not parent.is_dir():
        raise UsageError(
            f"{what} {path}: the folder {parent} does not exist; create it or choose another place"
        )
    return path


def remove_unfinished(pending: Path) -> list[Path]:
    """Remove the partial outputs a killed command left (their notes are in ``pending``).

    Every command calls this first, so a print killed with -9 leaves its half-written
    PDF on disk only until the next command of any kind. Only a file whose name is a
    partial output's (``.NAME.XXXX.partial``) is removed.
    """
    removed: list[Path] = []
    try:
        notes = list(pending.iterdir())
    except OSError:
        return removed
    for note in notes:
        if not note.name.endswith(".note"):
            continue
        try:
            target = Path(note.read_text(encoding="utf-8").strip())
            if target.name.startswith(".") and target.name.endswith(".partial"):
                target.unlink(missing_ok=True)
                removed.append(target)
            note.unlink()
        except OSError:
            continue  # e.g. the stick is gone; the next command tries again
    return removed


class PrivateOutput:
    """A private file being written for ``out``; :meth:`commit` makes it ``out``.

    Where the operating system allows (Linux ``O_TMPFILE``), the file has no name
    until it is complete, so a kill leaves nothing. Elsewhere it is a hidden
    ``.NAME.XXXX.partial`` beside ``out``, owner-only, whose path is noted in
    ``pending`` first so that the next command removes it after a kill; every exit
    Python sees removes it at once.
    """

    def __init__(self, out: Path, pending: Path | None, *, mode: int = 0o600) -> None:
        self.out = out
        self._pending = pending
        self._note: Path | None = None
        self._name: str | None = None
        self.file = self._open(mode)

    def _open(self, mode: int) -> Any:
        folder = self.out.parent
        tmpfile = getattr(os, "O_TMPFILE", 0)
        if tmpfile and _TMPFILE_ALLOWED and os.path.isdir("/proc/self/fd"):
            try:
                fd = os.open(folder, tmpfile | os.O_RDWR, mode)
            except OSError:
                fd = -1  # this file system has no unnamed files: the named way below
            if fd >= 0:
                return os.fdopen(fd, "w+b")
        self._name = self._named(mode)
        return open(self._name, "wb")

    def _named(self, mode: int) -> str:
        """An empty private file beside ``out``, noted in ``pending`` before any byte is written."""
        fd, name = tempfile.mkstemp(prefix=f".{self.out.name}.", suffix=".partial", dir=self.out.parent)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
        finally:
            os.close(fd)
        if self._pending is not None:
            try:
                self._pending.mkdir(parents=True, exist_ok=True, mode=0o700)
                nfd, note = tempfile.mkstemp(suffix=".note", dir=self._pending)
                with os.fdopen(nfd, "w", encoding="utf-8") as f:
                    f.write(name)
                    f.flush()
                    os.fsync(f.fileno())
                self._note = Path(note)
            except BaseException:
                os.unlink(name)
                raise
        return name

    def commit(self) -> None:
        f = self.file
        f.flush()
        os.fsync(f.fileno())
        if self._name is None:  # unnamed and complete: give it a name, then the final one
            name = self._named(0o600)
            try:
                os.unlink(name)
                os.link(f"/proc/self/fd/{f.fileno()}", name, follow_symlinks=True)
            except OSError:  # some file systems cannot name it (EXDEV): copy it out
                _copy_into(f, name)
            self._name = name
        f.close()
        os.replace(self._name, self.out)
        self._name = None
        fsync_dir(self.out.parent)
        self._forget()

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.file.close()
        if self._name is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._name)
            self._name = None
        self._forget()

    def _forget(self) -> None:
        if self._note is not None:
            with contextlib.suppress(OSError):
                self._note.unlink()
            self._note = None


def _copy_into(source: Any, name: str) -> None:
    source.seek(0)
    with open(name, "wb") as target:
        while chunk := source.read(1 << 20):
            target.write(chunk)
        target.flush()
        os.fsync(target.fileno())


#: Tests turn unnamed files off to exercise the named way that other systems use.
_TMPFILE_ALLOWED = True


@contextlib.contextmanager
def private_output(out: Path, pending: Path | None, *, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Write ``out`` through a :class:`PrivateOutput`: complete and owner-only, or not at all.

    A failed write is a :class:`~continuity_app.errors.DiskError` naming ``out``.
    """
    from continuity_app.errors import disk_error

    try:
        output = PrivateOutput(out, pending, mode=mode)
    except OSError as err:
        raise disk_error(err, out) from None
    try:
        yield output.file
        output.commit()
    except OSError as err:
        output.discard()
        raise disk_error(err, out) from None
    except BaseException:
        output.discard()
        raise
