"""Sync of one unit's bundle over HTTP from 127.0.0.1 (SPEC §9: aarhus ≤ 0.5 s).

Figures, on a real enrolled home and a real signed, encrypted bundle of the
largest unit of the generated data, served by the standard library's HTTP
server in a thread (with ETag/304, like nginx):

1. ``sync.run_sync`` fetching a new bundle: latest.json, download, size and
   SHA-256, Ed25519 signature, policy, atomic store with fsync, state.json and
   the audit record. Baseline: a bare ``urllib`` GET of the same bundle bytes
   into memory, in the same run.
2. ``sync.run_sync`` when nothing changed: one conditional request answered
   304. Baseline: a bare GET of the same latest.json.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import http.server
import shutil
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

from bench.harness import Result, demo_dataset
from continuity_app.home import ClientHome

PASSPHRASE = "benchmark passphrase for sync"


class _Handler(http.server.BaseHTTPRequestHandler):
    """Static files with ETag/Last-Modified and 304, as any static web server serves them."""

    protocol_version = "HTTP/1.0"
    root: Path

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        path = self.root / self.path.lstrip("/").split("?")[0]
        if not path.is_file():
            self.send_error(404)
            return
        stat = path.stat()
        etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        data = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", email.utils.formatdate(stat.st_mtime, usegmt=True))
        self.end_headers()
        self.wfile.write(data)


def _prepare(scale: str, folder: Path) -> tuple[ClientHome, str, int]:
    """An enrolled home for the largest unit, and that unit's bundle in a publish folder."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from continuity_app.bundle import write_bundle
    from continuity_app.bundle.keys import publisher_key_text
    from continuity_app.bundle.latest import bundle_file_name, make_latest
    from continuity_app.kdf import floor_params
    from continuity_app.store import Store
    from continuity_app.vault.device import DeviceFile
    from continuity_app.vault.enroll import enroll

    dataset = demo_dataset(scale)
    unit, citizens = Counter(c.unit_id for c in dataset.citizens).most_common(1)[0]
    key = Ed25519PrivateKey.generate()
    key_file = folder / "publisher-key.pub"
    key_file.write_text(publisher_key_text(key.public_key()), encoding="ascii")
    home = ClientHome(folder / "home")
    enroll(
        home,
        scope=unit,
        source=str(folder / "publish"),
        publisher_key_file=key_file,
        passphrase=PASSPHRASE,
        out=folder / "REQUEST.json",
        kdf=floor_params(),
    )
    device = DeviceFile.load(home.device)
    now = dt.datetime.now(dt.UTC)
    with Store.build(dataset) as full, full.derive(unit) as scoped:
        payload, counts = scoped.image(), scoped.counts()
    data = write_bundle(
        payload,
        scope=unit,
        sequence=1,
        created_at=now,
        valid_until=now + dt.timedelta(days=7),
        counts=counts,
        recipients={device.device_id: device.device_public()},
        signing_key=key,
    )
    out = folder / "publish" / unit
    out.mkdir(parents=True)
    name = bundle_file_name(unit, 1)
    (out / name).write_bytes(data)
    (out / "latest.json").write_bytes(
        make_latest(
            scope=unit,
            sequence=1,
            file=name,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            created_at=now,
            valid_until=now + dt.timedelta(days=7),
            signing_key=key,
        )
    )
    return home, unit, citizens


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as resp:
        data: bytes = resp.read()
    return data


def run(scale: str) -> list[Result]:
    from continuity_app.sync import SyncResult, run_sync

    judged = scale == "aarhus"
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        folder = Path(tmp)
        home, unit, citizens = _prepare(scale, folder)
        handler = type("Handler", (_Handler,), {"root": folder / "publish"})
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        thread.start()
        try:
            url = f"http://127.0.0.1:{server.server_address[1]}/"
            bundle_url = f"{url}{unit}/{unit}-00000001.bundle"
            latest_url = f"{url}{unit}/latest.json"
            size_mb = len(_get(bundle_url)) / 1e6
            from continuity_app import settings

            values = settings.load(home.config)
            values["source"] = url
            settings.save(home.config, values)

            best_new = best_bare = best_same = best_latest = float("inf")
            for i in range(5):
                fresh = ClientHome(folder / f"home-{i}")
                shutil.copytree(home.root, fresh.root)
                start = time.perf_counter()
                outcome = run_sync(fresh)
                best_new = min(best_new, time.perf_counter() - start)
                assert outcome.result is SyncResult.NEW_DATA, outcome.message
                start = time.perf_counter()
                outcome = run_sync(fresh)
                best_same = min(best_same, time.perf_counter() - start)
                assert outcome.result is SyncResult.UP_TO_DATE, outcome.message
                start = time.perf_counter()
                _get(bundle_url)
                best_bare = min(best_bare, time.perf_counter() - start)
                start = time.perf_counter()
                _get(latest_url)
                best_latest = min(best_latest, time.perf_counter() - start)
        finally:
            server.shutdown()
            server.server_close()
            thread.join()
    return [
        Result(
            f"sync {scale} unit {unit} ({citizens} citizens, {size_mb:.1f} MB)",
            best_new,
            "s",
            baseline=best_bare,
            baseline_label="bare GET of the bundle into memory",
            target="≤ 0.5 s (aarhus)",
            ok=(best_new <= 0.5) if judged else None,
        ),
        Result(
            f"sync {scale} unchanged (one conditional request)",
            best_same,
            "s",
            baseline=best_latest,
            baseline_label="bare GET of latest.json",
        ),
    ]
