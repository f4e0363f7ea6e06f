"""Demo vehicles (Danish plates, fuel mix incl. el) and local fuel stocks."""

from __future__ import annotations

import datetime as dt
import random

from continuity_app.domain.models import Fuel, FuelStock, Unit, UnitKind, Vehicle
from continuity_app.exchange.demo_common import Picker, at_time, phone, split
from continuity_app.exchange.demo_scales import Context
from continuity_app.exchange.demo_units import person_name

# (make_model, seats, range_km, wheelchair, four_wheel_drive)
Model = tuple[str, int, int, bool, bool]
MODELS: dict[Fuel, tuple[Model, ...]] = {
    Fuel.EL: (
        ("VW ID.3", 5, 350, False, False),
        ("Renault Zoe", 5, 300, False, False),
        ("Peugeot e-208", 5, 320, False, False),
        ("Nissan Leaf", 5, 260, False, False),
        ("Kia e-Niro", 5, 420, False, False),
        ("MG4 Electric", 5, 400, False, False),
        ("Citroën ë-Berlingo", 5, 250, False, False),
        ("VW ID. Buzz Cargo", 2, 380, False, False),
    ),
    Fuel.BENZIN: (
        ("Toyota Aygo X", 4, 650, False, False),
        ("VW Up!", 4, 600, False, False),
        ("Kia Picanto", 4, 600, False, False),
        ("Toyota Yaris", 5, 750, False, False),
        ("Suzuki Swift 4x4", 5, 700, False, True),
    ),
    Fuel.DIESEL: (
        ("Ford Transit handicapbus", 9, 900, True, False),
        ("Mercedes Sprinter handicapbus", 8, 950, True, False),
        ("VW Transporter", 3, 900, False, False),
        ("Toyota Hilux", 5, 950, False, True),
        ("Skoda Octavia Combi 4x4", 5, 1000, False, True),
        ("Peugeot Partner", 2, 850, False, False),
    ),
    Fuel.HYBRID: (
        ("Toyota Yaris Hybrid", 5, 900, False, False),
        ("Toyota Corolla Touring Sports Hybrid", 5, 950, False, False),
        ("Toyota C-HR Hybrid", 5, 850, False, False),
    ),
    Fuel.PLUGIN_HYBRID: (
        ("Kia Niro PHEV", 5, 800, False, False),
        ("Mitsubishi Outlander PHEV", 5, 750, False, True),
        ("VW Passat GTE", 5, 850, False, False),
    ),
}
FUEL_BY_KIND = {
    UnitKind.HJEMMEPLEJE: Picker(
        [(Fuel.EL, 45), (Fuel.HYBRID, 25), (Fuel.BENZIN, 15), (Fuel.PLUGIN_HYBRID, 10), (Fuel.DIESEL, 5)]
    ),
    UnitKind.PLEJECENTER: Picker([(Fuel.DIESEL, 45), (Fuel.EL, 30), (Fuel.HYBRID, 25)]),
    UnitKind.BOTILBUD: Picker([(Fuel.DIESEL, 40), (Fuel.EL, 30), (Fuel.PLUGIN_HYBRID, 30)]),
    UnitKind.DAGTILBUD: Picker([(Fuel.DIESEL, 50), (Fuel.EL, 50)]),
    UnitKind.ADMINISTRATION: Picker([(Fuel.EL, 50), (Fuel.HYBRID, 30), (Fuel.PLUGIN_HYBRID, 20)]),
    UnitKind.ANDET: Picker([(Fuel.DIESEL, 60), (Fuel.EL, 20), (Fuel.BENZIN, 20)]),
}
VEHICLE_WEIGHT = {
    UnitKind.HJEMMEPLEJE: 10.0,
    UnitKind.PLEJECENTER: 2.0,
    UnitKind.BOTILBUD: 2.0,
    UnitKind.DAGTILBUD: 0.5,
    UnitKind.ADMINISTRATION: 2.0,
    UnitKind.ANDET: 4.0,
}
CRITICAL = {
    UnitKind.HJEMMEPLEJE: ("Hjemmepleje – kørsel på ruter", 0.8),
    UnitKind.PLEJECENTER: ("Beboerkørsel og dialysekørsel", 0.5),
    UnitKind.BOTILBUD: ("Beboerkørsel", 0.5),
    UnitKind.DAGTILBUD: ("Nødpasning – transport", 0.2),
    UnitKind.ADMINISTRATION: ("", 0.0),
    UnitKind.ANDET: ("Vintertjeneste og madudbringning", 0.6),
}
KEYS = (
    "Nøgleskab på kontoret, kode {code}",
    "Nøgleboks ved indgangen, kode {code}",
    "Hos vagthavende",
    "I bilen (keyless) – kort i nøgleskab",
    "Receptionen, skuffe 2",
)
VEHICLE_NOTES = Picker(
    [
        ("", 80),
        ("Vinterdæk monteret", 6),
        ("Ladekabel i bagagerum", 6),
        ("Kun ladning ved Rådhuset – 11 kW", 3),
        ("Rampe til kørestol; 2 selepladser", 3),
        ("Skal til syn i december", 2),
    ]
)
PLATE_LETTERS = "ABCDEFHJKLMNPRSTUVXYZ"
FUEL_FORCED = (Fuel.EL, Fuel.BENZIN, Fuel.DIESEL, Fuel.HYBRID, Fuel.PLUGIN_HYBRID)


