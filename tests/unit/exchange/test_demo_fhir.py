"""The demo's FHIR export (a plain ``.json`` Bundle of structured doses beside the CSV exports)
reads back as a nurse must read it: a weekly dose on Sundays, a taper in two periods, clock times."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from continuity_app.domain.models import DoseSchedule
from continuity_app.exchange import read_exchange
from continuity_app.exchange.demo import generate_dataset, write_exports
from continuity_app.exchange.demo_fhir import FILENAME, write_fhir_export

TODAY = dt.date(2026, 11, 27)


def test_the_demo_fhir_export_reads_back_with_built_weekly_taper_and_clock_doses(tmp_path: Path) -> None:
    dataset = generate_dataset("tiny", seed=1, today=TODAY)
    citizen = dataset.citizens[0].citizen_id
    write_exports(dataset, tmp_path)
    assert write_fhir_export([citizen], tmp_path, TODAY).name == FILENAME
    result = read_exchange(tmp_path, today=TODAY)
    assert result.errors == [] and result.dataset is not None
    built = {
        m.medication_id.rsplit("-", 1)[1]: m
        for m in result.dataset.medications
        if m.citizen_id == citizen and m.dose_text_built
    }
    assert sorted(built) == ["clock", "taper", "weekly"]
    weekly, taper, clock = built["weekly"], built["taper"], built["clock"]
    assert weekly.dose_text == "4 tabletter hver søndag" and weekly.due_weekdays == ("sun",)
    assert weekly.schedule is DoseSchedule.NON_DAILY and weekly.daily_grid is None
    assert taper.dose_text == "6 tabletter morgen i 5 dage, derefter 3 tabletter morgen i 5 dage"
    assert taper.schedule is DoseSchedule.NON_DAILY and taper.due_weekdays == ()
    assert clock.clock_times == ("07:00", "11:00", "15:00", "19:00") and clock.time_critical
    assert len(result.dataset.medications) == len(dataset.medications) + 3
