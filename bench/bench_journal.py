"""The outage journal: a durable append, the hand-back export, and IT's collect.

Figures, each with a baseline measured in the same run on the same disk:

1. ``Journal.add`` of a ``note`` on an unlocked demo laptop, 200 times: the 95th
   percentile against a bare ``write`` + ``fsync`` of a line of the same size to a
   file in the same folder; targets ≤ 10 ms and ≤ 2× the bare write.
2. ``journal export`` (``exchange.export_handback``) of a journal of 10,000
   entries; target ≤ 2 s. Baseline: zlib and AES-GCM of the same canonical bytes.
3. ``continuity-publish journal collect`` of 20 laptops × 2,000 entries (each
   file signed by its own enrolled device, encrypted to IT; the entries spread over
   the demo's citizens, one scheduled medicine each, as a unit's would); target ≤ 5 s.
   Baseline: opening the 20 files alone (signature, HPKE, AES-GCM, zlib).

The set-up (a tiny demo installation, synced; journals written straight into
their encrypted files) is not timed. Health data is generated and fictitious.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
import zlib
from pathlib import Path

from bench.harness import Result, timed

APPENDS = 200
EXPORT_ENTRIES = 10_000
LAPTOPS, PER_LAPTOP = 20, 2_000
AT = dt.datetime(2026, 11, 27, 6, 0, tzinfo=dt.UTC)


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def _bare_appends(folder: Path, size: int) -> list[float]:
    line = b"x" * (size - 1) + b"\n"
    fd = os.open(folder / "bare.log", os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    out = []
    try:
        for _ in range(APPENDS):
            start = time.perf_counter()
            os.write(fd, line)
            os.fsync(fd)
            out.append(time.perf_counter() - start)
    finally:
        os.close(fd)
    return out


def _entries(device: str, scope: str, count: int, subjects: list[tuple[str, str]]):
    """``count`` chained entries of one device: given doses and notes over ``subjects``
    (citizen id, medication id)."""
    from continuity_app.journal.entry import GENESIS, Entry

    prev, out = GENESIS, []
    for n in range(1, count + 1):
        citizen, med = subjects[n % len(subjects)]
        at = AT + dt.timedelta(minutes=n)
        if n % 3:
            fields: dict[str, object] = {"citizen_id": citizen, "text": f"observation {n}"}
            kind = "note"
        else:
            fields = {
                "citizen_id": citizen,
                "medication_id": med,
                "date": "2026-11-27",
                "slot": "morgen",
                "outcome": "givet",
                "drug": "Demo",
                "sequence": 1,
            }
            kind = "given"
        e = Entry(
            device=device,
            n=n,
            kind=kind,
            initials="BE",
            at=at,
            recorded=at,
            fields=fields,
            prev=prev,
            scope=scope,
        )
        out.append(e)
        prev = e.hash()
    return out


def _write_own_log(path: Path, key, entries) -> None:
    """The laptop's journal.log as appends would leave it, written in one go."""
    from continuity_app.journal import storage
    from continuity_app.vault import chainlog

    prev, lines = storage.OWN_GENESIS, []
    for e in entries:
        line = chainlog.encode_line(key.public_key(), storage.OWN_LABEL, e.n, prev, e.canonical())
        lines.append(line)
        prev = chainlog.line_hash(line)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_bytes(b"\n".join(lines) + b"\n")


