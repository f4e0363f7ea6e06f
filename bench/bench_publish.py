"""Publishing (SPEC §9: all scopes, 200 enrolled devices: aarhus ≤ 10 s, region ≤ 20 s).

Figures, on a real publisher home (machine-measured scrypt) and a real exchange
folder written by the demo generator:

1. ``publish.build`` end to end, as ``continuity-publish build`` runs it, in a fresh
   process: unlock the signing key, read and validate the exports, build the store,
   derive every scope, compress, encrypt, wrap for 200 devices (at least one per
   scope, so that every scope is published), sign, write atomically. Beside it the
   publisher's peak memory: its own and its largest worker process's.
2. Encryption and signing alone (AES-256-GCM + HPKE wraps + Ed25519 over the
   already-compressed payloads of every scope), as a ratio to the baseline: a
   bare AES-256-GCM pass over the same bytes.
3. The compression choice for the ``alle`` image: zstd and zlib levels and lzma, time to
   compress and to decompress, and the size each reaches (in the name).
4. Verify + decrypt of the largest unit bundle and of ``alle`` (the client's share
   of the sync and unlock targets).
5. Unit bundle sizes with every vehicle and contact tree (as before minimisation)
   against what the default ``unit_share`` gives a unit.
"""

from __future__ import annotations

import datetime as dt
import json
import lzma
import os
import subprocess
import sys
import tempfile
import zlib
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from bench.harness import PEAK_MB_CODE, Result, demo_dataset, forget_datasets, timed

PASSPHRASE = "benchmark passphrase for the publisher"
DEVICES = 200
TARGETS = {"aarhus": 10.0, "region": 20.0}

# The publish as the command runs it, in a fresh process: its time, its own peak
# memory, and the most the process and its workers held together (sampled from /proc:
# ru_maxrss of a spawned child starts from the parent's peak, so it cannot say).
_CHILD = (
    PEAK_MB_CODE
    + """
import json, os, sys, threading, time
from pathlib import Path
from continuity_app.publish import build

def rss_mb(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0

def children():
    found = []
    for tid in os.listdir("/proc/self/task"):
        try:
            found += open(f"/proc/self/task/{tid}/children").read().split()
        except OSError:
            pass
    return found

tree = [0.0, 0.0]
done = threading.Event()
def sample():
    while not done.wait(0.05):
        workers = [rss_mb(pid) for pid in children()]
        tree[0] = max(tree[0], rss_mb(os.getpid()) + sum(workers))
        tree[1] = max([tree[1], *workers])
threading.Thread(target=sample, daemon=True).start()
start = time.perf_counter()
summary = build(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), passphrase=sys.argv[4])
seconds = time.perf_counter() - start
done.set()
print(json.dumps({"seconds": seconds, "rss_mb": peak_mb(), "tree_mb": tree[0], "worker_mb": tree[1],
                  "scopes": len(summary.published), "mb": sum(r.size for r in summary.published) / 1e6}))
"""
)


@dataclass(frozen=True)
class _Published:
    scope: str  # the folder's name: the scope id for every plain-ASCII id
    file: Path
    size: int


def _setup(scale: str, folder: Path) -> tuple[Path, Path, dict[str, tuple[str, X25519PrivateKey]]]:

    from continuity_app.bundle.enrollment import EnrollmentRequest
    from continuity_app.exchange.demo import write_exports
    from continuity_app.publish import add_device, init_home

    dataset = demo_dataset(scale)
    exports = folder / "exports"
    write_exports(dataset, exports)
    home = init_home(folder / "publisher", PASSPHRASE)
    scopes = [u.unit_id for u in dataset.units] + ["krisestab", "alle"]
    keys: dict[str, tuple[str, X25519PrivateKey]] = {}
    now = dt.datetime.now(dt.UTC)
    for i in range(max(DEVICES, len(scopes))):
        key = X25519PrivateKey.generate()
        scope = scopes[i % len(scopes)]
        request = EnrollmentRequest(
            f"bench-{i:03d}", scope, key.public_key(), home.fingerprint(), f"pc-{i:03d}", now
        )
        add_device(home.root, request.to_json())
        keys[f"bench-{i:03d}"] = (scope, key)
    return home.root, exports, keys


