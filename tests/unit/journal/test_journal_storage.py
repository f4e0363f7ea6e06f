"""The journal file: encrypted at rest, hash-chained, durable; crashes, full disks and races.

The crash and race tests run real appends in child processes (killed with SIGKILL
at each step of the durable write through the ``on_step`` hook; two at once under
the file lock; one under a file-size limit) and read the file back afterwards.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from journal_helpers import CITIZEN_NAME, CPR, NOW, PASSPHRASE, SECRET_TEXT, World

from continuity_app.errors import DiskError, ExitCode
from continuity_app.journal import Journal, storage
from continuity_app.vault.device import DeviceFile

HERE = Path(__file__).parent

CHILD = textwrap.dedent("""
    import datetime as dt, os, signal, sys
    from pathlib import Path
    from continuity_app.home import ClientHome
    from continuity_app.journal import Journal
    from continuity_app.vault import unlock

    home, kill_at = ClientHome(Path(sys.argv[1])), sys.argv[2]
    count, fsize = int(sys.argv[3]), int(sys.argv[4])
    session = unlock(home, sys.argv[5], now=dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC))
    journal = Journal.open(session)
    if fsize:
        import resource
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    def die(step):
        if step == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    from continuity_app.errors import KnownError
    for i in range(count):
        try:
            e = journal.add("note", {"citizen_id": "c-1", "text": f"{os.getpid()}-{i}"},
                            initials="AB", on_step=die).entry
        except KnownError as err:
            print(int(err.exit_code), err)
            sys.exit(0)
        print(e.id, flush=True)
