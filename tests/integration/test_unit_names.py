"""Unit ids are the municipality's (``ØK-ADM``): enrolled, published, synced and printed
through the real commands, with safe ASCII file names and the id intact where it is shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from continuity_app.bundle.names import file_stem
from continuity_app.cli.app import main as app
from continuity_app.cli.publisher import main as publisher
from continuity_app.errors import ExitCode

UNIT = "ØK-ADM"
EXPORTS = {
    "units.csv": [
        "unit_id;name;kind;category",
        f"{UNIT};Økonomi og Administration;administration;C",
        "hp-nord;Hjemmeplejen Nord;hjemmepleje;A",
    ],
    "citizens.csv": [
        "citizen_id;first_name;last_name;address;unit_id;allergies",
        f"c1;Åge;Ærtebjerg;Østervej 1;{UNIT};Penicillin",
        "c2;Bo;Nord;Nordvej 2;hp-nord;",
    ],
    "medications.csv": [
        "medication_id;citizen_id;drug;dose_text;morning",
        "m1;c1;Pinex;1 tablet morgen;1",
        "m2;c2;Furix;1 tablet morgen;1",
    ],
}


def write(folder: Path, files: dict[str, list[str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, lines in files.items():
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTINUITY_PUBLISHER_PASSPHRASE", "korrekt hest batteri hæfteklamme")
    monkeypatch.setenv("CONTINUITY_ROOT_PASSPHRASE", "rodnøglen ligger i pengeskabet")
    monkeypatch.setenv("CONTINUITY_PASSPHRASE", "grøn traktor på marken i regnvejr")


def test_a_unit_id_with_danish_letters_goes_the_whole_way(
    tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    pub, out, laptop = tmp_path / "pub", tmp_path / "publish", tmp_path / "laptop"
    exports = write(tmp_path / "exports", EXPORTS)
    assert publisher(["init", "--home", str(pub)]) == 0
    request = tmp_path / "request.json"
    assert (
        app(
            [
                "enroll",
                "--unit",
                UNIT,
                "--source",
                str(out),
                "--publisher-key",
                str(pub / "publisher-key.pub"),
                "--out",
                str(request),
                "--home",
                str(laptop),
            ]
        )
        == 0
    )
    assert json.loads(request.read_text(encoding="utf-8"))["scope"] == UNIT
    assert publisher(["device", "add", str(request), "--home", str(pub)]) == 0
    capsys.readouterr()
    assert publisher(["build", "--home", str(pub), "--input", str(exports), "--out", str(out)]) == 0
    assert UNIT in capsys.readouterr().out  # the id as IT knows it

    stem = file_stem(UNIT)
    assert stem.isascii() and stem.startswith("OEK-ADM-")
    names = [p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()]
    assert f"{stem}/{stem}-00000001.bundle" in names and f"{stem}/latest.json" in names
    assert all(n.isascii() for n in names)
    assert (out / "hp-nord").is_dir() is False  # no device enrolled for it: not published
    assert publisher(["verify", str(out / stem / f"{stem}-00000001.bundle"), "--home", str(pub)]) == 0
    assert UNIT in capsys.readouterr().out

    assert app(["sync", "--home", str(laptop)]) == 0
    assert [p.name for p in (laptop / "generations").iterdir()] == [f"{stem}-00000001.bundle"]
    capsys.readouterr()
    assert app(["status", "--home", str(laptop), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["scope"] == UNIT

    pdf = tmp_path / "medicin.pdf"
    assert app(["print", "medication", "--out", str(pdf), "--home", str(laptop)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Åge Ærtebjerg" in text and "ALLERGIER: Penicillin" in text and "Bo Nord" not in text
    assert UNIT in text  # the stamp names the scope by its own id


def test_two_unit_ids_that_share_a_file_name_are_a_build_error(
    tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    pub, out = tmp_path / "pub", tmp_path / "publish"
    units = ["unit_id;name", "hp-nord;Hjemmeplejen Nord", "HP-NORD;Hjemmeplejen Nord (kopi)"]
    exports = write(tmp_path / "exports", {"units.csv": units})
    assert publisher(["init", "--home", str(pub)]) == 0
    capsys.readouterr()
    code = publisher(["build", "--home", str(pub), "--input", str(exports), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == ExitCode.INVALID_INPUT
    assert "'hp-nord'" in err and "'HP-NORD'" in err and "Windows ignores case" in err
    assert not out.exists()  # the publish folder is as it was
