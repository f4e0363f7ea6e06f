"""Locking the screen locks the app: the D-Bus signals of the screen savers and logind
reach the watcher (on a private session bus), and the watcher's signal locks the window."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from gui_support import wait_idle

WATCH = """
import subprocess, sys, time
from PySide6.QtCore import QCoreApplication
app = QCoreApplication(sys.argv[:1])
from continuity_app.gui.screenlock import ScreenLockWatcher
watcher = ScreenLockWatcher()
got = []
watcher.screen_locked.connect(lambda: got.append(1))
for path, signal, value in [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", "false"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", "true")]:
    subprocess.run(["dbus-send", "--session", "--type=signal", path, signal, "boolean:" + value],
                   check=True)
end = time.time() + 5
while time.time() < end and not got:
    app.processEvents(); time.sleep(0.01)
print(len(got), ",".join(watcher.connected))
"""


@pytest.mark.skipif(shutil.which("dbus-run-session") is None or shutil.which("dbus-send") is None,
                    reason="no D-Bus tools")
def test_the_screen_savers_signal_reaches_the_watcher() -> None:
    done = subprocess.run(["dbus-run-session", "--", sys.executable, "-c", WATCH],
                          capture_output=True, text=True, timeout=60, check=True)
    count, connected = done.stdout.strip().splitlines()[-1].split(" ", 1)
    assert count == "1"  # "screen saver off" did not lock, "on" did
    assert "org.gnome.ScreenSaver" in connected


def test_a_screen_lock_locks_the_window(qtbot, window, session) -> None:
    window.screen_lock.screen_locked.emit()
    wait_idle(qtbot, window)
    assert window.context.session is None
    assert session.locked
