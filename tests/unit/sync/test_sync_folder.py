"""Sync from a folder and from a bundle file: the happy paths and what is remembered."""

from __future__ import annotations

import datetime as dt

from sync_helpers import NOW, World

from continuity_app.errors import ExitCode
from continuity_app.sync import SyncResult
from continuity_app.sync.state import load_state


def test_first_sync_stores_a_verified_generation_and_raises_the_guard(world: World) -> None:
    world.publish(1)
    outcome = world.sync()
    assert outcome.result is SyncResult.NEW_DATA and outcome.exit_code == ExitCode.OK
    assert outcome.sequence == 1 and not outcome.expired
    assert world.held() == [1] and world.verifies(1)
    assert world.highest() == 1
    state = load_state(world.home)
    assert state.last_attempt is not None and state.last_attempt.result == "new_data"


def test_second_sync_is_up_to_date_and_a_newer_one_is_taken(world: World) -> None:
    world.publish(1)
    assert world.sync().result is SyncResult.NEW_DATA
    again = world.sync()
    assert again.result is SyncResult.UP_TO_DATE and again.exit_code == ExitCode.OK
    world.publish(2)
    newer = world.sync()
    assert newer.result is SyncResult.NEW_DATA and newer.sequence == 2
    assert world.held() == [2, 1]


def test_only_the_newest_seven_generations_are_kept(world: World) -> None:
    for seq in range(1, 10):
        world.publish(seq)
        assert world.sync().ok
    assert world.held() == [9, 8, 7, 6, 5, 4, 3]


def test_a_missing_source_folder_is_named(world: World, tmp_path) -> None:
    world.set_source(str(tmp_path / "usb-stick"))
    outcome = world.sync()
    assert outcome.exit_code == ExitCode.SOURCE_UNREACHABLE
    assert "usb-stick" in outcome.message


def test_from_file_takes_a_bundle_off_a_usb_stick(world: World, tmp_path) -> None:
    data = world.pub.bundle(3, world.me)
    stick = tmp_path / "stick.bundle"
    stick.write_bytes(data)
    outcome = world.sync(from_file=stick)
    assert outcome.result is SyncResult.NEW_DATA and outcome.sequence == 3
    assert world.verifies(3)
    # the same file again: up to date, not an error
    assert world.sync(from_file=stick).result is SyncResult.UP_TO_DATE


def test_from_a_publish_folder_on_a_usb_stick(world: World) -> None:
    world.publish(2)
    world.set_source("https://unreachable.invalid/")  # not used with --from
    outcome = world.sync(from_file=world.pub.out)
    assert outcome.result is SyncResult.NEW_DATA and outcome.sequence == 2


def test_a_bundle_past_valid_until_is_stored_but_flagged(world: World) -> None:
    world.publish(1, created_at=NOW - dt.timedelta(days=10), valid_days=7)
    outcome = world.sync()
    assert outcome.result is SyncResult.NEW_DATA and outcome.expired
    assert outcome.exit_code == ExitCode.EXPIRED
    assert "expired" in outcome.message and "valid_until" in outcome.message
    assert world.held() == [1] and world.verifies(1)
    # still flagged when nothing newer comes
    again = world.sync()
    assert again.result is SyncResult.UP_TO_DATE and again.exit_code == ExitCode.EXPIRED


def test_every_attempt_is_a_sync_event_in_the_audit_log(world: World) -> None:
    from sync_helpers import PASSPHRASE

    from continuity_app.vault.audit_read import read_log
    from continuity_app.vault.device import DeviceFile

    world.publish(1)
    assert world.sync().ok
    world.publish(2, recipients={})
    assert not world.sync().ok
    keys = DeviceFile.load(world.home.device).unwrap(PASSPHRASE)
    report = read_log(world.home.audit_log, keys.audit)
    syncs = [e.fields for e in report.entries if e.event == "sync"]
    assert report.intact
    assert [(f["result"], f["reason"], f["sequence"]) for f in syncs] == [
        ("new_data", "OK", 1),
        ("failed", "NOT_ADDRESSED", 1),
    ]


def test_state_keeps_a_bounded_history(world: World) -> None:
    world.set_source(str(world.pub.out / "gone"))
    for _ in range(55):
        assert not world.sync().ok
    attempts = load_state(world.home).attempts
    assert len(attempts) == 50 and all(a.exit_code == ExitCode.SOURCE_UNREACHABLE for a in attempts)
