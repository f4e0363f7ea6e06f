"""Every writing command on a full disk (a file-size limit of 0): exit 17, no traceback,
the last line names the file, and what was there before still works."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from cli_support import PASSPHRASE, Installation

from continuity_app.home import ClientHome
from continuity_app.vault.device import DeviceFile

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX limits")

CHILD = textwrap.dedent("""
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    from continuity_app.cli.app import main
    sys.exit(main(sys.argv[1:]))
""")

NEW = "et helt nyt og langt kodeord"


@pytest.mark.parametrize(
    "command",
    [
        ["sync"],
        ["print", "vulnerable", "--out", "{root}/liste.pdf"],
        ["passphrase"],
        ["audit", "--out", "{root}/audit.csv"],
    ],
    ids=lambda c: c[0],
)
def test_a_full_disk_is_exit_17_in_one_line_naming_the_file(
    installation: Installation, command: list[str]
) -> None:
    args = [a.replace("{root}", str(installation.root)) for a in command]
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONTINUITY_")}
    env.update(installation.env(), CONTINUITY_NEW_PASSPHRASE=NEW)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args, "--home", str(installation.home)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 17, done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("continuity-app") and ("full" in last or "cannot write" in last), last
    assert str(installation.root) in last  # names the file it could not write
    assert not (installation.root / "liste.pdf").exists()
    DeviceFile.load(ClientHome(installation.home).device).unwrap(PASSPHRASE)  # not changed
