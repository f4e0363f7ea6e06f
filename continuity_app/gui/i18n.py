"""Translations: Danish first, English available.

Source strings are Danish. Why: Danish is the language the care workers need,
and with Danish in the source the Danish UI is complete by construction — a
missing, stale or broken ``.qm`` can never put English (or a half-translated
window) in front of a care worker in a crisis. English is the translation
(``resources/translations/nodkopi_en.ts``); ``nodkopi_da.ts`` carries the same
strings so wording can be polished in Qt Linguist without touching code. Tests
check that the English file is complete and keeps every placeholder.

Loading: the ``.qm`` built by ``scripts/translations.py build`` is used when it
exists and is not older than its ``.ts``; otherwise the ``.ts`` (XML) is read at
start-up into a small in-memory translator — a few milliseconds, no tool needed,
so a source checkout or a bundle without built ``.qm`` files still runs in the
chosen language. Qt's own strings (dialog buttons, the print dialog) come from
``qtbase_<lang>.qm`` shipped with PySide6.

Language: the ``language`` setting ('da', 'en'), else the system locale: English
for an English system, Danish otherwise (the app is for Danish municipalities).
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from continuity_app.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("da", "en")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def choose_language(setting: str = "", system: QLocale | None = None) -> str:
    if setting in (*LANGUAGES, "pseudo"):  # pseudo: the layout test's stretched Danish
        return setting
    system = system or QLocale.system()
    return "en" if system.language() == QLocale.Language.English else "da"


def locale_for(language: str) -> QLocale:
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.Denmark)
    return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)


class TsTranslator(QTranslator):
    """A translator read straight from a Qt Linguist ``.ts`` file (no ``lrelease`` needed)."""

    def __init__(self, messages: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self._messages = messages

    @classmethod
    def from_file(cls, path: Path) -> TsTranslator:
        return cls(read_ts(path))

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        # Never None or "": Qt takes any non-null string as the answer, and returning None
        # from this override upsets PySide's reference counts. The source text stands for
        # "not translated"; ``Translations.install`` puts Qt's own translator in front.
        return self._messages.get((context, source_text), source_text)

    def isEmpty(self) -> bool:
        return not self._messages


class PseudoTranslator(QTranslator):
    """Every string of ours 40 % longer (Vorta's pseudo-locale): shows in tests and
    screenshots where a longer translation would be cut off. Placeholders, accelerators
    and line breaks stay as they are."""

    STRETCH = 0.4

    def __init__(self, contexts: set[str]) -> None:
        super().__init__()
        self._contexts = contexts

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context not in self._contexts or not source_text.strip():
            return source_text
        pad = max(1, round(len(source_text) * self.STRETCH))
        return source_text + " " + "~" * pad

    def isEmpty(self) -> bool:
        return False


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation, for the finished, non-obsolete messages."""
    messages: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            tr = message.find("translation")
            if source is None or tr is None:
                continue
            if tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                messages[(name, source)] = tr.text
    return messages


class Translations:
    """The translators installed on the application; ``install(lang)`` swaps them."""

    def __init__(self) -> None:
        self.language = "da"
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(locale_for("en" if language == "en" else "da"))
        # Qt asks the translator installed LAST first: ours first, Qt's own after it, so
        # Qt's strings are answered by qtbase before ours would echo their source text.
        ours: QTranslator | None
        if language == "pseudo":
            contexts = {c for c, _s in read_ts(translations_dir() / "nodkopi_da.ts")}
            ours, language = PseudoTranslator(contexts), "da"
        else:
            ours = load_ours(language)
        if ours is not None:
            self._installed.append(ours)
        qt = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            self._installed.append(qt)
        for translator in self._installed:
            app.installTranslator(translator)


def load_ours(language: str, folder: Path | None = None) -> QTranslator | None:
    folder = folder or translations_dir()
    ts = folder / f"nodkopi_{language}.ts"
    qm = folder / f"nodkopi_{language}.qm"
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        translator = QTranslator()
        if translator.load(str(qm)):
            return translator
        log.warning("could not load %s; reading the .ts instead", qm.name)
    if ts.exists():
        return TsTranslator.from_file(ts)
    if language != "da":  # Danish is the source language: nothing to load is fine
        log.warning("no translation file for language %s", language)
    return None
