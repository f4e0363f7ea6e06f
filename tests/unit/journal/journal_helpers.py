"""Two enrolled laptops of one unit, IT's hand-back key and a bundle that carries both (real bytes)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from continuity_app.bundle import write_bundle
from continuity_app.bundle.keys import publisher_key_text
from continuity_app.domain.models import (
    Citizen,
    ContactNode,
    Dataset,
    Fuel,
    FuelStock,
    Medication,
    Route,
    Unit,
    Vehicle,
    Visit,
)
from continuity_app.home import ClientHome
from continuity_app.kdf import floor_params
from continuity_app.publish.handback_key import journal_keys, key_id
from continuity_app.publish.registry import Device
from continuity_app.store import Store
from continuity_app.vault import unlock
from continuity_app.vault.device import DeviceFile
from continuity_app.vault.enroll import enroll
from continuity_app.vault.session import Session

PASSPHRASE = "blå hest på bakken"
UNIT = "hp-nord"
T0 = dt.datetime(2026, 11, 27, 5, 30, tzinfo=dt.UTC)
NOW = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)
CITIZEN_NAME = "Sønderskov"
CPR = "010190-1234"
DRUG = "Marevan"
SECRET_TEXT = "faldt ved køleskabet"


def dataset() -> Dataset:
    return Dataset(
        units=[Unit(UNIT, "Hjemmeplejen Nord"), Unit("pc-syd", "Plejecenter Syd")],
        citizens=[
            Citizen("c-1", "Else", CITIZEN_NAME, "Strandvejen 4", UNIT, cpr=CPR),
            Citizen("c-2", "Hans", "Kjærgaard", "Bygaden 12", UNIT),
        ],
        medications=[
            Medication("m-1", "c-1", DRUG, "1 tablet morgen", strength="2,5 mg", morning=1),
            Medication(
                "m-2",
                "c-1",
                "Panodil",
                "1-2 tabletter ved smerter",
                strength="500 mg",
                as_needed=True,
                as_needed_max="4 tabletter pr. døgn",
            ),
        ],
        routes=[Route("r-1", dt.date(2026, 11, 27), UNIT, "Rute 1")],
        visits=[Visit("v-1", "r-1", 1, dt.time(8, 0), "c-1")],
        vehicles=[Vehicle("bil-1", "AB 12 345", Fuel.EL)],
        fuel_stocks=[FuelStock("s-1", "Gården", "diesel")],
        contacts=[
            ContactNode("t-1", "Kæde", "n-1", "Leder"),
            ContactNode("t-1", "Kæde", "n-2", "Afløser", parent_id="n-1"),
        ],
    )


@dataclass
class World:
    root: Path
    publisher: Ed25519PrivateKey
    handback: X25519PrivateKey
    homes: list[ClientHome]

    @property
    def handback_id(self) -> str:
        return key_id(self.handback.public_key())

    def devices(self) -> list[DeviceFile]:
        return [DeviceFile.load(h.device) for h in self.homes]

    def registry_devices(self, revoked: set[str] = frozenset()) -> list[Device]:  # type: ignore[assignment]
        return [
            Device(
                d.device_id,
                d.scope,
                d.device_public(),
                "host",
                T0,
                T0,
                revoked_at=T0 if d.device_id in revoked else None,
                signing_key=d.signing_public(),
            )
            for d in self.devices()
        ]

    def publish(
        self,
        sequence: int = 1,
        *,
        scope: str = UNIT,
        revoked: set[str] = frozenset(),  # type: ignore[assignment]
        data: Dataset | None = None,
    ) -> None:
        """A generation for every laptop, carrying the journal keys of the active devices."""
        active = [d for d in self.registry_devices(revoked) if d.active]
        meta = {
            "scope": scope,
            "scope_name": "Hjemmeplejen Nord",
            "sequence": str(sequence),
            "created_at": T0.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "journal_keys": journal_keys(self.handback.public_key(), active),
        }
        with Store.build(data or dataset(), meta=meta) as store:
            payload = store.image()
        recipients = {d.device_id: d.public_key for d in active}
        blob = write_bundle(
            payload,
            scope=scope,
            sequence=sequence,
            created_at=T0,
            valid_until=T0 + dt.timedelta(days=7),
            counts={"citizens": 2},
            recipients=recipients,
            signing_key=self.publisher,
        )
        for home, device in zip(self.homes, self.devices(), strict=True):
            if device.device_id in recipients:
                home.generations.mkdir(parents=True, exist_ok=True)
                (home.generations / f"{scope}-{sequence:08d}.bundle").write_bytes(blob)

    def session(self, i: int = 0) -> Session:
        return unlock(self.homes[i], PASSPHRASE, now=NOW)


def make_world(root: Path, laptops: int = 2, scope: str = UNIT) -> World:
    root.mkdir(parents=True, exist_ok=True)
    publisher = Ed25519PrivateKey.generate()
    key_file = root / "publisher-key.pub"
    key_file.write_text(publisher_key_text(publisher.public_key()), encoding="ascii")
    homes = []
    for i in range(laptops):
        home = ClientHome(root / f"laptop{i}")
        enroll(
            home,
            scope=scope,
            source=str(root / "publish"),
            publisher_key_file=key_file,
            passphrase=PASSPHRASE,
            out=root / f"request{i}.json",
            kdf=floor_params(),
            now=T0,
        )
        homes.append(home)
    world = World(root, publisher, X25519PrivateKey.generate(), homes)
    world.publish(scope=scope)
    return world
