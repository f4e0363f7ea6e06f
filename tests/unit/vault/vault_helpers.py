"""Constants and data shared by the vault tests (imported as a plain module)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from continuity_app.domain.models import Citizen, Dataset, Medication, Unit

PASSPHRASE = "blå hest på bakken"
UNIT = "hp-nord"
T0 = dt.datetime(2026, 11, 27, 5, 30, tzinfo=dt.UTC)

# Fictitious data whose strings the tests look for where they must not be
CITIZEN_NAME = "Sønderskov"
CPR = "010190-1234"
DRUG = "Marevan"


def small_dataset() -> Dataset:
    return Dataset(
        units=[Unit("hp-nord", "Hjemmeplejen Nord"), Unit("pc-syd", "Plejecenter Syd")],
        citizens=[
            Citizen("c-1", "Else", CITIZEN_NAME, "Strandvejen 4", "hp-nord", cpr=CPR),
            Citizen("c-2", "Hans", "Kjærgaard", "Bygaden 12", "hp-nord"),
        ],
        medications=[Medication("m-1", "c-1", DRUG, "1 tablet morgen")],
    )


@dataclass
class Publisher:
    key: Ed25519PrivateKey
    key_file: Path


#: ``publish(sequence, payload=None, created_at=T0, valid_days=7) -> Path`` (fixture in conftest)
Publish = Callable[..., Path]


def wrong_try(home_root: str, now: dt.datetime, start: Any, results: Any) -> None:
    """One wrong passphrase in a process of its own, started with the others at ``start``."""
    from continuity_app.errors import KnownError
    from continuity_app.home import ClientHome
    from continuity_app.vault import unlock

    start.wait()
    try:
        unlock(ClientHome(Path(home_root)), "not the passphrase at all", now=now)
        results.put(0)
    except KnownError as err:
        results.put(int(err.exit_code))
