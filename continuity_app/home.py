"""The client home's layout: one place that names every file in it.

::

    HOME/
      config.json            settings (continuity_app.settings, scope "client")
      publisher-key.pub      the pinned publisher key (copied at enrollment)
      device.json            device id, public key, private key wrapped under the passphrase
      state.json             sync state: highest sequence ever accepted, attempts, HTTP validators
      lockout.json           wrong-passphrase counter and the time of the next allowed try
      opened.json            per scope, the newest generation that has opened on this laptop
                             (pruning never removes it: the last data known to be readable)
      generations/           the last N verified bundles, still encrypted: <scope>-<sequence>.bundle
      accepted/<scope>.latest.json  the publisher-signed latest.json of the newest accepted bundle
                             (kept for continuity-app share)
      unopenable.json        generations that verified but would not open on this laptop
      partial/               resumable downloads in progress (still encrypted, unverified),
                             and sync.lock: one sync at a time (holds the running sync's start)
      partial/unfinished/    one note per --out file being written (its hidden partial's
                             path); the next command removes what a killed one left
      lockout.lock           held while a passphrase is tried (tries queue up, each counts)
      audit/audit.log        the encrypted, hash-chained audit log
      logs/app.log           the program's own log (never health data)
      gui.ini                window geometry, last view (no health data)

Nothing in the home is plaintext health data.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from continuity_app.paths import client_home, file_stem

_GENERATION = re.compile(r"(?P<scope>[A-Za-z0-9][A-Za-z0-9._-]*)-(?P<seq>\d+)\.bundle")


@dataclass(frozen=True)
class Generation:
    """One stored, verified, still encrypted bundle: ``generations/<scope>-<seq:08d>.bundle``."""

    path: Path
    scope: str
    sequence: int


def generation_name(scope: str, sequence: int) -> str:
    """The file of a stored generation; any unit id gets a safe name (``names.file_stem``)."""
    return f"{file_stem(scope)}-{sequence:08d}.bundle"


@dataclass(frozen=True)
class ClientHome:
    root: Path

    @classmethod
    def resolve(cls, explicit: str | os.PathLike[str] | None = None) -> ClientHome:
        return cls(client_home(explicit))

    @property
    def config(self) -> Path:
        return self.root / "config.json"

    @property
    def publisher_key(self) -> Path:
        return self.root / "publisher-key.pub"

    @property
    def device(self) -> Path:
        return self.root / "device.json"

    @property
    def state(self) -> Path:
        return self.root / "state.json"

    @property
    def lockout(self) -> Path:
        return self.root / "lockout.json"

    @property
    def opened(self) -> Path:
        return self.root / "opened.json"

    def last_opened(self, scope: str) -> int | None:
        """The newest sequence of ``scope`` that has opened (decrypted) here, if known."""
        from continuity_app import jsonread

        try:
            value = jsonread.read_object(self.opened, error=ValueError, limit=64 * 1024).get(scope)
        except (OSError, ValueError):
            return None
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def note_opened(self, scope: str, sequence: int) -> None:
        """Remember that ``sequence`` of ``scope`` opened (never lowered by an older one)."""
        import json

        from continuity_app import jsonread
        from continuity_app.paths import atomic_write

        try:
            known = jsonread.read_object(self.opened, error=ValueError, limit=64 * 1024)
        except (OSError, ValueError):
            known = {}
        held = known.get(scope)
        if isinstance(held, int) and held >= sequence:
            return
        known[scope] = sequence
        atomic_write(self.opened, json.dumps(known, indent=1).encode("utf-8") + b"\n")

    @property
    def generations(self) -> Path:
        return self.root / "generations"

    def accepted_latest(self, scope: str) -> Path:
        return self.root / "accepted" / f"{scope}.latest.json"

    @property
    def unopenable(self) -> Path:
        return self.root / "unopenable.json"

    @property
    def partial(self) -> Path:
        return self.root / "partial"

    @property
    def unfinished_outputs(self) -> Path:
        return self.partial / "unfinished"

    @property
    def audit_log(self) -> Path:
        return self.root / "audit" / "audit.log"

    @property
    def app_log(self) -> Path:
        return self.root / "logs" / "app.log"

    @property
    def gui_state(self) -> Path:
        return self.root / "gui.ini"

    def list_generations(self, scope: str | None = None) -> list[Generation]:
        """Stored generations (optionally of one scope), newest first."""
        if not self.generations.is_dir():
            return []
        stem = None if scope is None else file_stem(scope)
        found = []
        for path in self.generations.iterdir():
            match = _GENERATION.fullmatch(path.name)
            if match and path.is_file() and (stem is None or match["scope"] == stem):
                # the file names the scope's stem; the scope asked for is the real id
                found.append(Generation(path, scope or match["scope"], int(match["seq"])))
        return sorted(found, key=lambda g: g.sequence, reverse=True)

    def is_enrolled(self) -> bool:
        return self.device.exists() and self.publisher_key.exists()

    def create(self) -> None:
        """Make the folders, owner-only (the home holds keys, even if wrapped)."""
        for folder in (self.root, self.generations, self.partial, self.audit_log.parent,
                       self.app_log.parent):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
