"""A PNG of every view of the desktop app on the lemvig demo, into docs/screenshots/.

    python scripts/screenshots.py [--out DIR] [--offscreen] [--language da|en]

Builds the real demo installation (``continuity_app.demosetup``: exports → publisher →
enrolled laptop → published bundle → sync → unlock), opens the main window at
1366×768 (the smallest laptop screen the app must serve) and saves each view at text
scale 1.0; then the citizen with the longest dose texts and the route at text scale
1.6 (Ctrl++ twice); then an ``alle`` laptop (every unit) with its route view and the
unit picker. Runs itself under ``xvfb-run`` when there is no display (real X
rendering, as on a laptop); ``--offscreen`` uses Qt's offscreen platform instead. The
data is fictitious.
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
#: The unit laptop's views after the citizen card, by their file names (the journal view
#: and the crisis staff's views are shot on their own, with entries and a krisestab laptop).
VIEW_NAMES = {
    "ROUTES": "03-koerelister",
    "VULNERABLE": "04-saarbare",
    "VEHICLES": "05-koeretoejer",
    "CONTACTS": "06-kontakttraeer",
    "UNITS": "07-enheder",
    "SYNC": "08-synkronisering",
}
ALLE_PASSPHRASE = "skærmbilleder af alle enheder"


def install_alle(folder: Path, scale: str) -> Path:
    """An enrolled ``alle`` laptop holding one real signed generation; returns its home."""
    import datetime as dt

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from continuity_app.bundle import write_bundle
    from continuity_app.bundle.keys import publisher_key_text
    from continuity_app.exchange.demo import generate_dataset
    from continuity_app.home import ClientHome
    from continuity_app.kdf import floor_params
    from continuity_app.store import Store
    from continuity_app.vault.device import DeviceFile
    from continuity_app.vault.enroll import enroll

    folder.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    key_file = folder / "publisher-key.pub"
    key_file.write_text(publisher_key_text(key.public_key()))
    home = ClientHome(folder / "home")
    enroll(
        home,
        scope="alle",
        source=str(folder / "publish"),
        publisher_key_file=key_file,
        passphrase=ALLE_PASSPHRASE,
        out=folder / "REQUEST.json",
        kdf=floor_params(),
    )
    device = DeviceFile.load(home.device)
    now = dt.datetime.now(dt.UTC)
    with Store.build(generate_dataset(scale)) as full, full.derive("alle") as scoped:
        scoped.set_meta(
            created_at=now.isoformat(), sequence="1", valid_until=(now + dt.timedelta(days=7)).isoformat()
        )
        payload, counts = scoped.image(), scoped.counts()
    data = write_bundle(
        payload,
        scope="alle",
        sequence=1,
        created_at=now,
        valid_until=now + dt.timedelta(days=7),
        counts=counts,
        recipients={device.device_id: device.device_public()},
        signing_key=key,
    )
    (home.generations / "alle-00000001.bundle").write_bytes(data)
    return home.root


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
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--offscreen", action="store_true", help="Qt offscreen, no Xvfb")
    parser.add_argument(
        "--language",
        default="da",
        choices=["da", "en", "pseudo"],
        help="pseudo: every string 40 %% longer, to find what gets cut off",
    )
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

        def wait_idle(window) -> None:
            for _ in range(500):
                settle(0.02)
                if not window.tasks.busy:
                    break
            settle(0.3)

        def save(widget, name: str) -> None:
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
        from continuity_app.gui.views.registry import ViewId

        for view_id in ViewId:
            if view_id.name not in VIEW_NAMES:
                continue
            index = window.view_ids.index(view_id)
            window.show_view(index)
            wait_idle(window)
            if view_id == ViewId.ROUTES:
                view = window.views[index]
                view.table.setCurrentIndex(view.model.index(0, 0))
            save(window, VIEW_NAMES[view_id.name])
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
        # Ctrl++ twice: the longest dose texts and the route still show every line
        window.text_size.apply(1.6)
        longest = session.store.conn.execute(
            "SELECT citizen_id FROM medications ORDER BY length(dose_text) DESC LIMIT 1"
        ).fetchone()[0]
        window.open_citizen(longest)
        wait_idle(window)
        save(window, "14-borger-tekst-1-6")
        window.show_view(window.ROUTES)
        wait_idle(window)
        save(window, "15-koerelister-tekst-1-6")
        window.text_size.apply(1.0)
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
        journaling.controller.add(
            "note",
            {"citizen_id": card.record.citizen.citizen_id, "text": "Nøglen i nøgleboksen virkede ikke"},
        )
        wait_idle(window)
        window.show_view(window.CITIZEN)
        card.scroll_area.ensureWidgetVisible(card.dose_grid)
        wait_idle(window)
        save(window, "17-borger-skema")
        window.show_view(window.JOURNAL)
        wait_idle(window)
        save(window, "18-journal")
        window.close()
        session.lock()
        QApplication.processEvents()

        print("building an alle laptop …", flush=True)
        alle_home = install_alle(work / "alle", args.scale)
        from continuity_app.home import ClientHome

        session = vault.unlock(ClientHome(alle_home), ALLE_PASSPHRASE)
        window = create_window(
            ClientHome(alle_home), session=session, language=args.language, scheduled_sync=False
        )  # no source: this laptop is offline
        window.resize(*SIZE)
        window.show()
        wait_idle(window)
        today = window.context.today()
        routes = session.store.routes(date=today) or session.store.routes()
        if routes:
            window.unit_picker.select(routes[0].unit_id)
        window.show_view(window.ROUTES)
        wait_idle(window)
        view = window.views[window.ROUTES]
        view.table.setCurrentIndex(view.model.index(0, 0))
        window.focus_unit_picker()
        settle(0.3)
        save(window, "16-alle-koerelister")
        window.close()
        session.lock()
        QApplication.processEvents()
        crisis_shots(work, demo, create_window, save, wait_idle, args.language)
        del Qt
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def crisis_shots(work, demo, create_window, save, wait_idle, language):
    """The crisis staff's views on a krisestab laptop of the same demo: Overblik, the vehicle
    board with one vehicle out, a call-tree run under way, the units near the first unit."""
    import datetime as dt

    from continuity_app import demosetup, publish, vault
    from continuity_app.home import ClientHome
    from continuity_app.journal import Journal
    from continuity_app.sync import run_sync

    home = ClientHome(work / "krisestab")
    vault.enroll(
        home,
        scope="krisestab",
        source=str(demo.publish),
        publisher_key_file=demo.publisher / "publisher-key.pub",
        passphrase=demosetup.DEMO_PASSPHRASE,
        out=work / "krisestab-request.json",
    )
    publish.add_device(demo.publisher, (work / "krisestab-request.json").read_bytes())
    publish.build(demo.publisher, demo.exports, demo.publish, passphrase=demosetup.DEMO_PUBLISHER_PASSPHRASE)
    if not run_sync(home).ok:
        print("the krisestab laptop did not sync: no crisis screenshots", file=sys.stderr)
        return
    session = vault.unlock(home, demosetup.DEMO_PASSPHRASE)
    store = session.store
    journal = Journal.open(session)
    journal.initials = "KS"
    free = next((v for v in store.vehicles() if v.is_free), None)
    if free is not None:
        journal.add(
            "vehicle",
            {"vehicle_id": free.vehicle_id, "task": "Vand til plejecentret", "driver": "Ole Madsen"},
        )
    tree = store.contact_trees()[0]
    nodes = [t.node for _, t in tree.walk()]
    start = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=25)
    journal.add(
        "call",
        {
            "tree_id": tree.tree_id,
            "node_id": nodes[0].node_id,
            "channel": "mobil",
            "result": "nået",
            "run": "start",
        },
        at=start,
    )
    for i, node in enumerate(nodes[1:4], start=1):
        journal.add(
            "call",
            {
                "tree_id": tree.tree_id,
                "node_id": node.node_id,
                "channel": "mobil",
                "result": "nået" if i % 2 else "ikke nået",
            },
            at=start + dt.timedelta(minutes=i),
        )
    window = create_window(home, session=session, language=language)
    window.resize(*SIZE)
    window.show()
    wait_idle(window)
    if window.journaling.dialog is not None:  # who is working: the crisis staff member
        window.journaling.dialog.edit.setText("KS")
        window.journaling.dialog.accept()
    from continuity_app.gui.views.registry import ViewId

    for view_id, name in (
        (ViewId.OVERVIEW, "10-overblik"),
        (ViewId.VEHICLE_BOARD, "11-koeretoejstavle"),
        (ViewId.CALLRUN, "12-kontaktkoersel"),
        (ViewId.NEARBY, "13-i-naerheden"),
    ):
        window.show_view(view_id)
        wait_idle(window)
        view = window.views[view_id]
        if view_id == ViewId.CALLRUN:
            view.choose_tree(tree.tree_id)
        if view_id == ViewId.NEARBY:
            units = [u for u in store.units() if u.lat is not None]
            if units:
                view.point.setEditText(units[0].name)
                view.radius.setValue(3.0)
                view.search()
        wait_idle(window)
        save(window, name)
    window.close()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
