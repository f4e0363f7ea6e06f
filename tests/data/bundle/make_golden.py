"""Write the golden bundle of format 1.0 ONCE. Never re-run it for a shipped version.

    .venv/bin/python tests/data/bundle/make_golden.py

A golden file is what a format version actually wrote; tests keep reading it
forever (Electrum ``tests/test_storage_upgrade``). A new format version gets a
new golden file beside this one; this one stays. HPKE's ephemeral key is random,
so re-running would give different wrapped keys and signature bytes.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "unit" / "bundle"))

from bundle_helpers import (  # noqa: E402
    GOLDEN_DATA_KEY,
    GOLDEN_NONCE,
    T0,
    device_key,
    publisher_key,
    small_image,
)

from continuity_app.bundle import bundle_file_name, make_latest, write_bundle  # noqa: E402
from continuity_app.bundle.keys import publisher_key_text  # noqa: E402


def main() -> None:
    target = HERE / "golden-v1.0.bundle"
    if target.exists() and "--force" not in sys.argv:
        raise SystemExit(f"{target} exists: golden files are never regenerated")
    image = small_image()
    data = write_bundle(
        image,
        scope="u1",
        scope_name="Hjemmeplejen Vest",
        sequence=42,
        created_at=T0,
        valid_until=T0 + dt.timedelta(days=7),
        counts={"notes": 3},
        recipients={d: device_key(d).public_key() for d in ("dev-golden-1", "dev-golden-2")},
        signing_key=publisher_key(),
        _data_key=GOLDEN_DATA_KEY,
        _nonce=GOLDEN_NONCE,
        compression="zlib",  # the codec of every 1.x file
    )
    import hashlib

    target.write_bytes(data)
    (HERE / "golden-payload.sqlite").write_bytes(image)
    (HERE / "publisher-key.pub").write_text(publisher_key_text(publisher_key().public_key()))
    (HERE / "golden-latest.json").write_bytes(
        make_latest(
            scope="u1",
            sequence=42,
            file=bundle_file_name("u1", 42),
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            created_at=T0,
            valid_until=T0 + dt.timedelta(days=7),
            signing_key=publisher_key(),
        )
    )
    print(f"wrote {target} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
