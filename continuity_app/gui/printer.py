"""Sending a PDF made in memory to the printer the person chose in Qt's print dialog.

Two ways, both without a file of our own on disk:

* **CUPS** (Linux, macOS: the printer is a CUPS queue and ``lp`` is there): the PDF goes
  to ``lp -d QUEUE`` on its standard input, as the vector document it is, with the
  dialog's copies, page range and duplex. Qt's own CUPS engine would first write the
  pages to a temporary file in /tmp — plaintext health data on disk, which must never happen.
* **Anything else** (Windows' printers, or a QPrinter writing PDF for tests): every
  page is rendered with QtPdf and painted onto the QPrinter (QPainter on a QPrinter is
  allowed off the GUI thread; the document here belongs to this thread alone).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from continuity_app.errors import DiskError
from continuity_app.gui.dialogs.preview import load_pdf
from continuity_app.progress import Progress

#: Pages are rendered to images at this resolution at most (300 dpi: sharp text on paper,
#: 25 MB per A4 page instead of 560 MB at a printer's 1200 dpi).
RENDER_DPI = 300

Cancelled = Callable[[], bool]


class PrinterRefused(DiskError):
    """The printer could not be opened, or refused the job."""


def print_pdf(
    data: bytes, printer: QPrinter, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> tuple[int, str]:
    """Print ``data`` on ``printer``; returns (pages sent, "cups" or "qpainter")."""
    if uses_cups(printer):
        return print_through_lp(data, printer, progress), "cups"
    return paint_pages(data, printer, progress, cancelled), "qpainter"


def uses_cups(printer: QPrinter) -> bool:
    return (
        sys.platform != "win32"
        and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        and bool(printer.printerName())
        and shutil.which("lp") is not None
    )


def _page_range(printer: QPrinter, count: int) -> tuple[int, int]:
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return printer.fromPage(), min(count, printer.toPage() or count)
    return 1, count


def print_through_lp(data: bytes, printer: QPrinter, progress: Progress | None = None) -> int:
    document, buffer = load_pdf(data)
    count = document.pageCount()
    document.close()
    buffer.close()
    first, last = _page_range(printer, count)
    command = [
        "lp",
        "-d",
        printer.printerName(),
        "-t",
        printer.docName() or "Nødkopi",
        "-n",
        str(max(1, printer.copyCount())),
    ]
    if (first, last) != (1, count):
        command += ["-P", f"{first}-{last}"]
    duplex = printer.duplex()
    if duplex == QPrinter.DuplexMode.DuplexLongSide:
        command += ["-o", "sides=two-sided-long-edge"]
    elif duplex == QPrinter.DuplexMode.DuplexShortSide:
        command += ["-o", "sides=two-sided-short-edge"]
    done = subprocess.run(command, input=data, capture_output=True, timeout=120)
    if done.returncode != 0:
        detail = done.stderr.decode(errors="replace").strip().splitlines()
        raise PrinterRefused(
            f"the printer '{printer.printerName()}' refused the job ({detail[-1] if detail else 'lp failed'})"
        )
    if progress is not None:
        progress("pages", 1.0)
    return last - first + 1


def paint_pages(
    data: bytes, printer: QPrinter, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> int:
    document, buffer = load_pdf(data)
    try:
        first, last = _page_range(printer, document.pageCount())
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterRefused(f"the printer '{printer.printerName()}' could not be opened")
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
                pixels = QSize(
                    int(size_pt.width() / 72 * render_dpi), int(size_pt.height() / 72 * render_dpi)
                )
                painter.drawImage(target, document.render(number - 1, pixels))
                printed += 1
                if progress is not None:
                    progress("pages", printed / (last - first + 1))
        finally:
            painter.end()
        return printed
    finally:
        document.close()
        buffer.close()
