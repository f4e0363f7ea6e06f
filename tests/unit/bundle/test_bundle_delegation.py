"""The root's statements and the 1.1 files that carry them: every byte flipped, every truncation,
and the rules of ``bundle.trust`` (which key may sign, retirement, the handover, resets)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from bundle_helpers import T0, device_key, publisher_key, small_image
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from continuity_app.bundle import BundleError, verify, verify_latest, write_bundle
from continuity_app.bundle.delegation import (
    make_delegation,
    make_reset,
    read_delegation,
    read_reset,
    trust_fields,
)
from continuity_app.bundle.errors import BadSignature, CorruptBundle
from continuity_app.bundle.latest import make_latest
from continuity_app.bundle.trust import ClientTrust

ROOT = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"noedkopi test root").digest())
KEY = publisher_key()


def delegation(version: int = 1, key: Ed25519PrivateKey = KEY, root: Ed25519PrivateKey = ROOT) -> dict:
    return make_delegation(
        root, key.public_key(), version=version, issued_at=T0, expires_at=T0 + dt.timedelta(days=400)
    )


def bundle(
    trust: dict | None, sequence: int = 7, key: Ed25519PrivateKey = KEY, compression: str = "zstd"
) -> bytes:
    return write_bundle(
        small_image(),
        scope="u1",
        sequence=sequence,
        created_at=T0,
        valid_until=T0 + dt.timedelta(days=7),
        counts={"note": 3},
        recipients={"dev-golden-1": device_key("dev-golden-1").public_key()},
        signing_key=key,
        trust=trust,
        compression=compression,
    )


def latest(trust: dict | None, data: bytes) -> bytes:
    return make_latest(
        scope="u1",
        sequence=7,
        file="u1-00000007.bundle",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        created_at=T0,
        valid_until=T0 + dt.timedelta(days=7),
        signing_key=KEY,
        trust=trust,
    )


def test_every_byte_of_a_delegation_flipped_is_refused() -> None:
    """Refused — or, where the byte lies outside what is signed (the envelope's ``minor``),
    read as exactly the same delegation."""
    text = json.dumps(delegation()).encode("utf-8")
    good = read_delegation(json.loads(text))
    for pos in range(len(text)):
        tampered = bytearray(text)
        tampered[pos] ^= 0x01
        try:
            obj = json.loads(tampered.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            continue  # not even JSON: the carrier (header, latest.json) refuses it as corrupt
        try:
            found = read_delegation(obj)
        except BundleError:
            continue
        assert obj["signed"] == json.loads(text)["signed"], pos
        assert (found.version, found.publishing_fingerprint) == (good.version, good.publishing_fingerprint)


def test_every_byte_of_a_reset_flipped_is_refused() -> None:
    text = json.dumps(make_reset(ROOT, scope="u1", epoch=1, issued_at=T0)).encode("utf-8")
    for pos in range(len(text)):
        tampered = bytearray(text)
        tampered[pos] ^= 0x01
        try:
            obj = json.loads(tampered.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            continue
        try:
            found = read_reset(obj, ROOT.public_key())
        except BundleError:
            continue
        assert obj["signed"] == json.loads(text)["signed"] and found.epoch == 1, pos


def test_every_byte_flipped_and_every_truncation_of_a_1_1_bundle_is_refused() -> None:
    data = bundle(trust_fields(delegation()))
    for pos in range(len(data)):
        tampered = bytearray(data)
        tampered[pos] ^= 0x01
        with pytest.raises(BundleError):
            verify(bytes(tampered), ClientTrust(ROOT.public_key()))
    for length in range(0, len(data), 7):
        with pytest.raises(BundleError):
            verify(data[:length], ClientTrust(ROOT.public_key()))
    with pytest.raises(CorruptBundle):
        verify(data + b"\x00", ClientTrust(ROOT.public_key()))


def test_every_byte_flipped_and_every_truncation_of_a_1_1_latest_json_is_refused() -> None:
    data = bundle(trust_fields(delegation()))
    text = latest(trust_fields(delegation()), data)
    good = verify_latest(text, ClientTrust(ROOT.public_key()))
    for pos in range(len(text)):
        tampered = bytearray(text)
        tampered[pos] ^= 0x01
        try:
            found = verify_latest(bytes(tampered), ClientTrust(ROOT.public_key()))
        except BundleError:
            continue
        # only the outer version keys stand outside the signature: the content is the same
        assert (found.scope, found.sequence, found.sha256, found.file) == (
            good.scope,
            good.sequence,
            good.sha256,
            good.file,
        )
    for length in range(len(text) - 1):
        with pytest.raises(BundleError):
            verify_latest(text[:length], ClientTrust(ROOT.public_key()))


def test_an_older_reader_pinning_the_publishing_key_still_reads_a_1_1_bundle() -> None:
    data = bundle(trust_fields(delegation()), compression="zlib")  # a 1.x program reads only zlib
    header = verify(data, KEY.public_key()).header  # the pinned-key path of format 1.0
    assert (header.major, header.minor) == (1, 1) and header.sequence == 7


def test_retired_key_and_handover_rules() -> None:
    second = Ed25519PrivateKey.generate()
    laptop = ClientTrust(ROOT.public_key(), delegation_version=2)
    with pytest.raises(BadSignature, match="retired"):
        verify(bundle(trust_fields(delegation(1))), laptop)
    assert verify(bundle(trust_fields(delegation(2, second)), key=second), laptop).header.sequence == 7
    # a laptop pinning KEY learns the root from a file KEY signs, carrying ROOT's delegation to KEY
    old = ClientTrust(KEY.public_key())
    verify(bundle(trust_fields(delegation(1))), old)
    assert old.learnt is not None
    assert old.learnt.root_fingerprint == read_delegation(delegation()).root_fingerprint
    # but never from a file another key signs
    with pytest.raises(BadSignature):
        verify(bundle(trust_fields(delegation(1, second)), key=second), ClientTrust(KEY.public_key()))


def test_an_epoch_needs_a_reset_signed_by_the_root_for_that_scope() -> None:
    laptop = ClientTrust(ROOT.public_key())
    good = make_reset(ROOT, scope="u1", epoch=1, issued_at=T0)
    assert verify(bundle(trust_fields(delegation(), 1, good)), laptop).epoch == 1
    with pytest.raises(CorruptBundle, match="no sequence reset"):
        verify(bundle(trust_fields(delegation(), 1, None)), ClientTrust(ROOT.public_key()))
    other_scope = make_reset(ROOT, scope="u2", epoch=1, issued_at=T0)
    with pytest.raises(CorruptBundle, match="not u1 epoch 1"):
        verify(bundle(trust_fields(delegation(), 1, other_scope)), ClientTrust(ROOT.public_key()))
    forged = make_reset(Ed25519PrivateKey.generate(), scope="u1", epoch=1, issued_at=T0)
    with pytest.raises(BadSignature):
        verify(bundle(trust_fields(delegation(), 1, forged)), ClientTrust(ROOT.public_key()))
