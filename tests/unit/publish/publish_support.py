"""Fixtures: a publisher home (fast scrypt), a small exchange folder, enrolled devices."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from publish_helpers import PASSPHRASE, device_request, write_exports

from continuity_app.kdf import floor_params
from continuity_app.publish import PublisherHome, add_device, init_home

FAST_KDF = floor_params()  # tests only: the real init measures ~0.5 s


@dataclass
class Setup:
    home: PublisherHome
    exports: Path
    out: Path
    devices: dict[str, X25519PrivateKey] = field(default_factory=dict)

    def enroll(self, device_id: str, scope: str) -> X25519PrivateKey:
        key, request = device_request(device_id, scope, self.home.fingerprint())
        add_device(self.home.root, request)
        self.devices[device_id] = key
        return key


@pytest.fixture
def setup(tmp_path: Path) -> Setup:
    home = init_home(tmp_path / "publisher", PASSPHRASE, kdf=FAST_KDF)
    return Setup(home=home, exports=write_exports(tmp_path / "exports"), out=tmp_path / "publish")


@pytest.fixture
def enrolled(setup: Setup) -> Setup:
    """One device per scope: each unit, krisestab and alle."""
    for scope in ("hp-nord", "pc-ege", "bo-lys", "krisestab", "alle"):
        setup.enroll(f"dev-{scope}", scope)
    return setup
