"""The shrink guard through ``continuity-publish build``: a failed export job never replaces
good data on every laptop."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from publish_helpers import PASSPHRASE, snapshot, write_exports
from publish_support import Setup

from continuity_app.cli.publisher import main
from continuity_app.errors import ExitCode
from continuity_app.publish.shrink import shrinks


def build(setup: Setup, exports: Path, *extra: str) -> int:
    return main(
        ["build", "--home", str(setup.home.root), "--input", str(exports), "--out", str(setup.out), *extra]
    )


@pytest.fixture
def published(enrolled: Setup, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Setup:
    monkeypatch.setenv("CONTINUITY_PUBLISHER_PASSPHRASE", PASSPHRASE)
    assert build(enrolled, enrolled.exports) == ExitCode.OK
    capsys.readouterr()
    return enrolled


def test_a_folder_without_citizens_is_refused_and_the_old_bundles_stay_live(
    published: Setup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    failed = tmp_path / "failed-export"
    shutil.copytree(published.exports, failed)
    (failed / "citizens.csv").unlink()  # the export job died before writing it
    for name in ("relatives.csv", "medications.csv", "visits.csv"):
        (failed / name).unlink(missing_ok=True)  # rows that would point at missing citizens
    before = snapshot(published.out)
    state_before = (published.home.root / "state.json").read_text()
    code = build(published, failed)
    err = capsys.readouterr().err
    assert code == ExitCode.SHRINK_REFUSED == 24
    assert "scope 'alle' shrinks against sequence 1: citizens 4 → 0" in err
    assert "medications" in err and "→ 0" in err
    assert "nothing was published and the previous bundles stay live" in err
    assert "--allow-shrink" in err and "Traceback" not in err
    assert snapshot(published.out) == before  # every laptop keeps syncing the good data
    state = json.loads((published.home.root / "state.json").read_text())
    assert state["published"] == json.loads(state_before)["published"]


def test_validation_problems_come_before_the_shrink_check(
    published: Setup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = write_exports(tmp_path / "broken", broken=True)
    (broken / "medications.csv").unlink()
    assert build(published, broken) == ExitCode.INVALID_INPUT
    err = capsys.readouterr().err
    assert "citizens.csv:6" in err and "shrink" not in err


def test_allow_shrink_publishes_and_says_what_fell(
    published: Setup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fewer = tmp_path / "fewer"
    shutil.copytree(published.exports, fewer)
    (fewer / "medications.csv").write_text(
        (fewer / "medications.csv").read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8"
    )
    assert build(published, fewer) == ExitCode.SHRINK_REFUSED
    assert "medications" in capsys.readouterr().err
    assert build(published, fewer, "--allow-shrink") == ExitCode.OK
    captured = capsys.readouterr()
    assert "shrinks against sequence 1: medications" in captured.err
    assert (published.out / "alle" / "alle-00000003.bundle").exists()  # 2 was the refused one
    # The next build compares with what was just published, not with the old one.
    assert build(published, fewer) == ExitCode.OK


def test_the_same_exports_again_pass(published: Setup) -> None:
    assert build(published, published.exports) == ExitCode.OK


def test_the_rule_down_by_more_than_a_quarter_or_to_none() -> None:
    assert shrinks(100, 74) and not shrinks(100, 75) and not shrinks(100, 130)
    assert shrinks(1, 0) and shrinks(4, 2) and not shrinks(0, 0) and not shrinks(4, 3)
