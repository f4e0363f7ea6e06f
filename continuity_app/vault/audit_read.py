"""Reading the audit log back (passphrase needed): decrypt, check the chain, name what is wrong.

Checks, in file order, for every line:

- a line that is not a whole record: *torn* when it is the unfinished last line,
  or when the next record names its hash in ``torn`` (a crash, then a later
  append); otherwise *unreadable* (damaged or edited);
- record numbers: a number that was skipped is *removed*; a number lower than one
  already seen is *reordered* (or *duplicate* when seen before);
- the chain: record n's ``prev`` must be the hash of record n−1's line; when it is
  not (and n−1 is present) record n−1 was *altered*;
- the content: a record that does not decrypt (its number, chain field or
  ciphertext was edited) is *altered*.

What the chain cannot see: removing the last records cleanly (whole lines) or
replacing the very last record, because no later record vouches for it; see
``docs/operations.md``, section 9.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from continuity_app.errors import ExitCode, KnownError
from continuity_app.vault.audit import (
    GENESIS,
    MAJOR,
    SUITE,
    audit_info,
    line_hash,
    parse_envelope,
)


@dataclass
class AuditProblem:
    record: int | None  # the record number at fault, when known
    line: int  # line in audit.log (1-based)
    kind: str  # removed, reordered, duplicate, altered, unreadable, torn
    message: str
    tampering: bool = True  # False for a torn write after a crash

    def __str__(self) -> str:
        return f"audit.log line {self.line}: {self.message}"


@dataclass
class AuditEntry:
    line: int
    n: int | None
    time_utc: dt.datetime | None = None
    event: str = ""
    user: str = ""
    host: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    status: list[str] = field(default_factory=list)  # empty = ok


@dataclass
class AuditReport:
    entries: list[AuditEntry]
    problems: list[AuditProblem]

    @property
    def intact(self) -> bool:
        """No sign of tampering (a torn write after a crash is reported but not tampering)."""
        return not any(p.tampering for p in self.problems)


def _decrypt(env: dict[str, Any], key: X25519PrivateKey) -> dict[str, Any] | None:
    try:
        ct = base64.b64decode(env["ct"], validate=True)
        info = audit_info(int(env["n"]), str(env["prev"]), str(env.get("torn", "")))
        plain = json.loads(SUITE.decrypt(ct, key, info=info))
    except Exception:
        return None
    return plain if isinstance(plain, dict) else None


def read_log(path: Path, audit_key: X25519PrivateKey) -> AuditReport:
    """Every record of the log at ``path``, decrypted, with every chain problem named."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return AuditReport([], [])
    except OSError as err:
        raise KnownError(f"{path}: cannot read the audit log ({err.strerror})", ExitCode.DISK) from err
    lines = data.split(b"\n")
    unfinished = lines.pop()  # b"" when the file ends with a newline
    entries: list[AuditEntry] = []
    problems: list[AuditProblem] = []
    envelopes = [parse_envelope(raw) for raw in lines]
    present = {int(env["n"]) for env in envelopes if env is not None}
    by_number: dict[int, bytes] = {}
    highest = 0
    for i, (raw, env) in enumerate(zip(lines, envelopes, strict=True)):
        line_no = i + 1
        if env is None:
            nxt = envelopes[i + 1] if i + 1 < len(envelopes) else None
            if nxt is not None and nxt.get("torn") == line_hash(raw):
                problems.append(AuditProblem(None, line_no, "torn",
                                             "an unfinished record (a crash while writing); the "
                                             "next record set it aside", tampering=False))
            else:
                problems.append(AuditProblem(None, line_no, "unreadable",
                                             "not a readable audit record: damaged or edited"))
            entries.append(AuditEntry(line_no, None, status=["unreadable"]))
            continue
        n = int(env["n"])
        entry = AuditEntry(line_no, n)
        entries.append(entry)
        if str(env["v"]).split(".")[0] != str(MAJOR):
            problems.append(AuditProblem(n, line_no, "unreadable",
                                         f"record {n} has format version {env['v']}, which this "
                                         "program does not read"))
            entry.status.append("unsupported version")
            continue
        if n in by_number:
            problems.append(AuditProblem(n, line_no, "duplicate", f"record {n} appears twice"))
            entry.status.append("duplicate")
        elif n < highest:
            problems.append(AuditProblem(n, line_no, "reordered",
                                         f"record {n} is out of order: it comes after record "
                                         f"{highest}"))
            entry.status.append("reordered")
        elif n > highest + 1 and (missing := [k for k in range(highest + 1, n)
                                                if k not in present]):
            gone = (f"record {missing[0]} is" if len(missing) == 1
                    else f"records {missing[0]}–{missing[-1]} are")
            problems.append(AuditProblem(missing[0], line_no, "removed",
                                         f"{gone} missing (removed) before record {n}"))
            entry.status.append("gap before")
        by_number.setdefault(n, raw)
        highest = max(highest, n)
        plain = _decrypt(env, audit_key)
        if plain is None or plain.get("n") != n:
            problems.append(AuditProblem(n, line_no, "altered",
                                         f"record {n} was altered: it does not decrypt with its "
                                         "number and chain fields"))
            entry.status.append("altered")
        else:
            entry.event = str(plain.get("event", ""))
            entry.user = str(plain.get("user", ""))
            entry.host = str(plain.get("host", ""))
            fields = plain.get("fields")
            entry.fields = fields if isinstance(fields, dict) else {}
            try:
                entry.time_utc = dt.datetime.fromisoformat(str(plain["t"]))
            except (KeyError, ValueError):
                entry.status.append("no time")
    # the chain, by record number: record n vouches for record n-1's exact bytes
    for i, env in enumerate(envelopes):
        if env is None:
            continue
        n = int(env["n"])
        expected = GENESIS if n == 1 else (line_hash(by_number[n - 1]) if n - 1 in by_number else None)
        if expected is not None and env["prev"] != expected and by_number.get(n) == lines[i]:
            target = n - 1 if n > 1 else n
            what = (f"record {n - 1} was altered: record {n} recorded a different hash for it"
                    if n > 1 else "record 1 does not start from the log's genesis")
            problems.append(AuditProblem(target, i + 1, "altered", what))
            entries[i].status.append("chain broken before")
    if unfinished:
        problems.append(AuditProblem(highest + 1, len(lines) + 1, "torn",
                                     f"record {highest + 1} is incomplete: the last write was "
                                     "cut off (a crash or a full disk)", tampering=False))
        entries.append(AuditEntry(len(lines) + 1, None, status=["torn"]))
    problems.sort(key=lambda p: p.line)
    return AuditReport(entries, problems)


