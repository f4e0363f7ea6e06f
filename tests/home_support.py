"""An enrolled client home holding one real generation, for tests that drive the commands
end to end (importable by name: pytest puts this folder on the path for tests/conftest.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from continuity_app.bundle import write_bundle
from continuity_app.bundle.keys import publisher_key_text
from continuity_app.domain.models import Dataset
from continuity_app.home import ClientHome
from continuity_app.kdf import floor_params
from continuity_app.store import Store
from continuity_app.vault.device import DeviceFile
from continuity_app.vault.enroll import enroll


def enrolled_home(
    folder: Path, dataset: Dataset, *, scope: str, scope_name: str, passphrase: str, created: dt.datetime
) -> ClientHome:
    """A home in ``folder/home`` enrolled for ``scope``, holding generation 1 of ``dataset``
    as the publisher would seal it (valid for ten years, so no test meets its expiry)."""
    key = Ed25519PrivateKey.generate()
    key_file = folder / "publisher-key.pub"
    key_file.write_text(publisher_key_text(key.public_key()), encoding="ascii")
    home = ClientHome(folder / "home")
    enroll(
        home,
        scope=scope,
        source=str(folder / "publish"),
        publisher_key_file=key_file,
        passphrase=passphrase,
        out=folder / "REQUEST.json",
        kdf=floor_params(),
        now=created,
    )
    device = DeviceFile.load(home.device)
    meta = {"scope": scope, "scope_name": scope_name, "sequence": "1", "created_at": created.isoformat()}
    with Store.build(dataset, meta=meta) as store:
        image = store.image()
    data = write_bundle(
        image,
        scope=scope,
        sequence=1,
        created_at=created,
        valid_until=created + dt.timedelta(days=3650),
        counts={"citizens": len(dataset.citizens)},
        recipients={device.device_id: device.device_public()},
        signing_key=key,
    )
    (home.generations / f"{scope}-1.bundle").write_bytes(data)
    return home
