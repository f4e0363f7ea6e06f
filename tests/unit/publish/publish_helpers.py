"""A small, valid exchange folder written by hand (generated people, not real ones)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from continuity_app.bundle.enrollment import EnrollmentRequest

PASSPHRASE = "korrekt hest batteri hæfteklamme"
T0 = dt.datetime(2026, 11, 27, 4, 30, tzinfo=dt.UTC)
UNITS = ("hp-nord", "pc-ege", "bo-lys")

FILES = {
    "units.csv": [
        "unit_id;name;kind;category;phone",
        "hp-nord;Hjemmeplejen Nord;hjemmepleje;A;11111111",
        "pc-ege;Plejecenter Egebo;plejecenter;A;22222222",
        "bo-lys;Botilbud Lyset;botilbud;B;33333333",
    ],
    "citizens.csv": [
        "citizen_id;cpr;first_name;last_name;address;unit_id;phone;allergies;power_dependent;"
        "meal_shopping_help;no_close_relatives",
        "c1;010150-1234;Anna;Testesen;Prøvevej 1;hp-nord;44444444;Penicillin;ilt;ja;nej",
        "c2;020240-2345;Bent;Demosen;Prøvevej 2;hp-nord;55555555;;;nej;ja",
        "c3;030330-3456;Carla;Eksempel;Egebovej 3;pc-ege;;;;nej;nej",
        "c4;040445-4567;Dorte;Fiktiv;Lysvej 4;bo-lys;66666666;;el-seng;nej;nej",
    ],
    "relatives.csv": [
        "citizen_id;name;relation;phone;primary",
        "c1;Erik Testesen;søn;77777777;ja",
        "c3;Fie Eksempel;datter;88888888;ja",
    ],
    "medications.csv": [
        "medication_id;citizen_id;drug;dose_text;morning;evening;time_critical",
        "m1;c1;Pinex;1 tablet 2 gange daglig;1;1;nej",
        "m2;c1;Insulin Demo;10 IE morgen;10;;ja",
        "m3;c3;Furix;1 tablet morgen;1;;nej",
        "m4;c4;Marevan;efter skema;;;ja",
    ],
    "routes.csv": [
        "route_id;date;unit_id;name;shift",
        "r1;2026-11-27;hp-nord;Nord dag 1;dag",
    ],
    "visits.csv": [
        "visit_id;route_id;seq;start;citizen_id;tasks",
        "v1;r1;1;07:30;c1;medicin|bad",
        "v2;r1;2;08:15;c2;morgenmad",
    ],
    "vehicles.csv": [
        "vehicle_id;registration;fuel;owner_unit_id;critical_function",
        "k1;AB12345;el;hp-nord;",
        "k2;CD67890;diesel;pc-ege;madudbringning",
    ],
    "fuel_stocks.csv": [
        "stock_id;location;fuel;litres",
        "f1;Materielgården;diesel;2000",
    ],
    "contacts.csv": [
        "tree_id;tree_name;node_id;parent_id;name;mobile;unit_id;deputy_node_id",
        "t1;Krisestab;n1;;Direktør Demo;99999999;;",
        "t1;Krisestab;n2;n1;Leder Nord;90909090;hp-nord;",
        "t1;Krisestab;n3;n1;Leder Egebo;91919191;pc-ege;",
        "t2;Kontakttræ Nord;a1;;Leder Nord;90909090;hp-nord;a2",
        "t2;Kontakttræ Nord;a2;a1;Stedfortræder Nord;92929292;hp-nord;a1",
        "t3;Kontakttræ Egebo;b1;;Leder Egebo;91919191;pc-ege;",
        "t3;Kontakttræ Egebo;b2;b1;Hjælper Egebo;93939393;pc-ege;",
    ],
}


def write_exports(folder: Path, *, broken: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, lines in FILES.items():
        rows = list(lines)
        if broken and name == "citizens.csv":
            rows.append("c5;311399-9999;Eva;Fejl;Fejlvej 5;ukendt-enhed;;;;nej;nej")
        (folder / name).write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def device_request(device_id: str, scope: str, fingerprint: str) -> tuple[X25519PrivateKey, str]:
    """A laptop's key pair and its enrollment request JSON (as continuity-app enroll writes it)."""
    seed = hashlib.sha256(f"test device {device_id}".encode()).digest()
    key = X25519PrivateKey.from_private_bytes(seed)
    request = EnrollmentRequest(
        device_id=device_id,
        scope=scope,
        public_key=key.public_key(),
        publisher_fingerprint=fingerprint,
        hostname=f"{device_id}.example",
        created_at=T0,
    )
    return key, request.to_json()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative path → SHA-256), and every folder (→ 'dir')."""
    if not folder.exists():
        return {}
    result = {}
    for path in sorted(folder.rglob("*")):
        rel = str(path.relative_to(folder))
        result[rel] = "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return result
