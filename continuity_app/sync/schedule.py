"""When to sync: daily times in Danish local time, surviving the summer-time changes.

The config names wall-clock times (``sync_times``, default 05:30 and 13:30) in
Europe/Copenhagen. Two days a year the wall clock misbehaves:

* **Spring forward** (last Sunday of March, 02:00 → 03:00): a time inside the
  missing hour (say 02:30) does not exist that day. The sync runs once, at the
  first moment after the gap (03:00 summer time), like cron does.
* **Fall back** (last Sunday of October, 03:00 → 02:00): a time inside the
  repeated hour occurs twice. The sync runs once, at the first occurrence.

Other days, each listed time happens exactly once. Datetimes passed in must be
aware; naive ones are taken as UTC (as everywhere in the domain).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from continuity_app.domain.age import COPENHAGEN
from continuity_app.settings import CLOCK_TIME, SettingsError


def parse_times(times: Sequence[str]) -> list[dt.time]:
    """``["13:30", "05:30"]`` → sorted, unique times; a malformed entry is named."""
    if not times:
        raise SettingsError(
            "config.json: setting 'sync_times' is empty; give at least one time like \"05:30\""
        )
    parsed: set[dt.time] = set()
    for text in times:
        match = CLOCK_TIME.match(text) if isinstance(text, str) else None
        if match is None:
            raise SettingsError(
                f"config.json: setting 'sync_times' has {text!r}; times are HH:MM, like \"05:30\""
            )
        parsed.add(dt.time(int(match[1]), int(match[2])))
    return sorted(parsed)


def _utc(moment: dt.datetime) -> dt.datetime:
    """In UTC: Python compares and subtracts two datetimes of the SAME zone by wall clock,
    ignoring summer time, so every comparison here is made in UTC."""
    aware = moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment
    return aware.astimezone(dt.UTC)


def _exists(local: dt.datetime, tz: ZoneInfo) -> bool:
    """Whether this wall-clock time happens at all that day (not inside a spring-forward gap)."""
    round_trip = local.astimezone(dt.UTC).astimezone(tz)
    return round_trip.replace(tzinfo=None) == local.replace(tzinfo=None)


def occurrence(day: dt.date, at: dt.time, tz: ZoneInfo = COPENHAGEN) -> dt.datetime:
    """The one moment that wall-clock ``at`` on ``day`` stands for (see the module docstring)."""
    local = dt.datetime.combine(day, at).replace(tzinfo=tz, fold=0)  # fold=0: first occurrence
    if _exists(local, tz):
        return local
    # Inside the spring-forward gap: walk to the first minute the clock shows again.
    probe = local.replace(tzinfo=None)
    while not _exists(probe.replace(tzinfo=tz), tz):
        probe += dt.timedelta(minutes=1)
    return probe.replace(tzinfo=tz)


def _occurrences(around: dt.datetime, times: list[dt.time], tz: ZoneInfo) -> list[dt.datetime]:
    today = around.astimezone(tz).date()
    days = [today + dt.timedelta(days=d) for d in (-2, -1, 0, 1, 2)]
    return sorted(_utc(occurrence(day, at, tz)) for day in days for at in times)


def next_sync(now: dt.datetime, times: Sequence[str], tz: ZoneInfo = COPENHAGEN) -> dt.datetime:
    """The first scheduled moment strictly after ``now``, in ``tz``."""
    now = _utc(now)
    return next(t for t in _occurrences(now, parse_times(times), tz) if t > now).astimezone(tz)


def previous_sync(now: dt.datetime, times: Sequence[str], tz: ZoneInfo = COPENHAGEN) -> dt.datetime:
    """The last scheduled moment at or before ``now``, in ``tz``."""
    now = _utc(now)
    return [t for t in _occurrences(now, parse_times(times), tz) if t <= now][-1].astimezone(tz)


def max_gap(times: Sequence[str]) -> dt.timedelta:
    """The longest wait between two scheduled syncs (05:30 and 13:30 → 16 hours).

    Counted on the wall clock; a summer-time change adds or removes one hour on
    two days a year, which the data-age colours tolerate through their grace hour.
    """
    minutes = [t.hour * 60 + t.minute for t in parse_times(times)]
    gaps = [b - a for a, b in zip(minutes, [*minutes[1:], minutes[0] + 24 * 60], strict=True)]
    return dt.timedelta(minutes=max(gaps))


def next_due(
    now: dt.datetime,
    times: Sequence[str],
    *,
    last_success: dt.datetime | None,
    last_failure: dt.datetime | None,
    retry_minutes: int,
    tz: ZoneInfo = COPENHAGEN,
) -> dt.datetime:
    """When the next sync should start, counting retries and missed schedules.

    ``last_failure`` is the time of the most recent attempt if it failed (None
    when it succeeded); ``last_success`` the time of the latest successful one.

    * After a failure: ``retry_minutes`` after it (but never later than the next
      scheduled time, and not in the past).
    * When the laptop slept through a scheduled time (no success since the most
      recent one): now.
    * Otherwise the next scheduled time.
    """
    now = _utc(now)
    scheduled = _utc(next_sync(now, times, tz))
    if last_failure is not None:
        retry_at = max(now, _utc(last_failure) + dt.timedelta(minutes=retry_minutes))
        return min(scheduled, retry_at).astimezone(tz)
    if last_success is None or _utc(last_success) < _utc(previous_sync(now, times, tz)):
        return now.astimezone(tz)
    return scheduled.astimezone(tz)
