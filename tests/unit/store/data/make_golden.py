"""Write the golden store image of the current schema version (run from the repo root).

    .venv/bin/python -m tests.unit.store.data.make_golden

Run it once per new schema version, ADDING a file (store-v<major>.<minor>.sqlite.gz);
never regenerate or delete an old one: test_golden.py keeps reading every one of
them, so a change that cannot read a store we once shipped fails the tests.
The content is store_support.make_dataset() with GOLDEN_META; keep that function
stable or give the old files their own copy of it.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from continuity_app.store import Store
from continuity_app.store.schema import SCHEMA_MAJOR, SCHEMA_MINOR
from tests.unit.store.store_support import GOLDEN_META, make_dataset

HERE = Path(__file__).resolve().parent


def main() -> None:
    target = HERE / f"store-v{SCHEMA_MAJOR}.{SCHEMA_MINOR}.sqlite.gz"
    if target.exists():
        raise SystemExit(f"{target} exists: golden files are never rewritten")
    with Store.build(make_dataset(), meta=GOLDEN_META) as store:
        target.write_bytes(gzip.compress(store.image(), mtime=0))
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
