"""Every kind of failure has its own sentence in the app, from the translation files.

The app words a failure by its class, never by its exit code alone and never with the
core's English message: a locked session is not "not set up", a sync waiting for
another is not "the source does not answer".
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import continuity_app
from continuity_app.errors import ExitCode, KnownError
from continuity_app.gui.errors import describe, headline, sentence_for
from continuity_app.gui.i18n import Translations, read_ts, translations_dir

DETAIL = "the core's technical detail in English"


def every_known_error() -> list[type[KnownError]]:
    for module in pkgutil.walk_packages(continuity_app.__path__, "continuity_app."):
        importlib.import_module(module.name)
    found: list[type[KnownError]] = []
    todo = [KnownError]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in found and sub.__module__.startswith("continuity_app."):
                found.append(sub)
                todo.append(sub)
    return found


def instance(kind: type[KnownError]) -> KnownError:
    """An error of ``kind`` whatever its constructor takes (the sentence goes by the class)."""
    err = kind.__new__(kind)
    Exception.__init__(err, DETAIL)
    return err


def errors_context(language: str) -> dict[str, str]:
    ts = read_ts(translations_dir() / f"nodkopi_{language}.ts")
    return {source: text for (context, source), text in ts.items() if context == "Errors"}


KINDS = every_known_error()


def test_the_walk_finds_the_failures_of_every_layer() -> None:
    names = {k.__name__ for k in KINDS}
    assert {
        "SessionLocked",
        "SyncBusy",
        "SetupError",
        "WaitBeforeRetry",
        "Busy",
        "Cancelled",
        "HandbackForged",
        "SettingsError",
        "PrinterRefused",
        "SelftestFailed",
    } <= names
    assert len(KINDS) > 40


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: f"{k.__module__}.{k.__name__}")
def test_every_failure_has_a_translated_sentence(qapp, kind: type[KnownError]) -> None:
    danish, english = errors_context("da"), errors_context("en")
    sentence = sentence_for(kind)
    assert sentence is not None, f"no sentence for {kind.__name__} in gui/errors.py"
    assert sentence in danish  # a source string of the translation files
    translations = Translations()  # held: its translators live as long as it does
    try:
        translations.install("en")
        shown = describe(instance(kind))
        assert shown == english[sentence] != sentence
        assert DETAIL not in shown
    finally:
        translations.install("da")
    assert describe(instance(kind)) == sentence


def test_failures_that_share_an_exit_code_say_different_things() -> None:
    from continuity_app.errors import SetupError
    from continuity_app.sync.errors import SourceError, SyncBusy
    from continuity_app.vault.session import SessionLocked

    assert SessionLocked.exit_code == SetupError.exit_code
    assert describe(SessionLocked()) != describe(SetupError("no home"))
    assert SyncBusy.exit_code == SourceError.exit_code
    assert describe(SyncBusy("busy")) != describe(SourceError("down"))


def test_an_exit_code_alone_still_has_its_sentence() -> None:
    """The sync history keeps only exit codes: each one a failure can have is worded."""
    from continuity_app.errors import SetupError
    from continuity_app.sync.errors import SourceError

    assert headline(ExitCode.NOT_SET_UP) == sentence_for(SetupError)
    assert headline(ExitCode.SOURCE_UNREACHABLE) == sentence_for(SourceError)
    for kind in KINDS:
        assert headline(kind.exit_code) in errors_context("da")
