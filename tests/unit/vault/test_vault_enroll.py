"""Enrollment: the request for IT, the wrapped key, the pinned publisher key, refusals."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest
from vault_helpers import PASSPHRASE, T0, UNIT, Publish, Publisher

from continuity_app import settings
from continuity_app.bundle.enrollment import EnrollmentRequest
from continuity_app.bundle.keys import fingerprint, load_publisher_public_key
from continuity_app.errors import ExitCode, KnownError
from continuity_app.home import ClientHome
from continuity_app.kdf import MIN_LOG2_N, floor_params, measure
from continuity_app.vault.device import DeviceFile, raw_private
from continuity_app.vault.enroll import enroll


def test_enroll_writes_a_request_that_the_publisher_reads(
    home: ClientHome, tmp_path: Path, publisher: Publisher
) -> None:
    request = EnrollmentRequest.from_json((tmp_path / "REQUEST.json").read_text(encoding="utf-8"))
    device = DeviceFile.load(home.device)
    assert request.device_id == device.device_id
    assert request.scope == UNIT
    assert request.public_key.public_bytes_raw() == device.public_key
    assert request.publisher_fingerprint == fingerprint(publisher.key.public_key())
    assert re.fullmatch(r"nk-[a-z2-7]{10}", device.device_id)


def test_enroll_pins_the_publisher_key_and_writes_the_config(
    home: ClientHome, tmp_path: Path, publisher: Publisher
) -> None:
    pinned = load_publisher_public_key(home.publisher_key)
    assert fingerprint(pinned) == fingerprint(publisher.key.public_key())
    config = settings.load(home.config)
    device = DeviceFile.load(home.device)
    assert config["scope"] == UNIT
    assert config["device_id"] == device.device_id
    assert config["source"] == str(tmp_path / "publish")


def test_the_private_keys_are_only_stored_wrapped(home: ClientHome) -> None:
    device = DeviceFile.load(home.device)
    keys = device.unwrap(PASSPHRASE)
    stored = home.device.read_bytes()
    assert keys.signing is not None
    for raw in (raw_private(keys.device), raw_private(keys.audit), keys.signing.private_bytes_raw()):
        for form in (raw, raw.hex().encode(), base64.b64encode(raw)):
            assert form not in stored
    doc = json.loads(stored)
    assert doc["format"] == "noedkopi-device" and doc["version"] == "1.1"
    assert doc["kdf"]["name"] == "scrypt" and doc["kdf"]["n"] >= 2**MIN_LOG2_N
    assert oct(home.device.stat().st_mode & 0o777) == "0o600"


def test_a_second_enrollment_is_refused_without_force(
    home: ClientHome, tmp_path: Path, publisher: Publisher
) -> None:
    before = home.device.read_bytes()
    with pytest.raises(KnownError) as err:
        enroll(
            home,
            scope=UNIT,
            source="https://example.invalid/noedkopi",
            publisher_key_file=publisher.key_file,
            passphrase=PASSPHRASE,
            out=tmp_path / "again.json",
            kdf=floor_params(),
        )
    assert err.value.exit_code == ExitCode.ALREADY_EXISTS
    assert home.device.read_bytes() == before
    assert not (tmp_path / "again.json").exists()


def test_force_makes_new_keys_and_keeps_the_old_files(
    home: ClientHome, tmp_path: Path, publisher: Publisher, publish: Publish
) -> None:
    old = DeviceFile.load(home.device)
    publish(1)
    result = enroll(
        home,
        scope="krisestab",
        source="https://it.example.invalid/pub",
        publisher_key_file=publisher.key_file,
        passphrase="et helt nyt kodeord",
        out=tmp_path / "new.json",
        kdf=floor_params(),
        force=True,
    )
    assert result.device_id != old.device_id
    assert (home.root / f"device-{old.device_id}.json").exists()
    assert (home.audit_log.parent / f"audit-{old.device_id}.log").exists()
    assert list(home.generations.iterdir()) == []  # encrypted to the old key: unreadable now
    assert settings.load(home.config)["scope"] == "krisestab"


@pytest.mark.parametrize("passphrase", ["", "kort", "aaaaaaaaaaaaaa"])
def test_a_weak_passphrase_is_refused_with_the_reason(
    tmp_path: Path, publisher: Publisher, passphrase: str
) -> None:
    h = ClientHome(tmp_path / "h")
    with pytest.raises(KnownError) as err:
        enroll(
            h,
            scope=UNIT,
            source=str(tmp_path),
            publisher_key_file=publisher.key_file,
            passphrase=passphrase,
            out=tmp_path / "r.json",
            kdf=floor_params(),
        )
    assert err.value.exit_code == ExitCode.INVALID_INPUT
    assert not h.device.exists()


def test_bad_unit_source_and_key_file_are_refused(tmp_path: Path, publisher: Publisher) -> None:
    h = ClientHome(tmp_path / "h")
    common = {"passphrase": PASSPHRASE, "out": tmp_path / "r.json", "kdf": floor_params()}
    with pytest.raises(KnownError, match="unit"):
        enroll(h, scope="../etc", source=str(tmp_path), publisher_key_file=publisher.key_file, **common)  # type: ignore[arg-type]
    with pytest.raises(KnownError, match="ftp://"):
        enroll(h, scope=UNIT, source="ftp://x/y", publisher_key_file=publisher.key_file, **common)  # type: ignore[arg-type]
    garbage = tmp_path / "not-a-key.pub"
    garbage.write_text("hello\n")
    with pytest.raises(KnownError, match=re.escape("not-a-key.pub")) as err:
        enroll(h, scope=UNIT, source=str(tmp_path), publisher_key_file=garbage, **common)  # type: ignore[arg-type]
    assert err.value.exit_code == ExitCode.NOT_SET_UP
    assert not h.device.exists()


def test_measured_parameters_are_never_below_the_floor() -> None:
    params = measure(target_seconds=0.001)  # a "machine" that wants almost nothing
    assert params.log2_n == MIN_LOG2_N
    assert measure(target_seconds=60).log2_n <= 17


def test_the_enroll_is_audited(home: ClientHome) -> None:
    from continuity_app.vault.audit_read import read_log

    keys = DeviceFile.load(home.device).unwrap(PASSPHRASE)
    report = read_log(home.audit_log, keys.audit)
    assert report.intact
    assert [(e.event, e.fields["result"]) for e in report.entries] == [("enroll", "ok")]
    assert report.entries[0].time_utc == T0
