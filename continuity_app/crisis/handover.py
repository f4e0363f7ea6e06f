"""The shift handover: what was written about a unit's citizens on one day.

Per route of the unit that day: its visits in order with their outcome (udført,
ikke udført, flyttet — or nothing recorded yet). Then per citizen (those on the
routes, then the unit's other citizens with entries that day): the day's entries in
time order, the PN doses whose effect check is due, and the doses not given with
the reason. Days are Danish calendar days. Entries a correction points at are left
out; drill entries stay in, marked.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from continuity_app.crisis.entries import counting, text
from continuity_app.domain.age import COPENHAGEN
from continuity_app.domain.models import Citizen, Route
from continuity_app.journal.checks import due_effects
from continuity_app.journal.entry import Entry
from continuity_app.store import Store
from continuity_app.store.views import VisitRow

DAY_KINDS = frozenset({"pn", "effect", "given", "visit", "note"})


@dataclass(frozen=True, slots=True)
class VisitLine:
    row: VisitRow
    outcome: Entry | None  # the latest visit entry for it, None: nothing recorded

    @property
    def done(self) -> bool:
        return self.outcome is not None and text(self.outcome, "outcome") == "udført"


@dataclass(frozen=True, slots=True)
class RouteLines:
    route: Route
    visits: list[VisitLine]

    @property
    def not_done(self) -> list[VisitLine]:
        return [v for v in self.visits if not v.done]


@dataclass(frozen=True, slots=True)
class CitizenDay:
    citizen: Citizen
    entries: list[Entry]  # the day's entries about the citizen, in time order
    due_effects: list[Entry] = field(default_factory=list)  # PN doses without an effect check
    not_given: list[Entry] = field(default_factory=list)  # given entries whose outcome is not givet


@dataclass(frozen=True, slots=True)
class Handover:
    unit_id: str | None
    day: dt.date
    now: dt.datetime
    routes: list[RouteLines]
    citizens: list[CitizenDay]  # in route order, then by name

    @property
    def citizen_ids(self) -> list[str]:
        return [c.citizen.citizen_id for c in self.citizens]


def local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone(COPENHAGEN).date()


def handover(
    store: Store,
    entries: Iterable[Entry],
    day: dt.date,
    now: dt.datetime,
    *,
    unit_id: str | None = None,
    citizen_id: str | None = None,
) -> Handover:
    items = counting(entries)
    visit_outcome: dict[str, Entry] = {}
    for e in items:
        if e.kind == "visit":
            visit_outcome[text(e, "visit_id")] = e  # the latest counts
    routes: list[RouteLines] = []
    order: list[str] = []
    for route in store.routes(day, unit_id):
        lines = [
            VisitLine(row, visit_outcome.get(row.visit.visit_id))
            for row in store.route_visits(route.route_id)
            if citizen_id is None or row.citizen.citizen_id == citizen_id
        ]
        if lines or citizen_id is None:
            routes.append(RouteLines(route, lines))
        order += [line.row.citizen.citizen_id for line in lines]
    by_citizen: dict[str, list[Entry]] = defaultdict(list)
    for e in items:
        if e.kind in DAY_KINDS and e.citizen_id and local_day(e.at) == day:
            by_citizen[e.citizen_id].append(e)
    due: dict[str, list[Entry]] = defaultdict(list)
    for e in due_effects(items, now):
        due[e.citizen_id].append(e)
    wanted = list(dict.fromkeys(order))
    extra = sorted((set(by_citizen) | set(due)) - set(wanted))
    citizens: list[CitizenDay] = []
    for cid in wanted + extra:
        if citizen_id is not None and cid != citizen_id:
            continue
        record = store.citizen(cid)
        if record is None:
            continue
        if unit_id is not None and cid not in order and record.citizen.unit_id != unit_id:
            continue
        day_entries = by_citizen.get(cid, [])
        citizens.append(
            CitizenDay(
                record.citizen,
                day_entries,
                due.get(cid, []),
                [e for e in day_entries if e.kind == "given" and text(e, "outcome") != "givet"],
            )
        )
    return Handover(unit_id, day, now, routes, citizens)
