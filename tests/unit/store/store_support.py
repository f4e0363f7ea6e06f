"""A small hand-made dataset with the edge cases the store's queries must get right.

Names, CPR numbers and phones are fictitious. TODAY is fixed so "active" medication
and route dates do not depend on the day the tests run.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from continuity_app.domain.models import (
    Category,
    Citizen,
    ContactNode,
    Dataset,
    Dispensing,
    Fuel,
    FuelStock,
    Medication,
    Relative,
    Residence,
    Route,
    Shift,
    Unit,
    UnitKind,
    Vehicle,
    Visit,
)

TODAY = dt.date(2026, 11, 27)
TOMORROW = TODAY + dt.timedelta(days=1)
PAST = dt.date(2026, 11, 1)
# The meta of the golden store images (data/make_golden.py writes them, the golden test reads them).
GOLDEN_META = {
    "scope": "alle",
    "scope_name": "Alle enheder",
    "sequence": "1",
    "created_at": "2026-11-27T05:30:00+00:00",
}


def make_dataset() -> Dataset:
    units = [
        Unit(
            "U1",
            "Hjemmeplejen Vest",
            kind=UnitKind.HJEMMEPLEJE,
            category=Category.A,
            address="Rådhusgade 1",
            postcode="7620",
            city="Lemvig",
            phone="96 63 10 00",
            manager="Lene Holm",
            manager_phone="20 00 00 01",
            generator=True,
            supplies_days=3,
        ),
        Unit("U2", "Æblehaven Plejecenter", kind=UnitKind.PLEJECENTER, category=Category.A),
        Unit("U3", "Børnehuset Åen", kind=UnitKind.DAGTILBUD, category=Category.B),
        Unit(
            "U4",
            "Administration Zeta",
            kind=UnitKind.ADMINISTRATION,
            category=Category.C,
            notes="Lukker ved længerevarende strømsvigt",
        ),
    ]
    citizens = [
        Citizen(
            "C1",
            "Åse",
            "Sønderskov",
            "Vestergade 12",
            "U1",
            cpr="010150-1234",
            postcode="7620",
            city="Lemvig",
            phone="+45 20 12 34 56",
            residence=Residence.EGET_HJEM,
            key_info="Nøgleboks 4711 ved bagdør",
            allergies="Penicillin",
            gp_name="Læge Ib Holm",
            gp_phone="97 82 00 00",
            pharmacy="Lemvig Apotek",
            power_dependent=("ilt", "el-seng"),
            treatment_level="fuld behandling",
            mobility="rollator",
            notes="Hører dårligt",
        ),
        Citizen(
            "C2",
            "Bent",
            "Æbelø",
            "Østergade 3",
            "U1",
            cpr="020245-2345",
            postcode="7620",
            city="Lemvig",
            phone="97 81 00 00",
            meal_shopping_help=True,
            allergies="Nødder",
        ),
        Citizen(
            "C3",
            "Aase",
            "Aagaard",
            "Søndergade 7",
            "U2",
            cpr="030330-3456",
            residence=Residence.PLEJECENTER,
            key_info="Dør 3",
        ),
        Citizen("C4", "Zacharias", "Andersen", "Vestergade 40", "U1", cpr="040460-4567", phone="22 33 44 55"),
        Citizen(
            "C5",
            "Ølga",
            "Østergaard",
            "Nørregade 1",
            "U2",
            cpr="050570-5678",
            no_close_relatives=True,
            priority=3,
            allergies="Latex",
        ),
        Citizen("C6", "Karl", "Zimmermann", "Kirkevej 2", "U1", cpr="060680-6789"),
        Citizen("C7", "Anna", "Bergen", "Skolevej 5", "U1", cpr="070790-7890"),
        Citizen("C8", "Anna", "Berg", "Skolevej 9", "U1", cpr="080885-8901", cannot_communicate=True),
    ]
    relatives = [
        Relative("C1", "Per Sønderskov", "30 11 22 33", relation="søn"),
        Relative("C1", "Mette Sønderskov", "30 44 55 66", relation="datter", primary=True),
        Relative("C2", "Jonna Æbelø", "40 12 12 12", relation="hustru"),
        Relative("C5", "Nabo Hansen", "50 50 50 50", relation="nabo"),
    ]
    medications = [
        Medication(
            "M1",
            "C1",
            "Panodil",
            "1 g 3 gange dagligt",
            strength="500 mg",
            form="tablet",
            morning=2.0,
            noon=2.0,
            evening=2.0,
            dose_unit="tablet",
            dispensing=Dispensing.DOSISDISPENSERING,
            start_date=dt.date(2024, 1, 1),
        ),
        Medication(
            "M2",
            "C1",
            "Insulin NovoRapid",
            "8 IE morgen og 6 IE aften",
            morning=8.0,
            evening=6.0,
            dose_unit="IE",
            time_critical=True,
            changed_at=dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC),
        ),
        Medication(
            "M3",
            "C1",
            "Morfin",
            "5 mg ved smerter, højst 4 gange i døgnet",
            as_needed=True,
            as_needed_max="4 gange/døgn",
            indication="smerter",
        ),
        Medication("M4", "C1", "Furix", "40 mg morgen", end_date=PAST, morning=1.0),
        Medication("M5", "C1", "Eliquis", "5 mg morgen og aften", end_date=PAST, time_critical=True),
        Medication(
            "M6",
            "C5",
            "Madopar",
            "125 mg kl. 7, 11, 15, 19",
            time_critical=True,
            start_date=dt.date(2025, 3, 1),
        ),
        Medication("M7", "C3", "Alendronat", "70 mg en gang om ugen (mandag)"),
        Medication(
            "M8", "C1", "Prednisolon", "aftrapning: 25 mg i 3 dage, derefter 20 mg", start_date=TOMORROW
        ),
    ]
    routes = [
        Route("R1", TODAY, "U1", "Rute 1 Vest", shift=Shift.DAG, staff="Lise", vehicle_id="V1"),
        Route("R2", TODAY, "U1", "Nat Vest", shift=Shift.NAT),
        Route("R3", TOMORROW, "U1", "Aften Vest", shift=Shift.AFTEN),
        Route("R4", TODAY, "U2", "Plejecentret dag", shift=Shift.DAG),
        Route("R5", TODAY, "U1", "Aften Vest", shift=Shift.AFTEN),
    ]
    visits = [
        Visit("V2", "R1", 2, dt.time(8, 30), "C2", end=dt.time(8, 45), tasks=("indkøb",)),
        Visit(
            "V1",
            "R1",
            1,
            dt.time(7, 30),
            "C1",
            end=dt.time(8, 0),
            tasks=("bad", "medicin"),
            two_staff=True,
            note="Brug lift",
        ),
        Visit("V3", "R1", 3, dt.time(9, 15), "C5", tasks=("medicin",)),
        Visit("V4", "R2", 1, dt.time(22, 0), "C1", tasks=("tilsyn",)),
        Visit("V5", "R3", 1, dt.time(18, 0), "C1"),
        Visit("V6", "R4", 1, dt.time(8, 0), "C3"),
        Visit("V7", "R5", 1, dt.time(17, 0), "C4"),
    ]
    vehicles = [
        Vehicle(
            "B1",
            "AB 12 345",
            Fuel.EL,
            make_model="Renault Zoe",
            range_km=300,
            seats=4,
            owner_unit_id="U1",
            location="Rådhusgade 1",
            key_location="Nøgleskab",
        ),
        Vehicle(
            "B2",
            "CD 23 456",
            Fuel.DIESEL,
            owner_unit_id="U2",
            critical_function="Madudbringning",
            wheelchair=True,
            fuel_level_pct=75.5,
            level_read_at=dt.datetime(2026, 11, 26, 6, 0, tzinfo=dt.UTC),
        ),
        Vehicle("B3", "EF 34 567", Fuel.BENZIN, owner_unit_id="U1", critical_function="  "),
        Vehicle("B4", "AA 11 111", Fuel.EL, owner_unit_id="U1", critical_function="Hjemmepleje"),
        Vehicle("B5", "GH 45 678", Fuel.PLUGIN_HYBRID),
    ]
    fuel_stocks = [
        FuelStock(
            "F2", "Vejcenter Øst", "diesel", litres=2000.0, capacity_litres=5000.0, pump_needs_power=True
        ),
        FuelStock("F1", "Materielgården", "benzin", litres=800.5, read_at=dt.datetime(2026, 11, 25, 12, 0)),
    ]
    contacts = [
        ContactNode(
            "T1",
            "Krisestab",
            "N1",
            "Kommunaldirektør Dorte",
            role="leder",
            mobile="20 10 10 10",
            escalate_after_min=15,
        ),
        ContactNode("T1", "Krisestab", "N3", "Carl Sektorchef", parent_id="N1", position=2),
        ContactNode(
            "T1",
            "Krisestab",
            "N2",
            "Bo Områdeleder",
            parent_id="N1",
            position=1,
            deputy_node_id="N5",
            alt_channel="radio kanal 3",
            meeting_point="Rådhuset",
        ),
        ContactNode("T1", "Krisestab", "N4", "Aksel Uden Plads", parent_id="N1"),
        ContactNode("T1", "Krisestab", "N5", "Alma Stedfortræder", parent_id="N1", position=1),
        ContactNode("T1", "Krisestab", "N6", "Eva Gruppeleder", parent_id="N2", unit_id="U1"),
        ContactNode("T2", "Afdeling Ø", "A1", "Østen Leder"),
        ContactNode("T2", "Afdeling Ø", "A2", "Ida Medarbejder", parent_id="A1", landline="97 00 00 00"),
    ]
    return Dataset(units, citizens, relatives, medications, routes, visits, vehicles, fuel_stocks, contacts)


def same_rows(a: Dataset, b: Dataset) -> bool:
    """Equal datasets, whatever the order of rows (the store keeps citizens in name order)."""
    return all(Counter(getattr(a, name)) == Counter(getattr(b, name)) for name in a.counts())
