"""Errors in the UI language: one sentence per kind of known failure, saying what to do.

The core's ``KnownError`` messages are English (they are also the command line's
one-line errors and name files and values). A person in the app sees only the
translated sentence chosen by the error's exit code; the core's sentence is the
technical detail, in the log and behind "Detaljer" (``show_error``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from continuity_app.errors import ExitCode, KnownError

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def headline(code: ExitCode) -> str:
    texts = {
        ExitCode.NOT_SET_UP: translate(
            "Errors", "Nødkopien er ikke sat op på denne computer endnu. Bed kommunens IT om "
            "at sætte den op."),
        ExitCode.WRONG_PASSPHRASE: translate(
            "Errors", "Forkert adgangsudtryk. Skriv det igen, præcis som det står på papiret i "
            "den forseglede kuvert."),
        ExitCode.WAIT_BEFORE_RETRY: translate(
            "Errors", "For mange forkerte adgangsudtryk i træk. Vent lidt, og prøv så igen."),
        ExitCode.SOURCE_UNREACHABLE: translate(
            "Errors", "Nye data kunne ikke hentes, fordi kilden ikke svarer. De gemte data kan "
            "stadig bruges; prøv igen senere."),
        ExitCode.CORRUPT: translate(
            "Errors", "Den hentede fil er beskadiget eller ikke en Nødkopi-fil. De gemte data "
            "bruges stadig; prøv igen, eller bed IT om en ny fil."),
        ExitCode.BAD_SIGNATURE: translate(
            "Errors", "Den hentede fil har ikke kommunens gyldige underskrift og er afvist. "
            "Kontakt kommunens IT."),
        ExitCode.WRONG_SCOPE: translate(
            "Errors", "Den hentede fil er til en anden enhed og er afvist. Hent filen til "
            "denne enhed."),
        ExitCode.NOT_ADDRESSED: translate(
            "Errors", "Den hentede fil er ikke til denne computer. Kontakt kommunens IT."),
        ExitCode.REPLAY: translate(
            "Errors", "Den hentede fil er ikke nyere end de data, der allerede er her. De "
            "gemte data bruges stadig."),
        ExitCode.TOO_LARGE: translate(
            "Errors", "Den hentede fil er for stor og er afvist. Kontakt kommunens IT."),
        ExitCode.DISK: translate(
            "Errors", "Der kunne ikke skrives til disken. Vælg et andet sted, eller frigør "
            "plads, og prøv igen."),
        ExitCode.UNSUPPORTED_VERSION: translate(
            "Errors", "Filen er lavet af en nyere udgave af Nødkopi. Bed kommunens IT om at "
            "opdatere programmet."),
        ExitCode.NO_DATA: translate(
            "Errors", "Der er endnu ikke hentet nogen data. Synkronisér (F5), eller indlæs "
            "data fra en fil."),
        ExitCode.AUDIT_TAMPERED: translate(
            "Errors", "Adgangsloggen er blevet ændret. Kontakt kommunens IT."),
        ExitCode.EXPIRED: translate(
            "Errors", "Data er forældede. Brug dem med forsigtighed, og synkronisér, så snart "
            "det er muligt."),
        ExitCode.CANCELLED: translate("Errors", "Afbrudt."),
        ExitCode.INVALID_INPUT: translate(
            "Errors", "Det, der blev bedt om, findes ikke i data på denne computer, eller "
            "filen kunne ikke læses."),
        ExitCode.ALREADY_EXISTS: translate(
            "Errors", "Filen findes allerede. Vælg et andet navn."),
        ExitCode.NOT_HELD: translate(
            "Errors", "Det kan ikke udskrives herfra: de data er ikke på denne computer."),
    }
    return texts.get(code, translate(
        "Errors", "Handlingen mislykkedes. Prøv igen; sker det igen, så kontakt kommunens IT."))


def bug_text() -> str:
    return translate("Errors", "Der opstod en uventet fejl – beklager. Detaljerne står i "
                     "programmets log; giv dem til kommunens IT.")


def describe(err: BaseException) -> str:
    """The sentence a person sees: what happened and what to do (never the core's English)."""
    if isinstance(err, KnownError):
        return headline(err.exit_code)
    return bug_text()


def details(err: BaseException) -> str:
    """The technical detail for IT (behind "Detaljer", and in the log)."""
    return f"{type(err).__name__}: {err}".strip()


def show_error(parent: QWidget | None, err: BaseException) -> QMessageBox:
    """A warning box with the sentence, and the technical detail behind "Detaljer"."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Errors", "Nødkopi"), describe(err),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setDetailedText(details(err))
    for button in box.buttons():  # Qt's own "Vis detaljer…" reads as "Detaljer" here
        if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
            button.setText(translate("Errors", "Detaljer"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
