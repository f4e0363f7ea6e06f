"""The journal through the real commands on a demo installation with two laptops of one unit.

A dose recorded on both laptops, the hand-back files exchanged on a USB stick and
collected by IT: the double dose is in ``flags.csv``; drills are flagged once and
kept out of the re-entry lists; a revoked laptop's file is refused.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from continuity_app.demosetup import DEMO_PASSPHRASE, DEMO_PUBLISHER_PASSPHRASE
from continuity_app.domain.age import COPENHAGEN

pytestmark = pytest.mark.slow


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CONTINUITY_PASSPHRASE": DEMO_PASSPHRASE,
        "CONTINUITY_PUBLISHER_PASSPHRASE": DEMO_PUBLISHER_PASSPHRASE,
    }
    prog = (
        ["-m", "continuity_app"]
        if args[0] == "app"
        else ["-c", "import sys; from continuity_app.cli.publisher import main; sys.exit(main())"]
    )
    return subprocess.run(
        [sys.executable, *prog, *args[1:]], capture_output=True, text=True, timeout=300, env=env, input=stdin
    )


def ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("journal") / "demo"
    ok(run("app", "demo", "--no-gui", "--scale", "tiny", "--home", str(root)))
    from continuity_app.home import ClientHome
    from continuity_app.vault import unlock

    with unlock(ClientHome(root / "client"), DEMO_PASSPHRASE) as s:
        scope = s.device.scope
        conn = s.store.conn
        citizen, med = conn.execute(
            "SELECT citizen_id, medication_id FROM medications WHERE as_needed = 0 LIMIT 1"
        ).fetchone()
        pn_citizen, pn_med = conn.execute(
            "SELECT citizen_id, medication_id FROM medications WHERE as_needed = 1 LIMIT 1"
        ).fetchone()
        tree, node = conn.execute("SELECT tree_id, node_id FROM contacts LIMIT 1").fetchone()
    second = root / "client2"
    ok(
        run(
            "app",
            "enroll",
            "--unit",
            scope,
            "--source",
            str(root / "publish"),
            "--publisher-key",
            str(root / "publisher" / "publisher-key.pub"),
            "--home",
            str(second),
            "--out",
            str(root / "request2.json"),
        )
    )
    ok(run("pub", "device", "add", str(root / "request2.json"), "--home", str(root / "publisher")))
    ok(
        run(
            "pub",
            "build",
            "--home",
            str(root / "publisher"),
            "--input",
            str(root / "exports"),
            "--out",
            str(root / "publish"),
        )
    )
    for home in (root / "client", second):
        ok(run("app", "sync", "--home", str(home)))
    return {
        "root": root,
        "homes": [root / "client", second],
        "citizen": citizen,
        "med": med,
        "pn": (pn_citizen, pn_med),
        "tree": (tree, node),
    }


def test_the_journal_from_entry_to_it_s_re_entry_lists(
    demo: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root: Path = demo["root"]
    a, b = demo["homes"]
    citizen, med = demo["citizen"], demo["med"]
    given = [
        "given",
        "--citizen",
        citizen,
        "--medication",
        med,
        "--date",
        "02-12-2026",
        "--slot",
        "morgen",
        "--outcome",
        "givet",
        "--initials",
        "AB",
    ]
    ok(run("app", "journal", "add", *given, "--home", str(a)))
    ok(run("app", "journal", "add", *given[:-1], "CD", "--home", str(b)))
    # the same dose again on one laptop: refused until confirmed
    again = run("app", "journal", "add", *given, "--home", str(a))
    assert again.returncode == 26 and "already recorded" in again.stderr
    pn_citizen, pn_med = demo["pn"]
    three_hours_ago = dt.datetime.now(COPENHAGEN).replace(second=0, microsecond=0) - dt.timedelta(hours=3)
    out = ok(
        run(
            "app",
            "journal",
            "add",
            "pn",
            "--citizen",
            pn_citizen,
            "--medication",
            pn_med,
            "--dose",
            "1 tablet",
            "--reason",
            "-",
            "--at",
            f"{three_hours_ago:%d-%m-%Y %H:%M}",
            "--initials",
            "AB",
            "--home",
            str(a),
            stdin="smerter i knæet\n",
        )
    )
    pn_id = out.split()[1]
    tree, node = demo["tree"]
    ok(run("app", "journal", "add", "drill", "--step", "start", "--initials", "AB", "--home", str(b)))
    ok(
        run(
            "app",
            "journal",
            "add",
            "call",
            "--tree",
            tree,
            "--node",
            node,
            "--channel",
            "løber",
            "--result",
            "ikke-nået",
            "--initials",
            "CD",
            "--home",
            str(b),
        )
    )
    ok(run("app", "journal", "add", "drill", "--step", "end", "--initials", "AB", "--home", str(b)))
    bad = run(
        "app",
        "journal",
        "add",
        "note",
        "--citizen",
        "NOBODY",
        "--text",
        "x",
        "--initials",
        "AB",
        "--home",
        str(a),
    )
    assert bad.returncode == 3 and "'NOBODY'" in bad.stderr and len(bad.stderr.splitlines()) == 1

    listed = json.loads(ok(run("app", "journal", "list", "--json", "--home", str(a))))
    assert [e["kind"] for e in listed] == ["given", "pn"]  # newest first
    pn = next(e for e in listed if e["id"] == pn_id)
    assert pn["reason"] == "smerter i knæet" and pn["effect_due"] is True
    assert pn["at"] == three_hours_ago.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert pn["at_local"] == f"{three_hours_ago:%d-%m-%Y %H:%M}" and pn["drill"] is False
    assert {"id", "kind", "device", "initials", "at", "drill"} <= set(pn)
    only = json.loads(
        ok(run("app", "journal", "list", "--json", "--kind", "given", "--citizen", citizen, "--home", str(a)))
    )
    assert [e["outcome"] for e in only] == ["givet"]

    usb = tmp_path / "usb"
    usb.mkdir()
    ok(run("app", "journal", "export", "--out", str(usb / "a.nkj"), "--home", str(a)))
    ok(run("app", "journal", "export", "--out", str(usb / "b.nkj"), "--home", str(b)))
    assert "4 new entries" in ok(run("app", "journal", "import", str(usb / "b.nkj"), "--home", str(a)))
    assert "Nothing new" in ok(run("app", "journal", "import", str(usb / "b.nkj"), "--home", str(a)))
    merged = json.loads(ok(run("app", "journal", "list", "--json", "--home", str(a))))
    assert len({e["device"] for e in merged}) == 2
    # the imported dose now counts on laptop a too
    assert run("app", "journal", "add", *given, "--home", str(a)).returncode == 26

    plain = tmp_path / "plain"
    done = run("app", "journal", "export", "--plain", "--out", str(plain), "--home", str(a))
    assert done.returncode == 0 and "UNENCRYPTED" in done.stderr
    assert (plain / "medication-administrations.fhir.json").exists()

    collected = tmp_path / "collected"
    out = ok(
        run(
            "pub",
            "journal",
            "collect",
            "--in",
            str(usb / "a.nkj"),
            "--in",
            str(usb / "b.nkj"),
            "--out",
            str(collected),
            "--home",
            str(root / "publisher"),
        )
    )
    assert "2 hand-back file(s)" in out
    flags = list(csv.DictReader(io.StringIO((collected / "flags.csv").read_text("utf-8-sig")), delimiter=";"))
    kinds = [f["kind"] for f in flags]
    assert kinds.count("double_dose") == 1 and kinds.count("drill") == 1
    double = next(f for f in flags if f["kind"] == "double_dose")
    assert double["citizen_id"] == citizen and len(double["entries"].split("|")) == 2
    assert "effect_missing" in kinds
    reentry = (collected / "genindtastning" / f"{citizen}.csv").read_text("utf-8-sig")
    assert reentry.count("givet") == 2
    assert not any(
        "call" in p.read_text("utf-8-sig") for p in (collected / "genindtastning").glob("*.csv")
    )  # drill entries never
    assert (collected / "genindtastning" / f"{citizen}.pdf").read_bytes().startswith(b"%PDF")
    log = (root / "publisher" / "journal-collect.log").read_text()
    assert '"event": "journal_collect"' in log and citizen not in log

    # a revoked laptop's hand-back is refused by IT
    device_b = json.loads((b / "device.json").read_text())["device_id"]
    ok(run("pub", "device", "revoke", device_b, "--home", str(root / "publisher")))
    refused = run(
        "pub",
        "journal",
        "collect",
        "--in",
        str(usb / "b.nkj"),
        "--out",
        str(tmp_path / "again"),
        "--home",
        str(root / "publisher"),
    )
    assert refused.returncode == 12 and "revoked" in refused.stderr

    # read in worker processes, as a big collect is: the same refusal, the same lists
    from continuity_app import workers
    from continuity_app.journal import collect as collecting

    results = {}
    for mode, floor in (("here", 10**9), ("workers", 1)):
        monkeypatch.setattr(collecting, "PARALLEL_MIN_ENTRIES", floor)
        monkeypatch.setattr(workers, "worker_count", lambda limit=4: 2)
        results[mode] = collecting.collect(
            root / "publisher",
            [usb / "a.nkj", usb / "b.nkj"],
            tmp_path / mode,
            passphrase=DEMO_PUBLISHER_PASSPHRASE,
        )
    here, there = results["here"], results["workers"]
    assert [(p, type(e), str(e)) for p, e in there.refused] == [(p, type(e), str(e)) for p, e in here.refused]
    assert [p for p, _e in there.refused] == [usb / "b.nkj"] and there.entries == here.entries > 0
    lists = sorted((tmp_path / "here" / "genindtastning").glob("*.csv"))
    assert lists and all(
        p.read_bytes() == (tmp_path / "workers" / "genindtastning" / p.name).read_bytes() for p in lists
    )


def test_journal_rules_through_the_commands(demo: dict, tmp_path: Path) -> None:
    """A person not in the data, a time in the future, two appends at once, the audit
    log, an altered hand-back and one of another scope: each through the real commands."""
    root: Path = demo["root"]
    a = demo["homes"][0]
    person = ["--person", "Ny Borger, 010190-1234", "--initials", "ØK", "--home", str(a)]
    ok(
        run(
            "app",
            "journal",
            "add",
            "pn",
            "--drug",
            "Pinex 500 mg",
            "--dose",
            "1 tablet",
            "--reason",
            "feber",
            *person,
        )
    )
    bad_cpr = run(
        "app",
        "journal",
        "add",
        "note",
        "--person",
        "Ny Borger, 999999-1234",
        "--text",
        "x",
        "--initials",
        "AB",
        "--home",
        str(a),
    )
    assert bad_cpr.returncode == 3 and "CPR" in bad_cpr.stderr
    soon = dt.datetime.now(COPENHAGEN) + dt.timedelta(minutes=30)
    future = run(
        "app",
        "journal",
        "add",
        "note",
        "--citizen",
        demo["citizen"],
        "--text",
        "-",
        "--at",
        f"{soon:%d-%m-%Y %H:%M}",
        "--initials",
        "AB",
        "--home",
        str(a),
        stdin="ilt: to flasker tilbage\n",
    )
    assert future.returncode == 0 and "more than 10 minutes in the future" in future.stderr
    assert "ilt: to flasker" not in future.stdout + future.stderr  # the text came on stdin
    tree, _node = demo["tree"]
    for words, named in (
        (["visit", "--visit", "V-NONE", "--outcome", "udført"], "'V-NONE'"),
        (["call", "--tree", "T-NONE", "--node", "n", "--channel", "mobil", "--result", "nået"], "'T-NONE'"),
        (["call", "--tree", tree, "--node", "N-NONE", "--channel", "mobil", "--result", "nået"], "'N-NONE'"),
    ):
        done = run("app", "journal", "add", *words, "--initials", "AB", "--home", str(a))
        assert done.returncode == 3 and named in done.stderr, done.stderr

    # two appends at once from two processes: both land, the chain stays intact
    env = {**os.environ, "CONTINUITY_PASSPHRASE": DEMO_PASSPHRASE}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "continuity_app",
                "journal",
                "add",
                "note",
                "--citizen",
                str(demo["citizen"]),
                "--text",
                f"samtidig {i}",
                "--initials",
                "AB",
                "--home",
                str(a),
            ],
            env=env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for i in range(2)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    ids = sorted(out.split()[1] for out, _err in results)
    listed = json.loads(ok(run("app", "journal", "list", "--json", "--home", str(a))))
    mine = [e for e in listed if e["device"] == ids[0].rsplit("-", 1)[0]]
    assert {e["id"] for e in mine} >= set(ids)
    assert sorted(e["n"] for e in mine) == list(range(1, len(mine) + 1))
    assert "line" not in run("app", "journal", "list", "--home", str(a)).stderr  # no damage
    new = next(e for e in listed if e.get("person"))
    assert new["person"] == "Ny Borger, 010190-1234" and new["initials"] == "ØK"

    # export, import and the plain views are in the audit log (the first test made them)
    audit_csv = tmp_path / "audit.csv"
    ok(run("app", "audit", "--out", str(audit_csv), "--home", str(a)))
    events = audit_csv.read_text("utf-8-sig")
    for event in ("journal_export", "journal_import", "journal_plain"):
        assert event in events, event

    # IT: the person is flagged for entry; one byte changed is refused naming the file
    out = tmp_path / "a.nkj"
    ok(run("app", "journal", "export", "--out", str(out), "--home", str(a)))
    collected = tmp_path / "collected"
    done = run(
        "pub",
        "journal",
        "collect",
        "--in",
        str(out),
        "--out",
        str(collected),
        "--home",
        str(root / "publisher"),
    )
    ok(done)  # laptop b, revoked by the first test, is left out alone; a's own entries are in
    device_b = json.loads((demo["homes"][1] / "device.json").read_text())["device_id"]
    assert "left out" in done.stderr and device_b in done.stderr
    flags = list(csv.DictReader(io.StringIO((collected / "flags.csv").read_text("utf-8-sig")), delimiter=";"))
    unknown = [f for f in flags if f["kind"] == "unknown_citizen"]
    assert unknown and unknown[0]["citizen_id"] == "person:Ny Borger, 010190-1234"
    assert (collected / "genindtastning" / "Ny_Borger__010190-1234.csv").exists()
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    (tmp_path / "changed.nkj").write_bytes(bytes(data))
    refused = run(
        "pub",
        "journal",
        "collect",
        "--in",
        str(tmp_path / "changed.nkj"),
        "--out",
        str(tmp_path / "refused"),
        "--home",
        str(root / "publisher"),
    )
    assert refused.returncode == 12 and "changed.nkj" in refused.stderr
    assert "does not verify" in refused.stderr and "Traceback" not in refused.stderr

    # a laptop of another unit: its journal is refused by this laptop, naming both scopes
    own_scope = json.loads((a / "device.json").read_text())["scope"]
    from continuity_app.home import ClientHome
    from continuity_app.vault import unlock

    with unlock(ClientHome(a), DEMO_PASSPHRASE) as s:
        other_unit = s.store.conn.execute(
            "SELECT unit_id FROM units WHERE unit_id != ? ORDER BY unit_id LIMIT 1", (own_scope,)
        ).fetchone()
    if other_unit is None:  # a demo scope that holds one unit only: take any other unit id
        pytest.skip("the demo scope names no other unit")
    elsewhere = root / "client-elsewhere"
    ok(
        run(
            "app",
            "enroll",
            "--unit",
            other_unit[0],
            "--source",
            str(root / "publish"),
            "--publisher-key",
            str(root / "publisher" / "publisher-key.pub"),
            "--home",
            str(elsewhere),
            "--out",
            str(root / "request-elsewhere.json"),
        )
    )
    ok(run("pub", "device", "add", str(root / "request-elsewhere.json"), "--home", str(root / "publisher")))
    ok(
        run(
            "pub",
            "build",
            "--home",
            str(root / "publisher"),
            "--input",
            str(root / "exports"),
            "--out",
            str(root / "publish"),
        )
    )
    ok(run("app", "sync", "--home", str(elsewhere)))
    ok(run("app", "journal", "add", "drill", "--step", "start", "--initials", "AB", "--home", str(elsewhere)))
    ok(run("app", "journal", "export", "--out", str(tmp_path / "other.nkj"), "--home", str(elsewhere)))
    other = run("app", "journal", "import", str(tmp_path / "other.nkj"), "--home", str(a))
    assert other.returncode == 13 and f"scope {other_unit[0]!r}" in other.stderr


@pytest.mark.parametrize(
    "words",
    [
        ["app", "journal", "--help"],
        ["app", "journal", "add", "--help"],
        ["app", "journal", "add", "pn", "--help"],
        ["app", "journal", "list", "--help"],
        ["app", "journal", "export", "--help"],
        ["app", "journal", "import", "--help"],
        ["pub", "journal", "collect", "--help"],
    ],
)
def test_every_journal_command_explains_itself(words: list[str]) -> None:
    assert ok(run(*words)).strip()


def test_bad_journal_input_is_one_line_and_a_documented_code(demo: dict, tmp_path: Path) -> None:
    a = str(demo["homes"][0])
    cases = [
        (["journal", "add", "note", "--citizen", demo["citizen"], "--text", "x", "--initials", "A1"], 3),
        (["journal", "add", "note", "--citizen", demo["citizen"], "--text", "x"], 3),
        (
            [
                "journal",
                "add",
                "given",
                "--citizen",
                demo["citizen"],
                "--medication",
                demo["med"],
                "--date",
                "31-02-2026",
                "--slot",
                "morgen",
                "--outcome",
                "givet",
                "--initials",
                "AB",
            ],
            3,
        ),
        (
            [
                "journal",
                "add",
                "note",
                "--citizen",
                demo["citizen"],
                "--text",
                "x",
                "--initials",
                "AB",
                "--at",
                "i går",
            ],
            3,
        ),
        (["journal", "list", "--kind", "nope"], 2),
        (["journal", "import", str(tmp_path / "missing.nkj")], 4),
        (["journal", "export", "--out", str(tmp_path)], 2),
    ]
    (tmp_path / "junk.nkj").write_bytes(b"not a journal")
    cases.append((["journal", "import", str(tmp_path / "junk.nkj")], 11))
    for words, code in cases:
        done = run("app", *[str(w) for w in words], "--home", a)
        assert done.returncode == code, (words, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
