"""FHIR R4 in the exchange folder → citizens, relatives and medications.

Read: Patient, MedicationStatement, MedicationRequest, Medication, Practitioner,
Organization, AllergyIntolerance, List (allergy lists). Every other resource type is
skipped silently; medications not current are counted in one warning per file and type.

- A Patient that matches a citizens.csv row (same CPR, else same id as
  citizen_id) IS that citizen: the CSV row wins for the citizen's fields, the
  FHIR medications are added to it. A Patient id equal to a citizen_id with a
  different CPR is an error. Other Patients become new citizens (citizen_id =
  Patient.id) and their ``contact`` entries with a phone become relatives.
- Only current medications are published: MedicationStatement with status
  ``active`` or ``intended``; MedicationRequest with status ``active``, an intent
  other than ``proposal`` / ``option``, and not ``doNotPerform``. on-hold,
  stopped, completed, entered-in-error, draft, unknown … are skipped.
- medication_id is ``ResourceType/id`` (FHIR ids are unique per type only).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from continuity_app.domain.models import Medication
from continuity_app.domain.numbers import number_da
from continuity_app.exchange.fhir_access import El, codes, concept_text
from continuity_app.exchange.fhir_dosage import map_dosages
from continuity_app.exchange.fhir_dosage_model import fhir_date
from continuity_app.exchange.fhir_load import Res, Resources, load, reference_id
from continuity_app.exchange.fhir_patient import (
    CPR_SYSTEM,
    FhirProblem,
    FhirProblems,
    allergies_by_patient,
    is_skipped,
    map_patient,
    patient_cpr,
)
from continuity_app.exchange.problems import ProblemLog
from continuity_app.exchange.rows import Rows
from continuity_app.exchange.values import parse_cpr, parse_datetime

ATC_SYSTEM = "http://www.whocc.no/atc"
ACTIVE_STATEMENT = frozenset({"active", "intended"})
SKIPPED_INTENTS = frozenset({"proposal", "option"})

#: ATC prefixes of medicines whose timing is critical (insulin, Parkinson,
#: epilepsy, anticoagulants). FHIR has no such flag; the CSV column does.
TIME_CRITICAL_ATC = ("A10A", "N04B", "N04A", "N03A", "B01AA", "B01AE", "B01AF", "B01AB")

_FHIR_COLUMNS = {
    "citizens": {
        "citizen_id": "Patient.id",
        "unit_id": "Patient.managingOrganization",
        "cpr": "Patient.identifier",
    },
    "relatives": {"citizen_id": "Patient.contact"},
    "medications": {
        "medication_id": "id",
        "citizen_id": "subject",
        "end_date": "effectivePeriod.end",
        "dose_text": "Dosage.text",
        "morning": "Dosage.timing",
        "clock_times": "Dosage.timing.repeat.timeOfDay",
        "as_needed": "Dosage.asNeeded[x]",
    },
}


class _Output:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], Rows] = {}

    def rows_for(self, dataset: str, file: str) -> Rows:
        key = (dataset, file)
        if key not in self.rows:
            self.rows[key] = Rows(dataset, file, resources=[], column_names=_FHIR_COLUMNS[dataset])
        return self.rows[key]

    def by_dataset(self) -> dict[str, list[Rows]]:
        out: dict[str, list[Rows]] = defaultdict(list)
        for (dataset, _), rows in self.rows.items():
            out[dataset].append(rows)
        return dict(out)


class _Patients:
    """Which citizen each Patient resource is, and which Patients were not published."""

    def __init__(self, tables: dict[str, list[Rows]]) -> None:
        self.csv_ids: set[str] = set()
        self.cpr_to_id: dict[str, str] = {}
        self.id_to_cpr: dict[str, str] = {}
        for rows in tables.get("citizens", []):
            for cid, raw_cpr in zip(rows.raw["citizen_id"], rows.raw["cpr"], strict=True):
                if not cid:
                    continue
                self.csv_ids.add(cid)
                try:
                    cpr = parse_cpr(raw_cpr) if raw_cpr else ""
                except ValueError:
                    cpr = ""
                if cpr:
                    self.cpr_to_id.setdefault(cpr, cid)
                    self.id_to_cpr[cid] = cpr
        self.citizen_of: dict[int, str] = {}  # id(Patient JSON) → citizen_id
        self.silent: set[int] = set()  # skipped or broken Patients: their medications go quietly
        self.allergies: dict[int, str] = {}  # id(Patient JSON) → allergy texts


def read_fhir(paths: list[Path], tables: dict[str, list[Rows]], log: ProblemLog) -> dict[str, list[Rows]]:
    resources = load(paths, log)
    unit_ids = {u for rows in tables.get("units", []) for u in rows.raw["unit_id"] if u}
    patients = _Patients(tables)
    patients.allergies = allergies_by_patient(resources)
    out = _Output()
    for res in resources.of_type("Patient"):
        _patient(res, resources, unit_ids, patients, out, log)
    skipped: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for res in resources.of_type("MedicationStatement", "MedicationRequest"):
        why = _not_current(res.el)
        if why:
            skipped[res.file, res.type][why] += 1
            continue
        _medication(res, resources, patients, out, log)
    for (file, kind), reasons in skipped.items():
        shown = ", ".join(f"{why} ({n})" if len(reasons) > 1 else why for why, n in sorted(reasons.items()))
        log.warn(
            file,
            None,
            None,
            f"{reasons.total()} {kind} skipped as not current: {shown}",
            kind="FHIR medications skipped as not current",
        )
    return out.by_dataset()


def _problem(log: ProblemLog, res: Res, path: str, reason: str) -> None:
    res.sink.problem(path, reason)


def _patient(
    res: Res, resources: Resources, unit_ids: set[str], patients: _Patients, out: _Output, log: ProblemLog
) -> None:
    key = id(res.data)
    if not res.id:
        patients.silent.add(key)
        _problem(log, res, "Patient.id", "the Patient has no id")
        return
    why = is_skipped(res.el)
    if why:
        patients.silent.add(key)
        log.warn(res.file, res.line, None, f"skipped: {why}", res.label, kind="skipped FHIR Patient")
        return
    try:
        cpr, cpr_path = patient_cpr(res.el)
    except FhirProblem as exc:
        patients.silent.add(key)
        _problem(log, res, exc.path, str(exc))
        if res.id not in patients.csv_ids:  # report the Patient's other faults too
            try:
                map_patient(res, resources, unit_ids, "")
            except FhirProblems as more:
                for p in more.problems:
                    _problem(log, res, p.path, str(p))
        return
    match = patients.cpr_to_id.get(cpr) if cpr else None
    if match is None and res.id in patients.csv_ids:
        csv_cpr = patients.id_to_cpr.get(res.id, "")
        if cpr and csv_cpr and csv_cpr != cpr:
            patients.silent.add(key)
            _problem(
                log,
                res,
                cpr_path,
                f"the Patient has the id of citizen {res.id!r} in citizens.csv but another CPR number",
            )
            return
        match = res.id
    if match is not None:
        patients.citizen_of[key] = match  # citizens.csv wins for the citizen's own fields
        return
    try:
        info = map_patient(res, resources, unit_ids, cpr)
    except FhirProblems as exc:
        patients.silent.add(key)
        for p in exc.problems:
            _problem(log, res, p.path, str(p))
        return
    citizen = replace(info.citizen, allergies=patients.allergies.get(key, ""))
    patients.citizen_of[key] = citizen.citizen_id
    if cpr:
        patients.cpr_to_id.setdefault(cpr, citizen.citizen_id)
    out.rows_for("citizens", res.file).add_object(citizen, res.line, res.label)
    for relative, _path in info.relatives:
        out.rows_for("relatives", res.file).add_object(relative, res.line, res.label)


def _subject(res: Res, resources: Resources, patients: _Patients) -> str | None:
    """The citizen_id of the medication's subject; "" when it must be skipped quietly; None if unknown."""
    ref = res.el.obj("subject")
    target = resources.resolve(ref, res)
    if target is not None and target.string("resourceType") == "Patient":
        if id(target.data) in patients.silent:
            return ""
        return patients.citizen_of.get(id(target.data))
    by_id = reference_id(ref, "Patient")
    if by_id and by_id in patients.csv_ids:
        return by_id
    ident = ref.obj("identifier") if ref is not None else None
    if ident is not None and ident.string("system") == CPR_SYSTEM:
        try:
            return patients.cpr_to_id.get(parse_cpr(ident.string("value")))
        except ValueError:
            return None
    return None


