"""Printing from the app: render the pack in memory off the GUI thread, preview, print.

Flow: a view's ``PrintRequest`` → ``render_pack`` into a ``BytesIO`` on the database
thread (it reads the store), with a progress dialog and cancel → the preview
dialog (QtPdf, from memory) → Qt's print dialog → pages rendered onto the chosen
``QPrinter`` on the I/O pool. Nothing is written to disk unless the person picks
"Gem som PDF…" or the print dialog's print-to-file (one way: ``PreviewDialog.save_to``).
Each print and each save is audited (pack, pages, printer —
never names).
"""

from __future__ import annotations

import io
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from continuity_app.gui.context import AppContext
from continuity_app.gui.dialogs.preview import PreviewDialog
from continuity_app.gui.printer import print_pdf
from continuity_app.gui.tasks import TaskContext
from continuity_app.gui.views.common import PrintRequest


class PrintController(QObject):
    lock_requested = Signal()  # Ctrl+L inside the preview
    pack_printed = Signal(str)  # a pack went to the printer or into a PDF file (a drill times it)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.window = parent
        self.preview: PreviewDialog | None = None
        self.printed: list[tuple[str, int]] = []  # (printer, pages) sent this session

    def start(self, request: PrintRequest, *, show: bool = True) -> None:
        """Render the pack off the GUI thread, then open the preview."""
        if self.context.session is None:
            return
        progress = QProgressDialog(
            self.tr("Laver %1 …").replace("%1", request.title), self.tr("Annullér"), 0, 100, self.window
        )
        progress.setObjectName("printProgress")
        progress.setWindowTitle(self.tr("Udskrift"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        now = self.context.now()
        together = self.context.together  # several municipalities: vehicles, contacts show all

        def render(store: Any, ctx: TaskContext) -> tuple[bytes, Any]:
            from continuity_app.printing import PackOptions, render_pack
            from continuity_app.printing.several import municipalities, stamp_of

            towns = municipalities(together, request.pack, request.unit_id)
            options = PackOptions(
                near=request.near,
                radius_km=request.radius_km,
                tree_id=request.tree_id,
                entries=journal_entries(request.pack),
                now=now,
                municipalities=towns,
            )
            out = io.BytesIO()
            info = render_pack(
                store,
                request.pack,
                out,
                unit_id=request.unit_id,
                date=request.date,
                citizen_id=request.citizen_id,
                stamp=stamp_of(store, towns),
                progress=lambda _stage, fraction: ctx.progress(fraction),
                cancel=lambda: ctx.cancelled,
                options=options,
            )
            return out.getvalue(), info

        def journal_entries(pack: str) -> tuple[Any, ...]:
            """What the journal holds, for the packs that show it (on the database thread)."""
            from continuity_app.crisis.journal_io import journal_entries
            from continuity_app.printing.catalog import PACKS

            if not PACKS[pack].journal:
                return ()
            try:
                return tuple(journal_entries(session))  # type: ignore[arg-type]
            except (AttributeError, TypeError):  # a stand-in session without a journal
                return ()

        def done(result: tuple[bytes, Any]) -> None:
            progress.close()
            progress.deleteLater()
            data, info = result
            self.open_preview(data, request, info, show=show)

        def failed(err: BaseException, tb: str) -> None:
            progress.close()
            progress.deleteLater()
            from continuity_app.errors import Cancelled

            if not isinstance(err, Cancelled):
                self.context.tasks.error_handler(err, tb)

        session = self.context.session
        epoch = self.context.epoch

        def arrived(result: tuple[bytes, Any]) -> None:
            if self.context.epoch == epoch:
                done(result)
            else:  # locked meanwhile: the PDF is dropped unseen
                progress.close()

        task = self.context.tasks.db(
            lambda ctx: render(session.store, ctx),
            arrived,
            on_error=failed,
            on_progress=lambda _stage, fraction: progress.setValue(int(fraction * 100)),
        )
        progress.canceled.connect(task.cancel)

    def open_preview(
        self, data: bytes, request: PrintRequest, info: Any, *, show: bool = True
    ) -> PreviewDialog:
        from continuity_app.printing.several import municipalities

        fields = self._audit_fields(request, info)
        # a paper of several municipalities' data is recorded in each one's audit log
        towns = tuple(m.name for m in municipalities(self.context.together, request.pack, request.unit_id))

        def saved(path: str) -> None:
            self.context.audit("print", enrolments=towns, **fields, out="file")
            self.pack_printed.emit(request.pack)

        dialog = PreviewDialog(
            data,
            request.title,
            self.window,
            start_print=lambda pdf, printer: self.print(pdf, printer, fields, towns),
            on_saved=saved,
            on_lock=self.lock_requested.emit,
            file_stem=file_stem(request, info),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "preview", None))
        if show:
            dialog.open()
        return dialog

    def print(
        self, data: bytes, printer: QPrinter, fields: dict[str, Any], enrolments: tuple[str, ...] = ()
    ) -> None:
        """Send the pages to the printer on the I/O pool; audit when done (in the logs of
        ``enrolments``, the municipalities the paper shows, when there are several)."""
        dialog = self.preview
        if dialog is not None:
            dialog.set_printing(True)

        def job(ctx: TaskContext) -> tuple[int, str]:
            return print_pdf(
                data, printer, lambda _stage, fraction: ctx.progress(fraction), lambda: ctx.cancelled
            )

        def done(result: tuple[int, str]) -> None:
            pages, _method = result
            if dialog is not None and self.preview is dialog:
                dialog.set_printing(False)
            self.context.audit(
                "print",
                enrolments=enrolments,
                **{**fields, "pages": pages},
                printer=printer.printerName() or "pdf",
            )
            self.printed.append((printer.printerName(), pages))
            self.pack_printed.emit(fields["pack"])

        def failed(err: BaseException, tb: str) -> None:
            if dialog is not None and self.preview is dialog:
                dialog.set_printing(False)
            self.context.tasks.error_handler(err, tb)

        self.context.tasks.io(
            job,
            done,
            on_error=failed,
            on_progress=lambda _s, f: (
                dialog.set_printing(True, f) if dialog is not None and self.preview is dialog else None
            ),
        )

    @staticmethod
    def _audit_fields(request: PrintRequest, info: Any) -> dict[str, Any]:
        fields: dict[str, Any] = {"pack": request.pack, "pages": info.pages}
        if request.unit_id:
            fields["unit_id"] = request.unit_id
        if request.citizen_id:
            fields["citizen_id"] = request.citizen_id
        if request.date:
            fields["date"] = request.date.isoformat()
        return fields


def file_stem(request: PrintRequest, info: Any) -> str:
    """A neutral file name for a pack: what it is and the day, never whom it is about."""
    import datetime as dt
    import re

    day = request.date or getattr(info, "date", None) or dt.date.today()
    pack = re.sub(r"[^a-z0-9]+", "-", str(request.pack).casefold()).strip("-") or "pakke"
    return f"nodkopi-{pack}-{day.isoformat()}"
