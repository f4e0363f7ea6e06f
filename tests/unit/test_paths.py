"""Atomic writes and the one file lock every part of Nødkopi uses."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from continuity_app.paths import atomic_write, try_lock, wait_for_lock


def test_atomic_write_leaves_an_owner_only_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "state.json"
    atomic_write(target, b"old")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


def test_a_lock_is_exclusive_until_its_file_is_closed(tmp_path: Path) -> None:
    path = tmp_path / "sync.lock"
    first = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    second = os.open(path, os.O_RDWR)
    try:
        assert try_lock(first)
        assert not try_lock(second)
        assert not wait_for_lock(second, timeout=0.2)
        os.close(first)
        first = -1
        assert wait_for_lock(second, timeout=1.0)
    finally:
        for fd in (first, second):
            if fd >= 0:
                os.close(fd)
