"""The desktop app (SPEC §9): start to first data ≤ 1.5 s (lemvig), search as you type
p95 ≤ 20 ms (aarhus), peak memory ≤ 300 MB (aarhus ``alle``).

1. **Start to first data on screen, lemvig**: a fresh process (the clock starts in the
   parent just before it is spawned) imports the app, unlocks a real enrolled home
   holding a real signed, encrypted generation of a home-care unit, builds the window
   and shows today's route with its visits painted. Baseline, same run: a fresh process
   that shows an empty Qt window. The home is enrolled with the vault's *floor* scrypt
   parameters: the passphrase's key derivation is a deliberate, machine-measured cost of
   its own (bench_unlock); everything else of a start is here.
2. **Search as you type, aarhus**: every prefix of names, addresses, CPR and phone
   numbers typed character by character, through ``store.search_citizens`` and the
   results model (rows set, every visible cell read as the table paints it). p95 in ms;
   baseline: the store query alone.
3. **Peak memory, aarhus ``alle``**: a fresh process unlocks the ``alle`` generation,
   opens the window, loads every view (all vulnerable citizens, vehicles, contact trees,
   units), searches and opens a citizen, picks a unit in the unit picker and makes its
   emergency pack (Nødpakke) as Ctrl+Shift+P does; its own peak RSS (VmHWM).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.harness import PEAK_MB_CODE, Result, demo_dataset

PASSPHRASE = "benchmark passphrase for the app"
VISIBLE_ROWS = 30

_PEAK = PEAK_MB_CODE

_EMPTY_WINDOW = """
import os, sys, time, json
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
w = QWidget(); w.resize(1366, 768); w.show()
for _ in range(3):
    app.processEvents()
w.repaint(); app.processEvents()
print(json.dumps({"seconds": time.time() - float(os.environ["BENCH_T0"])}))
"""

_FIRST_DATA = (
    _PEAK
    + """
import os, sys, time, json
from pathlib import Path
from continuity_app.gui.app import application, create_window
from continuity_app.home import ClientHome
from continuity_app.vault import unlock
app = application(sys.argv[:1])
home = ClientHome(Path(sys.argv[1]))
t_unlock = time.time()
session = unlock(home, sys.argv[2])
t_unlock = time.time() - t_unlock
window = create_window(home, session=session, language="da")
window.resize(1366, 768)
window.show_view(window.ROUTES)
window.show()
view = window.views[window.ROUTES]
deadline = time.time() + 60
while time.time() < deadline and (view.model.rowCount() == 0 or window.tasks.busy):
    app.processEvents()
    time.sleep(0.001)
window.repaint(); app.processEvents()
seconds = time.time() - float(os.environ["BENCH_T0"])
print(json.dumps({"seconds": seconds, "unlock": t_unlock, "rows": view.model.rowCount(),
                  "rss_mb": peak_mb()}))
window.close()
"""
)

_MEMORY = (
    _PEAK
    + """
import sys, time, json
from pathlib import Path
from continuity_app.gui.app import application, create_window
from continuity_app.home import ClientHome
from continuity_app.vault import unlock
app = application(sys.argv[:1])
home = ClientHome(Path(sys.argv[1]))
session = unlock(home, sys.argv[2])
window = create_window(home, session=session, language="da")
window.resize(1366, 768)
window.show()

def settle():
    deadline = time.time() + 120
    while time.time() < deadline and window.tasks.busy:
        app.processEvents(); time.sleep(0.002)
    for _ in range(5):
        app.processEvents()

settle()
for index in range(len(window.views)):
    window.show_view(index); settle()
window.views[window.CITIZENS].search.setText("a"); window.views[window.CITIZENS].run_search()
settle()
hit = window.views[window.CITIZENS].model.row_object(0)
window.open_citizen(hit.citizen_id); settle()
rows = window.views[window.VULNERABLE].model.rowCount()
window.unit_picker.select(hit.unit_id); settle()  # the unit picker, then Ctrl+Shift+P
after_views = peak_mb()
window.printing.start(window.emergency_request(), show=False)
deadline = time.time() + 600
while time.time() < deadline and window.printing.preview is None:
    app.processEvents(); time.sleep(0.005)
settle()
pages = window.printing.preview.page_count() if window.printing.preview is not None else 0
print(json.dumps({"rss_mb": peak_mb(), "vulnerable_rows": rows, "pack_pages": pages,
                  "views_mb": after_views}))
window.close()
"""
)


def _install(scale: str, scope: str | None, folder: Path) -> tuple[Path, str]:
    """A real enrolled home with one real generation; returns (home, scope)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from continuity_app.bundle import write_bundle
    from continuity_app.bundle.keys import publisher_key_text
    from continuity_app.demosetup import demo_unit
    from continuity_app.home import ClientHome
    from continuity_app.kdf import floor_params
    from continuity_app.store import Store
    from continuity_app.vault.device import DeviceFile
    from continuity_app.vault.enroll import enroll

    dataset = demo_dataset(scale)
    scope = scope or demo_unit(dataset)[0]
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
        kdf=floor_params(),
    )
    device = DeviceFile.load(home.device)
    now = dt.datetime.now(dt.UTC)
    with Store.build(dataset) as full, full.derive(scope) as scoped:
        scoped.set_meta(
            created_at=now.isoformat(), sequence="1", valid_until=(now + dt.timedelta(days=7)).isoformat()
        )
        payload, counts = scoped.image(), scoped.counts()
    del dataset
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
    (home.generations / f"{scope}-00000001.bundle").write_bytes(data)
    return home.root, scope


