"""Write the golden publish folder of format 1.1 ONCE (the worked example of docs/bundle-format.md).

    .venv/bin/python tests/data/bundle/make_golden_1_1.py

A folder as ``continuity-publish build`` writes it and a laptop pins it::

    golden-1.1/publisher-key.pub          the ROOT's public key (what laptops pin)
    golden-1.1/u1/latest.json             names u1-00000042.bundle, which is there
    golden-1.1/u1/u1-00000042.bundle      format 1.1: carries the root's delegation
    golden-1.1/payload.sqlite             the decrypted payload: a real store image of scope u1

Never re-run it for a shipped version (HPKE's ephemeral key is random: the wrapped keys
and the bundle's signature would change). Ed25519 signatures are deterministic, so the
delegation and latest.json signatures are reproducible from the seeds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "unit" / "bundle"))

from bundle_helpers import (  # noqa: E402
    GOLDEN_DATA_KEY,
    GOLDEN_NONCE,
    T0,
    device_key,
    golden_root_key,
    publisher_key,
    small_dataset,
)

from continuity_app.bundle import bundle_file_name, make_latest, write_bundle  # noqa: E402
from continuity_app.bundle.delegation import make_delegation, trust_fields  # noqa: E402
from continuity_app.bundle.keys import publisher_key_text  # noqa: E402
from continuity_app.bundle.timefmt import format_utc  # noqa: E402
from continuity_app.store import Store  # noqa: E402

TARGET = HERE / "golden-1.1"


def main() -> None:
    if TARGET.exists() and "--force" not in sys.argv:
        raise SystemExit(f"{TARGET} exists: golden files are never regenerated")
    with Store.build(small_dataset()) as full, full.derive("u1") as sub:
        sub.set_meta(
            scope="u1",
            scope_name="Hjemmeplejen Vest",
            sequence="42",
            created_at=format_utc(T0),
            valid_until=format_utc(T0 + dt.timedelta(days=7)),
        )
        image, counts = sub.image(), {str(k): int(v) for k, v in sub.counts().items()}
    root = golden_root_key()
    delegation = make_delegation(
        root,
        publisher_key().public_key(),
        version=1,
        issued_at=T0 - dt.timedelta(days=1),
        expires_at=T0 + dt.timedelta(days=365),
    )
    trust = trust_fields(delegation)
    data = write_bundle(
        image,
        scope="u1",
        scope_name="Hjemmeplejen Vest",
        sequence=42,
        created_at=T0,
        valid_until=T0 + dt.timedelta(days=7),
        counts=counts,
        recipients={d: device_key(d).public_key() for d in ("dev-golden-1", "dev-golden-2")},
        signing_key=publisher_key(),
        trust=trust,
        _data_key=GOLDEN_DATA_KEY,
        _nonce=GOLDEN_NONCE,
        compression="zlib",  # the codec of every 1.x file
    )
    name = bundle_file_name("u1", 42)
    (TARGET / "u1").mkdir(parents=True, exist_ok=True)
    (TARGET / "u1" / name).write_bytes(data)
    (TARGET / "payload.sqlite").write_bytes(image)
    (TARGET / "publisher-key.pub").write_text(publisher_key_text(root.public_key()), encoding="ascii")
    (TARGET / "u1" / "latest.json").write_bytes(
        make_latest(
            scope="u1",
            sequence=42,
            file=name,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            created_at=T0,
            valid_until=T0 + dt.timedelta(days=7),
            signing_key=publisher_key(),
            trust=trust,
        )
    )
    print(f"wrote {TARGET} ({name}: {len(data)} bytes)")


if __name__ == "__main__":
    main()
