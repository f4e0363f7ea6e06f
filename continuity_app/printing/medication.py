"""The medication pages of one citizen: the list, a 72-hour grid to sign, and the PN log.

The FMK dosage text is authoritative and printed verbatim (wrapped, never cut); a
text we built from a structured dosage is labelled as built. What the grid and
the 72-hour form may say about when a dose is given is decided in ``dosing``. The
allergy box (or "ikke oplyst") and the treatment level are on every page of the
citizen. Key info is deliberately absent: it belongs on the route sheet of the
route that visits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from continuity_app.domain.models import Citizen, Medication
from continuity_app.domain.rules import AllergyStatus, allergy_status
from continuity_app.printing.dosing import (
    BUILT,
    MISMATCH,
    MIXED_HEADER,
    NOT_DUE,
    NOT_GIVEN,
    VERBATIM,
    VERBATIM_HEADER,
    WIDE_FIELD,
    clock_times_da,
    daily_grid,
    grid_rows,
    has_dose_text,
    no_grid_reason,
    quantity_da,
)
from continuity_app.printing.fonts import BOLD, COND, COND_BOLD, REGULAR, wrap
from continuity_app.printing.sheet import DARK_RED, GREY, Sheet
from continuity_app.printing.table import Cell, Column, draw_table

TIME_CRITICAL = "⚠ TIDSKRITISK"
NO_ALLERGIES = "Ingen kendte allergier"
ALLERGIES_NOT_STATED = "Allergier: ikke oplyst"
NOT_STATED = "ikke oplyst"
WEEKDAYS_DA = ("man", "tir", "ons", "tor", "fre", "lør", "søn")
DISPENSING_DA = {
    "dosisdispensering": "Dosisdispenseret",
    "doseret af personale": "Personale doserer",
    "selv": "Borgeren selv",
}
PN_LOG_ROWS = 6
SHORT_DOSE = 60  # a dose text this short is repeated in the 72-hour grid
PN_LOG_MIN_ROWS = 3
PN_LOG_ROW_HEIGHT = 20.0
PN_LOG_OVERHEAD = 60.0  # heading and column header

SCHEDULED_COLUMNS = (
    Column("Præparat", 25),
    Column(VERBATIM_HEADER, 38),
    Column("Morgen", 8, "center"),
    Column("Middag", 8, "center"),
    Column("Aften", 8, "center"),
    Column("Nat", 8, "center"),
    Column("Dispensering", 16),
)
PN_COLUMNS = (
    Column("Præparat", 25),
    Column(VERBATIM_HEADER, 40),
    Column("Maks. pr. døgn", 16),
    Column("Dispensering", 16),
)
PN_LOG_COLUMNS = (
    Column("Dato og kl.", 14),
    Column("Præparat", 22),
    Column("Dosis", 10),
    Column("Årsag", 22),
    Column("Initialer", 10),
    Column("Effekt efter 2 timer (kl., init.)", 24),
)


@dataclass(frozen=True, slots=True)
class CitizenMeds:
    """Everything the medication pages of one citizen need (picklable: sent to workers)."""

    citizen: Citizen
    unit_name: str
    medications: tuple[Medication, ...]


def drug_label(m: Medication) -> str:
    parts = [f"{m.drug} {m.strength}".strip()]
    form = ", ".join(p for p in (m.form, m.route) if p)
    if form:
        parts.append(form)
    if m.time_critical:
        parts.append(TIME_CRITICAL)
    return "\n".join(parts)


def dose_cell(m: Medication, *, label: bool = False) -> str:
    """The dose text (the source's own, or one we built, labelled so), and what goes with it.

    ``label``: the column's header does not say which kind of text it is (some rows of
    the table are built), so each cell says it.
    """
    if not has_dose_text(m):  # no text of the source's or ours: say so, labelled as neither
        text = NOT_GIVEN if m.dose_text.strip() else "(ingen doseringstekst i data)"
    elif m.dose_text_built:
        text = f"{BUILT}\n{m.dose_text.strip()}"
    elif label:
        text = f"{VERBATIM}\n{m.dose_text.strip()}"
    else:
        text = m.dose_text.strip()
    if m.clock_times:
        text += f"\n{clock_times_da(m)}"
    if m.dose_unit and daily_grid(m) is not None:
        text += f"\n(antal i {m.dose_unit})"
    if m.dose_mismatch:
        text += f"\n⚠ {MISMATCH}"
    if m.indication:
        text += f"\nIndikation: {m.indication}"
    if m.notes:
        text += f"\nNB: {m.notes}"
    return text


def dose_header(meds: list[Medication]) -> tuple[str, bool]:
    """The dose column's title, and whether each cell must say what kind of text it holds."""
    if any(m.dose_text_built for m in meds):
        return MIXED_HEADER, True
    return VERBATIM_HEADER, False


