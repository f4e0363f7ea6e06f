"""The 72-hour grid as the screen signs it: the paper's rows and boxes, with what is recorded."""

from __future__ import annotations

import datetime as dt
import itertools

from continuity_app.domain.models import DoseSchedule, Medication
from continuity_app.journal.entry import Entry
from continuity_app.printing.signgrid import DUE, NOT_DUE, SEE_TEXT, signing_grid, three_days

FRIDAY = dt.date(2026, 11, 27)
T = dt.datetime(2026, 11, 27, 7, 10, tzinfo=dt.UTC)
_n = itertools.count(1)


def given(
    mid: str, day: dt.date, slot: str, outcome: str = "givet", device: str = "dev1", **more: str
) -> Entry:
    return Entry(
        device=device,
        n=next(_n),
        kind="given",
        initials="AB",
        at=T,
        recorded=T,
        fields={
            "citizen_id": "c1",
            "medication_id": mid,
            "date": day.isoformat(),
            "slot": slot,
            "outcome": outcome,
            **more,
        },
        prev="",
    )


def test_rows_and_boxes_follow_the_paper() -> None:
    daily = Medication(
        "m1", "c1", "Furix", "1 tablet morgen og aften", morning=1, evening=1, dose_unit="tablet"
    )
    sunday = Medication(
        "m2",
        "c1",
        "Alendronat",
        "1 tablet om søndagen",
        schedule=DoseSchedule.NON_DAILY,
        due_weekdays=("sun",),
    )
    weekly = Medication("m3", "c1", "Methotrexat", "1 gang om ugen", schedule=DoseSchedule.NON_DAILY)
    timed = Medication(
        "m4",
        "c1",
        "Madopar",
        "kl. 07 og 13",
        clock_times=("07:00", "13:00"),
        schedule=DoseSchedule.DAILY,
        time_critical=True,
    )
    pn = Medication("m5", "c1", "Panodil", "1-2 ved smerter", as_needed=True)
    lines = signing_grid([daily, sunday, weekly, timed, pn], three_days(FRIDAY), [], "c1")
    rows = [
        (line.medication.medication_id, line.when, [c.state for c in line.cells], line.cells[0].slot)
        for line in lines
    ]
    assert rows == [
        ("m1", "Morgen", [DUE, DUE, DUE], "morgen"),
        ("m1", "Aften", [DUE, DUE, DUE], "aften"),
        ("m4", "07:00", [DUE, DUE, DUE], "07:00"),
        ("m4", "13:00", [DUE, DUE, DUE], "13:00"),
        ("m2", "Se tekst", [NOT_DUE, NOT_DUE, DUE], ""),  # Friday, Saturday, Sunday
        ("m3", "Se tekst", [SEE_TEXT, SEE_TEXT, SEE_TEXT], ""),  # days not known: no boxes
    ]  # by round as on paper; no PN medicine in the grid


def test_cells_carry_what_is_recorded_here_or_imported_and_not_what_was_corrected() -> None:
    daily = Medication("m1", "c1", "Furix", "1 morgen", morning=1)
    sunday = Medication(
        "m2", "c1", "Alendronat", "søndag", schedule=DoseSchedule.NON_DAILY, due_weekdays=("sun",)
    )
    here = given("m1", FRIDAY, "morgen")
    imported = given("m1", FRIDAY, "morgen", outcome="afvist", device="dev2", reason="sov")
    wrong = given("m1", FRIDAY + dt.timedelta(days=1), "morgen")
    fixed = Entry(
        device="dev1",
        n=next(_n),
        kind="correction",
        initials="AB",
        at=T,
        recorded=T,
        fields={"of": wrong.id, "reason": "forkert dag"},
        prev="",
    )
    at_a_time = given("m2", FRIDAY + dt.timedelta(days=2), "08:05")
    other = Entry(
        device="dev1",
        n=next(_n),
        kind="given",
        initials="AB",
        at=T,
        recorded=T,
        fields={
            "citizen_id": "c2",
            "medication_id": "m1",
            "date": FRIDAY.isoformat(),
            "slot": "morgen",
            "outcome": "givet",
        },
        prev="",
    )
    lines = signing_grid(
        [daily, sunday], three_days(FRIDAY), [here, imported, wrong, fixed, at_a_time, other], "c1"
    )
    morning, sunday_line = lines
    assert [len(c.signed) for c in morning.cells] == [2, 0, 0]
    assert {e.device for e in morning.cells[0].signed} == {"dev1", "dev2"}
    assert [c.signed for c in sunday_line.cells] == [(), (), (at_a_time,)]
