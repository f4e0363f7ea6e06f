"""The safety checks over a set of entries (one laptop's, or all laptops' merged).

Pure functions of entries and a clock: the laptop runs them before an entry is
written (a dose already recorded, a PN over its maximum) and to show what is due
(an effect check two hours after a PN dose); IT's collect runs the same ones over
every laptop's entries for ``flags.csv``. An entry that a ``correction`` points at
no longer counts.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from continuity_app.journal.entry import Entry, Flagged, FlagKind, local_text

EFFECT_AFTER = dt.timedelta(hours=2)
PN_WINDOW = dt.timedelta(hours=24)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def corrected_ids(entries: Iterable[Entry]) -> set[str]:
    return {str(e.fields.get("of")) for e in entries if e.kind == "correction"}


def live(entries: Iterable[Entry]) -> list[Entry]:
    """The entries that count: every one no correction points at."""
    items = list(entries)
    gone = corrected_ids(items)
    return [e for e in items if e.id not in gone]


def dose_key(subject: str, fields: Mapping[str, Any]) -> tuple[str, str, str, str]:
    return (
        subject,
        str(fields.get("medication_id", "")),
        str(fields.get("date", "")),
        str(fields.get("slot", "")),
    )


def subject_of(fields: Mapping[str, Any]) -> str:
    citizen = fields.get("citizen_id")
    return str(citizen) if citizen else (f"person:{fields['person']}" if fields.get("person") else "")


def earlier_doses(entries: Iterable[Entry], fields: Mapping[str, Any]) -> list[Entry]:
    """``given`` entries already recorded for the same citizen, medication, date and slot."""
    key = dose_key(subject_of(fields), fields)
    return [e for e in live(entries) if e.kind == "given" and dose_key(e.subject, e.fields) == key]


def quantity(dose: str) -> float:
    """How many units a PN dose text gives: the largest number in it (``1-2`` → 2), else 1."""
    numbers = [float(n.replace(",", ".")) for n in _NUMBER.findall(dose or "")]
    return max(numbers) if numbers else 1.0


def maximum(as_needed_max: str) -> float | None:
    """The PN maximum per 24 h: the first number of the text (``8 tabletter pr. døgn``)."""
    m = _NUMBER.search(as_needed_max or "")
    return float(m.group().replace(",", ".")) if m else None


def pn_within_day(entries: Iterable[Entry], subject: str, medication_id: str, at: dt.datetime) -> list[Entry]:
    """PN entries of the same medication for the subject in the 24 hours up to ``at``."""
    return [
        e
        for e in live(entries)
        if e.kind == "pn"
        and e.subject == subject
        and str(e.fields.get("medication_id", "")) == medication_id
        and at - PN_WINDOW < e.at <= at + dt.timedelta(seconds=1)
    ]


def pn_over_max(
    entries: Iterable[Entry], fields: Mapping[str, Any], at: dt.datetime
) -> tuple[float, float, list[Entry]] | None:
    """(total with this dose, maximum, the earlier doses) when this PN dose passes the
    medication's maximum in 24 hours; None when within it or no maximum is known."""
    mid = str(fields.get("medication_id", ""))
    top = maximum(str(fields.get("as_needed_max", "")))
    if not mid or top is None:
        return None
    before = pn_within_day(entries, subject_of(fields), mid, at)
    total = sum(quantity(str(e.fields.get("dose", ""))) for e in before)
    total += quantity(str(fields.get("dose", "")))
    return (total, top, before) if total > top else None


def due_effects(entries: Iterable[Entry], now: dt.datetime) -> list[Entry]:
    """PN entries with no effect check, two hours or more after the dose: due now."""
    items = live(entries)
    checked = {str(e.fields.get("of")) for e in items if e.kind == "effect"}
    return [e for e in items if e.kind == "pn" and e.id not in checked and now - e.at >= EFFECT_AFTER]


def describe(entry: Entry) -> str:
    """``entry ID at DD-MM-YYYY HH:MM on DEVICE by XX`` for a message."""
    return f"entry {entry.id} at {local_text(entry.at)} on {entry.device} by {entry.initials}"


def flags(entries: Iterable[Entry], now: dt.datetime) -> list[Flagged]:
    """Every finding over merged entries: double doses, PN over maximum, missing effect
    checks, clocks that ran backwards, unknown citizens and drills (gaps are the
    hand-back checks' own)."""
    items = sorted(entries, key=lambda e: (e.at, e.device, e.n))
    out: list[Flagged] = []
    real = [e for e in items if not e.drill]
    given: dict[tuple[str, str, str, str], list[Entry]] = defaultdict(list)
    for e in live(real):
        if e.kind == "given" and e.fields.get("outcome") == "givet":
            given[dose_key(e.subject, e.fields)].append(e)
    for key, group in given.items():
        if len(group) > 1:
            out.append(
                Flagged(
                    FlagKind.DOUBLE_DOSE,
                    key[0],
                    tuple(e.id for e in group),
                    f"medication {key[1]} on {key[2]} {key[3]} recorded as given "
                    f"{len(group)} times: " + "; ".join(describe(e) for e in group),
                )
            )
    for e in live(real):
        if e.kind == "pn":
            order = (e.at, e.device, e.n)
            before = [x for x in real if (x.at, x.device, x.n) < order]
            over = pn_over_max(before, e.fields, e.at)
            if over:
                out.append(
                    Flagged(
                        FlagKind.PN_OVER_MAX,
                        e.subject,
                        tuple(x.id for x in [*over[2], e]),
                        f"{e.fields.get('drug', '')}: {over[0]:g} in 24 hours, "
                        f"maximum {over[1]:g} ({e.fields.get('as_needed_max', '')})",
                    )
                )
    for e in due_effects(real, now):
        out.append(
            Flagged(
                FlagKind.EFFECT_MISSING,
                e.subject,
                (e.id,),
                f"no effect check recorded after the PN dose at {local_text(e.at)}",
            )
        )
    by_device: dict[str, list[Entry]] = defaultdict(list)
    for e in items:
        by_device[e.device].append(e)
    for device, group in by_device.items():
        group.sort(key=lambda e: e.n)
        for a, b in itertools.pairwise(group):
            if b.recorded < a.recorded:
                out.append(
                    Flagged(
                        FlagKind.CLOCK_BACKWARDS,
                        b.subject,
                        (a.id, b.id),
                        f"the clock of {device} ran backwards: entry {b.n} was written "
                        f"at {local_text(b.recorded)}, before entry {a.n} at "
                        f"{local_text(a.recorded)}",
                    )
                )
    for e in real:
        if e.person and not e.citizen_id:
            out.append(
                Flagged(
                    FlagKind.UNKNOWN_CITIZEN,
                    e.subject,
                    (e.id,),
                    f"{e.kind} for a person not in the data: enter them first",
                )
            )
    drills = [e for e in items if e.drill]
    if drills:
        out.append(
            Flagged(
                FlagKind.DRILL,
                "",
                tuple(e.id for e in drills),
                f"{len(drills)} drill entries: not for re-entry",
            )
        )
    return out
