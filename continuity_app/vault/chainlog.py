"""An encrypted, append-only, hash-chained record file: the audit log and the outage journal.

One record per line, ASCII, in one of two forms::

    {"v": "1.0", "n": 12, "prev": "<sha-256 hex of record 11's line>", "ct": "<base64>"}
    {"v": "2.0", "n": 12, "prev": "<…>", "wk": "<base64>", "nonce": "<base64>", "ct": "<base64>"}

- ``n`` counts records from 1; ``prev`` is the SHA-256 of the previous record's
  line bytes (without the newline); record 1 chains from the file's genesis hash.
- 1.0: ``ct`` is HPKE (RFC 9180: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM,
  single shot) to an X25519 public key; the HPKE ``info`` is
  ``<label>|1|<n>|<prev>|<torn>``, so a record whose number or chain field is
  edited no longer decrypts, and a record of one file does not decrypt as one of another.
- 2.0 (the journal's own appends: :class:`SessionKey`): ``wk`` is HPKE single shot, to
  the same key, of a random 32-byte AES-256 key of the appending session, with
  ``info`` ``<label>|2|session``; ``ct`` is AES-256-GCM under that key, with the
  12-byte random ``nonce`` and the associated data ``<label>|2|<n>|<prev>|<torn>``.
  The same guarantees, and one X25519 agreement per session instead of one per
  record (an HPKE seal costs more than the rest of an append but the fsync); every
  record carries ``wk``, so each is readable on its own, a torn one taking no other
  with it. A reader that knows only 1.x says "format version 2.0", not "altered".
- ``torn`` (optional): when a crash left a final record half written, the next
  append ends that fragment's line and names its SHA-256 here, chaining from the
  last whole record; the fragment stays in the file as evidence.
- Each record is written with one ``write`` under an exclusive file lock, then
  fsync'd: a crash leaves at most a torn final line, which readers report (not fatal).

:func:`append` writes a record; :func:`scan` reads a file back and names every
problem (torn, unreadable, removed, reordered, duplicate, altered) by line.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from continuity_app.paths import fsync_dir, wait_for_lock

VERSION = "1.0"
MAJOR = 1
SESSION_VERSION = "2.0"  # records sealed under a session's key (SessionKey)
SESSION_MAJOR = 2
READ_MAJORS = (MAJOR, SESSION_MAJOR)
_READ_MAJOR_TEXTS = frozenset(str(m) for m in READ_MAJORS)
SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
LOCK_TIMEOUT_S = 30.0
_TAIL_BYTES = 4 * 1024
_NONCE_BYTES = 12


def record_info(label: str, n: int, prev: str, torn: str, major: int = MAJOR) -> bytes:
    return f"{label}|{major}|{n}|{prev}|{torn}".encode("ascii")


def session_info(label: str) -> bytes:
    """The HPKE ``info`` of a 2.0 record's ``wk``: a session's key serves one file only."""
    return f"{label}|{SESSION_MAJOR}|session".encode("ascii")


def line_hash(line: bytes) -> str:
    return hashlib.sha256(line).hexdigest()


@dataclass(frozen=True)
class SessionKey:
    """The key one session seals its records of one file with (format 2.0): made once,
    with its HPKE-sealed copy that every record carries, and held only in memory."""

    label: str
    wrapped: str  # base64 of the key HPKE-sealed to the file's public key
    aead: AESGCM

    @classmethod
    def new(cls, public_key: X25519PublicKey, label: str) -> SessionKey:
        key = AESGCM.generate_key(bit_length=256)
        wrapped = SUITE.encrypt(key, public_key, info=session_info(label))
        return cls(label, base64.b64encode(wrapped).decode("ascii"), AESGCM(key))


def encode_line(
    public_key: X25519PublicKey,
    label: str,
    n: int,
    prev: str,
    plaintext: bytes,
    *,
    torn: str = "",
    session: SessionKey | None = None,
) -> bytes:
    """One record's line (without the newline): 1.0, or 2.0 under ``session``."""
    envelope: dict[str, Any] = {"v": VERSION if session is None else SESSION_VERSION, "n": n, "prev": prev}
    if torn:
        envelope["torn"] = torn
    if session is None:
        ct = SUITE.encrypt(plaintext, public_key, info=record_info(label, n, prev, torn))
    else:
        if session.label != label:
            raise ValueError(f"a session key of {session.label!r} cannot seal a record of {label!r}")
        nonce = os.urandom(_NONCE_BYTES)
        ct = session.aead.encrypt(nonce, plaintext, record_info(label, n, prev, torn, SESSION_MAJOR))
        envelope["wk"] = session.wrapped
        envelope["nonce"] = base64.b64encode(nonce).decode("ascii")
    envelope["ct"] = base64.b64encode(ct).decode("ascii")
    return json.dumps(envelope, separators=(",", ":")).encode("ascii")


def parse_envelope(line: bytes) -> dict[str, Any] | None:
    """The envelope of a record line, or None when the line is not a whole record."""
    from continuity_app import jsonread

    try:
        data = jsonread.loads(line, "record", error=ValueError, limit=1024 * 1024)
    except ValueError:
        return None
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("n"), int)
        or not isinstance(data.get("prev"), str)
        or not isinstance(data.get("ct"), str)
        or not isinstance(data.get("v"), str)
    ):
        return None
    return data