def _not_current(el: El) -> str:
    """Why a medication resource is not published ("" when it is current)."""
    status = el.string("status")
    if el.string("resourceType") == "MedicationStatement":
        return "" if status in ACTIVE_STATEMENT else f"status {status or 'missing'}"
    if status != "active":
        return f"status {status or 'missing'}"
    intent = el.string("intent")
    if intent in SKIPPED_INTENTS:
        return f"intent {intent}"
    return "doNotPerform" if el.boolean("doNotPerform") is True else ""


def _medication(res: Res, resources: Resources, patients: _Patients, out: _Output, log: ProblemLog) -> None:
    el = res.el
    kind = res.type
    if not res.id:
        _problem(log, res, f"{kind}.id", f"the {kind} has no id")
        return
    citizen_id = _subject(res, resources, patients)
    if citizen_id == "":
        return
    # Read the whole resource before giving up on it: every problem of it is reported at once.
    drug = _drug(res, resources)
    dosage_key = "dosage" if kind == "MedicationStatement" else "dosageInstruction"
    dosages = el.objs(dosage_key)
    fields = map_dosages(dosages)
    if citizen_id is None:
        ref = el.obj("subject")
        ident = ref.obj("identifier") if ref is not None else None
        shown = (ref.string("reference") if ref else "") or (ident.string("value") if ident else "")
        _problem(
            log,
            res,
            f"{kind}.subject",
            f"the subject ({shown!r}) is neither a Patient in the FHIR files nor a citizen in citizens.csv",
        )
    if drug is None:
        _problem(
            log, res, f"{kind}.medication[x]", "no medication: neither a code with text nor a Medication"
        )
    if citizen_id is None or drug is None:
        return
    name, atc, ingredient, strength, form = drug
    if not name:
        name = "Lægemiddel uden navn"
        log.warn(
            res.file,
            res.line,
            f"{kind}.medication[x]",
            "the Medication has no code or name; published as 'Lægemiddel uden navn' with its dosage text",
            res.label,
            kind="FHIR medication without a name",
        )
    notes = [text for n in el.objs("note") if (text := n.string("text"))]
    notes += fields.instructions
    if not dosages:
        fields.dose_text = "Dosering ikke angivet"
        log.warn(
            res.file,
            res.line,
            f"{kind}.{dosage_key}",
            "no dosage: published with the text 'Dosering ikke angivet'",
            res.label,
            kind="FHIR medication without dosage",
        )
    start, end = _period(el)
    reasons = [concept_text(c) for c in el.objs("reasonCode")]
    indication = ", ".join(filter(None, reasons)) or fields.as_needed_reason
    morning, noon, evening, night = fields.grid
    med = Medication(
        medication_id=res.label,
        citizen_id=citizen_id,
        drug=name,
        dose_text=fields.dose_text,
        active_ingredient=ingredient,
        atc=atc,
        strength=strength,
        form=form,
        route=fields.route,
        morning=morning,
        noon=noon,
        evening=evening,
        night=night,
        dose_unit=fields.dose_unit,
        as_needed=fields.as_needed,
        as_needed_max=fields.as_needed_max,
        indication=indication,
        start_date=start or fields.bounds_start,
        end_date=end or fields.bounds_end,
        time_critical=atc.startswith(TIME_CRITICAL_ATC),
        notes=" · ".join(notes),
        changed_at=_last_updated(el),
        clock_times=fields.clock_times,
        dose_text_built=fields.dose_text_built,
        schedule=fields.schedule,
        due_weekdays=fields.due_weekdays,
    )
    out.rows_for("medications", res.file).add_object(med, res.line, res.label)


