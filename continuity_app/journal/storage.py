"""The journal's files in the client home, encrypted at rest (the audit log's record format).

::

    HOME/journal/journal.log    this laptop's own entries: record n holds entry n
    HOME/journal/imported.log   hand-back segments taken in from colleagues' laptops

Both are ``vault.chainlog`` record files encrypted to the device's record key
(``device.json`` ``audit_public_key``) with their own HPKE labels, so a record of
one file never decrypts as one of the other or of the audit log. Appending an
entry chains the new entry's content to the last record's (under the file lock):
from the :class:`Tip` the previous append of this session left when that record is
still the last, else by decrypting it, which is why appending needs the unlocked keys.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from continuity_app.errors import DamagedFile, DiskError, ExitCode, disk_error
from continuity_app.home import ClientHome
from continuity_app.journal.entry import GENESIS, Entry
from continuity_app.vault import chainlog

OWN_LABEL = "noedkopi-journal"
IMPORTED_LABEL = "noedkopi-journal-imported"
OWN_GENESIS = hashlib.sha256(b"noedkopi-journal file genesis").hexdigest()
IMPORTED_GENESIS = hashlib.sha256(b"noedkopi-journal imported genesis").hexdigest()


def own_path(home: ClientHome) -> Path:
    return home.root / "journal" / "journal.log"


def imported_path(home: ClientHome) -> Path:
    return home.root / "journal" / "imported.log"


class JournalDamaged(DamagedFile):
    exit_code = ExitCode.CORRUPT


@dataclass
class OwnLog:
    """This laptop's entries as read back, with every problem of the file named."""

    entries: list[Entry]
    problems: list[chainlog.Problem] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not any(p.tampering for p in self.problems)


@dataclass(frozen=True)
class Tip:
    """The end of this laptop's chain as the last append left it: the SHA-256 of the last
    record's line and the hash of the entry inside it."""

    line: str
    entry: str


def append_entry(
    home: ClientHome,
    key: X25519PrivateKey,
    build: Callable[[int, str], Entry],
    *,
    tip: Tip | None = None,
    session: chainlog.SessionKey | None = None,
    on_step: Callable[[str], None] | None = None,
) -> tuple[Entry, Tip]:
    """Append the entry ``build(n, prev_hash)`` makes, durably (fsync) under the lock;
    the entry and the new :class:`Tip`. ``session``: the session's key the record is
    sealed with (format 2.0, one X25519 agreement per session; ``session_key``).

    The new entry chains to the content of the last record. When ``tip`` (the previous
    append's) names that record's exact line, its entry hash is taken from it;
    otherwise (another process appended, or the first append of a session) the last
    record is decrypted. ``DiskError`` when it cannot be written (full disk: nothing of
    it is kept but a torn line the next append sets aside); ``JournalDamaged`` when the
    last record cannot be read back to chain from.
    """
    path = own_path(home)
    made: list[tuple[Entry, bytes]] = []

    def make_line(end: chainlog.Tail, torn: str) -> bytes:
        prev = GENESIS
        if end.last and tip is not None and tip.line == end.prev:
            prev = tip.entry
        elif end.last:
            env = chainlog.parse_envelope(end.last)
            plain = chainlog.decrypt_envelope(env, key, OWN_LABEL) if env else None
            if plain is None:
                raise JournalDamaged(
                    f"{path}: entry {end.n - 1} cannot be read back; the "
                    "journal is damaged — export it and tell municipal IT"
                )
            prev = Entry.from_json(json.loads(plain)).hash()
        entry = build(end.n, prev)
        if entry.n != end.n:
            raise ValueError("an entry's counter must be its record number")
        line = chainlog.encode_line(
            key.public_key(), OWN_LABEL, end.n, end.prev, entry.canonical(), torn=torn, session=session
        )
        made.append((entry, line))
        return line

    try:
        chainlog.append(path, OWN_GENESIS, make_line, on_step=on_step)
    except OSError as err:
        raise disk_error(err, path, after="the entry was NOT recorded") from err
    entry, line = made[0]
    return entry, Tip(chainlog.line_hash(line), entry.hash())


def session_key(key: X25519PrivateKey) -> chainlog.SessionKey:
    """A new key for the records one session appends to this laptop's journal."""
    return chainlog.SessionKey.new(key.public_key(), OWN_LABEL)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""
    except OSError as err:
        raise DiskError(f"{path}: cannot read the journal ({err.strerror})") from err


def read_own(home: ClientHome, key: X25519PrivateKey) -> OwnLog:
    """Every readable entry of this laptop, in counter order, and every problem named."""
    path = own_path(home)
    result = chainlog.scan(_read(path), key, OWN_LABEL, OWN_GENESIS, file="journal.log", what="entry")
    log = OwnLog([], list(result.problems))
    prev_hash: str | None = GENESIS
    for rec in result.records:
        if rec.plaintext is None:
            prev_hash = None
            continue
        try:
            entry = Entry.from_json(json.loads(rec.plaintext))
        except ValueError as err:
            log.problems.append(
                chainlog.Problem(
                    rec.n,
                    rec.line,
                    "unreadable",
                    f"entry {rec.n} is not a journal entry ({err})",
                    file="journal.log",
                )
            )
            prev_hash = None
            continue
        if prev_hash is not None and entry.prev != prev_hash:
            log.problems.append(
                chainlog.Problem(
                    rec.n,
                    rec.line,
                    "altered",
                    f"entry {entry.n} does not chain to the entry before it",
                    file="journal.log",
                )
            )
        log.entries.append(entry)
        prev_hash = entry.hash()
    return log


def append_segment(home: ClientHome, key: X25519PrivateKey, segment: dict[str, Any]) -> None:
    """Keep a verified colleague's segment (encrypted at rest), durably."""
    path = imported_path(home)
    data = json.dumps(segment, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    try:
        chainlog.append(
            path,
            IMPORTED_GENESIS,
            lambda end, torn: chainlog.encode_line(
                key.public_key(), IMPORTED_LABEL, end.n, end.prev, data, torn=torn
            ),
        )
    except OSError as err:
        raise disk_error(err, path, after="nothing was imported") from err


def read_segments(
    home: ClientHome, key: X25519PrivateKey
) -> tuple[list[dict[str, Any]], list[chainlog.Problem]]:
    """The imported segments (as they were verified at import) and the file's problems."""
    result = chainlog.scan(
        _read(imported_path(home)), key, IMPORTED_LABEL, IMPORTED_GENESIS, file="imported.log", what="segment"
    )
    segments = []
    for rec in result.records:
        if rec.plaintext is not None:
            try:
                seg = json.loads(rec.plaintext)
            except ValueError:
                continue
            if isinstance(seg, dict):
                segments.append(seg)
    return segments, list(result.problems)
