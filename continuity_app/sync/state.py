"""``state.json``: what sync remembers between runs (never health data).

::

    {"format": "noedkopi-sync-state", "major": 1, "minor": 0,
     "highest": {"<scope>": <highest sequence ever accepted>},
     "validators": {"url": …, "etag": …, "last_modified": …, "sequence": …},
     "attempts": [{"at", "finished_at", "result", "exit_code", "message",
                   "sequence", "expired", "source"}, …]}

``highest`` (with ``guard``: epoch, the accepted file's SHA-256 and size, and the
keys learnt) is the rollback/replay guard: it lives here, apart from the
generation files, and again in a guard file outside the home (``sync.guard``),
both written by :func:`save_state`; :func:`load_state` takes the higher of the
two, so deleting ``state.json``, the generations, or restoring an older copy of
the home cannot lower it. It only ever rises (within an epoch; a root-signed
sequence reset starts a higher epoch). ``equivocation`` holds the warning of two
different bundles with one number until a higher sequence is accepted.
``attempts`` is a bounded history, newest last.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from continuity_app import jsonread, settings
from continuity_app.errors import DiskError, KnownError, NewerFormat, disk_error
from continuity_app.home import ClientHome
from continuity_app.paths import atomic_write
from continuity_app.sync.guard import Accepted, Guard, guard_file, read_guard, write_guard
from continuity_app.sync.transfer import Validators

STATE_FORMAT = "noedkopi-sync-state"
STATE_MAJOR = 1
STATE_MINOR = 1
MAX_ATTEMPTS = 50


@dataclass(frozen=True)
class Attempt:
    at: str  # UTC ISO 8601, when the sync started
    finished_at: str
    result: str  # "new_data", "up_to_date" or "failed"
    exit_code: int
    message: str
    sequence: int | None  # the newest sequence held after the attempt
    expired: bool = False
    source: str = ""  # URL, folder or "--from FILE"

    @property
    def ok(self) -> bool:
        return self.result != "failed"

    @property
    def time(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.at)

    @classmethod
    def from_json(cls, obj: Any) -> Attempt | None:
        if not isinstance(obj, dict):
            return None
        try:
            seq = obj.get("sequence")
            attempt = cls(
                at=str(obj["at"]),
                finished_at=str(obj.get("finished_at", obj["at"])),
                result=str(obj["result"]),
                exit_code=int(obj["exit_code"]),
                message=str(obj.get("message", "")),
                sequence=seq if isinstance(seq, int) and not isinstance(seq, bool) else None,
                expired=bool(obj.get("expired", False)),
                source=str(obj.get("source", "")),
            )
            attempt.time  # noqa: B018 - refuse an unreadable time here, not later
        except (KeyError, TypeError, ValueError):
            return None
        return attempt


@dataclass
class SyncState:
    guard: Guard = field(default_factory=Guard)
    validators: dict[str, Any] = field(default_factory=dict)
    attempts: list[Attempt] = field(default_factory=list)
    equivocation: dict[str, dict[str, Any]] = field(default_factory=dict)
    damaged: bool = False  # the file could not be read; highest is rebuilt from generations
    restored: list[str] = field(default_factory=list)  # what only the guard file still knew

    # -- the replay guard ------------------------------------------------------

    @property
    def highest(self) -> dict[str, int]:
        return {scope: a.sequence for scope, a in self.guard.scopes.items()}

    def highest_for(self, scope: str) -> int:
        return self.guard.accepted(scope).sequence

    def accepted(self, scope: str) -> Accepted:
        return self.guard.accepted(scope)

    def accept(self, scope: str, accepted: Accepted) -> None:
        """A newly stored bundle (or the hash of the one held, learnt again)."""
        held = self.guard.accepted(scope)
        if accepted.order > held.order or (accepted.order == held.order and not held.sha256):
            self.guard.scopes[scope] = accepted
        if accepted.order > held.order:
            self.equivocation.pop(scope, None)

    # -- conditional requests --------------------------------------------------

    def validators_for(self, url: str, sequence: int) -> Validators | None:
        """The validators taken when ``url`` last announced ``sequence`` (the one held)."""
        v = self.validators
        if v.get("url") != url or v.get("sequence") != sequence:
            return None
        return Validators(str(v.get("etag", "")), str(v.get("last_modified", "")))

    def remember_validators(self, url: str, sequence: int, validators: Validators) -> None:
        if validators.etag or validators.last_modified:
            self.validators = {
                "url": url,
                "sequence": sequence,
                "etag": validators.etag,
                "last_modified": validators.last_modified,
            }
        else:
            self.validators = {}

    # -- history ---------------------------------------------------------------

    def record(self, attempt: Attempt) -> None:
        self.attempts = [*self.attempts, attempt][-MAX_ATTEMPTS:]

    @property
    def last_attempt(self) -> Attempt | None:
        return self.attempts[-1] if self.attempts else None

    @property
    def last_success(self) -> Attempt | None:
        return next((a for a in reversed(self.attempts) if a.ok), None)

    @property
    def last_failure(self) -> Attempt | None:
        return next((a for a in reversed(self.attempts) if not a.ok), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": STATE_FORMAT,
            "major": STATE_MAJOR,
            "minor": STATE_MINOR,
            "highest": dict(sorted(self.highest.items())),
            "guard": self.guard.to_json(),
            "equivocation": self.equivocation,
            "validators": self.validators,
            "attempts": [asdict(a) for a in self.attempts],
        }


def load_state(home: ClientHome) -> SyncState:
    """The state, or an empty one if there is none yet or it is damaged (``damaged`` set),
    its guard raised to the guard file's wherever that one is higher (``restored`` says where).

    A newer major version is refused rather than overwritten: a newer program's
    replay guard must not be lost by running an older one.
    """
    state = _load_state_file(home)
    second = _guard_path(home)
    other = read_guard(second) if second is not None else None
    if other is not None:
        state.restored = state.guard.merge(other)
    return state


def _guard_path(home: ClientHome) -> Path | None:
    try:
        device_id = settings.load_client(home.config).device_id
    except KnownError:
        return None
    return guard_file(home.root, device_id) if device_id else None


def _load_state_file(home: ClientHome) -> SyncState:
    path = home.state
    try:
        obj = jsonread.read(path, error=ValueError)
    except FileNotFoundError:
        return SyncState()
    except ValueError:  # not JSON, too deep, too long, not a regular file: rebuilt by the next sync
        return SyncState(damaged=True)
    except OSError as err:
        raise DiskError(f"{path}: cannot read the sync state ({err.strerror})") from None
    try:
        if not isinstance(obj, dict) or obj.get("format") != STATE_FORMAT:
            raise ValueError("not a sync state")
        major = obj.get("major")
        if isinstance(major, int) and major > STATE_MAJOR:
            raise NewerFormat(
                f"{path}: sync state format {major} is newer than this program reads; update Nødkopi"
            )
        guard = Guard.from_json(obj["guard"]) if isinstance(obj.get("guard"), dict) else Guard()
        for scope, value in dict(obj.get("highest", {})).items():  # a state of format 1.0
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                guard.merge(Guard({str(scope): Accepted(0, value)}))
        validators = obj.get("validators", {})
        attempts = [a for a in map(Attempt.from_json, list(obj.get("attempts", []))) if a]
        flagged = obj.get("equivocation", {})
    except KnownError:
        raise
    except (UnicodeDecodeError, ValueError, TypeError):
        return SyncState(damaged=True)
    return SyncState(
        guard=guard,
        validators=validators if isinstance(validators, dict) else {},
        attempts=attempts[-MAX_ATTEMPTS:],
        equivocation={str(k): v for k, v in flagged.items() if isinstance(v, dict)}
        if isinstance(flagged, dict)
        else {},
    )


def save_state(home: ClientHome, state: SyncState) -> None:
    """``state.json`` and the guard file outside the home, together (the guard file first)."""
    second = _guard_path(home)
    if second is not None:
        device_id = settings.load_client(home.config).device_id
        write_guard(second, state.guard, device_id=device_id, home_root=home.root)
    data = json.dumps(state.to_json(), indent=1, ensure_ascii=False).encode("utf-8") + b"\n"
    try:
        atomic_write(home.state, data)
    except OSError as err:
        raise disk_error(err, home.state) from None
