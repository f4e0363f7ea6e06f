"""The process killed (SIGKILL) at each step of storing a generation, and the disk full.

Each runs a real sync in a child process that kills itself at step k (through the
``on_step``/``progress`` hooks, no mock) or writes under a file-size limit. After
each, the last good generation is still there and verifies, ``status`` names what
happened, the next sync completes, and an older sequence is still refused.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from sync_helpers import SCOPE, World

from continuity_app.errors import ExitCode
from continuity_app.sync import SyncResult, status

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from continuity_app.home import ClientHome
    from continuity_app.sync import run_sync

    home, kill_at, fsize = ClientHome(Path(sys.argv[1])), sys.argv[2], int(sys.argv[3])
    if fsize:
        import resource
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    def die(step, *_):
        if step == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    outcome = run_sync(home, on_step=die, progress=die)
    print(int(outcome.exit_code), outcome.message)
""")

STEPS = ["connect", "download", "verify", "store", "temp-written", "renamed", "state-written", "pruned"]


def child(world: World, kill_at: str = "", fsize: int = 0) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(world.home.root), kill_at, str(fsize)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def no_temp_files(world: World) -> bool:
    return not [p for p in world.home.generations.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("kill_at", STEPS)
def test_killed_at_each_step_of_storing(world: World, kill_at: str) -> None:
    first = world.publish(1)
    assert world.sync().sequence == 1
    world.publish(2)

    done = child(world, kill_at)
    assert done.returncode == -signal.SIGKILL, done.stderr

    stored = STEPS.index(kill_at) >= STEPS.index("renamed")
    assert world.held() == ([2, 1] if stored else [1])
    assert world.verifies(1) and (not stored or world.verifies(2))
    assert world.highest() == (2 if STEPS.index(kill_at) >= STEPS.index("state-written") else 1)
    if kill_at == "temp-written":
        assert not no_temp_files(world)  # the half-stored file is there, under a temporary name

    st = status(world.home)
    assert st.current is not None and st.current.sequence == (2 if stored else 1)
    assert any(w.code == "sync_interrupted" for w in st.warnings), st.warnings

    after = world.sync()
    assert after.ok, after.message
    assert after.result is (SyncResult.UP_TO_DATE if stored else SyncResult.NEW_DATA)
    assert world.held() == [2, 1] and world.verifies(2) and world.highest() == 2
    assert no_temp_files(world)
    history = status(world.home)
    assert [a.exit_code for a in history_attempts(world)][-2:] == [ExitCode.CANCELLED, ExitCode.OK]
    assert not any(w.code == "sync_interrupted" for w in history.warnings)

    # and an older sequence is still refused
    world.pub.put(first)
    assert world.sync().exit_code == ExitCode.REPLAY


def history_attempts(world: World) -> list:
    from continuity_app.sync.state import load_state

    return load_state(world.home).attempts


def test_killed_mid_download_over_http_resumes(world: World) -> None:
    server = world.serve()
    world.publish(1, payload=os.urandom(700_000))  # several chunks: the kill leaves a partial
    done = child(world, "download")
    assert done.returncode == -signal.SIGKILL
    parts = list(world.home.partial.glob("*.part"))
    assert len(parts) == 1 and 0 < parts[0].stat().st_size < 700_000
    have = parts[0].stat().st_size
    server.requests.clear()
    assert world.sync().result is SyncResult.NEW_DATA and world.verifies(1)
    assert [h.get("Range") for h in server.requests_for(f"/{SCOPE}/{SCOPE}-00000001.bundle")] == [
        f"bytes={have}-"
    ]


def test_disk_full_while_storing(world: World) -> None:
    if not hasattr(signal, "SIGXFSZ"):
        pytest.skip("no RLIMIT_FSIZE on this system")
    world.publish(1)
    assert world.sync().sequence == 1
    world.publish(2)  # 200 kB: over the 64 kB file-size limit of the child
    done = child(world, fsize=64_000)
    assert done.returncode == 0, done.stderr
    code, message = done.stdout.split(" ", 1)
    assert int(code) == ExitCode.DISK and "the disk is full" in message
    assert world.held() == [1] and world.verifies(1) and world.highest() == 1
    assert no_temp_files(world)
    st = status(world.home)
    assert st.current is not None and st.current.sequence == 1
    assert st.last_attempt is not None and st.last_attempt.exit_code == ExitCode.DISK
    assert any(w.code == "last_sync_failed" and "disk is full" in w.text for w in st.warnings)
    # space again: the next sync stores it
    assert world.sync().sequence == 2