def run(scale: str) -> list[Result]:
    from continuity_app.bundle import decrypt, verify, write_bundle
    from continuity_app.bundle.payload import compress, zstd
    from continuity_app.publish import PublisherHome

    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="bench-publish-") as tmp:
        folder = Path(tmp)
        home_dir, exports, keys = _setup(scale, folder)
        forget_datasets()  # written out: a large process beside the publish slows it
        env = {k: v for k, v in os.environ.items() if not k.startswith("CONTINUITY_")}
        child = subprocess.run(
            [
                sys.executable,
                "-c",
                _CHILD,
                str(home_dir),
                str(exports),
                str(folder / "publish-fresh"),
                PASSPHRASE,
            ],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            timeout=900,
        )
        fresh = json.loads(child.stdout.strip().splitlines()[-1])
        seconds = fresh["seconds"]
        target = TARGETS.get(scale)
        results.append(
            Result(
                f"publish {scale}: {fresh['scopes']} scopes, {len(keys)} devices, {fresh['mb']:.1f} MB",
                seconds,
                "s",
                target=f"≤ {target:.0f} s ({scale})" if target else "≤ 10 s (aarhus)",
                ok=seconds <= target if target else None,
            )
        )
        results.append(Result(f"  publisher peak memory ({scale}), main process", fresh["rss_mb"], "MB"))
        results.append(Result("  publisher peak memory, largest worker (sampled)", fresh["worker_mb"], "MB"))
        results.append(
            Result("  publisher peak memory, all processes together (sampled)", fresh["tree_mb"], "MB")
        )
        published = [
            _Published(f.parent.name, f, f.stat().st_size)
            for f in sorted((folder / "publish-fresh").glob("*/*.bundle"))
        ]

        # 1b. where the time goes: the phases of (1), each measured alone
        results += _phases(exports)

        # 2. encryption + signing vs a bare AES-GCM pass over the same compressed bytes
        home = PublisherHome.open(home_dir)
        signing_key = home.signing_key(PASSPHRASE)
        from continuity_app.publish.registry import Registry

        registry = Registry.load(home.devices)
        images: dict[str, bytes] = {}
        for item in published:
            scope_id = item.scope
            verified = verify(item.file.read_bytes(), home.public_key())
            device = verified.header.recipients[0]
            images[scope_id] = decrypt(verified, device, keys[device][1])
        packed = {s: compress(img) for s, img in images.items()}
        now = dt.datetime.now(dt.UTC)

        def encrypt_and_sign() -> None:
            for s, img in images.items():
                write_bundle(
                    img,
                    scope=s,
                    sequence=1,
                    created_at=now,
                    valid_until=now,
                    counts={},
                    recipients=registry.recipients(s),
                    signing_key=signing_key,
                    compressed=packed[s],
                )

        def bare_aes() -> None:
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            aes = AESGCM(AESGCM.generate_key(bit_length=256))
            for data in packed.values():
                aes.encrypt(os.urandom(12), data, None)

        enc_s, _ = timed(encrypt_and_sign, repeat=3)
        base_s, _ = timed(bare_aes, repeat=3)
        results.append(
            Result(
                f"encrypt+wrap+sign all scopes ({sum(map(len, packed.values())) / 1e6:.1f} MB)",
                enc_s,
                "s",
                baseline=base_s,
                baseline_label="bare AES-256-GCM, same bytes",
            )
        )

        # 3. compression choice on the biggest image
        alle = images.get("alle") or max(images.values(), key=len)
        for label, pack, unpack in (
            ("zstd-1", lambda d: zstd.compress(d, level=1), zstd.decompress),
            ("zstd-3", lambda d: zstd.compress(d, level=3), zstd.decompress),
            ("zlib-1", lambda d: zlib.compress(d, 1), zlib.decompress),
            ("zlib-6", lambda d: zlib.compress(d, 6), zlib.decompress),
            ("lzma-0", lambda d: lzma.compress(d, preset=0), lzma.decompress),
        ):
            c_s, small = timed(lambda pack=pack: pack(alle))  # type: ignore[misc]
            d_s, _ = timed(lambda unpack=unpack, small=small: unpack(small))  # type: ignore[misc]
            pct = 100 * len(small) / len(alle)
            results.append(
                Result(f"compress alle {label} ({len(alle) / 1e6:.0f} MB → {pct:.0f} %)", c_s, "s")
            )
            results.append(Result(f"decompress alle {label}", d_s, "s"))

        # 4. the client's verify + decrypt
        units = [r for r in published if r.scope not in ("alle", "krisestab")]
        for item in [max(units, key=lambda r: r.size)] if units else []:
            data = item.file.read_bytes()
            device = next(d for d, (s, _) in keys.items() if s == item.scope)

            def open_bundle(data: bytes, device: str) -> bytes:
                return decrypt(verify(data, home.public_key()), device, keys[device][1])

            secs, _ = timed(partial(open_bundle, data, device), repeat=3)
            results.append(
                Result(
                    f"verify+decrypt largest unit bundle ({len(data) / 1e6:.2f} MB)",
                    secs,
                    "s",
                    target="part of sync ≤ 0.5 s",
                )
            )
    return results


