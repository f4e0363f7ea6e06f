"""A call-tree run: whom to call next, escalation to the deputy, late answers, restart."""

from __future__ import annotations

import datetime as dt

from crisis_support import START, call, dataset, run_start

from continuity_app.crisis.callrun import NodeState, run_state
from continuity_app.store import Store


def _tree():
    with Store.build(dataset()) as store:
        tree = store.contact_tree("T1")
    assert tree is not None
    return tree


def at(minutes: float) -> dt.datetime:
    return START + dt.timedelta(minutes=minutes)


def states(run) -> dict[str, NodeState]:
    return {n.node.node_id: n.state for n in run.nodes}


def test_no_run_means_everyone_missing_and_nothing_due() -> None:
    run = run_state(_tree(), [], at(0))
    assert run.started_at is None and len(run.missing) == 5 and run.next_calls == []


def test_the_root_first_then_its_children_by_mobile_then_landline() -> None:
    tree = _tree()
    run = run_state(tree, [run_start()], at(1))  # the chief's mobile did not answer
    assert [(c.whom.node_id, c.channel) for c in run.next_calls] == [("chief", "løber")]
    assert states(run)["a"] is NodeState.WAITING
    entries = [run_start(), call("chief", "nået", 2)]
    run = run_state(tree, entries, at(3))
    assert [c.whom.node_id for c in run.next_calls] == ["a", "b"]
    entries.append(call("a", "ikke nået", 4))
    run = run_state(tree, entries, at(5))
    first = run.next_calls[0]
    assert (first.whom.node_id, first.channel, first.number) == ("a", "fastnet", "97 22 22 22")


def test_escalates_to_the_deputy_after_the_escalation_time_and_a_late_answer_is_kept() -> None:
    tree = _tree()
    entries = [
        run_start(),
        call("chief", "nået", 2),
        call("b", "nået", 3),
        call("a", "ikke nået", 4),
        call("a", "besked lagt", 6, channel="fastnet"),
    ]
    # Anna became due at 2 min and escalates after 15: at 16 min she is still only due.
    assert states(run_state(tree, entries, at(16.5)))["a"] is NodeState.TO_CALL
    run = run_state(tree, entries, at(17.5))
    assert states(run)["a"] is NodeState.ESCALATED
    nxt = run.next_calls[0]
    assert nxt.is_deputy and nxt.whom.node_id == "b" and nxt.for_node.node.node_id == "a"
    # Bo was reached at 3 min, before the escalation: that does not count; a new call does.
    entries.append(call("b", "nået", 18))
    run = run_state(tree, entries, at(19))
    assert states(run)["a"] is NodeState.COVERED
    assert {c.whom.node_id for c in run.next_calls} == {"a1", "a2"}  # Bo calls Anna's people
    assert "a" in {n.node.node_id for n in run.missing}
    # Anna answers at 25 min: reached, but late — kept and marked, never dropped.
    entries.append(call("a", "nået", 25))
    run = run_state(tree, entries, at(26))
    anna = next(n for n in run.nodes if n.node.node_id == "a")
    assert anna.state is NodeState.REACHED and anna.late and anna.reached_at == at(25)
    assert [n.node.node_id for n in run.late_answers] == ["a"]


def test_the_state_is_the_entries_so_a_restart_arrives_at_the_same_place() -> None:
    tree = _tree()
    entries = [run_start(), call("chief", "nået", 2), call("a", "ikke nået", 4)]
    before = run_state(tree, entries, at(20))
    again = run_state(_tree(), list(reversed(entries)), at(20))  # a fresh process, any order
    assert states(before) == states(again)
    assert [(c.whom.node_id, c.channel) for c in before.next_calls] == [
        (c.whom.node_id, c.channel) for c in again.next_calls
    ]


def test_a_new_run_start_begins_afresh_and_drill_calls_stay_in_the_drill() -> None:
    tree = _tree()
    entries = [run_start(drill=True), call("chief", "nået", 2, drill=True)]
    drill = run_state(tree, entries, at(3))
    assert drill.drill and drill.reached == 1
    entries += [run_start(30), call("chief", "nået", 31, drill=True)]  # a real run: drill calls ignored
    real = run_state(tree, entries, at(32))
    assert not real.drill and real.reached == 0 and real.started_at == at(30)


def test_share_reached_at_15_30_60_minutes() -> None:
    tree = _tree()
    entries = [run_start(), call("chief", "nået", 5), call("a", "nået", 20), call("b", "nået", 40)]
    run = run_state(tree, entries, at(90))
    assert (run.share_reached(15), run.share_reached(30), run.share_reached(60)) == (0.2, 0.4, 0.6)


def test_calls_after_now_do_not_count() -> None:
    tree = _tree()
    entries = [run_start(), call("chief", "nået", 5)]
    assert run_state(tree, entries, at(4)).reached == 0


def test_a_run_just_started_has_its_roots_due_until_its_first_call_is_logged() -> None:
    tree = _tree()
    earlier = [run_start(-120), call("chief", "nået", -119)]  # yesterday's run, done
    pressed = at(0.5)  # "start a new run", half a minute in
    run = run_state(tree, earlier, at(1), new_run_at=pressed)
    assert run.started_at == pressed and run.reached == 0
    assert [c.whom.node_id for c in run.next_calls] == ["chief"]
    run = run_state(tree, earlier, at(11), new_run_at=pressed)
    assert states(run)["chief"] is NodeState.TO_CALL  # the chief has no deputy: keep calling
    logged = [*earlier, run_start(0, result="nået")]  # the first call, in the same minute
    run = run_state(tree, logged, at(1), new_run_at=pressed)
    assert run.started_at == at(0) and states(run)["chief"] is NodeState.REACHED
    drill = run_state(tree, earlier, at(1), new_run_at=pressed, new_run_drill=True)
    assert drill.drill
