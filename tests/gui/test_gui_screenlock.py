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


@pytest.mark.skipif(
    shutil.which("dbus-run-session") is None or shutil.which("dbus-send") is None, reason="no D-Bus tools"
)
def test_the_screen_savers_signal_reaches_the_watcher() -> None:
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", WATCH],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    count, connected = done.stdout.strip().splitlines()[-1].split(" ", 1)
    assert count == "1"  # "screen saver off" did not lock, "on" did
    assert "org.gnome.ScreenSaver" in connected


def test_a_screen_lock_locks_the_window(qtbot, window, session) -> None:
    window.screen_lock.screen_locked.emit()
    wait_idle(qtbot, window)
    assert window.context.session is None
    assert session.locked


def test_a_windows_session_lock_message_is_recognised_and_others_are_not() -> None:
    # The filter reads a real MSG structure at the address Qt hands it; build such structures.
    import ctypes
    from ctypes import wintypes

    from continuity_app.gui.screenlock import WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, is_session_lock

    def msg(message: int, wparam: int) -> wintypes.MSG:
        return wintypes.MSG(hWnd=None, message=message, wParam=wparam, lParam=0)

    lock = msg(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    unlock, paint = msg(WM_WTSSESSION_CHANGE, 8), msg(0x000F, 0)
    assert is_session_lock(b"windows_generic_MSG", ctypes.addressof(lock))
    assert not is_session_lock(b"windows_generic_MSG", ctypes.addressof(unlock))
    assert not is_session_lock(b"windows_generic_MSG", ctypes.addressof(paint))
    assert not is_session_lock(b"xcb_generic_event_t", ctypes.addressof(lock))
