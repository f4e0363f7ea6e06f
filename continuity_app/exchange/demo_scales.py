"""The demo scales lemvig, aarhus and region (plus "tiny" for fast tests), and what their generators share."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from continuity_app.exchange.demo_places import MAIL_DOMAIN, MUNICIPALITY, TOWNS, Town


@dataclass(frozen=True, slots=True)
class ScaleSpec:
    name: str
    citizens: int
    medications: int
    routes_per_day: int
    visits: int  # over the three days
    vehicles: int
    contact_nodes: int
    hjemmepleje: int  # care units by kind (about 150 citizens each)
    plejecentre: int
    botilbud: int
    other_units: int  # dagtilbud, administration, andet: no citizens
    fuel_stocks: int
    places: str  # key of demo_places.TOWNS


SCALES: dict[str, ScaleSpec] = {
    "tiny": ScaleSpec("tiny", 25, 220, 3, 36, 6, 26, 1, 1, 0, 1, 2, "lemvig"),
    "lemvig": ScaleSpec("lemvig", 800, 7_000, 40, 1_700, 120, 400, 3, 1, 1, 5, 4, "lemvig"),
    "aarhus": ScaleSpec("aarhus", 12_000, 100_000, 600, 27_000, 1_500, 6_000, 44, 24, 12, 40, 12, "aarhus"),
    "region": ScaleSpec(
        "region", 60_000, 500_000, 3_000, 135_000, 7_500, 30_000, 220, 120, 60, 200, 40, "region"
    ),
}

DAYS = 3  # routes for today and the next two days


@dataclass(slots=True)
class Context:
    """What every generator step needs: the scale, the day, the seed, the places."""

    spec: ScaleSpec
    seed: int
    today: dt.date
    unit_town: dict[str, Town] = field(default_factory=dict)
    unit_home_citizens: dict[str, list[str]] = field(default_factory=dict)  # hjemmepleje only
    time_critical_citizens: set[str] = field(default_factory=set)
    lift_citizens: set[str] = field(default_factory=set)
    unit_staff: dict[str, list[str]] = field(default_factory=dict)  # from the unit's contact tree

    @property
    def towns(self) -> tuple[Town, ...]:
        return TOWNS[self.spec.places]

    @property
    def municipality(self) -> str:
        return MUNICIPALITY[self.spec.places]

    @property
    def mail_domain(self) -> str:
        return MAIL_DOMAIN[self.spec.places]

    def rng(self, part: str) -> random.Random:
        """An independent, reproducible stream per part, so parts do not shift each other."""
        return random.Random(f"noedkopi-demo:{self.spec.name}:{self.seed}:{part}")
