"""Errors a person can act on, and the exit codes every command documents.

A known, environmental failure (file missing, wrong passphrase, server down,
bundle refused) is a :class:`KnownError`: one clear sentence naming the file or
value at fault, and its own exit code. Anything else is a bug: its traceback
goes to the log and the person sees a one-line apology (see ``cli.framework``).
"""

from __future__ import annotations

import errno
import os
from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    OK = 0
    BUG = 1  # an unexpected error: details in the log
    USAGE = 2  # wrong command-line words (argparse's own code)
    INVALID_INPUT = 3  # the exports (or another input file) failed validation
    NOT_SET_UP = 4  # no home, no enrollment, no publisher key, missing file
    WRONG_PASSPHRASE = 5
    WAIT_BEFORE_RETRY = 6  # too many wrong passphrases: the wait has not passed
    ALREADY_EXISTS = 7  # refusing to overwrite a home or key
    SOURCE_UNREACHABLE = 10  # network down, timeout, HTTP error, folder missing
    CORRUPT = 11  # truncated, wrong size or hash, not a bundle
    BAD_SIGNATURE = 12
    WRONG_SCOPE = 13
    NOT_ADDRESSED = 14  # not addressed to this device (e.g. revoked)
    REPLAY = 15  # sequence not higher than the one held: replay or rollback
    TOO_LARGE = 16  # latest.json or bundle over its limit
    DISK = 17  # not writable, disk full
    UNSUPPORTED_VERSION = 18  # a newer major format version
    NO_DATA = 19  # nothing synced yet
    AUDIT_TAMPERED = 20  # the audit log's hash chain is broken
    EXPIRED = 21  # stored, but past valid_until: shown in red
    CANCELLED = 22  # the person interrupted (Ctrl+C)
    EQUIVOCATION = 23  # two different bundles with one scope and sequence: stolen key or broken publisher
    SHRINK_REFUSED = 24  # a scope shrinks sharply against the last publish (a broken export?)
    NOT_HELD = 25  # a print pack asks for data this laptop's scope does not hold
    NEEDS_CONFIRMATION = 26  # a journal entry repeats a recorded dose or passes a PN maximum


class KnownError(Exception):
    """A failure the person can act on. ``str(err)`` is the one line shown.

    Each kind of failure is a subclass carrying its exit code (the app chooses its
    sentence by the class, so two failures that share a code can still say different
    things); the classes below are the general ones, modules add their own.
    """

    exit_code: ExitCode = ExitCode.BUG

    def __init__(self, message: str) -> None:  # no exit code here: the class carries it
        super().__init__(message)


class InternalError(KnownError):
    """A check that found a bug (exit 1), said in one line instead of a traceback."""


class UsageError(KnownError):
    """A wrong value given: an argument, a path that is a folder, a link or a device."""

    exit_code = ExitCode.USAGE


class InvalidInput(KnownError):
    """An input file or request that does not pass validation."""

    exit_code = ExitCode.INVALID_INPUT


class SetupError(KnownError):
    """No home, no enrollment, a key or file that is not there (yet)."""

    exit_code = ExitCode.NOT_SET_UP


class PassphraseError(KnownError):
    exit_code = ExitCode.WRONG_PASSPHRASE


class Busy(KnownError):
    """Another command holds the lock this one needs; trying again shortly works."""

    exit_code = ExitCode.WAIT_BEFORE_RETRY


class AlreadyExists(KnownError):
    """Refusing to overwrite a home, a key or a folder that holds something else."""

    exit_code = ExitCode.ALREADY_EXISTS


class DamagedFile(KnownError):
    """One of the program's own files on this computer is damaged (not a download)."""

    exit_code = ExitCode.CORRUPT


class NewerFormat(KnownError):
    """A file written by a newer version of the program."""

    exit_code = ExitCode.UNSUPPORTED_VERSION


class DiskError(KnownError):
    exit_code = ExitCode.DISK


class NoData(KnownError):
    """Nothing synced yet."""

    exit_code = ExitCode.NO_DATA


class Cancelled(KnownError):
    """The person stopped it (Ctrl+C, or Cancel in the app)."""

    exit_code = ExitCode.CANCELLED

    def __init__(self, message: str = "cancelled") -> None:
        super().__init__(message)


_DISK_FULL = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})
_NOT_WRITABLE = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def disk_error(err: OSError, path: Path, *, after: str = "") -> DiskError:
    """One clear sentence for a failed write, naming the path (and what it means, ``after``)."""
    suffix = f"; {after}" if after else ""
    if err.errno in _DISK_FULL:
        return DiskError(f"the disk is full while writing {path}{suffix}")
    if isinstance(err, PermissionError) or err.errno in _NOT_WRITABLE:
        return DiskError(f"{path} is not writable{suffix}")
    return DiskError(f"cannot write {path} ({err.strerror or err}){suffix}")


def os_error(err: OSError) -> KnownError | None:
    """The known failure an ``OSError`` that escaped a command stands for, or None (a bug).

    The last net under every command: a full disk, a read-only or unreadable
    folder, a missing file or a file where a folder belongs is the environment,
    never an internal error. Specific places say more; this names the path.
    """
    where = Path(os.fsdecode(err.filename)) if err.filename is not None else None
    what = str(where) if where is not None else "a file"
    if err.errno in _DISK_FULL or err.errno == errno.EROFS:
        return disk_error(err, where or Path(what))
    if isinstance(err, PermissionError) or err.errno in _NOT_WRITABLE:
        return DiskError(f"{what}: permission denied (is it another user's, or read-only?)")
    if isinstance(err, FileNotFoundError):
        return SetupError(f"{what} does not exist")
    if isinstance(err, NotADirectoryError):
        return UsageError(f"{what}: a part of this path is a file, not a folder")
    if isinstance(err, IsADirectoryError):
        return UsageError(f"{what} is a folder, not a file")
    if err.errno == errno.ELOOP:
        return UsageError(f"{what}: too many symbolic links")
    return None
