"""Sync: sources (folder, HTTP), fetch → verify → store generations, scheduling, status.

Needs no secret and never decrypts. The public API::

    run_sync(home, *, source=None, from_file=None, progress=None, deadline_s=None, now=None)
        -> SyncOutcome                          # never raises a KnownError
    status(home, *, now=None) -> Status         # what the status command and the GUI show
    schedule.next_sync(now, times) / schedule.next_due(...)
    generations.list_generations(home, scope)   # newest first
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from continuity_app.sync.status import GenerationInfo, Status, StatusWarning, WarningCode, status
from continuity_app.sync.transfer import SyncStage

if TYPE_CHECKING:
    from continuity_app.sync.run import STAGES, SyncOutcome, SyncResult, run_sync

# ``sync.run`` (and the HTTP client, urllib3, it brings) is imported when first asked for:
# unlocking reads only ``sync.trust`` and ``sync.generations``, and a fresh process
# should not pay for the rest.
_LATER = frozenset({"STAGES", "SyncOutcome", "SyncResult", "run_sync"})

__all__ = [
    "STAGES",
    "GenerationInfo",
    "Status",
    "StatusWarning",
    "SyncOutcome",
    "SyncResult",
    "SyncStage",
    "WarningCode",
    "run_sync",
    "status",
]


def __getattr__(name: str) -> Any:
    if name not in _LATER:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.run"), name)
