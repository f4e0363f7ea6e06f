"""Adding entries: every kind, checked against the data, with the safety checks of the paper forms."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from journal_helpers import CPR, DRUG, NOW, T0, World

from continuity_app.errors import ExitCode
from continuity_app.journal import EntryRefused, Journal, NeedsConfirmation
from continuity_app.vault.session import SessionLocked

PN = {"citizen_id": "c-1", "medication_id": "m-2", "dose": "2 tabletter", "reason": "smerter"}
GIVEN = {
    "citizen_id": "c-1",
    "medication_id": "m-1",
    "date": "27-11-2026",
    "slot": "morgen",
    "outcome": "givet",
}


def test_every_kind_is_recorded_with_id_device_counter_and_chain(journal: Journal) -> None:
    pn = journal.add("pn", PN, now=NOW).entry
    journal.add("effect", {"of": pn.id, "effect": "god"}, now=NOW)
    journal.add("given", GIVEN, now=NOW)
    journal.add("visit", {"visit_id": "v-1", "outcome": "ikke-udført", "note": "ikke hjemme"}, now=NOW)
    journal.add("note", {"citizen_id": "c-2", "text": "ilt: 2 flasker tilbage"}, now=NOW)
    journal.add(
        "call", {"tree_id": "t-1", "node_id": "n-2", "channel": "løber", "result": "besked-lagt"}, now=NOW
    )
    journal.add(
        "vehicle",
        {
            "vehicle_id": "bil-1",
            "task": "vand",
            "driver": "Kim",
            "km": "12,5",
            "stock_id": "s-1",
            "litres": "20",
        },
        now=NOW,
    )
    journal.add("correction", {"of": pn.id, "reason": "forkert borger"}, now=NOW)
    entries = journal.own().entries
    assert [e.kind for e in entries] == [
        "pn",
        "effect",
        "given",
        "visit",
        "note",
        "call",
        "vehicle",
        "correction",
    ]
    device = journal.device_id
    assert [e.id for e in entries] == [f"{device}-{n}" for n in range(1, 9)]
    assert all(e.prev == a.hash() for a, e in itertools.pairwise(entries))
    assert entries[0].fields["drug"] == "Panodil" and entries[0].fields["sequence"] == 1
    assert entries[2].fields["dose_text"] == "1 tablet morgen" and entries[2].fields["strength"] == "2,5 mg"
    assert entries[3].fields["outcome"] == "ikke udført" and entries[3].citizen_id == "c-1"
    assert entries[5].fields["result"] == "besked lagt"
    assert entries[6].fields["km"] == "12.5"
    assert entries[0].initials == "AB" and entries[0].at == NOW
    assert [e.kind for e in journal.list()] == [
        "correction",
        "vehicle",
        "call",
        "note",
        "visit",
        "given",
        "effect",
        "pn",
    ]
    assert [e.kind for e in journal.list(citizen_id="c-2")] == ["note"]
    assert [e.kind for e in journal.list(kind="given")] == ["given"]


def test_the_list_is_newest_first(journal: Journal) -> None:
    journal.add("note", {"citizen_id": "c-1", "text": "først"}, at=NOW - dt.timedelta(hours=2), now=NOW)
    journal.add("note", {"citizen_id": "c-1", "text": "sidst"}, at=NOW, now=NOW)
    assert [e.fields["text"] for e in journal.list()] == ["sidst", "først"]


@pytest.mark.parametrize(
    ("kind", "fields", "named"),
    [
        ("note", {"citizen_id": "c-99", "text": "x"}, "'c-99'"),
        ("given", {**GIVEN, "medication_id": "m-77"}, "'m-77'"),
        ("visit", {"visit_id": "v-9", "outcome": "udført"}, "'v-9'"),
        ("call", {"tree_id": "t-9", "node_id": "n-1", "channel": "mobil", "result": "nået"}, "'t-9'"),
        ("call", {"tree_id": "t-1", "node_id": "n-9", "channel": "mobil", "result": "nået"}, "'n-9'"),
        ("vehicle", {"vehicle_id": "bil-9", "task": "x", "driver": "y"}, "'bil-9'"),
        ("given", {**GIVEN, "outcome": "måske"}, "'måske'"),
        ("given", {**GIVEN, "outcome": "ikke-givet"}, "needs --reason"),
        ("given", {**GIVEN, "citizen_id": "c-2"}, "not on citizen 'c-2'"),
        ("pn", {"citizen_id": "c-1", "dose": "1", "reason": "x"}, "--medication"),
    ],
)
def test_unknown_ids_and_bad_values_are_refused_naming_the_value(
    journal: Journal, kind: str, fields: dict[str, str], named: str
) -> None:
    with pytest.raises(EntryRefused) as err:
        journal.add(kind, fields, now=NOW)
    assert named in str(err.value) and err.value.exit_code == ExitCode.INVALID_INPUT
    assert journal.own().entries == []


@pytest.mark.parametrize("initials", ["", "A1", "ABCDE", "A B", "--"])
def test_initials_must_be_one_to_four_letters(journal: Journal, initials: str) -> None:
    with pytest.raises(EntryRefused, match="initials"):
        journal.add("note", {"citizen_id": "c-1", "text": "x"}, initials=initials, now=NOW)


def test_danish_initials_are_accepted(journal: Journal) -> None:
    assert (
        journal.add("note", {"citizen_id": "c-1", "text": "x"}, initials="øjå", now=NOW).entry.initials
        == "ØJÅ"
    )


def test_a_scheduled_dose_recorded_twice_needs_confirmation_naming_the_first(journal: Journal) -> None:
    first = journal.add("given", GIVEN, now=NOW).entry
    with pytest.raises(NeedsConfirmation) as err:
        journal.add("given", {**GIVEN, "date": "2026-11-27"}, now=NOW)
    text = str(err.value)
    assert first.id in text and "27-11-2026 10:00" in text and "AB" in text
    assert err.value.exit_code == ExitCode.NEEDS_CONFIRMATION and err.value.earlier == [first]
    second = journal.add("given", GIVEN, confirm_duplicate=True, now=NOW)
    assert second.warnings and first.id in second.warnings[0]
    assert len(journal.own().entries) == 2


def test_a_corrected_dose_no_longer_counts_as_recorded(journal: Journal) -> None:
    first = journal.add("given", GIVEN, now=NOW).entry
    journal.add("correction", {"of": first.id, "reason": "forkert dag"}, now=NOW)
    journal.add("given", GIVEN, now=NOW)  # no confirmation needed


def test_a_pn_over_its_maximum_in_24_hours_needs_confirmation(journal: Journal) -> None:
    journal.add("pn", PN, at=NOW - dt.timedelta(hours=23), now=NOW)
    with pytest.raises(NeedsConfirmation, match="6 in 24 hours, over the maximum 4 tabletter"):
        journal.add("pn", {**PN, "dose": "4 tabletter"}, at=NOW, now=NOW)
    journal.add("pn", PN, at=NOW, now=NOW)  # 2 + 2 = 4: within
    # a dose more than 24 hours after the first counts only the later ones
    journal.add("pn", PN, at=NOW + dt.timedelta(hours=2), now=NOW + dt.timedelta(hours=2))
    assert len(journal.own().entries) == 3


def test_a_pn_without_effect_check_is_due_two_hours_later(journal: Journal) -> None:
    pn = journal.add("pn", PN, at=NOW, now=NOW).entry
    assert journal.due_effects(NOW + dt.timedelta(minutes=119)) == []
    assert [e.id for e in journal.due_effects(NOW + dt.timedelta(hours=2))] == [pn.id]
    journal.add("effect", {"of": pn.id, "effect": "smerterne lettede"}, now=NOW + dt.timedelta(hours=2))
    assert journal.due_effects(NOW + dt.timedelta(hours=3)) == []


def test_an_effect_must_point_at_a_pn_entry(journal: Journal) -> None:
    note = journal.add("note", {"citizen_id": "c-1", "text": "x"}, now=NOW).entry
    with pytest.raises(EntryRefused, match="not a pn dose"):
        journal.add("effect", {"of": note.id, "effect": "x"}, now=NOW)
    with pytest.raises(EntryRefused, match="no such entry"):
        journal.add("correction", {"of": "nk-nobody-1", "reason": "x"}, now=NOW)


def test_times_in_the_future_or_before_the_data_warn(journal: Journal) -> None:
    assert (
        journal.add(
            "note", {"citizen_id": "c-1", "text": "x"}, at=NOW + dt.timedelta(minutes=9), now=NOW
        ).warnings
        == []
    )
    future = journal.add(
        "note", {"citizen_id": "c-1", "text": "x"}, at=NOW + dt.timedelta(minutes=11), now=NOW
    ).warnings
    assert future and "more than 10 minutes in the future" in future[0]
    past = journal.add(
        "note", {"citizen_id": "c-1", "text": "x"}, at=T0 - dt.timedelta(hours=1), now=NOW
    ).warnings
    assert past and "before the data was published" in past[0]


def test_every_entry_during_a_drill_is_marked_drill(journal: Journal) -> None:
    journal.add("note", {"citizen_id": "c-1", "text": "før"}, now=NOW)
    journal.add("drill", {"step": "start", "text": "øvelse"}, now=NOW)
    journal.add("given", GIVEN, now=NOW)
    journal.add("drill", {"step": "end"}, now=NOW)
    journal.add("note", {"citizen_id": "c-1", "text": "efter"}, now=NOW)
    assert [e.drill for e in journal.own().entries] == [False, True, True, True, False]


def test_a_person_not_in_the_data_is_recorded_by_name_and_cpr(journal: Journal) -> None:
    e = journal.add(
        "pn", {"person": "Ny Borger, 0101901234", "drug": "Pinex", "dose": "1", "reason": "feber"}, now=NOW
    ).entry
    assert e.person == "Ny Borger, 010190-1234" and e.citizen_id == ""
    with pytest.raises(EntryRefused, match="CPR"):
        journal.add("note", {"person": "Ny Borger, 999999-1234", "text": "x"}, now=NOW)
    with pytest.raises(EntryRefused, match="either --citizen or --person"):
        journal.add("note", {"citizen_id": "c-1", "person": f"X, {CPR}", "text": "x"}, now=NOW)


def test_a_dose_entry_keeps_what_was_shown_after_a_newer_bundle(world: World) -> None:
    from journal_helpers import dataset

    s = world.session(0)
    j = Journal.open(s)
    j.add("given", GIVEN, initials="AB", now=NOW)
    s.lock()
    data = dataset()
    data.medications[0] = type(data.medications[0])("m-1", "c-1", "Warfarin", "2 tabletter morgen")
    world.publish(2, data=data)
    s = world.session(0)
    entry = Journal.open(s).own().entries[0]
    assert entry.fields["drug"] == DRUG and entry.fields["sequence"] == 1
    s.lock()


def test_appending_needs_an_unlocked_session(world: World) -> None:
    s = world.session(0)
    j = Journal.open(s)
    s.lock()
    with pytest.raises(SessionLocked):
        j.add("note", {"citizen_id": "c-1", "text": "x"}, initials="AB", now=NOW)
    with pytest.raises(SessionLocked):
        Journal.open(s)


def test_with_a_staff_list_initials_must_be_the_unit_s_and_name_the_person(
    world: World, tmp_path: Path
) -> None:
    import csv

    from journal_helpers import UNIT, dataset

    from continuity_app.domain.models import StaffMember
    from continuity_app.journal.collect import REENTRY_DIR, write_collect

    data = dataset()
    data.staff = [
        StaffMember("AB", "Anne Berg", "sosu-assistent", UNIT),
        StaffMember("ØK", "Øle Kjær", "sygeplejerske", ""),
        StaffMember("XY", "Xenia Yde", "", "pc-syd"),
    ]
    world.publish(2, data=data)
    s = world.session(0)
    try:
        j = Journal.open(s)
        e = j.add("given", GIVEN, initials="ab", now=NOW).entry
        assert e.fields["staff_name"] == "Anne Berg"
        assert (
            j.add("note", {"citizen_id": "c-1", "text": "x"}, initials="øk", now=NOW).entry.fields[
                "staff_name"
            ]
            == "Øle Kjær"
        )
        with pytest.raises(EntryRefused, match="'XY' are not on the unit's staff list"):
            j.add("note", {"citizen_id": "c-1", "text": "x"}, initials="XY", now=NOW)
        write_collect(tmp_path / "out", j.entries(), [], NOW)
    finally:
        s.lock()
    text = (tmp_path / "out" / REENTRY_DIR / "c-1.csv").read_text("utf-8-sig")
    rows = list(csv.DictReader(text.splitlines(), delimiter=";"))
    assert [r["personale"] for r in rows] == ["Anne Berg", "Øle Kjær"]


def test_re_entry_lists_made_in_worker_processes_are_the_ones_made_here(
    journal: Journal, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from continuity_app.journal.collect import REENTRY_DIR, write_collect
    from continuity_app.workers import Offload

    journal.add("given", GIVEN, now=NOW)
    journal.add("note", {"citizen_id": "c-1", "text": "faldet i badet"}, now=NOW)
    journal.add("note", {"citizen_id": "c-2", "text": "ilt til to døgn"}, now=NOW)
    here = write_collect(tmp_path / "here", journal.entries(), [], NOW)
    with Offload(parallel=True, workers=2) as offload:
        assert offload.parallel
        there = write_collect(tmp_path / "workers", journal.entries(), [], NOW, offload)
    assert [p.relative_to(tmp_path / "here") for p in here] == [
        p.relative_to(tmp_path / "workers") for p in there
    ]
    for name in ("c-1", "c-2"):
        a, b = (tmp_path / side / REENTRY_DIR for side in ("here", "workers"))
        assert (a / f"{name}.csv").read_bytes() == (b / f"{name}.csv").read_bytes()
        texts = ["".join(p.extract_text() for p in PdfReader(d / f"{name}.pdf").pages) for d in (a, b)]
        assert texts[0] == texts[1] and "Genindtastning" in texts[0]
    assert "faldet i badet" in (a / "c-1.csv").read_text("utf-8-sig")
