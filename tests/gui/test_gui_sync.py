"""Sync from the app: a failure shows in the banner; new data reloads the open session."""

from __future__ import annotations

import datetime as dt

from gui_support import CREATED, wait_idle
from PySide6.QtCore import Qt


def sync_and_wait(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=15_000)
    wait_idle(qtbot, window)


def test_a_failed_sync_shows_the_warning_in_the_banner(qtbot, window) -> None:
    assert not window.banner.warning_label.isVisible()
    sync_and_wait(qtbot, window)  # the publish folder is empty: nothing to fetch
    text = window.banner.warning_label.text()
    assert window.banner.warning_label.isVisible()
    assert "Seneste synkronisering mislykkedes" in text
    assert "Nye data kunne ikke hentes" in text  # a Danish sentence about what to do …
    assert "latest.json" not in text  # … never the core's English detail (that is in the log)
    sync_view = window.views[window.SYNC]
    assert sync_view.history.rowCount() == 1
    assert sync_view.history.index(0, 1).data() == "Mislykkedes"
    assert "Kilden til nye data kunne ikke nås" in sync_view.message.text() or sync_view.message.text()
    # the data shown is still there: a failed sync never drops what the laptop holds
    assert window.context.session is not None
    assert "6 timer gammel" in window.banner.age_label.text()


def test_new_data_from_a_sync_reloads_the_open_session(qtbot, window, installation) -> None:
    newer = CREATED + dt.timedelta(hours=4)  # 09:30
    installation.publish(2, created_at=newer)
    sync_and_wait(qtbot, window)
    qtbot.waitUntil(lambda: window.context.meta.get("sequence") == "2", timeout=10_000)
    wait_idle(qtbot, window)
    assert "Data fra i dag kl. 09:30 · 2 timer gammel" in window.banner.age_label.text()
    assert not window.banner.warning_label.isVisible(), window.banner.warning_label.text()
    assert window.views[window.SYNC].values["sequence"].text() == "2"
    assert "Nye data hentet (løbenummer 2)" in window.views[window.SYNC].message.text()


def test_sync_view_works_while_locked_and_shows_the_schedule(qtbot, locked_window) -> None:
    window = locked_window
    qtbot.waitUntil(lambda: window.sync.status is not None, timeout=10_000)
    view = window.views[window.SYNC]
    assert view.values["sequence"].text() == "1"
    from continuity_app.gui import fmt
    from continuity_app.sync import status

    expected = status(window.backend.home, now=window.context.now()).next_sync
    assert expected is not None
    assert view.values["next"].text() == fmt.datetime_text(expected)
    assert view.generations.count() == 1
    assert "Data fra i dag kl. 05:30" in window.unlock_page.data_label.text()


def test_the_scheduled_sync_runs_in_the_background_when_due(qtbot, window, installation) -> None:
    installation.publish(2, created_at=CREATED + dt.timedelta(hours=1))
    qtbot.waitUntil(lambda: window.sync.status is not None, timeout=10_000)
    assert window.sync.status.next_sync <= window.context.now()  # 05:30 passed without a sync
    window.sync.scheduled()  # what the timer calls
    qtbot.waitUntil(lambda: window.context.meta.get("sequence") == "2", timeout=15_000)
    wait_idle(qtbot, window)
    assert "kl. 06:30" in window.banner.age_label.text()


def test_the_online_indicator_follows_the_source(qtbot, window, installation, tmp_path) -> None:
    window.sync.probe()
    qtbot.waitUntil(lambda: "Forbindelse" in window.banner.online_label.text(), timeout=10_000)
    window.banner.show_online(False)
    assert "Offline" in window.banner.online_label.text()


def test_load_from_file_reads_a_bundle_from_a_usb_stick(qtbot, window, installation, tmp_path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    bundle = stick / "HP01-00000003.bundle"
    bundle.write_bytes(installation.bundle(3, CREATED + dt.timedelta(hours=3)))
    window.sync.sync_now(bundle)  # what "Indlæs fra fil…" does with the chosen file
    qtbot.waitUntil(lambda: window.context.meta.get("sequence") == "3", timeout=15_000)
    wait_idle(qtbot, window)
    assert "kl. 08:30" in window.banner.age_label.text()
