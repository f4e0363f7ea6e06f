"""docs/bundle-format.md names the payload's schema exactly, so a second reader can rely on it."""

from __future__ import annotations

import re
from pathlib import Path

from continuity_app.domain import Dataset
from continuity_app.store import Store

DOC = Path(__file__).resolve().parents[3] / "docs" / "bundle-format.md"


def test_the_documented_schema_is_the_schema_the_store_writes() -> None:
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"## 4a\..*?```sql\n(.*?)```", text, re.S)
    assert block is not None, "bundle-format.md lost its schema section"
    documented = {line.strip() for line in block.group(1).splitlines() if line.strip()}
    with Store.build(Dataset()) as store:
        actual = {
            f"{sql};"
            for (sql,) in store.conn.execute(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
            )
        }
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = store.conn.execute("PRAGMA application_id").fetchone()[0]
    assert documented == actual
    assert f"`PRAGMA application_id` = {app_id}" in text
    assert f"store schema {version >> 16}.{version & 0xFFFF}" in text
