"""Every byte flipped and every truncation of the root era's other files: a 1.1 bundle and
latest.json after a sequence reset (delegation, epoch and reset carried), the pinned
``publisher-key.pub`` (the root's), and the sealed ``root-key.json``. Each is refused, or —
where a byte stands outside what is signed or sealed — read as exactly the same thing."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from bundle_helpers import T0, device_key, golden_root_key, publisher_key, small_image
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from continuity_app.bundle import BundleError, verify, verify_latest, write_bundle
from continuity_app.bundle.delegation import make_delegation, make_reset, trust_fields
from continuity_app.bundle.keys import load_publisher_public_key, publisher_key_text
from continuity_app.bundle.latest import make_latest
from continuity_app.bundle.trust import ClientTrust
from continuity_app.errors import KnownError
from continuity_app.kdf import floor_params

ROOT = golden_root_key()
KEY = publisher_key()


def reset_trust() -> dict:
    delegation = make_delegation(
        ROOT, KEY.public_key(), version=2, issued_at=T0, expires_at=T0 + dt.timedelta(days=400)
    )
    return trust_fields(delegation, 1, make_reset(ROOT, scope="u1", epoch=1, issued_at=T0))


def reset_bundle() -> bytes:
    return write_bundle(
        small_image(),
        scope="u1",
        scope_name="Hjemmeplejen Vest",
        sequence=3,
        created_at=T0,
        valid_until=T0 + dt.timedelta(days=7),
        counts={"note": 3},
        recipients={"dev-golden-1": device_key("dev-golden-1").public_key()},
        signing_key=KEY,
        trust=reset_trust(),
    )


def trust() -> ClientTrust:
    return ClientTrust(ROOT.public_key(), incoming=False)


def test_a_bundle_after_a_reset_every_byte_flipped_and_every_truncation() -> None:
    data = reset_bundle()
    header = verify(data, trust()).header
    assert header.extra["epoch"] == 1 and "reset" in header.extra
    for pos in range(len(data)):
        tampered = bytearray(data)
        tampered[pos] ^= 0x01
        with pytest.raises(BundleError):
            verify(bytes(tampered), trust())
    for length in range(len(data)):
        with pytest.raises(BundleError):
            verify(data[:length], trust())


def test_a_latest_json_after_a_reset_every_byte_flipped_and_every_truncation() -> None:
    data = reset_bundle()
    text = make_latest(
        scope="u1",
        sequence=3,
        file="u1-00000003.bundle",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        created_at=T0,
        valid_until=T0 + dt.timedelta(days=7),
        signing_key=KEY,
        trust=reset_trust(),
    )
    good = verify_latest(text, trust())
    for pos in range(len(text)):
        tampered = bytearray(text)
        tampered[pos] ^= 0x01
        try:
            found = verify_latest(bytes(tampered), trust())
        except BundleError:
            continue
        assert (found.scope, found.sequence, found.sha256, found.file) == (
            good.scope,
            good.sequence,
            good.sha256,
            good.file,
        ), pos
    for length in range(len(text) - 1):
        with pytest.raises(BundleError):
            verify_latest(text[:length], trust())


def test_the_pinned_root_file_every_byte_flipped_and_every_truncation(tmp_path: Path) -> None:
    """A changed pin is refused as a file, or is another key: which then verifies nothing."""
    text = publisher_key_text(ROOT.public_key()).encode("ascii")
    signed = reset_bundle()
    path = tmp_path / "publisher-key.pub"
    variants = [bytes(text[:n]) for n in range(len(text) - 1)]
    for pos in range(len(text)):
        tampered = bytearray(text)
        tampered[pos] ^= 0x01
        variants.append(bytes(tampered))
    for variant in variants:
        path.write_bytes(variant)
        try:
            key = load_publisher_public_key(path)
        except KnownError:
            continue
        if key.public_bytes_raw() == ROOT.public_key().public_bytes_raw():
            assert variant.rstrip() == text.rstrip(), variant  # only the final newline differs
            continue
        with pytest.raises(BundleError):
            verify(signed, ClientTrust(key, incoming=False))


def test_the_sealed_root_key_every_byte_flipped_and_every_truncation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from continuity_app.kdf import ScryptParams
    from continuity_app.publish.secret import ROOT_FORMAT, open_private_key, seal_private_key

    derive, derived = ScryptParams.derive, {}  # scrypt is pure: each salt and cost once

    def once(self: ScryptParams, passphrase: str) -> bytes:
        at = (self.log2_n, self.r, self.p, self.salt, passphrase)
        if at not in derived:
            derived[at] = derive(self, passphrase)
        return derived[at]

    monkeypatch.setattr(ScryptParams, "derive", once)

    passphrase = "rodnøglens egen lange frase"
    text = seal_private_key(ROOT, passphrase, floor_params(), fmt=ROOT_FORMAT)
    path = tmp_path / "root-key.json"
    path.write_bytes(text)
    assert open_private_key(path, passphrase, ROOT_FORMAT).private_bytes_raw() == ROOT.private_bytes_raw()
    variants = [bytes(text[:n]) for n in range(len(text) - 1)]
    for pos in range(len(text)):
        tampered = bytearray(text)
        tampered[pos] ^= 0x01
        variants.append(bytes(tampered))
    for variant in variants:
        path.write_bytes(variant)
        try:
            key = open_private_key(path, passphrase, ROOT_FORMAT)
        except KnownError:
            continue
        # whitespace outside every value: the very same key, never another one
        assert key.private_bytes_raw() == ROOT.private_bytes_raw()
        assert isinstance(key, Ed25519PrivateKey)
