"""``continuity-app demo-exports``: writes the folder, prints counts, refuses foreign folders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from continuity_app.cli.app import main
from continuity_app.errors import ExitCode


def test_writes_the_folder_and_prints_the_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "exports"
    code = main(
        ["demo-exports", "--scale", "tiny", "--out", str(out), "--seed", "5", "--today", "2026-11-27"]
    )
    assert code == ExitCode.OK
    printed = capsys.readouterr().out
    assert "citizens.csv" in printed and "routes.csv" in printed and " 9 rækker" in printed
    assert (out / "units.csv").is_file() and (out / "contacts.csv").is_file()
    assert "2026-11-27" in (out / "routes.csv").read_text("utf-8")


def test_same_arguments_write_the_same_files_again(tmp_path: Path) -> None:
    args = ["demo-exports", "--scale", "tiny", "--out", str(tmp_path / "x"), "--today", "2026-11-27"]
    assert main(args) == ExitCode.OK
    before = {p.name: p.read_bytes() for p in (tmp_path / "x").iterdir()}
    assert main(args) == ExitCode.OK  # an earlier export is replaced, not refused
    assert {p.name: p.read_bytes() for p in (tmp_path / "x").iterdir()} == before


def test_refuses_a_folder_that_is_not_an_earlier_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "thesis.docx").write_bytes(b"precious")
    code = main(["demo-exports", "--scale", "tiny", "--out", str(tmp_path)])
    assert code == ExitCode.ALREADY_EXISTS
    err = capsys.readouterr().err
    assert "not empty" in err and "thesis.docx" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thesis.docx"]


def test_refuses_a_file_as_the_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "units.csv"
    target.write_text("mine")
    assert main(["demo-exports", "--out", str(target)]) == ExitCode.ALREADY_EXISTS
    assert "not a folder" in capsys.readouterr().err and target.read_text() == "mine"


def test_a_bad_date_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["demo-exports", "--out", str(tmp_path / "x"), "--today", "27-13-2026"])
    assert exit_.value.code == ExitCode.USAGE
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_help_in_plain_words() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "continuity_app", "demo-exports", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for words in ("--scale", "--out", "--seed", "--today", "lemvig", "aarhus", "region", "Nobody"):
        assert words in done.stdout


def test_identical_files_from_separate_runs_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Determinism across processes: no set or dict order of str hashes leaks into the files."""
    for name, hash_seed in (("a", "1"), ("b", "2")):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "continuity_app",
                "demo-exports",
                "--scale",
                "tiny",
                "--out",
                str(tmp_path / name),
                "--seed",
                "3",
                "--today",
                "2026-11-27",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
        )
        assert done.returncode == 0, done.stderr
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(files) == 9
    for file in files:
        assert (tmp_path / "a" / file).read_bytes() == (tmp_path / "b" / file).read_bytes(), file
