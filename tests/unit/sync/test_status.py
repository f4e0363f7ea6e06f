"""``sync.status``: what the GUI and the status command show, without the passphrase."""

from __future__ import annotations

import datetime as dt

from sync_helpers import NOW, SCOPE, World

from continuity_app.domain.age import AgeLevel
from continuity_app.errors import ExitCode
from continuity_app.sync import status
from continuity_app.sync.schedule import COPENHAGEN


def test_fresh_data_is_green_and_the_next_sync_is_scheduled(world: World) -> None:
    world.publish(1)
    assert world.sync(now=NOW).ok
    st = status(world.home, now=NOW + dt.timedelta(hours=3))  # 08:30 Danish time
    assert st.exit_code == ExitCode.OK and st.warnings == ()
    assert st.age is not None and st.age.level is AgeLevel.GREEN
    assert st.age_text_da() == "Data fra i dag kl. 06:30 · 3 timer gammel"
    assert st.next_sync == dt.datetime(2026, 11, 27, 13, 30, tzinfo=COPENHAGEN)
    assert [g.sequence for g in st.generations] == [1] and st.generations[0].verified


def test_old_data_warns_that_the_schedule_was_missed(world: World) -> None:
    world.publish(1)
    assert world.sync(now=NOW).ok
    st = status(world.home, now=NOW + dt.timedelta(hours=20))
    assert st.age is not None and st.age.level is AgeLevel.AMBER
    assert [w.code for w in st.warnings] == ["stale"]
    assert st.next_sync == NOW + dt.timedelta(hours=20)  # slept through 13:30: due now


def test_after_a_failure_the_retry_is_due_after_retry_minutes(world: World) -> None:
    world.publish(1)
    assert world.sync(now=NOW).ok
    world.set_source(str(world.pub.out / "gone"))
    failed_at = NOW + dt.timedelta(hours=2)
    assert not world.sync(now=failed_at).ok
    st = status(world.home, now=failed_at + dt.timedelta(minutes=1))
    assert st.next_sync == failed_at + dt.timedelta(minutes=30)
    assert "last_sync_failed" in [w.code for w in st.warnings]
    # a success and a failure within the same second: the order of attempts decides
    world.set_source(str(world.pub.out))
    assert world.sync(now=failed_at).ok
    world.set_source(str(world.pub.out / "gone"))
    assert not world.sync(now=failed_at).ok
    st = status(world.home, now=failed_at + dt.timedelta(minutes=1))
    assert st.next_sync == failed_at + dt.timedelta(minutes=30)
    world.set_source(str(world.pub.out))
    assert world.sync(now=failed_at + dt.timedelta(minutes=5)).ok
    st = status(world.home, now=failed_at + dt.timedelta(minutes=6))
    assert st.next_sync == dt.datetime(2026, 11, 27, 13, 30, tzinfo=COPENHAGEN)


def test_a_damaged_newest_generation_falls_back_and_says_so(world: World) -> None:
    world.publish(1)
    assert world.sync().ok
    world.publish(2)
    assert world.sync().ok
    newest = world.home.generations / f"{SCOPE}-00000002.bundle"
    data = bytearray(newest.read_bytes())
    data[-10] ^= 0xFF
    newest.write_bytes(bytes(data))
    st = status(world.home)
    assert st.current is not None and st.current.sequence == 1
    assert [g.verified for g in st.generations] == [False, True]
    assert "newest_unusable" in [w.code for w in st.warnings]


def test_a_damaged_state_file_keeps_the_replay_guard_from_the_generations(world: World) -> None:
    first = world.publish(1)
    assert world.sync().ok
    world.publish(2)
    assert world.sync().ok
    world.home.state.write_text("[" * 30_000 + "]" * 30_000, encoding="utf-8")  # too deep
    assert "state_damaged" in [w.code for w in status(world.home).warnings]
    world.pub.put(first)  # a rollback attempt right then
    assert world.sync().exit_code == ExitCode.REPLAY
    assert world.highest() == 2 and world.held() == [2, 1]


def test_a_damaged_state_file_is_written_again_by_the_next_sync_which_says_so(world: World) -> None:
    world.publish(1)
    assert world.sync().ok
    world.home.state.write_text("[" * 30_000 + "]" * 30_000, encoding="utf-8")
    outcome = world.sync()
    assert outcome.ok and "state.json could not be read" in outcome.message
    assert "state_damaged" not in [w.code for w in status(world.home).warnings]
    again = world.sync()
    assert again.ok and "could not be read" not in again.message


def test_an_unverifiable_file_never_raises_the_guard(world: World) -> None:
    world.publish(1)
    assert world.sync().ok
    forged = world.home.generations / f"{SCOPE}-99999999.bundle"
    forged.write_bytes(b"NOEDKOPI" + b"\0" * 500)
    world.publish(2)
    assert world.sync().sequence == 2  # not refused as "older than 99999999"
    assert world.highest() == 2