def known_allergies(allergies: str) -> str:
    """The allergies as exported, or "" unless the field names an allergy."""
    return allergies.strip() if allergy_status(allergies) is AllergyStatus.STATED else ""


def allergy_text(citizen: Citizen) -> str:
    status = allergy_status(citizen.allergies)
    if status is AllergyStatus.STATED:
        return f"ALLERGIER: {citizen.allergies.strip()}"
    if status is AllergyStatus.NONE_KNOWN:
        return NO_ALLERGIES
    return f"{ALLERGIES_NOT_STATED} – spørg borgeren, pårørende eller lægen"


def allergy_cell(allergies: str) -> str:
    """The allergies as a short table cell (route sheets): named, none known, or not stated."""
    status = allergy_status(allergies)
    if status is AllergyStatus.STATED:
        return allergies.strip()
    return "Ingen kendte" if status is AllergyStatus.NONE_KNOWN else "Ikke oplyst"


def _allergy_box(sheet: Sheet, citizen: Citizen) -> None:
    text = allergy_text(citizen)
    size = 10.0
    lines = wrap(text, BOLD, size, sheet.body_width - 12)
    height = len(lines) * size * 1.25 + 8
    status = allergy_status(citizen.allergies)
    # Named allergies in thick red; not stated in thick black (ask before giving); none known thin.
    stroke = DARK_RED if status is AllergyStatus.STATED else (0, 0, 0)
    thick = status is not AllergyStatus.NONE_KNOWN
    sheet.rect(
        sheet.left,
        sheet.y - height,
        sheet.body_width,
        height,
        stroke=stroke,
        line_width=2.0 if thick else 0.8,
    )
    y = sheet.y - 4 - size
    for line in lines:
        sheet.text(sheet.left + 6, y, line, BOLD, size)
        y -= size * 1.25
    sheet.y -= height + 4


def treatment_text(c: Citizen) -> str:
    return f"Behandlingsniveau: {c.treatment_level.strip() or NOT_STATED}"


