"""The store (SPEC §9, issue 2 item 8, issue 4 unlock): build, image, unlock, scopes, search.

Figures, each with a baseline measured in the same run on the same data:

1. ``Store.build`` (tuples through executemany, indexes, search index, vulnerability)
   vs a bare ``executemany`` of the same rows — already turned into tuples, so the
   baseline pays nothing for conversion — into empty tables of the same schema
   (no indexes). The ratio is the figure to watch.
2. ``store.image()`` (serialize) and ``Store.from_image`` (deserialize + checks:
   the unlock's import step) vs the same bare executemany: SPEC's unlock target
   is ≤ 1.5× it.
3. ``derive`` of every scope (each unit, krisestab, alle) vs one full build:
   target "a couple of seconds" at aarhus.
4. Search as you type: p95 over every prefix of a realistic list of typed words
   (names, streets, "first last", CPR and phone digits) vs the p95 of a bare
   indexed ``SELECT … WHERE citizen_id = ?``; SPEC target p95 ≤ 20 ms.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import time
from collections.abc import Callable, Iterable
from typing import Any

from bench.harness import Result, demo_dataset, timed
from continuity_app.domain.models import Dataset

Rows = dict[str, list[tuple[Any, ...]]]


def _dataset(scale: str) -> Dataset:
    return demo_dataset(scale, seed=1, today=dt.date(2026, 11, 27))


def _bare_executemany(rows: Rows) -> None:
    from continuity_app.store import schema
    from continuity_app.store.build import create_tables, fast_pragmas

    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        fast_pragmas(conn)
        conn.execute("BEGIN")
        create_tables(conn)
        for table, table_rows in rows.items():
            conn.executemany(schema.insert_sql(table), table_rows)
        conn.execute("COMMIT")
    finally:
        conn.close()


def typed_prefixes(dataset: Dataset, n_people: int = 40, seed: int = 7) -> list[str]:
    """What people type into the search box, one entry per keystroke."""
    rng = random.Random(seed)
    people = rng.sample(dataset.citizens, min(n_people, len(dataset.citizens)))
    words: list[str] = []
    for c in people:
        words += [c.last_name, c.first_name, f"{c.first_name} {c.last_name}", c.address.split(" ")[0]]
        if c.cpr:
            words.append(c.cpr[:8])
        if c.phone:
            words.append(c.phone[:8])
    words += ["Sønderskov", "søn vest", "Æbelø", "Åse", "Aase", "Ølgod"]
    return [word[:n] for word in words for n in range(1, len(word) + 1) if word[:n].strip()]


def _p95_ms(fn: Callable[[str], object], inputs: Iterable[str]) -> float:
    latencies = []
    for text in inputs:
        start = time.perf_counter()
        fn(text)
        latencies.append((time.perf_counter() - start) * 1000)
    latencies.sort()
    return latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]


def _bare_baseline(dataset: Dataset, repeat: int) -> tuple[float, int]:
    """Best seconds of the bare executemany, and the number of rows."""
    from continuity_app.store.build import dataset_rows

    rows: Rows = {table: list(r) for table, r in dataset_rows(dataset).items()}
    seconds, _ = timed(lambda: _bare_executemany(rows), repeat=repeat)
    return seconds, sum(len(r) for r in rows.values())


def _image_results(store: Any, bare: float, repeat: int) -> list[Result]:
    from continuity_app.store import Store

    serialize_s, image = timed(store.image, repeat=repeat)
    open_s, opened = timed(lambda: Store.from_image(image))
    opened.close()
    return [
        Result(f"store image() ({len(image) / 1e6:.1f} MB)", serialize_s, "s", bare, "bare executemany"),
        Result(
            "store from_image (unlock import)",
            open_s,
            "s",
            bare,
            "bare executemany",
            target="≤ 1.5× bare executemany",
            ok=open_s <= 1.5 * bare,
        ),
    ]


def _derive_result(store: Any, build_s: float, scale: str) -> Result:
    scopes = [u.unit_id for u in store.units()] + ["krisestab", "alle"]

    def derive_all() -> None:
        for scope in scopes:
            store.derive(scope).close()

    seconds, _ = timed(derive_all)
    judged = scale in ("tiny", "lemvig", "aarhus")
    return Result(
        f"store derive all {len(scopes)} scopes",
        seconds,
        "s",
        build_s,
        "one store build",
        target="≤ 2 s (aarhus)",
        ok=seconds <= 2.0 if judged else None,
    )


def _search_result(store: Any, dataset: Dataset) -> Result:
    typed = typed_prefixes(dataset)
    store.search_citizens("warm up")
    search_p95 = _p95_ms(store.search_citizens, typed)
    step = max(1, len(dataset.citizens) // len(typed))
    ids = [c.citizen_id for c in dataset.citizens[::step]][: len(typed)]

    def by_id(citizen_id: str) -> object:
        return store.conn.execute(
            "SELECT citizen_id, first_name, last_name, address FROM citizens WHERE citizen_id = ?",
            (citizen_id,),
        ).fetchall()

    baseline_p95 = _p95_ms(by_id, ids)
    return Result(
        f"search as you type p95 ({len(typed)} keystrokes)",
        search_p95,
        "ms",
        baseline_p95,
        "indexed SELECT by id",
        target="p95 ≤ 20 ms",
        ok=search_p95 <= 20.0,
    )


def run(scale: str) -> list[Result]:
    from continuity_app.store import Store

    dataset = _dataset(scale)
    repeat = 1 if scale == "region" else 3
    bare, n_rows = _bare_baseline(dataset, repeat)
    build_s, store = timed(lambda: Store.build(dataset))
    for _ in range(repeat - 1):  # best of `repeat`, closing each store before the next build
        store.close()
        seconds, store = timed(lambda: Store.build(dataset))
        build_s = min(build_s, seconds)
    try:
        return [
            Result(
                f"store build ({scale}, {n_rows:,} rows)",
                build_s,
                "s",
                bare,
                "bare executemany",
                target="close to bare executemany",
            ),
            *_image_results(store, bare, repeat),
            _derive_result(store, build_s, scale),
            _search_result(store, dataset),
        ]
    finally:
        store.close()
