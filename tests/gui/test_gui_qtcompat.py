"""The binding work-around: tens of thousands of void Qt calls, emits and paints — what
a day of use adds up to — leave the interpreter alive (PySide6 6.12.0 on Python 3.11
takes a reference from None or True on each; without the work-around the process
aborts with "deallocating None" long before the end of this test)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from gui_support import wait_idle
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit

from continuity_app.gui import qtcompat
from continuity_app.gui.tasks import TaskManager


class Emitter(QObject):
    ping = Signal(object)


def test_the_work_around_is_on_exactly_where_the_binding_needs_it() -> None:
    probe = qtcompat._Probe()
    drains = qtcompat._drains(None, lambda: probe.setObjectName("x"))
    assert (
        sys.version_info < (3, 12) and (drains or sys.getrefcount(None) > qtcompat.HEADROOM)
    ) == qtcompat.SINGLETONS_MADE_IMMORTAL
    if qtcompat.SINGLETONS_MADE_IMMORTAL:
        assert min(sys.getrefcount(s) for s in (None, True, False)) > qtcompat.HEADROOM // 2


def test_a_day_of_void_calls_and_emits_keeps_the_interpreter_alive(qtbot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    emitter = Emitter()
    got: list[object] = []
    emitter.ping.connect(got.append)
    for n in range(30_000):  # None holds ~10,000 references at start-up on 3.11
        field.setText(str(n))
        emitter.ping.emit(n)
    assert len(got) == 30_000
    assert sys.getrefcount(None) > 0 and sys.getrefcount(True) > 0


def test_thousands_of_background_tasks(qtbot) -> None:
    tasks = TaskManager()
    done: list[int] = []

    def job(n: int) -> Callable[[Any], int]:
        def run(ctx: Any) -> int:
            ctx.progress(0.5)
            return n

        return run

    for n in range(1500):  # each task: QRunnable.run, progress, done and finished
        tasks.io(job(n), done.append)
    qtbot.waitUntil(lambda: len(done) == 1500, timeout=30_000)
    tasks.wait()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=10_000)
    assert sorted(done) == list(range(1500))


def test_painting_tables_many_times(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    table = window.views[window.ROUTES].table
    for _ in range(300):  # every paint asks data() a dozen roles per cell
        table.viewport().repaint()
    assert window.views[window.ROUTES].model.rowCount() > 0
