"""What a store's scope carries, so that "not in this scope" never reads as "there is none".

An empty table or field in a scope can mean two things: the source has none (the
citizen takes no medicine), or the scope was cut so as not to carry it (the crisis
staff's bundle holds no medication at all). Screens and papers ask the store's
:class:`Coverage` which it is before they say "none".

A kind can also be carried in part: a unit's bundle holds only the vehicles, fuel
stocks and contact trees its :class:`UnitShare` gives it (by default its own
vehicles and the free pool, every fuel stock, its own contact trees and its place in
the trees it is named in). "There is none in this scope" is then not "there is none".

The publisher's derive step writes the kinds into the store's meta (``carries``, the
kinds joined by ``|``; ``carries_part``, the kinds carried only in part; and
``carries_unit``: the one unit whose people the scope holds, empty for all units).
An image without them (made before this was written down) is judged from its scope
name: ``krisestab`` carries what its allow-list keeps, a unit or ``alle`` carries
everything.
"""

from __future__ import annotations

from dataclasses import dataclass

KRISESTAB = "krisestab"  # the crisis staff's scope
ALLE = "alle"  # everything, for the central emergency station

SEPARATOR = "|"

#: Every kind of data a scope may or may not carry. Citizen fields that a scope may
#: blank are kinds of their own; whole tables are named as in the Dataset.
CITIZENS = "citizens"  # every citizen of the scope's unit(s), not only the vulnerable
VULNERABLE = "vulnerable"  # the vulnerable citizens with their reasons
CPR = "cpr"
KEY_INFO = "key_info"
ALLERGIES = "allergies"
TREATMENT_LEVEL = "treatment_level"
GP = "gp"
PHARMACY = "pharmacy"
MOBILITY = "mobility"
NOTES = "notes"
RELATIVES = "relatives"
MEDICATIONS = "medications"
ROUTES = "routes"
UNITS = "units"
VEHICLES = "vehicles"
FUEL_STOCKS = "fuel_stocks"
CONTACTS = "contacts"

ALL_KINDS = frozenset(
    {
        CITIZENS,
        VULNERABLE,
        CPR,
        KEY_INFO,
        ALLERGIES,
        TREATMENT_LEVEL,
        GP,
        PHARMACY,
        MOBILITY,
        NOTES,
        RELATIVES,
        MEDICATIONS,
        ROUTES,
        UNITS,
        VEHICLES,
        FUEL_STOCKS,
        CONTACTS,
    }
)

#: The crisis staff's scope: every unit, vehicle, fuel stock and contact tree, and the
#: vulnerable citizens minimised to what their rounds need (see store.scopes).
KRISESTAB_KINDS = frozenset({VULNERABLE, UNITS, VEHICLES, FUEL_STOCKS, CONTACTS})

#: Kinds about people: held for the scope's own unit only when the scope is a unit.
PER_UNIT = frozenset(ALL_KINDS - {UNITS, VEHICLES, FUEL_STOCKS, CONTACTS})

#: How a kind is named in a sentence ("this laptop does not hold …").
KIND_NAMES = {
    CITIZENS: "the citizen list",
    VULNERABLE: "the vulnerable citizens",
    CPR: "CPR numbers",
    KEY_INFO: "key info",
    ALLERGIES: "allergies",
    TREATMENT_LEVEL: "treatment levels",
    GP: "GPs",
    PHARMACY: "pharmacies",
    MOBILITY: "mobility",
    NOTES: "notes",
    RELATIVES: "relatives",
    MEDICATIONS: "medication lists",
    ROUTES: "routes",
    UNITS: "units",
    VEHICLES: "vehicles",
    FUEL_STOCKS: "fuel stocks",
    CONTACTS: "contact trees",
}


#: How much of the shared data a unit's bundle gets (``UnitShare``), per kind.
VEHICLES_ALL = "all"
VEHICLES_OWN_AND_FREE = "own_and_free"  # the unit's own vehicles and the free pool
VEHICLES_OWN = "own"
NONE = "none"
FUEL_ALL = "all"
CONTACTS_ALL = "all"
CONTACTS_OWN_AND_NAMED = "own_and_named"  # own trees; its chain of command in the others

