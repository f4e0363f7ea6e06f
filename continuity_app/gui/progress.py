"""The receiving end of the core's ``progress(stage, fraction)`` in the GUI.

The core reports every long step in one shape (``continuity_app.progress.Progress``);
the backend passes it through untouched and the widget that shows the bar words the
stage here, in the person's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def stage_text(stage: str) -> str:
    """The words for a stage of unlock (``vault.session``) or sync (``sync.SyncStage``); "" if unknown."""
    texts = {
        "unwrap": translate("Progress", "Kontrollerer adgangsudtrykket"),
        "verify": translate("Progress", "Kontrollerer underskriften"),
        "decrypt": translate("Progress", "Dekrypterer"),
        "import": translate("Progress", "Indlæser data"),
        "connect": translate("Progress", "Forbinder"),
        "download": translate("Progress", "Henter"),
        "store": translate("Progress", "Gemmer"),
        "done": translate("Progress", "Færdig"),
    }
    return texts.get(stage, "")


def sync_fraction(stage: str, fraction: float) -> float:
    """How far a whole sync is, from the fraction within one of its stages."""
    from continuity_app.sync import STAGES  # not at start-up: the sync package is loaded when used

    index = STAGES.index(stage) if stage in STAGES else 0
    return (index + max(0.0, min(1.0, fraction))) / len(STAGES)
