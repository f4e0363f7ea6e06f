"""``latest.json``: signed, small, and naming exactly one bundle file."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from bundle_helpers import T0, publisher_key
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from continuity_app.bundle import (
    BadSignature,
    CorruptBundle,
    TooLarge,
    UnsupportedVersion,
    make_latest,
    verify_latest,
)
from continuity_app.bundle.latest import MAX_LATEST_BYTES, SIGNATURE_CONTEXT

SHA = "ab" * 32


def latest(**overrides: object) -> bytes:
    args: dict[str, object] = {
        "scope": "u1",
        "sequence": 12,
        "file": "u1-00000012.bundle",
        "size": 4096,
        "sha256": SHA,
        "created_at": T0,
        "valid_until": T0 + dt.timedelta(days=7),
        "signing_key": publisher_key(),
    }
    args.update(overrides)
    return make_latest(**args)  # type: ignore[arg-type]


def test_round_trip() -> None:
    result = verify_latest(latest(), publisher_key().public_key())
    assert (result.scope, result.sequence, result.file, result.size) == ("u1", 12, "u1-00000012.bundle", 4096)
    assert result.sha256 == SHA and result.created_at == T0


def test_over_the_limit_is_refused_before_parsing() -> None:
    padded = latest()[:-1] + b" " * MAX_LATEST_BYTES  # valid JSON, just too big
    with pytest.raises(TooLarge):
        verify_latest(padded, publisher_key().public_key())
    with pytest.raises(TooLarge):
        verify_latest(b"{" * 100, publisher_key().public_key(), max_bytes=99)


def test_changed_field_wrong_key_and_junk_are_refused() -> None:
    data = latest().replace(b'\\"sequence\\":12', b'\\"sequence\\":13')
    with pytest.raises(BadSignature):
        verify_latest(data, publisher_key().public_key())
    other = Ed25519PrivateKey.from_private_bytes(b"\x05" * 32)
    with pytest.raises(BadSignature):
        verify_latest(latest(), other.public_key())
    for junk in (b"", b"[]", b"{}", b"\xff\xfe", b'{"format":"noedkopi-latest"}'):
        with pytest.raises(CorruptBundle):
            verify_latest(junk, publisher_key().public_key())


def test_file_must_be_the_bundle_name_of_scope_and_sequence() -> None:
    for name in ("../../etc/passwd", "u1-00000011.bundle", "u2-00000012.bundle"):
        with pytest.raises(CorruptBundle):
            verify_latest(latest(file=name), publisher_key().public_key())


def test_newer_major_is_refused() -> None:
    outer = json.loads(latest())
    outer["major"] = 2  # the outer envelope is not signed; the version still must be honoured
    with pytest.raises(UnsupportedVersion):
        verify_latest(json.dumps(outer).encode(), publisher_key().public_key())


@pytest.mark.parametrize("major", [0, -1, "1", True, None])
def test_a_tampered_outer_major_is_refused_not_read_as_version_one(major: object) -> None:
    outer = json.loads(latest())
    outer["major"] = major
    with pytest.raises(CorruptBundle, match="major"):
        verify_latest(json.dumps(outer).encode(), publisher_key().public_key())


def test_signature_is_over_the_context_and_the_signed_string() -> None:
    outer = json.loads(latest())
    import base64

    signature = base64.b64decode(outer["signature"])
    publisher_key().public_key().verify(signature, SIGNATURE_CONTEXT + outer["signed"].encode())
