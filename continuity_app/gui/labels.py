"""The UI words for the domain's enums and flags (translated; Danish is the source)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from continuity_app.domain.models import Category, Dispensing, Fuel, Shift
from continuity_app.domain.rules import Reason, Vulnerability


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def reason(value: Reason) -> str:
    return {
        Reason.POWER_DEPENDENT: _t("Strømafhængig"),
        Reason.NO_CLOSE_RELATIVES: _t("Ingen nære pårørende"),
        Reason.MEAL_SHOPPING_HELP: _t("Hjælp til mad/indkøb"),
        Reason.INSTITUTION: _t("Bor på døgninstitution"),
        Reason.CANNOT_COMMUNICATE: _t("Kan ikke kommunikere"),
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
        Fuel.EL: _t("El"), Fuel.BENZIN: _t("Benzin"), Fuel.DIESEL: _t("Diesel"),
        Fuel.HYBRID: _t("Hybrid"), Fuel.PLUGIN_HYBRID: _t("Plugin-hybrid"),
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
        Dispensing.DOSISDISPENSERING: _t("Dosisdispensering"),
        Dispensing.DOSERET_AF_PERSONALE: _t("Doseret af personale"),
        Dispensing.SELV: _t("Selv"),
    }[value]


def shift(value: Shift | None) -> str:
    if value is None:
        return ""
    return {Shift.DAG: _t("Dag"), Shift.AFTEN: _t("Aften"), Shift.NAT: _t("Nat")}[value]


def category(value: Category | None) -> str:
    if value is None:
        return ""
    return {
        Category.A: _t("A – skal køre"),
        Category.B: _t("B – kan køre"),
        Category.C: _t("C – lukker"),
    }[value]


def day_priority(day: int) -> str:
    return _t("Dag %1").replace("%1", str(day))
