"""FHIR R4 Patient → Citizen (+ Relatives from Patient.contact).

Rules (docs/exchange-format.md):

- CPR: the identifier whose system is ``urn:oid:1.2.208.176.1.2`` (dash or not).
- Name: the ``official`` (else ``usual``, else first) HumanName; given names
  joined, family as last name (``text`` split on the last space if no parts).
- Address: the ``home`` (else first) Address: lines joined by ", ", postalCode, city.
- Phone: the first ``phone`` telecom (``mobile`` and ``home`` preferred).
- Unit: ``managingOrganization``. If it resolves to an Organization resource,
  its identifier values (in order), then its id, are tried as a ``unit_id`` of
  units.csv; if it does not resolve, the referenced id (``Organization/U1`` →
  ``U1``) or the logical identifier value is tried. The first that is a unit_id wins.
- GP: ``generalPractitioner`` → Practitioner (name, phone) or Organization
  (name, phone), else the reference's display.
- A Patient with ``active: false`` or deceased is skipped (a warning), with its
  medications.
- Allergies: AllergyIntolerance resources of the Patient that are not inactive,
  resolved, refuted or entered-in-error, by ``code`` text, joined by ", ".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from continuity_app.domain.models import Citizen, Relative
from continuity_app.domain.phone import normalise_phone
from continuity_app.exchange.fhir_dosage import concept_text
from continuity_app.exchange.fhir_load import JSON, Res, Resources, reference_id
from continuity_app.exchange.values import parse_cpr

CPR_SYSTEM = "urn:oid:1.2.208.176.1.2"


class FhirProblem(Exception):
    """A fault in one resource: ``path`` is the FHIRPath, ``str()`` the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(reason)
        self.path = path


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def patient_cpr(data: JSON) -> tuple[str, str]:
    """(normalised CPR or "", FHIRPath of the identifier); raises FhirProblem on a bad CPR."""
    for i, ident in enumerate(_list(data.get("identifier"))):
        if isinstance(ident, dict) and ident.get("system") == CPR_SYSTEM:
            path = f"Patient.identifier[{i}].value"
            try:
                return parse_cpr(_str(ident.get("value"))), path
            except ValueError as exc:
                raise FhirProblem(path, str(exc)) from None
    return "", ""


def is_skipped(data: JSON) -> str:
    """Why a Patient is not published ("" if it is)."""
    if data.get("active") is False:
        return "the Patient is marked inactive (active: false)"
    if data.get("deceasedBoolean") is True or data.get("deceasedDateTime"):
        return "the Patient is marked deceased"
    return ""


def _pick(items: list[Any], key: str, preferred: tuple[str, ...]) -> tuple[int, JSON] | None:
    candidates = [(i, item) for i, item in enumerate(items) if isinstance(item, dict)]
    for wanted in preferred:
        for i, item in candidates:
            if item.get(key) == wanted:
                return i, item
    return candidates[0] if candidates else None


def human_name(name: JSON) -> tuple[str, str]:
    given = " ".join(_str(g) for g in _list(name.get("given")) if _str(g))
    family = _str(name.get("family"))
    if not given and not family:
        text = _str(name.get("text"))
        given, _, family = text.rpartition(" ")
        if not given:
            given, family = family, ""
    return given, family


def _name_text(name: object) -> str:
    if not isinstance(name, dict):
        return ""
    if _str(name.get("text")):
        return _str(name.get("text"))
    return " ".join(filter(None, human_name(name)))


def phone_of(telecoms: object) -> str:
    phones = [t for t in _list(telecoms) if isinstance(t, dict) and t.get("system") == "phone"]
    picked = _pick(phones, "use", ("mobile", "home", "work"))
    return normalise_phone(_str(picked[1].get("value"))) if picked else ""


@dataclass(frozen=True, slots=True)
class PatientInfo:
    citizen: Citizen
    relatives: list[tuple[Relative, str]]  # with the FHIRPath of each contact


