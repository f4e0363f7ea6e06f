"""The print preview: the PDF made in memory, shown with QtPdf, printed with Qt's dialog.

The PDF never touches the disk: it is loaded into a ``QPdfDocument`` from a
``QBuffer``. "Udskriv…" opens ``QPrintDialog`` and the pages are rendered to the
chosen printer off the GUI thread (``gui/printer.py``).

One way to write a PDF to disk (:meth:`PreviewDialog.save_to`): "Gem som PDF…" and the
print dialog's print-to-file both come here. The same warning that the file is not
encrypted; then the vector PDF made in memory (its text searchable, its fonts embedded
— never pages painted as images) is written atomically and owner-only (0600), so an
interruption leaves no partial file; the file is proposed under a neutral name (the
pack and the day, never a citizen's name), the PDF's title is neutral too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from continuity_app.errors import disk_error
from continuity_app.paths import atomic_write

log = logging.getLogger(__name__)


def is_file_printer(printer: QPrinter) -> bool:
    """The print dialog's "print to file": a PDF file, not a printer."""
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat or bool(printer.outputFileName())


def load_pdf(data: bytes, parent: QObject | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over the bytes in memory (keep the buffer alive with the document)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    document.load(buffer)
    return document, buffer


class PreviewDialog(QDialog):
    """Shows the pack; prints or saves it. ``print_requested(printer)`` is handled by the
    window (off the GUI thread); ``saved`` and ``printed`` feed the audit log."""

    def __init__(
        self,
        data: bytes,
        title: str,
        parent: QWidget | None = None,
        *,
        start_print: Callable[[bytes, QPrinter], None] | None = None,
        on_saved: Callable[[str], None] | None = None,
        on_lock: Callable[[], None] | None = None,
        file_stem: str = "nodkopi",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("Vis udskrift – %1").replace("%1", title))
        self._data = data
        self._title = title
        self._start_print = start_print
        self._on_saved = on_saved
        self.file_stem = file_stem  # neutral: the pack and the day, never a name
        self.warning: QMessageBox | None = None
        self.document, self._buffer = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Forhåndsvisning"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        pages = self.document.pageCount()
        self.info = QLabel(self.tr("%1 sider").replace("%1", str(pages)) if pages != 1 else self.tr("1 side"))
        self.info.setObjectName("pageCount")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Fremdrift for udskrivning"))
        self.progress.hide()
        self.print_button = QPushButton(self.tr("&Udskriv…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button = QPushButton(self.tr("&Gem som PDF…"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_as)
        close = QPushButton(self.tr("&Luk"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.info)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Print, self, self.choose_printer)
        if on_lock is not None:  # the window's Ctrl+L does not reach past a modal dialog
            QShortcut(QKeySequence("Ctrl+L"), self, on_lock)
        self.resize(900, 700)

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_stem)  # the print queue's job name and Qt's file name
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Udskriv %1").replace("%1", self._title))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        if is_file_printer(printer):  # print to file: the one way to write a PDF to disk
            self.save_to(printer.outputFileName() or None)
            return
        if self._start_print is not None:
            self._start_print(self._data, printer)

    def set_printing(self, busy: bool, fraction: float = 0.0) -> None:
        self.print_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setValue(int(fraction * 100))

    def save_as(self) -> None:
        self.save_to(None)

    def save_to(self, path: str | None) -> None:
        """Warn that the file is unencrypted; then ask where (``path`` None) and write it."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Gem som PDF"),
            self.tr(
                "PDF-filen er IKKE krypteret og indeholder helbredsoplysninger. Gem den kun "
                "på et sted, hvor uvedkommende ikke kan læse den, og slet den, når den ikke "
                "skal bruges mere.\n\nVil du gemme filen?"
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("pdfWarning")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.warning = box
        answer = box.exec()
        self.warning = None
        if answer != QMessageBox.StandardButton.Save:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Gem som PDF"), self.file_stem + ".pdf", self.tr("PDF-filer (*.pdf)")
            )
        if path:
            self.write_file(path)

    def write_file(self, path: str) -> None:
        """Atomic and owner-only; a failure leaves no file and says so in Danish."""
        target = Path(path)
        try:
            atomic_write(target, self._data, mode=0o600)
        except OSError as err:
            from continuity_app.gui.errors import show_error

            known = disk_error(err, target)
            log.warning("the PDF was not saved: %s", known)
            show_error(self, known)
            return
        if self._on_saved is not None:
            self._on_saved(path)

    def done(self, result: int) -> None:  # close: drop the document and the bytes
        self.document.close()
        self._buffer.close()
        self._data = b""
        super().done(result)
