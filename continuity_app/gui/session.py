"""The GUI's boundary to the vault and sync: what it needs, and nothing else.

``SessionLike`` is what an unlocked session offers (E2's ``vault.Session``
fits it). ``Backend`` is how the GUI unlocks, syncs and reads sync status;
``VaultBackend`` plugs in the real ``continuity_app.vault`` and
``continuity_app.sync`` for a client home (``gui/backend.py``).

Every call here may block: the GUI calls them through ``tasks`` only — unlock and
reload on the database thread (the store is created there), sync and status on
the I/O pool. Their ``progress`` is the core's ``progress(stage, fraction)``,
passed through untouched: the widget showing the bar words the stage
(``gui/progress.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from continuity_app.home import ClientHome
from continuity_app.progress import Progress


class SessionLike(Protocol):
    @property
    def store(self) -> Any: ...

    @property
    def warnings(self) -> Any: ...

    def audit(self, event: str, **fields: Any) -> object: ...

    def lock(self, reason: str = "manual") -> None: ...


@dataclass
class SyncAttempt:
    """One row of the sync history, as the GUI shows it."""

    at: dt.datetime | None
    ok: bool
    text: str  # the outcome in words ("ny data, løbenummer 42", the error sentence …)


@dataclass
class SyncStatus:
    """What the banner and the sync view show; built from ``sync.status(home)``."""

    created_at: dt.datetime | None = None
    valid_until: dt.datetime | None = None
    sequence: int | None = None
    scope: str = ""
    last_attempt: SyncAttempt | None = None
    history: list[SyncAttempt] = field(default_factory=list)
    generations: list[str] = field(default_factory=list)
    next_sync: dt.datetime | None = None
    source: str = ""
    warnings: list[str] = field(default_factory=list)  # sync.status warning codes
    #: a laptop with several municipalities: this one's enrolment name, and the others'
    #: statuses (each with its name); the fields above are the first enrolment's
    name: str = ""
    others: list[SyncStatus] = field(default_factory=list)

    @property
    def last_failed(self) -> bool:
        return self.last_attempt is not None and not self.last_attempt.ok


class Backend(Protocol):
    @property
    def home(self) -> ClientHome | None: ...

    def settings(self) -> dict[str, Any]: ...

    def unlock(self, passphrase: str, progress: Progress) -> SessionLike: ...

    def reload(self, session: SessionLike, progress: Progress) -> SessionLike | None: ...

    def sync(self, progress: Progress, from_file: Path | None = None) -> str: ...

    def status(self, now: dt.datetime) -> SyncStatus | None: ...

    def reachable(self) -> bool | None: ...
