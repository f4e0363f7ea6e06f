"""A PNG of every view of the desktop app on the lemvig demo, into docs/screenshots/.

    python scripts/screenshots.py [--out DIR] [--offscreen] [--language da|en]

Builds the real demo installation (``continuity_app.demosetup``: exports → publisher →
enrolled laptop → published bundle → sync → unlock), opens the main window at
1366×768 (the smallest laptop screen the app must serve) and saves each view. Runs
itself under ``xvfb-run`` when there is no display (real X rendering, as on a laptop);
``--offscreen`` uses Qt's offscreen platform instead. The data is fictitious.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)


def reexec_under_xvfb(argv: list[str]) -> int | None:
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return None
    if "--offscreen" in argv:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    if shutil.which("xvfb-run") is None:
        print("no display and no xvfb-run: using Qt's offscreen platform", file=sys.stderr)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    screen = f"-screen 0 {SIZE[0]}x{SIZE[1]}x24 -dpi 96"
    return subprocess.call(["xvfb-run", "-a", "-s", screen, sys.executable, __file__, *argv])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--offscreen", action="store_true", help="Qt offscreen, no Xvfb")
    parser.add_argument("--language", default="da", choices=["da", "en", "pseudo"],
                        help="pseudo: every string 40 %% longer, to find what gets cut off")
    parser.add_argument("--scale", default="lemvig")
    args = parser.parse_args(argv)
    code = reexec_under_xvfb(argv)
    if code is not None:
        return code

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from continuity_app import demosetup, vault
    from continuity_app.gui.app import application, create_window
    from continuity_app.sync import run_sync

    work = Path(tempfile.mkdtemp(prefix="noedkopi-shots-"))
    try:
        print("building the demo installation …", flush=True)
        demo = demosetup.make(work / "demo", scale=args.scale, fast_kdf=True)
        home = demo.client
        demosetup.set_source(home, str(demo.publish))
        outcome = run_sync(home)
        if not outcome.ok:
            print(f"sync failed: {outcome.message}", file=sys.stderr)
            return 1
        app = application(["screenshots"])
        args.out.mkdir(parents=True, exist_ok=True)

        def settle(seconds: float = 0.4) -> None:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                app.processEvents()
                time.sleep(0.02)

        def wait_idle(window) -> None:  # type: ignore[no-untyped-def]
            for _ in range(500):
                settle(0.02)
                if not window.tasks.busy:
                    break
            settle(0.3)

        def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
            path = args.out / f"{name}.png"
            widget.grab().save(str(path))
            print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

        locked = create_window(home, language=args.language)
        locked.resize(*SIZE)
        locked.show()
        wait_idle(locked)
        save(locked, "00-laast")
        locked.close()

        session = vault.unlock(home, demosetup.DEMO_PASSPHRASE)
        window = create_window(home, session=session, language=args.language)
        window.resize(*SIZE)
        window.show()
        wait_idle(window)
        citizens = window.views[window.CITIZENS]
        citizens.search.setText("Søn")
        wait_idle(window)
        save(window, "01-borgere")
        hits = [citizens.model.row_object(r) for r in range(citizens.model.rowCount())]
        allergic = session.store.search_citizens("Penicillin", limit=20) or hits
        window.open_citizen(allergic[0].citizen_id)
        wait_idle(window)
        save(window, "02-borger")
        names = ["03-koerelister", "04-saarbare", "05-koeretoejer", "06-kontakttraeer",
                 "07-enheder", "08-synkronisering"]
        for index, name in zip(range(window.ROUTES, window.SYNC + 1), names, strict=True):
            window.show_view(index)
            wait_idle(window)
            if index == window.ROUTES:
                view = window.views[index]
                view.table.setCurrentIndex(view.model.index(0, 0))
            save(window, name)
        window.show_view(window.CITIZEN)
        window.print_current()
        for _ in range(600):
            settle(0.05)
            if window.printing.preview is not None and not window.tasks.busy:
                break
        preview = window.printing.preview
        if preview is not None:
            preview.resize(1100, 740)
            settle(0.8)
            save(preview, "09-udskrift")
            preview.done(0)
        # the journal: initials given, a PN dose, a signed dose and a note on the open citizen
        journaling = window.journaling
        if journaling.dialog is not None:
            journaling.dialog.done(0)
        journaling.controller.set_initials("AB")
        card = window.views[window.CITIZEN]
        grid = card.grid_model
        if grid.rowCount():
            line = grid.row_object(0)
            cell = next((c for c in line.cells if c.signable), None)
            if cell is not None:
                journaling.sign_dose(card, line, cell, "givet")
                wait_idle(window)
        journaling.controller.add("note", {"citizen_id": card.record.citizen.citizen_id,
                                           "text": "Nøglen i nøgleboksen virkede ikke"})
        wait_idle(window)
        window.show_view(window.CITIZEN)
        card.scroll_area.ensureWidgetVisible(card.dose_grid)
        wait_idle(window)
        save(window, "10-borger-skema")
        window.show_view(window.JOURNAL)
        wait_idle(window)
        save(window, "11-journal")
        window.close()
        QApplication.processEvents()
        del Qt
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
