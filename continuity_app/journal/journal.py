"""The journal of an unlocked session: add entries with their checks, list them, see what is due.

::

    journal = Journal.open(session)            # needs the unlocked session
    journal.initials = "AB"                    # once per session (the banner shows them)
    result = journal.add("pn", {"citizen_id": "c-1", "medication_id": "m-7",
                                "dose": "1 tablet", "reason": "smerter"})
    result.entry.id, result.warnings
    journal.list(citizen_id="c-1", kind="pn")  # newest first
    journal.due_effects()                      # PN doses two hours on without an effect check

``add`` raises :class:`NeedsConfirmation` (a dose already recorded, a PN over its
maximum in 24 hours) naming the earlier entries; the caller asks the person and
calls again with ``confirm_duplicate=True``. Entries are never edited or deleted:
a ``correction`` points at the entry it corrects.
"""

from __future__ import annotations

import bisect
import builtins
import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from continuity_app.errors import ExitCode, KnownError
from continuity_app.journal import checks, storage
from continuity_app.journal.entry import AddResult, Entry, local_text
from continuity_app.journal.validate import EntryRefused, check_initials, resolve
from continuity_app.vault import chainlog

if TYPE_CHECKING:
    from continuity_app.vault.session import Session

FUTURE_SLACK = dt.timedelta(minutes=10)


class NeedsConfirmation(KnownError):
    """The entry repeats or exceeds what is already recorded.

    The message is the command line's; a screen words its own from the data:
    ``reason`` (``"duplicate"`` or ``"pn_over_max"``), ``earlier`` (the entries: time,
    device, initials), and for a PN dose ``total`` (with this dose), ``maximum`` and
    ``maximum_text`` (the medication's own words).
    """

    exit_code = ExitCode.NEEDS_CONFIRMATION

    def __init__(
        self,
        message: str,
        earlier: list[Entry],
        *,
        reason: str = "duplicate",
        total: float | None = None,
        maximum: float | None = None,
        maximum_text: str = "",
    ) -> None:
        super().__init__(message + "; add --confirm-duplicate to record it anyway")
        self.earlier = earlier
        self.reason = reason
        self.total = total
        self.maximum = maximum
        self.maximum_text = maximum_text


def _order(e: Entry) -> tuple[dt.datetime, str, int]:
    return (e.at, e.device, e.n)


