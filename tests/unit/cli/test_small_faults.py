"""The small ones, each a class: -v anywhere, a reader that goes away, a request's
hostname with control characters on IT's terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cli_support import PASSPHRASE, Installation

from continuity_app.home import ClientHome
from continuity_app.kdf import floor_params

APP = [sys.executable, "-m", "continuity_app"]
PUBLISH = [
    sys.executable,
    "-c",
    "import sys; from continuity_app.cli.publisher import main; sys.exit(main())",
]


def env(installation: Installation) -> dict[str, str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("CONTINUITY_")}
    full.update(installation.env())
    return full


def test_verbose_is_taken_before_and_after_the_command_by_both_programs(installation: Installation) -> None:
    for program, words in (
        (APP, ["status", "--home", str(installation.home)]),
        (PUBLISH, ["device", "list", "--home", str(installation.publisher)]),
    ):
        for argv in (["-v", *words], ["--verbose", *words], [*words, "-v"]):
            done = subprocess.run(
                [*program, *argv],
                capture_output=True,
                text=True,
                env=env(installation),
                timeout=120,
                stdin=subprocess.DEVNULL,
            )
            assert done.returncode == 0, (argv, done.stderr)


def test_a_reader_that_goes_away_is_not_a_failure(installation: Installation) -> None:
    """``continuity-app status | head -1``: the reader is gone before status writes."""
    status = subprocess.Popen(
        [*APP, "status", "--home", str(installation.home)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env(installation),
        stdin=subprocess.DEVNULL,
    )
    assert status.stdout is not None and status.stderr is not None
    status.stdout.close()  # before the program has even started: every write meets a closed pipe
    err = status.stderr.read().decode()
    status.stderr.close()
    assert status.wait(timeout=120) == 0, err
    assert "Traceback" not in err and "internal error" not in err and not err.strip()


def test_control_characters_in_a_hostname_never_reach_the_terminal(
    installation: Installation, tmp_path: Path
) -> None:
    from continuity_app.vault.enroll import enroll

    request = tmp_path / "LAPTOP.json"
    publisher_key = ClientHome(installation.home).publisher_key
    enroll(
        ClientHome(tmp_path / "other"),
        scope="alle",
        source=str(installation.publish),
        publisher_key_file=publisher_key,
        passphrase=PASSPHRASE,
        out=request,
        kdf=floor_params(),
        hostname="pc\x1b[2J\x1b]0;owned\x07-7",
    )
    for argv in (["device", "add", str(request)], ["device", "list"]):
        done = subprocess.run(
            [*PUBLISH, *argv, "--home", str(installation.publisher)],
            capture_output=True,
            text=True,
            env=env(installation),
            timeout=120,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 0, done.stderr
        assert "\x1b" not in done.stdout + done.stderr and "\x07" not in done.stdout
    assert "pc\\x1b[2J\\x1b]0;owned\\x07-7" in done.stdout