def run(scale: str) -> list[Result]:
    del scale  # the journal's figures do not depend on the data's size
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from continuity_app import demosetup
    from continuity_app.bundle import canonical
    from continuity_app.journal import Journal, handback, storage
    from continuity_app.journal.collect import collect
    from continuity_app.journal.exchange import export_handback
    from continuity_app.publish import handback_key
    from continuity_app.publish.home import PublisherHome
    from continuity_app.publish.registry import Device, Registry
    from continuity_app.sync.run import run_sync
    from continuity_app.vault import unlock

    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="bench-journal-") as tmp:
        root = Path(tmp) / "demo"
        demo = demosetup.make(root, scale="tiny", fast_kdf=True)
        home = demo.client
        run_sync(home)
        with unlock(home, demosetup.DEMO_PASSPHRASE) as session:
            citizen = session.store.conn.execute("SELECT citizen_id FROM citizens LIMIT 1").fetchone()[0]
            subjects = [
                tuple(r)
                for r in session.store.conn.execute(
                    "SELECT citizen_id, MIN(medication_id) FROM medications WHERE as_needed = 0 "
                    "GROUP BY citizen_id LIMIT 50"
                )
            ]
            journal = Journal.open(session)
            journal.initials = "BE"
            samples = []
            for i in range(APPENDS):
                start = time.perf_counter()
                journal.add("note", {"citizen_id": citizen, "text": f"måling {i}"})
                samples.append(time.perf_counter() - start)
            size = len(storage.own_path(home).read_bytes().split(b"\n")[-2]) + 1
            bare = _bare_appends(storage.own_path(home).parent, size)
            p95, bare95 = _p95(samples) * 1000, _p95(bare) * 1000
            results.append(
                Result(
                    f"journal append p95 ({APPENDS} durable notes)",
                    p95,
                    "ms",
                    bare95,
                    "bare write+fsync of the same bytes",
                    "≤ 10 ms and ≤ 2×",
                    p95 <= 10 and p95 <= 2 * bare95,
                )
            )

            # a journal of 10,000 entries, exported
            entries = _entries(journal.device_id, journal.scope, EXPORT_ENTRIES, subjects)
            _write_own_log(storage.own_path(home), session.keys.audit, entries)
            journal.refresh()
            out = Path(tmp) / "big.nkj"
            seconds, _ = timed(lambda: export_handback(journal, out))
            payload = canonical.dumps({"segments": [{"entries": [e.canonical().decode() for e in entries]}]})
            base, _ = timed(
                lambda: AESGCM(AESGCM.generate_key(256)).encrypt(
                    os.urandom(12), zlib.compress(payload, 6), b""
                )
            )
            results.append(
                Result(
                    f"journal export ({EXPORT_ENTRIES} entries)",
                    seconds,
                    "s",
                    base,
                    "zlib + AES-GCM of the same bytes",
                    "≤ 2 s",
                    seconds <= 2,
                )
            )

        # IT: 20 laptops' hand-back files of 2,000 entries each
        publisher = demo.publisher
        it_public = handback_key.load_public(publisher)
        it_id = handback_key.key_id(it_public)
        devices_file = PublisherHome.open(publisher).devices
        registry = Registry.load(devices_file)
        files = []
        for i in range(LAPTOPS):
            device_id = f"nk-bench{i:06d}"
            signing = Ed25519PrivateKey.generate()
            registry.devices.append(
                Device(
                    device_id,
                    demo.unit_id,
                    X25519PrivateKey.generate().public_key(),
                    "bench",
                    AT,
                    AT,
                    signing_key=signing.public_key(),
                )
            )
            own = _entries(device_id, demo.unit_id, PER_LAPTOP, subjects)
            segment = handback.make_segment(signing, device_id, demo.unit_id, own, AT)
            path = Path(tmp) / f"{device_id}.nkj"
            path.write_bytes(
                handback.write_file(
                    signing_key=signing,
                    device_id=device_id,
                    scope=demo.unit_id,
                    segments=[segment],
                    recipients={it_id: it_public},
                    created_at=AT,
                )
            )
            files.append(path)
        registry.save(devices_file)
        private = handback_key.open_private(publisher, demosetup.DEMO_PUBLISHER_PASSPHRASE)
        keys = {d.device_id: d.signing_key for d in registry.devices}

        def open_all() -> None:
            for path in files:
                handback.open_file(
                    path.read_bytes(),
                    where=str(path),
                    signing_keys=keys,
                    scope=demo.unit_id,
                    recipient=it_id,
                    key=private,
                )

        base, _ = timed(open_all)
        start = time.perf_counter()
        done = collect(
            publisher, files, Path(tmp) / "collected", passphrase=demosetup.DEMO_PUBLISHER_PASSPHRASE
        )
        seconds = time.perf_counter() - start
        assert done.entries == LAPTOPS * PER_LAPTOP and not done.refused
        results.append(
            Result(
                f"journal collect ({LAPTOPS} laptops × {PER_LAPTOP} entries)",
                seconds,
                "s",
                base,
                "opening the 20 files alone",
                "≤ 5 s",
                seconds <= 5,
            )
        )
    return results
