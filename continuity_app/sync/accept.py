"""What an offered bundle is, measured against what this laptop accepted: new, the same,
a repair, a replay, or equivocation.

Order is (epoch, sequence): a root-signed sequence reset starts a higher epoch,
whose bundles come after every bundle of an earlier one. The guard remembers the
SHA-256 of the newest accepted bundle file, so:

- higher than accepted: new data (the caller checks the rest);
- equal, same file hash: the bundle held; if the stored copy is missing or fails
  its check it is *repaired* (stored again), else "up to date";
- equal, another hash: **equivocation** — two different bundles with one number,
  a stolen key or a broken publisher: refused (exit 23), flagged until a higher
  sequence is accepted, the held generation stays in use;
- lower: replay or rollback (exit 15) — or equivocation when a different
  generation with that number is stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from continuity_app.bundle import Replay
from continuity_app.bundle.errors import Equivocation
from continuity_app.bundle.trust import KeyResolver
from continuity_app.home import ClientHome, generation_name
from continuity_app.sync import generations as gens
from continuity_app.sync.guard import Accepted
from continuity_app.sync.state import SyncState


class Verdict(StrEnum):
    NEW = "new"
    HELD = "held"  # exactly the bundle held, and the stored copy is good
    REPAIR = "repair"  # exactly the bundle held, but the stored copy is missing or damaged


@dataclass(frozen=True)
class Held:
    """The stored copy of the newest accepted bundle, checked."""

    path: Path
    ok: bool
    sha256: str = ""
    size: int = 0
    problem: str = ""  # why it is not ok: "missing" or the check that failed


def check_held(home: ClientHome, scope: str, accepted: Accepted, trust: KeyResolver) -> Held:
    path = home.generations / generation_name(scope, accepted.sequence)
    if accepted.sequence == 0:
        return Held(path, False, problem="none accepted yet")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Held(path, False, problem="missing")
    except OSError as err:
        return Held(path, False, problem=f"unreadable ({err.strerror})")
    sha = hashlib.sha256(data).hexdigest()
    if accepted.sha256 and sha != accepted.sha256:
        return Held(path, False, sha, len(data), "its SHA-256 differs from the bundle accepted")
    found = gens.verify_bytes(data, trust)
    if found is None:
        return Held(path, False, sha, len(data), "it fails its signature or structure check")
    header, epoch = found
    if (epoch, header.sequence, header.scope) != (accepted.epoch, accepted.sequence, scope):
        return Held(path, False, sha, len(data), "it is not the bundle its name says")
    return Held(path, True, sha, len(data))


def judge(
    state: SyncState,
    home: ClientHome,
    scope: str,
    order: tuple[int, int],
    sha256: str,
    held: Held,
    where: str,
    trust: KeyResolver,
    now: dt.datetime,
) -> Verdict:
    """The verdict for a bundle of ``order`` whose file hashes to ``sha256``; raises
    :class:`Equivocation` or :class:`Replay` when it must be refused."""
    accepted = state.accepted(scope)
    if order > accepted.order:
        return Verdict.NEW
    epoch, sequence = order
    if order == accepted.order:
        known = accepted.sha256 or (held.sha256 if held.ok else "")
        if known and sha256 != known:
            raise _equivocation(state, scope, sequence, where, now)
        if held.ok:
            return Verdict.HELD
        if known:
            return Verdict.REPAIR
        raise Replay(
            f"{where} names sequence {sequence}, the one already accepted, but this laptop "
            "cannot tell whether it is the same bundle (its copy was removed); the next "
            "published bundle will be accepted"
        )
    if epoch == accepted.epoch:
        stored = home.generations / generation_name(scope, sequence)
        found = gens.verify_file(stored, trust)
        if found is not None and _sha(stored) not in ("", sha256):
            raise _equivocation(state, scope, sequence, where, now)
        raise Replay(
            f"{where} names sequence {sequence}, not newer than the {accepted.sequence} already "
            "accepted (replay or rollback)"
        )
    raise Replay(
        f"{where} names sequence {sequence} of epoch {epoch}, from before the sequence reset "
        f"this laptop has accepted (epoch {accepted.epoch}): replay of an old bundle"
    )


def _sha(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _equivocation(state: SyncState, scope: str, sequence: int, where: str, now: dt.datetime) -> Equivocation:
    state.equivocation[scope] = {
        "sequence": sequence,
        "at": now.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "source": where,
    }
    return Equivocation(
        f"{where} offers a different bundle with the same scope and sequence ({scope} {sequence}) "
        "as the one this laptop holds: a stolen publisher key or a broken publisher — the data "
        "held stays in use; tell municipal IT"
    )
