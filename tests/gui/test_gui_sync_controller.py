"""The sync controller on its own: no main window, only the real backend on a real home,
the task manager, the context and the sync view. What the window shows follows from the
signals tested here."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_support import CREATED, NOW, PASSPHRASE


@pytest.fixture
def parts(qtbot, installation):
    from PySide6.QtWidgets import QWidget

    from continuity_app.gui.backend import VaultBackend
    from continuity_app.gui.context import AppContext
    from continuity_app.gui.syncing import SyncController
    from continuity_app.gui.tasks import TaskManager
    from continuity_app.gui.views.sync import SyncView

    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[BaseException] = []
    tasks = TaskManager(parent, error_handler=lambda err, tb: errors.append(err))
    context = AppContext(tasks, now=lambda: NOW, parent=parent)
    view = SyncView(context, parent)
    controller = SyncController(VaultBackend(installation.home), context, view, parent)
    yield controller, context, view, errors
    tasks.wait()


def test_status_signal_carries_the_stored_generation(qtbot, parts) -> None:
    controller, _context, view, errors = parts
    with qtbot.waitSignal(controller.status_changed, timeout=10_000) as blocker:
        controller.refresh_status()
    status = blocker.args[0]
    assert status is not None and status.sequence == 1
    assert view.values["sequence"].text() == "1"
    assert errors == []


def test_a_failed_sync_is_a_sentence_in_the_view_and_no_bug(qtbot, parts) -> None:
    controller, _context, view, errors = parts
    with qtbot.waitSignal(controller.status_changed, timeout=15_000):
        controller.sync_now()  # the publish folder is empty: nothing to fetch
    assert not controller.running
    assert controller.last_message  # a Danish sentence, shown in the view
    assert controller.last_message == view.message.text()
    assert "Traceback" not in controller.last_message
    assert errors == []  # a known failure is not handed to the bug handler


def test_new_data_reloads_an_open_session_and_says_so(qtbot, parts, installation) -> None:
    from continuity_app.vault import unlock

    controller, context, _view, errors = parts
    session = unlock(installation.home, PASSPHRASE, now=NOW)
    try:
        context.set_session(session, session.store.meta)
        assert context.meta["sequence"] == "1"
        installation.publish(2, created_at=CREATED + dt.timedelta(hours=4))
        with qtbot.waitSignal(controller.session_reloaded, timeout=15_000) as blocker:
            controller.sync_now()
        assert blocker.args == [True]
        assert context.meta["sequence"] == "2"
        assert "2" in controller.last_message
        assert errors == []
    finally:
        context.tasks.wait()
        session.lock()


def test_the_sync_bar_runs_once_through_the_stages_and_names_them(qtbot, parts, installation) -> None:
    controller, _context, view, errors = parts
    installation.publish(2, created_at=CREATED + dt.timedelta(hours=4))
    seen: list[tuple[int, str]] = []
    shown = view.set_progress

    def report(stage: str, fraction: float) -> None:  # what the bar shows after each report
        shown(stage, fraction)
        seen.append((view.progress.value(), view.progress.text()))

    view.set_progress = report
    with qtbot.waitSignal(controller.status_changed, timeout=15_000):
        controller.sync_now()
    values = [value for value, _text in seen]
    assert values == sorted(values) and values[-1] == 100  # one bar, never back
    words = [text.rpartition(" – ")[0] for _value, text in seen]
    for stage in ("Forbinder", "Henter", "Kontrollerer underskriften", "Gemmer"):
        assert stage in words
    assert seen[-1][1] == "Færdig – 100%"
    assert errors == []


def test_probe_reports_whether_the_source_answers(qtbot, parts, installation) -> None:
    controller, _context, _view, _errors = parts
    with qtbot.waitSignal(controller.online_changed, timeout=10_000) as blocker:
        controller.probe()
    assert blocker.args[0] is True  # the publish folder exists and can be read
    installation.publish_dir.rename(installation.publish_dir.with_name("gone"))
    with qtbot.waitSignal(controller.online_changed, timeout=10_000) as blocker:
        controller.probe()
    assert blocker.args[0] is not True
