"""Text for dates, times, ages and flags in the UI language (Danish local time always).

The domain's ``age`` module decides colours and the Danish wording for paper;
here the same wording goes through Qt's translation so the English UI reads
English. Dates use the default ``QLocale`` (set by ``i18n``): "27. november 2026".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from continuity_app.domain.age import local

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def date_text(day: dt.date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d. MMMM yyyy")


def weekday_date_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d. MMMM yyyy")


def time_text(moment: dt.time | None) -> str:
    if moment is None:
        return ""
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def datetime_text(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    t = local(moment)
    return translate("Fmt", "%1 kl. %2").replace("%1", date_text(t.date())).replace("%2", f"{t:%H:%M}")


def when_text(moment: dt.datetime, now: dt.datetime) -> str:
    """'i dag kl. 05:30', 'i går kl. 13:30' or '25. november 2026 kl. 05:30'."""
    t, n = local(moment), local(now)
    days = (n.date() - t.date()).days
    if days == 0:
        return translate("Fmt", "i dag kl. %1").replace("%1", f"{t:%H:%M}")
    if days == 1:
        return translate("Fmt", "i går kl. %1").replace("%1", f"{t:%H:%M}")
    return datetime_text(moment)


def age_text(age: dt.timedelta) -> str:
    seconds = age.total_seconds()
    if seconds < 0:
        return translate("Fmt", "fra fremtiden – tjek computerens ur")
    hours = int(seconds // 3600)
    if hours < 1:
        return translate("Fmt", "under 1 time gammel")
    if hours == 1:
        return translate("Fmt", "1 time gammel")
    if hours < 48:
        return translate("Fmt", "%1 timer gammel").replace("%1", str(hours))
    return translate("Fmt", "%1 døgn gammel").replace("%1", str(hours // 24))


def data_age_text(created_at: dt.datetime, now: dt.datetime) -> str:
    """'Data fra i dag kl. 05:30 · 6 timer gammel'."""
    return (
        translate("Fmt", "Data fra %1 · %2")
        .replace("%1", when_text(created_at, now))
        .replace("%2", age_text(now - created_at))
    )


def yes_no(value: bool) -> str:
    return translate("Fmt", "Ja") if value else translate("Fmt", "Nej")


def quantity_text(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return QLocale().toString(float(value), "g", 6)


def parse_iso(text: str | None) -> dt.datetime | None:
    """A stored ISO timestamp (store.meta) as an aware datetime, or None."""
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
