"""The medication pages of one citizen: the list, a 72-hour grid to sign, and the PN log.

The FMK dosage text is authoritative and printed verbatim (wrapped, never cut).
The daily grid (morgen/middag/aften/nat) appears only where the source gives
daily quantities. The allergy box is on every page of the citizen. Key info is
deliberately absent: it belongs on the route sheet of the route that visits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from continuity_app.domain.models import Citizen, Medication
from continuity_app.printing.fonts import BOLD, COND_BOLD, REGULAR, wrap
from continuity_app.printing.sheet import DARK_RED, Sheet
from continuity_app.printing.table import Cell, Column, draw_table

TIME_CRITICAL = "⚠ TIDSKRITISK"
NO_ALLERGIES = "Ingen kendte allergier"
NOT_DAILY = "Ikke daglig dosis – følg doseringsteksten"
SLOTS = ("Morgen", "Middag", "Aften", "Nat")
WEEKDAYS_DA = ("man", "tir", "ons", "tor", "fre", "lør", "søn")
DISPENSING_DA = {
    "dosisdispensering": "Dosisdispenseret",
    "doseret af personale": "Personale doserer",
    "selv": "Borgeren selv",
}
FRACTIONS = {0.25: "¼", 0.5: "½", 0.75: "¾"}
PN_LOG_ROWS = 6
SHORT_DOSE = 60  # a non-daily dose text this short is repeated in the 72-hour grid
PN_LOG_MIN_ROWS = 3
PN_LOG_ROW_HEIGHT = 20.0
PN_LOG_OVERHEAD = 60.0  # heading and column header

SCHEDULED_COLUMNS = (
    Column("Præparat", 25), Column("Dosering (FMK, ordret)", 38),
    Column("Morgen", 8, "center"), Column("Middag", 8, "center"),
    Column("Aften", 8, "center"), Column("Nat", 8, "center"), Column("Dispensering", 16),
)  # fmt: skip
PN_COLUMNS = (
    Column("Præparat", 25), Column("Dosering (FMK, ordret)", 40),
    Column("Maks. pr. døgn", 16), Column("Dispensering", 16),
)  # fmt: skip
PN_LOG_COLUMNS = (
    Column("Dato og kl.", 14), Column("Præparat", 22), Column("Dosis", 10),
    Column("Årsag", 22), Column("Initialer", 10), Column("Effekt efter 2 timer (kl., init.)", 24),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CitizenMeds:
    """Everything the medication pages of one citizen need (picklable: sent to workers)."""

    citizen: Citizen
    unit_name: str
    medications: tuple[Medication, ...]


def quantity_da(q: float | None) -> str:
    if q is None or q == 0:
        return "–"
    whole = int(q)
    frac = round(q - whole, 2)
    if frac == 0:
        return str(whole)
    if frac in FRACTIONS:
        return f"{whole or ''}{FRACTIONS[frac]}"
    return f"{q:g}".replace(".", ",")


def drug_label(m: Medication) -> str:
    parts = [f"{m.drug} {m.strength}".strip()]
    form = ", ".join(p for p in (m.form, m.route) if p)
    if form:
        parts.append(form)
    if m.time_critical:
        parts.append(TIME_CRITICAL)
    return "\n".join(parts)


def dose_cell(m: Medication) -> str:
    text = m.dose_text
    if m.dose_unit and m.daily_grid is not None:
        text += f"\n(antal i {m.dose_unit})"
    if m.indication:
        text += f"\nIndikation: {m.indication}"
    if m.notes:
        text += f"\nNB: {m.notes}"
    return text


#: What the exports write when a citizen has no known allergies (compared case-insensitively).
NONE_WORDS = frozenset({"", "ingen", "ingen kendte", "ingen kendte allergier", "ingen allergier",
                        "nej", "-", "–", "0", "none", "nka"})


def known_allergies(allergies: str) -> str:
    """The allergies as exported, or "" when the text says there are none."""
    text = allergies.strip()
    return "" if text.casefold().rstrip(".") in NONE_WORDS else text


def allergy_text(citizen: Citizen) -> str:
    allergies = known_allergies(citizen.allergies)
    return f"ALLERGIER: {allergies}" if allergies else NO_ALLERGIES


def _allergy_box(sheet: Sheet, citizen: Citizen) -> None:
    text = allergy_text(citizen)
    size = 10.0
    lines = wrap(text, BOLD, size, sheet.body_width - 12)
    height = len(lines) * size * 1.25 + 8
    has = bool(known_allergies(citizen.allergies))
    sheet.rect(sheet.left, sheet.y - height, sheet.body_width, height,
               stroke=DARK_RED if has else (0, 0, 0), line_width=2.0 if has else 0.8)
    y = sheet.y - 4 - size
    for line in lines:
        sheet.text(sheet.left + 6, y, line, BOLD, size)
        y -= size * 1.25
    sheet.y -= height + 6


def citizen_title(c: Citizen) -> str:
    """The citizen's bookmark: name and CPR."""
    return f"{c.full_name} ({c.cpr})" if c.cpr else c.full_name


def _identity(c: Citizen) -> str:
    place = " ".join(p for p in (c.postcode, c.city) if p)
    parts = [f"CPR {c.cpr}" if c.cpr else "CPR ukendt", ", ".join(p for p in (c.address, place) if p)]
    if c.phone:
        parts.append(f"Tlf. {c.phone}")
    return " · ".join(parts)


