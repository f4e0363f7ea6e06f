"""Errors in the UI language: one Danish sentence per kind of known failure.

The core's ``KnownError`` messages are English (they are also the command line's
one-line errors and name files and values). The app shows a translated sentence
chosen by the error's exit code, with the core's sentence as the detail.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from continuity_app.errors import ExitCode, KnownError

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")




def headline(code: ExitCode) -> str:
    texts = {
        ExitCode.NOT_SET_UP: translate("Errors", "Nødkopien er ikke sat op på denne computer endnu."),
        ExitCode.WRONG_PASSPHRASE: translate("Errors", "Forkert adgangsudtryk."),
        ExitCode.WAIT_BEFORE_RETRY: translate("Errors", "For mange forkerte adgangsudtryk i træk."),
        ExitCode.SOURCE_UNREACHABLE: translate("Errors", "Kilden til nye data kunne ikke nås."),
        ExitCode.CORRUPT: translate("Errors", "Den hentede fil er beskadiget."),
        ExitCode.BAD_SIGNATURE: translate(
            "Errors", "Den hentede fil har ikke kommunens gyldige underskrift."),
        ExitCode.WRONG_SCOPE: translate("Errors", "Den hentede fil er til en anden enhed."),
        ExitCode.NOT_ADDRESSED: translate("Errors", "Den hentede fil er ikke til denne computer."),
        ExitCode.REPLAY: translate(
            "Errors", "Den hentede fil er ikke nyere end de data, der allerede er her."),
        ExitCode.TOO_LARGE: translate("Errors", "Den hentede fil er for stor."),
        ExitCode.DISK: translate("Errors", "Der kunne ikke skrives til disken."),
        ExitCode.UNSUPPORTED_VERSION: translate("Errors", "Filen er lavet af en nyere udgave af Nødkopi."),
        ExitCode.NO_DATA: translate("Errors", "Der er endnu ikke hentet nogen data."),
        ExitCode.AUDIT_TAMPERED: translate("Errors", "Adgangsloggen er blevet ændret."),
        ExitCode.EXPIRED: translate("Errors", "Data er forældede."),
        ExitCode.CANCELLED: translate("Errors", "Afbrudt."),
        ExitCode.INVALID_INPUT: translate("Errors", "Filen kunne ikke læses."),
        ExitCode.NOT_HELD: translate(
            "Errors", "Det kan ikke udskrives herfra: de data er ikke på denne computer."),
    }
    return texts.get(code, translate("Errors", "Handlingen mislykkedes."))


def describe(err: BaseException) -> str:
    """The text a person sees: a translated headline and the detail, or an apology for a bug."""
    if isinstance(err, KnownError):
        return f"{headline(err.exit_code)}\n{err}"
    return translate("Errors", "Der opstod en uventet fejl – beklager. Detaljerne står i programmets log; "
              "giv dem til kommunens IT.")
