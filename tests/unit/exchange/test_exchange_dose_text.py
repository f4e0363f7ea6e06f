"""One dose text on many medications.csv rows: each row's schedule and cross-check follow its own cells."""

from __future__ import annotations

from collections.abc import Callable

from continuity_app.domain.models import DoseSchedule
from continuity_app.exchange import ExchangeResult

HEADER = "medication_id;citizen_id;drug;dose_text;morning;noon;evening;night;as_needed\n"


def test_a_repeated_dose_text_gives_each_row_the_schedule_its_own_cells_say(
    read: Callable[..., ExchangeResult],
) -> None:
    rows = [
        "M1;C1;Pinex;1 tablet 2 gange dagligt;1;;1;;",  # grid agrees: daily
        "M2;C2;Pinex;1 tablet 2 gange dagligt;;;;;",  # no grid: the text alone says nothing sure
        "M3;C1;Pinex;1 tablet 2 gange dagligt;1;1;1;;",  # grid of 3: disagrees
        "M4;C2;Pinex;1 tablet 2 gange dagligt;;;;;ja",  # as needed
        "M5;C1;Alendronat;1 tablet hver søndag;;;;;",
        "M6;C2;Alendronat;1 tablet hver søndag;1;;;;",  # a weekly text over a daily grid
    ]
    result = read({"medications.csv": HEADER + "\n".join(rows) + "\n"})
    assert result.dataset is not None
    meds = {m.medication_id: m for m in result.dataset.medications}
    assert [meds[f"M{i}"].schedule for i in range(1, 7)] == [
        DoseSchedule.DAILY,
        None,
        DoseSchedule.DAILY,
        DoseSchedule.AS_NEEDED,
        DoseSchedule.NON_DAILY,
        DoseSchedule.NON_DAILY,
    ]
    assert meds["M5"].due_weekdays == ("sun",) and meds["M1"].due_weekdays == ()
    assert [m.medication_id for m in result.dataset.medications if m.dose_mismatch] == ["M3", "M6"]
    warned = [(w.file, w.line, w.column) for w in result.warnings if "tekst og skema" in w.reason]
    assert warned == [("medications.csv", 4, "dose_text"), ("medications.csv", 7, "dose_text")]
