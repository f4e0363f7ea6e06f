"""What both sources share: fetched bytes, HTTP validators, bounded reads, partial files."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from continuity_app.bundle.format import MAX_HEADER_LEN, MAX_PAYLOAD_SIZE, MAX_RECIPIENTS
from continuity_app.errors import DiskError, disk_error
from continuity_app.sync.errors import DownloadCorrupt, DownloadTooLarge

CHUNK = 256 * 1024

#: The largest bundle file there can be: the largest payload, header and key table the
#: format allows. A ``latest.json`` announcing more is refused before a byte is fetched.
MAX_BUNDLE_BYTES = MAX_PAYLOAD_SIZE + MAX_HEADER_LEN + MAX_RECIPIENTS * 256


class SyncStage(StrEnum):
    """The stages a sync reports to its ``progress(stage, fraction)``, in order."""

    CONNECT = "connect"
    DOWNLOAD = "download"
    VERIFY = "verify"
    STORE = "store"
    DONE = "done"


_SEGMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


@dataclass(frozen=True)
class Validators:
    """What the server said about ``latest.json``, sent back to get a 304 if unchanged."""

    etag: str = ""
    last_modified: str = ""


@dataclass(frozen=True)
class Fetched:
    data: bytes | None  # None: not modified since the validators were taken
    validators: Validators
    where: str  # URL or path, for messages


def check_name(name: str) -> str:
    """A file name from ``latest.json``: plain path segments, never ``..`` or absolute."""
    if not name or not all(_SEGMENT.match(part) for part in name.split("/")):
        raise DownloadCorrupt(f"latest.json names the file {name!r}, which is not a plain file name")
    return name


def check_announced(size: int, where: str) -> None:
    """The size ``latest.json`` announces for the bundle must be one the format allows."""
    if size > MAX_BUNDLE_BYTES:
        raise DownloadTooLarge(
            f"latest.json announces {size} bytes for {where}, over the {MAX_BUNDLE_BYTES} bytes "
            "a bundle can have; nothing was fetched"
        )


def partial_path(partial_dir: Path, sha256: str, size: int | None = None) -> Path:
    """The download in progress of the bundle with this hash; other leftovers are removed.

    With ``size``, refuses at once (DiskError) when the disk has no room for the rest.
    """
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        raise DownloadCorrupt(f"latest.json names the SHA-256 {sha256!r}, which is not 64 hex digits")
    try:
        partial_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as err:
        raise disk_error(err, partial_dir) from None
    part = partial_dir / f"{sha256}.part"
    for stale in partial_dir.glob("*.part"):
        if stale != part:
            stale.unlink(missing_ok=True)
    if size is not None:
        import shutil

        need = size - (part.stat().st_size if part.exists() else 0)
        try:
            free = shutil.disk_usage(partial_dir).free
        except OSError:
            free = need  # cannot tell: writing will say
        if need > free:
            raise DiskError(
                f"the disk is full: {partial_dir} has {free} bytes free, the bundle needs {need} more"
            )
    return part


def finish_partial(part: Path, size: int, sha256: str, where: str) -> bytes:
    """The completed download's bytes if they are exactly ``size`` long and hash to ``sha256``.

    A wrong hash discards the partial file (the next sync starts over); a short
    one is kept to be resumed.
    """
    have = part.stat().st_size if part.exists() else 0
    if have < size:
        raise DownloadCorrupt(f"truncated download: got {have} of {size} bytes of {where}")
    if have > size:
        part.unlink()
        raise DownloadTooLarge(f"{where} is over the {size} bytes latest.json announces")
    data = part.read_bytes()
    part.unlink()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise DownloadCorrupt(
            f"{where} does not match the SHA-256 latest.json names (damaged in transit, or the "
            "wrong file); the download was discarded"
        )
    return data
