"""The daily sync times in Danish local time, on ordinary and summer-time-change days."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from continuity_app.errors import ExitCode, KnownError
from continuity_app.sync.schedule import COPENHAGEN, max_gap, next_due, next_sync, previous_sync

UTC = dt.UTC


def cph(y: int, m: int, d: int, hh: int, mm: int, fold: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=COPENHAGEN, fold=fold)


def test_next_sync_on_an_ordinary_winter_day() -> None:
    now = cph(2026, 11, 27, 4, 0)
    assert next_sync(now, ["05:30", "13:30"]) == cph(2026, 11, 27, 5, 30)
    assert next_sync(cph(2026, 11, 27, 5, 30), ["05:30", "13:30"]) == cph(2026, 11, 27, 13, 30)
    assert next_sync(cph(2026, 11, 27, 20, 0), ["13:30", "05:30"]) == cph(2026, 11, 28, 5, 30)


def test_next_sync_is_danish_time_whatever_zone_now_is_given_in() -> None:
    now = dt.datetime(2026, 7, 1, 3, 0, tzinfo=UTC)  # 05:00 summer time in Copenhagen
    result = next_sync(now, ["05:30"])
    assert result.astimezone(UTC) == dt.datetime(2026, 7, 1, 3, 30, tzinfo=UTC)
    naive_utc = dt.datetime(2026, 1, 1, 4, 0)  # naive = UTC: 05:00 winter time
    assert next_sync(naive_utc, ["05:30"]).astimezone(UTC) == dt.datetime(2026, 1, 1, 4, 30, tzinfo=UTC)


def test_spring_forward_a_time_in_the_missing_hour_runs_once_when_the_clock_resumes() -> None:
    # 29 March 2026: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist that day.
    now = cph(2026, 3, 29, 1, 0)
    result = next_sync(now, ["02:30", "05:30"])
    assert result.astimezone(UTC) == dt.datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # 03:00 CEST
    assert result.strftime("%H:%M") == "03:00"
    # After it, the next one is 05:30 summer time (03:30 UTC), not a second 02:30.
    assert next_sync(result, ["02:30", "05:30"]).astimezone(UTC) == dt.datetime(
        2026, 3, 29, 3, 30, tzinfo=UTC
    )
    # The day after, 02:30 exists again (summer time, 00:30 UTC).
    assert next_sync(cph(2026, 3, 29, 23, 0), ["02:30"]).astimezone(UTC) == dt.datetime(
        2026, 3, 30, 0, 30, tzinfo=UTC
    )


def test_spring_forward_times_outside_the_gap_keep_their_wall_clock() -> None:
    result = next_sync(cph(2026, 3, 29, 0, 0), ["05:30"])
    assert result.astimezone(UTC) == dt.datetime(2026, 3, 29, 3, 30, tzinfo=UTC)
    day_before = next_sync(cph(2026, 3, 28, 0, 0), ["05:30"])
    assert result.astimezone(UTC) - day_before.astimezone(UTC) == dt.timedelta(hours=23)


def test_fall_back_a_time_in_the_repeated_hour_runs_once_at_its_first_occurrence() -> None:
    # 25 October 2026: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice.
    first = next_sync(cph(2026, 10, 25, 1, 0), ["02:30", "05:30"])
    assert first.astimezone(UTC) == dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    # Between the two 02:30s (02:45 CEST = 00:45 UTC, and 02:15 CET = 01:15 UTC),
    # the next sync is 05:30 CET, not the second 02:30.
    for between in (
        dt.datetime(2026, 10, 25, 0, 45, tzinfo=UTC),
        dt.datetime(2026, 10, 25, 1, 15, tzinfo=UTC),
        dt.datetime(2026, 10, 25, 1, 30, tzinfo=UTC),
    ):
        assert next_sync(between, ["02:30", "05:30"]).astimezone(UTC) == dt.datetime(
            2026, 10, 25, 4, 30, tzinfo=UTC
        )


def test_fall_back_day_is_25_hours_long_for_a_daily_time() -> None:
    before = next_sync(cph(2026, 10, 24, 0, 0), ["05:30"])
    after = next_sync(before, ["05:30"])
    # (subtract in UTC: Python subtracts two datetimes of the same zone by wall clock)
    assert after.astimezone(UTC) - before.astimezone(UTC) == dt.timedelta(hours=25)
    assert after.strftime("%H:%M") == "05:30"


def test_previous_sync_and_max_gap() -> None:
    assert previous_sync(cph(2026, 11, 27, 12, 0), ["05:30", "13:30"]) == cph(2026, 11, 27, 5, 30)
    assert previous_sync(cph(2026, 11, 27, 5, 0), ["05:30", "13:30"]) == cph(2026, 11, 26, 13, 30)
    assert max_gap(["05:30", "13:30"]) == dt.timedelta(hours=16)
    assert max_gap(["06:00"]) == dt.timedelta(hours=24)


@pytest.mark.parametrize("bad", [["5:30"], ["25:00"], ["05:60"], [], ["kl. 5"]])
def test_malformed_times_are_named(bad: list[str]) -> None:
    with pytest.raises(KnownError) as err:
        next_sync(cph(2026, 1, 1, 0, 0), bad)
    assert err.value.exit_code == ExitCode.NOT_SET_UP
    assert "sync_times" in str(err.value)


def test_next_due_retries_after_a_failure_and_catches_up_after_sleep() -> None:
    times = ["05:30", "13:30"]
    now = cph(2026, 11, 27, 9, 0)
    ok_at = cph(2026, 11, 27, 5, 31)
    # Up to date since this morning: the next scheduled time.
    assert next_due(now, times, last_success=ok_at, last_failure=None, retry_minutes=30) == cph(
        2026, 11, 27, 13, 30
    )
    # Failed at 08:50 after that: retry at 09:20.
    failed_at = cph(2026, 11, 27, 8, 50)
    assert next_due(now, times, last_success=ok_at, last_failure=failed_at, retry_minutes=30) == cph(
        2026, 11, 27, 9, 20
    )
    # A retry never waits past the next scheduled time.
    assert next_due(
        cph(2026, 11, 27, 13, 20),
        times,
        last_success=ok_at,
        last_failure=cph(2026, 11, 27, 13, 15),
        retry_minutes=30,
    ) == cph(2026, 11, 27, 13, 30)
    # Laptop slept through 05:30 (last success yesterday): sync now.
    assert (
        next_due(now, times, last_success=cph(2026, 11, 26, 13, 31), last_failure=None, retry_minutes=30)
        == now
    )
    # Never synced: now.
    assert next_due(now, times, last_success=None, last_failure=None, retry_minutes=30) == now


TIMES = st.lists(
    st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59)),
    min_size=1,
    max_size=4,
)
MOMENTS = st.datetimes(
    min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2030, 12, 31), timezones=st.just(UTC)
)


@settings(max_examples=300, deadline=None)
@given(now=MOMENTS, times=TIMES)
def test_next_sync_is_always_a_listed_wall_clock_time_after_now(now: dt.datetime, times: list[str]) -> None:
    result = next_sync(now, times)
    assert result.astimezone(UTC) > now
    assert result.astimezone(UTC) - now <= dt.timedelta(hours=25)
    local = result.astimezone(COPENHAGEN)
    shown = f"{local:%H:%M}"
    # a listed time, or 03:00 standing in for a listed time lost in the spring-forward gap
    assert shown in times or (shown == "03:00" and any("02:00" <= t < "03:00" for t in times))
    assert previous_sync(result, times) == result
    assert previous_sync(now, times).astimezone(UTC) <= now
