"""Publishing several files so that the publish folder changes all at once or not at all.

Phase 1 (:meth:`Transaction.stage`) writes every new file as a hidden temporary
file in its final folder, and :meth:`commit` first fsyncs them all (in parallel):
this is where a full disk or a folder that is not writable shows up, and
:meth:`abort` then removes every temporary file and every folder it created —
the publish folder is byte-identical to before. Only then does :meth:`commit`
rename: first the bundles (new names, so nothing live changes), then each
scope's ``latest.json`` (the switch), fsyncing the folders after each step.
Old bundles beyond the kept number are pruned afterwards.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from continuity_app import errors
from continuity_app.errors import DiskError
from continuity_app.paths import fsync_dir

PUBLISHED_MODE = 0o644  # served by a web server or file share: world-readable, still encrypted


def disk_error(err: OSError, path: Path) -> DiskError:
    return errors.disk_error(err, path, after="nothing was published")


class Transaction:
    def __init__(self, out: Path) -> None:
        self.out = out
        self._staged: list[tuple[Path, Path]] = []  # (temporary, final)
        self._created_dirs: list[Path] = []

    def check_writable(self) -> None:
        """Fail early, before the long build, if the publish folder cannot take files."""
        self._mkdir(self.out)
        probe = self.out / f".write-test-{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            os.unlink(probe)
        except OSError as err:
            self.abort()
            raise disk_error(err, self.out) from None

    def stage(self, relative: str, data: bytes) -> None:
        final = self.out / relative
        self._mkdir(final.parent)
        tmp = final.parent / f".{final.name}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PUBLISHED_MODE)
        except OSError as err:
            raise disk_error(err, final.parent) from None
        self._staged.append((tmp, final))
        try:
            with os.fdopen(fd, "wb") as f:
                os.fchmod(f.fileno(), PUBLISHED_MODE)
                view = memoryview(data)
                for start in range(0, len(view), 1 << 22):
                    f.write(view[start : start + (1 << 22)])
                f.flush()
        except OSError as err:
            raise disk_error(err, final) from None

    def commit(self) -> None:
        bundles = [s for s in self._staged if s[1].name != "latest.json"]
        latest = [s for s in self._staged if s[1].name == "latest.json"]
        try:  # a full disk may only show here (delayed allocation): still nothing is live
            _fsync_all([tmp for tmp, _ in self._staged], directories=False)
        except OSError as err:
            self.abort()
            raise disk_error(err, Path(err.filename) if err.filename else self.out) from None
        done: list[Path] = []
        try:
            for tmp, final in bundles:
                if final.exists():
                    raise FileExistsError(errno.EEXIST, "a bundle with this sequence exists", final)
                os.replace(tmp, final)
                done.append(final)
            _fsync_all(sorted({final.parent for _, final in bundles}), directories=True)
        except OSError as err:
            for final in done:  # new names only: removing them restores the folder
                final.unlink(missing_ok=True)
            self.abort()
            raise disk_error(err, (err.filename and Path(err.filename)) or self.out) from None
        try:
            for tmp, final in latest:
                os.replace(tmp, final)
            _fsync_all(sorted({final.parent for _, final in latest}), directories=True)
        except OSError as err:  # renames within one folder: practically never fails
            self.abort()
            raise DiskError(
                f"cannot switch latest.json in {self.out} ({err.strerror}); the new bundles are in "
                "place, the next build will publish again"
            ) from None
        self._staged.clear()
        self._created_dirs.clear()

    def abort(self) -> None:
        for tmp, _ in self._staged:
            tmp.unlink(missing_ok=True)
        self._staged.clear()
        for folder in reversed(self._created_dirs):
            with contextlib.suppress(OSError):
                folder.rmdir()
        self._created_dirs.clear()

    def _mkdir(self, folder: Path) -> None:
        missing = []
        probe = folder
        while not probe.exists():
            missing.append(probe)
            probe = probe.parent
        for path in reversed(missing):
            try:
                path.mkdir(mode=0o755)
            except OSError as err:
                raise disk_error(err, path) from None
            self._created_dirs.append(path)


def _fsync_all(paths: list[Path], *, directories: bool) -> None:
    """fsync many files or folders at once: parallel calls share the file system's commits.

    One fsync per file in turn costs a journal commit each (~5 ms, 250 files per
    aarhus publish); issued together they are grouped into a few.
    """

    def one(path: Path) -> None:
        if directories:
            fsync_dir(path)
            return
        fd = os.open(path, os.O_RDWR)  # Windows fsyncs only a writable handle
        try:
            try:
                os.fsync(fd)
            except OSError as err:
                err.filename = str(path)
                raise
        finally:
            os.close(fd)

    if not paths:
        return
    with ThreadPoolExecutor(max_workers=min(16, len(paths)), thread_name_prefix="fsync") as pool:
        for future in [pool.submit(one, p) for p in paths]:
            future.result()


def bundle_sequences(folder: Path, scope: str) -> list[int]:
    """Sequences of ``<scope>-<seq>.bundle`` files already in ``folder``, ascending."""
    pattern = re.compile(re.escape(scope) + r"-(\d{8,})\.bundle")
    if not folder.is_dir():
        return []
    found = [pattern.fullmatch(p.name) for p in folder.iterdir()]
    return sorted(int(m.group(1)) for m in found if m)


def prune(folder: Path, scope: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` bundles of ``scope``; the removed paths."""
    removed = []
    for seq in bundle_sequences(folder, scope)[:-keep] if keep > 0 else []:
        path = folder / f"{scope}-{seq:08d}.bundle"
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass  # pruning is housekeeping: a failure leaves one old file, never breaks a publish
    return removed
