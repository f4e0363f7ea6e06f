"""IT after the outage: every laptop's hand-back file verified, merged, and made re-enterable.

For each file: the writer must be an enrolled, non-revoked device of the publisher's
registry with a signing key, its signature must verify, the file must be encrypted
to IT's hand-back key; each segment in it must be signed by its own device (of
that device's registered scope), chain from genesis to its signed head. Files that
fail are named and left out; the others are merged (the union of entries: each
once, by id) and written as:

- the readable views of ``journal.views`` (CSV per kind, FHIR, a PDF per citizen);
- ``genindtastning/<citizen>.csv`` and ``.pdf``: per citizen, in time order, what a
  nurse types into the care system (drill entries never; corrected ones marked);
- ``flags.csv`` (``kind;citizen_id;entries;message``): double_dose, pn_over_max,
  effect_missing, clock_backwards, gap, unknown_citizen, drill.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from continuity_app.errors import KnownError, SetupError
from continuity_app.journal import checks, handback, views
from continuity_app.journal.entry import Entry, Flagged, FlagKind, local_text
from continuity_app.workers import Offload

if TYPE_CHECKING:
    from continuity_app.printing.sheet import Stamp
    from continuity_app.publish.home import PublisherHome
    from continuity_app.publish.registry import Registry

log = logging.getLogger(__name__)

REENTRY_KINDS = ("pn", "effect", "given", "visit", "note", "correction")
REENTRY_DIR = "genindtastning"


@dataclass
class CollectResult:
    out: Path
    files: int
    entries: int
    devices: list[str]
    refused: list[tuple[Path, KnownError]] = field(default_factory=list)
    #: colleagues' segments a good file carried that failed their own check (left out alone)
    left_out: list[tuple[Path, KnownError]] = field(default_factory=list)
    flags: list[Flagged] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)


def collect(
    home_dir: Path, inputs: list[Path], out: Path, *, passphrase: str, now: dt.datetime | None = None
) -> CollectResult:
    from continuity_app.publish import handback_key
    from continuity_app.publish.home import PublisherHome
    from continuity_app.publish.registry import Registry

    home = PublisherHome.open(Path(home_dir))
    private = handback_key.open_private(home.root, passphrase)
    recipient = handback_key.key_id(private.public_key())
    devices = Devices.of(Registry.load(home.devices))
    clock = now or dt.datetime.now(dt.UTC)
    key = Opener(recipient, private.private_bytes_raw())
    # the worker processes start now, so they are ready when the files are read
    with Offload(parallel=sum(_announced(p) for p in inputs) >= PARALLEL_MIN_ENTRIES) as offload:
        return _collect(home, inputs, out, devices, key, clock, offload)


@dataclass(frozen=True)
class Devices:
    """The publisher's registry as reading a file needs it, in plain values (it goes to
    the worker processes): every device's scope, when the revoked ones were revoked,
    and the active ones' Ed25519 signing keys (raw)."""

    scopes: dict[str, str]
    revoked: dict[str, dt.datetime | None]
    signing: dict[str, bytes | None]

    @classmethod
    def of(cls, registry: Registry) -> Devices:
        return cls(
            {d.device_id: d.scope for d in registry.devices},
            {d.device_id: d.revoked_at for d in registry.devices if not d.active},
            {
                d.device_id: d.signing_key.public_bytes_raw() if d.signing_key else None
                for d in registry.devices
                if d.active
            },
        )


@dataclass(frozen=True)
class Opener:
    """IT's hand-back key: its id and the raw private key (to a worker, through its pipe)."""

    recipient: str
    private: bytes


@dataclass
class Verified:
    """One file's good segments: each device's entries as canonical bytes (verified), its
    counter gaps (after, next), and why each colleague's segment that was left out failed."""

    segments: list[tuple[str, list[bytes], list[tuple[int, int]]]]
    left_out: list[handback.HandbackRefused]


