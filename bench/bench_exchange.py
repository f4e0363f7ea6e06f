"""The exchange folder (issue 2 item 8): generate + write + read + validate at a scale.

Figures, with baselines measured in the same run on the same files:

1. ``generate_dataset`` (the demo data) — no baseline: it only feeds the rest.
2. ``write_exports`` vs a bare ``csv.writer`` writing the same cells (as read back
   by the bare reader below) into another folder.
3. ``read_exchange`` (decode, detect the delimiter, parse every value, validate
   every reference and rule) vs a bare ``csv.reader`` pass over the same files
   that only splits them into lists of strings. The ratio is what parsing and
   validation cost on top of reading the CSV at all.
4. The whole chain, marked ok when the folder validates and reads back to the
   same counts as generated.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
from pathlib import Path

from bench.harness import Result, timed

TODAY = dt.date(2026, 11, 27)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def bare_read(paths: list[Path]) -> dict[str, list[list[str]]]:
    """Every CSV file as lists of strings: decode, skip Excel's "sep=" line, split."""
    tables: dict[str, list[list[str]]] = {}
    for path in paths:
        if path.suffix != ".csv":
            continue
        text = _decode(path.read_bytes())
        if text.startswith("sep="):
            text = text.split("\n", 1)[1]
        header = text.split("\n", 1)[0]
        delimiter = ";" if header.count(";") >= header.count(",") else ","
        tables[path.name] = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return tables


def bare_write(tables: dict[str, list[list[str]]], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        with (out / name).open("w", encoding="utf-8", newline="") as f:
            csv.writer(f, delimiter=";").writerows(rows)


def run(scale: str) -> list[Result]:
    from continuity_app.exchange import read_exchange
    from continuity_app.exchange.demo import generate_dataset, write_exports

    repeat = 1 if scale in ("aarhus", "region") else 3
    generate_s, dataset = timed(lambda: generate_dataset(scale, seed=1, today=TODAY), repeat=repeat)
    with tempfile.TemporaryDirectory(prefix="bench-exchange-") as tmp:
        folder = Path(tmp) / "exports"
        write_s, paths = timed(lambda: write_exports(dataset, folder), repeat=repeat)
        read_s, result = timed(lambda: read_exchange(folder, today=TODAY), repeat=repeat)
        bare_read_s, tables = timed(lambda: bare_read(paths), repeat=repeat)
        bare_write_s, _ = timed(lambda: bare_write(tables, Path(tmp) / "bare"), repeat=repeat)
    rows = sum(len(t) - 1 for t in tables.values())
    round_trip = result.ok and result.dataset is not None and result.dataset.counts() == dataset.counts()
    return [
        Result(f"exchange generate ({scale}, {rows:,} rows)", generate_s, "s"),
        Result("exchange write_exports", write_s, "s", bare_write_s, "bare csv.writer"),
        Result(
            "exchange read + validate",
            read_s,
            "s",
            bare_read_s,
            "bare csv.reader",
            target=f"folder valid, {len(result.errors)} errors, {len(result.warnings)} warnings",
            ok=result.ok,
        ),
        Result(
            "exchange generate + write + read + validate",
            generate_s + write_s + read_s,
            "s",
            target="reads back the generated counts",
            ok=round_trip,
        ),
    ]
