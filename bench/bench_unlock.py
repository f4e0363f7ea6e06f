"""Unlock of the ``alle`` scope (SPEC §9: aarhus ≤ 1.5 s, ≤ 1.5× a bare executemany; ≤ 300 MB;
region ≤ 1.5 s, also in a fresh process, ≤ 500 MB and ≤ 2.3× the image).

Figures, all on a real enrolled home with a real signed, encrypted generation:

1. ``vault.unlock`` as a person experiences it: scrypt (the machine-measured
   parameters), verify, decrypt, decompress, ``Store.from_image``, audit.
2. The data part alone (verify + decrypt + decompress + ``from_image``), as a
   ratio to the baseline: the same Dataset's rows (already turned into tuples,
   so the baseline pays nothing for conversion) inserted with plain
   ``sqlite3.executemany`` into an empty in-memory copy of the same schema.
3. Peak RSS of a fresh process that only unlocks (a subprocess, so the
   generator's and the publisher's memory do not count), also as a multiple of the
   image: the floor is two copies (the decrypted buffer and SQLite's own).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.harness import PEAK_MB_CODE, Result, demo_dataset, forget_datasets, timed
from continuity_app.home import ClientHome

PASSPHRASE = "benchmark passphrase for unlock"
SCOPE = "alle"

# The child measures its own peak memory (harness.PEAK_MB_CODE), not the generator's.
_CHILD = (
    PEAK_MB_CODE
    + """
import json, sys, time
from pathlib import Path
from continuity_app.home import ClientHome
from continuity_app.vault import unlock

start = time.perf_counter()
session = unlock(ClientHome(Path(sys.argv[1])), sys.argv[2])
seconds = time.perf_counter() - start
rows = sum(session.store.counts().values())
print(json.dumps({"rss_mb": peak_mb(), "seconds": seconds, "rows": rows}))
session.lock()
"""
)


def _prepare(
    scale: str,
    folder: Path,
    scope: str = SCOPE,
    dataset: Any = None,
) -> tuple[ClientHome, Path, list[list[tuple[object, ...]]]]:
    """A home enrolled for ``scope`` holding one real generation of ``dataset`` (made
    from ``scale`` when not given), and the dataset's rows for the baseline."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from continuity_app.bundle import write_bundle
    from continuity_app.bundle.keys import publisher_key_text
    from continuity_app.store import Store
    from continuity_app.store.build import dataset_rows
    from continuity_app.vault.device import DeviceFile
    from continuity_app.vault.enroll import enroll

    dataset = dataset if dataset is not None else demo_dataset(scale)
    key = Ed25519PrivateKey.generate()
    key_file = folder / "publisher-key.pub"
    key_file.write_text(publisher_key_text(key.public_key()))
    home = ClientHome(folder / "home")
    enroll(
        home,
        scope=scope,
        source=str(folder / "publish"),
        publisher_key_file=key_file,
        passphrase=PASSPHRASE,
        out=folder / "REQUEST.json",
    )  # measured scrypt, as for real
    device = DeviceFile.load(home.device)
    now = dt.datetime.now(dt.UTC)
    with Store.build(dataset) as full, full.derive(scope) as scoped:
        payload = scoped.image()
        counts = scoped.counts()
    data = write_bundle(
        payload,
        scope=scope,
        sequence=1,
        created_at=now,
        valid_until=now + dt.timedelta(days=7),
        counts=counts,
        recipients={device.device_id: device.device_public()},
        signing_key=key,
    )
    del payload
    (home.generations / f"{scope}-00000001.bundle").write_bytes(data)
    rows = [list(r) for r in dataset_rows(dataset).values()]
    return home, home.generations / f"{scope}-00000001.bundle", rows


def _bare_executemany(rows: list[list[tuple[object, ...]]]) -> None:
    from continuity_app.store import schema
    from continuity_app.store.build import create_tables

    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        create_tables(conn)
        conn.execute("BEGIN")
        for table, table_rows in zip(schema.CODECS, rows, strict=False):
            conn.executemany(schema.insert_sql(table), table_rows)
        conn.execute("COMMIT")
    finally:
        conn.close()


def run(scale: str) -> list[Result]:
    from continuity_app.bundle import decrypt, verify
    from continuity_app.bundle.keys import load_publisher_public_key
    from continuity_app.store import Store
    from continuity_app.vault import unlock
    from continuity_app.vault.device import DeviceFile

    judged = scale in ("aarhus", "region")
    peak_limit = 300 if scale == "aarhus" else 500
    with tempfile.TemporaryDirectory(prefix="bench-unlock-") as tmp:
        home, bundle_path, rows = _prepare(scale, Path(tmp))

        def full_unlock() -> int:
            with unlock(home, PASSPHRASE) as session:
                return session.generation.sequence

        t_unlock, _ = timed(full_unlock, repeat=3)

        device = DeviceFile.load(home.device)
        keys = device.unwrap(PASSPHRASE)
        publisher = load_publisher_public_key(home.publisher_key)
        image_mb = verify(bundle_path.read_bytes(), publisher).header.payload.size / 1e6

        def data_part() -> None:
            verified = verify(bundle_path.read_bytes(), publisher)
            payload = decrypt(verified, device.device_id, keys.device)
            Store.from_image(payload).close()

        t_data, _ = timed(data_part, repeat=3)
        t_bare, _ = timed(lambda: _bare_executemany(rows), repeat=3)
        rows = []  # let the baseline rows go before the memory figure
        forget_datasets()  # and the data set: a large process beside it slows the child

        env = {k: v for k, v in os.environ.items() if not k.startswith("CONTINUITY_")}
        child = subprocess.run(
            [sys.executable, "-c", _CHILD, str(home.root), PASSPHRASE],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            timeout=600,
        )
        measured = json.loads(child.stdout.strip().splitlines()[-1])
        size_mb = bundle_path.stat().st_size / 1e6
    peak = measured["rss_mb"]
    return [
        Result(
            f"unlock {scale} alle (scrypt n=2^{device.kdf.log2_n} + data)",
            t_unlock,
            "s",
            target=f"≤ 1.5 s ({scale})" if judged else "≤ 1.5 s (aarhus)",
            ok=(t_unlock <= 1.5) if judged else None,
        ),
        Result(
            f"unlock data part {scale} ({size_mb:.1f} MB bundle)",
            t_data,
            "s",
            baseline=t_bare,
            baseline_label="bare executemany, same rows and schema",
            target="≤ 1.5× (aarhus)",
            ok=(t_data <= 1.5 * t_bare) if scale == "aarhus" else None,
        ),
        Result(
            f"peak RSS, fresh process unlocking {scale} alle",
            peak,
            "MB",
            target=f"≤ {peak_limit} MB ({scale})" if judged else "≤ 300 MB (aarhus)",
            ok=(peak <= peak_limit) if judged else None,
        ),
        Result(
            f"  that peak as a multiple of the image ({image_mb:.0f} MB)",
            peak / image_mb,
            "×",
            target="≤ 2.3× (region)" if scale == "region" else "",
            ok=(peak / image_mb <= 2.3) if scale == "region" else None,
        ),
        Result(
            f"unlock in a fresh process ({measured['rows']} rows)",
            measured["seconds"],
            "s",
            target="≤ 1.5 s (region)" if scale == "region" else "",
            ok=(measured["seconds"] <= 1.5) if scale == "region" else None,
        ),
    ]