def _collect(
    home: PublisherHome,
    inputs: list[Path],
    out: Path,
    devices: Devices,
    key: Opener,
    clock: dt.datetime,
    offload: Offload,
) -> CollectResult:
    merged: dict[str, Entry] = {}
    gaps: list[Flagged] = []
    result = CollectResult(out, 0, 0, [])
    pending = [(path, offload.submit(verify_file, path, devices, key)) for path in inputs]
    for path, verified in pending:
        try:
            done = verified()
        except KnownError as err:
            result.refused.append((path, err))
            continue
        result.left_out += [(path, err) for err in done.left_out]
        result.files += 1
        entries: list[Entry] = []
        for device_id, texts, holes in done.segments:
            entries += (Entry.from_verified(raw) for raw in texts)
            gaps += [_gap(device_id, after, nxt) for after, nxt in holes]
        for e in entries:
            existing = merged.setdefault(e.id, e)
            if existing.hash() != e.hash():
                result.refused.append(
                    (
                        path,
                        handback.HandbackForged(
                            f"{path}: entry {e.id} differs from the same entry in another file"
                        ),
                    )
                )
    entries = sorted(merged.values(), key=lambda e: (e.at, e.device, e.n))
    gaps += _counter_gaps(entries)
    result.entries = len(entries)
    result.devices = sorted({e.device for e in entries})
    result.flags = _dedupe([*checks.flags(entries, clock), *gaps])
    result.written = write_collect(out, entries, result.flags, clock, offload)
    _record(home.root, inputs, result, clock)
    return result


def _record(root: Path, inputs: list[Path], result: CollectResult, clock: dt.datetime) -> None:
    """One line in the publisher home's ``journal-collect.log`` (no health data: files,
    their SHA-256, counts, devices, the output folder), appended and fsync'd."""
    import hashlib
    import json
    import os

    def digest(path: Path) -> str:
        try:
            return hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return ""

    line = json.dumps(
        {
            "t": clock.astimezone(dt.UTC).isoformat(timespec="seconds"),
            "event": "journal_collect",
            "files": [{"file": str(p.resolve()), "sha256": digest(p)} for p in inputs],
            "accepted": result.files,
            "refused": [str(p) for p, _e in result.refused],
            "left_out": len(result.left_out),
            "entries": result.entries,
            "devices": result.devices,
            "out": str(result.out.resolve()),
        },
        ensure_ascii=False,
    )
    path = root / "journal-collect.log"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, (line + "\n").encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as err:
        log.warning("journal collect not recorded in %s: %s", path, err.strerror)


