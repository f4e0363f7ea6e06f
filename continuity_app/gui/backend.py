"""``VaultBackend``: the real vault and sync behind the GUI's ``Backend`` boundary.

Sync status is read without the passphrase (sync state, the headers of the
stored generations — signed but still encrypted bundles), so the unlock page can
say how old the data is and the sync view works while locked.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from continuity_app import settings as settings_mod
from continuity_app.errors import ExitCode, InternalError, KnownError
from continuity_app.gui.session import SessionLike, SyncAttempt, SyncStatus
from continuity_app.home import ClientHome
from continuity_app.progress import Progress

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

log = logging.getLogger(__name__)

HISTORY = 30


class VaultBackend:
    def __init__(self, home: ClientHome) -> None:
        self.home = home

    def settings(self) -> dict[str, Any]:
        return settings_mod.load(self.home.config)

    # --- unlock -------------------------------------------------------------------------
    def unlock(self, passphrase: str, progress: Progress) -> SessionLike:
        from continuity_app.vault import unlock
        from continuity_app.vault.several import unlock_all

        # A wrong passphrase raises vault's WrongPassphrase, which carries the wait.
        if sum(h.is_enrolled() for h in self.home.enrolments()) > 1:
            progress("unwrap", 0.0)
            return SeveralSession(unlock_all(self.home, passphrase))
        return unlock(self.home, passphrase, progress=progress)

    def reload(self, session: SessionLike, progress: Progress) -> SessionLike | None:
        """Open a newer generation in the unlocked session; None when nothing newer."""
        reload = getattr(session, "reload", None)
        if reload is None:
            return None
        changed = reload(progress=progress)
        return session if changed else None

    # --- sync ---------------------------------------------------------------------------
    def sync(self, progress: Progress, from_file: Path | None = None) -> str:
        """Pull (or read ``from_file``), verify and store; a failure raises its KnownError."""
        from continuity_app.sync import run_sync

        # every enrolment from its own source (a file is for the first); the first failure
        # is raised once all were tried, as ``continuity-app sync`` does
        homes = [self.home] if from_file else self.home.enrolments()
        texts, failed = [], None
        for home in homes:
            outcome = run_sync(home, from_file=from_file, progress=progress)
            text = describe_outcome(outcome) if outcome.ok else outcome.message
            texts.append(f"{home.enrolment_name}: {text}" if len(homes) > 1 else text)
            if not outcome.ok and failed is None:
                failed = outcome.error or InternalError(outcome.message)
        if failed is not None:
            if len(homes) > 1:
                log.warning("sync: %s", " · ".join(texts))
            raise failed
        return "\n".join(texts)

    def status(self, now: dt.datetime) -> SyncStatus | None:
        """Everything the sync view and the banner show, read without the passphrase: the
        first enrolment's, with every other enrolment's in ``others``."""
        homes = self.home.enrolments()
        first = _status_of(homes[0], now)
        if first is None:
            return None
        first.others = [s for s in (_status_of(h, now) for h in homes[1:]) if s is not None]
        return first

    def reachable(self) -> bool | None:
        """Whether the configured source answers, parsed exactly as sync parses it."""
        from continuity_app.sync.sources import configured_source

        try:
            return configured_source(self.home).reachable()
        except KnownError:
            return None  # no source set, or one sync would refuse


def _status_of(home: ClientHome, now: dt.datetime) -> SyncStatus | None:
    """One enrolment's status (None when it is not enrolled)."""
    from continuity_app.sync import status as sync_status
    from continuity_app.sync.state import load_state

    found = sync_status(home, now=now)
    if not found.enrolled:
        return None
    result = SyncStatus(
        source=found.source, scope=found.scope, next_sync=found.next_sync, name=home.enrolment_name
    )
    current = found.current
    if current is not None:
        result.created_at = current.created_at
        result.valid_until = current.valid_until
        result.sequence = current.sequence
        result.scope = current.scope_name or current.scope
    result.generations = [_generation_text(g) for g in found.generations]
    attempts = load_state(home).attempts[-HISTORY:]
    result.history = [SyncAttempt(at=a.time, ok=a.ok, text=_attempt_text(a)) for a in reversed(attempts)]
    result.last_attempt = result.history[0] if result.history else None
    result.warnings = [w.code for w in found.warnings]
    return result


class SeveralSession:
    """Every enrolment of a laptop with several, unlocked with the one passphrase, seen as
    the first one's session (citizens, medication, journal, audit are the first's); the
    views that show all municipalities together (vehicles, contact trees) read ``together``.
    """

    def __init__(self, together: Any) -> None:
        self.together = together
        self.first = together.session(together.names[0])

    def __getattr__(self, name: str) -> Any:
        return getattr(self.first, name)

    def reload(self, *, progress: Progress | None = None) -> bool:
        changed = [s.reload(progress=progress) for s in self.together.sessions.values()]
        return any(changed)

    def lock(self, reason: str = "manual") -> None:
        self.together.lock(reason)


def _generation_text(gen: Any) -> str:
    from continuity_app.gui import fmt

    when = fmt.datetime_text(gen.created_at) if gen.created_at else translate("Backend", "ulæselig")
    text = translate("Backend", "Løbenummer %1 – data fra %2")
    return text.replace("%1", str(gen.sequence)).replace("%2", when)


def describe_outcome(outcome: Any) -> str:
    result = str(getattr(getattr(outcome, "result", ""), "value", ""))
    sequence = getattr(outcome, "sequence", None)
    if result == "new_data":
        return translate("Backend", "Nye data hentet (løbenummer %1).").replace("%1", str(sequence))
    if result == "up_to_date":
        return translate("Backend", "Data er allerede de nyeste.")
    return str(getattr(outcome, "message", "")) or translate("Backend", "Synkroniseringen er færdig.")


def _attempt_text(attempt: Any) -> str:
    if attempt.result == "new_data":
        return translate("Backend", "Nye data (løbenummer %1)").replace("%1", str(attempt.sequence))
    if attempt.result == "up_to_date":
        return translate("Backend", "Allerede de nyeste data")
    from continuity_app.gui.errors import headline

    try:
        code = ExitCode(attempt.exit_code)
    except ValueError:
        code = ExitCode.BUG
    return headline(code)  # the core's English detail stays in the sync state and the log
