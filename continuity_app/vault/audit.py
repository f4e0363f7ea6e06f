"""The audit log: who unlocked, which citizens were opened, that a search happened, prints, syncs.

Written without any secret (the headless sync appends to it), read only with the
unit's passphrase. File ``HOME/audit/audit.log``: one record per line, ASCII::

    {"v": "1.0", "n": 12, "prev": "<sha-256 hex of record 11's line>", "ct": "<base64>"}

- ``n`` counts records from 1; ``prev`` is the SHA-256 of the previous record's
  line bytes (without the newline); record 1 chains from :data:`GENESIS`.
- ``ct`` is HPKE (RFC 9180: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM,
  single shot) to the device's *audit* public key (``device.json``
  ``audit_public_key``; its private key is wrapped under the passphrase with the
  device key). The HPKE ``info`` is ``noedkopi-audit|1|<n>|<prev>|<torn>``, so a
  record whose number or chain field is edited no longer decrypts. The plaintext is
  JSON: ``{"n", "t" (UTC ISO), "event", "user", "host", "fields"}``.
- ``torn`` (optional): when a crash left a final record half written, the next
  append ends that fragment's line and names its SHA-256 here, chaining from the
  last whole record; the fragment stays in the file as evidence.
- Each record is written with one ``write`` under an exclusive file lock, then
  fsync'd: a crash leaves at most a torn final line, which readers report
  (not fatal).

Fields are non-health metadata from :data:`AUDIT_FIELDS` only: ids (a citizen id
is an opaque number the data protection officer needs), counts, results, never
search text, names or anything else typed or shown. An unknown field is a bug
(``ValueError``), so health data cannot slip in by a new keyword.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import logging
import socket
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from continuity_app.errors import DiskError, KnownError
from continuity_app.home import ClientHome
from continuity_app.vault import chainlog
from continuity_app.vault.chainlog import MAJOR, SUITE, VERSION, line_hash, parse_envelope

log = logging.getLogger(__name__)

LABEL = "noedkopi-audit"
GENESIS = hashlib.sha256(b"noedkopi-audit genesis").hexdigest()

__all__ = [
    "GENESIS",
    "MAJOR",
    "SUITE",
    "VERSION",
    "append",
    "audit_info",
    "encode_record",
    "line_hash",
    "parse_envelope",
]

#: The events the program writes (others may be added; names are lower_snake_case).
EVENTS = (
    "enroll",
    "unlock",
    "lock",
    "citizen_opened",
    "search",
    "print",
    "sync",
    "passphrase_changed",
    "audit_export",
    "journal_export",
    "journal_import",
    "journal_plain",
    "share",
)

#: Every field an audit record may carry, and what it means. Nothing else is accepted.
AUDIT_FIELDS: dict[str, str] = {
    "result": "outcome: ok, wrong_passphrase, wait, new_data, up_to_date, failed, …",
    "reason": "a short code: idle, manual, an ExitCode name, …",
    "citizen_id": "the opaque id of a citizen whose record was opened or printed",
    "citizen_ids": "list of citizen ids (a print of several citizens)",
    "unit_id": "a unit id",
    "route_id": "a route id",
    "tree_id": "a contact tree id",
    "scope": "the bundle scope",
    "sequence": "a bundle sequence number (for unlock: the generation that was opened)",
    "generation": "the sequence of the generation that was opened (older records)",
    "newest": "the newest sequence held, when an older one had to be opened",
    "pack": "a print pack name",
    "pages": "number of pages printed",
    "date": "a route date (YYYY-MM-DD)",
    "count": "a number of hits, citizens or records (a search's hit count, never its text)",
    "view": "the screen a search or open happened in",
    "out": "the file an export or print was written to",
    "printer": "the printer's name",
    "exit_code": "a command's exit code",
    "duration_ms": "how long it took",
    "device_id": "this device's id",
}

FieldValue = str | int | float | bool | None | list[str]


def audit_info(n: int, prev: str, torn: str) -> bytes:
    return chainlog.record_info(LABEL, n, prev, torn)


def check_fields(fields: dict[str, Any]) -> dict[str, FieldValue]:
    clean: dict[str, FieldValue] = {}
    for key, value in fields.items():
        if key not in AUDIT_FIELDS:
            raise ValueError(f"audit field '{key}' is not allowed (see vault.audit.AUDIT_FIELDS)")
        if value is None:
            continue  # absent, not recorded
        if isinstance(value, list | tuple):
            if not all(isinstance(v, str) for v in value):
                raise ValueError(f"audit field '{key}': a list must hold strings")
            clean[key] = [str(v) for v in value]
        elif isinstance(value, str | int | float | bool):
            if isinstance(value, str) and (len(value) > 300 or "\n" in value):
                raise ValueError(f"audit field '{key}': text too long or multi-line")
            clean[key] = value
        else:
            raise ValueError(f"audit field '{key}': unsupported type {type(value).__name__}")
    return clean


def _who() -> tuple[str, str]:
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = "?"
    return user, socket.gethostname()


def encode_record(
    public_key: X25519PublicKey,
    n: int,
    prev: str,
    event: str,
    fields: dict[str, FieldValue],
    *,
    when: dt.datetime,
    torn: str = "",
) -> bytes:
    """One record's line (without the newline)."""
    user, host = _who()
    plain = {
        "n": n,
        "t": when.astimezone(dt.UTC).isoformat(timespec="milliseconds"),
        "event": event,
        "user": user,
        "host": host,
        "fields": fields,
    }
    plaintext = json.dumps(plain, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return chainlog.encode_line(public_key, LABEL, n, prev, plaintext, torn=torn)


def append(
    home: ClientHome,
    event: str,
    *,
    now: dt.datetime | None = None,
    public_key: X25519PublicKey | None = None,
    **fields: Any,
) -> int:
    """Append one record; needs no secret. Returns its record number.

    Raises ``ValueError`` for a field outside :data:`AUDIT_FIELDS` (a bug),
    :class:`~continuity_app.errors.SetupError` when the laptop is not enrolled and
    :class:`~continuity_app.errors.DiskError` when the log cannot be written.
    """
    if not event or not event.replace("_", "").isalnum() or not event.islower():
        raise ValueError(f"audit event name '{event}' must be lower_snake_case")
    clean = check_fields(fields)
    if public_key is None:
        from continuity_app.vault.device import DeviceFile

        public_key = DeviceFile.load(home.device).audit_key()
    when = now or dt.datetime.now(dt.UTC)
    key = public_key
    try:
        n = chainlog.append(
            home.audit_log,
            GENESIS,
            lambda end, torn: encode_record(key, end.n, end.prev, event, clean, when=when, torn=torn),
        )
    except OSError as err:
        raise DiskError(f"{home.audit_log}: cannot write the audit log ({err.strerror})") from err
    return n


def append_after(
    home: ClientHome,
    event: str,
    *,
    now: dt.datetime | None = None,
    public_key: X25519PublicKey | None = None,
    **fields: Any,
) -> str | None:
    """Append the record of something that has already happened; None when written.

    When the log cannot be written the effect stands (a changed passphrase is
    changed): the failure is logged and returned as one sentence for the person,
    a warning, never the command's verdict.
    """
    try:
        append(home, event, now=now, public_key=public_key, **fields)
    except KnownError as err:
        log.warning("%s not written to the audit log: %s", event, err)
        return f"the audit log could not record this ({err})"
    return None
