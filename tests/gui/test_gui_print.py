"""Printing from the app: made in memory, previewed with QtPdf, printed to a QPrinter,
saved only where the person chooses after a warning; every print audited."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from gui_support import audit_entries, wait_idle
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


def test_ctrl_p_on_a_citizen_previews_the_medication_pack_in_memory(qtbot, window, session,
                                                                     tmp_path) -> None:
    window.open_citizen("C000002")
    wait_idle(qtbot, window)
    before = set(Path(tmp_path).rglob("*"))
    preview = open_preview(qtbot, window)
    expected = io.BytesIO()
    info = render_pack(session.store, "medication", expected, citizen_id="C000002",
                       stamp=stamp_for(session.store))
    assert preview.page_count() == info.pages == len(PdfReader(expected).pages)
    assert preview.isVisible()
    assert "Medicinliste for Åse Kjær" in preview.windowTitle()
    assert set(Path(tmp_path).rglob("*")) == before  # nothing written anywhere


def test_printing_to_a_printer_sends_every_page_and_is_audited(qtbot, window, session,
                                                               tmp_path) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    preview = open_preview(qtbot, window)
    pages = preview.page_count()
    assert pages >= 1
    out = tmp_path / "printer-output.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the "printer" is a PDF file
    printer.setOutputFileName(str(out))
    preview.print_to(printer)  # what the print dialog's OK does with the chosen printer
    qtbot.waitUntil(lambda: bool(window.printing.printed), timeout=30_000)
    wait_idle(qtbot, window)
    assert window.printing.printed == [("", pages)]
    assert len(PdfReader(out).pages) == pages
    prints = [e for e in audit_entries(session.home) if e.event == "print"]
    assert prints[-1].fields["pack"] == "route"
    assert prints[-1].fields["pages"] == pages
    assert prints[-1].fields["date"] == "2026-11-27"


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
