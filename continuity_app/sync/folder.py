"""The folder source: a mounted file share (SMB/NFS) or a USB stick with a publish folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

from continuity_app.progress import Progress
from continuity_app.sync.deadline import Deadline
from continuity_app.sync.errors import DownloadCorrupt, DownloadTooLarge, SourceError
from continuity_app.sync.transfer import (
    CHUNK,
    Fetched,
    SyncStage,
    Validators,
    check_announced,
    check_name,
)


class FolderSource:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def __str__(self) -> str:
        return str(self.folder)

    def reachable(self, timeout: float = 2.0) -> bool:
        """Whether the folder is there (the share mounted, the USB stick inserted)."""
        try:
            return self.folder.is_dir()
        except OSError:
            return False

    def _path(self, name: str) -> Path:
        path = self.folder.joinpath(*check_name(name).split("/"))
        if not self.folder.is_dir():
            raise SourceError(
                f"the source folder {self.folder} is not there (share not mounted, USB stick not inserted?)"
            )
        if not path.is_file():
            raise SourceError(f"{path} not found in the source folder")
        return path

    def fetch_small(
        self, name: str, limit: int, deadline: Deadline, validators: Validators | None = None
    ) -> Fetched:
        path = self._path(name)
        data = _read_bounded(path, limit, deadline, None)
        if len(data) > limit:
            raise DownloadTooLarge(f"{path} is over the limit of {limit} bytes for latest.json")
        return Fetched(data, Validators(), str(path))

    def fetch_large(
        self,
        name: str,
        size: int,
        sha256: str,
        partial_dir: Path,
        deadline: Deadline,
        progress: Progress | None = None,
    ) -> bytes:
        path = self._path(name)
        check_announced(size, str(path))
        data = _read_bounded(path, size, deadline, progress)
        if len(data) > size:
            raise DownloadTooLarge(f"{path} is over the {size} bytes latest.json announces")
        if len(data) < size:
            raise DownloadCorrupt(
                f"truncated file: {path} has {len(data)} of the {size} bytes latest.json announces"
            )
        if hashlib.sha256(data).hexdigest() != sha256:
            raise DownloadCorrupt(f"{path} does not match the SHA-256 latest.json names")
        return data


def _read_bounded(path: Path, limit: int, deadline: Deadline, progress: Progress | None) -> bytes:
    """At most ``limit + 1`` bytes (one more tells "too large"), checking the deadline per chunk."""
    chunks: list[bytes] = []
    got = 0
    try:
        with path.open("rb") as f:
            while got <= limit:
                deadline.check(f"reading {path}")
                chunk = f.read(min(CHUNK, limit + 1 - got))
                if not chunk:
                    break
                chunks.append(chunk)
                got += len(chunk)
                if progress is not None and limit:
                    progress(SyncStage.DOWNLOAD, min(1.0, got / limit))
    except OSError as err:
        raise SourceError(f"cannot read {path}: {err.strerror or err}") from None
    return b"".join(chunks)
