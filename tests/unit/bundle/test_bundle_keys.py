"""Publisher key file, fingerprints and the enrollment request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bundle_helpers import T0, device_key, publisher_key

from continuity_app.bundle.enrollment import EnrollmentError, EnrollmentRequest
from continuity_app.bundle.errors import KeyFileError
from continuity_app.bundle.keys import (
    fingerprint,
    grouped,
    load_publisher_public_key,
    publisher_key_text,
)
from continuity_app.errors import ExitCode


def test_publisher_key_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "publisher-key.pub"
    text = publisher_key_text(publisher_key().public_key())
    assert text.startswith("noedkopi-publisher-key v1 ") and text.endswith("\n")
    path.write_text(text)
    loaded = load_publisher_public_key(path)
    assert fingerprint(loaded) == fingerprint(publisher_key().public_key())


@pytest.mark.parametrize(
    "content",
    [
        "",
        "ssh-ed25519 AAAA",
        "noedkopi-publisher-key v2 AAAA",
        "noedkopi-publisher-key v1 not-base64!",
        "noedkopi-publisher-key v1 AAAA",
    ],
)
def test_bad_publisher_key_files_name_the_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "key.pub"
    path.write_text(content)
    with pytest.raises(KeyFileError) as caught:
        load_publisher_public_key(path)
    assert str(path) in str(caught.value) and caught.value.exit_code == ExitCode.NOT_SET_UP


def test_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="cannot read"):
        load_publisher_public_key(tmp_path / "absent.pub")


def test_fingerprint_is_sha256_hex_grouped_by_four() -> None:
    fp = fingerprint(publisher_key().public_key())
    assert len(fp) == 64 and int(fp, 16) >= 0
    assert grouped(fp).split(" ") == [fp[i : i + 4] for i in range(0, 64, 4)]


def request() -> EnrollmentRequest:
    return EnrollmentRequest(
        device_id="dev-golden-1",
        scope="u1",
        public_key=device_key("dev-golden-1").public_key(),
        publisher_fingerprint=fingerprint(publisher_key().public_key()),
        hostname="pc-1",
        created_at=T0,
    )


def test_enrollment_json_has_exactly_the_agreed_keys() -> None:
    data = json.loads(request().to_json())
    assert set(data) == {
        "format",
        "version",
        "device_id",
        "scope",
        "public_key",
        "publisher_fingerprint",
        "hostname",
        "created_at",
    }
    assert data["format"] == "noedkopi-enrollment" and data["version"] == 1
    assert data["created_at"] == "2026-11-27T04:30:00Z"
    back = EnrollmentRequest.from_json(request().to_json())
    assert back.public_key.public_bytes_raw() == request().public_key.public_bytes_raw()
    assert (back.device_id, back.scope, back.created_at) == ("dev-golden-1", "u1", T0)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("device_id", "../x"),
        ("scope", ""),
        ("public_key", "AAAA"),
        ("publisher_fingerprint", "XYZ"),
        ("created_at", "yesterday"),
        ("hostname", 5),
        ("format", "other"),
    ],
)
def test_bad_enrollment_fields_are_refused(field: str, value: object) -> None:
    data = json.loads(request().to_json())
    data[field] = value
    with pytest.raises(EnrollmentError) as caught:
        EnrollmentRequest.from_json(json.dumps(data), "req.json")
    assert "req.json" in str(caught.value) and caught.value.exit_code == ExitCode.INVALID_INPUT


def test_newer_enrollment_version_is_refused() -> None:
    data = json.loads(request().to_json())
    data["version"] = 2
    with pytest.raises(EnrollmentError) as caught:
        EnrollmentRequest.from_json(json.dumps(data))
    assert caught.value.exit_code == ExitCode.UNSUPPORTED_VERSION