def decrypt_envelope(
    env: dict[str, Any], key: X25519PrivateKey, label: str, keys: dict[str, bytes] | None = None
) -> bytes | None:
    """The plaintext of a record, or None when it does not decrypt (altered, other file).
    ``keys``: the session keys already opened, by their ``wk`` (filled in as found)."""
    try:
        ct = base64.b64decode(env["ct"], validate=True)
        major = int(str(env["v"]).split(".")[0])
        info = record_info(label, int(env["n"]), str(env["prev"]), str(env.get("torn", "")), major)
        if major == MAJOR:
            return SUITE.decrypt(ct, key, info=info)
        if major != SESSION_MAJOR:
            return None
        wrapped = env["wk"]
        data_key = None if keys is None else keys.get(wrapped)
        if data_key is None:
            data_key = SUITE.decrypt(base64.b64decode(wrapped, validate=True), key, info=session_info(label))
            if keys is not None:
                keys[wrapped] = data_key
        nonce = base64.b64decode(env["nonce"], validate=True)
        return AESGCM(data_key).decrypt(nonce, ct, info)
    except Exception:
        return None


@contextmanager
def locked(path: Path) -> Iterator[IO[bytes]]:
    """The file opened for appending under an exclusive lock (created owner-only)."""
    flags = os.O_RDWR | os.O_APPEND | getattr(os, "O_BINARY", 0)
    created = False
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:  # the first record: make the folder and the file
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, flags | os.O_CREAT, 0o600)
        created = True
    f = os.fdopen(fd, "r+b")
    try:
        if created:
            fsync_dir(path.parent)  # the new file's name is durable before its first record
        # Appending a record takes milliseconds; a lock held this long is a hung process.
        if not wait_for_lock(f.fileno(), timeout=LOCK_TIMEOUT_S):
            raise OSError(errno.EBUSY, "locked by another Nødkopi process")
        yield f
    finally:
        f.close()  # closing releases the lock


@dataclass(frozen=True)
class Tail:
    n: int  # the next record's number
    prev: str  # the hash the next record chains from
    fragment: bytes  # a torn final line, or b""
    last: bytes  # the last whole record's line, or b"" in an empty file


def tail(f: IO[bytes], genesis: str) -> Tail:
    """Where the open file ends: next number, chain hash, a torn fragment, the last record.

    Reads back from the end in growing windows (a record is well under the first), so an
    append costs the same in a file of ten records as in one of a hundred thousand.
    """
    f.seek(0, os.SEEK_END)
    size = f.tell()
    window = _TAIL_BYTES
    while True:
        start = max(0, size - window)
        f.seek(start)
        data = f.read()
        # the window's first line may be cut off: it only counts when the window is the file
        floor = -1 if start == 0 else data.find(b"\n")
        end = data.rfind(b"\n")
        fragment = data[end + 1 :] if end >= 0 or start == 0 else b""
        while end > floor:
            begin = data.rfind(b"\n", 0, end)
            if begin < floor:
                break
            line = data[begin + 1 : end]
            env = parse_envelope(line)
            if env is not None:
                return Tail(int(env["n"]) + 1, line_hash(line), fragment, line)
            end = begin
        if start == 0:
            return Tail(1, genesis, fragment, b"")
        window *= 16  # no whole record in the window: a long torn line or a damaged log


#: Per file: its size after this process's last append there and the tail it left.
#: When the size is unchanged under the lock, no one else has written since, and the
#: tail need not be read again (contents changed in place keep their size only if
#: forged, and the chain check of :func:`scan` finds that as before).
_LAST_TAIL: dict[str, tuple[int, Tail]] = {}


def append(
    path: Path,
    genesis: str,
    make_line: Callable[[Tail, str], bytes],
    *,
    on_step: Callable[[str], None] | None = None,
) -> int:
    """Append one record under the lock and fsync it; returns its number.

    ``make_line(tail, torn)`` builds the line (it may decrypt ``tail.last``, e.g. to
    chain the content); ``torn`` names a fragment the line sets aside. ``on_step``
    is told "locked", "written" and "synced" (the crash tests kill the process
    there). Raises ``OSError``.
    """
    step = on_step or (lambda _name: None)
    key = os.fspath(path)
    with locked(path) as f:
        step("locked")
        known = _LAST_TAIL.get(key)
        size = os.fstat(f.fileno()).st_size
        end = known[1] if known is not None and known[0] == size else tail(f, genesis)
        torn = line_hash(end.fragment) if end.fragment else ""
        line = make_line(end, torn)
        _LAST_TAIL.pop(key, None)  # until this record is whole on disk
        f.write((b"\n" if end.fragment else b"") + line + b"\n")
        f.flush()
        step("written")
        os.fsync(f.fileno())
        step("synced")
        _LAST_TAIL[key] = (os.fstat(f.fileno()).st_size, Tail(end.n + 1, line_hash(line), b"", line))
    return end.n


