"""FHIR R4 demo exports: MedicationRequests whose only dosage is the structure (no ``Dosage.text``),
in the shapes FHIR exports of Danish care systems hold — a weekly dose on Sundays, a two-step
taper, a time-critical dose at exact clock times.

Written as a Bundle named ``.json`` beside the CSV exports, the reader builds their dose texts
("4 tabletter hver søndag"; "6 tabletter morgen i 5 dage, derefter 3 tabletter morgen i 5 dage"),
so the demo and the print samples show what a nurse reads from such an export. The subjects are
citizens of ``citizens.csv`` (``Patient/<citizen_id>``). Nobody in it exists.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

ATC = "http://www.whocc.no/atc"
#: The file name: plain ``.json``, read because its ``resourceType`` is FHIR.
FILENAME = "fhir-medicin.json"


def _tablets(value: float) -> dict[str, Any]:
    return {"doseAndRate": [{"doseQuantity": {"value": value, "unit": "tablet"}}]}


def _request(
    rid: str, citizen_id: str, drug: str, atc: str, authored: dt.date, dosage: list[dict[str, Any]]
) -> dict[str, Any]:
    return {
        "resourceType": "MedicationRequest",
        "id": rid,
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"coding": [{"system": ATC, "code": atc}], "text": drug},
        "subject": {"reference": f"Patient/{citizen_id}"},
        "authoredOn": authored.isoformat(),
        "dosageInstruction": dosage,
    }


def medication_requests(citizen_id: str, today: dt.date) -> list[dict[str, Any]]:
    """A weekly dose, a taper that started two days ago, and a dose at four clock times."""
    start = today - dt.timedelta(days=2)
    weekly = [
        {
            "sequence": 1,
            **_tablets(4),
            "timing": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "wk", "dayOfWeek": ["sun"]}},
        }
    ]
    taper = [
        {
            "sequence": step,
            **_tablets(dose),
            "timing": {"repeat": {"when": ["MORN"], "boundsDuration": {"value": 5, "unit": "d"}}},
        }
        for step, dose in ((1, 6), (2, 3))
    ]
    clock = [
        {**_tablets(1), "timing": {"repeat": {"timeOfDay": ["07:00:00", "11:00:00", "15:00:00", "19:00:00"]}}}
    ]
    return [
        _request(f"demo-{citizen_id}-weekly", citizen_id, "Methotrexat 2,5 mg", "L04AX03", start, weekly),
        _request(f"demo-{citizen_id}-taper", citizen_id, "Prednisolon 5 mg", "H02AB06", start, taper),
        _request(f"demo-{citizen_id}-clock", citizen_id, "Sinemet 100/25 mg", "N04BA02", start, clock),
    ]


def write_fhir_export(citizen_ids: list[str], out: Path, today: dt.date) -> Path:
    """Write the Bundle of the citizens' structured doses into ``out``; return its path."""
    entries = [
        {"fullUrl": f"MedicationRequest/{r['id']}", "resource": r}
        for cid in citizen_ids
        for r in medication_requests(cid, today)
    ]
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": entries}
    path = out / FILENAME
    path.write_text(json.dumps(bundle, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
