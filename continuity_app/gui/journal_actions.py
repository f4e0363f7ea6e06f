"""The main window's journal actions: initials, PN dose, effect check, note, visit outcome, drill.

Keyboard: Ctrl+I initials, Ctrl+D PN dose (the open citizen, or the visit selected
on the route), Ctrl+E the effect check now due, Ctrl+Shift+N a note on the citizen,
Ctrl+Shift+U / Ctrl+Shift+I / Ctrl+Shift+F the selected visit udført / ikke udført /
flyttet, Ctrl+Alt+Ø start or end a drill, Ctrl+Shift+V the shift handover (also in the print
button's menu). The card's 72-hour grid signs through ``sign_dose`` (G, I, A, H, Enter).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget

from continuity_app.domain.age import local
from continuity_app.errors import KnownError
from continuity_app.gui.dialogs.journal_entry import (
    EffectDialog,
    GivenDialog,
    InitialsDialog,
    NoteDialog,
    PnDialog,
    given_fields,
)
from continuity_app.gui.journaling import JournalController
from continuity_app.gui.models.base import OBJECT_ROLE
from continuity_app.gui.widgets.journalbar import JournalBar


def shiboken_alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return bool(isValid(widget))


class JournalActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window: Any = window
        self.context = window.context  # type: ignore[attr-defined]
        self.controller = JournalController(self.context, self)
        self.bar = JournalBar()
        self.dialog: QDialog | None = None  # the open journal dialog (one at a time)
        self.message: QMessageBox | None = None  # the last warning or question shown
        self.controller.changed.connect(self.refresh)
        self.context.session_opened.connect(self._opened)
        self.actions: list[QAction] = []
        self._action(self.tr("Skift initialer…"), "Ctrl+I", self.ask_initials)
        self._action(self.tr("PN-dosis…"), "Ctrl+D", self.record_pn)
        self._action(self.tr("Vurdér effekt…"), "Ctrl+E", self.record_effect)
        self._action(self.tr("Notat om borgeren…"), "Ctrl+Shift+N", self.record_note)
        self.visit_actions = [
            self._action(self.tr("Besøg udført"), "Ctrl+Shift+U", lambda: self.record_visit("udført")),
            self._action(
                self.tr("Besøg ikke udført…"), "Ctrl+Shift+I", lambda: self.record_visit("ikke udført")
            ),
            self._action(self.tr("Besøg flyttet…"), "Ctrl+Shift+F", lambda: self.record_visit("flyttet")),
        ]
        self.drill_action = self._action(self.tr("Start øvelse"), "Ctrl+Alt+Ø", self.toggle_drill)
        self.handover_action = self._action(self.tr("Vagtoverlevering…"), "Ctrl+Shift+V", self.print_handover)
        for view in getattr(window, "views", []):  # the card, routes, journal and crisis views
            if hasattr(view, "attach_journal"):
                view.attach_journal(self)
        self.refresh()

    def _action(self, text: str, keys: str, slot: Callable[[], Any]) -> QAction:
        act = QAction(text, self.window)
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(act)
        self.actions.append(act)
        return act

    # --- state --------------------------------------------------------------------------
    def refresh(self) -> None:
        c = self.controller
        on = c.available
        for act in self.actions:
            act.setEnabled(on)
        self.bar.setVisible(on)
        if not on:
            return
        for view in getattr(self.window, "views", []):
            if hasattr(view, "refresh_journal"):
                view.refresh_journal()
        drill = c.drill_active()
        self.drill_action.setText(self.tr("Afslut øvelse") if drill else self.tr("Start øvelse"))
        self.bar.show_state(initials=c.initials, drill=drill, due=c.due_effects())

    def _opened(self) -> None:
        if not self.controller.available:
            return
        if self.controller.drill_active():  # a drill times its first unlock
            from continuity_app.crisis.journal_io import note_drill_unlock

            session = self.context.session
            now, journal = self.context.now(), self.controller.journal
            self.context.tasks.db(
                lambda _ctx: note_drill_unlock(session, now, journal),
                lambda _r: self.controller.changed.emit(),
                on_error=lambda err, _tb: self._failed(err),
                cancellable=False,
            )
        if not self.controller.initials:
            self.ask_initials()

    def _show(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        if self.dialog is not None:
            self.dialog.done(0)
        self.dialog = dialog
        back = QApplication.focusWidget()
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.finished.connect(lambda _r: self._back_to(back))
        dialog.open()
        dialog.activateWindow()  # the keyboard goes to the dialog's first field at once

    def _back_to(self, widget: QWidget | None) -> None:
        """The keyboard goes back to the window (and the field it was in) once a dialog or
        message closes, so the next shortcut works at once."""
        box = self.message
        if self.dialog is not None or (box is not None and shiboken_alive(box) and box.isVisible()):
            return
        self.window.activateWindow()
        if widget is not None and shiboken_alive(widget) and widget.window() is self.window:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, err: BaseException) -> None:
        """Not written: the sentence in the person's language, the core's detail behind it."""
        from continuity_app.gui.errors import describe, details

        text = describe(err) if isinstance(err, KnownError) else self.tr("Registreringen mislykkedes.")
        self._message(QMessageBox.Icon.Warning, self.tr("Ikke registreret"), text)
        if self.message is not None:
            self.message.setDetailedText(details(err))

    def _message(
        self,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        on_yes: Callable[[], None] | None = None,
        yes_text: str = "",
    ) -> None:
        """A window-modal message that never blocks the event loop (work goes on behind it).
        With ``on_yes`` it asks: its own two buttons, the safe one (Fortryd) the default."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("journalMessage")
        if on_yes is not None:
            yes = box.addButton(yes_text or self.tr("Registrér alligevel"), QMessageBox.ButtonRole.AcceptRole)
            yes.setObjectName("confirmYes")
            no = box.addButton(self.tr("Fortryd"), QMessageBox.ButtonRole.RejectRole)
            no.setObjectName("confirmNo")
            box.setDefaultButton(no)
            box.setEscapeButton(no)
            yes.clicked.connect(on_yes)
        else:
            ok = box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(ok)
            box.setEscapeButton(ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        back = QApplication.focusWidget()
        box.finished.connect(lambda _r: QTimer.singleShot(0, lambda: self._back_to(back)))
        self.message = box
        box.open()
        box.activateWindow()

    def _needs_initials(self) -> bool:
        if self.controller.initials:
            return False
        self.ask_initials()
        return True

    # --- who ----------------------------------------------------------------------------
    def ask_initials(self) -> None:
        dialog = InitialsDialog(self.controller.initials, self.window)

        def accept() -> None:
            try:
                self.controller.set_initials(dialog.initials())
            except KnownError as err:
                self._failed(err)

        self._show(dialog, accept)

    # --- the citizen in front of the worker ---------------------------------------------
    def current_citizen(self) -> tuple[str, str] | None:
        """(id, name) of the citizen open on the card, or of the visit selected on the route."""
        view = self.window.view_stack.currentWidget()
        record = getattr(view, "record", None)
        if record is not None and getattr(record, "citizen", None) is not None:
            return record.citizen.citizen_id, record.citizen.full_name
        row = self.selected_visit()
        if row is not None:
            return row.citizen.citizen_id, row.citizen.full_name
        return None

    def selected_visit(self) -> Any:
        view = self.window.view_stack.currentWidget()
        table = getattr(view, "table", None)
        if table is None or not hasattr(view, "route_box"):
            return None
        index = table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def _no_citizen(self) -> None:
        self.window.statusBar().showMessage(
            self.tr("Åbn en borger (Ctrl+1) eller vælg et besøg på kørelisten først."), 8000
        )

    # --- PN and effect ------------------------------------------------------------------
    def record_pn(self) -> None:
        who = self.current_citizen()
        if who is None:
            self._no_citizen()
            return
        if self._needs_initials():
            return
        citizen_id, name = who
        today = self.context.today()

        def medications(store: Any) -> list[Any]:
            return [m for m in store.medications(citizen_id, today=today) if m.as_needed]

        self.context.query(medications, lambda meds: self._open_pn(citizen_id, name, meds))

    def _open_pn(self, citizen_id: str, name: str, meds: list[Any]) -> None:
        earlier = [e for e in self.controller.entries() if e.kind == "pn"]
        dialog = PnDialog(citizen_id, name, meds, earlier, self.context.now(), self.window)
        self._show(dialog, lambda: self._write_pn(dialog.fields(), dialog.given_at()))

    def _write_pn(self, fields: dict[str, Any], at: Any, confirm: bool = False) -> None:
        from continuity_app.journal import NeedsConfirmation

        def failed(err: BaseException) -> None:
            if isinstance(err, NeedsConfirmation):
                self._message(
                    QMessageBox.Icon.Warning,
                    self.tr("Over maksimum"),
                    self.confirm_text(err),
                    on_yes=lambda: self._write_pn(fields, at, confirm=True),
                )
                return
            self._failed(err)

        self.controller.add(
            "pn", fields, at=at, confirm_duplicate=confirm, on_error=failed, on_done=self._written
        )

    def earlier_text(self, entries: list[Any]) -> str:
        """One line per earlier entry: when, by whom, on which laptop."""
        own = getattr(self.controller.journal, "device_id", "")
        lines = []
        for e in entries:
            where = self.tr("denne computer") if e.device == own else e.device
            lines.append(
                self.tr("• %1 kl. %2 af %3 (%4)")
                .replace("%1", f"{local(e.at):%d-%m-%Y}")
                .replace("%2", f"{local(e.at):%H:%M}")
                .replace("%3", e.initials)
                .replace("%4", where)
            )
        return "\n".join(lines)

    def confirm_text(self, err: Any) -> str:
        """What the person is asked when an entry repeats or passes what is recorded."""
        earlier = self.earlier_text(err.earlier)
        if err.reason == "pn_over_max":
            head = (
                self.tr("Med denne dosis er der givet %1 på 24 timer. Højst pr. døgn er %2.")
                .replace("%1", f"{err.total:g}")
                .replace("%2", err.maximum_text or f"{err.maximum:g}")
            )
            before = (
                (self.tr("Givet før:") + "\n" + earlier)
                if earlier
                else self.tr("Dosen er alene over maksimum.")
            )
            ask = self.tr(
                "Tjek ordinationen, og kontakt evt. lægen. Registrér kun, hvis dosen faktisk er givet."
            )
            return "\n\n".join((head, before, ask))
        head = self.tr("Denne dosis er allerede registreret:")
        ask = self.tr(
            "Spørg kollegaen, før der gives igen. Registrér kun, hvis det er en ny, rigtig registrering."
        )
        return "\n\n".join((head + "\n" + earlier, ask))

    def notice_text(self, code: str, entry: Any) -> str:
        """A warning the journal gave with a written entry, in a sentence for the person."""
        if code == "future_time":
            return self.tr("tidspunktet %1 ligger mere end 10 minutter frem – tjek uret").replace(
                "%1", f"{local(entry.at):%H:%M}"
            )
        if code == "before_published":
            return self.tr("tidspunktet %1 er før data blev udgivet – tjek tidspunktet").replace(
                "%1", f"{local(entry.at):%H:%M}"
            )
        if code == "duplicate":
            return self.tr("registreret igen, selv om dosen allerede var registreret")
        if code == "pn_over_max":
            return self.tr("over maksimum pr. døgn – giv besked videre ved vagtskiftet")
        return ""

    def _written(self, result: Any) -> None:
        shown = [t for t in (self.notice_text(c, result.entry) for c in result.codes) if t]
        message = (
            self.tr("Registreret kl. %1 af %2")
            .replace("%1", f"{local(result.entry.at):%H:%M}")
            .replace("%2", result.entry.initials)
        )
        self.window.statusBar().showMessage(message + (" – " + "; ".join(shown) if shown else ""), 10000)

    def record_effect(self) -> None:
        who = self.current_citizen()
        due = self.controller.due_effects(who[0] if who else None) or self.controller.due_effects()
        if not due:
            self.window.statusBar().showMessage(self.tr("Ingen effekt skal vurderes nu."), 6000)
            return
        if self._needs_initials():
            return
        dialog = EffectDialog(due[0], self.window)
        self._show(
            dialog,
            lambda: self.controller.add(
                "effect", dialog.fields(), on_done=self._written, on_error=self._failed
            ),
        )

    def record_note(self) -> None:
        who = self.current_citizen()
        if who is None:
            self._no_citizen()
            return
        if self._needs_initials():
            return
        dialog = NoteDialog(*who, self.window)
        self._show(
            dialog,
            lambda: self.controller.add(
                "note", dialog.fields(), on_done=self._written, on_error=self._failed
            ),
        )

    # --- the 72-hour grid on the card ----------------------------------------------------
    def sign_dose(self, card: Any, line: Any, cell: Any, outcome: str) -> None:
        """Sign one cell of the card's grid: "givet" at once, otherwise ask the reason; a
        cell already signed (here or in an imported journal) first says by whom and when."""
        if card.record is None or self._needs_initials():
            return
        citizen = card.record.citizen
        now = self.context.now()

        def write(fields: dict[str, Any], confirm: bool) -> None:
            self._write_given(fields, confirm)

        def go(confirm: bool) -> None:
            if outcome == "givet":
                write(given_fields(citizen.citizen_id, line, cell, outcome, now), confirm)
                return
            dialog = GivenDialog(citizen.citizen_id, citizen.full_name, line, cell, outcome, now, self.window)
            self._show(dialog, lambda: write(dialog.fields(), confirm))

        if cell.signed:
            self._message(
                QMessageBox.Icon.Warning,
                self.tr("Allerede kvitteret"),
                self.already_text(cell.signed),
                on_yes=lambda: go(True),
                yes_text=self.tr("Kvittér igen"),
            )
            return
        go(False)

    def _write_given(self, fields: dict[str, Any], confirm: bool) -> None:
        from continuity_app.journal import NeedsConfirmation

        def failed(err: BaseException) -> None:
            if isinstance(err, NeedsConfirmation):  # signed meanwhile, or an imported journal
                self._message(
                    QMessageBox.Icon.Warning,
                    self.tr("Allerede kvitteret"),
                    self.already_text(err.earlier),
                    on_yes=lambda: self._write_given(fields, True),
                    yes_text=self.tr("Kvittér igen"),
                )
                return
            self._failed(err)

        self.controller.add(
            "given", fields, confirm_duplicate=confirm, on_error=failed, on_done=self._written
        )

    def already_text(self, earlier: list[Any]) -> str:
        lines = []
        own = getattr(self.controller.journal, "device_id", "")
        for e in earlier:
            where = self.tr("denne computer") if e.device == own else e.device
            outcome = str(e.fields.get("outcome", ""))
            reason = str(e.fields.get("reason", ""))
            lines.append(
                self.tr("• %1 kl. %2 af %3 (%4): %5")
                .replace("%1", f"{local(e.at):%d-%m-%Y}")
                .replace("%2", f"{local(e.at):%H:%M}")
                .replace("%3", e.initials)
                .replace("%4", where)
                .replace("%5", outcome + (f" – {reason}" if reason else ""))
            )
        return "\n\n".join(
            (
                self.tr("Denne dosis er allerede kvitteret:") + "\n" + "\n".join(lines),
                self.tr(
                    "Giv ikke igen uden at tale med den, der kvitterede. Kvittér "
                    "kun igen, hvis det er en ny, rigtig registrering."
                ),
            )
        )

    # --- route progress -----------------------------------------------------------------
    def record_visit(self, outcome: str) -> None:
        row = self.selected_visit()
        if row is None:
            self.window.statusBar().showMessage(self.tr("Vælg et besøg på kørelisten (Ctrl+3)."), 6000)
            return
        if self._needs_initials():
            return
        fields = {"visit_id": row.visit.visit_id, "outcome": outcome}
        if outcome == "udført":
            self.controller.add("visit", fields, on_done=self._written, on_error=self._failed)
            return
        dialog = NoteDialog(row.citizen.citizen_id, row.citizen.full_name, self.window)
        dialog.setWindowTitle(self.tr("Besøg %1 – hvorfor?").replace("%1", outcome))

        def accept() -> None:
            self.controller.add(
                "visit",
                fields | {"note": dialog.fields()["text"]},
                on_done=self._written,
                on_error=self._failed,
            )

        self._show(dialog, accept)

    # --- paper -------------------------------------------------------------------------
    def handover_request(self) -> Any:
        """The day's handover for the unit picked (or the laptop's own), with the journal."""
        from continuity_app.gui.views.common import PrintRequest

        unit = self.context.unit_id
        title = self.tr("Vagtoverlevering")
        if unit is not None and self.context.multi_unit:
            title = self.tr("Vagtoverlevering for %1").replace("%1", self.context.unit_name(unit))
        # the print controller hands the pack the journal's entries (the catalog says it shows them)
        return PrintRequest("handover", title, unit_id=unit, date=self.context.today())

    def print_handover(self) -> None:
        self.window.start_print(self.handover_request())

    # --- drills -------------------------------------------------------------------------
    def toggle_drill(self) -> None:
        if self._needs_initials():
            return
        from continuity_app.crisis.drill import start_text

        if self.controller.drill_active():
            self.controller.add("drill", {"step": "end"}, on_done=self._drill_ended, on_error=self._failed)
            return
        from continuity_app.gui import fmt

        created = fmt.parse_iso(self.context.meta.get("created_at"))
        self.controller.add(
            "drill",
            {"step": "start", "text": start_text(created)},
            on_done=self._written,
            on_error=self._failed,
        )

    def _drill_ended(self, result: Any) -> None:
        """The after-action report is made at once: the preview opens to print or save it."""
        from continuity_app.gui.views.common import PrintRequest

        self._written(result)
        self.window.start_print(PrintRequest("drill", self.tr("Øvelsesrapport")))

    def note_print(self, pack: str) -> None:
        """While a drill runs, time this print (the first print, all route sheets printed)."""
        if not self.controller.drill_active():
            return
        from continuity_app.crisis.drill import print_text
        from continuity_app.crisis.journal_io import note_drill_step

        session, journal, now = self.context.session, self.controller.journal, self.context.now()
        self.context.tasks.db(
            lambda _ctx: note_drill_step(session, print_text(pack), now=now, journal=journal),
            lambda _r: self.controller.changed.emit(),
            on_error=lambda err, _tb: self._failed(err),
            cancellable=False,
        )
