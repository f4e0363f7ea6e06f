"""The UI words for the domain's enums and flags (translated; Danish is the source)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from continuity_app.domain.models import Category, Dispensing, Fuel, Shift
from continuity_app.domain.rules import Reason, Vulnerability

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
    return translate("Labels", "Dag %1").replace("%1", str(day))


#: What the exports write when a citizen has no known allergy.
NO_ALLERGY = frozenset({"", "-", "–", "nej", "ingen", "ingen kendte", "ingen kendte allergier",
                        "ikke kendt", "ingen allergier"})


def has_allergies(text: str) -> bool:
    """Whether an allergy field names an allergy (not blank, not "Ingen kendte")."""
    return text.strip().rstrip(".").casefold() not in NO_ALLERGY
