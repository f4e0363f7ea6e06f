"""``continuity-app print`` for the crisis packs, end to end: a real home, the journal, a drill."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from crisis_support import CREATED, dataset
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader

from continuity_app.bundle import write_bundle
from continuity_app.bundle.keys import publisher_key_text
from continuity_app.cli.app import main
from continuity_app.home import ClientHome
from continuity_app.kdf import floor_params
from continuity_app.store import Store
from continuity_app.vault.device import DeviceFile
from continuity_app.vault.enroll import enroll

PASSPHRASE = "rød brandbil ved havnen"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ClientHome:
    """A crisis staff laptop (scope alle) holding one generation of the crisis dataset."""
    key = Ed25519PrivateKey.generate()
    key_file = tmp_path / "publisher-key.pub"
    key_file.write_text(publisher_key_text(key.public_key()), encoding="ascii")
    h = ClientHome(tmp_path / "home")
    enroll(h, scope="alle", source=str(tmp_path / "publish"), publisher_key_file=key_file,
           passphrase=PASSPHRASE, out=tmp_path / "REQUEST.json", kdf=floor_params(), now=CREATED)
    device = DeviceFile.load(h.device)
    with Store.build(dataset(), meta={"scope": "alle", "scope_name": "Alle enheder",
                                      "sequence": "1", "created_at": CREATED.isoformat()}) as s:
        image = s.image()
    data = write_bundle(image, scope="alle", sequence=1, created_at=CREATED,
                        valid_until=CREATED + dt.timedelta(days=3650), counts={"citizens": 16},
                        recipients={device.device_id: device.device_public()}, signing_key=key)
    (h.generations / "alle-1.bundle").write_bytes(data)
    monkeypatch.setenv("CONTINUITY_PASSPHRASE", PASSPHRASE)
    return h


def run(home: ClientHome, *args: str) -> int:
    return main([*args, "--home", str(home.root)])


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_overview_and_nearby_from_the_command_line(home, tmp_path, capsys):
    out = tmp_path / "overblik.pdf"
    assert run(home, "print", "overview", "--out", str(out)) == 0
    text = pdf_text(out)
    assert "Overblik – kommunen samlet" in text and "144 liter" in text
    near = tmp_path / "naer.pdf"
    assert run(home, "print", "nearby", "--near", "56.5262,8.2016", "--radius-km", "7,15",
               "--out", str(near)) == 0
    text = pdf_text(near)
    assert "Hjemmeplejen Lemvig" in text and "Plejecenter Solgården" not in text.split("uden koordinater")[0]


@pytest.mark.parametrize(("args", "words"), [
    (["nearby", "--near", "nowhere", "--radius-km", "5"], "neither a unit id"),
    (["nearby", "--near", "PC1"], "--radius-km"),
    (["callrun"], "--tree"),
    (["callrun", "--tree", "T9"], "Contact tree 'T9'"),
])
def test_clear_one_line_errors(home, tmp_path, capsys, args, words):
    out = tmp_path / "x.pdf"
    code = run(home, "print", *args, "--out", str(out))
    err = capsys.readouterr().err
    assert code == 2 and words in err and "Traceback" not in err
    assert not out.exists()


def test_a_bad_radius_is_refused_by_the_parser(home, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        run(home, "print", "nearby", "--near", "PC1", "--radius-km", "-3", "--out", str(tmp_path / "x.pdf"))
    assert exit_info.value.code == 2 and "above 0 km" in capsys.readouterr().err


def test_a_call_tree_run_logged_with_journal_add_prints_who_is_missing(home, tmp_path, capsys):
    now = dt.datetime.now(dt.UTC)
    when = (now - dt.timedelta(minutes=30)).astimezone().strftime("%d-%m-%Y %H:%M")
    assert run(home, "journal", "add", "call", "--initials", "KC", "--tree", "T1", "--node", "chief",
               "--channel", "mobil", "--result", "nået", "--run", "start", "--at", when) == 0, \
        capsys.readouterr().err
    assert run(home, "journal", "add", "call", "--initials", "KC", "--tree", "T1", "--node", "a",
               "--channel", "mobil", "--result", "ikke-nået", "--at", when) == 0
    out = tmp_path / "callrun.pdf"
    assert run(home, "print", "callrun", "--tree", "T1", "--out", str(out)) == 0
    text = pdf_text(out)
    assert "1 af 5 nået" in text
    assert "ESKALERET: ring til stedfortræder Bo Leder" in text  # Anna: 15 minutes have passed


def test_a_drill_times_the_print_and_its_report_prints(home, tmp_path, capsys):
    assert run(home, "journal", "add", "drill", "--initials", "KC", "--step", "start") == 0, \
        capsys.readouterr().err
    assert run(home, "print", "vulnerable", "--out", str(tmp_path / "v.pdf")) == 0
    assert run(home, "print", "route", "--date", "all", "--out", str(tmp_path / "r.pdf")) == 0
    assert run(home, "journal", "add", "drill", "--initials", "KC", "--step", "end",
               "--text", "Godt gået") == 0
    out = tmp_path / "drill.pdf"
    assert run(home, "print", "drill", "--out", str(out)) == 0
    text = pdf_text(out)
    assert "Tid til låst op 0 min" in text
    assert "(vulnerable)" in text and "Tid til alle kørelister udskrevet 0 min" in text
    assert "Godt gået" in text and "27. november 2026 kl. 05:30 (" in text  # data age at the start
    capsys.readouterr()
    assert run(home, "journal", "list", "--kind", "drill") == 0
    listed = capsys.readouterr().out
    assert listed.count("print=") == 2 and listed.count("unlock") == 1  # unlock timed once
