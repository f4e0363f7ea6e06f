"""Fixed test keys and payloads, shared by the bundle tests and the golden file.

The keys are derived from public seeds: they are test keys, printed in
docs/bundle-format.md, and protect nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from continuity_app.domain import (
    Category,
    Citizen,
    ContactNode,
    Dataset,
    Fuel,
    FuelStock,
    Medication,
    Relative,
    Route,
    Unit,
    UnitKind,
    Vehicle,
    Visit,
)

GOLDEN_DIR = Path(__file__).resolve().parents[2] / "data" / "bundle"
T0 = dt.datetime(2026, 11, 27, 4, 30, tzinfo=dt.UTC)


def seed(label: str) -> bytes:
    return hashlib.sha256(label.encode("ascii")).digest()


PUBLISHER_SEED = seed("noedkopi golden publisher")
DEVICE_SEEDS = {
    "dev-golden-1": seed("noedkopi golden device 1"),
    "dev-golden-2": seed("noedkopi golden device 2"),
}
GOLDEN_DATA_KEY = seed("noedkopi golden data key")
GOLDEN_NONCE = seed("noedkopi golden nonce")[:12]


def publisher_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(PUBLISHER_SEED)


def golden_root_key() -> Ed25519PrivateKey:
    """The root of the 1.1 worked example: seed SHA-256("noedkopi golden root")."""
    return Ed25519PrivateKey.from_private_bytes(seed("noedkopi golden root"))


def device_key(device_id: str) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(DEVICE_SEEDS[device_id])


def small_image() -> bytes:
    """A small SQLite image (deterministic for a given SQLite version)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("PRAGMA user_version = 65536")
        conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        conn.executemany("INSERT INTO note (text) VALUES (?)", [("golden bundle, test data",)] * 3)
        conn.commit()
        return conn.serialize()
    finally:
        conn.close()


def small_dataset() -> Dataset:
    """Two units, three generated citizens, enough rows that each scope differs."""
    units = [
        Unit("u1", "Hjemmeplejen Vest", UnitKind.HJEMMEPLEJE, Category.A),
        Unit("u2", "Plejecentret Bøgely", UnitKind.PLEJECENTER, Category.A),
    ]
    citizens = [
        Citizen("c1", "Test", "Personsen", "Prøvevej 1", "u1", power_dependent=("ilt",)),
        Citizen("c2", "Demo", "Borgersen", "Prøvevej 2", "u1", no_close_relatives=True),
        Citizen("c3", "Eksempel", "Beboersen", "Bøgevej 3", "u2"),
    ]
    return Dataset(
        units=units,
        citizens=citizens,
        relatives=[Relative("c3", "Pårørende Beboersen", "12345678", "datter", True)],
        medications=[
            Medication("m1", "c1", "Demodrug", "1 tablet morgen", morning=1.0),
            Medication("m2", "c3", "Testol", "2 tabletter aften", evening=2.0),
        ],
        routes=[Route("r1", dt.date(2026, 11, 27), "u1", "Vest dag")],
        visits=[Visit("v1", "r1", 1, dt.time(7, 30), "c1")],
        vehicles=[Vehicle("k1", "AB12345", Fuel.EL, owner_unit_id="u1")],
        fuel_stocks=[FuelStock("f1", "Depot", "diesel", 1000.0)],
        contacts=[ContactNode("t1", "Krisestab", "n1", "Leder Demo", mobile="87654321")],
    )
