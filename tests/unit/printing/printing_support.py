"""A small hand-made dataset with the cases a nurse would check on paper, and helpers to read PDFs."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from continuity_app.domain.models import (
    Category,
    Citizen,
    ContactNode,
    Dataset,
    Dispensing,
    DoseSchedule,
    Fuel,
    FuelStock,
    Medication,
    Relative,
    Route,
    Shift,
    Unit,
    UnitKind,
    Vehicle,
    Visit,
)
from continuity_app.printing import Stamp
from continuity_app.store import Store

TODAY = dt.date(2026, 11, 27)
CREATED = dt.datetime(2026, 11, 27, 4, 30, tzinfo=dt.UTC)  # 05:30 in Copenhagen
PRINTED = dt.datetime(2026, 11, 27, 9, 15, tzinfo=dt.UTC)

#: Dose texts that must survive verbatim: æøå, quotes, en dashes, a long tapering text.
WEEKLY = "1 tablet hver mandag – tages fastende med et glas vand"
TAPERING = (
    "Nedtrapning: 2 tabletter morgen i 3 dage – derefter 1½ tablet morgen i 3 dage – derefter "
    "1 tablet morgen i 3 dage – derefter ½ tablet morgen i 3 dage – derefter stop. "
    "Ved “uro” eller ‘søvnbesvær’ kontakt egen læge; gentag ikke dosis. Æbler, øl og ål er tilladt."
)
DAILY = "1 tablet morgen og 1 tablet aften – “med mad”"
INSULIN = "Efter blodsukker: 8–12 IE morgen, 4–6 IE aften"
PN = "1-2 tabletter ved smerter, højst 4 gange i døgnet"
KEY_INFO = "Nøgleboks ved bagdør, kode 4711"


def medication(mid: str, cid: str, drug: str, dose: str, **kw: object) -> Medication:
    return Medication(medication_id=mid, citizen_id=cid, drug=drug, dose_text=dose, **kw)  # type: ignore[arg-type]


def build_dataset() -> Dataset:
    units = [
        Unit(
            "u1",
            "Hjemmeplejen Nord",
            UnitKind.HJEMMEPLEJE,
            Category.A,
            "Havnevej 1",
            "7620",
            "Lemvig",
            "97 11 11 11",
            "Lise Leder",
            "20 20 20 20",
            True,
            3,
        ),
        Unit("u2", "Plejecenter Søbakken", UnitKind.PLEJECENTER, Category.A),
    ]
    citizens = [
        Citizen(
            "c1",
            "Åse",
            "Sønderskov",
            "Østergade 3",
            "u1",
            cpr="010203-1234",
            postcode="7620",
            city="Lemvig",
            phone="12 34 56 78",
            key_info=KEY_INFO,
            allergies="Penicillin",
            gp_name="Læge Ærø",
            gp_phone="97 00 00 00",
            pharmacy="Lemvig Apotek",
            power_dependent=("ilt",),
            treatment_level="fuld behandling",
        ),
        Citizen(
            "c2",
            "Bent",
            "Ørum",
            "Algade 9",
            "u1",
            cpr="020304-2345",
            key_info="Dør åben – ring på",
            treatment_level="ikke genoplivning",
            allergies="Ingen kendte",  # as exports write it: must read as no allergies
            meal_shopping_help=True,
        ),
        Citizen("c3", "Carla", "Ibsen", "Søvej 1", "u2", cpr="030405-3456", residence=None, allergies=""),
    ]
    relatives = [Relative("c1", "Datter Dorthe", "30 30 30 30", "datter", True)]
    meds = [
        medication(
            "m1",
            "c1",
            "Marevan",
            INSULIN.replace("IE", "mg"),
            strength="2,5 mg",
            time_critical=True,
            morning=1.0,
            evening=0.5,
            dose_unit="tablet",
            dispensing=Dispensing.DOSERET_AF_PERSONALE,
        ),
        medication(
            "m2",
            "c1",
            "Alendronat",
            WEEKLY,
            strength="70 mg",
            form="tablet",
            schedule=DoseSchedule.NON_DAILY,
            due_weekdays=("mon",),
        ),
        medication("m3", "c1", "Prednisolon", TAPERING, strength="5 mg", schedule=DoseSchedule.NON_DAILY),
        medication(
            "m4", "c1", "Panodil", PN, as_needed=True, as_needed_max="8 tabletter i døgnet", strength="500 mg"
        ),
        medication("m5", "c1", "Gammel pille", "1 dagligt", end_date=TODAY - dt.timedelta(days=5)),
        medication("m6", "c2", "Furix", DAILY, morning=1.0, evening=1.0, dose_unit="tablet"),
        medication("m7", "c2", "NovoRapid", INSULIN, time_critical=True, dispensing=Dispensing.SELV),
    ]
    meds += [  # enough regular doses that Åse's pages run onto a second page
        medication(
            f"m1{i}",
            "c1",
            f"Tablet nr. {i}",
            "1 tablet morgen, middag og aften",
            morning=1.0,
            noon=1.0,
            evening=1.0,
            dose_unit="tablet",
        )
        for i in range(8)
    ]
    routes, visits = [], []
    for i in range(3):
        day = TODAY + dt.timedelta(days=i)
        routes.append(Route(f"r{i}", day, "u1", "Rute 1 Nord", Shift.DAG, "Anna og Bo", "v1"))
        visits.append(
            Visit(
                f"v{i}a",
                f"r{i}",
                1,
                dt.time(7, 30),
                "c1",
                dt.time(8, 0),
                ("medicin", "morgenmad"),
                True,
                "Husk ilt-tjek",
            )
        )
        visits.append(Visit(f"v{i}b", f"r{i}", 2, dt.time(8, 15), "c2", None, ("bad",)))
    routes.append(Route("r9", TODAY, "u1", "Rute 2 Syd", Shift.AFTEN))
    visits.append(Visit("v9", "r9", 1, dt.time(17, 0), "c2"))
    vehicles = [
        Vehicle(
            "v1",
            "AB 12 345",
            Fuel.EL,
            "VW e-Up",
            180,
            4,
            False,
            "u1",
            "Havnevej 1",
            "Nøgleskab i kontoret",
            "",
            False,
            80.0,
            CREATED,
        ),
        Vehicle(
            "v2",
            "CD 67 890",
            Fuel.DIESEL,
            "Ford Transit",
            700,
            8,
            True,
            "u2",
            "Søbakken P-plads",
            "Receptionen",
            "Madudbringning",
            True,
        ),
    ]
    stocks = [
        FuelStock(
            "s1", "Materielgården", "diesel", 2500, 5000, CREATED, True, "Nøgle hos vagtmester", "40 40 40 40"
        )
    ]
    contacts = [
        ContactNode(
            "t1",
            "Krisestab Lemvig",
            "n0",
            "Kim Krise",
            role="Stabschef",
            mobile="11 11 11 11",
            meeting_point="Rådhuset",
            escalate_after_min=10,
        )
    ]
    for i in range(1, 201):  # a tree 200 nodes wide
        contacts.append(
            ContactNode(
                "t1",
                "Krisestab Lemvig",
                f"n{i}",
                f"Person {i:03d}",
                parent_id="n0",
                position=i,
                role="Gruppeleder",
                mobile=f"22 22 {i:02d} 00",
                alt_channel="radio kanal 3",
                deputy_node_id="n0",
                escalate_after_min=15,
            )
        )
    contacts.append(
        ContactNode("t1", "Krisestab Lemvig", "n1a", "Underperson Å", parent_id="n1", mobile="33 33 33 33")
    )
    return Dataset(units, citizens, relatives, meds, routes, visits, vehicles, stocks, contacts)


@pytest.fixture(scope="session")
def store() -> Iterator[Store]:
    s = Store.build(
        build_dataset(),
        meta={"scope": "u1", "scope_name": "Hjemmeplejen Nord", "created_at": CREATED.isoformat()},
    )
    yield s
    s.close()


@pytest.fixture
def stamp() -> Stamp:
    return Stamp("Hjemmeplejen Nord (u1)", CREATED, PRINTED)


class Pdf:
    """A rendered pack, read back the way a person would: pages of text."""

    def __init__(self, data: bytes, tmp: Path) -> None:
        self.data = data
        self.path = tmp / "pack.pdf"
        self.path.write_bytes(data)  # test data only: generated, fictitious
        self.reader = PdfReader(io.BytesIO(data))
        #: pdftotext -layout per page: rows of a table stay on one line.
        self.pages = self._pdftotext("-layout")
        #: pdftotext -raw per page: content-stream order, a cell's lines one after another.
        self.raw = self._pdftotext("-raw")
        #: pypdf's text per page (also stream order).
        self.pypdf = [page.extract_text() for page in self.reader.pages]

    def _pdftotext(self, mode: str) -> list[str]:
        out = subprocess.run(
            ["pdftotext", mode, str(self.path), "-"], check=True, capture_output=True, text=True
        ).stdout
        pages = out.split("\f")
        assert pages[-1].strip() == ""
        return pages[:-1]

    def flat(self, page: int) -> str:
        """Page text (stream order) with whitespace collapsed: wrapping moves line breaks."""
        return re.sub(r"\s+", " ", self.raw[page])

    def whole(self) -> str:
        return " ".join(self.flat(i) for i in range(len(self.raw)))

    def whole_pypdf(self) -> str:
        return re.sub(r"\s+", " ", " ".join(self.pypdf))

    def fonts(self) -> list[list[str]]:
        out = subprocess.run(
            ["pdffonts", str(self.path)], check=True, capture_output=True, text=True
        ).stdout.splitlines()[2:]
        return [line.split() for line in out]


@pytest.fixture
def read_pdf(tmp_path: Path):
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")

    def read(data: bytes) -> Pdf:
        return Pdf(data, tmp_path)

    return read
