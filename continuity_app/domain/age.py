"""How old a snapshot is, and what colour that deserves.

All wall-clock times shown to people are Danish local time. The absolute time
always stands beside the age, because a laptop's clock may be wrong in a crisis.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

COPENHAGEN = ZoneInfo("Europe/Copenhagen")

MONTHS_DA = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)


class AgeLevel(StrEnum):
    GREEN = "green"  # as fresh as the sync schedule promises
    AMBER = "amber"  # a scheduled sync or two has been missed
    RED = "red"  # a day or more behind, or past valid_until


@dataclass(frozen=True, slots=True)
class DataAge:
    created_at: dt.datetime  # aware, UTC or any zone
    age: dt.timedelta  # negative if the laptop's clock is behind the publisher's
    level: AgeLevel
    expired: bool  # past valid_until: old data beats no data, but say so
    clock_suspect: bool  # the data claims to come from the future

    def text_da(self, now: dt.datetime) -> str:
        """'Data fra i dag kl. 05:30 · 6 timer gammel'."""
        return f"Data fra {format_when_da(self.created_at, now)} · {format_age_da(self.age)}"


def data_age(
    created_at: dt.datetime,
    now: dt.datetime,
    *,
    max_sync_gap: dt.timedelta = dt.timedelta(hours=16),
    valid_until: dt.datetime | None = None,
) -> DataAge:
    """Colour an age against the sync schedule.

    ``max_sync_gap`` is the longest gap between two scheduled syncs (05:30 and
    13:30 give 16 hours). Green while no scheduled sync has been missed (plus an
    hour's grace), amber up to 24 hours beyond that, red after — or when expired.
    """
    age = now - created_at
    expired = valid_until is not None and now > valid_until
    grace = dt.timedelta(hours=1)
    if expired or age > max_sync_gap + grace + dt.timedelta(hours=24):
        level = AgeLevel.RED
    elif age > max_sync_gap + grace:
        level = AgeLevel.AMBER
    else:
        level = AgeLevel.GREEN
    return DataAge(
        created_at=created_at,
        age=age,
        level=level,
        expired=expired,
        clock_suspect=age < -dt.timedelta(minutes=5),
    )


def local(moment: dt.datetime) -> dt.datetime:
    """The moment in Danish local time.

    A naive datetime is Danish wall-clock time already, as every export writes it
    (the exchange reader makes them aware; this keeps older stores right too). In
    the hour that occurs twice in late October the first (summer-time) one is meant.
    """
    if moment.tzinfo is None:
        return moment.replace(tzinfo=COPENHAGEN, fold=0)
    return moment.astimezone(COPENHAGEN)


def format_datetime_da(moment: dt.datetime) -> str:
    """'27. november 2026 kl. 05:30' in Danish local time."""
    t = local(moment)
    return f"{t.day}. {MONTHS_DA[t.month - 1]} {t.year} kl. {t:%H:%M}"


def format_date_da(day: dt.date) -> str:
    return f"{day.day}. {MONTHS_DA[day.month - 1]} {day.year}"


def format_when_da(moment: dt.datetime, now: dt.datetime) -> str:
    """'i dag kl. 05:30', 'i går kl. 13:30', or '25. november 2026 kl. 05:30'."""
    t, n = local(moment), local(now)
    days = (n.date() - t.date()).days
    if days == 0:
        return f"i dag kl. {t:%H:%M}"
    if days == 1:
        return f"i går kl. {t:%H:%M}"
    return format_datetime_da(moment)


def format_age_da(age: dt.timedelta) -> str:
    """'under 1 time gammel', '6 timer gammel', '3 døgn gammel'."""
    hours = int(age.total_seconds() // 3600)
    if age.total_seconds() < 0:
        return "fra fremtiden – tjek computerens ur"
    if hours < 1:
        return "under 1 time gammel"
    if hours < 48:
        return f"{hours} time{'r' if hours != 1 else ''} gammel"
    return f"{hours // 24} døgn gammel"
