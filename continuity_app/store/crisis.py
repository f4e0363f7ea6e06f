"""Per-unit counts of citizens for the crisis staff's overview: numbers, never people.

The ``krisestab`` scope holds only the vulnerable citizens, so it cannot count a
unit's citizens itself. The publisher therefore counts them in the full store and
writes the counts into the scope's meta (key ``unit_counts``, JSON): per unit the
citizens, the residents of 24-hour institutions, the vulnerable, the vulnerable by
day priority and by reason. A store that holds every citizen (``alle``) counts
them directly; a unit's store counts its own unit only — its other citizens are
those its routes visit, never a whole unit.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from continuity_app.domain.rules import Reason

UNIT_COUNTS_KEY = "unit_counts"

_REASON_SUMS = ", ".join(f"sum(instr('|' || reasons || '|', '|{r.value}|') > 0)" for r in Reason)
_COUNT_SQL = (
    "SELECT unit_id, count(*), "
    f"sum(instr('|' || reasons || '|', '|{Reason.INSTITUTION.value}|') > 0), sum(vulnerable), "
    "sum(vulnerable AND day_priority = 1), sum(vulnerable AND day_priority = 2), "
    "sum(vulnerable AND day_priority >= 3), "
    f"{_REASON_SUMS} FROM citizens GROUP BY unit_id"
)


@dataclass(frozen=True, slots=True)
class UnitCounts:
    citizens: int
    residents: int  # living in a 24-hour institution (plejecenter, botilbud)
    vulnerable: int
    by_day: tuple[int, int, int] = (0, 0, 0)  # vulnerable citizens by day priority 1, 2, 3
    by_reason: dict[str, int] = field(default_factory=dict)  # Reason value -> vulnerable with it

    def to_json(self) -> dict[str, object]:
        return {
            "citizens": self.citizens,
            "residents": self.residents,
            "vulnerable": self.vulnerable,
            "by_day": list(self.by_day),
            "by_reason": dict(self.by_reason),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> UnitCounts:
        days = data.get("by_day", [0, 0, 0])
        reasons = data.get("by_reason", {})
        assert isinstance(days, list) and isinstance(reasons, dict)
        return cls(
            int(str(data["citizens"])),
            int(str(data["residents"])),
            int(str(data["vulnerable"])),
            (int(days[0]), int(days[1]), int(days[2])),
            {str(k): int(v) for k, v in reasons.items()},
        )


_NONE = UnitCounts(0, 0, 0)


def count_citizens(conn: sqlite3.Connection) -> dict[str, UnitCounts]:
    """unit_id -> the counts of the citizens this store holds (one GROUP BY, no row loop)."""
    out: dict[str, UnitCounts] = {}
    for row in conn.execute(_COUNT_SQL):
        reasons = {r.value: int(n or 0) for r, n in zip(Reason, row[7:], strict=True) if n}
        out[row[0]] = UnitCounts(
            int(row[1]),
            int(row[2] or 0),
            int(row[3] or 0),
            (int(row[4] or 0), int(row[5] or 0), int(row[6] or 0)),
            reasons,
        )
    return out


def counts_meta(conn: sqlite3.Connection) -> str:
    """The ``unit_counts`` meta value: every unit's counts as compact JSON."""
    counts = count_citizens(conn)
    return json.dumps(
        {u: c.to_json() for u, c in sorted(counts.items())}, ensure_ascii=False, separators=(",", ":")
    )


def unit_counts(conn: sqlite3.Connection, meta: dict[str, str]) -> dict[str, UnitCounts] | None:
    """The per-unit counts this store can vouch for, or None when it holds none at all.

    From the publisher's meta when present (``krisestab``); else counted here. A unit's
    store vouches only for its own unit (see the module docstring).
    """
    raw = meta.get(UNIT_COUNTS_KEY)
    scope = meta.get("scope", "")
    if raw:
        try:
            data = json.loads(raw)
            counts = {str(u): UnitCounts.from_json(c) for u, c in data.items()}
        except (ValueError, KeyError, AssertionError, TypeError, IndexError):
            return None
    elif scope == "krisestab":
        return None  # an older bundle without the counts: only the vulnerable are held
    else:
        counts = count_citizens(conn)
    if scope not in ("", "alle", "krisestab") and not raw:
        return {scope: counts.get(scope, _NONE)}  # a unit's store: its own unit only
    unit_ids = [u for (u,) in conn.execute("SELECT unit_id FROM units")]
    return {u: counts.get(u, _NONE) for u in unit_ids}  # every unit: one without citizens has 0
