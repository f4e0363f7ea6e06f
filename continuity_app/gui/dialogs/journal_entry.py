"""Small, keyboard-first dialogs that write to the outage journal: initials, PN dose, effect, note.

Each returns the fields of one entry; the checks (PN maximum, duplicates) are the
journal's. The common PN case takes five keystrokes: Ctrl+D, the dose, Tab, the
first letter of the reason, Enter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from continuity_app.domain.age import COPENHAGEN, local
from continuity_app.gui.widgets.dosegrid import outcome_label, slot_label

OTHER = "__other__"


def enter_accepts(dialog: QDialog, box: QComboBox, ok: Callable[[], bool]) -> None:
    """Enter in an editable choice takes the completed item (its own spelling) and, when the
    dialog is complete, accepts it: a combo box would otherwise keep the Enter to itself."""

    def pressed() -> None:
        found = box.findText(box.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            box.setCurrentIndex(found)
        if ok():
            dialog.accept()

    line = box.lineEdit()
    assert line is not None
    line.returnPressed.connect(pressed)


def _ok(box: QDialogButtonBox) -> Any:
    """The dialog's accepting button (the one that records)."""
    return next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    # Own buttons, not standard ones: a button box renames its standard buttons to Qt's
    # "OK"/"Cancel" whenever the language changes.
    box = QDialogButtonBox()
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setDefault(True)
    box.addButton(
        QCoreApplication.translate("JournalDialogs", "Annullér"), QDialogButtonBox.ButtonRole.RejectRole
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class InitialsDialog(QDialog):
    """Who is working: 1–4 letters, remembered for the unlocked session."""

    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("initialsDialog")
        self.setWindowTitle(self.tr("Hvem arbejder?"))
        self.edit = QLineEdit(current)
        self.edit.setObjectName("initialsEdit")
        self.edit.setAccessibleName(self.tr("Initialer"))
        self.edit.setMaxLength(4)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\p{L}{0,4}"), self.edit))
        self.edit.selectAll()
        text = QLabel(self.tr("Skriv dine initialer. Alt, du registrerer, bliver mærket med dem."))
        text.setWordWrap(True)
        self.buttons = _buttons(self, self.tr("Fortsæt"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.edit)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        _ok(self.buttons).setEnabled(bool(self.edit.text()))

    def initials(self) -> str:
        return self.edit.text().strip().upper()


class PnDialog(QDialog):
    """An as-needed dose: which drug, how much, why, when — with the 24-hour maximum shown."""

    REASONS = ("Smerter", "Uro", "Kvalme", "Søvnløshed", "Åndenød", "Forstoppelse", "Angst")

    def __init__(
        self,
        citizen_id: str,
        citizen_name: str,
        medications: list[Any],
        earlier: list[Any],
        now: dt.datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pnDialog")
        self.citizen_id = citizen_id
        self.earlier = earlier  # the citizen's live pn entries (for the 24-hour count)
        self.now = now
        self.setWindowTitle(self.tr("PN-dosis – %1").replace("%1", citizen_name))
        self.med_box = QComboBox()
        self.med_box.setObjectName("pnMedication")
        self.med_box.setAccessibleName(self.tr("Præparat"))
        for m in medications:
            label = " ".join(p for p in (m.drug, m.strength) if p)
            self.med_box.addItem(f"{label} – {m.dose_text}" if m.dose_text else label, m)
        self.med_box.addItem(self.tr("Andet præparat (skriv navnet)"), OTHER)
        self.drug_edit = QLineEdit()
        self.drug_edit.setObjectName("pnDrug")
        self.drug_edit.setAccessibleName(self.tr("Præparat, der ikke er på listen"))
        self.dose_edit = QLineEdit()
        self.dose_edit.setObjectName("pnDose")
        self.dose_edit.setAccessibleName(self.tr("Dosis"))
        self.dose_edit.setPlaceholderText(self.tr("fx 1 tablet"))
        self.reason_box = QComboBox()
        self.reason_box.setObjectName("pnReason")
        self.reason_box.setAccessibleName(self.tr("Årsag"))
        self.reason_box.setEditable(True)
        self.reason_box.addItems([self.tr(r) for r in self.REASONS])
        self.reason_box.setCurrentIndex(-1)
        self.reason_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.when_edit = QLineEdit(f"{local(now):%H:%M}")
        self.when_edit.setObjectName("pnTime")
        self.when_edit.setAccessibleName(self.tr("Givet kl."))
        self.when_edit.setInputMask("99:99")
        self.maximum = QLabel()
        self.maximum.setObjectName("pnMaximum")
        self.maximum.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Præparat:"), self.med_box)
        form.addRow(self.tr("Andet præparat:"), self.drug_edit)
        form.addRow(self.tr("Dosis:"), self.dose_edit)
        form.addRow(self.tr("Årsag:"), self.reason_box)
        form.addRow(self.tr("Givet kl.:"), self.when_edit)
        self.buttons = _buttons(self, self.tr("Registrér"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.maximum)
        layout.addWidget(self.buttons)
        self.med_box.currentIndexChanged.connect(self._medication_changed)
        for signal in (
            self.dose_edit.textChanged,
            self.drug_edit.textChanged,
            self.reason_box.currentTextChanged,
        ):
            signal.connect(self._validate)
        enter_accepts(self, self.reason_box, self._ok_enabled)
        self.setTabOrder(self.dose_edit, self.reason_box)
        self.setTabOrder(self.reason_box, self.when_edit)
        self._medication_changed()
        self.dose_edit.setFocus()

    def medication(self) -> Any:
        data = self.med_box.currentData()
        return None if data == OTHER else data

    def _medication_changed(self, *_: Any) -> None:
        med = self.medication()
        self.drug_edit.setEnabled(med is None)
        if med is None:
            self.drug_edit.setFocus()
        self.maximum.setText(self.maximum_text())
        self._validate()

    def maximum_text(self) -> str:
        """The medication's 24-hour maximum and what was given in the last 24 hours."""
        from continuity_app.journal.checks import pn_within_day, quantity

        med = self.medication()
        if med is None:
            return self.tr("Præparatet er ikke på medicinlisten: intet maksimum at tjekke.")
        before = pn_within_day(self.earlier, self.citizen_id, med.medication_id, self.given_at())
        total = sum(quantity(str(e.fields.get("dose", ""))) for e in before)
        top = med.as_needed_max or self.tr("ikke oplyst")
        times = ", ".join(f"{local(e.at):%H:%M}" for e in before)
        given = (
            self.tr("Givet de seneste 24 timer: %1 (kl. %2).")
            .replace("%1", f"{total:g}")
            .replace("%2", times)
            if before
            else self.tr("Ikke givet de seneste 24 timer.")
        )
        return self.tr("Højst pr. døgn: %1. %2").replace("%1", top).replace("%2", given)

    def given_at(self) -> dt.datetime:
        text = self.when_edit.text()
        try:
            hh, mm = (int(p) for p in text.split(":"))
            day = local(self.now).date()
            moment = dt.datetime(day.year, day.month, day.day, hh, mm, tzinfo=COPENHAGEN)
        except ValueError:
            return self.now
        if moment > local(self.now) + dt.timedelta(minutes=10):
            moment -= dt.timedelta(days=1)  # 23:50 typed just after midnight: yesterday
        return moment

    def _ok_enabled(self) -> bool:
        ok = bool(self.dose_edit.text().strip()) and bool(self.reason_box.currentText().strip())
        if self.medication() is None:
            ok = ok and bool(self.drug_edit.text().strip())
        return ok

    def _validate(self, *_: Any) -> None:
        _ok(self.buttons).setEnabled(self._ok_enabled())

    def fields(self) -> dict[str, Any]:
        med = self.medication()
        out: dict[str, Any] = {
            "citizen_id": self.citizen_id,
            "dose": self.dose_edit.text().strip(),
            "reason": self.reason_box.currentText().strip(),
        }
        if med is None:
            out["drug"] = self.drug_edit.text().strip()
        else:
            out["medication_id"] = med.medication_id
        return out


class EffectDialog(QDialog):
    """The effect of a PN dose, checked (at least) two hours later."""

    EFFECTS = ("God effekt", "Nogen effekt", "Ingen effekt")

    def __init__(self, pn_entry: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("effectDialog")
        self.entry = pn_entry
        f = pn_entry.fields
        self.setWindowTitle(self.tr("Effekt af PN – %1").replace("%1", str(f.get("citizen_name", ""))))
        what = QLabel(
            self.tr("%1 %2 kl. %3 – årsag: %4")
            .replace("%1", str(f.get("drug", "")))
            .replace("%2", str(f.get("dose", "")))
            .replace("%3", f"{local(pn_entry.at):%H:%M}")
            .replace("%4", str(f.get("reason", "")))
        )
        what.setWordWrap(True)
        self.effect_box = QComboBox()
        self.effect_box.setObjectName("effectText")
        self.effect_box.setAccessibleName(self.tr("Effekt"))
        self.effect_box.setEditable(True)
        self.effect_box.addItems([self.tr(e) for e in self.EFFECTS])
        self.effect_box.setCurrentIndex(-1)
        self.buttons = _buttons(self, self.tr("Registrér"))
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.effect_box)
        layout.addWidget(self.buttons)
        self.effect_box.currentTextChanged.connect(self._validate)
        enter_accepts(self, self.effect_box, lambda: bool(self.effect_box.currentText().strip()))
        self._validate()
        self.effect_box.setFocus()

    def _validate(self, *_: Any) -> None:
        _ok(self.buttons).setEnabled(bool(self.effect_box.currentText().strip()))

    def fields(self) -> dict[str, Any]:
        return {"of": self.entry.id, "effect": self.effect_box.currentText().strip()}


class NoteDialog(QDialog):
    """An observation about a citizen: a fall, oxygen left, a key that did not work."""

    def __init__(self, citizen_id: str, citizen_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.citizen_id = citizen_id
        self.setWindowTitle(self.tr("Notat – %1").replace("%1", citizen_name))
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setAccessibleName(self.tr("Notat"))
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("Fx faldet i badeværelset; 1 iltflaske tilbage; nøglen virkede ikke")
        )
        self.buttons = _buttons(self, self.tr("Registrér"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(QLabel(self.tr("Ctrl+Enter registrerer.")))
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(
            lambda: _ok(self.buttons).setEnabled(bool(self.text.toPlainText().strip()))
        )
        _ok(self.buttons).setEnabled(False)
        self.text.setFocus()

    def keyPressEvent(self, event: Any) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if self.text.toPlainText().strip():
                self.accept()
            return
        super().keyPressEvent(event)

    def fields(self) -> dict[str, Any]:
        return {"citizen_id": self.citizen_id, "text": self.text.toPlainText().strip()}


class GivenDialog(QDialog):
    """A scheduled dose signed in the 72-hour grid: givet, ikke givet, afvist, ikke hjemme;
    a reason when it was not given."""

    OUTCOMES = ("givet", "ikke givet", "afvist", "ikke hjemme")

    def __init__(
        self,
        citizen_id: str,
        citizen_name: str,
        line: Any,
        cell: Any,
        outcome: str,
        now: dt.datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("givenDialog")
        self.citizen_id, self.line, self.cell, self.now = citizen_id, line, cell, now
        m = line.medication
        self.setWindowTitle(self.tr("Kvittér dosis – %1").replace("%1", citizen_name))
        when = (
            line.when
            if line.sort == 4
            else self.tr("kl. %1").replace("%1", f"{local(now):%H:%M}")
            if not cell.slot
            else slot_label(line.sort)
        )
        what = QLabel(
            self.tr("%1 – %2 %3 den %4")
            .replace("%1", " ".join(p for p in (m.drug, m.strength) if p))
            .replace("%2", line.dose)
            .replace("%3", when)
            .replace("%4", f"{cell.day:%d-%m-%Y}")
        )
        what.setWordWrap(True)
        self.outcome_box = QComboBox()
        self.outcome_box.setObjectName("givenOutcome")
        self.outcome_box.setAccessibleName(self.tr("Udfald"))
        for value in self.OUTCOMES:
            self.outcome_box.addItem(outcome_label(value), value)
        self.outcome_box.setCurrentIndex(
            max(0, self.OUTCOMES.index(outcome) if outcome in self.OUTCOMES else 0)
        )
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("givenReason")
        self.reason_edit.setAccessibleName(self.tr("Årsag"))
        self.reason_edit.setPlaceholderText(self.tr("fx sov, kvalme, ville ikke"))
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("givenNote")
        self.note_edit.setAccessibleName(self.tr("Bemærkning"))
        form = QFormLayout()
        form.addRow(self.tr("Udfald:"), self.outcome_box)
        form.addRow(self.tr("Årsag (når ikke givet):"), self.reason_edit)
        form.addRow(self.tr("Bemærkning:"), self.note_edit)
        self.buttons = _buttons(self, self.tr("Kvittér"))
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.outcome_box.currentIndexChanged.connect(self._validate)
        self.reason_edit.textChanged.connect(self._validate)
        self._validate()
        (self.reason_edit if self.outcome() != "givet" else self.outcome_box).setFocus()

    def outcome(self) -> str:
        return str(self.outcome_box.currentData())

    def _validate(self, *_: Any) -> None:
        needs = self.outcome() != "givet"
        self.reason_edit.setEnabled(needs)
        _ok(self.buttons).setEnabled(not needs or bool(self.reason_edit.text().strip()))

    def fields(self) -> dict[str, Any]:
        return given_fields(
            self.citizen_id,
            self.line,
            self.cell,
            self.outcome(),
            self.now,
            reason=self.reason_edit.text().strip() if self.outcome() != "givet" else "",
            note=self.note_edit.text().strip(),
        )


def given_fields(
    citizen_id: str, line: Any, cell: Any, outcome: str, now: dt.datetime, *, reason: str = "", note: str = ""
) -> dict[str, Any]:
    """The ``given`` entry of one grid cell; a row with no fixed time is signed at ``now``."""
    out: dict[str, Any] = {
        "citizen_id": citizen_id,
        "medication_id": line.medication.medication_id,
        "date": cell.day.isoformat(),
        "slot": cell.slot or f"{local(now):%H:%M}",
        "outcome": outcome,
    }
    if reason:
        out["reason"] = reason
    if note:
        out["note"] = note
    return out
