"""Danish first, English available: no English in the Danish UI, nothing Danish left in
the English UI, translations keep their placeholders, the app runs with or without .qm."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from gui_support import make_window, wait_idle
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTableView,
    QTreeView,
    QWidget,
)

from continuity_app.gui.i18n import TsTranslator, load_ours, read_ts, translations_dir

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations as translations_script  # noqa: E402

#: Words of Qt's and our own English that must never show in the Danish UI.
ENGLISH_WORDS = {
    "Cancel",
    "OK",
    "Save",
    "Close",
    "Clear",
    "Print",
    "Yes",
    "No",
    "Open",
    "Search",
    "Lock",
    "Unlock",
    "Citizens",
    "Routes",
    "Vehicles",
    "Sync now",
    "Apply",
    "Discard",
    "Help",
    "Abort",
    "Retry",
    "Ignore",
}


def english_translations() -> dict[str, str]:
    return {src: tr for (_ctx, src), tr in read_ts(translations_dir() / "nodkopi_en.ts").items()}


def visible_texts(window: QWidget) -> list[str]:
    """Every text a person can see or hear (screen readers) in the window."""
    texts: list[str] = [window.windowTitle()]
    for action in window.actions():
        texts += [action.text(), action.toolTip()]
    for widget in [window, *window.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.statusTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
            texts += [widget.item(i).toolTip() for i in range(widget.count())]
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            texts += [
                str(widget.model().headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(header.count())
            ]
    return [t for t in texts if t and t.strip()]


def unlocked_with_everything_loaded(qtbot, window) -> None:
    window.open_citizen("C000002")
    window.views[window.CITIZENS].search.setText("Kjær")
    window.views[window.CITIZENS].run_search()
    wait_idle(qtbot, window)
    window.sync.refresh_status()
    qtbot.waitUntil(lambda: window.sync.status is not None, timeout=10_000)
    wait_idle(qtbot, window)


def test_the_danish_ui_shows_no_english(qtbot, window, locked_window) -> None:
    unlocked_with_everything_loaded(qtbot, window)
    english = set(english_translations().values()) - set(english_translations())
    texts = visible_texts(window) + visible_texts(locked_window)
    assert len(texts) > 150
    leaks = [t for t in texts if t in english or t.replace("&", "") in ENGLISH_WORDS]
    assert leaks == []
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "x",
        "y",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
    )
    buttons = {b.text().replace("&", "") for b in box.buttons()}
    assert buttons == {"Gem", "Annuller"}  # Qt's own strings in Danish too (qtbase_da)


def test_the_english_ui_is_complete(qtbot, installation, clock, session) -> None:
    window = make_window(qtbot, installation, clock, session, language="en")
    try:
        unlocked_with_everything_loaded(qtbot, window)
        translated = english_translations()
        danish_only = {src for src, tr in translated.items() if src != tr}
        left = [t for t in visible_texts(window) if t in danish_only]
        assert left == []
        assert "Citizens" in [window.nav.item(i).text() for i in range(window.nav.count())]
        assert "Data from today at 05:30 · 6 hours old" in window.banner.age_label.text()
    finally:
        window.close()
        from continuity_app.gui.i18n import Translations

        Translations().install("da")  # the next tests run in Danish again


def test_every_translation_is_finished_and_keeps_its_placeholders() -> None:
    for lang in ("da", "en"):
        ts = translations_dir() / f"nodkopi_{lang}.ts"
        assert translations_script.problems(ts) == []
    assert translations_script.PLACEHOLDER.findall("Vent %1 sek, {name} &Luk") == ["%1", "{name}", "&"]


def test_the_placeholder_check_can_fail(tmp_path) -> None:
    ts = tmp_path / "nodkopi_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="en">'
        "<context><name>X</name>"
        "<message><source>Dag %1</source><translation>Day</translation></message>"
        "<message><source>&amp;Luk</source><translation>Close</translation></message>"
        '<message><source>Ja</source><translation type="unfinished"></translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    found = translations_script.problems(ts)
    assert len(found) == 3


def test_the_translation_files_are_up_to_date_with_the_code(tmp_path) -> None:
    """Every string the code translates is in the .ts files (else: scripts/translations.py
    update), found by the same lupdate that maintains them."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [translations_script.tool("pyside6-lupdate"), *translations_script.sources(), "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    root = ET.parse(fresh).getroot()
    in_code = {
        (c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")
    }
    for lang in ("da", "en"):
        in_ts = set(read_ts(translations_dir() / f"nodkopi_{lang}.ts"))
        assert in_code - in_ts == set(), lang
    assert len(in_code) > 250


@pytest.mark.skipif(
    shutil.which("pyside6-lrelease") is None
    and not (Path(sys.executable).parent / "pyside6-lrelease").exists(),
    reason="pyside6-lrelease not installed",
)
def test_built_qm_and_the_ts_fallback_translate_the_same(tmp_path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "build", "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for lang in ("da", "en"):
        shutil.copy(translations_dir() / f"nodkopi_{lang}.ts", tmp_path)
    qm = load_ours("en", tmp_path)  # the .qm is newer than its .ts copy? make it so
    (tmp_path / "nodkopi_en.qm").touch()
    qm = load_ours("en", tmp_path)
    assert qm is not None and not isinstance(qm, TsTranslator)
    (tmp_path / "nodkopi_en.qm").unlink()
    ts = load_ours("en", tmp_path)
    assert isinstance(ts, TsTranslator)
    for context, source in [("MainWindow", "Lås"), ("Fmt", "%1 timer gammel"), ("UnlockPage", "Lås op")]:
        assert qm.translate(context, source) == ts.translate(context, source) != source
    app = QCoreApplication.instance()
    assert app is not None


def test_visible_texts_finds_a_leak(qtbot) -> None:
    """The walker really looks: an English button is caught."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    widget = QWidget()
    qtbot.addWidget(widget)
    QVBoxLayout(widget).addWidget(QPushButton("Cancel"))
    assert "Cancel" in visible_texts(widget)


def test_forty_percent_longer_texts_still_fit_a_1366x768_screen(qtbot, installation, clock, session) -> None:
    """The pseudo-locale: every string of ours 40 % longer, as a translation might be."""
    window = make_window(qtbot, installation, clock, session, language="pseudo")
    try:
        unlocked_with_everything_loaded(qtbot, window)
        assert window.nav.item(0).text().startswith("Borgere ~")
        for index in range(len(window.views)):
            window.show_view(index)
            hint = window.minimumSizeHint()
            assert hint.width() <= 1366 and hint.height() <= 768, (index, hint)
        nav = window.nav
        assert nav.width() >= nav.sizeHintForColumn(0)  # no navigation entry cut off
        assert window.toolbar.sizeHint().width() <= 1366
    finally:
        window.close()
        from continuity_app.gui.i18n import Translations

        Translations().install("da")
