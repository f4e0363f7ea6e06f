"""Value parsers for the exchange files: one function per kind of column.

Each parser takes a non-empty, already stripped string and returns the value or
raises :class:`ValueError` whose message is the reason shown to IT, quoting the
value ("'31-02-2026' is not a real date"). They accept what Danish systems and
Excel write: Danish and ISO dates, ``ja``/``nej``/``x``/``SAND``, decimal comma
with ``.`` thousands, ``½``, 10-digit CPR numbers.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

from continuity_app.domain.age import COPENHAGEN
from continuity_app.domain.models import LIST_SEPARATOR

E = TypeVar("E", bound=StrEnum)

_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DK_DATE = re.compile(r"(\d{1,2})([-./])(\d{1,2})\2(\d{4})")
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?::(\d{2})(?:[.,]\d+)?)?")
#: ``YYYY-MM-DD HH:MM[:SS]`` (or ``T``), no offset: read as :func:`parse_datetime` reads it.
_PLAIN_DATETIME = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?")
_MIDNIGHT = re.compile(r"[ T]0{1,2}[:.]00(?::00)?")
_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})$")


def _quote(value: str, limit: int = 40) -> str:
    return repr(value if len(value) <= limit else value[:limit] + "…")


def parse_date(value: str) -> dt.date:
    """``YYYY-MM-DD``, ``DD-MM-YYYY``, ``DD.MM.YYYY``, ``D-M-YYYY``, ``DD/MM/YYYY``.

    A trailing midnight time (``2026-11-27 00:00:00``, as Excel may write a date
    cell) is accepted.
    """
    text = value
    m = _MIDNIGHT.search(text)
    if m is not None and m.end() == len(text):
        text = text[: m.start()]
    if iso := _ISO_DATE.fullmatch(text):
        y, mo, d = int(iso[1]), int(iso[2]), int(iso[3])
    elif dk := _DK_DATE.fullmatch(text):
        d, mo, y = int(dk[1]), int(dk[3]), int(dk[4])
    else:
        raise ValueError(f"{_quote(value)} is not a date (write YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY)")
    try:
        return dt.date(y, mo, d)
    except ValueError:
        raise ValueError(f"{_quote(value)} is not a real date") from None


def parse_time(value: str) -> dt.time:
    """``HH:MM``, ``H:MM``, ``HH.MM``, ``HH:MM:SS``."""
    m = _TIME.fullmatch(value)
    if m is None:
        raise ValueError(f"{_quote(value)} is not a time (write HH:MM, e.g. 07:30)")
    h, mi, s = int(m[1]), int(m[2]), int(m[3] or 0)
    if h > 23 or mi > 59 or s > 59:
        raise ValueError(f"{_quote(value)} is not a real time of day")
    return dt.time(h, mi, s)


def parse_datetime(value: str) -> dt.datetime:
    """A date and a time separated by a space or ``T`` (``2026-11-27 05:30``,
    ``27-11-2026 05.30``) → an aware datetime in Danish local time (Europe/Copenhagen).

    A time without an offset is Danish wall-clock time, as the exports write it
    ("04:47" stays 04:47 on every screen and paper). In the hour that occurs twice
    when summer time ends (late October, 02:00–02:59) the first, summer-time one is
    meant; a time in the hour skipped when it begins (late March, 02:00–02:59) is
    read as winter time, i.e. the instant shown as 03:xx summer time. An explicit
    offset (``Z``, ``+01:00``) is honoured. A date alone means midnight."""
    if _PLAIN_DATETIME.fullmatch(value):  # what nearly every export writes: the C parser
        try:
            return dt.datetime.fromisoformat(value).replace(tzinfo=COPENHAGEN)
        except ValueError:
            pass  # not a real date or time: the reading below says which
    return read_datetime(value)


def read_datetime(value: str) -> dt.datetime:
    """:func:`parse_datetime` without its shortcut for the plain ISO form: every form."""
    text = value.replace("T", " ", 1) if "T" in value[:11] else value
    date_part, _, time_part = text.partition(" ")
    time_part = time_part.strip()
    try:
        day = _day(date_part)
    except ValueError:
        raise ValueError(f"{_quote(value)} is not a date and time (write YYYY-MM-DD HH:MM)") from None
    if not time_part:
        return dt.datetime.combine(day, dt.time(), tzinfo=COPENHAGEN)
    offset: dt.timezone | None = None
    if time_part.endswith(("Z", "z")):
        offset, time_part = dt.UTC, time_part[:-1]
    else:
        om = _OFFSET.search(time_part)
        if om is not None:
            sign = 1 if om[1] == "+" else -1
            offset = dt.timezone(sign * dt.timedelta(hours=int(om[2]), minutes=int(om[3])))
            time_part = time_part[: om.start()]
    try:
        clock = _clock(time_part)
    except ValueError:
        raise ValueError(f"{_quote(value)} is not a date and time (write YYYY-MM-DD HH:MM)") from None
    if offset is not None:
        return dt.datetime.combine(day, clock, tzinfo=offset).astimezone(COPENHAGEN)
    return dt.datetime.combine(day, clock, tzinfo=COPENHAGEN)  # fold 0: parse_time's times have it


# Export times are nearly all unique, their dates and clock times are not: parse each part once.
_day = functools.lru_cache(maxsize=1 << 14)(parse_date)
_clock = functools.lru_cache(maxsize=1 << 12)(parse_time)


_TRUE = frozenset({"ja", "j", "yes", "y", "true", "sand", "1", "x"})
_FALSE = frozenset({"nej", "n", "no", "false", "falsk", "0", "-"})


def parse_bool(value: str) -> bool:
    """``ja``/``nej``/``yes``/``no``/``true``/``false``/``1``/``0``/``x`` (any case;
    also Danish Excel's ``SAND``/``FALSK``). Empty is no; callers handle empty."""
    low = value.lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise ValueError(f"{_quote(value)} is not yes/no (write ja, nej, x or leave empty)")


_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_THOUSANDS_DOT = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_SIMPLE_FRACTION = re.compile(r"(?:(\d+)\s+)?(\d+)/(\d+)")


def parse_decimal(value: str) -> float:
    """``2,5``, ``2.5``, ``1.234,5``, ``1,234.5``, ``1 234,5``, ``½``, ``1½``, ``1/2``.

    A dot followed by groups of exactly three digits with no comma
    (``5.000``) is Danish thousands grouping: 5000, not 5.0.
    """
    if fm := _SIMPLE_FRACTION.fullmatch(value):
        den = int(fm[3])
        if den == 0:
            raise ValueError(f"{_quote(value)} is not a number")
        return int(fm[1] or 0) + int(fm[2]) / den
    text = value.replace("\u00a0", "").replace(" ", "").replace("\u2212", "-")
    if text.endswith("%"):
        text = text[:-1]
    frac = 0.0
    if text and text[-1] in _FRACTIONS:
        frac = _FRACTIONS[text[-1]]
        text = text[:-1]
        if not text:
            return frac
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        if text.count(",") > 1:
            raise ValueError(f"{_quote(value)} is not a number")
        text = text.replace(",", ".")
    elif _THOUSANDS_DOT.fullmatch(text.lstrip("+-")):
        text = text.replace(".", "")
    if not _NUMBER.fullmatch(text):
        raise ValueError(f"{_quote(value)} is not a number")
    number = float(text) + frac
    if not math.isfinite(number):
        raise ValueError(f"{_quote(value)} is not a number (far too large)")
    return number


def _coordinate(value: str, limit: float, what: str) -> float:
    """Decimal degrees: ``56.549``, ``56,549``, ``8.31``. A dot is always the decimal point
    here (``56.549`` is not Danish thousands grouping, as it would be in a litres column)."""
    text = value.replace("\u00a0", "").replace(" ", "").replace("\u2212", "-").replace(",", ".")
    if not _NUMBER.fullmatch(text):
        raise ValueError(f"{_quote(value)} is not a {what} in decimal degrees (e.g. 56.5490)")
    number = float(text)
    if not -limit <= number <= limit:
        raise ValueError(f"{_quote(value)} is not a {what} (between -{limit:g} and {limit:g})")
    return number


def parse_latitude(value: str) -> float:
    return _coordinate(value, 90, "latitude")


def parse_longitude(value: str) -> float:
    return _coordinate(value, 180, "longitude")


def parse_initials(value: str) -> str:
    """A staff member's initials: 1–4 letters (æøå included), kept upper-cased."""
    if not re.fullmatch(r"[^\W\d_]{1,4}", value):
        raise ValueError(f"{_quote(value)} is not initials (1–4 letters, e.g. AB or ØKJ)")
    return value.upper()


def parse_int(value: str) -> int:
    """A whole number; Danish thousands dots and an integral ``12,0`` are accepted."""
    try:
        number = parse_decimal(value)
    except ValueError:
        raise ValueError(f"{_quote(value)} is not a whole number") from None
    if number != int(number):
        raise ValueError(f"{_quote(value)} is not a whole number")
    return int(number)


def parse_priority(value: str) -> int:
    try:
        number = parse_int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= 3:
        raise ValueError(f"{_quote(value)} is not a priority (write 1, 2 or 3)")
    return number


def parse_percent(value: str) -> float:
    number = parse_decimal(value)
    if not 0 <= number <= 100:
        raise ValueError(f"{_quote(value)} is not a percentage between 0 and 100")
    return number


def parse_quantity(value: str) -> float | None:
    """A daily-grid quantity: a number, ``½``, or ``-`` for none (as FMK prints it)."""
    if value in ("-", "–"):
        return None
    number = parse_decimal(value)
    if number < 0:
        raise ValueError(f"{_quote(value)} is a negative quantity")
    return number


def parse_list(value: str) -> tuple[str, ...]:
    """An export cell ``a| b |c|`` → ("a", "b", "c"): written by a person or another system,
    so each item is stripped and blank items are dropped. (The store's column holds only what
    this returned, and ``store.columns.split_list`` reads it back without these repairs.)"""
    return tuple(part for part in (p.strip() for p in value.split(LIST_SEPARATOR)) if part)


def parse_clock_times(value: str) -> tuple[str, ...]:
    """``07:00|11:00|15:00`` → ("07:00", "11:00", "15:00"): each a time of day, written HH:MM,
    in the order given; the same time twice is refused (one grid row per clock time)."""
    out: list[str] = []
    for part in parse_list(value):
        try:
            clock = parse_time(part)
        except ValueError as exc:
            raise ValueError(f"{exc} in clock_times {_quote(value)}") from None
        text = f"{clock:%H:%M}" + (f":{clock:%S}" if clock.second else "")
        if text in out:
            raise ValueError(f"{_quote(part)} appears twice in clock_times {_quote(value)}")
        out.append(text)
    return tuple(out)


_CPR = re.compile(r"(\d{2})(\d{2})(\d{2})[- ]?(\d)(\d{3})")


def cpr_birth_date(dd: int, mm: int, yy: int, seventh: int) -> dt.date:
    """The birth date a CPR number encodes; the 7th digit fixes the century."""
    if seventh <= 3:
        century = 1900
    elif seventh in (4, 9):
        century = 2000 if yy <= 36 else 1900
    else:  # 5..8
        century = 2000 if yy <= 57 else 1800
    return dt.date(century + yy, mm, dd)


_EXCEL_CPR = re.compile(r"[1-9]\d{4}[- ]?\d{4}")


def parse_cpr(value: str) -> str:
    """``DDMMYY-XXXX`` (or 10 digits, or a space for the dash) with a real date;
    returns the dash form.

    Excel turns a CPR column into numbers and drops the leading zero of everyone
    born on the 1st to the 9th ("0101501234" → "101501234"); nine digits can only
    mean that, so the zero is put back."""
    if _EXCEL_CPR.fullmatch(value):
        value = "0" + value
    m = _CPR.fullmatch(value)
    if m is None:
        raise ValueError(f"{_quote(value)} is not a CPR number (write DDMMYY-XXXX)")
    try:
        cpr_birth_date(int(m[1]), int(m[2]), int(m[3]), int(m[4]))
    except ValueError:
        raise ValueError(f"{_quote(value)} is not a real date") from None
    return f"{m[1]}{m[2]}{m[3]}-{m[4]}{m[5]}"


def enum_parser(enum: type[E], aliases: dict[str, E] | None = None) -> Callable[[str], E]:
    """A case-insensitive parser for one of ``enum``'s values; the error names them."""
    table: dict[str, E] = {member.value.lower(): member for member in enum}
    for alias, member in (aliases or {}).items():
        table[alias.lower()] = member
    allowed = ", ".join(member.value for member in enum)

    def parse(value: str) -> E:
        member = table.get(" ".join(value.lower().split()))
        if member is None:
            raise ValueError(f"{_quote(value)} is not one of: {allowed}")
        return member

    return parse
