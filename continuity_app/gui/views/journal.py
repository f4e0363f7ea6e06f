"""Journal: what was recorded under the outage, newest first, and the hand-back by USB.

Filters by citizen (name or id, as you type), kind, staff (initials) and drill/real.
A corrected entry says so beside it (and why); a correction names what it corrects.
"Importér…" takes in a colleague's hand-back file, "Eksportér…" writes this laptop's
for IT; both run on the database thread with progress, the window keeps working.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from continuity_app.domain.age import local
from continuity_app.gui.context import AppContext
from continuity_app.gui.models.base import OBJECT_ROLE, RowModel
from continuity_app.gui.views.common import PrintRequest, WhenShown, heading, make_table

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
ALL = ""
KINDS = ("pn", "effect", "given", "visit", "note", "call", "vehicle", "drill", "correction")


def kind_label(kind: str) -> str:
    return {
        "pn": translate("JournalKinds", "PN-dosis"),
        "effect": translate("JournalKinds", "Effekt"),
        "given": translate("JournalKinds", "Fast dosis"),
        "visit": translate("JournalKinds", "Besøg"),
        "note": translate("JournalKinds", "Notat"),
        "call": translate("JournalKinds", "Opkald"),
        "vehicle": translate("JournalKinds", "Køretøj"),
        "drill": translate("JournalKinds", "Øvelse"),
        "correction": translate("JournalKinds", "Rettelse"),
    }.get(kind, kind)


def summary(entry: Any) -> str:
    """What the entry says, in one line (the stored fields, in the words of the form)."""
    f = entry.fields
    k = entry.kind
    drug = " ".join(str(p) for p in (f.get("drug"), f.get("strength")) if p)
    if k == "pn":
        return f"{drug} {f.get('dose', '')} – {f.get('reason', '')}".strip()
    if k == "effect":
        return f"{f.get('effect', '')}"
    if k == "given":
        why = f" – {f['reason']}" if f.get("reason") else ""
        day = str(f.get("date", ""))
        day = f"{day[8:10]}-{day[5:7]}-{day[:4]}" if len(day) == 10 else day
        return f"{drug} {day} {f.get('slot', '')}: {f.get('outcome', '')}{why}"
    if k == "visit":
        note = f" – {f['note']}" if f.get("note") else ""
        return f"{f.get('visit_id', '')}: {f.get('outcome', '')}{note}"
    if k == "note":
        return str(f.get("text", ""))
    if k == "call":
        return (
            f"{f.get('tree_id', '')} / {f.get('node_id', '')}: {f.get('channel', '')}, {f.get('result', '')}"
        )
    if k == "vehicle":
        return f"{f.get('vehicle_id', '')}: {f.get('task', '')} ({f.get('driver', '')})"
    if k == "drill":
        return " ".join(str(p) for p in (f.get("step"), f.get("text")) if p)
    if k == "correction":
        return str(f.get("reason", ""))
    return ""


class JournalModel(RowModel):
    """Rows are (entry, correction or None, corrected entry or None)."""

    class Column(IntEnum):
        AT = 0
        KIND = 1
        CITIZEN = 2
        WHAT = 3
        INITIALS = 4
        DEVICE = 5
        DRILL = 6
        CORRECTION = 7

    COLUMNS = Column

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {
            c.AT: self.tr("Tid"),
            c.KIND: self.tr("Type"),
            c.CITIZEN: self.tr("Borger"),
            c.WHAT: self.tr("Registrering"),
            c.INITIALS: self.tr("Initialer"),
            c.DEVICE: self.tr("Computer"),
            c.DRILL: self.tr("Øvelse"),
            c.CORRECTION: self.tr("Rettelse"),
        }

    def display(self, row: Any, column: int) -> str:
        entry, fixed_by, fixes = row
        c = self.Column
        if column == c.AT:
            return f"{local(entry.at):%d-%m-%Y %H:%M}"
        if column == c.KIND:
            return kind_label(entry.kind)
        if column == c.CITIZEN:
            return str(entry.fields.get("citizen_name") or entry.citizen_id or "")
        if column == c.WHAT:
            return summary(entry)
        if column == c.INITIALS:
            return str(entry.initials)
        if column == c.DEVICE:
            return str(entry.device)
        if column == c.DRILL:
            return self.tr("ØVELSE") if entry.drill else ""
        if column == c.CORRECTION:
            if fixed_by is not None:
                return (
                    self.tr("Rettet %1 af %2: %3")
                    .replace("%1", f"{local(fixed_by.at):%d-%m %H:%M}")
                    .replace("%2", fixed_by.initials)
                    .replace("%3", str(fixed_by.fields.get("reason", "")))
                )
            if fixes is not None:
                return (
                    self.tr("Retter %1 kl. %2: %3")
                    .replace("%1", kind_label(fixes.kind).lower())
                    .replace("%2", f"{local(fixes.at):%d-%m %H:%M}")
                    .replace("%3", summary(fixes))
                )
        return ""

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.Column.AT:
            return (row[0].at, row[0].device, row[0].n)
        return super().sort_key(row, column)

    def warn(self, row: Any, column: int) -> bool:
        return column == self.Column.CORRECTION and row[1] is not None

    def bold(self, row: Any, column: int) -> bool:
        return column == self.Column.DRILL and bool(row[0].drill)


class JournalFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.citizen, self.kind, self.staff, self.drill = "", ALL, ALL, ALL

    def set(self, **values: str) -> None:
        self.beginFilterChange()
        for key, value in values.items():
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, parent: Any) -> bool:
        model = self.sourceModel()
        entry = model.index(source_row, 0, parent).data(OBJECT_ROLE)[0]
        if self.kind and entry.kind != self.kind:
            return False
        if self.staff and entry.initials != self.staff:
            return False
        if (self.drill == "real" and entry.drill) or (self.drill == "drill" and not entry.drill):
            return False
        if self.citizen:
            text = f"{entry.fields.get('citizen_name', '')} {entry.citizen_id}".casefold()
            if self.citizen.casefold() not in text:
                return False
        return True


class JournalView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.journal: Any = None  # the window's journal actions, once attached
        # the rows are made while the view is on screen, else when it is next shown (an
        # entry written elsewhere costs the PN dose nothing here); at first, when shown
        self.deferred = WhenShown(self, self._fill)
        self.deferred.stale = True
        self.file_name = ""  # the hand-back file being read or written
        self.model = JournalModel(self)
        self.proxy = JournalFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(
            self.proxy, self.tr("Journal"), sortable=False, stretch=JournalModel.Column.WHAT
        )
        self.table.setObjectName("journalTable")
        self.citizen_edit = QLineEdit()
        self.citizen_edit.setObjectName("journalCitizen")
        self.citizen_edit.setAccessibleName(self.tr("Borger"))
        self.citizen_edit.setPlaceholderText(self.tr("Borger: navn eller id"))
        self.citizen_edit.setMinimumWidth(
            self.citizen_edit.fontMetrics().horizontalAdvance(self.citizen_edit.placeholderText()) + 12
        )
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("journalKind")
        self.kind_box.setAccessibleName(self.tr("Type"))
        self.kind_box.addItem(self.tr("Alle typer"), ALL)
        for kind in KINDS:
            self.kind_box.addItem(kind_label(kind), kind)
        self.staff_box = QComboBox()
        self.staff_box.setObjectName("journalStaff")
        self.staff_box.setAccessibleName(self.tr("Medarbejder"))
        self.drill_box = QComboBox()
        self.drill_box.setObjectName("journalDrill")
        self.drill_box.setAccessibleName(self.tr("Øvelse eller rigtig"))
        self.drill_box.addItem(self.tr("Rigtige og øvelse"), ALL)
        self.drill_box.addItem(self.tr("Kun rigtige"), "real")
        self.drill_box.addItem(self.tr("Kun øvelse"), "drill")
        self.import_button = QPushButton(self.tr("Importér fra kollega (USB)…"))
        self.import_button.setObjectName("journalImport")
        self.export_button = QPushButton(self.tr("Eksportér til aflevering…"))
        self.export_button.setObjectName("journalExport")
        self.progress = QProgressBar()
        self.progress.setObjectName("journalProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("journalStatus")
        self.status.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("journalCount")
        bar = QHBoxLayout()  # two short rows: the view fits beside the navigation at 760 px
        second = QHBoxLayout()
        for row, label, widget in (
            (bar, self.tr("Borger:"), self.citizen_edit),
            (bar, self.tr("Type:"), self.kind_box),
            (second, self.tr("Initialer:"), self.staff_box),
            (second, "", self.drill_box),
        ):
            if label:
                text = QLabel(label)
                text.setBuddy(widget)
                row.addWidget(text)
            row.addWidget(widget)
        bar.addStretch(1)
        second.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.progress, 1)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Journal under nedbrud")))
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self.citizen_edit.textChanged.connect(lambda t: self._filter(citizen=t.strip()))
        self.kind_box.currentIndexChanged.connect(lambda _i: self._filter(kind=self.kind_box.currentData()))
        self.staff_box.currentIndexChanged.connect(
            lambda _i: self._filter(staff=self.staff_box.currentData() or ALL)
        )
        self.drill_box.currentIndexChanged.connect(
            lambda _i: self._filter(drill=self.drill_box.currentData())
        )
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        self._staff_items([])

    # --- the View protocol --------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Journal")

    def focus_target(self) -> QWidget:
        return self.citizen_edit

    def load(self) -> None:
        self.refresh_journal()

    def clear(self) -> None:
        self.deferred.stale = True
        self.model.clear()
        self.status.clear()
        self._count()

    def print_request(self) -> PrintRequest | None:
        """Ctrl+P here prints the shift handover with the journal's entries."""
        return self.journal.handover_request() if self.journal is not None else None

    # --- rows ---------------------------------------------------------------------------
    def attach_journal(self, actions: Any) -> None:
        self.journal = actions

    def refresh_journal(self) -> None:
        """Rows from the journal now when on screen, else when next shown."""
        self.deferred.changed()

    def _fill(self) -> None:
        entries = self.journal.controller.entries() if self.journal is not None else []
        by_id = {e.id: e for e in entries}
        fixed_by = {str(e.fields.get("of")): e for e in entries if e.kind == "correction"}
        rows = [
            (e, fixed_by.get(e.id), by_id.get(str(e.fields.get("of"))) if e.kind == "correction" else None)
            for e in reversed(entries)
        ]  # newest first
        self.model.set_rows(rows)
        self._staff_items(sorted({e.initials for e in entries}))
        self._count()

    def _staff_items(self, initials: list[str]) -> None:
        current = self.staff_box.currentData()
        self.staff_box.blockSignals(True)
        self.staff_box.clear()
        self.staff_box.addItem(self.tr("Alle"), ALL)
        for who in initials:
            self.staff_box.addItem(who, who)
        found = self.staff_box.findData(current)
        self.staff_box.setCurrentIndex(max(found, 0))
        self.staff_box.blockSignals(False)

    def _filter(self, **values: str) -> None:
        self.proxy.set(**values)
        self._count()

    def _count(self) -> None:
        self.count.setText(
            self.tr("%1 af %2 registreringer")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.total()))
        )

    def shown(self) -> list[Any]:
        """The entries the table shows, top to bottom (for tests and the screen reader)."""
        return [self.proxy.index(r, 0).data(OBJECT_ROLE)[0] for r in range(self.proxy.rowCount())]

    # --- hand-back ------------------------------------------------------------------------
    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importér kollegas journal"), "", self.tr("Journalfil (*.nkj);;Alle filer (*)")
        )
        if name:
            self.import_file(Path(name))

    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Eksportér journal til aflevering"), "journal.nkj", self.tr("Journalfil (*.nkj)")
        )
        if name:
            self.export_to(Path(name))

    def _busy(self, text: str, path: Path) -> None:
        self.file_name = path.name
        self.import_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(text)

    def _done(self, text: str) -> None:
        self.import_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.progress.hide()
        self.status.setText(text)

    def _failed(self, err: BaseException, _tb: str = "") -> None:
        """In the person's language, naming the file; the core's detail as the tooltip."""
        from continuity_app.gui.errors import describe, details

        self._done(
            self.tr("Ikke gennemført (%1): %2").replace("%1", self.file_name).replace("%2", describe(err))
        )
        self.status.setToolTip(details(err))

    def _progress(self, _stage: str, fraction: float) -> None:
        self.progress.setValue(int(fraction * 100))

    def import_file(self, path: Path) -> None:
        journal = self.journal.controller.journal if self.journal is not None else None
        if journal is None:
            return

        def job(ctx: Any) -> Any:
            from continuity_app.journal.exchange import import_handback

            ctx.progress(0.1)
            return import_handback(journal, path)  # audited there

        def done(result: Any) -> None:
            computers = ", ".join(result.devices)
            if result.new_entries == 0:
                text = self.tr("Ingen nye registreringer i filen: alt i den er her allerede.")
            elif result.new_entries == 1:
                text = self.tr("1 ny registrering fra %1.").replace("%1", computers)
            else:
                text = (
                    self.tr("%1 nye registreringer fra %2.")
                    .replace("%1", str(result.new_entries))
                    .replace("%2", computers)
                )
            self._done(text)
            self.journal.controller.changed.emit()

        self._busy(self.tr("Importerer %1 …").replace("%1", path.name), path)
        self.context.tasks.db(job, done, on_error=self._failed, on_progress=self._progress, cancellable=False)

    def export_to(self, path: Path) -> None:
        journal = self.journal.controller.journal if self.journal is not None else None
        if journal is None:
            return
        now = self.context.now()

        def job(ctx: Any) -> Any:
            from continuity_app.journal.exchange import export_handback

            ctx.progress(0.1)
            return export_handback(journal, path, now=now)  # audited there

        def done(result: Any) -> None:
            self._done(
                self.tr(
                    "Journalen er gemt til aflevering: %1 (%2 registreringer, %3 "
                    "kollegers journaler med). Filen er krypteret til IT."
                )
                .replace("%1", str(result.out))
                .replace("%2", str(result.manifest["entries"]))
                .replace("%3", str(result.carried))
            )

        self._busy(self.tr("Eksporterer …"), path)
        self.context.tasks.db(job, done, on_error=self._failed, on_progress=self._progress, cancellable=False)