def _codes(concept: El | None) -> tuple[str, str]:
    """(display text, ATC code) of a CodeableConcept."""
    atc = ""
    for system, code in codes(concept):
        if system == ATC_SYSTEM and code:
            atc = code
    return concept_text(concept), atc


def _drug(res: Res, resources: Resources) -> tuple[str, str, str, str, str] | None:
    """(name, atc, active ingredient, strength, form), or None if there is no medication."""
    el = res.el
    concept = el.obj("medicationCodeableConcept")
    if concept is not None:
        name, atc = _codes(concept)
        return name, atc, "", "", ""
    ref = el.obj("medicationReference")
    med = resources.resolve(ref, res)
    if med is None:
        display = ref.string("display") if ref is not None else ""
        return (display, "", "", "", "") if display else None
    name, atc = _codes(med.obj("code"))
    ingredients, strengths = [], []
    for ingredient in med.objs("ingredient"):
        item = ingredient.obj("itemCodeableConcept")
        item_ref = ingredient.obj("itemReference")
        item_name, item_atc = _codes(item)
        if item is None and item_ref is not None:
            item_name = item_ref.string("display")
        atc = atc or item_atc
        if item_name:
            ingredients.append(item_name)
        strength = _ratio_text(ingredient.obj("strength"))
        if strength:
            strengths.append(strength)
    if not name and ingredients:
        name = " + ".join(ingredients)
    return name, atc, " + ".join(ingredients), " + ".join(strengths), concept_text(med.obj("form"))