def verify_file(path: Path, devices: Devices, key: Opener) -> Verified:
    """Read and check one hand-back file (in a worker when there are many): its writer
    an active registered device of the file's scope, its signature, addressed to IT,
    every segment signed by its own device and chained (``handback.check_segments``).
    Raises the file's ``KnownError``."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    try:
        data = path.read_bytes()
    except OSError as err:
        raise SetupError(f"{path}: cannot read ({err.strerror})") from None
    parsed = handback.parse(data, str(path))
    writer = str(parsed.header.get("device_id", ""))
    if writer not in devices.scopes:
        raise handback.HandbackForged(
            f"{path}: written by {writer!r}, which is not in the device registry: forged"
        )
    if writer in devices.revoked:
        revoked_at = devices.revoked[writer]
        raise handback.HandbackForged(
            f"{path}: written by device {writer!r}, revoked on {local_text(revoked_at)}"
            if revoked_at
            else f"{path}: written by a revoked device"
        )
    if parsed.header.get("scope") != devices.scopes[writer]:
        raise handback.HandbackWrongScope(
            f"{path}: of scope {parsed.header.get('scope')!r}, but "
            f"{writer!r} is enrolled for {devices.scopes[writer]!r}"
        )
    active = {d: Ed25519PublicKey.from_public_bytes(k) if k else None for d, k in devices.signing.items()}
    opened = handback.open_file(
        data,
        where=str(path),
        signing_keys=active,
        scope=None,
        recipient=key.recipient,
        key=X25519PrivateKey.from_private_bytes(key.private),
    )
    checked, left_out = handback.check_segments(
        opened.segments, writer, active, lambda d: devices.scopes.get(d, ""), str(path)
    )
    return Verified(
        [(c.device_id, [e.canonical() for e in c.entries], c.gaps) for _seg, c in checked], left_out
    )


def _gap(device_id: str, after: int, nxt: int) -> Flagged:
    return Flagged(
        FlagKind.GAP,
        "",
        (f"{device_id}-{after}", f"{device_id}-{nxt}"),
        f"device {device_id}: entries {after + 1}–{nxt - 1} are "
        "missing from its journal (lost or removed on the laptop)",
    )


def _counter_gaps(entries: list[Entry]) -> list[Flagged]:
    by_device: dict[str, set[int]] = defaultdict(set)
    for e in entries:
        by_device[e.device].add(e.n)
    out = []
    for device, numbers in sorted(by_device.items()):
        missing = [n for n in range(1, max(numbers) + 1) if n not in numbers]
        if missing:
            out.append(
                Flagged(
                    FlagKind.GAP,
                    "",
                    tuple(f"{device}-{n}" for n in missing),
                    f"device {device}: {len(missing)} entr{'y' if len(missing) == 1 else 'ies'} "
                    f"missing from its counter (first {missing[0]})",
                )
            )
    return out


def _dedupe(flags: list[Flagged]) -> list[Flagged]:
    seen: set[tuple[str, tuple[str, ...]]] = set()
    out = []
    for f in flags:
        key = (f.kind, f.entries)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _announced(path: Path) -> int:
    """The entries a file's plain header says it holds (0 when it cannot be read: the
    real reading says why)."""
    try:
        header = handback.parse(path.read_bytes(), str(path)).header
        carried = header.get("carried", [])
        return int(header["manifest"]["entries"]) + sum(int(c["entries"]) for c in carried)
    except (KnownError, OSError, KeyError, TypeError, ValueError):
        return 0


def write_collect(
    out: Path, entries: list[Entry], flags: list[Flagged], clock: dt.datetime, offload: Offload | None = None
) -> list[Path]:
    """Write IT's output; the re-entry lists are made by ``offload`` (its workers) when
    given, else here."""
    from continuity_app.printing.sheet import Stamp

    if offload is None:
        with Offload(parallel=False) as here:
            return write_collect(out, entries, flags, clock, here)
    stamp = Stamp("Indsamlet af IT – alle bærbare", clock)
    db = views.entries_db(entries)
    kinds = ", ".join(f"'{k}'" for k in REENTRY_KINDS)
    where = f"drill = 0 AND kind IN ({kinds})"
    groups = [(subject, db.rows(f"subject = ? AND {where}", [subject])) for subject in db.subjects(where)]
    # each citizen's re-entry list is made (in the workers, when there are some) while
    # this process writes the tables for all laptops
    pending = [
        offload.submit(reentry_list, [(e.canonical(), bool(row["corrected"])) for e, row in items], stamp)
        for _s, items in groups
    ]
    written = views.write_tables(out, db, None)
    folder = out / REENTRY_DIR
    folder.mkdir(exist_ok=True, mode=0o700)
    for (subject, _items), made in zip(groups, pending, strict=True):
        name = views.safe_name(subject.removeprefix("person:"))
        for path, data in zip((folder / f"{name}.csv", folder / f"{name}.pdf"), made(), strict=True):
            views.write(path, data)
            written.append(path)
    path = out / "flags.csv"
    views.write(
        path,
        views.csv_bytes(
            ["kind", "citizen_id", "entries", "message"],
            [[f.kind, f.subject, "|".join(f.entries), f.message] for f in flags],
        ),
    )
    written.append(path)
    return written


#: re-entry entries below which one process is quicker than starting workers (a PDF row
#: takes some 70 µs; a worker half a second to start)
PARALLEL_MIN_ENTRIES = 15_000


def reentry_list(entries: list[tuple[bytes, bool]], stamp: Stamp) -> tuple[bytes, bytes]:
    """One citizen's re-entry list, the CSV's and the PDF's bytes, from its entries in time
    order (canonical JSON, corrected or not: bytes go to a worker process for next to
    nothing, where entries as objects take longer to send than to read again)."""
    import json

    from continuity_app.journal.pdf import citizen_pdf

    items = [(Entry.from_json(json.loads(raw)), {"corrected": corrected}) for raw, corrected in entries]
    csv = views.csv_bytes(REENTRY_HEADER, [_reentry_row(e, row) for e, row in items])
    return csv, citizen_pdf(items, stamp, title="Genindtastning")


REENTRY_HEADER = [
    "tid",
    "borger_id",
    "navn",
    "cpr",
    "type",
    "hvad",
    "initialer",
    "personale",
    "enhed",
    "id",
    "rettet",
    "bundle_sekvens",
]


def _reentry_row(e: Entry, row: Mapping[str, object]) -> list[object]:
    from continuity_app.journal.pdf import what

    return [
        local_text(e.at),
        e.citizen_id,
        views.who(e),
        str(e.fields.get("citizen_cpr", "")),
        e.kind,
        what(e),
        e.initials,
        str(e.fields.get("staff_name", "")),
        e.device,
        e.id,
        bool(row["corrected"]),
        e.fields.get("sequence", ""),
    ]
