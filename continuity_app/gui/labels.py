"""The UI words for the domain's enums and flags (translated; Danish is the source)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from continuity_app.domain.models import Category, Dispensing, Fuel, Shift
from continuity_app.domain.rules import AllergyStatus, Reason, Vulnerability, allergy_status

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def reason(value: Reason) -> str:
    return {
        Reason.POWER_DEPENDENT: translate("Labels", "Strømafhængig"),
        Reason.NO_CLOSE_RELATIVES: translate("Labels", "Ingen nære pårørende"),
        Reason.MEAL_SHOPPING_HELP: translate("Labels", "Hjælp til mad/indkøb"),
        Reason.INSTITUTION: translate("Labels", "Bor på døgninstitution"),
        Reason.CANNOT_COMMUNICATE: translate("Labels", "Kan ikke kommunikere"),
    }[value]


def reasons(vulnerability: Vulnerability) -> str:
    parts = []
    for r in vulnerability.reasons:
        label = reason(r)
        if r is Reason.POWER_DEPENDENT and vulnerability.equipment:
            label += f" ({', '.join(vulnerability.equipment)})"
        parts.append(label)
    return " · ".join(parts)


def fuel(value: Fuel | str | None) -> str:
    names = {
        Fuel.EL: translate("Labels", "El"),
        Fuel.BENZIN: translate("Labels", "Benzin"),
        Fuel.DIESEL: translate("Labels", "Diesel"),
        Fuel.HYBRID: translate("Labels", "Hybrid"),
        Fuel.PLUGIN_HYBRID: translate("Labels", "Plugin-hybrid"),
    }
    if value is None:
        return ""
    try:
        return names[Fuel(value)]
    except ValueError:
        return str(value)


def dispensing(value: Dispensing | None) -> str:
    if value is None:
        return ""
    return {
        Dispensing.DOSISDISPENSERING: translate("Labels", "Dosisdispensering"),
        Dispensing.DOSERET_AF_PERSONALE: translate("Labels", "Doseret af personale"),
        Dispensing.SELV: translate("Labels", "Selv"),
    }[value]


def shift(value: Shift | None) -> str:
    if value is None:
        return ""
    return {
        Shift.DAG: translate("Labels", "Dag"),
        Shift.AFTEN: translate("Labels", "Aften"),
        Shift.NAT: translate("Labels", "Nat"),
    }[value]


def category(value: Category | None) -> str:
    if value is None:
        return ""
    return {
        Category.A: translate("Labels", "A – skal køre"),
        Category.B: translate("Labels", "B – kan køre"),
        Category.C: translate("Labels", "C – lukker"),
    }[value]


def day_priority(day: int) -> str:
    """When in the outage a vulnerable citizen must be contacted: its own words, never
    "Dag 1" (which is also a route's name)."""
    return translate("Labels", "Kontakt %1. døgn").replace("%1", str(day))


def day_priority_legend() -> str:
    return translate(
        "Labels",
        "Kontakt 1. døgn: inden for nedbruddets første døgn (strømafhængige, "
        "uden nære pårørende, kan ikke kommunikere) · 2. døgn: andre "
        "sårbare · 3. døgn: alle andre.",
    )


def visit_outcome(outcome: str) -> str:
    """A visit's outcome as the journal records it (udført, ikke udført, flyttet); "" for none."""
    return {
        "udført": translate("Labels", "Udført"),
        "ikke udført": translate("Labels", "Ikke udført"),
        "flyttet": translate("Labels", "Flyttet"),
    }.get(outcome, outcome)


def has_allergies(text: str) -> bool:
    """Whether an allergy field names an allergy (not empty, not an explicit "none")."""
    return allergy_status(text) is AllergyStatus.STATED


def not_stated() -> str:
    """An empty field: the source does not say (never "none")."""
    return translate("Labels", "ikke oplyst")


def not_held() -> str:
    """A kind of data this laptop's scope does not carry (never "none")."""
    return translate("Labels", "ikke med i data på denne computer")


def allergy_line(text: str, *, held: bool = True) -> str:
    """The allergy line of a citizen: named, none known, not stated, or not held here."""
    if not held:
        return translate("Labels", "Allergier: ikke med i data på denne computer")
    status = allergy_status(text)
    if status is AllergyStatus.STATED:
        return translate("Labels", "Allergier: %1").replace("%1", text.strip())
    if status is AllergyStatus.NONE_KNOWN:
        return translate("Labels", "Ingen kendte allergier")
    return translate("Labels", "Allergier: ikke oplyst")


def allergy_cell(text: str) -> str:
    """The allergies in a table cell (a route's visits)."""
    status = allergy_status(text)
    if status is AllergyStatus.STATED:
        return text.strip()
    if status is AllergyStatus.NONE_KNOWN:
        return translate("Labels", "Ingen kendte")
    return not_stated()
