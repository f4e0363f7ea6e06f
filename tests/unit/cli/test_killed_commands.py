"""print, passphrase and audit killed (SIGKILL) at each durable step they take.

A child process runs the real command and kills itself at the k-th ``fsync``,
``replace``, ``rename``, ``link`` or ``unlink`` it makes (k = 1, 2, … until the
command finishes). After each kill: no half-written PDF and no plaintext health
data is left once the next command has run, exactly one passphrase opens the
device, and the audit log's hash chain is intact (an unfinished last record is
a crash, not tampering).
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import PASSPHRASE, Installation
from pypdf import PdfReader

from continuity_app.cli.app import main
from continuity_app.exchange.demo import generate_dataset
from continuity_app.home import ClientHome
from continuity_app.vault.audit_read import read_log
from continuity_app.vault.device import DeviceFile

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

NEW = "et helt nyt og langt kodeord"
MAX_STEPS = 60

CHILD = textwrap.dedent("""
    import os, signal, sys
    from continuity_app import paths
    from continuity_app.cli.app import main

    paths._TMPFILE_ALLOWED = sys.argv[1] == "unnamed"
    kill_at, steps = int(sys.argv[2]), [0]

    def counted(real):
        def step(*args, **kwargs):
            steps[0] += 1
            if steps[0] == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)
        return step

    for name in ("fsync", "replace", "rename", "link", "unlink"):
        setattr(os, name, counted(getattr(os, name)))
    sys.exit(main(sys.argv[3:]))
""")


def run(
    installation: Installation, how: str, kill_at: int, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("CONTINUITY_")}
    full.update(env or installation.env())
    return subprocess.run(
        [sys.executable, "-c", CHILD, how, str(kill_at), *args, "--home", str(installation.home)],
        capture_output=True,
        text=True,
        env=full,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def each_kill(
    installation: Installation, how: str, *args: str, env: dict[str, str] | None = None
) -> Iterator[int]:
    """Kill the command at step 1, 2, … (the caller checks after each) until it finishes."""
    for k in range(1, MAX_STEPS):
        done = run(installation, how, k, *args, env=env)
        if done.returncode != -signal.SIGKILL:
            assert done.returncode == 0, done.stderr
            return
        yield k
    raise AssertionError(f"the command did not finish within {MAX_STEPS} steps")


def next_command(installation: Installation) -> int:
    """``continuity-app status``, in this process (it needs no passphrase)."""
    with contextlib.redirect_stdout(io.StringIO()):
        return main(["status", "--home", str(installation.home)])


def needles() -> set[str]:
    data = generate_dataset("tiny")
    found = {c.cpr for c in data.citizens} | {f"{c.first_name} {c.last_name}" for c in data.citizens}
    return {n for n in found if len(n) >= 6}


def plaintext_in(folder: Path, strings: set[str]) -> list[str]:
    encoded = [s.encode("utf-8") for s in strings]
    return [str(p) for p in folder.rglob("*") if p.is_file() and any(s in p.read_bytes() for s in encoded)]


def chain_intact(home: Path, passphrase: str) -> bool:
    keys = DeviceFile.load(ClientHome(home).device).unwrap(passphrase)
    return read_log(ClientHome(home).audit_log, keys.audit).intact


@pytest.mark.slow
@pytest.mark.parametrize("how", ["unnamed", "named"])
def test_a_print_killed_at_each_step_leaves_no_plaintext(installation: Installation, how: str) -> None:
    out_dir = installation.root / "stick"
    out_dir.mkdir()
    out = out_dir / "liste.pdf"
    strings = needles()
    steps = each_kill(installation, how, "print", "vulnerable", "--out", str(out))
    killed = 0
    for _ in steps:
        killed += 1
        for left in out_dir.iterdir():  # the complete PDF, or a hidden partial the home notes
            assert left == out or left.name.startswith(".liste.pdf."), left
        out.unlink(missing_ok=True)
        assert next_command(installation) == 0  # any next command cleans up
        assert list(out_dir.iterdir()) == []
        assert plaintext_in(installation.home, strings) == []
        assert chain_intact(installation.home, PASSPHRASE)
    assert killed >= 3  # the audit record, the PDF and its name were all interrupted
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert any(s in text for s in strings)  # the finished print is whole


def test_a_passphrase_change_killed_at_each_step_leaves_one_that_works(installation: Installation) -> None:
    env = {**installation.env(), "CONTINUITY_NEW_PASSPHRASE": NEW}
    device = ClientHome(installation.home).device
    killed = 0
    for _ in each_kill(installation, "unnamed", "passphrase", env=env):
        killed += 1
        works = []
        for phrase in (PASSPHRASE, NEW):
            try:
                DeviceFile.load(device).unwrap(phrase)
                works.append(phrase)
            except Exception:  # the wrong one of the two
                pass
        assert len(works) == 1
        assert chain_intact(installation.home, works[0])
        if works == [NEW]:
            # changed before its audit record: change it back for the next kill
            back = {
                **installation.env(),
                "CONTINUITY_PASSPHRASE": NEW,
                "CONTINUITY_NEW_PASSPHRASE": PASSPHRASE,
            }
            assert run(installation, "unnamed", 0, "passphrase", env=back).returncode == 0
    assert killed >= 2
    DeviceFile.load(device).unwrap(NEW)  # the finished change holds


def test_an_audit_export_killed_at_each_step_keeps_the_chain(installation: Installation) -> None:
    out = installation.root / "audit.csv"
    killed = 0
    for _ in each_kill(installation, "named", "audit", "--out", str(out)):
        killed += 1
        assert chain_intact(installation.home, PASSPHRASE)
        assert next_command(installation) == 0
        assert [p.name for p in out.parent.glob(".audit.csv.*")] == []
        out.unlink(missing_ok=True)
    assert killed >= 2 and out.exists()
