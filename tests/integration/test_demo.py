"""``continuity-app demo --no-gui``: the whole chain on generated data, as a new user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader


def demo(home: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "continuity_app",
            "demo",
            "--no-gui",
            "--scale",
            "tiny",
            "--home",
            str(home),
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def test_demo_publishes_syncs_unlocks_and_writes_the_emergency_pack(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    done = demo(root)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Syncing over HTTP from http://127.0.0.1:" in out
    assert "Vulnerable citizens per unit:" in out
    pdf = next(root.glob("noedpakke-*.pdf"))
    assert str(pdf) in out
    reader = PdfReader(pdf)
    assert len(reader.pages) > 3
    assert "FORTROLIGT" in reader.pages[0].extract_text()
    # The laptop's home holds a verified, still encrypted generation and nothing in plaintext.
    generations = list((root / "client" / "generations").glob("*.bundle"))
    assert len(generations) == 1
    assert b"SQLite format 3" not in generations[0].read_bytes()
    # Later runs of the app sync from the folder, since the demo's HTTP server is gone.
    assert str(root / "publish") in (root / "client" / "config.json").read_text()


def test_a_second_demo_replaces_the_first_but_never_a_foreign_folder(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    assert demo(root).returncode == 0
    assert demo(root).returncode == 0
    foreign = tmp_path / "documents"
    foreign.mkdir()
    (foreign / "letter.txt").write_text("keep me")
    done = demo(foreign)
    assert done.returncode == 7, done.stderr  # ALREADY_EXISTS
    assert "not empty" in done.stderr and "Traceback" not in done.stderr
    assert (foreign / "letter.txt").read_text() == "keep me"


@pytest.mark.parametrize("command", [["demo", "--help"], ["--help"], ["--version"]])
def test_the_commands_explain_themselves(command: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "continuity_app", *command], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    assert done.stdout.strip()