def unit_of(res: Res, resources: Resources, unit_ids: set[str]) -> str:
    ref = res.data.get("managingOrganization")
    path = "Patient.managingOrganization"
    if not isinstance(ref, dict):
        raise FhirProblem(path, "no managingOrganization: the Patient's unit is unknown")
    candidates: list[str] = []
    org = resources.resolve(ref, res)
    if org is not None:
        candidates += [_str(i.get("value")) for i in _list(org.get("identifier")) if isinstance(i, dict)]
        candidates.append(_str(org.get("id")))
    else:
        candidates.append(reference_id(ref, "Organization"))
        ident = ref.get("identifier")
        if isinstance(ident, dict):
            candidates.append(_str(ident.get("value")))
    for candidate in candidates:
        if candidate and candidate in unit_ids:
            return candidate
    shown = ", ".join(repr(c) for c in candidates if c) or repr(ref.get("reference", ""))
    raise FhirProblem(path, f"the organization ({shown}) is not a unit_id in units.csv")


def _gp(res: Res, resources: Resources) -> tuple[str, str]:
    for ref in _list(res.data.get("generalPractitioner")):
        target = resources.resolve(ref, res)
        if target is not None:
            if target.get("resourceType") == "Practitioner":
                names = _list(target.get("name"))
                picked = _pick(names, "use", ("official", "usual"))
                name = _name_text(picked[1]) if picked else ""
            else:
                name = _str(target.get("name"))
            return name, phone_of(target.get("telecom"))
        if isinstance(ref, dict) and _str(ref.get("display")):
            return _str(ref.get("display")), ""
    return "", ""


def map_patient(res: Res, resources: Resources, unit_ids: set[str], cpr: str) -> PatientInfo:
    data = res.data
    names = _list(data.get("name"))
    picked = _pick(names, "use", ("official", "usual"))
    if picked is None:
        raise FhirProblem("Patient.name", "no name")
    first, last = human_name(picked[1])
    if not first and not last:
        raise FhirProblem(f"Patient.name[{picked[0]}]", "the name is empty")
    addresses = _list(data.get("address"))
    picked_address = _pick(addresses, "use", ("home", "temp"))
    if picked_address is None:
        raise FhirProblem("Patient.address", "no address: the route sheets need one")
    address = picked_address[1]
    street = ", ".join(_str(line) for line in _list(address.get("line")) if _str(line))
    if not street:
        street = _str(address.get("text"))
    if not street:
        raise FhirProblem(f"Patient.address[{picked_address[0]}].line", "the address has no street line")
    gp_name, gp_phone = _gp(res, resources)
    citizen = Citizen(
        citizen_id=res.id,
        first_name=first,
        last_name=last,
        address=street,
        unit_id=unit_of(res, resources, unit_ids),
        cpr=cpr,
        postcode=_str(address.get("postalCode")),
        city=_str(address.get("city")),
        phone=phone_of(data.get("telecom")),
        gp_name=gp_name,
        gp_phone=gp_phone,
    )
    relatives = []
    for i, contact in enumerate(_list(data.get("contact"))):
        if not isinstance(contact, dict):
            continue
        name = _name_text(contact.get("name"))
        phone = phone_of(contact.get("telecom"))
        relation = ", ".join(filter(None, (concept_text(r) for r in _list(contact.get("relationship")))))
        if name and phone:
            relatives.append((Relative(res.id, name, phone, relation=relation), f"Patient.contact[{i}]"))
    return PatientInfo(citizen, relatives)


_NOT_CURRENT_ALLERGY = frozenset({"inactive", "resolved", "refuted", "entered-in-error"})


def _status_code(concept: object) -> str:
    if not isinstance(concept, dict):
        return ""
    for coding in _list(concept.get("coding")):
        if isinstance(coding, dict) and isinstance(coding.get("code"), str):
            return str(coding["code"])
    return ""


def allergies_by_patient(resources: Resources) -> dict[int, str]:
    """id(Patient JSON) → "Penicillin, Nødder" from current AllergyIntolerance resources."""
    found: dict[int, list[str]] = {}
    for res in resources.of_type("AllergyIntolerance"):
        data = res.data
        statuses = {_status_code(data.get("clinicalStatus")), _status_code(data.get("verificationStatus"))}
        if statuses & _NOT_CURRENT_ALLERGY:
            continue
        patient = resources.resolve(data.get("patient"), res)
        text = concept_text(data.get("code"))
        if patient is None or not text:
            continue
        names = found.setdefault(id(patient), [])
        if text not in names:
            names.append(text)
    return {key: ", ".join(names) for key, names in found.items()}
