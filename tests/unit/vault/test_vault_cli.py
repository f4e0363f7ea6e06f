"""The commands as a person types them: enroll, passphrase, audit (in a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from vault_helpers import PASSPHRASE, Publisher

from continuity_app.errors import ExitCode
from continuity_app.home import ClientHome


def cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("CONTINUITY_")}
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "continuity_app", *args],
        capture_output=True,
        text=True,
        env=full,
        cwd=cwd,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_enroll_help_is_plain_words() -> None:
    done = cli("enroll", "--help")
    assert done.returncode == 0
    for word in ("--unit", "--source", "--publisher-key", "--out", "--force", "sealed envelope"):
        assert word in done.stdout


def test_enroll_then_change_passphrase_then_audit(tmp_path: Path, publisher: Publisher) -> None:
    home = tmp_path / "home"
    done = cli(
        "enroll",
        "--unit",
        "krisestab",
        "--source",
        "https://it.example.invalid/pub",
        "--publisher-key",
        str(publisher.key_file),
        "--home",
        str(home),
        env={"CONTINUITY_PASSPHRASE": PASSPHRASE},
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "REQUEST.json" in done.stdout and (tmp_path / "REQUEST.json").exists()

    again = cli(
        "enroll",
        "--unit",
        "krisestab",
        "--source",
        "x",
        "--publisher-key",
        str(publisher.key_file),
        "--home",
        str(home),
        cwd=tmp_path,
        env={"CONTINUITY_PASSPHRASE": PASSPHRASE},
    )
    assert again.returncode == ExitCode.ALREADY_EXISTS
    assert again.stderr.count("\n") == 1 and "Traceback" not in again.stderr

    new = "et nyt og langt kodeord"
    changed = cli(
        "passphrase",
        "--home",
        str(home),
        env={"CONTINUITY_PASSPHRASE": PASSPHRASE, "CONTINUITY_NEW_PASSPHRASE": new},
    )
    assert changed.returncode == 0, changed.stderr
    old = cli(
        "audit",
        "--home",
        str(home),
        "--out",
        str(tmp_path / "a.csv"),
        env={"CONTINUITY_PASSPHRASE": PASSPHRASE},
    )
    assert old.returncode == ExitCode.WRONG_PASSPHRASE
    assert old.stderr.count("\n") == 1

    exported = cli(
        "audit", "--home", str(home), "--out", str(tmp_path / "a.csv"), env={"CONTINUITY_PASSPHRASE": new}
    )
    assert exported.returncode == 0, exported.stderr
    assert "intact" in exported.stdout
    csv_text = (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    for event in ("enroll", "passphrase_changed", "audit_export"):
        assert event in csv_text


def test_audit_exits_tampered_and_names_the_record(tmp_path: Path, publisher: Publisher) -> None:
    from continuity_app.kdf import floor_params
    from continuity_app.vault import audit
    from continuity_app.vault.enroll import enroll

    home = ClientHome(tmp_path / "home")
    enroll(
        home,
        scope="alle",
        source=str(tmp_path),
        publisher_key_file=publisher.key_file,
        passphrase=PASSPHRASE,
        out=tmp_path / "r.json",
        kdf=floor_params(),
    )
    for i in range(3):
        audit.append(home, "print", pack="medication", unit_id="hp-nord", pages=3 + i)
    lines = home.audit_log.read_bytes().splitlines(keepends=True)
    home.audit_log.write_bytes(b"".join(lines[:2] + lines[3:]))
    done = cli(
        "audit",
        "--home",
        str(home.root),
        "--out",
        str(tmp_path / "a.csv"),
        env={"CONTINUITY_PASSPHRASE": PASSPHRASE},
    )
    assert done.returncode == ExitCode.AUDIT_TAMPERED
    assert "record 3 is missing" in done.stderr
    assert (tmp_path / "a.csv").exists()


def test_not_enrolled_is_one_clear_line(tmp_path: Path) -> None:
    for command in (["audit", "--out", str(tmp_path / "a.csv")], ["passphrase"]):
        done = cli(*command, "--home", str(tmp_path / "nowhere"), env={"CONTINUITY_PASSPHRASE": PASSPHRASE})
        assert done.returncode == ExitCode.NOT_SET_UP
        assert "enroll" in done.stderr and done.stderr.count("\n") == 1


def test_an_emptied_audit_log_exports_with_a_note_not_as_intact(tmp_path: Path, publisher: Publisher) -> None:
    from continuity_app.kdf import floor_params
    from continuity_app.vault.enroll import enroll

    home = ClientHome(tmp_path / "home")
    enroll(
        home,
        scope="alle",
        source=str(tmp_path),
        publisher_key_file=publisher.key_file,
        passphrase=PASSPHRASE,
        out=tmp_path / "r.json",
        kdf=floor_params(),
    )
    home.audit_log.write_bytes(b"")  # emptied (or deleted) after enrollment
    done = cli(
        "audit",
        "--home",
        str(home.root),
        "--out",
        str(tmp_path / "a.csv"),
        env={"CONTINUITY_PASSPHRASE": PASSPHRASE},
    )
    assert done.returncode == ExitCode.OK, done.stderr
    assert "intact" not in done.stdout
    assert "EMPTY" in done.stderr and done.stderr.count("\n") == 1


def test_a_passphrase_change_whose_audit_record_fails_is_a_change_with_a_warning(
    tmp_path: Path, publisher: Publisher
) -> None:
    from continuity_app.kdf import floor_params
    from continuity_app.vault.device import DeviceFile
    from continuity_app.vault.enroll import enroll

    home = ClientHome(tmp_path / "home")
    enroll(
        home,
        scope="alle",
        source=str(tmp_path),
        publisher_key_file=publisher.key_file,
        passphrase=PASSPHRASE,
        out=tmp_path / "r.json",
        kdf=floor_params(),
    )
    home.audit_log.unlink()
    home.audit_log.mkdir()  # the audit log cannot be written, even by root
    new = "et nyt og langt kodeord"
    done = cli(
        "passphrase",
        "--home",
        str(home.root),
        env={"CONTINUITY_PASSPHRASE": PASSPHRASE, "CONTINUITY_NEW_PASSPHRASE": new},
    )
    assert done.returncode == ExitCode.OK, done.stderr
    assert "passphrase IS changed" in done.stderr and "is changed" in done.stdout
    DeviceFile.load(home.device).unwrap(new)  # the new one works, as the command said
