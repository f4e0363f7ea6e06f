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
  resolved, refuted or entered-in-error, by ``code`` text, joined by ", ". An
  explicit "no known allergy" (SNOMED 716186003 and its variants, or an allergy
  List with ``emptyReason`` nilknown) gives "Ingen kendte allergier"; no such
  resource at all leaves the field empty: not stated.
"""

from __future__ import annotations

from dataclasses import dataclass

from continuity_app.domain.models import Citizen, Relative
from continuity_app.domain.phone import normalise_phone
from continuity_app.domain.rules import NO_KNOWN_ALLERGIES_DA
from continuity_app.exchange.fhir_access import El, codes, concept_text
from continuity_app.exchange.fhir_load import Res, Resources, reference_id
from continuity_app.exchange.values import parse_cpr

CPR_SYSTEM = "urn:oid:1.2.208.176.1.2"
SNOMED = "http://snomed.info/sct"
#: SNOMED CT codes that say no allergy is known: "No known allergy" and its drug,
#: food, environmental and substance variants.
NO_KNOWN_ALLERGY_CODES = frozenset({"716186003", "409137002", "429625007", "428607008", "428197003"})
#: LOINC "Allergies and adverse reactions Document": the code of an allergy List.
ALLERGY_LIST_CODES = frozenset({"48765-2"})


class FhirProblem(Exception):
    """A fault in one resource: ``path`` is the FHIRPath, ``str()`` the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(reason)
        self.path = path