def _read_at(rng: random.Random, day: dt.date, today: dt.date) -> dt.datetime:
    """A reading taken during a working day; today's before the 05:30 export."""
    if day >= today:
        return at_time(day, rng.randint(4 * 60, 5 * 60 + 15))
    return at_time(day, rng.randint(7 * 60, 16 * 60))


def _plate(rng: random.Random, used: set[str]) -> str:
    while True:
        letters = rng.choice(PLATE_LETTERS) + rng.choice(PLATE_LETTERS)
        plate = f"{letters} {rng.randint(10, 99)} {rng.randint(100, 999)}"
        if plate not in used:
            used.add(plate)
            return plate


def make_vehicles(ctx: Context, units: list[Unit]) -> tuple[list[Vehicle], dict[str, list[str]]]:
    """The vehicles, and each unit's vehicle ids (routes take their cars from there)."""
    rng = ctx.rng("vehicles")
    sizes = split(ctx.spec.vehicles, [VEHICLE_WEIGHT[u.kind] for u in units])  # type: ignore[index]
    plates: set[str] = set()
    vehicles: list[Vehicle] = []
    by_unit: dict[str, list[str]] = {}
    for unit, size in zip(units, sizes, strict=True):
        kind = unit.kind
        assert kind is not None
        by_unit[unit.unit_id] = []
        for _ in range(size):
            n = len(vehicles)
            fuel = FUEL_FORCED[n] if n < len(FUEL_FORCED) else FUEL_BY_KIND[kind].pick(rng)
            model, seats, range_km, wheelchair, awd = rng.choice(MODELS[fuel])
            function, reserved_share = CRITICAL[kind]
            read_day = ctx.today - dt.timedelta(days=rng.choice((0, 0, 0, 1, 2)))
            level = float(rng.randint(8, 100)) + (0.5 if rng.random() < 0.2 else 0.0)
            vehicle_id = f"BIL{n + 1:05d}"
            vehicles.append(
                Vehicle(
                    vehicle_id=vehicle_id,
                    registration=_plate(rng, plates),
                    fuel=fuel,
                    make_model=model,
                    range_km=int(range_km * rng.uniform(0.9, 1.1)),
                    seats=seats,
                    wheelchair=wheelchair,
                    owner_unit_id=unit.unit_id,
                    location=rng.choice(
                        (
                            f"{unit.name}, {unit.address}, {unit.city}",
                            f"P-pladsen ved {unit.name}",
                            f"Carport bag {unit.address}, {unit.city}",
                        )
                    ),
                    key_location=rng.choice(KEYS).format(code=rng.randint(1000, 9999)),
                    critical_function=function if rng.random() < reserved_share else "",
                    four_wheel_drive=awd,
                    fuel_level_pct=min(level, 100.0),
                    level_read_at=_read_at(rng, read_day, ctx.today),
                    contact_name=unit.manager if rng.random() < 0.6 else person_name(rng),
                    contact_phone=unit.manager_phone if rng.random() < 0.6 else phone(rng),
                    notes=VEHICLE_NOTES.pick(rng),
                )
            )
            by_unit[unit.unit_id].append(vehicle_id)
    return vehicles, by_unit


STOCKS = (
    ("Materielgården, tankanlæg", "diesel", 10_000, True, "Nøgle hos vagthavende på Materielgården"),
    (
        "Genbrugspladsen, tank ved værkstedet",
        "diesel",
        3_000,
        True,
        "Pladsmand har nøgle; hængelås kode {code}",
    ),
    ("Nødgenerator – dagtank", "diesel", 1_000, False, "Teknisk servicemedarbejder; håndpumpe i skabet"),
    ("Tankstation (aftale om forsyning)", "benzin", 20_000, True, "Tankkort i nøgleskab på Rådhuset"),
    ("Redningsberedskabet, depot", "diesel", 5_000, False, "Vagthavende indsatsleder"),
    ("Vandværket – fyringsolie til nødstrøm", "fyringsolie", 2_500, False, "Driftsleder"),
)


def make_fuel_stocks(ctx: Context) -> list[FuelStock]:
    rng = ctx.rng("fuel")
    stocks = []
    for i in range(ctx.spec.fuel_stocks):
        name, fuel, capacity, needs_power, access = STOCKS[i % len(STOCKS)]
        town = ctx.towns[(i // len(STOCKS)) % len(ctx.towns)] if i >= len(STOCKS) else ctx.towns[0]
        litres = round(capacity * rng.uniform(0.15, 0.95) / 10) * 10 + (0.5 if i == 1 else 0.0)
        stocks.append(
            FuelStock(
                stock_id=f"T{i + 1:03d}",
                location=f"{name}, {town.city}",
                fuel=fuel,
                litres=float(litres),
                capacity_litres=float(capacity),
                read_at=_read_at(rng, ctx.today - dt.timedelta(days=rng.randint(0, 3)), ctx.today),
                pump_needs_power=needs_power,
                access=access.format(code=rng.randint(1000, 9999)),
                contact_phone=phone(rng),
            )
        )
    return stocks
