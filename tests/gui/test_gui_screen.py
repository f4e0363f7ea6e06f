"""What the screen shows in any state: the navigation fits its names at every text size,
and a failed sync is told in a Danish sentence, never the core's English detail."""

from __future__ import annotations

from gui_support import wait_idle

from continuity_app.errors import ExitCode
from continuity_app.sync.state import Attempt


def test_the_navigation_fits_its_names_at_text_scale_1_6(qtbot, window) -> None:
    window.text_size.apply(1.6)
    qtbot.wait(50)  # the navigation refits on a zero-time timer after the font change
    wait_idle(qtbot, window)
    nav = window.nav
    try:
        assert nav.horizontalScrollBar().maximum() == 0
        widest = max(nav.fontMetrics().horizontalAdvance(nav.item(r).text()) for r in range(nav.count()))
        assert nav.viewport().width() >= widest
    finally:
        window.text_size.apply(1.0)


def test_a_failed_sync_is_told_in_danish_without_the_core_s_english() -> None:
    from continuity_app.gui.backend import _attempt_text

    attempt = Attempt(
        at="2026-11-27T10:00:00+00:00",
        finished_at="2026-11-27T10:00:01+00:00",
        result="failed",
        exit_code=int(ExitCode.SOURCE_UNREACHABLE),
        message="the source folder /mnt/x is not there (share not mounted)",
        sequence=1,
    )
    text = _attempt_text(attempt)
    assert text.startswith("Nye data kunne ikke hentes")
    assert "source folder" not in text and "not mounted" not in text
