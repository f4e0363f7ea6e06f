"""Errors in the UI language: one Danish sentence per kind of known failure.

The core's ``KnownError`` messages are English (they are also the command line's
one-line errors and name files and values). The app shows a translated sentence
chosen by the error's exit code, with the core's sentence as the detail.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from continuity_app.errors import ExitCode, KnownError


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def headline(code: ExitCode) -> str:
    texts = {
        ExitCode.NOT_SET_UP: _t("Nødkopien er ikke sat op på denne computer endnu."),
        ExitCode.WRONG_PASSPHRASE: _t("Forkert adgangsudtryk."),
        ExitCode.WAIT_BEFORE_RETRY: _t("For mange forkerte adgangsudtryk i træk."),
        ExitCode.SOURCE_UNREACHABLE: _t("Kilden til nye data kunne ikke nås."),
        ExitCode.CORRUPT: _t("Den hentede fil er beskadiget."),
        ExitCode.BAD_SIGNATURE: _t("Den hentede fil har ikke kommunens gyldige underskrift."),
        ExitCode.WRONG_SCOPE: _t("Den hentede fil er til en anden enhed."),
        ExitCode.NOT_ADDRESSED: _t("Den hentede fil er ikke til denne computer."),
        ExitCode.REPLAY: _t("Den hentede fil er ikke nyere end de data, der allerede er her."),
        ExitCode.TOO_LARGE: _t("Den hentede fil er for stor."),
        ExitCode.DISK: _t("Der kunne ikke skrives til disken."),
        ExitCode.UNSUPPORTED_VERSION: _t("Filen er lavet af en nyere udgave af Nødkopi."),
        ExitCode.NO_DATA: _t("Der er endnu ikke hentet nogen data."),
        ExitCode.AUDIT_TAMPERED: _t("Adgangsloggen er blevet ændret."),
        ExitCode.EXPIRED: _t("Data er forældede."),
        ExitCode.CANCELLED: _t("Afbrudt."),
        ExitCode.INVALID_INPUT: _t("Filen kunne ikke læses."),
    }
    return texts.get(code, _t("Handlingen mislykkedes."))


def describe(err: BaseException) -> str:
    """The text a person sees: a translated headline and the detail, or an apology for a bug."""
    if isinstance(err, KnownError):
        return f"{headline(err.exit_code)}\n{err}"
    return _t("Der opstod en uventet fejl – beklager. Detaljerne står i programmets log; "
              "giv dem til kommunens IT.")
