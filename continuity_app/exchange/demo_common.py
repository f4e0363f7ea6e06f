"""Small helpers shared by the demo generators: exact splits, phones, CPR numbers."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Sequence
from typing import Generic, TypeVar

from continuity_app.domain.age import COPENHAGEN

T = TypeVar("T")

MOBILE_PREFIXES = (
    "20",
    "21",
    "22",
    "23",
    "24",
    "25",
    "26",
    "27",
    "28",
    "29",
    "30",
    "31",
    "40",
    "41",
    "42",
    "50",
    "51",
    "52",
    "53",
    "60",
    "61",
    "71",
    "81",
    "91",
    "93",
)


def split(total: int, weights: Sequence[float]) -> list[int]:
    """``total`` divided in proportion to ``weights``, exactly (largest remainder)."""
    if not weights:
        return []
    wsum = sum(weights) or 1.0
    raw = [total * w / wsum for w in weights]
    parts = [int(r) for r in raw]
    rest = total - sum(parts)
    order = sorted(range(len(raw)), key=lambda i: (parts[i] - raw[i], i))
    for i in order[:rest]:
        parts[i] += 1
    return parts


class Picker(Generic[T]):
    """Weighted choice from a fixed table, fast (cumulative weights precomputed)."""

    def __init__(self, table: Sequence[tuple[T, float]]) -> None:
        self.items: list[T] = [item for item, _ in table]
        self.cum: list[float] = list(itertools.accumulate(float(w) for _, w in table))

    def pick(self, rng: random.Random) -> T:
        return rng.choices(self.items, cum_weights=self.cum)[0]

    def many(self, rng: random.Random, k: int) -> list[T]:
        return rng.choices(self.items, cum_weights=self.cum, k=k)


def phone(rng: random.Random, landline: str | None = None) -> str:
    """A Danish 8-digit number, as Nødkopi keeps it (``12 34 56 78``); the export writer
    spells it the many ways care systems do (``demo_write``)."""
    first = landline if landline else rng.choice(MOBILE_PREFIXES)
    digits = first + f"{rng.randrange(1_000_000):06d}"
    rng.random()  # was the spelling: drawn still, so every seed keeps giving the same data
    return f"{digits[0:2]} {digits[2:4]} {digits[4:6]} {digits[6:8]}"


def cpr_century_digit(rng: random.Random, year: int) -> int:
    """The 7th digit of a CPR number consistent with the birth year (CPR office rule)."""
    yy = year % 100
    if 1900 <= year <= 1999:
        return rng.choice((0, 1, 2, 3, 4, 9)) if yy >= 37 else rng.randint(0, 3)
    if 2000 <= year <= 2036:
        return rng.choice((4, 5, 6, 7, 8, 9))
    if 2037 <= year <= 2057:
        return rng.randint(5, 8)
    if 1858 <= year <= 1899:
        return rng.randint(5, 8)
    raise ValueError(f"no CPR century digit for year {year}")


def cpr(rng: random.Random, born: dt.date, female: bool, used: set[str]) -> str:
    """A CPR-shaped number with a real birth date (no modulus-11: clearly fictitious)."""
    while True:
        d7 = cpr_century_digit(rng, born.year)
        last = rng.randrange(0, 10, 2) if female else rng.randrange(1, 10, 2)
        number = f"{born:%d%m}{born.year % 100:02d}-{d7}{rng.randrange(100):02d}{last}"
        if number not in used:
            used.add(number)
            return number


def birth_date(
    rng: random.Random, today: dt.date, age_low: int, age_high: int, mode: float | None = None
) -> dt.date:
    age = rng.triangular(age_low, age_high, mode) if mode is not None else rng.uniform(age_low, age_high)
    return today - dt.timedelta(days=int(age * 365.2425))


def at_time(day: dt.date, minutes: int) -> dt.datetime:
    """Danish wall-clock time on ``day``, as the exports write it (and the reader reads it back)."""
    return dt.datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=COPENHAGEN)
