"""Data age as the banner and the paper show it, in Danish local time."""

from __future__ import annotations

import datetime as dt

from continuity_app.domain.age import AgeLevel, data_age, format_datetime_da

UTC = dt.UTC


def test_six_hours_after_the_morning_sync_reads_as_the_spec_says() -> None:
    created = dt.datetime(2026, 11, 27, 4, 30, tzinfo=UTC)  # 05:30 in Copenhagen (winter, UTC+1)
    now = created + dt.timedelta(hours=6, minutes=10)
    age = data_age(created, now)
    assert age.text_da(now) == "Data fra i dag kl. 05:30 · 6 timer gammel"
    assert age.level is AgeLevel.GREEN


def test_summer_time_is_used_in_summer() -> None:
    assert format_datetime_da(dt.datetime(2026, 7, 1, 3, 30, tzinfo=UTC)) == "1. juli 2026 kl. 05:30"


def test_missed_syncs_turn_amber_then_red() -> None:
    created = dt.datetime(2026, 11, 27, 4, 30, tzinfo=UTC)
    assert data_age(created, created + dt.timedelta(hours=20)).level is AgeLevel.AMBER
    assert data_age(created, created + dt.timedelta(hours=50)).level is AgeLevel.RED


def test_expired_data_is_red_but_still_described() -> None:
    created = dt.datetime(2026, 11, 27, 4, 30, tzinfo=UTC)
    now = created + dt.timedelta(hours=2)
    age = data_age(created, now, valid_until=now - dt.timedelta(minutes=1))
    assert age.level is AgeLevel.RED and age.expired
    assert "2 timer gammel" in age.text_da(now)


def test_yesterday_and_a_clock_behind_the_publisher_are_said_plainly() -> None:
    created = dt.datetime(2026, 11, 26, 12, 30, tzinfo=UTC)
    now = dt.datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    assert data_age(created, now).text_da(now).startswith("Data fra i går kl. 13:30")
    behind = data_age(now, created)
    assert behind.clock_suspect
    assert "tjek computerens ur" in behind.text_da(created)
