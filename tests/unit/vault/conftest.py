"""Fixtures for the vault tests: a publisher key, a small dataset, an enrolled home, generations.

The bundles are made with the real bundle library and the real store, so unlock is
tested end to end on real bytes (no mocks of what is under test).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from vault_helpers import PASSPHRASE, T0, UNIT, Publish, Publisher, small_dataset

from continuity_app.bundle import write_bundle
from continuity_app.bundle.keys import publisher_key_text
from continuity_app.home import ClientHome
from continuity_app.kdf import floor_params
from continuity_app.store import Store
from continuity_app.vault.device import DeviceFile
from continuity_app.vault.enroll import enroll


@pytest.fixture
def publisher(tmp_path: Path) -> Publisher:
    key = Ed25519PrivateKey.generate()
    path = tmp_path / "publisher-key.pub"
    path.write_text(publisher_key_text(key.public_key()), encoding="ascii")
    return Publisher(key, path)


@pytest.fixture
def home(tmp_path: Path, publisher: Publisher) -> ClientHome:
    """An enrolled home (floor scrypt parameters, so the tests stay quick)."""
    h = ClientHome(tmp_path / "home")
    enroll(
        h,
        scope=UNIT,
        source=str(tmp_path / "publish"),
        publisher_key_file=publisher.key_file,
        passphrase=PASSPHRASE,
        out=tmp_path / "REQUEST.json",
        kdf=floor_params(),
        now=T0,
    )
    return h


@pytest.fixture
def publish(home: ClientHome, publisher: Publisher) -> Publish:
    """``publish(sequence, payload=None, created_at=T0)`` stores a generation for this device."""
    device = DeviceFile.load(home.device)

    def _publish(
        sequence: int, payload: bytes | None = None, created_at: dt.datetime = T0, valid_days: int = 7
    ) -> Path:
        if payload is None:
            with Store.build(small_dataset(), meta={"scope": UNIT, "sequence": str(sequence)}) as s:
                payload = s.image()
        data = write_bundle(
            payload,
            scope=UNIT,
            sequence=sequence,
            created_at=created_at,
            valid_until=created_at + dt.timedelta(days=valid_days),
            counts={"citizens": 2},
            recipients={device.device_id: device.device_public()},
            signing_key=publisher.key,
        )
        path = home.generations / f"{UNIT}-{sequence}.bundle"
        path.write_bytes(data)
        return path

    return _publish