def _ratio_text(ratio: El | None) -> str:
    numerator = ratio.obj("numerator") if ratio is not None else None
    value = numerator.number("value") if numerator is not None else None
    if ratio is None or numerator is None or value is None:
        return ""
    number = number_da(value)
    unit = numerator.string("unit") or numerator.string("code")
    text = f"{number} {unit}".strip()
    denominator = ratio.obj("denominator")
    if denominator is not None:
        per = denominator.string("unit") or denominator.string("code")
        per_value = denominator.number("value")
        if per.lower() in _MEASURE_UNITS:  # "10 mg/ml"; "500 mg" per tablet stays "500 mg"
            count = number_da(per_value) if per_value is not None else "1"
            text += f"/{per}" if count == "1" else f"/{count} {per}"
    return text


_MEASURE_UNITS = frozenset({"ml", "l", "g", "mg", "dose", "{dose}", "dosis", "h", "time"})


def _period(el: El) -> tuple[dt.date | None, dt.date | None]:
    if el.string("resourceType") == "MedicationStatement":
        period = el.obj("effectivePeriod")
        if period is not None:
            return fhir_date(period, "start"), fhir_date(period, "end")
        return fhir_date(el, "effectiveDateTime"), None
    # A request's dispenseRequest.validityPeriod is how long the prescription may be
    # dispensed, not the end of treatment: the end comes from the dosage bounds only.
    return fhir_date(el, "authoredOn"), None


def _last_updated(el: El) -> dt.datetime | None:
    meta = el.obj("meta")
    value = meta.string("lastUpdated") if meta is not None else ""
    if not value:
        return None
    try:
        return parse_datetime(value)
    except ValueError:
        sink = el.sink
        sink.log.warn(
            sink.file,
            sink.line,
            f"{el.path}.meta.lastUpdated",
            f"{value[:40]!r} is not an instant: changed_at left empty",
            sink.label,
        )
        return None
