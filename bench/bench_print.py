"""Print packs (SPEC §9): the medication pack for one unit and for every citizen of the scale.

Each figure stands beside a bare reportlab canvas writing the same pages with the
same text (one ``drawString`` per string, same fonts, same compression), measured
in the same run. The pack is rendered in a child process (with its worker
processes), writing to a sink that keeps nothing, while this process samples the
resident memory of the whole process tree; the figure includes building the
store from the dataset only in the memory, not in the time.

The baseline is one core; the big pack uses both (the target says so), so its
pages/s ratio compares two cores with one.
"""

from __future__ import annotations

import collections
import datetime as dt
import io
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.harness import Result, demo_dataset

ROOT = Path(__file__).resolve().parent.parent
CREATED = "2026-11-27T04:30:00+00:00"
TODAY = dt.date(2026, 11, 27)
BASELINE_PAGES_PER_DOC = 500


def run(scale: str) -> list[Result]:
    from continuity_app.store import Store

    dataset = demo_dataset(scale, 1, today=TODAY)
    store = Store.build(dataset, meta={"scope": "alle", "scope_name": "Alle", "created_at": CREATED})
    try:
        per_unit = collections.Counter(c.unit_id for c in store.citizens())
        unit = min(per_unit, key=lambda u: (abs(per_unit[u] - 150), u))
        results: list[Result] = []
        packs: list[tuple[str, str | None, float | None]] = [
            (f"one unit, {per_unit[unit]} citizens", unit, 3.0)
        ]
        if scale != "region":  # no region target: the pack of 60,000 citizens would take minutes
            packs.append(
                (f"all {sum(per_unit.values())} citizens", None, 120.0 if scale == "aarhus" else None)
            )
        for label, unit_id, target_s in packs:
            child = _render_in_child(scale, unit_id)
            base_s, base_pages = _bare_canvas(store, unit_id)
            assert base_pages == child["pages"], (base_pages, child["pages"])
            pages = child["pages"]
            name = f"medication pack ({scale}, {label})"
            results.append(
                Result(
                    f"{name}: time",
                    child["seconds"],
                    "s",
                    base_s,
                    "bare canvas, same pages+text",
                    f"≤ {target_s:g} s" if target_s else "",
                    child["seconds"] <= target_s if target_s else None,
                )
            )
            ours, bare = pages / child["seconds"], pages / base_s
            results.append(
                Result(
                    f"{name}: pages/s ({pages} pages)",
                    ours,
                    "pages/s",
                    bare,
                    "bare canvas, 1 core",
                    "≥ 1/3 of bare canvas",
                    ours >= bare / 3,
                )
            )
            if unit_id is None:
                results.append(
                    Result(
                        f"{name}: peak RSS incl. workers",
                        child["peak_mb"],
                        "MB",
                        None,
                        "",
                        "≤ 400 MB" if scale == "aarhus" else "",
                        child["peak_mb"] <= 400 if scale == "aarhus" else None,
                    )
                )
        return results
    finally:
        store.close()


# -- our pack, in a child process ---------------------------------------------------------------
def _render_in_child(scale: str, unit_id: str | None) -> dict[str, Any]:
    code = "import sys; from bench.bench_print import child_main; child_main(sys.argv[1:])"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, scale, unit_id or ""], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_mb(proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"the print child failed with exit code {proc.returncode}")
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    result["peak_mb"] = peak[0]
    return result


class _Sink(io.RawIOBase):
    """A file that keeps nothing: the pack streams through it."""

    def __init__(self) -> None:
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.size += len(data)
        return len(data)


