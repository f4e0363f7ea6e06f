"""A small municipality for the crisis tools: placed and unplaced units, a contact tree, a clock."""

from __future__ import annotations

import datetime as dt
from typing import Any

from continuity_app.domain.models import (
    Category,
    Citizen,
    ContactNode,
    Dataset,
    Fuel,
    FuelStock,
    Medication,
    Residence,
    Route,
    Shift,
    Unit,
    UnitKind,
    Vehicle,
    Visit,
)
from continuity_app.journal.entry import Entry

CREATED = dt.datetime(2026, 11, 27, 4, 30, tzinfo=dt.UTC)
START = dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC)  # 09:00 in Copenhagen

# Lemvig town centre and the Rønland plants near Harboøre (the chemical-spill plan).
LEMVIG = (56.5486, 8.3102)
RAMME = (56.5262, 8.2016)


def units() -> list[Unit]:
    return [
        Unit(
            "PC1",
            "Plejecenter Solgården",
            UnitKind.PLEJECENTER,
            Category.A,
            "Solvej 2",
            "7620",
            "Lemvig",
            "97 10 10 10",
            "Pia Leder",
            "20 10 10 10",
            True,
            3,
            lat=56.5490,
            lon=8.3110,
        ),
        Unit(
            "HP1",
            "Hjemmeplejen Lemvig",
            UnitKind.HJEMMEPLEJE,
            Category.A,
            "Torvet 1",
            "7620",
            "Lemvig",
            "97 20 20 20",
            "Hans Leder",
            "20 20 20 20",
            False,
            2,
            lat=56.5600,
            lon=8.3000,
        ),
        Unit(
            "DT1",
            "Børnehaven Mågen",
            UnitKind.DAGTILBUD,
            Category.B,
            "Strandvej 9",
            "7673",
            "Harboøre",
            "97 30 30 30",
            "Dorte Leder",
            "20 30 30 30",
            False,
            None,
            lat=56.6170,
            lon=8.1800,
        ),
        Unit(
            "AD1",
            "Rådhuset",
            UnitKind.ADMINISTRATION,
            Category.C,
            "Rådhusgade 2",
            "7620",
            "Lemvig",
            "97 40 40 40",
            "Anders Leder",
        ),  # no coordinates
    ]


def citizens() -> list[Citizen]:
    out = []
    for i in range(6):  # PC1: six residents, one on oxygen
        out.append(
            Citizen(
                f"p{i}",
                "Beboer",
                f"Nr{i}",
                "Solvej 2",
                "PC1",
                residence=Residence.PLEJECENTER,
                power_dependent=("ilt",) if i == 0 else (),
            )
        )
    for i in range(10):  # HP1: ten at home, three vulnerable
        out.append(
            Citizen(
                f"h{i}",
                "Borger",
                f"Nr{i}",
                f"Gade {i}",
                "HP1",
                residence=Residence.EGET_HJEM,
                meal_shopping_help=i < 2,
                no_close_relatives=i == 2,
            )
        )
    return out


def vehicles() -> list[Vehicle]:
    return [
        Vehicle("v1", "AB 11 111", Fuel.EL, "VW e-Up", 200, 4, owner_unit_id="HP1"),
        Vehicle("v2", "AB 22 222", Fuel.EL, "Renault Zoe", 300, 4, owner_unit_id="HP1"),
        Vehicle(
            "v3",
            "AB 33 333",
            Fuel.DIESEL,
            "Ford Transit",
            700,
            8,
            owner_unit_id="HP1",
            critical_function="Madudbringning",
        ),
        Vehicle("v4", "AB 44 444", Fuel.DIESEL, "Toyota Proace", None, 8, owner_unit_id="PC1"),
    ]


def stocks() -> list[FuelStock]:
    return [
        FuelStock("s1", "Materielgården", "diesel", 2500, 5000, CREATED, True),
        FuelStock("s2", "Rådhusets tank", "diesel", 800, 1000, CREATED, False),
        FuelStock("s3", "Havnen", "benzin", None),
    ]


def tree_nodes() -> list[ContactNode]:
    """Chief -> two leaders (deputy: each other's... the chief); leader A -> two staff."""
    t = ("T1", "Krisestab Lemvig")
    return [
        ContactNode(*t, "chief", "Kim Chef", role="Stabschef", mobile="11 11 11 11", escalate_after_min=10),
        ContactNode(
            *t,
            "a",
            "Anna Leder",
            parent_id="chief",
            position=1,
            mobile="22 22 22 22",
            landline="97 22 22 22",
            deputy_node_id="b",
            escalate_after_min=15,
        ),
        ContactNode(
            *t,
            "b",
            "Bo Leder",
            parent_id="chief",
            position=2,
            mobile="33 33 33 33",
            alt_channel="radio kanal 3",
            deputy_node_id="a",
            escalate_after_min=15,
        ),
        ContactNode(*t, "a1", "Asta Medarbejder", parent_id="a", position=1, mobile="44 44 44 44"),
        ContactNode(*t, "a2", "Arne Medarbejder", parent_id="a", position=2, mobile="55 55 55 55"),
    ]


DAY = dt.date(2026, 11, 27)


def medications() -> list[Medication]:
    return [
        Medication(
            "m-pn",
            "h0",
            "Panodil",
            "1-2 tabletter ved smerter, højst 8 i døgnet",
            strength="500 mg",
            as_needed=True,
            as_needed_max="8 tabletter i døgnet",
        ),
        Medication("m-furix", "h1", "Furix", "1 tablet morgen", strength="40 mg", morning=1.0),
    ]


def routes() -> tuple[list[Route], list[Visit]]:
    route = Route("r1", DAY, "HP1", "Rute 1", Shift.DAG, "Anna")
    visits = [Visit(f"v{i}", "r1", i + 1, dt.time(8 + i, 0), f"h{i}") for i in range(3)]
    return [route], visits


def dataset() -> Dataset:
    route_rows, visits = routes()
    return Dataset(
        units=units(),
        citizens=citizens(),
        medications=medications(),
        routes=route_rows,
        visits=visits,
        vehicles=vehicles(),
        fuel_stocks=stocks(),
        contacts=tree_nodes(),
    )


_counter = iter(range(1, 10_000))


def entry(kind: str, at: dt.datetime, *, drill: bool = False, initials: str = "AB", **fields: Any) -> Entry:
    """A journal entry as the journal would hold it (no chain: the tools do not read it)."""
    return Entry(
        device="dev1",
        n=next(_counter),
        kind=kind,
        initials=initials,
        at=at,
        recorded=at,
        fields=fields,
        prev="",
        drill=drill,
    )


def call(node: str, result: str, minutes: float, channel: str = "mobil", **kw: Any) -> Entry:
    at = START + dt.timedelta(minutes=minutes)
    return entry("call", at, tree_id="T1", node_id=node, channel=channel, result=result, **kw)


def run_start(minutes: float = 0, node: str = "chief", result: str = "ikke nået", **kw: Any) -> Entry:
    """The run's first call (marked as its start)."""
    return call(node, result, minutes, run="start", **kw)
