"""Write the golden bundle of format 2.0 ONCE. Never re-run it for a shipped version.

    .venv/bin/python tests/data/bundle/make_golden_2_0.py

2.0 is 1.1 with a zstd payload: the same payload, keys, data key and nonce as the 1.0
file beside it, and the root's delegation of the 1.1 folder, so the two differ only
where the format does. HPKE's ephemeral key is random: re-running would change the
wrapped keys and the signature.
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
    golden_root_key,
    publisher_key,
)

from continuity_app.bundle import write_bundle  # noqa: E402
from continuity_app.bundle.delegation import make_delegation, trust_fields  # noqa: E402


def main() -> None:
    target = HERE / "golden-v2.0.bundle"
    if target.exists() and "--force" not in sys.argv:
        raise SystemExit(f"{target} exists: golden files are never regenerated")
    delegation = make_delegation(
        golden_root_key(),
        publisher_key().public_key(),
        version=1,
        issued_at=T0 - dt.timedelta(days=1),
        expires_at=T0 + dt.timedelta(days=365),
    )
    data = write_bundle(
        (HERE / "golden-payload.sqlite").read_bytes(),
        scope="u1",
        scope_name="Hjemmeplejen Vest",
        sequence=42,
        created_at=T0,
        valid_until=T0 + dt.timedelta(days=7),
        counts={"notes": 3},
        recipients={d: device_key(d).public_key() for d in ("dev-golden-1", "dev-golden-2")},
        signing_key=publisher_key(),
        trust=trust_fields(delegation),
        _data_key=GOLDEN_DATA_KEY,
        _nonce=GOLDEN_NONCE,
        compression="zstd",
    )
    target.write_bytes(data)
    print(f"wrote {target} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
