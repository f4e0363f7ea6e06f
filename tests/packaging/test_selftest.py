"""``continuity-app selftest`` / ``--selftest`` from the source tree, in a child process as IT runs it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECKS = (
    "platform",
    "resources",
    "translations",
    "demo data",
    "sync",
    "unlock",
    "main window",
    "emergency pack",
    "print workers",
    "lock",
    "clean up",
)

pytestmark = pytest.mark.slow


def child_env(tmp: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("QT_", "CONTINUITY_", "PYTEST")) and k not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    env.update(TMPDIR=str(tmp), HOME=str(tmp / "home"), LANG="C.UTF-8", **extra)
    (tmp / "home").mkdir(exist_ok=True)
    return env


def run_selftest(tmp: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "continuity_app", *args],
        cwd=tmp,
        env=child_env(tmp, **env),
        capture_output=True,
        text=True,
        timeout=240,
    )


def test_selftest_passes_offscreen_prints_one_line_per_check_and_leaves_nothing(tmp_path: Path) -> None:
    done = run_selftest(tmp_path, "--selftest")  # no QT_QPA_PLATFORM: it picks offscreen itself
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for check in CHECKS:
        assert [line for line in lines if re.match(rf"selftest: {check} +ok ", line)], (check, done.stdout)
    assert lines[-1].startswith("selftest: ok")
    assert "Qt platform offscreen" in done.stdout
    assert re.search(r"emergency pack +ok +[1-9]\d* pages", done.stdout)
    assert re.search(r"print workers +ok +medication pack [1-9]\d* pages in 2 processes", done.stdout)
    assert "Traceback" not in done.stderr
    assert not list(tmp_path.glob("noedkopi-selftest-*")), "the temporary installation was not deleted"
    assert not (tmp_path / "home" / ".local" / "share" / "Noedkopi").exists()  # no client home made


def test_selftest_is_also_a_command_and_keep_leaves_the_demo_for_inspection(tmp_path: Path) -> None:
    done = run_selftest(tmp_path, "selftest", "--keep", QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stdout + done.stderr
    kept = list(tmp_path.glob("noedkopi-selftest-*"))
    assert len(kept) == 1 and (kept[0] / "demo" / "client").is_dir()
    assert str(kept[0]) in done.stdout
    # what it leaves is a demo installation: the client home holds no decrypted data file
    assert not list((kept[0] / "demo" / "client").rglob("*.sqlite*"))


def test_a_copy_without_its_resources_fails_with_one_line_naming_the_missing_file(tmp_path: Path) -> None:
    # A broken installation: the program without the resources folder beside it.
    copy = tmp_path / "broken"
    shutil.copytree(
        ROOT / "continuity_app", copy / "continuity_app", ignore=shutil.ignore_patterns("__pycache__")
    )
    done = run_selftest(tmp_path, "--selftest", PYTHONPATH=str(copy))
    assert done.returncode != 0
    errors = [line for line in done.stderr.splitlines() if line.startswith("continuity-app:")]
    assert len(errors) == 1, done.stderr
    assert "selftest failed at 'resources'" in errors[0] and "DejaVuSans.ttf" in errors[0]
    assert "Traceback" not in done.stderr
    assert "selftest: ok" not in done.stdout


def test_a_missing_qt_platform_plugin_is_named_instead_of_qt_aborting(tmp_path: Path) -> None:
    done = run_selftest(tmp_path, "--selftest", QT_QPA_PLATFORM="nosuchplatform")
    assert done.returncode != 0
    assert (
        done.stderr.strip()
        .splitlines()[-1]
        .startswith(
            "continuity-app: selftest failed at 'platform': "
            "the Qt platform plugin 'nosuchplatform' is not in "
        )
    )
    assert "Traceback" not in done.stderr
