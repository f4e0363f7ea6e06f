"""Borger: one citizen, everything a care worker needs, allergies impossible to miss."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from continuity_app.domain.age import local
from continuity_app.domain.rules import AllergyStatus, Reason, allergy_status
from continuity_app.gui import labels
from continuity_app.gui.context import AppContext
from continuity_app.gui.labels import has_allergies
from continuity_app.gui.models.citizens import CitizenVisitModel, MedicationModel
from continuity_app.gui.textsize import relative_font
from continuity_app.gui.views.common import (
    PrintRequest,
    heading,
    make_table,
)
from continuity_app.gui.widgets.dosegrid import DoseGridModel, first_open_cell, make_grid_table
from continuity_app.printing.dosing import daily_grid

VISIT_DAYS = 3
ALLERGY_STYLE = (
    "QFrame#allergyBox { background: #fde7e7; border: 3px solid #c62828;"
    " border-radius: 4px; } QFrame#allergyBox QLabel { color: #8e0000; }"
)
NO_ALLERGY_STYLE = "QFrame#allergyBox { background: #f4f4f4; border: 1px solid #9e9e9e; border-radius: 4px; }"
#: Not stated in the source: as prominent as an allergy, in amber (ask before giving medicine).
NOT_STATED_STYLE = (
    "QFrame#allergyBox { background: #fff4e0; border: 3px solid #e65100;"
    " border-radius: 4px; } QFrame#allergyBox QLabel { color: #7a2e00; }"
)
#: Fields (named as the kinds of store.coverage) that a scope may not carry, like the crisis
#: staff's: shown as "not held", never as empty.
MAY_BE_CUT = frozenset(
    {"cpr", "key_info", "treatment_level", "relatives", "gp", "pharmacy", "mobility", "notes"}
)


def _value_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class CitizenView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.record: Any = None
        self.citizen_id: str | None = None
        self.name = heading("")
        self.name.setObjectName("citizenName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.allergy_box = QFrame()
        self.allergy_box.setObjectName("allergyBox")
        self.allergies = _value_label("allergies")
        relative_font(self.allergies, 1.2, bold=True)
        self.allergies.setAccessibleName(self.tr("Allergier"))
        box = QVBoxLayout(self.allergy_box)
        box.addWidget(self.allergies)
        self.fields: dict[str, QLabel] = {}
        left, right = QWidget(), QWidget()
        facts_left, facts_right = QFormLayout(left), QFormLayout(right)
        names = self._field_names()
        half = (len(names) + 1) // 2  # two columns: the medication list stays on screen at 1366×768
        for i, (key, text) in enumerate(names):
            value = _value_label(key)
            value.setAccessibleName(text)
            self.fields[key] = value
            (facts_left if i < half else facts_right).addRow(QLabel(text + ":"), value)
        grid = QGridLayout()
        grid.addWidget(left, 0, 0)
        grid.addWidget(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.medications = MedicationModel(self)
        self.med_table = make_table(
            self.medications, self.tr("Medicinliste"), stretch=MedicationModel.Column.DOSE, grow=True
        )
        self.med_table.setObjectName("medicationTable")
        self.grid_model = DoseGridModel(self)
        self.dose_grid = make_grid_table(self.grid_model)
        self.grid_note = QLabel(
            self.tr(
                "Kvittér med tastaturet: piletaster til feltet, G givet, "
                "I ikke givet, A afvist, H ikke hjemme, Enter vælg."
            )
        )
        self.grid_note.setObjectName("gridNote")
        self.grid_note.setWordWrap(True)
        self.grid_heading = heading(self.tr("Administrationsskema 72 timer"))
        self.journal: Any = None  # the window's journal actions, once attached
        self.due_label = QLabel()
        self.due_label.setObjectName("citizenEffectDue")
        self.due_label.setWordWrap(True)
        self.due_label.setStyleSheet(
            "QLabel { background: #fff4e0; border: 2px solid #e65100;"
            " padding: 4px; color: #7a2e00; font-weight: bold; }"
        )
        self.due_label.hide()
        self.visits = CitizenVisitModel(self)
        self.visit_table = make_table(
            self.visits, self.tr("Besøg de næste tre dage"), stretch=CitizenVisitModel.Column.TASKS, grow=True
        )
        self.visit_table.setObjectName("citizenVisits")
        self.empty = QLabel(self.tr("Vælg en borger under Borgere (Ctrl+1) eller på en køreliste."))
        self.empty.setWordWrap(True)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.name)
        layout.addWidget(self.allergy_box)
        layout.addWidget(self.due_label)
        layout.addLayout(grid)
        self.med_note = QLabel()
        self.med_note.setObjectName("medicationNote")
        self.med_note.setWordWrap(True)
        self.visit_note = QLabel()
        self.visit_note.setObjectName("visitNote")
        self.visit_note.setWordWrap(True)
        layout.addWidget(heading(self.tr("Medicin")))
        layout.addWidget(self.med_note)
        layout.addWidget(self.med_table)
        layout.addWidget(self.grid_heading)
        layout.addWidget(self.grid_note)
        layout.addWidget(self.dose_grid)
        layout.addWidget(heading(self.tr("Besøg de næste tre dage")))
        layout.addWidget(self.visit_note)
        layout.addWidget(self.visit_table)
        layout.addStretch(1)
        self.content = content
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty)
        outer.addWidget(scroll, 1)
        self.scroll_area = scroll
        self.clear()

    def _field_names(self) -> list[tuple[str, str]]:
        return [
            ("cpr", self.tr("CPR")),
            ("address", self.tr("Adresse")),
            ("phone", self.tr("Telefon")),
            ("key_info", self.tr("Nøgle og dør")),
            ("treatment_level", self.tr("Behandlingsniveau")),
            ("vulnerability", self.tr("Sårbarhed")),
            ("relatives", self.tr("Pårørende")),
            ("gp", self.tr("Egen læge")),
            ("pharmacy", self.tr("Apotek")),
            ("unit", self.tr("Enhed")),
            ("mobility", self.tr("Mobilitet")),
            ("notes", self.tr("Bemærkninger")),
        ]

    def title(self) -> str:
        return self.tr("Borger")

    def focus_target(self) -> QWidget:
        return self.med_table

    def load(self) -> None:
        if self.citizen_id:
            self.show_citizen(self.citizen_id, audit=False)

    def clear(self) -> None:
        self.record = None
        self.citizen_id = None
        self.name.clear()
        self.allergies.clear()
        for label in self.fields.values():
            label.clear()
        self.medications.clear()
        self.grid_model.clear()
        self.due_label.hide()
        self.visits.clear()
        self.scroll_area.hide()
        self.empty.show()

    def print_request(self) -> PrintRequest | None:
        if self.record is None:
            return None
        return PrintRequest(
            "medication",
            self.tr("Medicinliste for %1").replace("%1", self.record.citizen.full_name),
            citizen_id=self.record.citizen.citizen_id,
        )

    def show_citizen(self, citizen_id: str, *, audit: bool = True) -> None:
        self.citizen_id = citizen_id
        today = self.context.today()
        if audit:
            self.context.audit("citizen_opened", citizen_id=citizen_id, view="citizen")
        self.context.query(lambda store: (store.citizen(citizen_id, today=today), store.coverage), self._show)

    def _show(self, result: tuple[Any, Any]) -> None:
        record, held = result
        if record is None:
            self.clear()
            self.empty.setText(self.tr("Borgeren findes ikke i de data, der er på computeren."))
            return
        self.record = record
        c = record.citizen
        self.name.setText(c.full_name)

        # The citizen is in this store, so whatever kind the scope carries is carried for them.
        def has(kind: str) -> bool:
            return bool(held.holds(kind))

        allergic = has("allergies") and has_allergies(c.allergies)
        self.allergies.setText(labels.allergy_line(c.allergies, held=has("allergies")))
        stated = allergy_status(c.allergies) is not AllergyStatus.NOT_STATED
        self.allergy_box.setStyleSheet(
            ALLERGY_STYLE
            if allergic
            else NO_ALLERGY_STYLE
            if stated and has("allergies")
            else NOT_STATED_STYLE
        )
        city = f"{c.postcode} {c.city}".strip()
        relatives = "\n".join(
            " · ".join(p for p in (r.name, r.relation, r.phone) if p)
            + (" " + self.tr("(primær)") if r.primary else "")
            for r in record.relatives
        ) or (labels.reason(Reason.NO_CLOSE_RELATIVES) if c.no_close_relatives else "")
        values = {
            "cpr": c.cpr,
            "address": ", ".join(p for p in (c.address, city) if p),
            "phone": c.phone,
            "key_info": c.key_info,
            "treatment_level": c.treatment_level,
            "vulnerability": (
                labels.reasons(record.vulnerability)
                + " · "
                + self.tr("besøges senest %1. døgn").replace("%1", str(record.vulnerability.day_priority))
                if record.vulnerability.is_vulnerable
                else self.tr("Nej")
            ),
            "relatives": relatives,
            "gp": " · ".join(p for p in (c.gp_name, c.gp_phone) if p),
            "pharmacy": c.pharmacy,
            "unit": record.unit.name if record.unit else c.unit_id,
            "mobility": c.mobility,
            "notes": c.notes,
        }
        for key, label in self.fields.items():
            if key in MAY_BE_CUT and not has(key):
                label.setText(labels.not_held())
            else:
                label.setText(values.get(key, "").strip() or labels.not_stated())
        meds_held, visits_held = has("medications"), has("routes")
        self.med_table.setVisible(meds_held and bool(record.active_medications))
        self.med_note.setVisible(not meds_held or not record.active_medications)
        self.med_note.setText(
            self.tr("Medicinlisten er ikke med i data på denne computer; den står i enhedens egne data.")
            if not meds_held
            else self.tr("Ingen aktuel medicin i data.")
        )
        self.visit_table.setVisible(visits_held)
        self.visit_note.setVisible(not visits_held)
        self.visit_note.setText(self.tr("Kørelister er ikke med i data på denne computer."))
        self.medications.set_rows(record.active_medications)
        self.med_table.clearSpans()
        for r, m in enumerate(record.active_medications):
            if not m.as_needed and daily_grid(m) is None:  # the reason over the four grid cells
                self.med_table.setSpan(r, MedicationModel.Column.MORNING, 1, len(MedicationModel.GRID))
        scheduled = meds_held and any(not m.as_needed for m in record.active_medications)
        for widget in (self.grid_heading, self.grid_note, self.dose_grid):
            widget.setVisible(scheduled)
        self.refresh_journal()
        last_day = today_plus(record.today, VISIT_DAYS - 1)
        self.visits.set_rows([(r, v) for r, v in record.visits if record.today <= r.date <= last_day])
        self.empty.hide()
        self.scroll_area.show()

    # --- the 72-hour grid -----------------------------------------------------------------
    def attach_journal(self, actions: Any) -> None:
        """The window's journal actions: the grid shows their entries and signs through them."""
        self.journal = actions
        self.dose_grid.sign_requested.connect(
            lambda line, cell, outcome: actions.sign_dose(self, line, cell, outcome)
        )

    def refresh_journal(self) -> None:
        self.refresh_due()
        self.refresh_grid()

    def refresh_due(self) -> None:
        """The card's "Effekt skal vurderes" line while a PN dose of this citizen waits for it."""
        due = []
        if self.record is not None and self.journal is not None:
            due = self.journal.controller.due_effects(self.record.citizen.citizen_id)
        self.due_label.setVisible(bool(due))
        if due:
            self.due_label.setText(
                self.tr("Effekt skal vurderes (Ctrl+E): %1").replace(
                    "%1",
                    ", ".join(
                        f"{e.fields.get('drug', '')} {e.fields.get('dose', '')} kl. {local(e.at):%H:%M}"
                        for e in due
                    ),
                )
            )

    def refresh_grid(self) -> None:
        from continuity_app.printing.signgrid import signing_grid, three_days

        if self.record is None:
            return
        entries = self.journal.controller.entries() if self.journal is not None else []
        days = three_days(self.record.today)
        lines = signing_grid(self.record.active_medications, days, entries, self.record.citizen.citizen_id)
        if days == self.grid_model.days and lines == self.grid_model.rows():
            return  # nothing signed here since (a PN dose, a note): the grid stays as it is
        current = self.dose_grid.currentIndex()
        row, column = (current.row(), current.column()) if current.isValid() else (-1, -1)
        self.grid_model.set_grid(days, lines)
        if 0 <= row < self.grid_model.rowCount():
            self.dose_grid.setCurrentIndex(self.grid_model.index(row, column))
        else:
            start = first_open_cell(self.grid_model)
            if start.isValid():
                self.dose_grid.setCurrentIndex(start)


def today_plus(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)