def _phases(exports: Path) -> list[Result]:
    from continuity_app.bundle.payload import DEFAULT_COMPRESSION, compress
    from continuity_app.exchange import read_exchange
    from continuity_app.store import Store

    read_s, result = timed(lambda: read_exchange(exports))
    assert result.dataset is not None
    build_s, store = timed(lambda: Store.build(result.dataset))  # type: ignore[arg-type]
    scopes = [u.unit_id for u in result.dataset.units] + ["krisestab", "alle"]
    images: list[bytes] = []

    def derive_all() -> None:
        images.clear()
        for scope in scopes:
            with store.derive(scope) as sub:
                images.append(sub.image())

    derive_s, _ = timed(derive_all)
    sizes = _unit_sizes(store, scopes[:-2])
    store.close()
    codec_s, _ = timed(lambda: [compress(i) for i in images])
    mb = sum(map(len, images)) / 1e6
    return [
        *sizes,
        Result("  phase: read_exchange (exports → Dataset)", read_s, "s"),
        Result("  phase: Store.build", build_s, "s"),
        Result(f"  phase: derive + image, all scopes ({mb:.0f} MB)", derive_s, "s"),
        Result(f"  phase: {DEFAULT_COMPRESSION} all images, one thread", codec_s, "s"),
    ]


def _unit_sizes(store: object, units: list[str]) -> list[Result]:
    """Compressed unit images: every vehicle and tree (before minimisation) against the default."""
    from continuity_app.bundle.payload import compress
    from continuity_app.store.coverage import DEFAULT_SHARE, UnitShare

    everything = UnitShare("all", "all", "all")
    sample = units[:: max(1, len(units) // 20)]  # 20 units, spread over the list

    def size(unit: str, share: UnitShare) -> int:
        with store.derive(unit, share) as sub:  # type: ignore[attr-defined]
            return len(compress(sub.image()))

    before = [size(u, everything) for u in sample]
    after = [size(u, DEFAULT_SHARE) for u in sample]
    return [
        Result(
            f"unit bundle, all vehicles + trees (mean of {len(sample)} units)",
            sum(before) / len(before) / 1e6,
            "MB",
        ),
        Result(
            "unit bundle, minimised (default unit_share)",
            sum(after) / len(after) / 1e6,
            "MB",
            baseline=sum(before) / len(before) / 1e6,
            baseline_label="all vehicles + trees",
        ),
    ]
