"""Printing from the app: made in memory, previewed with QtPdf, printed to a QPrinter,
saved only where the person chooses after a warning; every print audited."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from gui_support import answer_warning, audit_entries, wait_idle
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox

from continuity_app.printing import render_pack, stamp_for


def open_preview(qtbot, window) -> Any:
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.printing.preview is not None, timeout=20_000)
    wait_idle(qtbot, window)
    return window.printing.preview


def test_ctrl_p_on_a_citizen_previews_the_medication_pack_in_memory(qtbot, window, session, tmp_path) -> None:
    window.open_citizen("C000002")
    wait_idle(qtbot, window)
    before = set(Path(tmp_path).rglob("*"))
    preview = open_preview(qtbot, window)
    expected = io.BytesIO()
    info = render_pack(
        session.store, "medication", expected, citizen_id="C000002", stamp=stamp_for(session.store)
    )
    assert preview.page_count() == info.pages == len(PdfReader(expected).pages)
    assert preview.isVisible()
    assert "Medicinliste for Åse Kjær" in preview.windowTitle()
    assert set(Path(tmp_path).rglob("*")) == before  # nothing written anywhere


def test_printing_to_a_printer_paints_every_page(qtbot, window, session, tmp_path) -> None:
    """A printer that is not a file (Windows' printers): the pages are painted onto it."""
    from continuity_app.gui.printer import paint_pages

    data = io.BytesIO()
    info = render_pack(
        session.store,
        "route",
        data,
        unit_id="HP01",
        date=window.context.today(),
        stamp=stamp_for(session.store),
    )
    out = tmp_path / "painted.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # stands in for a real printer
    printer.setOutputFileName(str(out))
    assert paint_pages(data.getvalue(), printer) == info.pages
    assert len(PdfReader(out).pages) == info.pages


def test_print_to_file_goes_the_one_way_a_pdf_reaches_the_disk(qtbot, window, session, tmp_path) -> None:
    """The print dialog's print-to-file: the same warning as "Gem som PDF", then the vector
    PDF itself, owner-only, with its text and embedded fonts, under a neutral title."""
    window.open_citizen("C000002")
    wait_idle(qtbot, window)
    preview = open_preview(qtbot, window)
    pages = preview.page_count()
    assert "Åse" not in preview.file_stem and "Kjær" not in preview.file_stem
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # "Udskriv til fil (PDF)"
    printer.setOutputFileName(str(out))
    seen: list[str] = []
    answer_warning(qtbot, QMessageBox.StandardButton.Save, seen)
    preview.print_to(printer)  # what the print dialog's OK does with the chosen printer
    wait_idle(qtbot, window)
    assert seen and "IKKE krypteret" in seen[0]
    assert out.stat().st_mode & 0o777 == 0o600  # owner-only: it holds health data
    reader = PdfReader(out)
    assert len(reader.pages) == pages
    text = reader.pages[0].extract_text()
    assert "Medicinliste" in text and "Kjær" in text  # a text layer, not a picture of one
    resources: Any = reader.pages[0]["/Resources"]
    fonts = [f.get_object() for f in resources["/Font"].values()]
    assert fonts
    for font in fonts:  # every font embedded (a TrueType font file in the PDF)
        if "/DescendantFonts" in font:
            font = font["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in font["/FontDescriptor"], font.get("/BaseFont")
    assert len(reader.pages[0].images) == 0  # vector: no page painted as an image
    assert reader.metadata is not None and "Kjær" not in str(reader.metadata.title)  # neutral
    assert out.stat().st_size < 200_000
    prints = [e for e in audit_entries(session.home) if e.event == "print"]
    assert prints[-1].fields["out"] == "file" and prints[-1].fields["pack"] == "medication"
    assert not window.printing.printed  # nothing went to a printer


def test_print_to_file_cancelled_at_the_warning_writes_nothing(qtbot, window, tmp_path) -> None:
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    preview = open_preview(qtbot, window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    folder = tmp_path / "out"
    folder.mkdir()
    printer.setOutputFileName(str(folder / "kontakter.pdf"))
    seen: list[str] = []
    answer_warning(qtbot, QMessageBox.StandardButton.Cancel, seen)
    preview.print_to(printer)
    wait_idle(qtbot, window)
    assert seen and list(folder.iterdir()) == []


def test_an_interrupted_save_leaves_no_partial_file(qtbot, window, tmp_path, monkeypatch) -> None:
    import errno
    import os

    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    preview = open_preview(qtbot, window)

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(os, "fsync", full)  # the disk fills up halfway through
    preview.write_file(str(folder / "kontakter.pdf"))
    monkeypatch.undo()
    assert list(folder.iterdir()) == []  # neither the file nor its temporary
    box = preview.findChild(QMessageBox, "errorBox")
    assert box is not None and box.text().startswith("Der kunne ikke skrives til disken")
    assert "disk is full" not in box.text() and "disk is full" in box.detailedText()
    box.done(0)


def test_the_emergency_pack_is_one_action_away(qtbot, window) -> None:
    window.emergency_action.trigger()
    qtbot.waitUntil(lambda: window.printing.preview is not None, timeout=60_000)
    wait_idle(qtbot, window)
    assert window.printing.preview.page_count() > 5
    assert "Nødpakke" in window.printing.preview.windowTitle()


def test_save_as_pdf_warns_first_and_cancel_writes_nothing(qtbot, window, tmp_path) -> None:
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    preview = open_preview(qtbot, window)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(100, answer)
    preview.save_as()
    assert seen and "IKKE krypteret" in seen[0]
    assert list(tmp_path.glob("*.pdf")) == []
    target = tmp_path / "kontakter.pdf"
    preview.write_file(str(target))  # what happens after "Gem" and a chosen file name
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o077 == 0  # owner-only: it holds health data


def test_locking_closes_the_preview_and_drops_the_pdf(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    preview = open_preview(qtbot, window)
    qtbot.keyClick(preview, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert window.context.session is None
    assert window.printing.preview is None or not preview.isVisible()


def test_print_where_there_is_nothing_to_print_says_so(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # Enheder
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert window.printing.preview is None
    assert "Nødpakken (Ctrl+Shift+P)" in window.statusBar().currentMessage()


def test_locking_while_a_pack_is_being_made_drops_it(qtbot, window, session) -> None:
    window.emergency_action.trigger()  # the biggest pack
    window.lock("idle")
    wait_idle(qtbot, window)
    assert window.printing.preview is None
    assert session.locked
    assert "print" not in [e.event for e in audit_entries(session.home)]
