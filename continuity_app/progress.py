"""The one shape of a progress callback, for every long step the core runs (unlock, sync, print).

``progress(stage, fraction)``: ``stage`` names the step (each caller documents its
words, e.g. ``sync.transfer.SyncStage``), ``fraction`` runs from 0.0 to 1.0 within it.
A caller that needs no progress passes None; the GUI turns the calls into its
progress bar from a worker thread, so a callback must be cheap and thread-safe.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def __call__(self, stage: str, fraction: float, /) -> None: ...


def no_progress(stage: str, fraction: float, /) -> None:
    """The callback of a caller that does not show progress."""
    del stage, fraction
