"""The whole chain under faults: the real publisher, sync, and the app's unlock.

After each fault the app still opens the last good data (``vault.unlock`` with
the unit's passphrase), and after the fault is gone the next sync brings the
newest data in.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from continuity_app import demosetup, publish, vault
from continuity_app.errors import ExitCode
from continuity_app.home import ClientHome
from continuity_app.kdf import floor_params
from continuity_app.sync import SyncResult, run_sync, status
from continuity_app.vault.device import DeviceFile

KILL_CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from continuity_app.home import ClientHome
    from continuity_app.sync import run_sync

    def die(step, *_):
        if step == sys.argv[2]:
            os.kill(os.getpid(), signal.SIGKILL)

    run_sync(ClientHome(Path(sys.argv[1])), on_step=die)
""")


def opened_sequence(demo: demosetup.DemoInstallation) -> int:
    with vault.unlock(demo.client, demosetup.DEMO_PASSPHRASE) as session:
        assert session.store.counts()["citizens"] > 0
        return session.generation.sequence


def publish_again(demo: demosetup.DemoInstallation) -> Path:
    publish.build(demo.publisher, demo.exports, demo.publish, passphrase=demosetup.DEMO_PUBLISHER_PASSPHRASE)
    folder = demo.publish / demo.unit_id
    return max(folder.glob("*.bundle"))


def test_the_app_opens_the_last_good_data_after_each_fault(tmp_path: Path) -> None:
    demo = demosetup.make(tmp_path / "demo", scale="tiny", fast_kdf=True)
    home = demo.client
    assert run_sync(home).result is SyncResult.NEW_DATA
    assert opened_sequence(demo) == 1

    # a damaged bundle on the server
    bundle = publish_again(demo)
    good = bundle.read_bytes()
    bundle.write_bytes(good[:-100] + bytes(100))
    assert run_sync(home).exit_code == ExitCode.CORRUPT
    assert opened_sequence(demo) == 1
    bundle.write_bytes(good)

    # the sync killed halfway through storing
    done = subprocess.run(
        [sys.executable, "-c", KILL_CHILD, str(home.root), "temp-written"], capture_output=True, timeout=60
    )
    assert done.returncode == -signal.SIGKILL
    assert opened_sequence(demo) == 1
    assert "sync_interrupted" in [w.code for w in status(home).warnings]
    assert run_sync(home).sequence == 2
    assert opened_sequence(demo) == 2

    # this laptop revoked (a second laptop of the unit stays): the next bundle is not for it
    other = ClientHome(tmp_path / "other-laptop")
    vault.enroll(
        other,
        scope=demo.unit_id,
        source=str(demo.publish),
        publisher_key_file=demo.publisher / "publisher-key.pub",
        passphrase=demosetup.DEMO_PASSPHRASE,
        out=tmp_path / "other.json",
        kdf=floor_params(),
    )
    publish.add_device(demo.publisher, (tmp_path / "other.json").read_bytes())
    device_id = DeviceFile.load(home.device).device_id
    publish.revoke_device(demo.publisher, device_id)
    publish_again(demo)
    refused = run_sync(home)
    assert refused.exit_code == ExitCode.NOT_ADDRESSED and device_id in refused.message
    assert opened_sequence(demo) == 2
    assert run_sync(other).sequence == 3  # the other laptop gets it
    assert os.listdir(home.partial) == ["sync.lock"]  # nothing unverified left behind
