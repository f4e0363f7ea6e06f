"""The vault's file formats: golden files of every shipped version keep being read."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from vault_helpers import T0

from continuity_app.errors import ExitCode, KnownError, PassphraseError
from continuity_app.home import ClientHome
from continuity_app.vault import audit
from continuity_app.vault.audit_read import read_log
from continuity_app.vault.device import DeviceFile
from continuity_app.vault.lockout import MAX_DELAY_SECONDS, Lockout

DATA = Path(__file__).parent / "data"
GOLDEN_PASSPHRASE = "golden passphrase 1.0"


def test_the_golden_device_file_1_0_still_opens() -> None:
    device = DeviceFile.load(DATA / "device-1.0.json")
    assert device.device_id == "nk-golden1a2b" and device.scope == "hp-nord"
    keys = device.unwrap(GOLDEN_PASSPHRASE)
    assert keys.device.public_key().public_bytes_raw() == device.public_key
    with pytest.raises(PassphraseError):
        device.unwrap("golden passphrase 1.1")


def test_the_golden_audit_log_1_0_still_reads_intact() -> None:
    keys = DeviceFile.load(DATA / "device-1.0.json").unwrap(GOLDEN_PASSPHRASE)
    report = read_log(DATA / "audit-1.0.log", keys.audit)
    assert report.intact and report.problems == []
    assert [(e.n, e.event) for e in report.entries] == [
        (1, "enroll"),
        (2, "unlock"),
        (3, "citizen_opened"),
        (4, "print"),
    ]
    assert report.entries[3].fields == {
        "pack": "medication",
        "unit_id": "HP01",
        "citizen_ids": ["C000001", "C000002"],
        "pages": 4,
    }
    assert report.entries[2].time_utc == T0 + dt.timedelta(minutes=2)


def test_appending_to_a_golden_log_continues_its_chain(tmp_path: Path) -> None:
    home = ClientHome(tmp_path / "h")
    home.create()
    shutil.copy(DATA / "device-1.0.json", home.device)
    shutil.copy(DATA / "audit-1.0.log", home.audit_log)
    assert audit.append(home, "lock", reason="manual") == 5
    keys = DeviceFile.load(home.device).unwrap(GOLDEN_PASSPHRASE)
    assert read_log(home.audit_log, keys.audit).intact


def _edited_device(tmp_path: Path, **changes: object) -> Path:
    doc = json.loads((DATA / "device-1.0.json").read_text())
    doc.update(changes)
    path = tmp_path / "device.json"
    path.write_text(json.dumps(doc))
    return path


def test_a_newer_major_device_file_is_refused_a_newer_minor_read(tmp_path: Path) -> None:
    with pytest.raises(KnownError) as err:
        DeviceFile.load(_edited_device(tmp_path, version="2.0"))
    assert err.value.exit_code == ExitCode.UNSUPPORTED_VERSION
    newer_minor = DeviceFile.load(_edited_device(tmp_path, version="1.7", extra="ignored"))
    assert newer_minor.unwrap(GOLDEN_PASSPHRASE) is not None


@pytest.mark.parametrize(
    "changes",
    [
        {"format": "something-else"},
        {"kdf": {"name": "md5"}},
        {"wrapped": {"alg": "AES-256-GCM"}},
        {"public_key": "AAAA"},
    ],
)
def test_a_damaged_device_file_is_named_as_such(tmp_path: Path, changes: dict[str, object]) -> None:
    with pytest.raises(KnownError) as err:
        DeviceFile.load(_edited_device(tmp_path, **changes))
    assert err.value.exit_code == ExitCode.CORRUPT
    assert "device.json" in str(err.value)


def test_a_record_of_a_newer_major_version_is_named(tmp_path: Path) -> None:
    """3.0: the record formats this program reads are 1.x and 2.x (vault.chainlog)."""
    lines = (DATA / "audit-1.0.log").read_bytes().splitlines()
    env = json.loads(lines[1])
    env["v"] = "3.0"
    lines[1] = json.dumps(env, separators=(",", ":")).encode()
    path = tmp_path / "audit.log"
    path.write_bytes(b"\n".join(lines) + b"\n")
    keys = DeviceFile.load(DATA / "device-1.0.json").unwrap(GOLDEN_PASSPHRASE)
    report = read_log(path, keys.audit)
    assert not report.intact
    assert any(p.record == 2 and "version 3.0" in p.message for p in report.problems)


def test_a_damaged_lockout_file_is_no_way_around_the_delay(tmp_path: Path) -> None:
    path = tmp_path / "lockout.json"
    path.write_text("{not json")
    lockout = Lockout.load(path)
    assert lockout.record_failure(T0) == MAX_DELAY_SECONDS
