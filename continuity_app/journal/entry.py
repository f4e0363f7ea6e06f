"""A journal entry: what a person did during an outage, as one frozen, hash-chained record.

An entry's identity is ``<device id>-<counter>`` (the device's own counter, from 1,
with no gaps): unique across every laptop with no reserved ranges. Its hash is the
SHA-256 of its canonical JSON (sorted keys, no spaces, UTF-8); each entry names the
hash of the same device's previous entry in ``prev`` (the first: :data:`GENESIS`),
so a hand-back file's entries can be checked without the laptop's keys.

The kinds and their fields are :data:`KINDS`; the words are the paper forms' (SPEC
words with spaces: ``ikke givet``; the command line writes them hyphenated).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from continuity_app.domain.age import COPENHAGEN

GENESIS = hashlib.sha256(b"noedkopi-journal genesis").hexdigest()
FORMAT_MAJOR = 1

SLOTS = ("morgen", "middag", "aften", "nat")
GIVEN_OUTCOMES = ("givet", "ikke givet", "afvist", "ikke hjemme")
VISIT_OUTCOMES = ("udført", "ikke udført", "flyttet")
CHANNELS = ("mobil", "fastnet", "radio", "løber", "fremmødt", "andet")
CALL_RESULTS = ("nået", "ikke nået", "besked lagt")
DRILL_STEPS = ("start", "step", "end")


@dataclass(frozen=True)
class FieldSpec:
    """One field of a kind: ``kind`` is text, id, choice, date, slot, time, number, person."""

    kind: str = "text"
    required: bool = False
    choices: tuple[str, ...] = ()
    help: str = ""


_T = FieldSpec
_CITIZEN = _T("id", help="the citizen's id (or person: NAME, CPR when not in the data)")
_PERSON = _T("person", help="a person not in the data: name and CPR")

#: kind -> field name -> spec. Snapshot fields (drug, strength, dose_text, sequence,
#: as_needed_max, citizen_name) are filled in by the journal from the data, not typed.
KINDS: dict[str, dict[str, FieldSpec]] = {
    "pn": {
        "citizen_id": _CITIZEN,
        "person": _PERSON,
        "medication_id": _T("id", help="the medication's id on the list"),
        "drug": _T(help="the drug, when it is not on the list"),
        "dose": _T(required=True),
        "reason": _T(required=True),
    },
    "effect": {
        "of": _T("id", required=True, help="the pn entry whose effect was checked"),
        "effect": _T(required=True),
    },
    "given": {
        "citizen_id": _CITIZEN,
        "person": _PERSON,
        "medication_id": _T("id", required=True),
        "date": _T("date", required=True),
        "slot": _T("slot", required=True),
        "outcome": _T("choice", required=True, choices=GIVEN_OUTCOMES),
        "reason": _T(),
        "note": _T(),
    },
    "visit": {
        "visit_id": _T("id", required=True),
        "outcome": _T("choice", required=True, choices=VISIT_OUTCOMES),
        "note": _T(),
    },
    "note": {"citizen_id": _CITIZEN, "person": _PERSON, "text": _T(required=True)},
    "call": {
        "tree_id": _T("id", required=True),
        "node_id": _T("id", required=True),
        "channel": _T("choice", required=True, choices=CHANNELS),
        "result": _T("choice", required=True, choices=CALL_RESULTS),
        "note": _T(),
        "run": _T("choice", choices=("start",), help="start: this call begins a new run of the tree"),
    },
    "vehicle": {
        "vehicle_id": _T("id", required=True),
        "task": _T(required=True),
        "driver": _T(required=True),
        "from": _T("time"),
        "until": _T("time"),
        "km": _T("number"),
        "stock_id": _T("id"),
        "litres": _T("number"),
    },
    "drill": {"step": _T("choice", required=True, choices=DRILL_STEPS), "text": _T()},
    "correction": {
        "of": _T("id", required=True, help="the entry this corrects"),
        "reason": _T(required=True),
    },
}

#: Kinds that name a citizen (directly or by ``person``).
CITIZEN_KINDS = frozenset({"pn", "given", "note"})


def utc_text(moment: dt.datetime) -> str:
    """UTC ISO 8601 with seconds and a ``Z``: how every time is stored."""
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def parse_utc_text(text: str) -> dt.datetime:
    """The inverse of :func:`utc_text` (exactly that form; ``ValueError`` otherwise)."""
    # fromisoformat is ~20× faster than strptime; the separators pin it to the one form
    if len(text) != 20 or text[4] + text[7] + text[10] + text[13] + text[16] + text[19] != "--T::Z":
        raise ValueError(f"time {text!r} is not YYYY-MM-DDTHH:MM:SSZ")
    return dt.datetime.fromisoformat(text[:19]).replace(tzinfo=dt.UTC)


@functools.lru_cache(maxsize=1 << 16)
def local_text(moment: dt.datetime) -> str:
    """Danish local time as people and Excel read it: ``DD-MM-YYYY HH:MM`` (remembered:
    IT's collect writes each entry's times into a CSV, a PDF and a re-entry list)."""
    return moment.astimezone(COPENHAGEN).strftime("%d-%m-%Y %H:%M")


def canonical(obj: Any) -> bytes:
    """Canonical JSON (``bundle.canonical``: sorted keys, no spaces, UTF-8, no floats)."""
    from continuity_app.bundle import canonical as canon

    return canon.dumps(obj)


@dataclass(frozen=True)
class Entry:
    """One journal entry. ``at`` is when it happened, ``recorded`` the laptop's clock when
    it was written (both UTC); ``n`` the device's counter; ``prev`` the chain hash."""

    device: str
    n: int
    kind: str
    initials: str
    at: dt.datetime
    recorded: dt.datetime
    fields: Mapping[str, Any]
    prev: str
    scope: str = ""
    drill: bool = False

    @functools.cached_property
    def id(self) -> str:
        return f"{self.device}-{self.n}"

    @functools.cached_property
    def citizen_id(self) -> str:
        """The citizen this entry is about (a visit's through its visit), or ""."""
        return str(self.fields.get("citizen_id") or self.fields.get("visit_citizen_id") or "")

    @functools.cached_property
    def person(self) -> str:
        """``NAME, CPR`` of a person not in the data, or ""."""
        return str(self.fields.get("person") or "")

    @functools.cached_property
    def subject(self) -> str:
        """Who the entry is about, for grouping: the citizen id, or ``person:NAME, CPR``."""
        return self.citizen_id or (f"person:{self.person}" if self.person else "")

    def to_json(self) -> dict[str, Any]:
        return {
            "v": FORMAT_MAJOR,
            "id": self.id,
            "device": self.device,
            "n": self.n,
            "kind": self.kind,
            "initials": self.initials,
            "at": utc_text(self.at),
            "recorded": utc_text(self.recorded),
            "scope": self.scope,
            "drill": self.drill,
            "fields": dict(self.fields),
            "prev": self.prev,
        }

    @functools.cached_property
    def _canonical(self) -> bytes:
        return canonical(self.to_json())

    def canonical(self) -> bytes:
        """The entry's canonical JSON: the bytes that are hashed, signed and stored (made
        once per entry: collect and export hash tens of thousands)."""
        return self._canonical

    def hash(self) -> str:
        return hashlib.sha256(self.canonical()).hexdigest()

    @classmethod
    def from_verified(cls, raw: bytes) -> Entry:
        """The entry whose canonical JSON ``raw`` is, already checked to be exactly that
        (``handback.check_segment`` compares the bytes): parsed, and the bytes kept as
        its canonical form rather than made again."""
        entry = cls.from_json(json.loads(raw))
        entry.__dict__["_canonical"] = raw
        return entry

    @classmethod
    def from_json(cls, data: object) -> Entry:
        """Parse an entry; ``ValueError`` naming what is wrong."""
        if not isinstance(data, dict):
            raise ValueError("an entry is not an object")
        try:
            if data.get("v") != FORMAT_MAJOR:
                raise ValueError(f"entry format {data.get('v')!r} is not {FORMAT_MAJOR}")
            fields = data["fields"]
            if not isinstance(fields, dict):
                raise ValueError("fields is not an object")
            entry = cls(
                device=str(data["device"]),
                n=int(data["n"]),
                kind=str(data["kind"]),
                initials=str(data["initials"]),
                at=parse_utc_text(str(data["at"])),
                recorded=parse_utc_text(str(data["recorded"])),
                fields=fields,
                prev=str(data["prev"]),
                scope=str(data.get("scope", "")),
                drill=bool(data.get("drill", False)),
            )
        except (KeyError, TypeError) as err:
            raise ValueError(f"entry field {err} is missing or wrong") from None
        if entry.kind not in KINDS:
            raise ValueError(f"unknown entry kind {entry.kind!r}")
        if data.get("id") != entry.id:
            raise ValueError(f"entry id {data.get('id')!r} does not match its device and counter")
        return entry


class FlagKind(StrEnum):
    """The kinds of finding in IT's ``flags.csv`` (the value is what the file says)."""

    DOUBLE_DOSE = "double_dose"
    PN_OVER_MAX = "pn_over_max"
    EFFECT_MISSING = "effect_missing"
    CLOCK_BACKWARDS = "clock_backwards"
    GAP = "gap"
    UNKNOWN_CITIZEN = "unknown_citizen"
    DRILL = "drill"


@dataclass(frozen=True)
class Flagged:
    """A finding about entries (a duplicate dose, a PN over its maximum, a missing check)."""

    kind: FlagKind
    subject: str  # citizen id (or person:…) or ""
    entries: tuple[str, ...]
    message: str


@dataclass
class AddResult:
    """What :meth:`Journal.add` wrote, and what the person must be told."""

    entry: Entry
    warnings: list[str] = field(default_factory=list)
    #: the same warnings as codes, for a screen that words its own: ``future_time``,
    #: ``before_published``, ``duplicate``, ``pn_over_max``
    codes: list[str] = field(default_factory=list)