class FhirProblems(Exception):
    """Every fault found in one resource, so all are reported at once."""

    def __init__(self, problems: list[FhirProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def patient_cpr(el: El) -> tuple[str, str]:
    """(normalised CPR or "", FHIRPath of the identifier); raises FhirProblem on a bad CPR."""
    for ident in el.objs("identifier"):
        if ident.string("system") == CPR_SYSTEM:
            path = ident.at("value")
            try:
                return parse_cpr(ident.string("value")), path
            except ValueError as exc:
                raise FhirProblem(path, str(exc)) from None
    return "", ""


def is_skipped(el: El) -> str:
    """Why a Patient is not published ("" if it is)."""
    if el.boolean("active") is False:
        return "the Patient is marked inactive (active: false)"
    if el.boolean("deceasedBoolean") is True or el.string("deceasedDateTime"):
        return "the Patient is marked deceased"
    return ""


def _pick(items: list[El], key: str, preferred: tuple[str, ...]) -> El | None:
    for wanted in preferred:
        for item in items:
            if item.string(key) == wanted:
                return item
    return items[0] if items else None


def human_name(name: El) -> tuple[str, str]:
    given = " ".join(name.strings("given"))
    family = name.string("family")
    if not given and not family:
        text = name.string("text")
        given, _, family = text.rpartition(" ")
        if not given:
            given, family = family, ""
    return given, family


def _name_text(name: El | None) -> str:
    if name is None:
        return ""
    return name.string("text") or " ".join(filter(None, human_name(name)))


def phone_of(telecoms: list[El]) -> str:
    phones = [t for t in telecoms if t.string("system") == "phone"]
    picked = _pick(phones, "use", ("mobile", "home", "work"))
    return normalise_phone(picked.string("value")) if picked else ""


@dataclass(frozen=True, slots=True)
class PatientInfo:
    citizen: Citizen
    relatives: list[tuple[Relative, str]]  # with the FHIRPath of each contact


def unit_of(res: Res, resources: Resources, unit_ids: set[str]) -> str:
    ref = res.el.obj("managingOrganization")
    path = "Patient.managingOrganization"
    if ref is None:
        raise FhirProblem(path, "no managingOrganization: the Patient's unit is unknown")
    candidates: list[str] = []
    org = resources.resolve(ref, res)
    if org is not None:
        candidates += [i.string("value") for i in org.objs("identifier")]
        candidates.append(org.string("id"))
    else:
        candidates.append(reference_id(ref, "Organization"))
        ident = ref.obj("identifier")
        if ident is not None:
            candidates.append(ident.string("value"))
    for candidate in candidates:
        if candidate and candidate in unit_ids:
            return candidate
    shown = ", ".join(repr(c) for c in candidates if c) or repr(ref.string("reference"))
    raise FhirProblem(path, f"the organization ({shown}) is not a unit_id in units.csv")


def _gp(res: Res, resources: Resources) -> tuple[str, str]:
    for ref in res.el.objs("generalPractitioner"):
        target = resources.resolve(ref, res)
        if target is not None:
            if target.string("resourceType") == "Practitioner":
                picked = _pick(target.objs("name"), "use", ("official", "usual"))
                name = _name_text(picked)
            else:
                name = target.string("name")
            return name, phone_of(target.objs("telecom"))
        if ref.string("display"):
            return ref.string("display"), ""
    return "", ""


def _name_of(el: El) -> tuple[str, str]:
    picked = _pick(el.objs("name"), "use", ("official", "usual"))
    if picked is None:
        raise FhirProblem("Patient.name", "no name")
    first, last = human_name(picked)
    if not first and not last:
        raise FhirProblem(picked.path, "the name is empty")
    return first, last


def _address_of(el: El) -> tuple[str, El]:
    address = _pick(el.objs("address"), "use", ("home", "temp"))
    if address is None:
        raise FhirProblem("Patient.address", "no address: the route sheets need one")
    street = ", ".join(address.strings("line")) or address.string("text")
    if not street:
        raise FhirProblem(address.at("line"), "the address has no street line")
    return street, address


def map_patient(res: Res, resources: Resources, unit_ids: set[str], cpr: str) -> PatientInfo:
    """The citizen and relatives of a Patient; raises FhirProblems with every fault found."""
    el = res.el
    problems: list[FhirProblem] = []
    name: tuple[str, str] = ("", "")
    street, address, unit = "", None, ""
    try:
        name = _name_of(el)
    except FhirProblem as exc:
        problems.append(exc)
    try:
        street, address = _address_of(el)
    except FhirProblem as exc:
        problems.append(exc)
    try:
        unit = unit_of(res, resources, unit_ids)
    except FhirProblem as exc:
        problems.append(exc)
    gp_name, gp_phone = _gp(res, resources)
    phone = phone_of(el.objs("telecom"))
    relatives = []
    for contact in el.objs("contact"):
        contact_name = _name_text(contact.obj("name"))
        contact_phone = phone_of(contact.objs("telecom"))
        relation = ", ".join(filter(None, (concept_text(r) for r in contact.objs("relationship"))))
        if contact_name and contact_phone:
            relatives.append((Relative(res.id, contact_name, contact_phone, relation=relation), contact.path))
    if problems or address is None:
        raise FhirProblems(problems)
    citizen = Citizen(
        citizen_id=res.id,
        first_name=name[0],
        last_name=name[1],
        address=street,
        unit_id=unit,
        cpr=cpr,
        postcode=address.string("postalCode"),
        city=address.string("city"),
        phone=phone,
        gp_name=gp_name,
        gp_phone=gp_phone,
    )
    return PatientInfo(citizen, relatives)


_NOT_CURRENT_ALLERGY = frozenset({"inactive", "resolved", "refuted", "entered-in-error"})


def _status_code(concept: El | None) -> str:
    for _system, code in codes(concept):
        if code:
            return code
    return ""


def _says_none_known(concept: El | None) -> bool:
    return any(system == SNOMED and code in NO_KNOWN_ALLERGY_CODES for system, code in codes(concept))


def _is_allergy_list(el: El) -> bool:
    code = el.obj("code")
    if any(c in ALLERGY_LIST_CODES for _system, c in codes(code)):
        return True
    return "allerg" in (concept_text(code) + " " + el.string("title")).lower()


def allergies_by_patient(resources: Resources) -> dict[int, str]:
    """id(Patient JSON) → "Penicillin, Nødder" from current AllergyIntolerance resources;
    "Ingen kendte allergier" where the source says so explicitly (and gives no allergy)."""
    found: dict[int, list[str]] = {}
    none_known: set[int] = set()
    for res in resources.of_type("AllergyIntolerance"):
        el = res.el
        statuses = {_status_code(el.obj("clinicalStatus")), _status_code(el.obj("verificationStatus"))}
        patient = resources.resolve(el.obj("patient"), res)
        if statuses & _NOT_CURRENT_ALLERGY or patient is None:
            continue
        code = el.obj("code")
        if _says_none_known(code):
            none_known.add(id(patient.data))
            continue
        text = concept_text(code)
        if text:
            names = found.setdefault(id(patient.data), [])
            if text not in names:
                names.append(text)
    for res in resources.of_type("List"):
        el = res.el
        empty = el.obj("emptyReason")
        if empty is None or el.string("status") == "entered-in-error" or not _is_allergy_list(el):
            continue
        if "nilknown" in {c for _system, c in codes(empty)} and not el.objs("entry"):
            patient = resources.resolve(el.obj("subject"), res)
            if patient is not None:
                none_known.add(id(patient.data))
    out = {key: ", ".join(names) for key, names in found.items()}
    for key in none_known - out.keys():  # a real allergy beats a "none known" elsewhere
        out[key] = NO_KNOWN_ALLERGIES_DA
    return out
