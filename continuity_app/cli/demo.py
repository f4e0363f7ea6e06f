"""``continuity-app demo``: the whole chain on generated data, then the app, unlocked."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import time
from pathlib import Path

from continuity_app.cli.framework import number_in

DESCRIPTION = """Make a complete demo installation from generated, fictitious Danish data and open it:
publisher keys, an enrolled laptop, bundles published into a local folder and served over HTTP
on 127.0.0.1, a sync, and the app unlocked on the result.

With --no-gui (or when no display is available) it prints a summary instead, writes the unit's
emergency pack (nødpakke) to a PDF it names, and exits.

The demo lives in --home (default: this user's data folder, 'Noedkopi-demo'); an earlier demo
there is replaced. The demo passphrase is printed so you can lock and unlock."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    parser.add_argument(
        "--scale",
        choices=["tiny", "lemvig", "aarhus", "region"],
        default="lemvig",
        help="how much data to generate (default: lemvig, about 800 citizens)",
    )
    parser.add_argument("--home", metavar="DIR", help="folder for the demo installation")
    parser.add_argument(
        "--seed", type=number_in(0, 2**32 - 1), default=1, help="seed of the generated data (default 1)"
    )
    parser.add_argument(
        "--no-gui",
        action="store_true",
        help="print a summary and write the emergency pack instead of opening the app",
    )


def default_root() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Noedkopi-demo", appauthor=False))


def run(args: argparse.Namespace) -> int:
    from continuity_app import demosetup, vault
    from continuity_app.errors import ExitCode, InternalError
    from continuity_app.sync import run_sync

    root = Path(args.home).expanduser().resolve() if args.home else default_root()

    def say(msg: str) -> None:
        print(f"· {msg}", flush=True)

    started = time.perf_counter()
    demo = demosetup.make(root, scale=args.scale, seed=args.seed, say=say)
    home = demo.client

    with demosetup.serve(demo.publish) as url:
        demosetup.set_source(home, url)
        say(f"Syncing over HTTP from {url}")
        t = time.perf_counter()
        outcome = run_sync(home)
        demo.timings["sync"] = time.perf_counter() - t
        if not outcome.ok:
            raise outcome.error or InternalError(f"the demo sync failed: {outcome.message}")
        say(f"Unlocking with the demo passphrase: {demosetup.DEMO_PASSPHRASE}")
        t = time.perf_counter()
        session = vault.unlock(home, demosetup.DEMO_PASSPHRASE)
        demo.timings["unlock"] = time.perf_counter() - t
        total = time.perf_counter() - started

        from continuity_app.gui import app as gui_app

        if args.no_gui or not gui_app.available():
            try:
                pdf = _summary_and_pack(demo, session, total)
            finally:
                session.lock()
            print(f"\nEmergency pack for {demo.unit_name}: {pdf}")
            print("(fictitious demo data; a real pack holds health data — keep it safe)")
        else:
            say("Opening Nødkopi (close the window to end the demo)")
            code = gui_app.run(home, session=session)
            if code != 0:
                return code
    # Later runs of the app sync from the folder: the demo's HTTP server is gone.
    demosetup.set_source(home, str(demo.publish))
    print(
        f"\nDemo home: {home.root}\nOpen it again with:  continuity-app --home {home.root}"
        f"\nPassphrase: {demosetup.DEMO_PASSPHRASE}"
    )
    return int(ExitCode.OK)


def _summary_and_pack(demo: object, session: object, total: float) -> Path:
    from continuity_app.demosetup import DemoInstallation
    from continuity_app.domain.numbers import thousands_da
    from continuity_app.printing import render_pack
    from continuity_app.printing.api import stamp_for
    from continuity_app.vault import Session

    assert isinstance(demo, DemoInstallation) and isinstance(session, Session)
    store = session.store
    print(
        f"\nNødkopi demo — {demo.unit_name} ({demo.unit_id}), scale with "
        f"{demo.dataset_counts['citizens']} citizens in the municipality's exports"
    )
    print("\nIn this laptop's bundle:")
    for name, count in store.counts().items():
        print(f"  {name:<14}{thousands_da(count):>9}")
    print("\nVulnerable citizens per unit:")
    per_unit: dict[str, int] = {}
    for row in store.vulnerable():
        per_unit[row.unit.name if row.unit else row.citizen.unit_id] = (
            per_unit.get(row.unit.name if row.unit else row.citizen.unit_id, 0) + 1
        )
    for name, count in sorted(per_unit.items()):
        print(f"  {name:<40}{count:>6}")
    print("\nTime taken:")
    for step, seconds in demo.timings.items():
        print(f"  {step:<14}{seconds:>8.2f} s")
    print(f"  {'total':<14}{total:>8.2f} s")

    buffer = io.BytesIO()
    info = render_pack(
        store,
        "emergency",
        buffer,
        unit_id=demo.unit_id,
        date=dt.datetime.now().date(),
        stamp=stamp_for(store),
    )
    session.audit(
        "print", pack="emergency", unit_id=demo.unit_id, pages=info.pages, citizen_ids=list(info.citizen_ids)
    )
    pdf = demo.root / f"noedpakke-{demo.unit_id}.pdf"
    pdf.write_bytes(buffer.getvalue())
    print(f"\nEmergency pack: {info.pages} pages", file=sys.stdout)
    return pdf