def _child(script: str, *args: str) -> dict[str, Any]:
    """Run ``script`` in a fresh Python; its last line of output is a JSON object of figures."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONTINUITY_")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["BENCH_T0"] = repr(time.time())
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=900,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _start(scale: str) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="bench-gui-start-") as tmp:
        home, _scope = _install(scale, None, Path(tmp))
        _child(_FIRST_DATA, str(home), PASSPHRASE)  # warm the OS file cache once
        runs = [_child(_FIRST_DATA, str(home), PASSPHRASE) for _ in range(3)]
        empty = min(_child(_EMPTY_WINDOW)["seconds"] for _ in range(3))
    best = min(runs, key=lambda r: r["seconds"])
    return [
        Result(
            f"app start to first data on screen ({scale})",
            best["seconds"],
            "s",
            baseline=empty,
            baseline_label="empty Qt window process",
            target="≤ 1.5 s",
            ok=best["seconds"] <= 1.5 if scale == "lemvig" else None,
        ),
        Result(f"  of which unlock, floor scrypt ({scale})", best["unlock"], "s"),
    ]


def _queries(store: object, count: int = 40) -> list[str]:
    """Prefixes a person types: names, addresses, CPR and phone numbers, char by char."""
    citizens = store.citizens()  # type: ignore[attr-defined]
    step = max(1, len(citizens) // count)
    typed: list[str] = []
    for c in citizens[::step][:count]:
        for word in (c.last_name, c.address.split(" ")[0], c.cpr[:6], c.phone.replace(" ", "")):
            typed += [word[:n] for n in range(1, min(len(word), 7) + 1) if word]
    return typed


def _search(scale: str) -> list[Result]:
    from PySide6.QtCore import QModelIndex, Qt

    from continuity_app.gui.app import application
    from continuity_app.gui.models.citizens import CitizenHitModel
    from continuity_app.store import Store

    application(["bench"])
    with Store.build(demo_dataset(scale)) as store:
        typed = _queries(store)
        model = CitizenHitModel()
        columns = model.columnCount(QModelIndex())

        def through_model(text: str) -> None:
            model.set_rows(store.search_citizens(text, limit=200))
            for row in range(min(VISIBLE_ROWS, model.rowCount())):
                for column in range(columns):
                    index = model.index(row, column)
                    model.data(index, Qt.ItemDataRole.DisplayRole)
                    model.data(index, Qt.ItemDataRole.ToolTipRole)

        def p95(fn: object) -> float:
            times = []
            for text in typed:
                start = time.perf_counter()
                fn(text)  # type: ignore[operator]
                times.append((time.perf_counter() - start) * 1000)
            return statistics.quantiles(times, n=20)[18]

        p95(through_model)  # warm-up
        gui = p95(through_model)
        bare = p95(lambda text: store.search_citizens(text, limit=200))
    return [
        Result(
            f"search as you type p95, through the model ({scale})",
            gui,
            "ms",
            baseline=bare,
            baseline_label="store query alone",
            target="≤ 20 ms",
            ok=gui <= 20 if scale in ("aarhus", "region") else None,
        )
    ]


def _memory(scale: str) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="bench-gui-mem-") as tmp:
        home, _scope = _install(scale, "alle", Path(tmp))
        measured = _child(_MEMORY, str(home), PASSPHRASE)
        empty = _child(
            _PEAK
            + _EMPTY_WINDOW.replace(
                'print(json.dumps({"seconds"', 'print(json.dumps({"rss_mb": peak_mb(), "seconds"'
            )
        )
    if not measured["pack_pages"]:
        raise RuntimeError("the emergency pack was not made")
    return [
        Result(
            f"app peak memory, alle, every view, a search, a pack ({scale})",
            measured["rss_mb"],
            "MB",
            baseline=empty["rss_mb"],
            baseline_label="empty Qt window process",
            target="≤ 300 MB (aarhus)",
            ok=measured["rss_mb"] <= 300 if scale == "aarhus" else None,
        ),
        Result(f"  of which before the pack ({scale})", measured["views_mb"], "MB"),
    ]


def run(scale: str) -> list[Result]:
    """``tiny`` checks the bench itself; otherwise SPEC §9's scales: lemvig for the start,
    aarhus for search and memory (``region`` runs search and memory at region)."""
    start_scale = "tiny" if scale == "tiny" else "lemvig"
    big = scale if scale in ("tiny", "region") else "aarhus"
    return [*_start(start_scale), *_search(big), *_memory(big)]
