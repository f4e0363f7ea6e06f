"""Printing on a laptop with two publishers (municipalities sharing a preparedness plan), through
the real ``continuity-app print`` on a home enrolled with two real HTTP servers on 127.0.0.1:
vehicles and contact trees of both together, each naming its municipality; medication from one."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from test_sync_several import Laptop, add_second, laptop  # noqa: F401  (the fixture)

from continuity_app import demosetup
from continuity_app.cli.app import main
from continuity_app.errors import ExitCode
from continuity_app.home import ClientHome
from continuity_app.vault.several import unlock_all


def pdf_pages(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


@pytest.fixture
def both(laptop: Laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Laptop:  # noqa: F811
    assert add_second(laptop, tmp_path) == 0
    assert main(["sync", "--home", str(laptop.home.root)]) == 0
    capsys.readouterr()
    return laptop


def print_pack(home: Laptop, tmp_path: Path, pack: str, *extra: str) -> tuple[int, Path]:
    out = tmp_path / f"{pack}{'-'.join(extra)}.pdf"
    return main(["print", pack, *extra, "--out", str(out), "--home", str(home.home.root)]), out


def test_vehicles_of_both_municipalities_each_named(both: Laptop, tmp_path: Path) -> None:
    code, out = print_pack(both, tmp_path, "vehicles")
    assert code == 0
    with unlock_all(both.home, demosetup.DEMO_PASSPHRASE) as together:
        vehicles = together.vehicles()
        registrations = {
            name: {v.item.registration for v in vehicles if v.enrolment == name} for name in together.names
        }
    pages = pdf_pages(out)
    text = " ".join(pages)
    assert "Kommune" in text
    for name in ("main", "skive"):  # each municipality as enrolled, by its name
        assert f"Køretøjer efter ejer-enhed – {name}" in text
        assert f"Brændstoflagre – {name}" in text
        # every vehicle row starts with its municipality
        for reg in registrations[name]:
            assert any(f"{name} {reg}" in page for page in pages), reg
    # --enrolment prints one municipality, as on a laptop with one
    code, one = print_pack(both, tmp_path, "vehicles", "--enrolment", "skive")
    assert code == 0
    text = " ".join(pdf_pages(one))
    assert "Kommune" not in text and all(reg in text for reg in registrations["skive"])
    main_only = registrations["main"] - registrations["skive"]
    assert main_only and not any(reg in text for reg in main_only)
    # the print of both is in both municipalities' audit logs; the one of Skive in Skive's only
    assert [e["pack"] for e in prints(both.home)] == ["vehicles"]
    assert [e["pack"] for e in prints(both.home.enrolment("skive"))] == ["vehicles", "vehicles"]


def prints(home: ClientHome) -> list[dict[str, object]]:
    """The finished prints in the enrolment's decrypted audit log."""
    from continuity_app.vault.audit_read import read_log
    from continuity_app.vault.device import DeviceFile

    keys = DeviceFile.load(home.device).unwrap(demosetup.DEMO_PASSPHRASE)
    report = read_log(home.audit_log, keys.audit)
    assert report.intact
    return [e.fields for e in report.entries if e.event == "print" and e.fields.get("result") == "ok"]


def test_contact_trees_of_both_with_ids_that_do_not_collide(both: Laptop, tmp_path: Path) -> None:
    code, out = print_pack(both, tmp_path, "contacts")
    assert code == 0
    text = " ".join(pdf_pages(out))
    with unlock_all(both.home, demosetup.DEMO_PASSPHRASE) as together:
        trees = together.contact_trees()
    local = [t.local_id for t in trees]
    assert len(set(local)) < len(local)  # the two publishers reuse ids …
    for tree in trees:  # … and the paper qualifies each by its municipality
        assert f"({tree.key})" in text, tree.key
        assert f"Ringeliste: {tree.item.tree_name}" in text


def test_medication_is_one_municipalitys(both: Laptop, tmp_path: Path) -> None:
    with unlock_all(both.home, demosetup.DEMO_PASSPHRASE) as together:
        main_store, skive_store = together.session("main").store, together.session("skive").store
        main_cprs = {c.cpr for c in main_store.citizens() if main_store.medications(c.citizen_id)}
        skive_cprs = {c.cpr for c in skive_store.citizens() if skive_store.medications(c.citizen_id)}
    skive_only = skive_cprs - main_cprs
    assert skive_only and main_cprs - skive_cprs
    code, first = print_pack(both, tmp_path, "medication")
    assert code == 0
    text = " ".join(pdf_pages(first))
    assert "Kommune" not in text
    assert not any(cpr in text or fmt_cpr(cpr) in text for cpr in skive_only)
    assert any(cpr in text or fmt_cpr(cpr) in text for cpr in main_cprs - skive_cprs)
    code, second = print_pack(both, tmp_path, "medication", "--enrolment", "skive")
    assert code == 0
    text = " ".join(pdf_pages(second))
    assert any(cpr in text or fmt_cpr(cpr) in text for cpr in skive_only)
    assert not any(cpr in text or fmt_cpr(cpr) in text for cpr in main_cprs - skive_cprs)
    code, _ = print_pack(both, tmp_path, "medication", "--enrolment", "struer")
    assert code == ExitCode.USAGE


def fmt_cpr(cpr: str) -> str:
    digits = cpr.replace("-", "")
    return f"{digits[:6]}-{digits[6:]}"