def child_main(argv: list[str]) -> None:
    from continuity_app.exchange.demo import generate_dataset
    from continuity_app.printing import render_pack, stamp_for
    from continuity_app.store import Store

    scale, unit_id = argv[0], argv[1] or None
    with Store.build(
        generate_dataset(scale, 1, today=TODAY),
        meta={"scope": "alle", "scope_name": "Alle", "created_at": CREATED},
    ) as store:
        sink = _Sink()
        start = time.perf_counter()
        info = render_pack(
            store,
            "medication",
            sink,  # type: ignore[arg-type]  # a raw file that keeps nothing
            unit_id=unit_id,
            date=TODAY,
            stamp=stamp_for(store),
        )
        seconds = time.perf_counter() - start
    print(json.dumps({"pages": info.pages, "seconds": seconds, "bytes": sink.size}))


def _tree_rss_mb(pid: int) -> float:
    """Resident MB of a process and all its descendants (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
            for task in Path(f"/proc/{p}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total / 1024


# -- the baseline: the same pages' text on a bare canvas ----------------------------------------
def _recorded_pages(store: Any, unit_id: str | None) -> Iterator[list[tuple[float, float, str, str, float]]]:
    """The text of every page of our pack (strings, positions, fonts), laid out by our code."""
    from continuity_app.printing import stamp_for
    from continuity_app.printing.medication import draw_citizen
    from continuity_app.printing.medpack import three_days
    from continuity_app.printing.sheet import CONFIDENTIAL, Sheet
    from continuity_app.printing.source import citizen_meds, unit_names

    stamp = stamp_for(store)
    citizens = store.citizens(unit_id)
    days = three_days(TODAY)

    class Recorder(Sheet):
        def __init__(self) -> None:
            super().__init__(None, stamp, "Medicinliste", count_only=True)
            self.done: list[list[tuple[float, float, str, str, float]]] = []
            self.current: list[tuple[float, float, str, str, float]] | None = None

        def new_page(self, *, landscape_page: bool | None = None, hook: bool = True) -> None:
            if self.current is not None:
                self.done.append(self.current)
            self.current = []
            super().new_page(landscape_page=landscape_page, hook=False)
            top, low = self.page_height - 42, 34.0
            for x, y, s in (
                (34, top, stamp.scope_label),
                (360, top, CONFIDENTIAL),
                (260, top, self.title),
                (34, low, self._data_line),
                (480, low, f"Side {self.page_number} af 99999"),
            ):
                self.text(x, y, s, "DejaVuSans", 8)
            if hook and self.on_new_page is not None:
                self.on_new_page()

        def text(self, x: float, y: float, s: str, font: str = "DejaVuSans", size: float = 9) -> None:
            if s and self.current is not None:
                self.current.append((x, y, s, font, size))

    sheet = Recorder()
    for subject in citizen_meds(store, citizens, TODAY, unit_names(store)):
        draw_citizen(sheet, subject, days)
        yield from sheet.done
        sheet.done = []
    if sheet.current is not None:
        yield sheet.current


def _bare_canvas(store: Any, unit_id: str | None) -> tuple[float, int]:
    """Seconds a bare canvas takes to write those pages (drawString per string); pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from continuity_app.printing.fonts import REGULAR

    seconds, pages = 0.0, 0
    batch: list[list[tuple[float, float, str, str, float]]] = []

    def write(batch: list[list[tuple[float, float, str, str, float]]]) -> float:
        start = time.perf_counter()
        canvas = Canvas(_Sink(), pagesize=A4, pageCompression=1, initialFontName=REGULAR)
        for page in batch:
            current = None
            for x, y, s, font, size in page:
                if (font, size) != current:
                    canvas.setFont(font, size)
                    current = (font, size)
                canvas.drawString(x, y, s)
            canvas.showPage()
        canvas.save()
        return time.perf_counter() - start

    for page in _recorded_pages(store, unit_id):
        batch.append(page)
        pages += 1
        if len(batch) == BASELINE_PAGES_PER_DOC:
            seconds += write(batch)
            batch = []
    if batch:
        seconds += write(batch)
    return seconds, pages


if __name__ == "__main__":
    for r in run(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("SCALE", "lemvig")):
        print(r.line())
