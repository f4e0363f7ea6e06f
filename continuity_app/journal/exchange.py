"""The laptop's side of the hand-back: export the journal for IT and colleagues, import theirs.

The keys come from the unlocked bundle (the store's meta ``journal_keys``, signed by
the publisher): IT's hand-back key and the public keys of the scope's enrolled
devices. A device revoked by IT drops out of the next bundle, so its files are no
longer taken in and it is no longer a recipient.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from continuity_app.errors import KnownError, SetupError, disk_error
from continuity_app.journal import handback, storage

if TYPE_CHECKING:
    from continuity_app.journal.journal import Journal


@dataclass(frozen=True)
class JournalKeys:
    handback_id: str
    handback: X25519PublicKey
    devices: dict[str, X25519PublicKey]
    signing: dict[str, Ed25519PublicKey | None]


def parse_journal_keys(text: str, where: str = "the data") -> JournalKeys:
    """The store meta ``journal_keys``; ``SetupError`` when absent or unreadable."""
    from continuity_app.bundle.keys import ed25519_from_text, x25519_from_text

    if not text:
        raise SetupError(
            f"{where} carries no hand-back key yet: sync again after municipal IT's "
            "next 'continuity-publish build'"
        )
    try:
        doc = json.loads(text)
        hb = doc["handback"]
        devices = {
            str(d["device_id"]): x25519_from_text(d["public_key"], "public_key") for d in doc["devices"]
        }
        signing = {
            str(d["device_id"]): (
                ed25519_from_text(d["signing_public_key"], "signing key")
                if d.get("signing_public_key")
                else None
            )
            for d in doc["devices"]
        }
        return JournalKeys(
            str(hb["key_id"]), x25519_from_text(hb["public_key"], "hand-back key"), devices, signing
        )
    except (ValueError, KeyError, TypeError) as err:
        raise SetupError(f"{where}: the journal keys are damaged ({err})") from None


def keys_of(journal: Journal) -> JournalKeys:
    return parse_journal_keys(journal.session.store.meta.get("journal_keys", ""))


@dataclass
class ExportResult:
    out: Path
    manifest: dict[str, Any]
    recipients: list[str]
    carried: int  # colleagues' segments carried along
    problems: list[str] = field(default_factory=list)  # of this laptop's own file


def peer_segments(journal: Journal) -> list[dict[str, Any]]:
    """The longest imported segment of each colleague's device."""
    segments, _problems = storage.read_segments(journal.home, journal.session.keys.audit)
    best: dict[str, dict[str, Any]] = {}
    for seg in segments:
        device = str(seg["manifest"]["device_id"])
        if device == journal.device_id:
            continue
        if device not in best or seg["manifest"]["entries"] > best[device]["manifest"]["entries"]:
            best[device] = seg
    return [best[d] for d in sorted(best)]


def export_handback(journal: Journal, out: Path, *, now: dt.datetime | None = None) -> ExportResult:
    """Write the hand-back file (atomically, owner-only) and record it in the audit log."""
    from continuity_app.paths import atomic_write

    signing = journal.session.keys.signing
    if signing is None:
        raise SetupError(
            "this laptop has no signing key (it was enrolled before journals were "
            "handed back): enroll it again with 'continuity-app enroll --force' — "
            "it keeps its data and journal — and have IT add the new request"
        )
    keys = keys_of(journal)
    when = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    own = journal.own()
    segments = [
        handback.make_segment(signing, journal.device_id, journal.scope, own.entries, when),
        *peer_segments(journal),
    ]
    recipients = {keys.handback_id: keys.handback}
    recipients.update({d: k for d, k in keys.devices.items() if d != journal.device_id})
    data = handback.write_file(
        signing_key=signing,
        device_id=journal.device_id,
        scope=journal.scope,
        segments=segments,
        recipients=recipients,
        created_at=when,
    )
    try:
        atomic_write(out, data, mode=0o600)
    except OSError as err:
        raise disk_error(err, out, after="no hand-back file was written") from err
    manifest = segments[0]["manifest"]
    journal.session.audit(
        "journal_export",
        count=manifest["entries"],
        out=str(out.resolve()),
        result="ok",
        device_id=journal.device_id,
    )
    return ExportResult(out, manifest, sorted(recipients), len(segments) - 1, [str(p) for p in own.problems])


@dataclass
class ImportResult:
    new_entries: int
    devices: list[str]
    left_out: list[str] = field(default_factory=list)  # carried segments that failed their check


def import_handback(journal: Journal, path: Path) -> ImportResult:
    """Take in a colleague's file: verify it, then keep each segment that adds entries.
    Recorded in the audit log, refused or taken in."""
    where = str(path.resolve())
    try:
        result = _take_in(journal, path)
    except KnownError as err:
        journal.session.audit("journal_import", result="refused", reason=err.exit_code.name, out=where)
        raise
    journal.session.audit("journal_import", result="ok", count=result.new_entries, out=where)
    return result


def _take_in(journal: Journal, path: Path) -> ImportResult:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise SetupError(f"{path}: cannot read ({err.strerror})") from None
    keys = keys_of(journal)
    opened = handback.open_file(
        data,
        where=str(path),
        signing_keys=keys.signing,
        scope=journal.scope,
        recipient=journal.device_id,
        key=journal.session.keys.device,
    )
    known = {e.id for e in journal.entries()}
    new, devices = 0, []
    checked, left_out = handback.check_segments(
        opened.segments,
        str(opened.header.get("device_id", "")),
        keys.signing,
        lambda _device: journal.scope,
        str(path),
    )
    for seg, check in checked:
        if check.device_id == journal.device_id:
            continue  # this laptop's own entries, carried back by a colleague
        fresh = [e for e in check.entries if e.id not in known]
        if not fresh:
            continue
        storage.append_segment(journal.home, journal.session.keys.audit, seg)
        known.update(e.id for e in fresh)
        new += len(fresh)
        devices.append(check.device_id)
    journal.refresh()
    return ImportResult(new, devices, [str(err) for err in left_out])