CSV_FIELDS = ("citizen_id", "citizen_ids", "unit_id", "pack", "pages", "result", "scope",
              "sequence")


def export_csv(report: AuditReport, out: Path, pending: Path | None = None) -> None:
    """Write the report as CSV (UTF-8 with BOM, ``;``: opens in a Danish Excel), atomically
    and owner-only (``paths.private_output``; ``pending`` notes it for removal after a kill).

    Columns: record, Danish local time, UTC time, event, user, host, the common
    fields, the other fields as ``key=value``, and the chain status of the record.
    """
    import csv
    import io

    from continuity_app.domain.age import COPENHAGEN as local
    from continuity_app.paths import private_output

    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(["record", "time_local", "time_utc", "event", "user", "host", *CSV_FIELDS,
                     "other_fields", "chain"])
    notes: dict[int, list[str]] = {}
    for p in report.problems:
        notes.setdefault(p.line, []).append(p.message)
    for e in report.entries:
        t_local = e.time_utc.astimezone(local).strftime("%Y-%m-%d %H:%M:%S") if e.time_utc else ""
        t_utc = e.time_utc.astimezone(dt.UTC).isoformat(timespec="seconds") if e.time_utc else ""
        common = [_cell(e.fields.get(k)) for k in CSV_FIELDS]
        other = " ".join(f"{k}={_cell(v)}" for k, v in sorted(e.fields.items())
                         if k not in CSV_FIELDS)
        chain = "; ".join(notes.get(e.line, [])) or "ok"
        writer.writerow(["" if e.n is None else e.n, t_local, t_utc, e.event, e.user, e.host,
                         *common, other, chain])
    with private_output(out, pending) as f:
        f.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    if isinstance(value, bool):
        return "ja" if value else "nej"
    return str(value)
