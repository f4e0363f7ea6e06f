"""``continuity-app print`` end to end: an enrolled home, a real bundle, unlock, PDF, audit."""

from __future__ import annotations

from pathlib import Path

import pytest
from home_support import enrolled_home
from printing_support import CREATED, build_dataset
from pypdf import PdfReader

from continuity_app.cli.app import main
from continuity_app.home import ClientHome

PASSPHRASE = "grøn traktor på marken"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ClientHome:
    """A home enrolled for unit u1 holding one generation of the test dataset."""
    monkeypatch.setenv("CONTINUITY_PASSPHRASE", PASSPHRASE)
    return enrolled_home(
        tmp_path,
        build_dataset(),
        scope="u1",
        scope_name="Hjemmeplejen Nord",
        passphrase=PASSPHRASE,
        created=CREATED,
    )


def test_print_writes_the_pack_warns_and_audits(home, tmp_path, capsys):
    out = tmp_path / "medicin.pdf"
    code = main(
        [
            "print",
            "medication",
            "--citizen",
            "c1",
            "--date",
            "2026-11-27",
            "--out",
            str(out),
            "--home",
            str(home.root),
        ]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    reader = PdfReader(out)
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Medicinliste – Åse Sønderskov" in text and "Bent" not in text
    assert f"{len(reader.pages)} pages written to {out}" in captured.out
    assert "unencrypted" in captured.err and str(out.resolve()) in captured.err
    assert [p.name for p in out.parent.iterdir() if p.name.endswith(".partial")] == []
    csv = tmp_path / "audit.csv"
    assert main(["audit", "--out", str(csv), "--home", str(home.root)]) == 0
    rows = [line for line in csv.read_text(encoding="utf-8-sig").splitlines() if ";print;" in line]
    assert len(rows) == 2  # recorded before anything is drawn, then with what was printed
    assert ";started;" in rows[0] and "medication" in rows[0] and "c1" in rows[0]
    assert ";ok;" in rows[1] and "medication" in rows[1] and f"{len(reader.pages)}" in rows[1]
    assert "Sønderskov" not in csv.read_text(encoding="utf-8-sig")  # ids only, never names


def test_emergency_pack_defaults_to_the_laptops_unit(home, tmp_path, capsys):
    out = tmp_path / "nød.pdf"
    assert main(["print", "emergency", "--out", str(out), "--home", str(home.root)]) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "Nødpakke" in text and "Hjemmeplejen Nord" in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["route", "--date", "31-02-2026"], "--date '31-02-2026' is not a date"),
        (["medication", "--unit", "zz"], "Unit 'zz' is not in the data"),
        (["medication", "--citizen", "zz"], "Citizen 'zz' is not in the data"),
    ],
)
def test_clear_one_line_errors(home, tmp_path, capsys, args, words):
    out = tmp_path / "x.pdf"
    code = main(["print", *args, "--out", str(out), "--home", str(home.root)])
    err = capsys.readouterr().err
    assert code == 2
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not out.exists() and list(tmp_path.glob(".x.pdf.*")) == []


def test_unknown_pack_is_refused_by_the_parser(home, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["print", "recipes", "--out", str(tmp_path / "x.pdf"), "--home", str(home.root)])
    assert exit_info.value.code == 2
    assert "invalid choice: 'recipes'" in capsys.readouterr().err


def test_another_units_medication_pack_is_refused_not_a_blank_page(home, tmp_path, capsys):
    out = tmp_path / "u2.pdf"
    code = main(["print", "medication", "--unit", "u2", "--out", str(out), "--home", str(home.root)])
    err = capsys.readouterr().err
    assert code == 25  # not_held
    assert "medication lists of unit 'u1' only, not of unit 'u2'" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not out.exists() and list(tmp_path.glob(".u2.pdf.*")) == []


def test_an_unwritable_audit_log_refuses_the_print_before_it_renders(home, tmp_path, capsys):
    home.audit_log.unlink()
    home.audit_log.mkdir()  # cannot be appended to, even by root
    out = tmp_path / "x.pdf"
    code = main(["print", "route", "--out", str(out), "--home", str(home.root)])
    err = capsys.readouterr().err
    assert code == 17 and "audit log" in err.splitlines()[-1] and "Traceback" not in err
    assert not out.exists() and list(tmp_path.glob(".x.pdf.*")) == []
