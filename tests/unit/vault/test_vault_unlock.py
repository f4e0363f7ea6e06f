"""Unlock, lockout, fallback to an older generation, lock, reload, passphrase change."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import sqlite3

import pytest
from vault_helpers import CITIZEN_NAME, PASSPHRASE, T0, UNIT, Publish, wrong_try

from continuity_app.errors import ExitCode, KnownError, PassphraseError
from continuity_app.home import ClientHome
from continuity_app.kdf import floor_params
from continuity_app.vault import (
    SessionLocked,
    WaitBeforeRetry,
    change_passphrase,
    unlock,
)
from continuity_app.vault.audit_read import read_log
from continuity_app.vault.device import DeviceFile
from continuity_app.vault.lockout import FREE_TRIES, Lockout, WrongPassphrase, delay_after

NOW = T0 + dt.timedelta(hours=2)


def audit_events(home: ClientHome, passphrase: str = PASSPHRASE) -> list[tuple[str, object]]:
    keys = DeviceFile.load(home.device).unwrap(passphrase)
    report = read_log(home.audit_log, keys.audit)
    assert report.intact
    return [(e.event, e.fields.get("result")) for e in report.entries]


def test_unlock_opens_the_newest_generation_in_memory(home: ClientHome, publish: Publish) -> None:
    publish(1)
    publish(2)
    steps: list[str] = []
    with unlock(home, PASSPHRASE, now=NOW, progress=lambda step, f: steps.append(step)) as session:
        assert session.generation.sequence == 2
        assert session.header.sequence == 2 and session.header.scope == UNIT
        assert session.warnings == []
        assert [h.citizen_id for h in session.store.search_citizens(CITIZEN_NAME)] == ["c-1"]
    assert steps[0] == "unwrap" and steps[-1] == "done" and "import" in steps
    assert ("unlock", "ok") in audit_events(home)
    keys = DeviceFile.load(home.device).unwrap(PASSPHRASE)
    [record] = [e for e in read_log(home.audit_log, keys.audit).entries if e.event == "unlock"]
    assert record.fields == {"result": "ok", "scope": UNIT, "sequence": 2}  # no empty "newest"


def test_a_wrong_passphrase_is_refused_counted_and_audited(home: ClientHome, publish: Publish) -> None:
    publish(1)
    with pytest.raises(PassphraseError) as err:
        unlock(home, "not the passphrase at all", now=NOW)
    assert err.value.exit_code == ExitCode.WRONG_PASSPHRASE
    assert Lockout.load(home.lockout).failures == 1
    assert ("unlock", "wrong_passphrase") in audit_events(home)


def test_the_delay_grows_and_survives_a_restart(home: ClientHome, publish: Publish) -> None:
    publish(1)
    now = NOW
    for _ in range(3):  # three free tries
        with pytest.raises(PassphraseError):
            unlock(home, "wrong passphrase!", now=now)
    waits = []
    for _ in range(4):
        with pytest.raises(WrongPassphrase) as wrong:
            unlock(home, "wrong passphrase!", now=now)
        told = wrong.value.seconds  # the screen counts this down without reading the home
        # a "restart": nothing but the home is shared with the next try
        restarted = ClientHome(home.root)
        with pytest.raises(WaitBeforeRetry) as early:
            unlock(restarted, PASSPHRASE, now=now + dt.timedelta(seconds=1))  # even the right one
        assert early.value.exit_code == ExitCode.WAIT_BEFORE_RETRY
        waits.append(early.value.seconds + 1)
        assert waits[-1] == told
        assert str(early.value.seconds) in str(early.value)
        now += dt.timedelta(seconds=waits[-1])
    assert waits == [2, 4, 8, 16]
    assert delay_after(30) == 300  # capped at five minutes
    with unlock(home, PASSPHRASE, now=now) as session:  # the wait has passed
        assert session.generation.sequence == 1
    assert Lockout.load(home.lockout).failures == 0


def test_six_wrong_passphrases_at_once_each_count_and_the_wait_holds(
    home: ClientHome, publish: Publish
) -> None:
    """Six processes guess at the same moment (one clock for all, so the wait never passes)."""
    publish(1)
    spawn = multiprocessing.get_context("spawn")
    start, results = spawn.Event(), spawn.Queue()
    tries = [spawn.Process(target=wrong_try, args=(str(home.root), NOW, start, results)) for _ in range(6)]
    for process in tries:
        process.start()
    start.set()
    codes = sorted(results.get(timeout=120) for _ in tries)
    for process in tries:
        process.join(timeout=120)
    # every guess is checked in turn: the free tries and the one that starts the wait are
    # counted, the rest are told to wait, none gets round the counter
    counted = FREE_TRIES + 1
    assert codes == [ExitCode.WRONG_PASSPHRASE] * counted + [ExitCode.WAIT_BEFORE_RETRY] * (6 - counted)
    assert Lockout.load(home.lockout).failures == counted
    assert [r for e, r in audit_events(home) if e == "unlock"].count("wrong_passphrase") == counted
    with pytest.raises(WaitBeforeRetry):  # even the right passphrase waits
        unlock(home, PASSPHRASE, now=NOW)
    later = NOW + dt.timedelta(seconds=delay_after(counted))
    with unlock(home, PASSPHRASE, now=later) as session:
        assert session.generation.sequence == 1
    assert Lockout.load(home.lockout).failures == 0


def test_a_clock_set_back_never_waits_longer_than_the_delay(home: ClientHome) -> None:
    lockout = Lockout.load(home.lockout)
    for _ in range(5):
        lockout.record_failure(NOW)
    assert lockout.seconds_to_wait(NOW) == 4
    assert lockout.seconds_to_wait(NOW - dt.timedelta(days=365)) == 4


def test_no_generation_is_no_data(home: ClientHome) -> None:
    with pytest.raises(KnownError) as err:
        unlock(home, PASSPHRASE, now=NOW)
    assert err.value.exit_code == ExitCode.NO_DATA
    assert "sync" in str(err.value)


def test_a_corrupt_newest_generation_falls_back_and_says_so(home: ClientHome, publish: Publish) -> None:
    publish(1)
    newest = publish(2)
    data = bytearray(newest.read_bytes())
    data[len(data) // 2] ^= 0x01
    newest.write_bytes(bytes(data))
    with unlock(home, PASSPHRASE, now=NOW) as session:
        assert session.generation.sequence == 1
        assert session.store.counts()["citizens"] == 2
        [warning] = session.warnings
        assert warning.kind == "fallback"
        assert warning.newest_sequence == 2 and warning.used_sequence == 1
        assert "sequence 2" in str(warning) and "sequence 1" in str(warning)


def test_a_newest_generation_that_does_not_import_falls_back(home: ClientHome, publish: Publish) -> None:
    publish(3)
    publish(4, payload=b"signed and encrypted, but not a database")
    with unlock(home, PASSPHRASE, now=NOW) as session:
        assert session.generation.sequence == 3
        assert session.warnings[0].kind == "fallback"


def test_after_a_failed_unlock_status_says_the_newest_cannot_open(home: ClientHome, publish: Publish) -> None:
    """Sync never decrypts; the first unlock finds out, and status says it from then on."""
    from continuity_app.sync import status

    publish(3)
    publish(4, payload=b"signed and encrypted, but not a database")
    before = status(home, now=NOW)
    assert before.current is not None and before.current.sequence == 4  # validly signed
    assert "newest_cannot_open" not in [w.code for w in before.warnings]
    with unlock(home, PASSPHRASE, now=NOW) as session:
        assert session.generation.sequence == 3
    after = status(home, now=NOW)
    assert after.current is not None and after.current.sequence == 3
    [warning] = [w for w in after.warnings if w.code == "newest_cannot_open"]
    assert warning.text.startswith("Nyeste data kan ikke åbnes på denne computer – viser data fra ")
    assert "27. november 2026 kl. 06:30" in warning.text and "sekvens 4" in warning.text
    assert b"not a database" not in home.unopenable.read_bytes()


def test_when_no_generation_opens_it_is_an_error(home: ClientHome, publish: Publish) -> None:
    path = publish(1)
    path.write_bytes(path.read_bytes()[:-10])
    with pytest.raises(KnownError) as err:
        unlock(home, PASSPHRASE, now=NOW)
    assert err.value.exit_code == ExitCode.CORRUPT
    assert path.name in str(err.value)


def test_expired_data_is_opened_with_a_warning(home: ClientHome, publish: Publish) -> None:
    publish(1, valid_days=1)
    with unlock(home, PASSPHRASE, now=T0 + dt.timedelta(days=3)) as session:
        assert session.generation.sequence == 1
        assert [w.kind for w in session.warnings] == ["expired"]


def test_lock_closes_the_store_and_drops_the_keys(home: ClientHome, publish: Publish) -> None:
    publish(1)
    session = unlock(home, PASSPHRASE, now=NOW)
    store = session.store
    assert store.counts()["citizens"] == 2  # queries work until the lock
    session.lock(reason="idle")
    assert session.locked
    with pytest.raises(sqlite3.ProgrammingError):
        store.counts()
    with pytest.raises(SessionLocked):
        _ = session.store
    with pytest.raises(SessionLocked):
        session.reload()
    assert session._keys is None
    assert ("lock", None) in audit_events(home)


def test_reload_opens_a_newer_generation_without_the_passphrase(home: ClientHome, publish: Publish) -> None:
    publish(1)
    with unlock(home, PASSPHRASE, now=NOW) as session:
        old_store = session.store
        assert session.reload() is False
        publish(2)
        assert session.reload() is True
        assert session.generation.sequence == 2
        with pytest.raises(sqlite3.ProgrammingError):
            old_store.counts()


def test_a_passphrase_change_makes_the_old_one_stop_working(home: ClientHome, publish: Publish) -> None:
    publish(1)
    new = "tre nye ord og et tal 7"
    before = DeviceFile.load(home.device)
    change_passphrase(home, PASSPHRASE, new, now=NOW, kdf=floor_params())
    after = DeviceFile.load(home.device)
    assert after.device_id == before.device_id and after.public_key == before.public_key
    assert after.kdf.salt != before.kdf.salt
    with pytest.raises(PassphraseError):
        unlock(home, PASSPHRASE, now=NOW)
    with unlock(home, new, now=NOW) as session:
        assert session.store.counts()["citizens"] == 2
    assert ("passphrase_changed", "ok") in audit_events(home, new)


def test_a_passphrase_change_needs_the_old_one_and_a_strong_new_one(home: ClientHome) -> None:
    before = home.device.read_bytes()
    with pytest.raises(PassphraseError):
        change_passphrase(home, "wrong old passphrase", "a good new passphrase", now=NOW, kdf=floor_params())
    with pytest.raises(KnownError, match="at least 10"):
        change_passphrase(home, PASSPHRASE, "short", now=NOW, kdf=floor_params())
    assert home.device.read_bytes() == before
    assert Lockout.load(home.lockout).failures == 1


def test_an_edited_public_key_is_reported_as_damage(home: ClientHome) -> None:
    import json

    doc = json.loads(home.device.read_text())
    doc["audit_public_key"], doc["public_key"] = doc["public_key"], doc["audit_public_key"]
    home.device.write_text(json.dumps(doc))
    with pytest.raises(KnownError) as err:
        unlock(home, PASSPHRASE, now=NOW)
    assert err.value.exit_code == ExitCode.CORRUPT
    assert "altered" in str(err.value)


def test_an_unwritable_audit_log_does_not_keep_the_data_locked(home: ClientHome, publish: Publish) -> None:
    """In a crisis the medication list beats the log: open, but say the log failed."""
    publish(1)
    home.audit_log.unlink()
    home.audit_log.mkdir()  # cannot be opened for writing, even by root
    session = unlock(home, PASSPHRASE, now=NOW)
    assert [w.kind for w in session.warnings] == ["audit"]
    assert session.store.counts()["citizens"] == 2
    with pytest.raises(KnownError) as err:
        session.audit("citizen_opened", citizen_id="c-1")
    assert err.value.exit_code == ExitCode.DISK
    session.lock()  # never fails
    assert session.locked


def test_a_missing_pinned_publisher_key_is_not_set_up(home: ClientHome, publish: Publish) -> None:
    publish(1)
    home.publisher_key.unlink()
    with pytest.raises(KnownError) as err:
        unlock(home, PASSPHRASE, now=NOW)
    assert err.value.exit_code == ExitCode.NOT_SET_UP
    assert "publisher-key.pub" in str(err.value)