class Journal:
    """The outage journal of the session's laptop, with what it imported from colleagues."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.home = session.home
        self.device_id = session.device.device_id
        self.scope = session.device.scope
        self.initials: str = ""
        self._own: storage.OwnLog | None = None
        self._imported: builtins.list[Entry] | None = None
        self._merged: builtins.list[Entry] | None = None
        self._tip: storage.Tip | None = None  # the last append's, to chain the next to
        self._records: chainlog.SessionKey | None = None  # seals this session's records
        self._drill: bool | None = None
        self._staff: tuple[object, builtins.list[tuple[str, str]]] | None = None

    @classmethod
    def open(cls, session: Session) -> Journal:
        """The journal for an unlocked session (``SessionLocked`` when it is locked)."""
        session.store  # noqa: B018 - raises SessionLocked when locked
        return cls(session)

    # -- reading ----------------------------------------------------------------------

    def own(self) -> storage.OwnLog:
        """This laptop's entries and the problems of its file (torn tail, damage)."""
        if self._own is None:
            self._own = storage.read_own(self.home, self.session.keys.audit)
        return self._own

    def imported(self) -> builtins.list[Entry]:
        if self._imported is None:
            from continuity_app.journal.handback import segment_entries

            segments, _problems = storage.read_segments(self.home, self.session.keys.audit)
            self._imported = [e for seg in segments for e in segment_entries(seg)]
        return self._imported

    def entries(self) -> builtins.list[Entry]:
        """Every entry known here (own and imported, each once), oldest first."""
        if self._merged is None:
            seen: dict[str, Entry] = {}
            for e in [*self.own().entries, *self.imported()]:
                seen.setdefault(e.id, e)
            self._merged = sorted(seen.values(), key=_order)
        return list(self._merged)

    def get(self, entry_id: str) -> Entry | None:
        return next((e for e in self.entries() if e.id == entry_id), None)

    def list(self, citizen_id: str | None = None, kind: str | None = None) -> builtins.list[Entry]:
        """The entries, newest first, optionally of one citizen and/or one kind."""
        out = [
            e
            for e in self.entries()
            if (citizen_id is None or e.citizen_id == citizen_id) and (kind is None or e.kind == kind)
        ]
        return out[::-1]

    def due_effects(self, now: dt.datetime | None = None) -> builtins.list[Entry]:
        """PN doses given two hours or more ago without an effect check."""
        return checks.due_effects(self.entries(), now or dt.datetime.now(dt.UTC))

    def drill_active(self) -> bool:
        """True between this laptop's drill start and its end: entries are marked drill."""
        if self._drill is None:
            last = next((e for e in reversed(self.own().entries) if e.kind == "drill"), None)
            self._drill = last is not None and last.fields.get("step") != "end"
        return self._drill

    def refresh(self) -> None:
        self._own = None
        self._imported = None
        self._merged = None
        self._drill = None
        self._staff = None

    # -- writing ----------------------------------------------------------------------

    def staff(self) -> builtins.list[tuple[str, str]]:
        """(initials, name) of the staff the scope's data lists (``staff.csv``: a unit's
        own and those of no unit); empty when the exports carry none: initials are free."""
        store = self.session.store
        if self._staff is None or self._staff[0] is not store:  # read again after a sync
            rows = store.conn.execute(
                "SELECT initials, name FROM staff WHERE unit_id IN (?, '') OR ? IN ('alle', 'krisestab')",
                (self.scope, self.scope),
            ).fetchall()
            self._staff = (store, [(str(a), str(b)) for a, b in rows])
        return list(self._staff[1])

    def add(
        self,
        kind: str,
        fields: Mapping[str, object],
        *,
        initials: str | None = None,
        at: dt.datetime | None = None,
        confirm_duplicate: bool = False,
        now: dt.datetime | None = None,
        on_step: Callable[[str], None] | None = None,
    ) -> AddResult:
        """Check and append one entry, durably; the entry and the warnings to show.

        Raises :class:`~continuity_app.journal.validate.EntryRefused` (a field missing
        or naming what the data does not hold), :class:`NeedsConfirmation`,
        ``DiskError`` (not written: say so) and ``SessionLocked``. ``on_step`` is told
        each step of the durable write ("locked", "written", "synced").
        """
        store = self.session.store
        clock = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
        when = at.astimezone(dt.UTC).replace(microsecond=0) if at else clock
        staff = self.staff()
        who = check_initials(initials if initials is not None else self.initials, staff)
        sequence = int(self.session.header.sequence)
        values = resolve(store.conn, kind, fields, sequence=sequence)
        name = next((n for i, n in staff if i.upper() == who and n), "")
        if name:
            values["staff_name"] = name
        # what is already recorded matters to these kinds only (a note need not sort them all)
        known = self.entries() if kind in ("effect", "correction", "given", "pn") else []
        codes: builtins.list[str] = []
        warnings: builtins.list[str] = self._time_warnings(when, clock, codes)
        if kind in ("effect", "correction"):
            target = next((e for e in known if e.id == values["of"]), None)
            if target is None:
                raise EntryRefused(f"--of {values['of']!r}: no such entry in this journal")
            if kind == "effect" and target.kind != "pn":
                raise EntryRefused(f"--of {values['of']!r} is a {target.kind} entry, not a pn dose")
            values["of_kind"] = target.kind
            if target.citizen_id:
                values["citizen_id"] = target.citizen_id
        if kind == "given":
            earlier = checks.earlier_doses(known, values)
            if earlier and not confirm_duplicate:
                raise NeedsConfirmation(
                    f"this dose ({values['medication_id']} {values['date']} {values['slot']}) is "
                    "already recorded: "
                    + "; ".join(checks.describe(e) + f" ({e.fields.get('outcome')})" for e in earlier),
                    earlier,
                )
            if earlier:
                warnings.append(f"recorded again, after {checks.describe(earlier[0])}")
                codes.append("duplicate")
        if kind == "pn":
            over = checks.pn_over_max(known, values, when)
            if over and not confirm_duplicate:
                total, top, before = over
                top_text = str(values.get("as_needed_max") or f"{top:g}")
                given = "; ".join(checks.describe(e) for e in before)
                raise NeedsConfirmation(
                    f"this PN dose makes {total:g} in 24 hours, over the maximum {top_text}"
                    + (f" (given before: {given})" if given else " on its own"),
                    before,
                    reason="pn_over_max",
                    total=total,
                    maximum=top,
                    maximum_text=top_text,
                )
            if over:
                warnings.append(f"over the PN maximum in 24 hours ({over[0]:g} > {over[1]:g})")
                codes.append("pn_over_max")
        drill = kind == "drill" or self.drill_active()

        def build(n: int, prev: str) -> Entry:
            return Entry(
                device=self.device_id,
                n=n,
                kind=kind,
                initials=who,
                at=when,
                recorded=clock,
                fields=values,
                prev=prev,
                scope=self.scope,
                drill=drill,
            )

        key = self.session.keys.audit
        if self._records is None:
            self._records = storage.session_key(key)
        entry, self._tip = storage.append_entry(
            self.home, key, build, tip=self._tip, session=self._records, on_step=on_step
        )
        if self._own is not None:
            self._own.entries.append(entry)
        if self._merged is not None:
            bisect.insort(self._merged, entry, key=_order)
        if kind == "drill":
            self._drill = values.get("step") != "end"
        return AddResult(entry, warnings, codes)

    def _time_warnings(
        self, when: dt.datetime, clock: dt.datetime, codes: builtins.list[str]
    ) -> builtins.list[str]:
        out = []
        if when - clock > FUTURE_SLACK:
            out.append(
                f"the time {local_text(when)} is more than 10 minutes in the future "
                f"(this laptop's clock says {local_text(clock)})"
            )
            codes.append("future_time")
        created = self.session.header.created_at
        if when < created:
            out.append(
                f"the time {local_text(when)} is before the data was published ({local_text(created)})"
            )
            codes.append("before_published")
        return out


def entry_json(entry: Entry, *, due: bool = False, corrected: bool = False) -> dict[str, Any]:
    """An entry as ``journal list --json`` shows it: the stored fields, times in UTC and
    Danish local time, and whether an effect check is due or the entry was corrected."""
    out = {
        "id": entry.id,
        "kind": entry.kind,
        "device": entry.device,
        "n": entry.n,
        "initials": entry.initials,
        "at": entry.to_json()["at"],
        "at_local": local_text(entry.at),
        "recorded": entry.to_json()["recorded"],
        "drill": entry.drill,
        "scope": entry.scope,
    }
    out.update(entry.fields)
    if entry.kind == "pn":
        out["effect_due"] = due
    if corrected:
        out["corrected"] = True
    return out
