"""The print preview: the PDF made in memory, shown with QtPdf, printed with Qt's dialog.

The PDF never touches the disk: it is loaded into a ``QPdfDocument`` from a
``QBuffer``. "Udskriv…" opens ``QPrintDialog`` and the pages are rendered to the
chosen printer off the GUI thread (``send_to_printer``). "Gem som PDF…" writes
a file only where the person chooses, after a warning that it is unencrypted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
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

from continuity_app.paths import atomic_write

#: Pages are rendered to images at this resolution at most (300 dpi: sharp text on paper,
#: 25 MB per A4 page instead of 560 MB at a printer's 1200 dpi).
RENDER_DPI = 300


def load_pdf(data: bytes, parent: QObject | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over the bytes in memory (keep the buffer alive with the document)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    document.load(buffer)
    return document, buffer


def send_to_printer(data: bytes, printer: QPrinter, progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> int:
    """Render every page (in the printer's page range) onto the printer. Thread-safe:
    QPainter on a QPrinter is allowed off the GUI thread; the document is this thread's own."""
    document, buffer = load_pdf(data)
    try:
        count = document.pageCount()
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(count, printer.toPage() or count)
        painter = QPainter()
        if not painter.begin(printer):
            from continuity_app.errors import ExitCode, KnownError

            raise KnownError(f"the printer '{printer.printerName()}' could not be opened",
                             ExitCode.DISK)
        printed = 0
        try:
            render_dpi = min(printer.resolution(), RENDER_DPI)
            for number in range(first, last + 1):
                if cancelled is not None and cancelled():
                    break
                if printed:
                    printer.newPage()
                page = printer.pageRect(QPrinter.Unit.DevicePixel)
                size_pt = document.pagePointSize(number - 1)
                # fit the page into the printable area, keeping its proportions
                scale = min(page.width() / size_pt.width(), page.height() / size_pt.height())
                target = QRectF(0, 0, size_pt.width() * scale, size_pt.height() * scale)
                pixels = QSize(int(size_pt.width() / 72 * render_dpi),
                               int(size_pt.height() / 72 * render_dpi))
                painter.drawImage(target, document.render(number - 1, pixels))
                printed += 1
                if progress is not None:
                    progress(printed, last - first + 1)
        finally:
            painter.end()
        return printed
    finally:
        document.close()
        buffer.close()


class PreviewDialog(QDialog):
    """Shows the pack; prints or saves it. ``print_requested(printer)`` is handled by the
    window (off the GUI thread); ``saved`` and ``printed`` feed the audit log."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None, *,
                 start_print: Callable[[bytes, QPrinter], None] | None = None,
                 on_saved: Callable[[str], None] | None = None,
                 on_lock: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("Vis udskrift – %1").replace("%1", title))
        self._data = data
        self._title = title
        self._start_print = start_print
        self._on_saved = on_saved
        self.document, self._buffer = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Forhåndsvisning"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        pages = self.document.pageCount()
        self.info = QLabel(self.tr("%1 sider").replace("%1", str(pages)) if pages != 1
                           else self.tr("1 side"))
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
        printer.setDocName(self._title)
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Udskriv %1").replace("%1", self._title))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        if self._start_print is not None:
            self._start_print(self._data, printer)

    def set_printing(self, busy: bool, fraction: float = 0.0) -> None:
        self.print_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setValue(int(fraction * 100))

    def save_as(self) -> None:
        answer = QMessageBox.warning(
            self, self.tr("Gem som PDF"),
            self.tr("PDF-filen er IKKE krypteret og indeholder helbredsoplysninger. Gem den kun "
                    "på et sted, hvor uvedkommende ikke kan læse den, og slet den, når den ikke "
                    "skal bruges mere.\n\nVil du gemme filen?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Save:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Gem som PDF"), self._title + ".pdf",
                                              self.tr("PDF-filer (*.pdf)"))
        if path:
            self.write_file(path)

    def write_file(self, path: str) -> None:
        from pathlib import Path

        atomic_write(Path(path), self._data)
        if self._on_saved is not None:
            self._on_saved(path)

    def done(self, result: int) -> None:  # close: drop the document and the bytes
        self.document.close()
        self._buffer.close()
        self._data = b""
        super().done(result)
