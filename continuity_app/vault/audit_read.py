"""Reading the audit log back (passphrase needed): decrypt, check the chain, name what is wrong.

The checks are the record file's (``vault.chainlog.scan``), in file order, for every line:

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

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from continuity_app.errors import DiskError
from continuity_app.vault import chainlog
from continuity_app.vault.audit import GENESIS, LABEL

AuditProblem = chainlog.Problem


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


def read_log(path: Path, audit_key: X25519PrivateKey) -> AuditReport:
    """Every record of the log at ``path``, decrypted, with every chain problem named."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return AuditReport([], [])
    except OSError as err:
        raise DiskError(f"{path}: cannot read the audit log ({err.strerror})") from err
    result = chainlog.scan(data, audit_key, LABEL, GENESIS, file="audit.log")
    entries: list[AuditEntry] = []
    problems = list(result.problems)
    for rec in result.records:
        entry = AuditEntry(rec.line, rec.n, status=list(rec.status))
        entries.append(entry)
        if rec.plaintext is None:
            continue
        try:
            plain = json.loads(rec.plaintext)
        except ValueError:
            plain = None
        if not isinstance(plain, dict) or plain.get("n") != rec.n:
            problems.append(
                AuditProblem(
                    rec.n,
                    rec.line,
                    "altered",
                    f"record {rec.n} was altered: its content names another number",
                )
            )
            entry.status.append("altered")
            continue
        entry.event = str(plain.get("event", ""))
        entry.user = str(plain.get("user", ""))
        entry.host = str(plain.get("host", ""))
        fields = plain.get("fields")
        entry.fields = fields if isinstance(fields, dict) else {}
        try:
            entry.time_utc = dt.datetime.fromisoformat(str(plain["t"]))
        except (KeyError, ValueError):
            entry.status.append("no time")
    problems.sort(key=lambda p: p.line)
    return AuditReport(entries, problems)


CSV_FIELDS = ("citizen_id", "citizen_ids", "unit_id", "pack", "pages", "result", "scope", "sequence")


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
    writer.writerow(
        ["record", "time_local", "time_utc", "event", "user", "host", *CSV_FIELDS, "other_fields", "chain"]
    )
    notes: dict[int, list[str]] = {}
    for p in report.problems:
        notes.setdefault(p.line, []).append(p.message)
    for e in report.entries:
        t_local = e.time_utc.astimezone(local).strftime("%Y-%m-%d %H:%M:%S") if e.time_utc else ""
        t_utc = e.time_utc.astimezone(dt.UTC).isoformat(timespec="seconds") if e.time_utc else ""
        common = [_cell(e.fields.get(k)) for k in CSV_FIELDS]
        other = " ".join(f"{k}={_cell(v)}" for k, v in sorted(e.fields.items()) if k not in CSV_FIELDS)
        chain = "; ".join(notes.get(e.line, [])) or "ok"
        writer.writerow(
            ["" if e.n is None else e.n, t_local, t_utc, e.event, e.user, e.host, *common, other, chain]
        )
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