SHARE_CHOICES = {
    VEHICLES: (VEHICLES_OWN_AND_FREE, VEHICLES_OWN, VEHICLES_ALL, NONE),
    FUEL_STOCKS: (FUEL_ALL, NONE),
    CONTACTS: (CONTACTS_OWN_AND_NAMED, CONTACTS_ALL),
}


@dataclass(frozen=True, slots=True)
class UnitShare:
    """What of the vehicles, fuel stocks and contact trees a unit's bundle carries.

    The default minimises: contact trees hold staff's private mobile numbers, and a
    unit needs its own people, its escalation path and the vehicles it may drive.
    """

    vehicles: str = VEHICLES_OWN_AND_FREE
    fuel_stocks: str = FUEL_ALL
    contacts: str = CONTACTS_OWN_AND_NAMED

    def __post_init__(self) -> None:
        for kind, choices in SHARE_CHOICES.items():
            if getattr(self, kind) not in choices:
                raise ValueError(f"{kind} must be one of {', '.join(choices)}")

    def partial(self) -> frozenset[str]:
        """The kinds a unit scope carries only in part under this share."""
        return frozenset(
            kind
            for kind, full in ((VEHICLES, VEHICLES_ALL), (FUEL_STOCKS, FUEL_ALL), (CONTACTS, CONTACTS_ALL))
            if getattr(self, kind) != full
        )

    def kinds(self) -> frozenset[str]:
        """The kinds a unit scope carries under this share (a kind shared as "none" is not)."""
        return frozenset(k for k in ALL_KINDS if k not in SHARE_CHOICES or getattr(self, k) != NONE)


DEFAULT_SHARE = UnitShare()


@dataclass(frozen=True, slots=True)
class Coverage:
    """The kinds a scope carries, and whose: one unit's people, or every unit's."""

    scope: str
    kinds: frozenset[str]
    unit_id: str | None  # the one unit whose people the scope holds; None: every unit
    partial: frozenset[str] = frozenset()  # kinds carried only in part (a unit's vehicles)

    def holds(self, kind: str, unit_id: str | None = None) -> bool:
        """Whether this scope carries ``kind`` (for ``unit_id``'s people, when given)."""
        if kind not in self.kinds:
            return False
        return not (
            kind in PER_UNIT and unit_id is not None and self.unit_id is not None and unit_id != self.unit_id
        )

    def is_partial(self, kind: str) -> bool:
        """Whether the scope carries only part of ``kind``: an empty list is then not "none"."""
        return kind in self.partial

    def meta(self) -> dict[str, str]:
        """The meta rows that record this coverage in a store image."""
        return {
            "carries": SEPARATOR.join(sorted(self.kinds)),
            "carries_unit": self.unit_id or "",
            "carries_part": SEPARATOR.join(sorted(self.partial)),
        }


def for_scope(scope: str, share: UnitShare = DEFAULT_SHARE) -> Coverage:
    """What the publisher's derive step gives ``scope`` (a unit id, krisestab or alle)."""
    if scope == KRISESTAB:
        return Coverage(scope, KRISESTAB_KINDS, None)
    if scope in ("", ALLE):
        return Coverage(scope, ALL_KINDS, None)
    kinds = share.kinds()
    return Coverage(scope, kinds, scope, share.partial() & kinds)


def from_meta(meta: dict[str, str]) -> Coverage:
    """The coverage a store's meta records; judged from the scope name when it records none."""
    scope = meta.get("scope", "")
    if "carries" not in meta:  # made before minimisation: a unit then carried everything
        return for_scope(scope, UnitShare(VEHICLES_ALL, FUEL_ALL, CONTACTS_ALL))
    kinds = frozenset(k for k in meta["carries"].split(SEPARATOR) if k)
    partial = frozenset(k for k in meta.get("carries_part", "").split(SEPARATOR) if k)
    return Coverage(scope, kinds, meta.get("carries_unit") or None, partial)
