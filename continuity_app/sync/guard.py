"""The replay guard: what this laptop has accepted, kept in two places written together.

The guard is the highest (epoch, sequence) accepted per scope, the SHA-256 and
size of that bundle file (so that a second, different bundle with the same number
is recognised as equivocation, and a damaged or deleted copy can be fetched
again), and what the laptop has learnt about the publisher's keys (the root it
follows and the highest delegation it has seen, so that a retired publishing key
stays retired).

It is stored in ``state.json`` in the client home *and* in a guard file outside
the home (``paths.guard_dir()/<id>.json``, the user's config folder), named by a
hash of the device id and the home's path. Both are written on every save; on
reading, each scope takes the higher of the two, so deleting ``state.json``, the
generation files, or restoring an older copy of the home folder never lowers it.
Someone who can also replace the user's config folder can: that limit is
documented in docs/bundle-format.md ("What an attacker with write access …").

::

    {"format": "noedkopi-sequence-guard", "major": 1, "minor": 0,
     "device_id": "...", "home": "/path/of/the/home",
     "scopes": {"<scope>": {"epoch": 0, "sequence": 7, "sha256": "<64 hex>", "size": 123}},
     "trust": {"root": "<base64 raw Ed25519, or empty>", "delegation_version": 2}}
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from continuity_app.errors import disk_error
from continuity_app.paths import atomic_write, guard_dir

GUARD_FORMAT = "noedkopi-sequence-guard"
GUARD_MAJOR = 1
MAX_GUARD_BYTES = 1 << 20
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Accepted:
    """The newest bundle accepted for a scope: its place in the order and its file's hash."""

    epoch: int
    sequence: int
    sha256: str = ""  # of the whole bundle file; "" when not known (a state of an older program)
    size: int = 0

    @property
    def order(self) -> tuple[int, int]:
        return (self.epoch, self.sequence)

    def to_json(self) -> dict[str, Any]:
        return {"epoch": self.epoch, "sequence": self.sequence, "sha256": self.sha256, "size": self.size}

    @classmethod
    def from_json(cls, obj: Any) -> Accepted | None:
        if not isinstance(obj, dict):
            return None
        epoch, seq, sha, size = (obj.get(k) for k in ("epoch", "sequence", "sha256", "size"))
        if not all(_count(v) for v in (epoch, seq, size)):
            return None
        sha = sha if isinstance(sha, str) and _HEX64.fullmatch(sha) else ""
        return cls(int(epoch), int(seq), sha, int(size))  # type: ignore[arg-type]


@dataclass
class Guard:
    scopes: dict[str, Accepted] = field(default_factory=dict)
    root: str = ""  # base64 of the root public key this laptop follows ("" : none learnt)
    delegation_version: int = 0

    def accepted(self, scope: str) -> Accepted:
        return self.scopes.get(scope) or Accepted(0, 0)

    def merge(self, other: Guard) -> list[str]:
        """Take the higher of each value; returns what ``other`` had that this one lacked."""
        lacking: list[str] = []
        for scope, theirs in other.scopes.items():
            mine = self.scopes.get(scope)
            if mine is None or theirs.order > mine.order:
                lacking.append(scope)
                self.scopes[scope] = theirs
            elif theirs.order == mine.order and not mine.sha256 and theirs.sha256:
                self.scopes[scope] = theirs
        if other.delegation_version > self.delegation_version or (other.root and not self.root):
            lacking.append("trust")
            self.root = other.root or self.root
            self.delegation_version = max(self.delegation_version, other.delegation_version)
        return lacking

    def to_json(self) -> dict[str, Any]:
        return {
            "scopes": {k: v.to_json() for k, v in sorted(self.scopes.items())},
            "trust": {"root": self.root, "delegation_version": self.delegation_version},
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Guard:
        scopes: dict[str, Accepted] = {}
        raw = obj.get("scopes")
        for scope, value in raw.items() if isinstance(raw, dict) else []:
            accepted = Accepted.from_json(value)
            if accepted is not None:
                scopes[str(scope)] = accepted
        found = obj.get("trust")
        trust: dict[str, Any] = found if isinstance(found, dict) else {}
        root = trust.get("root", "")
        version = trust.get("delegation_version", 0)
        return cls(scopes, root if isinstance(root, str) else "", version if _count(version) else 0)


def guard_file(home_root: Path, device_id: str) -> Path:
    """The guard's second place: outside the home, one file per device and home folder."""
    name = hashlib.sha256(f"{device_id}\0{home_root.resolve()}".encode()).hexdigest()[:32]
    return guard_dir() / f"{name}.json"


def read_guard(path: Path) -> Guard | None:
    """The guard file's content; None when it is missing or unreadable (the state still counts)."""
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_GUARD_BYTES + 1)
        obj = json.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(obj, dict) or obj.get("format") != GUARD_FORMAT:
        return None
    return Guard.from_json(obj)


def write_guard(path: Path, guard: Guard, *, device_id: str, home_root: Path) -> None:
    doc = {
        "format": GUARD_FORMAT,
        "major": GUARD_MAJOR,
        "minor": 0,
        "device_id": device_id,
        "home": str(home_root),
        **guard.to_json(),
    }
    try:
        atomic_write(path, json.dumps(doc, indent=1).encode("utf-8") + b"\n")
    except OSError as err:
        raise disk_error(err, path) from None


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
