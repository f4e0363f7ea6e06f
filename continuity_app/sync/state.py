"""``state.json``: what sync remembers between runs (never health data).

::

    {"format": "noedkopi-sync-state", "major": 1, "minor": 0,
     "highest": {"<scope>": <highest sequence ever accepted>},
     "validators": {"url": …, "etag": …, "last_modified": …, "sequence": …},
     "attempts": [{"at", "finished_at", "result", "exit_code", "message",
                   "sequence", "expired", "source"}, …]}

``highest`` is the rollback/replay guard (SPEC §4): it lives here, apart from
the generation files, so deleting or restoring generations cannot lower it. It
only ever rises. ``attempts`` is a bounded history, newest last.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from continuity_app import jsonread
from continuity_app.errors import ExitCode, KnownError, disk_error
from continuity_app.home import ClientHome
from continuity_app.paths import atomic_write
from continuity_app.sync.transfer import Validators

STATE_FORMAT = "noedkopi-sync-state"
STATE_MAJOR = 1
STATE_MINOR = 0
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
    highest: dict[str, int] = field(default_factory=dict)
    validators: dict[str, Any] = field(default_factory=dict)
    attempts: list[Attempt] = field(default_factory=list)
    damaged: bool = False  # the file could not be read; highest is rebuilt from generations

    # -- the replay guard ------------------------------------------------------

    def highest_for(self, scope: str) -> int:
        return self.highest.get(scope, 0)

    def raise_highest(self, scope: str, sequence: int) -> None:
        """Only ever upwards."""
        self.highest[scope] = max(self.highest_for(scope), sequence)

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
            "validators": self.validators,
            "attempts": [asdict(a) for a in self.attempts],
        }


def load_state(home: ClientHome) -> SyncState:
    """The state, or an empty one if there is none yet or it is damaged (``damaged`` set).

    A newer major version is refused rather than overwritten: a newer program's
    replay guard must not be lost by running an older one.
    """
    path = home.state
    try:
        obj = jsonread.read(path, error=ValueError)
    except FileNotFoundError:
        return SyncState()
    except ValueError:  # not JSON, too deep, too long, not a regular file: rebuilt by the next sync
        return SyncState(damaged=True)
    except OSError as err:
        raise KnownError(f"{path}: cannot read the sync state ({err.strerror})", ExitCode.DISK) from None
    try:
        if not isinstance(obj, dict) or obj.get("format") != STATE_FORMAT:
            raise ValueError("not a sync state")
        major = obj.get("major")
        if isinstance(major, int) and major > STATE_MAJOR:
            raise KnownError(
                f"{path}: sync state format {major} is newer than this program reads; update Nødkopi",
                ExitCode.UNSUPPORTED_VERSION,
            )
        highest = {
            str(k): v
            for k, v in dict(obj.get("highest", {})).items()
            if isinstance(v, int) and not isinstance(v, bool) and v >= 0
        }
        validators = obj.get("validators", {})
        attempts = [a for a in map(Attempt.from_json, list(obj.get("attempts", []))) if a]

    except KnownError:
        raise
    except (UnicodeDecodeError, ValueError, TypeError):
        return SyncState(damaged=True)
    return SyncState(
        highest=highest,
        validators=validators if isinstance(validators, dict) else {},
        attempts=attempts[-MAX_ATTEMPTS:],
    )


def save_state(home: ClientHome, state: SyncState) -> None:
    data = json.dumps(state.to_json(), indent=1, ensure_ascii=False).encode("utf-8") + b"\n"
    try:
        atomic_write(home.state, data)
    except OSError as err:
        raise disk_error(err, home.state) from None
