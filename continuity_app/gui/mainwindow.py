"""The main window: unlock page or workspace (banner, navigation, one view at a time).

Keyboard: Ctrl+F search, Ctrl+1…9 the views (in ``ViewId`` order), Ctrl+P print this
view, Ctrl+Shift+P the emergency pack (Nødpakke), Ctrl+U the unit picker (krisestab,
alle), Ctrl+L lock, F5 sync now, Ctrl++ / Ctrl+- / Ctrl+0 text size.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from continuity_app.errors import ExitCode, KnownError
from continuity_app.gui.context import AppContext
from continuity_app.gui.focus import FOCUS_STYLE
from continuity_app.gui.icon import app_icon
from continuity_app.gui.idle import IdleWatcher
from continuity_app.gui.language import language_menu
from continuity_app.gui.printing import PrintController
from continuity_app.gui.screenlock import ScreenLockWatcher
from continuity_app.gui.session import Backend, SessionLike, SyncStatus
from continuity_app.gui.syncing import SyncController
from continuity_app.gui.tasks import TaskManager
from continuity_app.gui.textsize import TextSize
from continuity_app.gui.views.common import PrintRequest
from continuity_app.gui.views.registry import ViewId, view_types
from continuity_app.gui.widgets.banner import Banner
from continuity_app.gui.widgets.unitpicker import UnitPicker
from continuity_app.gui.widgets.unlock import UnlockPage

log = logging.getLogger(__name__)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class MainWindow(QMainWindow):
    # the view ids under their old names (scripts and tests say window.CITIZENS)
    CITIZENS, CITIZEN, ROUTES = ViewId.CITIZENS, ViewId.CITIZEN, ViewId.ROUTES
    VULNERABLE, VEHICLES, CONTACTS = ViewId.VULNERABLE, ViewId.VEHICLES, ViewId.CONTACTS
    UNITS, SYNC = ViewId.UNITS, ViewId.SYNC
    JOURNAL = ViewId.JOURNAL

    def __init__(
        self,
        backend: Backend,
        *,
        settings: QSettings | None = None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], dt.datetime] = _utcnow,
        scheduled_sync: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.backend = backend
        self.settings = settings
        self.config = backend.settings()
        self.tasks = TaskManager(self)
        self.context = AppContext(self.tasks, now=now, parent=self)
        self.setWindowTitle(self.tr("Nødkopi"))
        self.setWindowIcon(app_icon())
        self.setStyleSheet(FOCUS_STYLE)
        self.unlock_page = UnlockPage(clock=clock)
        self.unlock_page.submitted.connect(self.unlock)
        self.banner = Banner()
        factories = view_types()
        self.view_ids = sorted(factories)
        self.views: list[Any] = [factories[view_id](self.context) for view_id in self.view_ids]
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Visninger"))
        self.view_stack = QStackedWidget()
        for number, view in enumerate(self.views, start=1):
            item = QListWidgetItem(view.title())
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", view.title()).replace("%2", str(number)))
            self.nav.addItem(item)
            self.view_stack.addWidget(view)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 0.35em 0.6em; }")
        self._fit_nav()
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.view_stack, 1)
        workspace = QWidget()
        layout = QVBoxLayout(workspace)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        from continuity_app.gui.journal_actions import JournalActions

        # who is working, PN, notes, visits, drills; it attaches every view that writes the journal
        self.journaling = JournalActions(self)
        layout.addWidget(self.journaling.bar)
        layout.addLayout(body, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.unlock_page)
        self.pages.addWidget(workspace)
        self.setCentralWidget(self.pages)
        self.printing = PrintController(self.context, self)
        self.printing.lock_requested.connect(lambda: self.lock("manual"))
        self.printing.pack_printed.connect(self.journaling.note_print)
        self.sync = SyncController(backend, self.context, self.views[ViewId.SYNC], self)
        self.sync.status_changed.connect(self._sync_status)
        self.sync.online_changed.connect(self.banner.show_online)
        self.sync.session_reloaded.connect(self._session_reloaded)
        self.idle = IdleWatcher(60.0 * float(self.config["idle_lock_minutes"]), clock=clock, parent=self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.screen_locked.connect(self._screen_locked)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.context.open_citizen.connect(self.open_citizen)
        self._make_actions()
        self.setTabOrder(self.nav, self.view_stack)
        self._show_locked()
        self.sync.start(scheduled=scheduled_sync)
        self._restore()

    # --- actions ------------------------------------------------------------------------
    def _make_actions(self) -> None:
        toolbar = QToolBar(self.tr("Handlinger"))
        toolbar.setObjectName("actions")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        def action(
            text: str, shortcut: str | QKeySequence, slot: Callable[[], Any], *, show: bool = False
        ) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(lambda _checked=False: slot())  # never pass `checked` on
            self.addAction(act)
            if show:
                toolbar.addAction(act)
                keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                act.setToolTip(f"{text.replace('&', '')} ({keys})")
            return act

        action(self.tr("Søg"), "Ctrl+F", self.focus_search)
        for n, view in enumerate(self.views[:9], start=1):
            action(view.title(), f"Ctrl+{n}", partial(self.show_view, n - 1))
        self.print_action = action(self.tr("Udskriv…"), "Ctrl+P", self.print_current, show=True)
        self.emergency_action = action(self.tr("Nødpakke…"), "Ctrl+Shift+P", self.print_emergency, show=True)
        self.print_menu = QMenu(self.tr("Udskriv"), self)  # the print button's drop-down
        self.print_menu.setObjectName("printMenu")
        self.print_menu.addActions(
            [self.print_action, self.emergency_action, self.journaling.handover_action]
        )
        print_button = toolbar.widgetForAction(self.print_action)
        if isinstance(print_button, QToolButton):
            print_button.setMenu(self.print_menu)
            print_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        action(self.tr("Synkronisér nu"), "F5", self.sync.sync_now, show=True)
        self.lock_action = action(self.tr("Lås"), "Ctrl+L", lambda: self.lock("manual"), show=True)
        action(self.tr("Afslut"), "Ctrl+Q", self.close)
        self.about_action = action(self.tr("Om Nødkopi…"), "F1", self.show_about)
        self.text_size = TextSize(self.settings, self)
        self.text_size.changed.connect(lambda _scale: QTimer.singleShot(0, self._fit_nav))
        QTimer.singleShot(0, self._fit_nav)  # at the text size remembered from the last time
        self.bigger_action = action(
            self.tr("Større tekst"), QKeySequence(QKeySequence.StandardKey.ZoomIn), self.text_size.bigger
        )
        self.bigger_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        action(
            self.tr("Mindre tekst"), QKeySequence(QKeySequence.StandardKey.ZoomOut), self.text_size.smaller
        )
        self.normal_text_action = action(self.tr("Normal tekststørrelse"), "Ctrl+0", self.text_size.reset)
        home = getattr(self.backend, "home", None)
        self.language_menu = language_menu(self, home, str(self.config["language"]))
        language_button = QToolButton()
        language_button.setObjectName("languageButton")
        language_button.setText(self.tr("Sprog"))
        language_button.setAccessibleName(self.tr("Sprog"))
        language_button.setMenu(self.language_menu)
        language_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.unit_picker = UnitPicker(self.context, self.settings)
        self.unit_picker_action = toolbar.addWidget(self.unit_picker)
        self.unit_picker_action.setVisible(False)
        self.context.unit_changed.connect(self._unit_changed)
        action(self.tr("Vælg enhed"), "Ctrl+U", self.focus_unit_picker)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(language_button)
        toolbar.addAction(self.about_action)

    def show_about(self) -> None:
        from continuity_app.gui.dialogs.about import AboutDialog

        self.about = AboutDialog(self.actions(), self)
        self.about.open()

    # --- unlock and lock ----------------------------------------------------------------
    def unlock(self, passphrase: str) -> None:
        def job(ctx: Any) -> tuple[SessionLike, dict[str, str]]:
            session = self.backend.unlock(passphrase, ctx.report)
            return session, session.store.meta

        self.tasks.db(
            job,
            lambda result: self.open_session(*result),
            on_error=self._unlock_failed,
            on_progress=self.unlock_page.set_progress,
        )

    def _unlock_failed(self, err: BaseException, tb: str) -> None:
        from continuity_app.gui.errors import describe

        wait = 0.0
        if isinstance(err, KnownError) and err.exit_code in (
            ExitCode.WRONG_PASSPHRASE,
            ExitCode.WAIT_BEFORE_RETRY,
        ):
            wait = float(getattr(err, "seconds", 0))
        self.unlock_page.failed(describe(err), wait)

    def open_session(self, session: SessionLike, meta: dict[str, str] | None = None) -> None:
        """Show the data of an unlocked session (also used by ``app.run(session=…)``)."""
        self.context.set_session(session, session.store.meta if meta is None else meta)
        self.unlock_page.reset()
        self.pages.setCurrentIndex(1)
        for act in (self.print_action, self.emergency_action, self.lock_action):
            act.setEnabled(True)
        self.unit_picker_action.setVisible(self.context.multi_unit)
        self.context.query(lambda store: store.units(), self._units_loaded)
        self.refresh_banner()
        self.idle.arm()
        current = self.nav.currentRow()
        self.show_view(current if current >= 0 else ViewId.CITIZENS)

    def _units_loaded(self, units: list[Any]) -> None:
        """Every unit's name is known before the views load (route and list names carry it)."""
        self.context.unit_names = {u.unit_id: u.name for u in units}
        if self.context.multi_unit:
            self.unit_picker.set_units(units)
        for view in self.views:
            view.load()

    def _session_reloaded(self, changed: bool) -> None:
        if changed:
            self.context.query(lambda store: store.units(), self._units_loaded)
        self.refresh_banner()

    def _unit_changed(self) -> None:
        for view in self.views:
            follow = getattr(view, "unit_changed", None)
            if follow is not None:
                follow()

    def _fit_nav(self) -> None:
        """The navigation as wide as its longest name at the text size in use."""
        self.nav.setFixedWidth(
            self.nav.sizeHintForColumn(0) + 6 * self.nav.fontMetrics().averageCharWidth() + 8
        )

    def focus_unit_picker(self) -> None:
        if self.context.session is not None and self.context.multi_unit:
            self.unit_picker.box.setFocus()
            editor = self.unit_picker.box.lineEdit()
            if editor is not None:
                editor.selectAll()

    def lock(self, reason: str = "manual") -> None:
        """Drop every decrypted row, close the store on its thread, clear the passphrase."""
        self.idle.disarm()
        if self.printing.preview is not None:
            self.printing.preview.done(0)
        self.tasks.cancel_db()  # a print being made stops soon; its result is dropped anyway
        session = self.context.drop_session()
        for view in self.views:
            view.clear()
        self.unit_picker.clear()
        self.unit_picker_action.setVisible(False)
        self.banner.clear()
        if session is not None:
            self.tasks.db(lambda ctx: _lock(session, reason), cancellable=False)
        self._show_locked()

    def _screen_locked(self) -> None:
        if self.context.session is not None:
            self.lock("screen")

    def _show_locked(self) -> None:
        self.pages.setCurrentIndex(0)
        self.unlock_page.reset()
        for act in (self.print_action, self.emergency_action, self.lock_action):
            act.setEnabled(False)
        self.sync.refresh_status()

    def showEvent(self, event: QShowEvent) -> None:
        """Typing goes where it is expected from the first key: the passphrase field
        when locked, the view's own field when open (focus is only kept once shown)."""
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_page)

    def _focus_page(self) -> None:
        if self.pages.currentIndex() == 0:
            self.unlock_page.passphrase.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        else:
            self.views[self.view_stack.currentIndex()].focus_target().setFocus()

    def _sync_status(self, status: SyncStatus | None) -> None:
        if status is not None and status.created_at is not None:
            from continuity_app.gui import fmt

            age = fmt.data_age_text(status.created_at, self.context.now())
            self.unlock_page.show_data_age(f"{status.scope}\n{age}" if status.scope else age)
        self.refresh_banner()

    # --- navigation ---------------------------------------------------------------------
    def show_view(self, index: int) -> None:
        if self.context.session is None and index != ViewId.SYNC:
            return
        self.nav.setCurrentRow(index)
        self.views[index].focus_target().setFocus()

    def _nav_changed(self, index: int) -> None:
        if index < 0:
            return
        self.view_stack.setCurrentIndex(index)
        view = self.views[index]
        self.print_action.setEnabled(self.context.session is not None)
        if self.settings is not None:
            self.settings.setValue("last_view", index)
        view.focus_target().setFocus()

    def focus_search(self) -> None:
        self.show_view(ViewId.CITIZENS)
        self.views[ViewId.CITIZENS].search.selectAll()

    def open_citizen(self, citizen_id: str) -> None:
        self.views[ViewId.CITIZEN].show_citizen(citizen_id)
        self.show_view(ViewId.CITIZEN)

    # --- printing -----------------------------------------------------------------------
    def print_current(self) -> None:
        request = self.views[self.view_stack.currentIndex()].print_request()
        if request is None:
            self.statusBar().showMessage(
                self.tr(
                    "Her er intet at udskrive: åbn en borger, en køreliste eller en liste – eller "
                    "udskriv Nødpakken (Ctrl+Shift+P)."
                ),
                8000,
            )
            return
        self.start_print(request)

    def emergency_request(self) -> PrintRequest:
        unit = self.context.unit_id
        title = self.tr("Nødpakke")
        if unit is not None and self.context.multi_unit:
            title = self.tr("Nødpakke for %1").replace("%1", self.context.unit_name(unit))
        return PrintRequest("emergency", title, unit_id=unit, date=self.context.today())

    def print_emergency(self) -> None:
        self.start_print(self.emergency_request())

    def start_print(self, request: PrintRequest) -> None:
        """Print, unless the pack is about one unit and none is picked yet: then say so
        and put the keyboard in the unit picker."""
        if self.context.session is None:
            return
        from continuity_app.printing.catalog import PACKS

        if PACKS[request.pack].one_unit and request.unit_id is None:
            self.unit_needed = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Vælg enhed"),
                self.tr(
                    "Vælg først enheden i feltet Enhed øverst (Ctrl+U): skriv en del af "
                    "navnet og tryk Enter. Udskriv derefter igen."
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            self.unit_needed.setObjectName("unitNeeded")
            self.unit_needed.finished.connect(lambda _r: self.focus_unit_picker())
            self.unit_needed.open()
            return
        self.printing.start(request)

    # --- banner -------------------------------------------------------------------------
    def _other_enrolment_warnings(self, other: SyncStatus) -> list[str]:
        """Another municipality's sync problems and expired data, named (its data are
        shown only in the vehicles and contact trees)."""
        from continuity_app.gui import fmt

        out = []
        if other.last_failed and other.last_attempt is not None:
            out.append(
                self.tr("%1: seneste synkronisering mislykkedes %2: %3")
                .replace("%1", other.name)
                .replace("%2", fmt.datetime_text(other.last_attempt.at))
                .replace("%3", other.last_attempt.text)
            )
        if other.valid_until is not None and other.valid_until < self.context.now():
            out.append(
                self.tr("%1: data er ikke længere gyldige (til %2). Synkronisér.")
                .replace("%1", other.name)
                .replace("%2", fmt.datetime_text(other.valid_until))
            )
        shown = fmt.datetime_text(other.created_at)
        out += [
            f"{other.name}: {status_warning_text(code, shown)}"
            for code in other.warnings
            if code in BANNER_STATUS_CODES
        ]
        return out

    def refresh_banner(self) -> None:
        session = self.context.session
        if session is None:
            return
        from continuity_app.gui import fmt

        meta = self.context.meta
        warnings = [session_warning_text(w) for w in (session.warnings or [])]
        status = self.sync.status
        if status is not None and status.last_failed and status.last_attempt is not None:
            warnings.append(
                self.tr("Seneste synkronisering mislykkedes %1: %2")
                .replace("%1", fmt.datetime_text(status.last_attempt.at))
                .replace("%2", status.last_attempt.text)
            )
        if status is not None:
            shown = fmt.datetime_text(fmt.parse_iso(meta.get("created_at")))
            warnings += [
                status_warning_text(code, shown) for code in status.warnings if code in BANNER_STATUS_CODES
            ]
        for other in status.others if status is not None else []:
            warnings += self._other_enrolment_warnings(other)
        if self.sync.newer_available:
            warnings.append(
                self.tr(
                    "Nyere data er hentet, men kunne ikke åbnes uden at låse op igen: tryk Ctrl+L og lås op."
                )
            )
        self.banner.show_data(
            created_at=fmt.parse_iso(meta.get("created_at")),
            valid_until=fmt.parse_iso(meta.get("valid_until")),
            scope_name=self.context.scope_name,
            now=self.context.now(),
            sync_times=list(self.config["sync_times"]),
            warnings=warnings,
        )

    # --- window state -------------------------------------------------------------------
    def _restore(self) -> None:
        if self.settings is None:
            self.resize(1280, 720)
            return
        geometry = self.settings.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 720)
        last = str(self.settings.value("last_view", 0))
        index = int(last) if last.isdigit() else 0
        self.nav.setCurrentRow(max(0, min(index, len(self.views) - 1)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settings is not None:
            self.settings.setValue("geometry", self.saveGeometry())
            self.settings.sync()
        self.sync.stop()
        self.lock("quit")
        self.tasks.wait()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        super().closeEvent(event)


def _lock(session: SessionLike, reason: str) -> None:
    session.lock(reason)


#: the ``sync.status`` warnings the banner shows (the others are the sync view's)
BANNER_STATUS_CODES = frozenset(
    {"sync_interrupted", "newest_unusable", "state_damaged", "equivocation", "newest_cannot_open"}
)


def status_warning_text(code: str, shown: str = "") -> str:
    """The sync status warnings the banner repeats (the rest it shows in its own way);
    ``shown`` is the time of the data on screen."""
    from PySide6.QtCore import QCoreApplication

    texts = {
        "equivocation": QCoreApplication.translate(
            "MainWindow", "To forskellige udgaver med samme nummer – kontakt IT."
        ),
        "newest_cannot_open": QCoreApplication.translate(
            "MainWindow", "Nyeste data kan ikke åbnes på denne computer – viser data fra %1."
        ).replace("%1", shown),
        "sync_interrupted": QCoreApplication.translate(
            "MainWindow", "Den seneste synkronisering blev afbrudt; de seneste gode data vises."
        ),
        "newest_unusable": QCoreApplication.translate(
            "MainWindow", "Den nyeste hentede udgave kan ikke bruges; en ældre udgave vises."
        ),
        "state_damaged": QCoreApplication.translate(
            "MainWindow",
            "Synkroniseringens tilstand kunne ikke læses; den genskabes ved næste synkronisering.",
        ),
    }
    return texts.get(code, code)


def session_warning_text(warning: Any) -> str:
    """The vault's warnings in the UI language (by kind; the detail stays in the log)."""
    from PySide6.QtCore import QCoreApplication

    kind = getattr(warning, "kind", "")
    used = getattr(warning, "used_sequence", None)
    newest = getattr(warning, "newest_sequence", None)
    if kind == "fallback":
        return (
            QCoreApplication.translate(
                "MainWindow",
                "De nyeste data (løbenummer %1) kunne ikke åbnes; viser en ældre udgave (løbenummer %2).",
            )
            .replace("%1", str(newest))
            .replace("%2", str(used))
        )
    if kind == "expired":
        return QCoreApplication.translate(
            "MainWindow", "Data er ikke længere gyldige: de kan være forældede."
        )
    return str(warning)
