"""Realistic, fictitious Danish demo data at the three benchmark scales, and the exports it makes.

``generate_dataset`` builds a :class:`Dataset` deterministically from a scale, a
seed and a day; ``write_exports`` writes it as the exchange folder,
the way Danish care systems and Excel write their CSV files. Nobody in it exists.
"""

from __future__ import annotations

import datetime as dt

from continuity_app.domain.models import Dataset
from continuity_app.exchange.demo_contacts import make_contacts
from continuity_app.exchange.demo_fleet import make_fuel_stocks, make_vehicles
from continuity_app.exchange.demo_meds import make_medications
from continuity_app.exchange.demo_people import make_people
from continuity_app.exchange.demo_routes import make_routes
from continuity_app.exchange.demo_scales import SCALES, Context, ScaleSpec
from continuity_app.exchange.demo_units import make_units
from continuity_app.exchange.demo_write import write_exports

__all__ = ["SCALES", "ScaleSpec", "generate_dataset", "write_exports"]


def generate_dataset(scale: str = "lemvig", seed: int = 1, today: dt.date | None = None) -> Dataset:
    """The demo data set of ``scale`` ("tiny", "lemvig", "aarhus" or "region").

    The same scale, seed and ``today`` give the same data set. Routes cover
    ``today`` (default: the computer's date) and the next two days.
    """
    try:
        spec = SCALES[scale]
    except KeyError:
        raise ValueError(f"unknown scale {scale!r}; choose one of {', '.join(SCALES)}") from None
    ctx = Context(spec=spec, seed=seed, today=today or dt.date.today())
    units = make_units(ctx)
    citizens, relatives = make_people(ctx, units)
    medications = make_medications(ctx, citizens)
    vehicles, unit_vehicles = make_vehicles(ctx, units)
    contacts = make_contacts(ctx, units)  # before the routes: their staff drive them
    routes, visits = make_routes(ctx, units, unit_vehicles)
    return Dataset(
        units=units,
        citizens=citizens,
        relatives=relatives,
        medications=medications,
        routes=routes,
        visits=visits,
        vehicles=vehicles,
        fuel_stocks=make_fuel_stocks(ctx),
        contacts=contacts,
    )
