"""Several enrolments unlocked together: one passphrase, one session per municipality.

A laptop may hold enrolments with several publishers (``enroll --add``; see
``continuity_app.home``). Each stays what it is: its own pinned root, device,
scope, generations and store. :func:`unlock_all` opens every one with the one
passphrase; :class:`Together` keeps their sessions apart and shows across them
only what municipalities share in a crisis — units, vehicles, fuel stocks and
contact trees — each tagged with the enrolment it comes from, its id qualified by
the enrolment's name (``skive:bil-1``), so that two municipalities' ids never
collide on screen or paper. Citizens and medication are only ever read from the
session of the enrolment that published them (``Together.session(name)``):
nothing here copies one municipality's data into another's.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from continuity_app.errors import KnownError, PassphraseError
from continuity_app.home import ClientHome
from continuity_app.vault.lockout import WaitBeforeRetry
from continuity_app.vault.session import Session, unlock

if TYPE_CHECKING:
    from continuity_app.domain.models import FuelStock, Unit, Vehicle
    from continuity_app.store.views import ContactTree

log = logging.getLogger(__name__)

T = TypeVar("T")


def qualified_id(enrolment: str, local_id: str) -> str:
    """An id unique across the laptop's enrolments: ``<enrolment>:<id>``."""
    return f"{enrolment}:{local_id}"


@dataclass(frozen=True)
class Tagged(Generic[T]):
    """One record and the enrolment (municipality) it comes from."""

    enrolment: str
    item: T
    local_id: str

    @property
    def key(self) -> str:
        return qualified_id(self.enrolment, self.local_id)


@dataclass
class Together:
    """The sessions of every enrolment that opened, by name, in the home's order."""

    sessions: dict[str, Session]
    failures: dict[str, str] = field(default_factory=dict)  # enrolment → why it did not open

    @property
    def names(self) -> list[str]:
        return list(self.sessions)

    def session(self, name: str) -> Session:
        try:
            return self.sessions[name]
        except KeyError:
            raise LookupError(f"no open enrolment '{name}' (open: {', '.join(self.sessions)})") from None

    def _all(self, read: Callable[[Session], Iterable[T]], key: Callable[[T], str]) -> list[Tagged[T]]:
        return [Tagged(name, item, key(item)) for name, s in self.sessions.items() for item in read(s)]

    def units(self) -> list[Tagged[Unit]]:
        return self._all(lambda s: s.store.units(), lambda u: u.unit_id)

    def vehicles(self) -> list[Tagged[Vehicle]]:
        return self._all(lambda s: s.store.vehicles(), lambda v: v.vehicle_id)

    def fuel_stocks(self) -> list[Tagged[FuelStock]]:
        return self._all(lambda s: s.store.fuel_stocks(), lambda f: f.stock_id)

    def contact_trees(self) -> list[Tagged[ContactTree]]:
        return self._all(lambda s: s.store.contact_trees(), lambda t: t.tree_id)

    def lock(self, reason: str = "manual") -> None:
        for s in self.sessions.values():
            s.lock(reason)

    def __enter__(self) -> Together:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


def unlock_all(home: ClientHome, passphrase: str, *, now: dt.datetime | None = None) -> Together:
    """Open every enrolment of ``home`` with the one passphrase.

    The first enrolment's failures are raised as :func:`unlock` raises them (wrong
    passphrase, no data …). An added enrolment that does not open (no data yet, a
    generation that will not open) is named in ``failures`` and the others open.
    A wrong passphrase or a lockout wait raises for any enrolment: one passphrase
    opens all, so a mismatch is a fault to see, not to hide.
    """
    homes = [h for h in home.enrolments() if h.is_enrolled()]
    together = Together({})
    try:
        for h in homes:
            try:
                together.sessions[h.enrolment_name] = unlock(h, passphrase, now=now)
            except (PassphraseError, WaitBeforeRetry):
                raise
            except KnownError as err:
                if h == home:
                    raise
                log.warning("enrolment %s not opened: %s", h.enrolment_name, err)
                together.failures[h.enrolment_name] = str(err)
    except BaseException:
        together.lock("failed")
        raise
    return together
