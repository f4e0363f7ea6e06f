"""A call-tree run as a pure state machine: the tree, the calls made, and a clock.

A run of a contact tree starts with its first call: the ``call`` entry marked
``run`` = ``start`` (the latest such marks the current run; a tree called without
one runs from its first call). The roots are to
be called from the start; every other node as soon as its parent has been reached
(its parent calls it, or the crisis staff does). A node not reached within its
``escalate_after_min`` of becoming due is *escalated*: the next call goes to its
deputy (``deputy_node_id``), and a deputy reached after that moment *covers* the
node (its children are called on). A node reached after its escalation time is
reached *late*: kept, marked late, never dropped. Everything is computed from the
journal's entries on every call, so a restart of the app (or another laptop with
the merged journal) arrives at the same state; nothing needs the network.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from continuity_app.crisis.entries import order, text
from continuity_app.domain.models import ContactNode
from continuity_app.journal.entry import CALL_RESULTS, Entry
from continuity_app.store.views import ContactTree

REACHED, NOT_REACHED, MESSAGE_LEFT = CALL_RESULTS  # the journal's words for a call's result
RUN_START = "start"  # the ``run`` field of the entry that starts a run


class NodeState(StrEnum):
    WAITING = "waiting"  # its parent has not been reached yet
    TO_CALL = "to_call"
    ESCALATED = "escalated"  # not reached in time: call the deputy
    COVERED = "covered"  # the deputy was reached in its place (the node itself still missing)
    REACHED = "reached"


@dataclass(frozen=True, slots=True)
class Attempt:
    node_id: str
    channel: str
    result: str
    at: dt.datetime
    initials: str = ""
    entry_id: str = ""


@dataclass(frozen=True, slots=True)
class NodeStatus:
    node: ContactNode
    number: str  # outline number as on the printed call list: 1, 1.2, 1.2.3
    depth: int
    parent_id: str
    state: NodeState
    due_at: dt.datetime | None  # when it was to be called (None: not yet)
    escalate_at: dt.datetime | None
    attempts: tuple[Attempt, ...]
    reached_at: dt.datetime | None = None
    late: bool = False  # reached, but after its escalation time
    covered_by: ContactNode | None = None
    deputy: ContactNode | None = None

    @property
    def missing(self) -> bool:
        return self.state is not NodeState.REACHED


@dataclass(frozen=True, slots=True)
class NextCall:
    whom: ContactNode  # the person to call now
    channel: str  # one of the journal's CHANNELS
    number: str  # the phone number or channel text to use
    for_node: NodeStatus  # the node this call is about (whom itself, or the node it deputises)

    @property
    def is_deputy(self) -> bool:
        return self.whom.node_id != self.for_node.node.node_id


@dataclass(frozen=True, slots=True)
class RunState:
    tree: ContactTree
    started_at: dt.datetime | None  # None: no run of this tree has started
    now: dt.datetime
    drill: bool  # the run belongs to a drill
    nodes: list[NodeStatus]  # call order (depth first)
    next_calls: list[NextCall]  # escalated first, then in call order
    late_answers: list[NodeStatus]

    @property
    def missing(self) -> list[NodeStatus]:
        return [n for n in self.nodes if n.missing]

    @property
    def reached(self) -> int:
        return sum(1 for n in self.nodes if n.state is NodeState.REACHED)

    def share_reached(self, minutes: int, since: dt.datetime | None = None) -> float | None:
        """The share of the tree's nodes reached within ``minutes`` of the run's start
        (or of ``since``: a drill's start)."""
        origin = since or self.started_at
        if origin is None or self.started_at is None or not self.nodes:
            return None
        limit = origin + dt.timedelta(minutes=minutes)
        hit = sum(1 for n in self.nodes if n.reached_at is not None and n.reached_at <= limit)
        return hit / len(self.nodes)


def channels_for(node: ContactNode) -> list[tuple[str, str]]:
    """(channel, what to dial or use) in the order to try them; a runner always last."""
    out: list[tuple[str, str]] = []
    if node.mobile:
        out.append(("mobil", node.mobile))
    if node.landline:
        out.append(("fastnet", node.landline))
    if node.alt_channel:
        out.append(("radio" if "radio" in node.alt_channel.lower() else "andet", node.alt_channel))
    out.append(("løber", node.meeting_point or "send en løber"))
    return out


def run_start(records: Iterable[Entry], tree_id: str) -> Entry | None:
    """The latest run-start marker of the tree, else its first call (None: never run)."""
    starts = [r for r in records if r.kind == "call" and text(r, "tree_id") == tree_id]
    marked = [r for r in starts if text(r, "run") == RUN_START]
    if marked:
        return max(marked, key=order)
    return min(starts, key=order) if starts else None


def _numbering(tree: ContactTree) -> list[tuple[str, int, str, ContactNode]]:
    out: list[tuple[str, int, str, ContactNode]] = []
    stack = [(str(i), 0, "", n) for i, n in reversed(list(enumerate(tree.roots, 1)))]
    while stack:
        number, depth, parent, tnode = stack.pop()
        out.append((number, depth, parent, tnode.node))
        stack.extend(
            (f"{number}.{i}", depth + 1, tnode.node.node_id, c)
            for i, c in reversed(list(enumerate(tnode.children, 1)))
        )
    return out


def run_state(
    tree: ContactTree,
    entries: Iterable[Entry],
    now: dt.datetime,
    *,
    new_run_at: dt.datetime | None = None,
    new_run_drill: bool = False,
) -> RunState:
    """Where the latest run of ``tree`` stands at ``now`` (entries: ``crisis.entries.counting``).

    ``new_run_at``: a run the crisis staff has just started whose first call is not in
    the journal yet (the roots are due from then; ``new_run_drill``: during a drill). A
    run started in the journal in that minute or later wins: it is the same run.
    """
    entries = list(entries)
    start = run_start(entries, tree.tree_id)
    started_at = start.at if start is not None else None
    drill = start.drill if start is not None else False
    if new_run_at is not None and (
        started_at is None or started_at < new_run_at.replace(second=0, microsecond=0)
    ):
        started_at, drill = new_run_at, new_run_drill
    attempts: dict[str, list[Attempt]] = defaultdict(list)
    if started_at is not None:
        for r in entries:
            if r.kind != "call" or text(r, "tree_id") != tree.tree_id or r.drill != drill:
                continue
            at = r.at
            if at < started_at or at > now:
                continue
            attempts[text(r, "node_id")].append(
                Attempt(text(r, "node_id"), text(r, "channel"), text(r, "result"), at, r.initials, r.id)
            )
    for calls in attempts.values():
        calls.sort(key=lambda a: (a.at, a.entry_id))
    by_id = {t.node.node_id: t.node for _, t in tree.walk()}
    reached_at: dict[str, dt.datetime] = {}
    for node_id, calls in attempts.items():
        first = next((a.at for a in calls if a.result == REACHED), None)
        if first is not None:
            reached_at[node_id] = first
    handled: dict[str, dt.datetime] = {}  # node -> when its children became due
    nodes: list[NodeStatus] = []
    for number, depth, parent, node in _numbering(tree):
        if started_at is None:
            due = None
        elif not parent:
            due = started_at
        else:
            due = handled.get(parent)
        escalate_at = (
            due + dt.timedelta(minutes=node.escalate_after_min)
            if due is not None and node.escalate_after_min is not None
            else None
        )
        deputy = by_id.get(node.deputy_node_id) if node.deputy_node_id != node.node_id else None
        reached = reached_at.get(node.node_id)
        covered_at = None
        if deputy is not None and escalate_at is not None and escalate_at <= now:
            covered_at = next(
                (
                    a.at
                    for a in attempts.get(deputy.node_id, ())
                    if a.result == REACHED and a.at >= escalate_at
                ),
                None,
            )
            if reached is not None and covered_at is not None and reached <= covered_at:
                covered_at = None
        if reached is not None:
            state = NodeState.REACHED
        elif covered_at is not None:
            state = NodeState.COVERED
        elif escalate_at is not None and escalate_at <= now and deputy is not None:
            state = NodeState.ESCALATED
        elif due is not None:
            state = NodeState.TO_CALL
        else:
            state = NodeState.WAITING
        when = reached if reached is not None else covered_at
        if when is not None:
            handled[node.node_id] = max(when, due) if due is not None else when
        nodes.append(
            NodeStatus(
                node=node,
                number=number,
                depth=depth,
                parent_id=parent,
                state=state,
                due_at=due,
                escalate_at=escalate_at,
                attempts=tuple(attempts.get(node.node_id, ())),
                reached_at=reached,
                late=reached is not None and escalate_at is not None and reached > escalate_at,
                covered_by=deputy if covered_at is not None else None,
                deputy=deputy,
            )
        )
    next_calls = _next_calls(nodes, by_id, attempts)
    late = [n for n in nodes if n.late]
    return RunState(tree, started_at, now, drill, nodes, next_calls, late)


def _next_channel(whom: ContactNode, tried: list[Attempt]) -> tuple[str, str]:
    options = channels_for(whom)
    return options[len(tried) % len(options)]


def _next_calls(
    nodes: list[NodeStatus], by_id: dict[str, ContactNode], attempts: dict[str, list[Attempt]]
) -> list[NextCall]:
    escalated: list[NextCall] = []
    regular: list[NextCall] = []
    for n in nodes:
        if n.state is NodeState.ESCALATED and n.deputy is not None and n.escalate_at is not None:
            since = [a for a in attempts.get(n.deputy.node_id, ()) if a.at >= n.escalate_at]
            channel, number = _next_channel(n.deputy, since)
            escalated.append(NextCall(n.deputy, channel, number, n))
        elif n.state is NodeState.TO_CALL:
            channel, number = _next_channel(n.node, list(n.attempts))
            regular.append(NextCall(n.node, channel, number, n))
    return escalated + regular
