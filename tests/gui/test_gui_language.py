"""The language: a change is announced in both languages (it takes effect at the next start),
Qt's own dialogs speak Danish in the Danish UI, and one word names the passphrase."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from continuity_app import settings

ROOT = Path(__file__).resolve().parents[2]


def test_a_language_change_is_announced_in_both_languages(qtbot, locked_window, installation) -> None:
    english = next(a for a in locked_window.language_menu.actions() if a.data() == "en")
    english.trigger()
    box = locked_window.findChild(QMessageBox, "languageNotice")
    assert box is not None and box.isVisible()
    assert "Sproget skifter, næste gang Nødkopi startes." in box.text()
    assert "The language changes the next time Nødkopi starts." in box.text()
    assert settings.load(installation.home.config)["language"] == "en"
    box.done(0)


def test_qt_s_own_dialogs_are_danish_in_the_danish_ui(qtbot, locked_window) -> None:
    # the file dialog's and the message box's own words come from qtbase_da
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Kig i:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Filer af type:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
    assert QCoreApplication.translate("QPrintDialog", "Print") == "Udskriv"
    assert QApplication.instance() is not None


def test_one_word_for_the_passphrase_everywhere() -> None:
    """ "adgangsudtryk" in the UI, the translations, the docs; never "adgangsfrase"."""
    places = [
        *(ROOT / "continuity_app").rglob("*.py"),
        *(ROOT / "docs").rglob("*.md"),
        ROOT / "README.md",
        *(ROOT / "resources" / "translations").glob("*.ts"),
    ]
    mixed = [
        str(p.relative_to(ROOT))
        for p in places
        if re.search("adgangsfrase", p.read_text(encoding="utf-8"), re.IGNORECASE)
    ]
    assert not mixed
    assert "adgangsudtryk" in (ROOT / "resources/translations/nodkopi_da.ts").read_text("utf-8")