# --------------------------------------------------------------------------- reading


@dataclass
class Problem:
    record: int | None  # the record number at fault, when known
    line: int  # line in the file (1-based)
    kind: str  # removed, reordered, duplicate, altered, unreadable, torn
    message: str
    tampering: bool = True  # False for a torn write after a crash
    file: str = "audit.log"

    def __str__(self) -> str:
        return f"{self.file} line {self.line}: {self.message}"


@dataclass
class Record:
    line: int
    n: int | None
    plaintext: bytes | None = None  # None: not decrypted (damaged, torn, other version)
    status: list[str] = field(default_factory=list)  # empty = ok


@dataclass
class Scan:
    records: list[Record]
    problems: list[Problem]

    @property
    def intact(self) -> bool:
        """No sign of tampering (a torn write after a crash is reported but not tampering)."""
        return not any(p.tampering for p in self.problems)


def scan(
    data: bytes, key: X25519PrivateKey, label: str, genesis: str, *, file: str, what: str = "record"
) -> Scan:
    """Every record of a file's bytes, decrypted, with every chain problem named.

    Checks, in file order, for every line: a line that is not a whole record is
    *torn* when it is the unfinished last line or the next record names its hash in
    ``torn``, else *unreadable*; a skipped number is *removed*, a lower one
    *reordered* (or *duplicate*); record n's ``prev`` must be the hash of record
    n−1's line, else n−1 was *altered*; a record that does not decrypt is *altered*.
    """
    lines = data.split(b"\n")
    unfinished = lines.pop()  # b"" when the file ends with a newline
    records: list[Record] = []
    problems: list[Problem] = []

    def problem(record: int | None, line: int, kind: str, message: str, tampering: bool = True) -> None:
        problems.append(Problem(record, line, kind, message, tampering, file))

    envelopes = [parse_envelope(raw) for raw in lines]
    session_keys: dict[str, bytes] = {}
    present = {int(env["n"]) for env in envelopes if env is not None}
    by_number: dict[int, bytes] = {}
    highest = 0
    for i, (raw, env) in enumerate(zip(lines, envelopes, strict=True)):
        line_no = i + 1
        if env is None:
            nxt = envelopes[i + 1] if i + 1 < len(envelopes) else None
            if nxt is not None and nxt.get("torn") == line_hash(raw):
                problem(
                    None,
                    line_no,
                    "torn",
                    f"an unfinished {what} (a crash while writing); the next {what} set it aside",
                    tampering=False,
                )
            else:
                problem(None, line_no, "unreadable", f"not a readable {what}: damaged or edited")
            records.append(Record(line_no, None, status=["unreadable"]))
            continue
        n = int(env["n"])
        rec = Record(line_no, n)
        records.append(rec)
        if str(env["v"]).split(".")[0] not in _READ_MAJOR_TEXTS:
            problem(
                n,
                line_no,
                "unreadable",
                f"{what} {n} has format version {env['v']}, which this program does not read",
            )
            rec.status.append("unsupported version")
            continue
        if n in by_number:
            problem(n, line_no, "duplicate", f"{what} {n} appears twice")
            rec.status.append("duplicate")
        elif n < highest:
            problem(n, line_no, "reordered", f"{what} {n} is out of order: it comes after {what} {highest}")
            rec.status.append("reordered")
        elif n > highest + 1 and (missing := [k for k in range(highest + 1, n) if k not in present]):
            gone = (
                f"{what} {missing[0]} is" if len(missing) == 1 else f"{what}s {missing[0]}–{missing[-1]} are"
            )
            problem(missing[0], line_no, "removed", f"{gone} missing (removed) before {what} {n}")
            rec.status.append("gap before")
        by_number.setdefault(n, raw)
        highest = max(highest, n)
        rec.plaintext = decrypt_envelope(env, key, label, session_keys)
        if rec.plaintext is None:
            problem(
                n,
                line_no,
                "altered",
                f"{what} {n} was altered: it does not decrypt with its number and chain fields",
            )
            rec.status.append("altered")
    # the chain, by record number: record n vouches for record n-1's exact bytes
    for i, env in enumerate(envelopes):
        if env is None:
            continue
        n = int(env["n"])
        expected = genesis if n == 1 else (line_hash(by_number[n - 1]) if n - 1 in by_number else None)
        if expected is not None and env["prev"] != expected and by_number.get(n) == lines[i]:
            target = n - 1 if n > 1 else n
            text = (
                f"{what} {n - 1} was altered: {what} {n} recorded a different hash for it"
                if n > 1
                else f"{what} 1 does not start from the file's genesis"
            )
            problem(target, i + 1, "altered", text)
            records[i].status.append("chain broken before")
    if unfinished:
        problem(
            highest + 1,
            len(lines) + 1,
            "torn",
            f"{what} {highest + 1} is incomplete: the last write was cut off (a crash or a full disk)",
            tampering=False,
        )
        records.append(Record(len(lines) + 1, None, status=["torn"]))
    problems.sort(key=lambda p: p.line)
    return Scan(records, problems)
