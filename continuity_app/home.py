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
      enrolments/<name>/     further enrolments (``enroll --add NAME``), one per publisher
                             (e.g. a neighbouring municipality): each a complete home of this
                             layout with its own pinned root, device, scope, state and
                             generations. The home itself is the first enrolment; its name
                             is the ``enrolment_name`` setting, else ``main``.

Nothing in the home is plaintext health data.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from continuity_app.paths import client_home, file_stem

ENROLMENTS = "enrolments"
FIRST_ENROLMENT = "main"
_ENROLMENT_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")
_GENERATION = re.compile(r"(?P<scope>[A-Za-z0-9][A-Za-z0-9._-]*)-(?P<seq>\d+)\.bundle")


@dataclass(frozen=True)
class Generation:
    """One stored, verified, still encrypted bundle: ``generations/<scope>-<seq:08d>.bundle``."""

    path: Path
    scope: str
    sequence: int


def check_enrolment_name(name: str) -> str:
    """An enrolment's name: lower-case letters a–z, digits and '-', at most 40 (a folder name)."""
    if not _ENROLMENT_NAME.fullmatch(name):
        raise ValueError(
            f"enrolment name {name!r}: use lower-case letters a-z, digits and '-' (at most 40), e.g. 'skive'"
        )
    return name


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

    @property
    def added_enrolments(self) -> Path:
        return self.root / ENROLMENTS

    @property
    def enrolment_name(self) -> str:
        """This enrolment's name: an added one's folder name; the first's ``enrolment_name``
        setting, else ``main``."""
        from continuity_app import jsonread

        if self.root.parent.name == ENROLMENTS and _ENROLMENT_NAME.fullmatch(self.root.name):
            return self.root.name
        try:
            value = jsonread.read_object(self.config, error=ValueError, limit=1024 * 1024).get(
                "enrolment_name"
            )
        except (OSError, ValueError):
            value = None
        return value if isinstance(value, str) and _ENROLMENT_NAME.fullmatch(value) else FIRST_ENROLMENT

    def enrolments(self) -> list[ClientHome]:
        """Every enrolment of this laptop: the home itself first, then those added (by name)."""
        found = [self]
        folder = self.added_enrolments
        if folder.is_dir():
            found += [
                ClientHome(p)
                for p in sorted(folder.iterdir())  # an unfinished --add: not one
                if _ENROLMENT_NAME.fullmatch(p.name) and (p / "device.json").is_file()
            ]
        return found

    def enrolment(self, name: str | None) -> ClientHome:
        """The enrolment called ``name`` (None: the home itself). Raises ``LookupError`` naming
        the enrolments there are."""
        if name is None:
            return self
        homes = self.enrolments()
        for home in homes:
            if home.enrolment_name == name:
                return home
        known = ", ".join(h.enrolment_name for h in homes)
        raise LookupError(f"no enrolment '{name}' in {self.root} (there is: {known})")

    def is_enrolled(self) -> bool:
        return self.device.exists() and self.publisher_key.exists()

    def create(self) -> None:
        """Make the folders, owner-only (the home holds keys, even if wrapped)."""
        for folder in (self.root, self.generations, self.partial, self.audit_log.parent, self.app_log.parent):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
