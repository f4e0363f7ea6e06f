"""The citizen card says no more than the source: "ikke oplyst" is not "Ingen kendte", and a
scope that does not carry a kind of data says so instead of showing it as empty."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gui_support
import pytest
from gui_support import CREATED, TODAY, UNIT, UNIT_NAME, Installation, make_window, wait_idle

from continuity_app.exchange.demo import generate_dataset
from continuity_app.store import Store

EMPTY, EXPLICIT = "C000004", "C000005"  # two HP01 citizens of the tiny demo


def image_maker(scope: str) -> Callable[..., bytes]:
    """Images of HP01's laptop cut as ``scope`` would be, with one explicit "ingen" allergy."""

    def make(sequence: int, created_at: dt.datetime = CREATED) -> bytes:
        data = generate_dataset("tiny", today=TODAY)
        stated = {EXPLICIT: "ingen", EMPTY: ""}  # the demo's own allergy texts vary by seed
        data.citizens = [
            dataclasses.replace(c, allergies=stated[c.citizen_id], treatment_level="")
            if c.citizen_id in stated
            else c
            for c in data.citizens
        ]
        with Store.build(data) as full, full.derive(scope) as cut:
            cut.set_meta(
                scope=UNIT,
                scope_name=UNIT_NAME,
                sequence=str(sequence),
                created_at=created_at.astimezone(dt.UTC).isoformat(),
                valid_until=(created_at + dt.timedelta(days=7)).astimezone(dt.UTC).isoformat(),
            )
            return cut.image()

    return make


def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scope: str) -> Installation:
    monkeypatch.setattr(gui_support, "make_bundle_store", image_maker(scope))
    inst = Installation(tmp_path)
    inst.store_generation(1)
    return inst


def open_card(
    qtbot: Any, inst: Installation, clock: Any, language: str, citizen_id: str
) -> tuple[Any, Any, Any]:
    from continuity_app.vault import unlock

    session = unlock(inst.home, gui_support.PASSPHRASE, now=gui_support.NOW)
    window = make_window(qtbot, inst, clock, session, language=language)
    window.open_citizen(citizen_id)
    wait_idle(qtbot, window)
    return window, window.views[window.CITIZEN], session


@pytest.mark.parametrize(
    ("language", "empty", "explicit", "not_stated"),
    [
        ("da", "Allergier: ikke oplyst", "Ingen kendte allergier", "ikke oplyst"),
        ("en", "Allergies: not stated", "No known allergies", "not stated"),
    ],
)
def test_an_empty_allergy_field_is_not_stated_and_only_ingen_is_none(
    qtbot, tmp_path, monkeypatch, clock, language, empty, explicit, not_stated
) -> None:
    inst = installed(tmp_path, monkeypatch, UNIT)
    window, view, session = open_card(qtbot, inst, clock, language, EMPTY)
    try:
        assert view.allergies.text() == empty
        assert "#e65100" in view.allergy_box.styleSheet()  # as prominent as an allergy
        window.open_citizen(EXPLICIT)
        wait_idle(qtbot, window)
        assert view.allergies.text() == explicit
        assert "#9e9e9e" in view.allergy_box.styleSheet()
        assert view.fields["treatment_level"].text() == not_stated
    finally:
        window.close()
        session.lock()
        if language != "da":
            from continuity_app.gui.i18n import Translations

            Translations().install("da")


def test_a_scope_without_medication_says_so_and_never_shows_none(qtbot, tmp_path, monkeypatch, clock) -> None:
    inst = installed(tmp_path, monkeypatch, "krisestab")
    window, view, session = open_card(qtbot, inst, clock, "da", "C000015")  # vulnerable
    try:
        assert view.name.text()  # the vulnerable citizen is there
        assert view.allergies.text() == "Allergier: ikke med i data på denne computer"
        assert "Ingen kendte" not in view.allergies.text()
        assert not view.med_table.isVisible()
        assert view.med_note.isVisible()
        assert "Medicinlisten er ikke med i data på denne computer" in view.med_note.text()
        for key in ("cpr", "treatment_level", "relatives", "gp", "key_info"):
            assert view.fields[key].text() == "ikke med i data på denne computer", key
        assert view.visit_note.isVisible() and not view.visit_table.isVisible()
    finally:
        window.close()
        session.lock()


def test_a_scope_without_routes_or_all_citizens_says_so(qtbot, tmp_path, monkeypatch, clock) -> None:
    inst = installed(tmp_path, monkeypatch, "krisestab")
    window, _view, session = open_card(qtbot, inst, clock, "da", "C000015")
    try:
        routes = window.views[window.ROUTES]
        routes.load()
        wait_idle(qtbot, window)
        assert "Kørelister er ikke med i data på denne computer" in routes.route_info.text()
        search = window.views[window.CITIZENS]
        search.search.setText("Zyxwv")
        search.run_search()
        wait_idle(qtbot, window)
        assert "Data på denne computer rummer kun de sårbare borgere" in search.status.text()
    finally:
        window.close()
        session.lock()
