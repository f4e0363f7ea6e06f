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
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CONTINUITY_PASSPHRASE": DEMO_PASSPHRASE,
           "CONTINUITY_PUBLISHER_PASSPHRASE": DEMO_PUBLISHER_PASSPHRASE}
    prog = ["-m", "continuity_app"] if args[0] == "app" else [
        "-c", "import sys; from continuity_app.cli.publisher import main; sys.exit(main())"]
    return subprocess.run([sys.executable, *prog, *args[1:]], capture_output=True, text=True,
                          timeout=300, env=env, input=stdin)


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
        citizen, med = conn.execute("SELECT citizen_id, medication_id FROM medications "
                                    "WHERE as_needed = 0 LIMIT 1").fetchone()
        pn_citizen, pn_med = conn.execute("SELECT citizen_id, medication_id FROM medications "
                                          "WHERE as_needed = 1 LIMIT 1").fetchone()
        tree, node = conn.execute("SELECT tree_id, node_id FROM contacts LIMIT 1").fetchone()
    second = root / "client2"
    ok(run("app", "enroll", "--unit", scope, "--source", str(root / "publish"), "--publisher-key",
           str(root / "publisher" / "publisher-key.pub"), "--home", str(second),
           "--out", str(root / "request2.json")))
    ok(run("pub", "device", "add", str(root / "request2.json"), "--home", str(root / "publisher")))
    ok(run("pub", "build", "--home", str(root / "publisher"), "--input", str(root / "exports"),
           "--out", str(root / "publish")))
    for home in (root / "client", second):
        ok(run("app", "sync", "--home", str(home)))
    return {"root": root, "homes": [root / "client", second], "citizen": citizen, "med": med,
            "pn": (pn_citizen, pn_med), "tree": (tree, node)}


def test_the_journal_from_entry_to_it_s_re_entry_lists(demo: dict, tmp_path: Path) -> None:
    root: Path = demo["root"]
    a, b = demo["homes"]
    citizen, med = demo["citizen"], demo["med"]
    given = ["given", "--citizen", citizen, "--medication", med, "--date", "02-12-2026",
             "--slot", "morgen", "--outcome", "givet", "--initials", "AB"]
    ok(run("app", "journal", "add", *given, "--home", str(a)))
    ok(run("app", "journal", "add", *given[:-1], "CD", "--home", str(b)))
    # the same dose again on one laptop: refused until confirmed
    again = run("app", "journal", "add", *given, "--home", str(a))
    assert again.returncode == 26 and "already recorded" in again.stderr
    pn_citizen, pn_med = demo["pn"]
    three_hours_ago = dt.datetime.now(COPENHAGEN).replace(second=0, microsecond=0) - dt.timedelta(hours=3)
    out = ok(run("app", "journal", "add", "pn", "--citizen", pn_citizen, "--medication", pn_med,
                 "--dose", "1 tablet", "--reason", "-", "--at", f"{three_hours_ago:%d-%m-%Y %H:%M}",
                 "--initials", "AB", "--home", str(a), stdin="smerter i knæet\n"))
    pn_id = out.split()[1]
    tree, node = demo["tree"]
    ok(run("app", "journal", "add", "drill", "--step", "start", "--initials", "AB", "--home", str(b)))
    ok(run("app", "journal", "add", "call", "--tree", tree, "--node", node, "--channel", "løber",
           "--result", "ikke-nået", "--initials", "CD", "--home", str(b)))
    ok(run("app", "journal", "add", "drill", "--step", "end", "--initials", "AB", "--home", str(b)))
    bad = run("app", "journal", "add", "note", "--citizen", "NOBODY", "--text", "x",
              "--initials", "AB", "--home", str(a))
    assert bad.returncode == 3 and "'NOBODY'" in bad.stderr and len(bad.stderr.splitlines()) == 1

    listed = json.loads(ok(run("app", "journal", "list", "--json", "--home", str(a))))
    assert [e["kind"] for e in listed] == ["given", "pn"]  # newest first
    pn = next(e for e in listed if e["id"] == pn_id)
    assert pn["reason"] == "smerter i knæet" and pn["effect_due"] is True
    assert pn["at"] == three_hours_ago.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert pn["at_local"] == f"{three_hours_ago:%d-%m-%Y %H:%M}" and pn["drill"] is False
    assert {"id", "kind", "device", "initials", "at", "drill"} <= set(pn)
    only = json.loads(ok(run("app", "journal", "list", "--json", "--kind", "given", "--citizen",
                             citizen, "--home", str(a))))
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
    out = ok(run("pub", "journal", "collect", "--in", str(usb / "a.nkj"), "--in", str(usb / "b.nkj"),
                 "--out", str(collected), "--home", str(root / "publisher")))
    assert "2 hand-back file(s)" in out
    flags = list(csv.DictReader(io.StringIO((collected / "flags.csv").read_text("utf-8-sig")),
                                delimiter=";"))
    kinds = [f["kind"] for f in flags]
    assert kinds.count("double_dose") == 1 and kinds.count("drill") == 1
    double = next(f for f in flags if f["kind"] == "double_dose")
    assert double["citizen_id"] == citizen and len(double["entries"].split("|")) == 2
    assert "effect_missing" in kinds
    reentry = (collected / "genindtastning" / f"{citizen}.csv").read_text("utf-8-sig")
    assert reentry.count("givet") == 2
    assert not any("call" in p.read_text("utf-8-sig") for p in
                   (collected / "genindtastning").glob("*.csv"))  # drill entries never
    assert (collected / "genindtastning" / f"{citizen}.pdf").read_bytes().startswith(b"%PDF")
    log = (root / "publisher" / "journal-collect.log").read_text()
    assert '"event": "journal_collect"' in log and citizen not in log

    # a revoked laptop's hand-back is refused by IT
    device_b = json.loads((b / "device.json").read_text())["device_id"]
    ok(run("pub", "device", "revoke", device_b, "--home", str(root / "publisher")))
    refused = run("pub", "journal", "collect", "--in", str(usb / "b.nkj"), "--out",
                  str(tmp_path / "again"), "--home", str(root / "publisher"))
    assert refused.returncode == 12 and "revoked" in refused.stderr


@pytest.mark.parametrize("words", [
    ["app", "journal", "--help"], ["app", "journal", "add", "--help"],
    ["app", "journal", "add", "pn", "--help"], ["app", "journal", "list", "--help"],
    ["app", "journal", "export", "--help"], ["app", "journal", "import", "--help"],
    ["pub", "journal", "collect", "--help"],
])
def test_every_journal_command_explains_itself(words: list[str]) -> None:
    assert ok(run(*words)).strip()


def test_bad_journal_input_is_one_line_and_a_documented_code(demo: dict, tmp_path: Path) -> None:
    a = str(demo["homes"][0])
    cases = [
        (["journal", "add", "note", "--citizen", demo["citizen"], "--text", "x", "--initials", "A1"], 3),
        (["journal", "add", "note", "--citizen", demo["citizen"], "--text", "x"], 3),
        (["journal", "add", "given", "--citizen", demo["citizen"], "--medication", demo["med"],
          "--date", "31-02-2026", "--slot", "morgen", "--outcome", "givet", "--initials", "AB"], 3),
        (["journal", "add", "note", "--citizen", demo["citizen"], "--text", "x", "--initials", "AB",
          "--at", "i går"], 3),
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
