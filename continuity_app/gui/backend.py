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
from continuity_app.errors import ExitCode, KnownError, PassphraseError
from continuity_app.gui.session import Progress, SessionLike, SyncAttempt, SyncStatus, _reachable
from continuity_app.home import ClientHome

log = logging.getLogger(__name__)

HISTORY = 30

def _t(text: str) -> str:
    return QCoreApplication.translate("Backend", text)


def step_text(step: str) -> str:
    texts = {"unwrap": _t("Kontrollerer adgangsudtrykket"),
             "verify": _t("Kontrollerer underskriften"), "decrypt": _t("Dekrypterer"),
             "import": _t("Indlæser data"), "done": _t("Færdig")}
    return texts.get(step, "")


class WrongPassphrase(PassphraseError):
    """A wrong passphrase, with the wait the lockout now asks for before the next try."""

    def __init__(self, message: str, seconds: int) -> None:
        super().__init__(message)
        self.seconds = seconds


class VaultBackend:
    def __init__(self, home: ClientHome) -> None:
        self.home = home

    def settings(self) -> dict[str, Any]:
        return settings_mod.load(self.home.config)

    # --- unlock -------------------------------------------------------------------------
    def unlock(self, passphrase: str, progress: Progress) -> SessionLike:
        from continuity_app.vault import unlock

        try:
            return unlock(self.home, passphrase,
                          progress=lambda step, fraction: progress(fraction, step_text(step)))
        except PassphraseError as err:
            raise WrongPassphrase(str(err), self._lockout_wait()) from None

    def _lockout_wait(self) -> int:
        from continuity_app.vault.lockout import Lockout

        try:
            lockout = Lockout.load(self.home.lockout)
        except KnownError:
            return 0
        if lockout.next_allowed_at is None:
            return 0
        left = (lockout.next_allowed_at - dt.datetime.now(dt.UTC)).total_seconds()
        return max(0, int(left + 0.999))

    def reload(self, session: SessionLike, progress: Progress) -> SessionLike | None:
        """Open a newer generation in the unlocked session; None when nothing newer."""
        reload = getattr(session, "reload", None)
        if reload is None:
            return None
        changed = reload(progress=lambda step, fraction: progress(fraction, step_text(step)))
        return session if changed else None

    # --- sync ---------------------------------------------------------------------------
    def sync(self, progress: Progress, from_file: Path | None = None) -> str:
        from continuity_app import sync

        outcome = sync.run_sync(self.home, from_file=from_file,
                                progress=_sync_progress(progress))
        return describe_outcome(outcome)

    def status(self, now: dt.datetime) -> SyncStatus | None:
        """Everything the sync view shows, read without the passphrase."""
        from continuity_app.sync.schedule import next_sync
        from continuity_app.sync.state import load_state
        from continuity_app.vault import list_generations

        if not self.home.root.exists():
            return None
        values = self.settings()
        state = load_state(self.home)
        generations = list_generations(self.home, values.get("scope") or None)
        status = SyncStatus(source=str(values.get("source", "")), scope=str(values.get("scope", "")))
        status.generations = [g.path.name for g in generations]
        status.history = [
            SyncAttempt(at=a.time, ok=a.ok, text=_attempt_text(a))
            for a in reversed(state.attempts[-HISTORY:])
        ]
        status.last_attempt = status.history[0] if status.history else None
        try:
            status.next_sync = next_sync(now, values.get("sync_times") or ["05:30", "13:30"])
        except KnownError:
            status.next_sync = None
        for gen in generations:  # the newest generation whose header reads
            header = _header(gen.path)
            if header is not None:
                status.created_at = header.created_at
                status.valid_until = header.valid_until
                status.sequence = header.sequence
                status.scope = header.scope_name or header.scope
                break
        return status

    def reachable(self) -> bool | None:
        try:
            source = str(self.settings().get("source", ""))
        except KnownError:
            return None
        return _reachable(source)


def _header(path: Path) -> Any:
    from continuity_app.bundle import parse

    try:
        return parse(path.read_bytes()).header
    except (OSError, KnownError):
        return None


def _sync_progress(progress: Progress) -> Any:
    def report(*args: Any) -> None:
        numbers = [a for a in args if isinstance(a, int | float) and not isinstance(a, bool)]
        if len(numbers) >= 2 and numbers[1]:
            progress(numbers[0] / numbers[1], "")
        elif numbers:
            progress(float(numbers[0]) if numbers[0] <= 1 else 0.5, "")

    return report


def describe_outcome(outcome: Any) -> str:
    result = str(getattr(outcome, "result", ""))
    sequence = getattr(outcome, "sequence", None)
    if result == "new_data":
        return _t("Nye data hentet (løbenummer %1).").replace("%1", str(sequence))
    if result == "up_to_date":
        return _t("Data er allerede de nyeste.")
    return str(getattr(outcome, "message", "")) or _t("Synkroniseringen er færdig.")


def _attempt_text(attempt: Any) -> str:
    if attempt.result == "new_data":
        return _t("Nye data (løbenummer %1)").replace("%1", str(attempt.sequence))
    if attempt.result == "up_to_date":
        return _t("Allerede de nyeste data")
    from continuity_app.gui.errors import headline

    try:
        code = ExitCode(attempt.exit_code)
    except ValueError:
        code = ExitCode.BUG
    return f"{headline(code)} {attempt.message}".strip()
