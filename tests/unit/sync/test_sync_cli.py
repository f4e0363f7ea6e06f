"""``continuity-app sync`` and ``status`` as a person or the OS scheduler runs them."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sync_helpers import NOW, SCOPE, World

from continuity_app.cli.app import main
from continuity_app.errors import ExitCode


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_sync_then_status(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    world.publish(4, created_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=2))
    code, out, err = run(capsys, "sync", "--home", str(world.home.root))
    assert code == 0 and err == ""
    assert out.startswith(f"new data: {SCOPE} sequence 4")
    code, out, _ = run(capsys, "sync", "--home", str(world.home.root))
    assert code == 0 and out.startswith("up to date")
    assert run(capsys, "sync", "--quiet", "--home", str(world.home.root))[1] == ""

    code, out, _ = run(capsys, "status", "--home", str(world.home.root))
    assert code == 0
    assert "Data fra i dag kl." in out or "Data fra i går kl." in out
    assert "2 timer gammel" in out
    assert f"Omfang: {SCOPE} (Hjemmeplejen Nord)   Sekvens: 4" in out
    assert "Generationer: 1 (sekvens 4)" in out
    assert "Seneste synkronisering:" in out and "allerede opdateret" in out
    assert "Næste synkronisering:" in out
    assert "ADVARSEL" not in out

    code, out, _ = run(capsys, "status", "--json", "--home", str(world.home.root))
    data = json.loads(out)
    assert code == 0 and data["sequence"] == 4 and data["scope"] == SCOPE
    assert data["age_level"] == "green" and data["expired"] is False
    assert data["last_attempt"]["result"] == "up_to_date"
    assert data["generations"][0]["verified"] is True
    assert data["warnings"] == []


def test_a_failure_is_one_line_on_stderr_with_its_code(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    world.publish(1)
    assert run(capsys, "sync", "--home", str(world.home.root))[0] == 0
    world.publish(2, recipients={})
    code, out, err = run(capsys, "sync", "--home", str(world.home.root))
    assert code == ExitCode.NOT_ADDRESSED == 14
    assert out == "" and err.count("\n") == 1 and "not addressed to this device" in err
    assert "Traceback" not in err
    code, out, _ = run(capsys, "status", "--home", str(world.home.root))
    assert code == 0 and "ADVARSEL: Seneste synkronisering mislykkedes" in out
    assert "not addressed" in out


def test_expired_data_exits_21_with_a_warning(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    world.publish(1, created_at=NOW - dt.timedelta(days=30), valid_days=7)
    code, out, err = run(capsys, "sync", "--home", str(world.home.root))
    assert code == ExitCode.EXPIRED == 21
    assert "warning" in err and "expired" in err
    code, out, _ = run(capsys, "status", "--home", str(world.home.root))
    assert code == 0 and "ADVARSEL: Data er udløbet" in out and "rød" in out


def test_from_file(world: World, capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    stick = tmp_path / "bundle-fra-usb.bundle"
    stick.write_bytes(world.pub.bundle(2, world.me))
    code, out, _ = run(capsys, "sync", "--home", str(world.home.root), "--from", str(stick))
    assert code == 0 and "sequence 2" in out
    code, _, err = run(capsys, "sync", "--home", str(world.home.root), "--from", str(tmp_path / "x"))
    assert code == ExitCode.SOURCE_UNREACHABLE and "x: no such bundle file" in err


def test_status_with_nothing(world: World, tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "status", "--home", str(world.home.root))
    assert code == ExitCode.NO_DATA and "Ingen data endnu" in out
    code, out, _ = run(capsys, "status", "--home", str(tmp_path / "nowhere"))
    assert code == ExitCode.NOT_SET_UP and "ikke sat op" in out
    code, _, err = run(capsys, "sync", "--home", str(tmp_path / "nowhere"))
    assert code == ExitCode.NOT_SET_UP and "enroll" in err


def test_help_in_plain_words(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("sync", "status"):
        with pytest.raises(SystemExit) as exit_:
            main([command, "--help"])
        assert exit_.value.code == 0
        out = capsys.readouterr().out
        assert "--home" in out and "passphrase" in out and "Exit codes" in out
