"""The emit work-around: many emits, from the GUI thread and from workers, leave ``True``
with the references it had (PySide6 6.12.0 takes one per emit without it)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from continuity_app.gui.qtcompat import EMIT_STEALS_A_REFERENCE, emit
from continuity_app.gui.tasks import TaskManager


class Emitter(QObject):
    ping = Signal(object)


def test_emit_keeps_the_reference_count_of_true(qtbot) -> None:
    emitter = Emitter()
    got: list[object] = []
    emitter.ping.connect(got.append)
    before = sys.getrefcount(True)
    for n in range(5000):  # more than True has references at start-up
        emit(emitter.ping, n)
    assert len(got) == 5000
    assert abs(sys.getrefcount(True) - before) < 50
    assert isinstance(EMIT_STEALS_A_REFERENCE, bool)


def test_thousands_of_background_tasks_do_not_wear_out_true(qtbot) -> None:
    tasks = TaskManager()
    done: list[int] = []
    before = sys.getrefcount(True)
    for n in range(1500):  # each task emits progress, done and finished
        tasks.io(lambda ctx, n=n: (ctx.report(0.5), n)[1], done.append)
    qtbot.waitUntil(lambda: len(done) == 1500, timeout=30_000)
    tasks.wait()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=10_000)
    assert sorted(done) == list(range(1500))
    assert abs(sys.getrefcount(True) - before) < 100
