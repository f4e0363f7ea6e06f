"""What both sources share: fetched bytes, HTTP validators, bounded reads, partial files."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from continuity_app.errors import disk_error
from continuity_app.sync.errors import DownloadCorrupt, DownloadTooLarge

CHUNK = 256 * 1024

Progress = Callable[[str, float], None]
"""``progress(stage, fraction)``; stages: see ``continuity_app.sync.run.STAGES``."""

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


def partial_path(partial_dir: Path, sha256: str) -> Path:
    """The download in progress of the bundle with this hash; other leftovers are removed."""
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
