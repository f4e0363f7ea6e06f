"""Errors in the UI language: one sentence per kind of known failure, saying what to do.

The core's ``KnownError`` messages are English (they are also the command line's
one-line errors and name files and values). A person in the app sees only the
translated sentence chosen by the error's class (a locked session and a missing
setup share an exit code but not a sentence); the core's sentence is the
technical detail, in the log and behind "Detaljer" (``show_error``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from continuity_app.errors import ExitCode, KnownError

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def sentences() -> dict[type[KnownError], str]:
    """The sentence for each kind of failure (a subclass says it unless it has its own).

    The first class of each exit code gives the sentence for that code alone (the sync
    history keeps only the code).
    """
    from continuity_app import errors as e
    from continuity_app.bundle import errors as bundle
    from continuity_app.gui.printer import PrinterRefused
    from continuity_app.journal.handback import HandbackRefused
    from continuity_app.journal.journal import NeedsConfirmation
    from continuity_app.journal.validate import EntryRefused
    from continuity_app.passphrases import WeakPassphrase
    from continuity_app.printing.api import NotHeld, PrintError
    from continuity_app.publish.shrink import ShrinkRefused
    from continuity_app.settings import SettingsError
    from continuity_app.sync import errors as sync
    from continuity_app.vault.lockout import WaitBeforeRetry
    from continuity_app.vault.session import SessionLocked

    return {
        e.SetupError: translate(
            "Errors", "Nødkopien er ikke sat op på denne computer endnu. Bed kommunens IT om at sætte den op."
        ),
        SettingsError: translate(
            "Errors",
            "Nødkopiens indstillinger på denne computer kan ikke bruges. Bed kommunens IT om at rette dem.",
        ),
        SessionLocked: translate("Errors", "Data er låst. Lås op med enhedens adgangsudtryk."),
        e.PassphraseError: translate(
            "Errors",
            "Forkert adgangsudtryk. Skriv det igen, præcis som det står på papiret i den forseglede kuvert.",
        ),
        WaitBeforeRetry: translate(
            "Errors", "For mange forkerte adgangsudtryk i træk. Vent lidt, og prøv så igen."
        ),
        e.Busy: translate("Errors", "En anden handling er ikke færdig endnu. Vent et øjeblik, og prøv igen."),
        sync.SourceError: translate(
            "Errors",
            "Nye data kunne ikke hentes, fordi kilden ikke svarer. De gemte data kan "
            "stadig bruges; prøv igen senere.",
        ),
        sync.SyncBusy: translate("Errors", "En anden synkronisering er i gang. Vent, til den er færdig."),
        bundle.BundleError: translate(
            "Errors",
            "Den hentede fil er beskadiget eller ikke en Nødkopi-fil. De gemte data "
            "bruges stadig; prøv igen, eller bed IT om en ny fil.",
        ),
        sync.DownloadCorrupt: translate(
            "Errors",
            "Den hentede fil er beskadiget eller ikke en Nødkopi-fil. De gemte data "
            "bruges stadig; prøv igen, eller bed IT om en ny fil.",
        ),
        e.DamagedFile: translate(
            "Errors", "En af Nødkopiens egne filer på denne computer er beskadiget. Kontakt kommunens IT."
        ),
        HandbackRefused: translate(
            "Errors",
            "Journalfilen er afvist: den er beskadiget, ændret eller ikke til denne "
            "enhed. Kontakt kommunens IT.",
        ),
        bundle.BadSignature: translate(
            "Errors",
            "Den hentede fil har ikke kommunens gyldige underskrift og er afvist. Kontakt kommunens IT.",
        ),
        bundle.WrongScope: translate(
            "Errors", "Den hentede fil er til en anden enhed og er afvist. Hent filen til denne enhed."
        ),
        bundle.NotAddressed: translate(
            "Errors", "Den hentede fil er ikke til denne computer. Kontakt kommunens IT."
        ),
        bundle.Replay: translate(
            "Errors",
            "Den hentede fil er ikke nyere end de data, der allerede er her. De gemte data bruges stadig.",
        ),
        bundle.Equivocation: translate(
            "Errors",
            "To forskellige filer med samme løbenummer er modtaget og afvist. De gemte "
            "data bruges stadig. Kontakt straks kommunens IT.",
        ),
        bundle.TooLarge: translate(
            "Errors", "Den hentede fil er for stor og er afvist. Kontakt kommunens IT."
        ),
        sync.DownloadTooLarge: translate(
            "Errors", "Den hentede fil er for stor og er afvist. Kontakt kommunens IT."
        ),
        e.DiskError: translate(
            "Errors",
            "Der kunne ikke skrives til disken. Vælg et andet sted, eller frigør plads, og prøv igen.",
        ),
        PrinterRefused: translate(
            "Errors",
            "Printeren kunne ikke bruges. Kontrollér, at den er tændt og har papir, "
            "eller vælg en anden printer.",
        ),
        e.NewerFormat: translate(
            "Errors",
            "Filen er lavet af en nyere udgave af Nødkopi. Bed kommunens IT om at opdatere programmet.",
        ),
        bundle.UnsupportedVersion: translate(
            "Errors",
            "Filen er lavet af en nyere udgave af Nødkopi. Bed kommunens IT om at opdatere programmet.",
        ),
        e.NoData: translate(
            "Errors", "Der er endnu ikke hentet nogen data. Synkronisér (F5), eller indlæs data fra en fil."
        ),
        e.Cancelled: translate("Errors", "Afbrudt."),
        e.InvalidInput: translate(
            "Errors",
            "Det, der blev bedt om, findes ikke i data på denne computer, eller filen kunne ikke læses.",
        ),
        WeakPassphrase: translate(
            "Errors", "Adgangsudtrykket er for kort eller for enkelt. Brug flere almindelige ord."
        ),
        EntryRefused: translate(
            "Errors", "Notatet kan ikke gemmes, som det er udfyldt. Ret det, og prøv igen."
        ),
        e.AlreadyExists: translate("Errors", "Filen findes allerede. Vælg et andet navn."),
        NotHeld: translate("Errors", "Det kan ikke udskrives herfra: de data er ikke på denne computer."),
        e.UsageError: translate("Errors", "Det valgte kan ikke bruges. Vælg noget andet, og prøv igen."),
        PrintError: translate(
            "Errors", "Udskriften kan ikke laves med de valg. Vælg en anden enhed, borger eller dato."
        ),
        ShrinkRefused: translate(
            "Errors", "Udgivelsen er stoppet, fordi data er skrumpet kraftigt. Kontrollér udtrækkene."
        ),
        NeedsConfirmation: translate(
            "Errors",
            "Notatet gentager en registreret dosis eller overskrider en PN-grænse. "
            "Gem det kun, hvis det er rigtigt.",
        ),
        e.InternalError: bug_text(),
    }


def sentence_for(kind: type[KnownError]) -> str | None:
    """The sentence of ``kind`` or of the nearest class it derives from that has one."""
    table = sentences()
    for cls in kind.__mro__:
        if cls is KnownError:
            break
        if cls in table:
            return table[cls]
    return None


def headline(code: ExitCode) -> str:
    """The sentence for an exit code alone (a sync attempt in the history)."""
    for cls, text in sentences().items():
        if cls.exit_code == code:
            return text
    return _generic()


def _generic() -> str:
    return translate("Errors", "Handlingen mislykkedes. Prøv igen; sker det igen, så kontakt kommunens IT.")


def bug_text() -> str:
    return translate(
        "Errors",
        "Der opstod en uventet fejl – beklager. Detaljerne står i programmets log; giv dem til kommunens IT.",
    )


def describe(err: BaseException) -> str:
    """The sentence a person sees: what happened and what to do (never the core's English)."""
    if isinstance(err, KnownError):
        return sentence_for(type(err)) or _generic()
    return bug_text()


def details(err: BaseException) -> str:
    """The technical detail for IT (behind "Detaljer", and in the log)."""
    return f"{type(err).__name__}: {err}".strip()


def show_error(parent: QWidget | None, err: BaseException) -> QMessageBox:
    """A warning box with the sentence, and the technical detail behind "Detaljer"."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Errors", "Nødkopi"),
        describe(err),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("errorBox")
    box.setDetailedText(details(err))
    for button in box.buttons():  # Qt's own "Vis detaljer…" reads as "Detaljer" here
        if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
            button.setText(translate("Errors", "Detaljer"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
