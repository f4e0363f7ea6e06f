"""``continuity-publish``: the commands IT types, their output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from publish_helpers import PASSPHRASE, device_request, snapshot, write_exports
from publish_support import Setup

from continuity_app.cli.publisher import main
from continuity_app.errors import ExitCode

ROOT_PASSPHRASE = "rodnøglen ligger i pengeskabet"


def test_init_creates_a_home_and_refuses_to_overwrite_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CONTINUITY_PUBLISHER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CONTINUITY_ROOT_PASSPHRASE", ROOT_PASSPHRASE)
    home = tmp_path / "pub"
    assert main(["init", "--home", str(home)]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "Fingeraftryk:" in out and str(home / "publisher-key.pub") in out
    assert str(home / "root-key.json") in out and "pengeskab" in out
    assert (home / "publisher-key.pub").read_text().startswith("noedkopi-publisher-key v1 ")
    secret = json.loads((home / "publisher-key.json").read_text())
    assert secret["kdf"]["name"] == "scrypt" and secret["kdf"]["n"] >= 1 << 15
    assert PASSPHRASE not in (home / "publisher-key.json").read_text()
    root = json.loads((home / "root-key.json").read_text())
    assert root["format"] == "noedkopi-root-secret" and ROOT_PASSPHRASE not in json.dumps(root)
    delegation = json.loads(json.loads((home / "delegation.json").read_text())["signed"])
    # the pinned file is the root's key; the publishing key is the delegated one
    assert delegation["root_key"] == (home / "publisher-key.pub").read_text().split()[2]
    assert delegation["publishing_key"] == secret["public_key"] and delegation["version"] == 1
    assert {p.name for p in home.iterdir()} >= {"scopes.json", "devices.json", "state.json", "config.json"}
    before = {k: v for k, v in snapshot(home).items() if not k.startswith("logs")}
    assert main(["init", "--home", str(home)]) == ExitCode.ALREADY_EXISTS
    assert "already holds a publisher key" in capsys.readouterr().err
    assert {k: v for k, v in snapshot(home).items() if not k.startswith("logs")} == before


def test_init_into_an_existing_empty_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CONTINUITY_PUBLISHER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CONTINUITY_ROOT_PASSPHRASE", ROOT_PASSPHRASE)
    (tmp_path / "empty").mkdir()
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "notes.txt").write_text("x")
    assert main(["init", "--home", str(tmp_path / "empty")]) == ExitCode.OK
    assert main(["init", "--home", str(tmp_path / "used")]) == ExitCode.ALREADY_EXISTS
    assert "not empty" in capsys.readouterr().err


def test_init_holds_the_publisher_passphrase_to_the_same_rule_as_a_units(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CONTINUITY_PUBLISHER_PASSPHRASE", "kort")
    assert main(["init", "--home", str(tmp_path / "pub")]) == ExitCode.INVALID_INPUT
    assert "at least 10 characters" in capsys.readouterr().err
    assert not (tmp_path / "pub" / "publisher-key.json").exists()


def test_device_add_list_revoke(setup: Setup, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, request = device_request("dev-7", "pc-ege", setup.home.fingerprint())
    req = tmp_path / "request.json"
    req.write_text(request)
    assert main(["device", "add", str(req), "--home", str(setup.home.root)]) == ExitCode.OK
    assert "dev-7" in capsys.readouterr().out
    assert main(["device", "add", str(req), "--home", str(setup.home.root)]) == ExitCode.ALREADY_EXISTS
    assert main(["device", "revoke", "dev-7", "--home", str(setup.home.root)]) == ExitCode.OK
    capsys.readouterr()
    assert main(["device", "list", "--home", str(setup.home.root), "--json"]) == ExitCode.OK
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["device_id"] == "dev-7" and rows[0]["revoked_at"] is not None
    assert main(["device", "list", "--home", str(setup.home.root)]) == ExitCode.OK
    assert "pc-ege" in capsys.readouterr().out


def test_device_add_refuses_a_request_for_another_publisher(
    setup: Setup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, request = device_request("dev-8", "pc-ege", "0" * 64)
    req = tmp_path / "request.json"
    req.write_text(request)
    assert main(["device", "add", str(req), "--home", str(setup.home.root)]) == ExitCode.INVALID_INPUT
    assert "another publisher key" in capsys.readouterr().err


def test_device_add_refuses_an_unknown_unit_once_units_are_known(
    enrolled: Setup, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CONTINUITY_PUBLISHER_PASSPHRASE", PASSPHRASE)
    home = str(enrolled.home.root)
    assert main(["build", "--home", home, "--input", str(enrolled.exports), "--out", str(enrolled.out)]) == 0
    _, request = device_request("dev-9", "no-such-unit", enrolled.home.fingerprint())
    req = tmp_path / "request.json"
    req.write_text(request)
    assert main(["device", "add", str(req), "--home", home]) == ExitCode.INVALID_INPUT
    assert "no-such-unit" in capsys.readouterr().err


def test_build_then_verify(
    enrolled: Setup, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CONTINUITY_PUBLISHER_PASSPHRASE", PASSPHRASE)
    home = str(enrolled.home.root)
    assert main(["build", "--home", home, "--input", str(enrolled.exports), "--out", str(enrolled.out)]) == 0
    out = capsys.readouterr().out
    for scope in ("hp-nord", "pc-ege", "bo-lys", "krisestab", "alle"):
        assert scope in out
    bundle = enrolled.out / "alle" / "alle-00000001.bundle"
    assert main(["verify", str(bundle), "--home", home]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "Signatur: gyldig" in out and "Sekvens: 1" in out and "dev-alle" in out
    assert "(dansk tid)" in out
    key = str(enrolled.home.public_key_file)
    assert main(["verify", str(enrolled.out / "alle" / "latest.json"), "--publisher-key", key]) == 0
    assert "alle-00000001.bundle" in capsys.readouterr().out


def test_verify_names_the_fault(enrolled: Setup, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from continuity_app.publish import build

    build(enrolled.home.root, enrolled.exports, enrolled.out, passphrase=PASSPHRASE)
    data = bytearray((enrolled.out / "alle" / "alle-00000001.bundle").read_bytes())
    data[-200] ^= 0xFF  # in the ciphertext: only the signature can tell
    bad = tmp_path / "bad.bundle"
    bad.write_bytes(bytes(data))
    home = str(enrolled.home.root)
    assert main(["verify", str(bad), "--home", home]) == ExitCode.BAD_SIGNATURE
    assert "signature" in capsys.readouterr().err
    bad.write_bytes(b"hello")
    assert main(["verify", str(bad), "--home", home]) == ExitCode.CORRUPT
    with pytest.raises(SystemExit) as usage:  # argparse: a key source is required
        main(["verify", str(bad)])
    assert usage.value.code == ExitCode.USAGE


def test_build_with_bad_exports_lists_every_problem_and_writes_nothing(
    enrolled: Setup, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CONTINUITY_PUBLISHER_PASSPHRASE", PASSPHRASE)
    home = str(enrolled.home.root)
    assert main(["build", "--home", home, "--input", str(enrolled.exports), "--out", str(enrolled.out)]) == 0
    before = snapshot(enrolled.out)
    broken = write_exports(tmp_path / "broken", broken=True)
    capsys.readouterr()
    code = main(["build", "--home", home, "--input", str(broken), "--out", str(enrolled.out)])
    assert code == ExitCode.INVALID_INPUT
    err = capsys.readouterr().err
    assert "citizens.csv:6: cpr:" in err and "citizens.csv:6: unit_id:" in err
    assert "nothing was published" in err
    assert snapshot(enrolled.out) == before


def test_build_without_a_home_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["build", "--home", str(tmp_path / "none"), "--input", str(tmp_path), "--out", str(tmp_path)])
    assert code == ExitCode.NOT_SET_UP
    assert "not a publisher home" in capsys.readouterr().err


def test_revoking_an_unknown_device_names_it(setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["device", "revoke", "dev-nobody", "--home", str(setup.home.root)]) == ExitCode.INVALID_INPUT
    assert "dev-nobody" in capsys.readouterr().err


def test_device_add_before_any_build_warns_that_the_unit_is_unchecked(
    setup: Setup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, request = device_request("dev-early", "hp-nord", setup.home.fingerprint())
    req = tmp_path / "request.json"
    req.write_text(request)
    assert main(["device", "add", str(req), "--home", str(setup.home.root)]) == ExitCode.OK
    assert "checked at the first build" in capsys.readouterr().err
