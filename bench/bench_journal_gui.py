"""A PN dose from the keyboard: key press to durable entry and updated screen ≤ 100 ms (aarhus).

A fresh app process unlocks an aarhus unit, takes initials and opens a citizen with
an as-needed medicine; then, repeatedly, Ctrl+D, the dose, Tab, the reason's first
letter and Enter are sent as real key events, and the clock runs until the entry is
durable (fsync) and the screen says so (status line, card grid refreshed). The
baseline, in the same process, is the journal core writing the same entry durably
with no window: the ratio is what the app costs on top of the durable write.
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from bench.bench_gui import PASSPHRASE, _child, _install
from bench.harness import Result

ROUNDS = 20

_PN = r"""
import datetime as dt, json, sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from continuity_app.gui.app import application, create_window
from continuity_app.home import ClientHome
from continuity_app.vault import unlock

app = application(sys.argv[:1])
home = ClientHome(Path(sys.argv[1]))
rounds = int(sys.argv[3])
session = unlock(home, sys.argv[2])
clock = [dt.datetime.now(dt.UTC)]  # a day on per dose: never over the 24-hour maximum
window = create_window(home, session=session, language="da", scheduled_sync=False,
                       now=lambda: clock[0])
window.resize(1366, 768)
window.show()
journaling = window.journaling

def settle(until=lambda: True):
    deadline = time.time() + 60
    while time.time() < deadline and (window.tasks.busy or not until()):
        app.processEvents()
        time.sleep(0.0002)  # as the event loop sleeps: the database thread gets the GIL
    app.processEvents()

settle()
journaling.controller.set_initials("BE")
if journaling.dialog is not None:
    journaling.dialog.done(0)
settle()
store = session.store
citizen = med = None
for c in store.citizens()[:2000]:
    found = [m for m in store.medications(c.citizen_id) if m.as_needed]
    if found:
        citizen, med = c, found[0]
        break
window.open_citizen(citizen.citizen_id)
settle()
window.activateWindow()
settle(lambda: QApplication.activeWindow() is window)

def written():
    return len([e for e in journaling.controller.entries() if e.kind == "pn"])

times = []
for i in range(rounds):
    before = written()
    clock[0] += dt.timedelta(hours=25)
    start = time.perf_counter()
    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    settle(lambda: journaling.dialog is not None
           and QApplication.activeWindow() is journaling.dialog)
    dialog = journaling.dialog
    QTest.keyClicks(QApplication.focusWidget(), "1")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClicks(QApplication.focusWidget(), "s")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle(lambda: written() > before and "Registreret" in window.statusBar().currentMessage())
    times.append(time.perf_counter() - start)
    window.statusBar().clearMessage()
    settle(lambda: QApplication.activeWindow() is window)

from continuity_app.journal import Journal
core = Journal.open(session)
bare = []
for i in range(rounds):
    start = time.perf_counter()
    core.add("pn", {"citizen_id": citizen.citizen_id, "medication_id": med.medication_id,
                    "dose": "1", "reason": "Smerter"}, initials="BE", confirm_duplicate=True)
    bare.append(time.perf_counter() - start)
print(json.dumps({"gui": times, "core": bare}))
window.close()
"""


def run(scale: str) -> list[Result]:
    """aarhus (``tiny`` checks the bench itself)."""
    size = "tiny" if scale == "tiny" else "aarhus"
    with tempfile.TemporaryDirectory(prefix="bench-journal-gui-") as tmp:
        home, _scope = _install(size, None, Path(tmp))
        measured = _child(_PN, str(home), PASSPHRASE, str(ROUNDS))
    gui = statistics.median(measured["gui"]) * 1000
    core = statistics.median(measured["core"]) * 1000
    return [
        Result(
            f"PN dose, key press to durable entry and screen ({size})",
            gui,
            "ms",
            baseline=core,
            baseline_label="journal core's durable add alone",
            target="≤ 100 ms",
            ok=gui <= 100 if size == "aarhus" else None,
        )
    ]
