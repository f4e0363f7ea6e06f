"""Time to paper (SPEC §9: aarhus unit ≤ 5 s): app not running → unlocked → the emergency pack ready.

The figure is the wall-clock time from starting a new app process to holding the
unit's emergency pack as PDF bytes in memory (ready to send to the printer): the
interpreter's start and imports, scrypt, verify, decrypt, the store's import, and
the pack. It is measured twice: for a unit laptop (the unit nearest 150 citizens)
and for the ``alle`` laptop printing its largest unit's pack.

Beside each, the sum of its parts measured alone in the same run: a new process
that only imports what the app imports, ``vault.unlock`` in a warm process, and the
pack rendered from an already open store. The ratio says what doing it all from
cold costs on top of the parts.
"""

from __future__ import annotations

import collections
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_unlock import PASSPHRASE, _prepare
from bench.harness import Result, demo_dataset, timed

ROOT = Path(__file__).resolve().parent.parent

_IMPORTS = """
from continuity_app.home import ClientHome
from continuity_app.printing import render_pack, stamp_for
from continuity_app.vault import unlock
"""

# The app process, from its start: unlock, then the pack into memory.
_CHILD = (
    _IMPORTS
    + """
import io, json, sys
from pathlib import Path
session = unlock(ClientHome(Path(sys.argv[1])), sys.argv[2])
out = io.BytesIO()
info = render_pack(session.store, "emergency", out, unit_id=sys.argv[3], stamp=stamp_for(session.store))
print(json.dumps({"bytes": len(out.getvalue()), "pages": info.pages}))
session.lock()
"""
)


def run(scale: str) -> list[Result]:

    dataset = demo_dataset(scale)
    per_unit = collections.Counter(c.unit_id for c in dataset.citizens)
    typical = min(per_unit, key=lambda u: (abs(per_unit[u] - 150), u))
    largest = max(per_unit, key=lambda u: (per_unit[u], u))
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONTINUITY_")}
    bare_s = _cold(["-c", "pass"], env)
    imports_s = min(_cold(["-c", _IMPORTS], env) for _ in range(3))
    results: list[Result] = []
    for scope, unit, label in ((typical, typical, "unit laptop"), ("alle", largest, "alle laptop")):
        with tempfile.TemporaryDirectory(prefix="bench-paper-") as tmp:
            home, _bundle, _rows = _prepare(scale, Path(tmp), scope=scope, dataset=dataset)
            start = time.perf_counter()
            child = subprocess.run(
                [sys.executable, "-c", _CHILD, str(home.root), PASSPHRASE, unit],
                capture_output=True,
                text=True,
                check=True,
                env=env,
                cwd=ROOT,
                timeout=900,
            )
            total = time.perf_counter() - start
            pages = json.loads(child.stdout.strip().splitlines()[-1])["pages"]
            unlock_s, render_s = _parts(home, unit)
        parts = imports_s + unlock_s + render_s
        target = scale == "aarhus" and label == "unit laptop"
        results.append(
            Result(
                f"time to paper ({scale}, {label}: unit {unit}, {per_unit[unit]} citizens, {pages} pages)",
                total,
                "s",
                baseline=parts,
                baseline_label="sum of the parts alone",
                target="≤ 5 s (aarhus unit)" if target else "",
                ok=(total <= 5) if target else None,
            )
        )
        results.append(Result(f"  part: new process + imports (bare python {bare_s:.2f} s)", imports_s, "s"))
        results.append(Result(f"  part: unlock ({scope})", unlock_s, "s"))
        results.append(Result("  part: emergency pack, PDF in memory", render_s, "s"))
    return results


def _cold(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *argv], check=True, env=env, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


def _parts(home: object, unit: str) -> tuple[float, float]:
    """Unlock and render, each alone, in this (warm) process."""
    from continuity_app.printing import render_pack, stamp_for
    from continuity_app.vault import unlock

    unlock_s, session = timed(lambda: unlock(home, PASSPHRASE))  # type: ignore[arg-type]
    try:
        store = session.store
        render_s, _ = timed(
            lambda: render_pack(store, "emergency", io.BytesIO(), unit_id=unit, stamp=stamp_for(store))
        )
    finally:
        session.lock()
    return unlock_s, render_s
