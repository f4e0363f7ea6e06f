"""A publish folder that is read-only or whose disk fills mid-publish stays byte-identical."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from publish_helpers import PASSPHRASE, T0, snapshot
from publish_support import Setup

from continuity_app.errors import ExitCode, KnownError
from continuity_app.publish import build


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` unwritable: chmod for a normal user, a read-only remount for root."""
    if os.geteuid() != 0:
        dirs = [folder, *[p for p in folder.rglob("*") if p.is_dir()]]
        for d in dirs:
            d.chmod(0o555)
        try:
            yield
        finally:
            for d in dirs:
                d.chmod(0o755)
        return
    done = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("running as root without permission to mount: cannot make a folder read-only")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True, capture_output=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True, capture_output=True)


def test_read_only_publish_folder_is_one_clear_error(enrolled: Setup) -> None:
    build(enrolled.home.root, enrolled.exports, enrolled.out, passphrase=PASSPHRASE, now=T0)
    before = snapshot(enrolled.out)
    with read_only(enrolled.out):
        with pytest.raises(KnownError) as caught:
            build(
                enrolled.home.root,
                enrolled.exports,
                enrolled.out,
                passphrase=PASSPHRASE,
                now=T0 + dt.timedelta(days=1),
            )
        assert caught.value.exit_code == ExitCode.DISK
        assert "not writable" in str(caught.value)
    assert snapshot(enrolled.out) == before


DISK_FULL = textwrap.dedent(
    """
    import datetime as dt, resource, signal, sys
    from pathlib import Path
    from continuity_app.errors import KnownError
    from continuity_app.publish import build
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # a write past the limit fails with EFBIG
    limit = int(sys.argv[4])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        build(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), passphrase=sys.argv[5],
              now=dt.datetime(2026, 11, 28, 4, 30, tzinfo=dt.UTC))
    except KnownError as err:
        print(err, file=sys.stderr)
        sys.exit(int(err.exit_code))
    """
)


def test_disk_filling_during_publish_leaves_the_folder_as_it_was(enrolled: Setup) -> None:
    summary = build(enrolled.home.root, enrolled.exports, enrolled.out, passphrase=PASSPHRASE, now=T0)
    sizes = sorted(r.size for r in summary.published)
    before = snapshot(enrolled.out)
    # small bundles and latest.json still fit, the largest bundle does not: the disk "fills" mid-way
    limit = (sizes[0] + sizes[-1]) // 2
    assert sizes[0] < limit < sizes[-1]
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            DISK_FULL,
            str(enrolled.home.root),
            str(enrolled.exports),
            str(enrolled.out),
            str(limit),
            PASSPHRASE,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == ExitCode.DISK, done.stderr
    assert "disk is full" in done.stderr
    assert snapshot(enrolled.out) == before
    assert not list(enrolled.out.rglob("*.tmp"))
