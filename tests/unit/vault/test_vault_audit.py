"""The audit log: written without a secret, encrypted, hash-chained; every tampering named."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import json

import pytest
from vault_helpers import PASSPHRASE, T0, Publish

from continuity_app.home import ClientHome
from continuity_app.vault import audit, unlock
from continuity_app.vault.audit import GENESIS, encode_record, line_hash
from continuity_app.vault.audit_read import AuditReport, export_csv, read_log
from continuity_app.vault.device import DeviceFile


def report_of(home: ClientHome) -> AuditReport:
    keys = DeviceFile.load(home.device).unwrap(PASSPHRASE)
    return read_log(home.audit_log, keys.audit)


def lines_of(home: ClientHome) -> list[bytes]:
    return home.audit_log.read_bytes().splitlines()


def write_lines(home: ClientHome, lines: list[bytes]) -> None:
    home.audit_log.write_bytes(b"".join(line + b"\n" for line in lines))


@pytest.fixture
def five(home: ClientHome) -> ClientHome:
    """A log of five records: enroll, then four appended without any secret."""
    for i in range(4):
        audit.append(home, "citizen_opened", now=T0 + dt.timedelta(minutes=i), citizen_id=f"c-{i}")
    return home


def kinds(report: AuditReport) -> list[tuple[str, int | None]]:
    return [(p.kind, p.record) for p in report.problems]


def test_records_are_appended_without_a_secret_and_read_back(five: ClientHome) -> None:
    report = report_of(five)
    assert report.intact and report.problems == []
    assert [e.n for e in report.entries] == [1, 2, 3, 4, 5]
    assert [e.fields.get("citizen_id") for e in report.entries[1:]] == ["c-0", "c-1", "c-2", "c-3"]
    assert report.entries[2].time_utc == T0 + dt.timedelta(minutes=1)
    assert all(e.user and e.host for e in report.entries)


def test_records_are_encrypted_and_chained_from_genesis(five: ClientHome) -> None:
    raw = five.audit_log.read_bytes()
    assert b"citizen_opened" not in raw and b"c-2" not in raw
    lines = lines_of(five)
    envelopes = [json.loads(line) for line in lines]
    assert envelopes[0]["prev"] == GENESIS and envelopes[0]["v"] == "1.0"
    for before, env in zip(lines, envelopes[1:], strict=False):
        assert env["prev"] == line_hash(before)


def test_a_removed_record_is_named(five: ClientHome) -> None:
    lines = lines_of(five)
    write_lines(five, lines[:2] + lines[3:])
    report = report_of(five)
    assert not report.intact
    assert kinds(report) == [("removed", 3)]
    assert "record 3 is missing" in str(report.problems[0])


def test_a_reordered_record_is_named(five: ClientHome) -> None:
    lines = lines_of(five)
    write_lines(five, [lines[0], lines[2], lines[1], lines[3], lines[4]])
    report = report_of(five)
    assert not report.intact
    assert kinds(report) == [("reordered", 2)]
    assert "record 2 is out of order" in str(report.problems[0])


def test_a_record_with_edited_bytes_is_named(five: ClientHome) -> None:
    lines = lines_of(five)
    env = json.loads(lines[2])
    ct = bytearray(base64.b64decode(env["ct"]))
    ct[-1] ^= 1
    env["ct"] = base64.b64encode(bytes(ct)).decode()
    lines[2] = json.dumps(env, separators=(",", ":")).encode()
    write_lines(five, lines)
    report = report_of(five)
    assert not report.intact
    assert set(kinds(report)) == {("altered", 3)}
    assert any("record 3 was altered" in str(p) for p in report.problems)


def test_a_record_replaced_by_a_forged_one_is_named(five: ClientHome) -> None:
    """Anyone can encrypt to the public key; the next record's hash still gives it away."""
    lines = lines_of(five)
    env = json.loads(lines[2])
    forged = encode_record(
        DeviceFile.load(five.device).audit_key(), env["n"], env["prev"], "search", {"count": 0}, when=T0
    )
    write_lines(five, [*lines[:2], forged, *lines[3:]])
    report = report_of(five)
    assert kinds(report) == [("altered", 3)]
    assert "record 4 recorded a different hash" in str(report.problems[0])


def test_a_renumbered_record_is_named(five: ClientHome) -> None:
    lines = lines_of(five)
    env = json.loads(lines[3])
    env["n"] = 7
    lines[3] = json.dumps(env, separators=(",", ":")).encode()
    write_lines(five, lines)
    report = report_of(five)
    assert not report.intact
    assert ("altered", 7) in kinds(report)  # its content no longer decrypts


def test_a_torn_last_record_is_reported_not_fatal_and_set_aside(five: ClientHome) -> None:
    data = five.audit_log.read_bytes()
    five.audit_log.write_bytes(data[:-40])  # a crash in the middle of writing record 5
    report = report_of(five)
    assert report.intact
    assert kinds(report) == [("torn", 5)]
    assert "record 5 is incomplete" in str(report.problems[0])
    n = audit.append(five, "sync", result="up_to_date")
    assert n == 5
    report = report_of(five)
    assert report.intact
    assert [p.kind for p in report.problems] == ["torn"]
    assert report.entries[-1].event == "sync" and report.entries[-1].n == 5


def test_unknown_fields_are_refused_so_search_text_cannot_be_logged(
    home: ClientHome, publish: Publish
) -> None:
    publish(1)
    with unlock(home, PASSPHRASE, now=T0) as session:
        session.store.search_citizens("Sønderskov")
        session.audit("search", count=1, view="citizens")
        with pytest.raises(ValueError, match="'text'"):
            session.audit("search", text="Sønderskov")
        with pytest.raises(ValueError, match="'query'"):
            audit.append(home, "search", query="Sønderskov")
    report = report_of(home)
    searches = [e for e in report.entries if e.event == "search"]
    assert [s.fields for s in searches] == [{"count": 1, "view": "citizens"}]
    for entry in report.entries:
        assert "Sønderskov" not in json.dumps(entry.fields, ensure_ascii=False)


def test_the_export_is_a_readable_csv_in_danish_time(five: ClientHome, tmp_path) -> None:
    out = tmp_path / "audit.csv"
    export_csv(report_of(five), out)
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(text.splitlines(), delimiter=";"))
    assert [r["record"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert rows[2]["event"] == "citizen_opened" and rows[2]["citizen_id"] == "c-1"
    assert rows[2]["time_utc"] == "2026-11-27T05:31:00+00:00"
    assert rows[2]["time_local"] == "2026-11-27 06:31:00"  # CET in November
    assert all(r["chain"] == "ok" for r in rows)


def test_the_export_marks_the_broken_records(five: ClientHome, tmp_path) -> None:
    lines = lines_of(five)
    write_lines(five, lines[:1] + lines[2:])
    out = tmp_path / "audit.csv"
    export_csv(report_of(five), out)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert "record 2 is missing" in rows[1]["chain"]