def _must_know(sheet: Sheet, c: Citizen) -> None:
    """Allergies and treatment level: at the top of every page of the citizen."""
    _allergy_box(sheet, c)
    sheet.paragraph(treatment_text(c), BOLD, 9)
    sheet.space(4)


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
        cpr = f" · CPR {c.cpr}" if c.cpr else ""
        sheet.text(sheet.left, sheet.y, f"Medicinliste – {c.full_name}{cpr} (fortsat)", BOLD, 10)
        sheet.y -= 6
        _must_know(sheet, c)

    sheet.on_new_page = None
    sheet.new_page()
    if bookmark_level is not None:
        sheet.bookmark(f"med-{c.citizen_id}", citizen_title(c), bookmark_level)
    sheet.y -= 14
    sheet.text(sheet.left, sheet.y, f"Medicinliste – {c.full_name}", BOLD, 14)
    sheet.y -= 13
    sheet.text(sheet.left, sheet.y, _identity(c), REGULAR, 9)
    sheet.y -= 8
    _must_know(sheet, c)
    sheet.on_new_page = continuation
    gp = ", ".join(p for p in (c.gp_name.strip(), c.gp_phone.strip() and f"tlf. {c.gp_phone.strip()}") if p)
    info = [
        f"Egen læge: {gp or NOT_STATED}",
        f"Apotek: {c.pharmacy.strip() or NOT_STATED}",
        f"Enhed: {subject.unit_name}",
    ]
    for line in info:
        sheet.paragraph(line, REGULAR, 9)
    sheet.space(6)

    scheduled = [m for m in subject.medications if not m.as_needed]
    as_needed = [m for m in subject.medications if m.as_needed]
    sheet.heading("Fast medicin", 11)
    if scheduled:
        title, label = dose_header(scheduled)
        columns = _titled(SCHEDULED_COLUMNS, title)
        draw_table(sheet, columns, [_scheduled_row(m, label) for m in scheduled])
    else:
        sheet.paragraph("Ingen fast medicin i data.")
    sheet.space(8)
    sheet.heading("Medicin efter behov (PN)", 11)
    if as_needed:
        title, label = dose_header(as_needed)
        draw_table(
            sheet,
            _titled(PN_COLUMNS, title),
            [
                [
                    Cell(drug_label(m), COND_BOLD),
                    dose_cell(m, label=label),
                    m.as_needed_max or "ikke angivet",
                    DISPENSING_DA.get(m.dispensing or "", m.dispensing or ""),
                ]
                for m in as_needed
            ],
        )
    else:
        sheet.paragraph("Ingen medicin efter behov i data.")
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
    draw_table(
        sheet,
        PN_LOG_COLUMNS,
        [[""] * len(PN_LOG_COLUMNS)] * min(fit, PN_LOG_ROWS),
        min_height=PN_LOG_ROW_HEIGHT,
    )
    sheet.on_new_page = None


def _titled(columns: tuple[Column, ...], dose_title: str) -> tuple[Column, ...]:
    """``columns`` with the dose column (the second) titled ``dose_title``."""
    return (columns[0], replace(columns[1], title=dose_title), *columns[2:])


def _scheduled_row(m: Medication, label: bool) -> list[str | Cell]:
    name = Cell(drug_label(m), COND_BOLD)
    dispensing = DISPENSING_DA.get(m.dispensing or "", m.dispensing or "")
    grid = daily_grid(m)
    if grid is None:
        return [name, dose_cell(m, label=label), Cell(no_grid_reason(m), COND_BOLD, span=4), dispensing]
    return [name, dose_cell(m, label=label), *(quantity_da(q) for q in grid), dispensing]


def _administration_grid(sheet: Sheet, scheduled: list[Medication], days: tuple[dt.date, ...]) -> None:
    sheet.heading("Administrationsskema 72 timer – kvittér med initialer og klokkeslæt", 11)
    if not scheduled:
        sheet.paragraph("Ingen fast medicin at give.")
        return
    columns = [Column("Præparat", 28), Column("Tid", 10), Column("Dosis", 16)] + [
        Column(f"{WEEKDAYS_DA[d.weekday()]} {d.day}.{d.month}.", 16) for d in days
    ]
    # Grouped by time of day: the morning round gives every morning dose.
    keyed: list[tuple[int, str, list[str | Cell]]] = []
    for m in scheduled:
        name = f"{m.drug} {m.strength}".strip()
        if m.time_critical:
            name += f"\n{TIME_CRITICAL}"
        if m.dose_mismatch:
            name += f"\n⚠ {MISMATCH}"
        for row in grid_rows(m, days, SHORT_DOSE):
            cells: list[str | Cell] = [Cell(name, COND_BOLD), row.when, row.dose]
            if any(d is None for d in row.days):
                # Not known on which days it is due: no day boxes, one field to note it by hand.
                cells.append(Cell(WIDE_FIELD, COND, span=len(days)))
            else:
                cells += ["" if d else Cell(NOT_DUE, COND, fill=GREY) for d in row.days]
            keyed.append((row.sort, row.when if row.sort == 4 else "", cells))
    keyed.sort(key=lambda item: (item[0], item[1]))
    draw_table(sheet, columns, [row for _, _, row in keyed], min_height=20)