def draw_citizen(
    sheet: Sheet,
    subject: CitizenMeds,
    days: tuple[dt.date, ...],
    *,
    bookmark_level: int | None = None,
) -> None:
    """Draw the citizen's medication pages, starting on a new page."""
    c = subject.citizen

    def continuation() -> None:
        sheet.y -= 11
        sheet.text(sheet.left, sheet.y, f"Medicinliste – {c.full_name} · CPR {c.cpr} (fortsat)",
                   BOLD, 10)
        sheet.y -= 6
        _allergy_box(sheet, c)

    sheet.on_new_page = None
    sheet.new_page()
    if bookmark_level is not None:
        sheet.bookmark(f"med-{c.citizen_id}", citizen_title(c), bookmark_level)
    sheet.y -= 14
    sheet.text(sheet.left, sheet.y, f"Medicinliste – {c.full_name}", BOLD, 14)
    sheet.y -= 13
    sheet.text(sheet.left, sheet.y, _identity(c), REGULAR, 9)
    sheet.y -= 8
    _allergy_box(sheet, c)
    sheet.on_new_page = continuation
    info = [
        f"Behandlingsniveau: {c.treatment_level or 'ikke oplyst'}",
        f"Egen læge: {c.gp_name or 'ikke oplyst'}" + (f", tlf. {c.gp_phone}" if c.gp_phone else ""),
        f"Apotek: {c.pharmacy or 'ikke oplyst'}",
        f"Enhed: {subject.unit_name}",
    ]
    for line in info:
        sheet.paragraph(line, BOLD if line.startswith("Behandlings") else REGULAR, 9)
    sheet.space(6)

    scheduled = [m for m in subject.medications if not m.as_needed]
    as_needed = [m for m in subject.medications if m.as_needed]
    sheet.heading("Fast medicin", 11)
    if scheduled:
        draw_table(sheet, SCHEDULED_COLUMNS, [_scheduled_row(m) for m in scheduled])
    else:
        sheet.paragraph("Ingen fast medicin.")
    sheet.space(8)
    sheet.heading("Medicin efter behov (PN)", 11)
    if as_needed:
        draw_table(sheet, PN_COLUMNS, [
            [Cell(drug_label(m), COND_BOLD), dose_cell(m), m.as_needed_max or "ikke angivet",
             DISPENSING_DA.get(m.dispensing or "", m.dispensing or "")]
            for m in as_needed
        ])
    else:
        sheet.paragraph("Ingen medicin efter behov.")
    sheet.space(8)
    _administration_grid(sheet, scheduled, days)
    sheet.space(8)
    # The PN log stays in one piece: fewer rows where the page ends (never fewer than
    # PN_LOG_MIN_ROWS), else the whole log on the next page.
    fit = int((sheet.room() - PN_LOG_OVERHEAD) // PN_LOG_ROW_HEIGHT)
    if fit < PN_LOG_MIN_ROWS:
        sheet.new_page()
        fit = PN_LOG_ROWS
    sheet.heading("PN-log – givet efter behov", 11)
    draw_table(sheet, PN_LOG_COLUMNS, [[""] * len(PN_LOG_COLUMNS)] * min(fit, PN_LOG_ROWS),
               min_height=PN_LOG_ROW_HEIGHT)
    sheet.on_new_page = None


def _scheduled_row(m: Medication) -> list[str | Cell]:
    label = Cell(drug_label(m), COND_BOLD)
    dispensing = DISPENSING_DA.get(m.dispensing or "", m.dispensing or "")
    grid = m.daily_grid
    if grid is None:
        return [label, dose_cell(m), Cell(NOT_DAILY, COND_BOLD, span=4), dispensing]
    return [label, dose_cell(m), *(quantity_da(q) for q in grid), dispensing]


def _administration_grid(sheet: Sheet, scheduled: list[Medication], days: tuple[dt.date, ...]
                         ) -> None:
    sheet.heading("Administrationsskema 72 timer – kvittér med initialer og klokkeslæt", 11)
    if not scheduled:
        sheet.paragraph("Ingen fast medicin at give.")
        return
    columns = [Column("Præparat", 28), Column("Tid", 10), Column("Dosis", 16)] + [
        Column(f"{WEEKDAYS_DA[d.weekday()]} {d.day}.{d.month}.", 16) for d in days
    ]
    # Grouped by time of day: the morning round gives every morning dose.
    keyed: list[tuple[int, list[str | Cell]]] = []
    for m in scheduled:
        name = f"{m.drug} {m.strength}".strip()
        if m.time_critical:
            name += f"\n{TIME_CRITICAL}"
        grid = m.daily_grid
        if grid is None:
            dose = m.dose_text if len(m.dose_text) <= SHORT_DOSE else "jf. FMK-teksten ovenfor"
            row: list[str | Cell] = [Cell(name, COND_BOLD), "Se dosering", dose]
            keyed.append((len(SLOTS), row + [""] * len(days)))
            continue
        for i, (slot, q) in enumerate(zip(SLOTS, grid, strict=True)):
            if q:
                dose = f"{quantity_da(q)} {m.dose_unit}".strip()
                cells: list[str | Cell] = [Cell(name, COND_BOLD), slot, dose]
                keyed.append((i, cells + [""] * len(days)))
    keyed.sort(key=lambda item: item[0])
    rows = [row for _, row in keyed]
    draw_table(sheet, columns, rows, min_height=20)