""")

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")


def child(world: World, kill_at: str = "", count: int = 1, fsize: int = 0) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(world.homes[0].root), kill_at, str(count), str(fsize), PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def own(world: World) -> storage.OwnLog:
    keys = DeviceFile.load(world.homes[0].device).unwrap(PASSPHRASE)
    return storage.read_own(world.homes[0], keys.audit)


def test_the_journal_is_encrypted_at_rest_and_chained(journal: Journal) -> None:
    journal.add("note", {"citizen_id": "c-1", "text": SECRET_TEXT}, now=NOW)
    journal.add(
        "given",
        {
            "citizen_id": "c-1",
            "medication_id": "m-1",
            "date": "27-11-2026",
            "slot": "morgen",
            "outcome": "givet",
        },
        now=NOW,
    )
    raw = storage.own_path(journal.home).read_bytes()
    for secret in (SECRET_TEXT, CITIZEN_NAME, CPR, "Marevan", "c-1", "givet"):
        assert secret.encode() not in raw
    assert oct(storage.own_path(journal.home).stat().st_mode & 0o777) == "0o600"
    log = own_world_log(journal)
    assert log.intact and log.problems == [] and len(log.entries) == 2


def own_world_log(journal: Journal) -> storage.OwnLog:
    journal.refresh()
    return journal.own()


def test_a_torn_last_record_is_reported_with_its_position_and_set_aside(journal: Journal) -> None:
    for i in range(3):
        journal.add("note", {"citizen_id": "c-1", "text": f"n{i}"}, now=NOW)
    path = storage.own_path(journal.home)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 40])  # the last record cut off mid-line
    log = own_world_log(journal)
    assert [e.n for e in log.entries] == [1, 2]
    assert [(p.kind, p.line, p.tampering) for p in log.problems] == [("torn", 3, False)]
    assert "entry 3 is incomplete" in str(log.problems[0]) and "journal.log line 3" in str(log.problems[0])
    again = journal.add("note", {"citizen_id": "c-1", "text": "efter"}, now=NOW).entry
    assert again.n == 3  # the lost entry's number is reused: it was never confirmed
    log = own_world_log(journal)
    assert [e.n for e in log.entries] == [1, 2, 3] and log.intact
    assert [p.kind for p in log.problems] == ["torn"]


def test_a_damaged_record_in_the_middle_is_named_and_the_rest_stays_readable(journal: Journal) -> None:
    for i in range(4):
        journal.add("note", {"citizen_id": "c-1", "text": f"n{i}"}, now=NOW)
    path = storage.own_path(journal.home)
    lines = path.read_bytes().split(b"\n")
    lines[1] = lines[1][:60] + b"X" + lines[1][61:]
    path.write_bytes(b"\n".join(lines))
    log = own_world_log(journal)
    assert [e.n for e in log.entries] == [1, 3, 4]
    assert not log.intact and any(p.line == 2 for p in log.problems)


@pytest.mark.parametrize("kill_at", ["locked", "written", "synced"])
def test_killed_at_each_step_of_an_append(world: World, kill_at: str) -> None:
    s = world.session(0)
    Journal.open(s).add("note", {"citizen_id": "c-1", "text": "før"}, initials="AB", now=NOW)
    s.lock()
    proc = child(world, kill_at)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, err
    log = own(world)
    # killed before writing: the entry is lost (never confirmed); after: it is whole
    assert [e.n for e in log.entries] == ([1] if kill_at == "locked" else [1, 2])
    assert log.intact and log.problems == []
    s = world.session(0)
    nxt = Journal.open(s).add("note", {"citizen_id": "c-1", "text": "efter"}, initials="AB", now=NOW)
    s.lock()
    assert nxt.entry.n == len(log.entries) + 1
    assert own(world).intact


def test_two_appends_at_once_both_land_with_the_chain_intact(world: World) -> None:
    procs = [child(world, count=15) for _ in range(2)]
    outs = [p.communicate(timeout=120)[0].split() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    log = own(world)
    assert [e.n for e in log.entries] == list(range(1, 31))
    assert log.problems == []
    assert sorted(outs[0] + outs[1]) == sorted(e.id for e in log.entries)
    texts = [e.fields["text"] for e in log.entries]
    assert len({t.split("-")[0] for t in texts}) == 2  # both processes' entries are there


def test_a_full_disk_loses_only_the_entry_being_written_and_says_so(world: World) -> None:
    if not hasattr(signal, "SIGXFSZ"):
        pytest.skip("no RLIMIT_FSIZE on this system")
    s = world.session(0)
    Journal.open(s).add("note", {"citizen_id": "c-1", "text": "før"}, initials="AB", now=NOW)
    s.lock()
    size = storage.own_path(world.homes[0]).stat().st_size
    proc = child(world, count=3, fsize=size + 200)  # room for a fraction of one more record
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    code, message = out.strip().splitlines()[-1].split(" ", 1)
    assert int(code) == ExitCode.DISK
    assert "the disk is full" in message and "NOT recorded" in message
    log = own(world)
    assert [e.n for e in log.entries] == [1] and log.intact
    assert [p.kind for p in log.problems] == ["torn"]  # the part that fitted, set aside later
    s = world.session(0)
    again = Journal.open(s).add("note", {"citizen_id": "c-1", "text": "x"}, initials="AB", now=NOW)
    s.lock()
    assert again.entry.n == 2 and own(world).intact


def test_an_unwritable_journal_is_a_disk_error(journal: Journal) -> None:
    folder = storage.own_path(journal.home).parent
    folder.mkdir(parents=True, exist_ok=True)
    storage.own_path(journal.home).mkdir()  # a folder where the file should be
    with pytest.raises(DiskError, match="journal"):
        journal.add("note", {"citizen_id": "c-1", "text": "x"}, now=NOW)


def test_a_torn_tail_longer_than_the_read_window_is_still_set_aside(journal: Journal) -> None:
    journal.add("note", {"citizen_id": "c-1", "text": "før"}, now=NOW)
    path = storage.own_path(journal.home)
    with path.open("ab") as f:
        f.write(b'{"v":"1.0","n":2,"prev":"' + b"0" * 200_000)  # a huge half-written line
    again = journal.add("note", {"citizen_id": "c-1", "text": "efter"}, now=NOW).entry
    assert again.n == 2
    log = own_world_log(journal)
    assert [e.n for e in log.entries] == [1, 2] and log.intact
    assert [(p.kind, p.line) for p in log.problems] == [("torn", 2)]


def test_a_record_changed_in_place_between_two_appends_is_still_found(journal: Journal) -> None:
    for i in range(2):
        journal.add("note", {"citizen_id": "c-1", "text": f"n{i}"}, now=NOW)
    path = storage.own_path(journal.home)
    lines = path.read_bytes().split(b"\n")
    at = lines[1].index(b'"ct":"') + 20
    lines[1] = lines[1][:at] + (b"A" if lines[1][at : at + 1] != b"A" else b"B") + lines[1][at + 1 :]
    path.write_bytes(b"\n".join(lines))  # the same size: the appender is not told
    journal.add("note", {"citizen_id": "c-1", "text": "efter"}, now=NOW)
    log = own_world_log(journal)
    assert not log.intact and [e.n for e in log.entries] == [1, 3]
    assert any(p.line == 2 and p.kind == "altered" for p in log.problems)


def _envelopes(journal: Journal) -> list[dict[str, object]]:
    import json

    return [json.loads(line) for line in storage.own_path(journal.home).read_bytes().splitlines()]


def test_a_session_seals_its_records_under_one_key_each_record_readable_alone(journal: Journal) -> None:
    """Format 2.0: one HPKE-sealed key per session, in every record (vault.chainlog)."""
    for i in range(3):
        journal.add("note", {"citizen_id": "c-1", "text": f"n{i}"}, now=NOW)
    envelopes = _envelopes(journal)
    assert {e["v"] for e in envelopes} == {"2.0"}
    assert len({e["wk"] for e in envelopes}) == 1 and len({e["nonce"] for e in envelopes}) == 3
    other = Journal.open(journal.session)  # another session's appends: a key of its own
    other.add("note", {"citizen_id": "c-1", "text": "n3"}, initials="AB", now=NOW)
    assert _envelopes(journal)[3]["wk"] != envelopes[0]["wk"]
    path = storage.own_path(journal.home)
    lines = path.read_bytes().splitlines()
    path.write_bytes(b"\n".join([lines[0], b"{ damaged", *lines[2:]]) + b"\n")
    log = own_world_log(journal)
    assert [e.n for e in log.entries] == [1, 3, 4]  # the key the damaged record held is in the others
    assert [(p.line, p.kind) for p in log.problems] == [(2, "unreadable"), (3, "removed")]


@pytest.mark.parametrize("field", ["n", "prev", "nonce", "wk"])
def test_a_session_record_edited_or_given_another_files_key_does_not_decrypt(
    journal: Journal, field: str
) -> None:
    import base64
    import json

    from continuity_app.vault import chainlog

    journal.add("note", {"citizen_id": "c-1", "text": "n0"}, now=NOW)
    journal.add("note", {"citizen_id": "c-1", "text": "n1"}, now=NOW)
    path = storage.own_path(journal.home)
    envelopes = _envelopes(journal)
    env = envelopes[1]
    if field == "n":
        env["n"] = 3
    elif field == "prev":
        env["prev"] = "0" * 64
    elif field == "nonce":
        env["nonce"] = base64.b64encode(bytes(12)).decode()
    else:  # a key sealed for the imported file: the same record key, another label
        keys = DeviceFile.load(journal.home.device).unwrap(PASSPHRASE)
        env["wk"] = chainlog.SessionKey.new(keys.audit.public_key(), storage.IMPORTED_LABEL).wrapped
    lines = [json.dumps(e, separators=(",", ":")).encode() for e in envelopes]
    path.write_bytes(b"\n".join(lines) + b"\n")
    log = own_world_log(journal)
    assert not log.intact
    assert [e.n for e in log.entries] == [1]
    assert any(p.line == 2 and p.kind in {"altered", "removed"} for p in log.problems)


def test_records_of_the_older_format_and_the_session_format_read_as_one_journal(journal: Journal) -> None:
    """A journal begun by a version that sealed each record alone (1.0) goes on in 2.0."""
    from continuity_app.journal.entry import GENESIS, Entry
    from continuity_app.vault import chainlog

    keys = DeviceFile.load(journal.home.device).unwrap(PASSPHRASE)
    first = Entry(
        device=journal.device_id,
        n=1,
        kind="note",
        initials="AB",
        at=NOW,
        recorded=NOW,
        fields={"citizen_id": "c-1", "text": "før"},
        prev=GENESIS,
        scope=journal.scope,
    )
    line = chainlog.encode_line(
        keys.audit.public_key(), storage.OWN_LABEL, 1, storage.OWN_GENESIS, first.canonical()
    )
    path = storage.own_path(journal.home)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_bytes(line + b"\n")
    path.chmod(0o600)
    journal.refresh()
    second = journal.add("note", {"citizen_id": "c-1", "text": "efter"}, now=NOW).entry
    assert second.n == 2 and second.prev == first.hash()
    assert [e["v"] for e in _envelopes(journal)] == ["1.0", "2.0"]
    log = own_world_log(journal)
    assert log.intact and [e.n for e in log.entries] == [1, 2]
