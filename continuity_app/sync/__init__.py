"""Sync: sources (folder, HTTP), fetch → verify → store generations, scheduling, status.

Needs no secret and never decrypts. The public API::

    run_sync(home, *, source=None, from_file=None, progress=None, deadline_s=None, now=None)
        -> SyncOutcome                          # never raises a KnownError
    status(home, *, now=None) -> Status         # what the status command and the GUI show
    schedule.next_sync(now, times) / schedule.next_due(...)
    generations.list_generations(home, scope)   # newest first
"""

from continuity_app.sync.run import STAGES, SyncOutcome, SyncResult, run_sync
from continuity_app.sync.status import GenerationInfo, Status, StatusWarning, WarningCode, status
from continuity_app.sync.transfer import SyncStage

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
