"""Publishing (SPEC §9: aarhus, all scopes, 200 enrolled devices ≤ 10 s).

Figures, on a real publisher home (machine-measured scrypt) and a real exchange
folder written by the demo generator:

1. ``publish.build`` end to end, as ``continuity-publish build`` runs it: unlock
   the signing key, read and validate the exports, build the store, derive every
   scope, compress, encrypt, wrap for 200 devices, sign, write atomically.
2. Encryption and signing alone (AES-256-GCM + HPKE wraps + Ed25519 over the
   already-compressed payloads of every scope), as a ratio to the baseline: a
   bare AES-256-GCM pass over the same bytes.
3. The compression choice for the ``alle`` image: zlib levels and lzma, time to
   compress and to decompress, and the size each reaches (in the name).
4. Verify + decrypt of the largest unit bundle and of ``alle`` (the client's share
   of the sync and unlock targets).
"""

from __future__ import annotations

import datetime as dt
import lzma
import os
import tempfile
import zlib
from functools import partial
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from bench.harness import Result, timed

PASSPHRASE = "benchmark passphrase for the publisher"
DEVICES = 200


def _setup(scale: str, folder: Path) -> tuple[Path, Path, dict[str, tuple[str, X25519PrivateKey]]]:

    from continuity_app.bundle.enrollment import EnrollmentRequest
    from continuity_app.exchange.demo import generate_dataset, write_exports
    from continuity_app.publish import add_device, init_home

    dataset = generate_dataset(scale)
    exports = folder / "exports"
    write_exports(dataset, exports)
    home = init_home(folder / "publisher", PASSPHRASE)
    scopes = [u.unit_id for u in dataset.units] + ["krisestab", "alle"]
    keys: dict[str, tuple[str, X25519PrivateKey]] = {}
    now = dt.datetime.now(dt.UTC)
    for i in range(DEVICES):
        key = X25519PrivateKey.generate()
        scope = scopes[i % len(scopes)]
        request = EnrollmentRequest(f"bench-{i:03d}", scope, key.public_key(), home.fingerprint(),
                                    f"pc-{i:03d}", now)  # fmt: skip
        add_device(home.root, request.to_json())
        keys[f"bench-{i:03d}"] = (scope, key)
    return home.root, exports, keys


def run(scale: str) -> list[Result]:
    from continuity_app.bundle import decrypt, verify, write_bundle
    from continuity_app.bundle.payload import compress
    from continuity_app.publish import PublisherHome, build

    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="bench-publish-") as tmp:
        folder = Path(tmp)
        home_dir, exports, keys = _setup(scale, folder)
        out = folder / "publish"
        seconds, summary = timed(lambda: build(home_dir, exports, out, passphrase=PASSPHRASE))
        total_mb = sum(r.size for r in summary.published) / 1e6
        results.append(Result(
            f"publish {scale}: {len(summary.published)} scopes, {DEVICES} devices, {total_mb:.1f} MB",
            seconds, "s", target="≤ 10 s (aarhus)", ok=seconds <= 10 if scale == "aarhus" else None,
        ))  # fmt: skip

        # 1b. where the time goes: the phases of (1), each measured alone
        results += _phases(exports)

        # 2. encryption + signing vs a bare AES-GCM pass over the same compressed bytes
        home = PublisherHome.open(home_dir)
        signing_key = home.signing_key(PASSPHRASE)
        from continuity_app.publish.registry import Registry

        registry = Registry.load(home.devices)
        images: dict[str, bytes] = {}
        for item in summary.published:
            scope_id = item.scope
            verified = verify(item.file.read_bytes(), home.public_key())
            device = verified.header.recipients[0]
            images[scope_id] = decrypt(verified, device, keys[device][1])
        packed = {s: compress(img) for s, img in images.items()}
        now = dt.datetime.now(dt.UTC)

        def encrypt_and_sign() -> None:
            for s, img in images.items():
                write_bundle(img, scope=s, sequence=1, created_at=now, valid_until=now, counts={},
                             recipients=registry.recipients(s), signing_key=signing_key,
                             compressed=packed[s])  # fmt: skip

        def bare_aes() -> None:
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            aes = AESGCM(AESGCM.generate_key(bit_length=256))
            for data in packed.values():
                aes.encrypt(os.urandom(12), data, None)

        enc_s, _ = timed(encrypt_and_sign, repeat=3)
        base_s, _ = timed(bare_aes, repeat=3)
        results.append(Result(
            f"encrypt+wrap+sign all scopes ({sum(map(len, packed.values())) / 1e6:.1f} MB)",
            enc_s, "s", baseline=base_s, baseline_label="bare AES-256-GCM, same bytes",
        ))  # fmt: skip

        # 3. compression choice on the biggest image
        alle = images.get("alle") or max(images.values(), key=len)
        for label, pack, unpack in (
            ("zlib-1", lambda d: zlib.compress(d, 1), zlib.decompress),
            ("zlib-6", lambda d: zlib.compress(d, 6), zlib.decompress),
            ("zlib-9", lambda d: zlib.compress(d, 9), zlib.decompress),
            ("lzma-0", lambda d: lzma.compress(d, preset=0), lzma.decompress),
        ):
            c_s, small = timed(lambda pack=pack: pack(alle))  # type: ignore[misc]
            d_s, _ = timed(lambda unpack=unpack, small=small: unpack(small))  # type: ignore[misc]
            pct = 100 * len(small) / len(alle)
            results.append(Result(f"compress alle {label} ({len(alle) / 1e6:.0f} MB → {pct:.0f} %)",
                                  c_s, "s"))  # fmt: skip
            results.append(Result(f"decompress alle {label}", d_s, "s"))

        # 4. the client's verify + decrypt
        units = [r for r in summary.published if r.scope not in ("alle", "krisestab")]
        for item in [max(units, key=lambda r: r.size)] if units else []:
            data = item.file.read_bytes()
            device = next(d for d, (s, _) in keys.items() if s == item.scope)
            def open_bundle(data: bytes, device: str) -> bytes:
                return decrypt(verify(data, home.public_key()), device, keys[device][1])

            secs, _ = timed(partial(open_bundle, data, device), repeat=3)
            results.append(Result(f"verify+decrypt largest unit bundle ({len(data) / 1e6:.2f} MB)",
                                  secs, "s", target="part of sync ≤ 0.5 s"))  # fmt: skip
    return results


def _phases(exports: Path) -> list[Result]:
    from continuity_app.bundle.payload import ZLIB_LEVEL
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
    store.close()
    zlib_s, _ = timed(lambda: [zlib.compress(i, ZLIB_LEVEL) for i in images])
    mb = sum(map(len, images)) / 1e6
    return [
        Result("  phase: read_exchange (exports → Dataset)", read_s, "s"),
        Result("  phase: Store.build", build_s, "s"),
        Result(f"  phase: derive + image, all scopes ({mb:.0f} MB)", derive_s, "s"),
        Result(f"  phase: zlib-{ZLIB_LEVEL} all images, one thread", zlib_s, "s"),
    ]
