"""``continuity-app print`` for the crisis packs, end to end: a real home, the journal, a drill."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from crisis_support import CREATED, dataset
from home_support import enrolled_home
from pypdf import PdfReader

from continuity_app.cli.app import main
from continuity_app.home import ClientHome

PASSPHRASE = "rød brandbil ved havnen"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ClientHome:
    """A crisis staff laptop (scope alle) holding one generation of the crisis dataset."""
    monkeypatch.setenv("CONTINUITY_PASSPHRASE", PASSPHRASE)
    return enrolled_home(
        tmp_path, dataset(), scope="alle", scope_name="Alle enheder", passphrase=PASSPHRASE, created=CREATED
    )


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
    assert (
        run(home, "print", "nearby", "--near", "56.5262,8.2016", "--radius-km", "7,15", "--out", str(near))
        == 0
    )
    text = pdf_text(near)
    assert "Hjemmeplejen Lemvig" in text and "Plejecenter Solgården" not in text.split("uden koordinater")[0]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["nearby", "--near", "nowhere", "--radius-km", "5"], "neither a unit id"),
        (["nearby", "--near", "PC1"], "--radius-km"),
        (["callrun"], "--tree"),
        (["callrun", "--tree", "T9"], "Contact tree 'T9'"),
    ],
)
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
    assert (
        run(
            home,
            "journal",
            "add",
            "call",
            "--initials",
            "KC",
            "--tree",
            "T1",
            "--node",
            "chief",
            "--channel",
            "mobil",
            "--result",
            "nået",
            "--run",
            "start",
            "--at",
            when,
        )
        == 0
    ), capsys.readouterr().err
    assert (
        run(
            home,
            "journal",
            "add",
            "call",
            "--initials",
            "KC",
            "--tree",
            "T1",
            "--node",
            "a",
            "--channel",
            "mobil",
            "--result",
            "ikke-nået",
            "--at",
            when,
        )
        == 0
    )
    out = tmp_path / "callrun.pdf"
    assert run(home, "print", "callrun", "--tree", "T1", "--out", str(out)) == 0
    text = pdf_text(out)
    assert "1 af 5 nået" in text
    assert "ESKALERET: ring til stedfortræder Bo Leder" in text  # Anna: 15 minutes have passed


def test_a_drill_times_the_print_and_its_report_prints(home, tmp_path, capsys):
    assert run(home, "journal", "add", "drill", "--initials", "KC", "--step", "start") == 0, (
        capsys.readouterr().err
    )
    assert run(home, "print", "vulnerable", "--out", str(tmp_path / "v.pdf")) == 0
    assert run(home, "print", "route", "--date", "all", "--out", str(tmp_path / "r.pdf")) == 0
    assert (
        run(home, "journal", "add", "drill", "--initials", "KC", "--step", "end", "--text", "Godt gået") == 0
    )
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
