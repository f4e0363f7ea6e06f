"""``continuity-app print PACK``: write a print pack as PDF without the GUI."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from continuity_app.errors import ExitCode, KnownError, UsageError
from continuity_app.printing.catalog import NAMES as PACK_CHOICES
from continuity_app.printing.catalog import PACKS

if TYPE_CHECKING:
    from continuity_app.vault.session import Session
    from continuity_app.vault.several import Together

DESCRIPTION = """Write one of the print packs as a PDF file, A4, ready to print.

Packs: route (kørelister), medication (medicinlister with a 72-hour grid and PN log),
vulnerable (sårbare borgere for the rounds), vehicles (køretøjer and fuel stocks),
contacts (contact trees and call lists), emergency (everything one unit needs);
for the crisis staff: overview (Overblik: totals, then one row per unit), nearby
(the units within --radius-km of --near, nearest first), callrun (who is still
missing in the latest run of the contact tree --tree), drill (the latest drill's
after-action report), handover (the shift's journal entries per route and citizen).

Needs the unit's passphrase (CONTINUITY_PASSPHRASE, or asked). --unit defaults to
this laptop's unit (for a krisestab or alle laptop: every unit); --date to today
(the route pack's day and the first day of the 72-hour grid; "--date all" prints
the routes of every day held; the emergency pack always holds every day);
--citizen prints one citizen's medication pages. A pack of data this laptop does not
hold (another unit's medication lists or routes; medication lists on a krisestab
laptop) is refused, saying where it is. The PDF is NOT encrypted: it
holds health data, so keep it safe and delete it after printing. The print is
recorded in the audit log before anything is drawn ("started"), and again with
its pages and citizens when the file is complete ("ok"); when the audit log
cannot be written nothing is printed (exit 17). --out must be a new file or a
regular file (not a folder, link or device). An interrupted print leaves no file.

A laptop with several enrolments (municipalities, enroll --add): vehicles and
contacts print every enrolment together, each row or tree naming its
municipality (recorded in each one's audit log); --enrolment NAME (or --unit)
prints one. Every other pack is one enrolment's: the first, or --enrolment NAME;
medication and citizens never mix municipalities."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    parser.add_argument(
        "pack", choices=PACK_CHOICES, metavar="PACK", help=f"which pack: {', '.join(PACK_CHOICES)}"
    )
    parser.add_argument("--unit", metavar="U", help="unit id (default: this laptop's unit)")
    parser.add_argument(
        "--date", metavar="D", help="YYYY-MM-DD or DD-MM-YYYY (default: today); 'all' for every day"
    )
    parser.add_argument("--citizen", metavar="ID", help="one citizen's medication pages")
    parser.add_argument(
        "--near",
        metavar="UNIT_OR_LAT,LON",
        help="nearby: a unit id, or coordinates in decimal degrees (56.55,8.31)",
    )
    parser.add_argument("--radius-km", type=_radius, metavar="N", help="nearby: the radius in km")
    parser.add_argument("--tree", metavar="TID", help="callrun: the contact tree's id")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    parser.add_argument(
        "--enrolment",
        metavar="NAME",
        help="print from this enrolment only (default: the first; vehicles and contacts: every one)",
    )
    parser.add_argument("--home", metavar="DIR", help="client home folder (default: the user's)")


#: Days a print can be asked for; beyond them is a typing error (the 72-hour grid adds days).
FIRST_DAY, LAST_DAY = dt.date(2000, 1, 1), dt.date(2099, 12, 31)


def _radius(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of kilometres") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"the radius must be above 0 km, not {text}")
    return value


def parse_day(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            day = dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
        if not FIRST_DAY <= day <= LAST_DAY:
            raise UsageError(
                f"--date '{text}' is outside {FIRST_DAY.year}–{LAST_DAY.year}; "
                "give the day to print (e.g. 2026-11-27)"
            )
        return day
    raise UsageError(f"--date '{text}' is not a date; write it as YYYY-MM-DD (e.g. 2026-11-27)")


def run(args: argparse.Namespace) -> int:
    from continuity_app.cli.sync_cmd import enrolments
    from continuity_app.crisis.journal_io import journal_entries
    from continuity_app.domain.age import COPENHAGEN
    from continuity_app.passphrases import read_passphrase
    from continuity_app.paths import check_out, private_output
    from continuity_app.printing import PackOptions, render_pack
    from continuity_app.printing.several import municipalities, stamp_of
    from continuity_app.vault import unlock
    from continuity_app.vault.several import unlock_all

    out = check_out(Path(args.out))
    day: dt.date | None
    if args.date is None:
        day = None if args.pack == "emergency" else dt.datetime.now(COPENHAGEN).date()
    elif args.date.strip().lower() in ("all", "alle"):
        day = None
    else:
        day = parse_day(args.date)

    homes = enrolments(args.home, args.enrolment)  # the one named, else every one, first first
    home = homes[0]
    together: Together | None = None
    several = sum(h.is_enrolled() for h in homes) > 1
    if several and PACKS[args.pack].together and args.unit is None:
        together = unlock_all(home, read_passphrase())
        session = together.session(home.enrolment_name)
        for name, why in together.failures.items():
            print(f"continuity-app: WARNING: the enrolment '{name}' is not printed: {why}", file=sys.stderr)
    else:
        session = unlock(home, read_passphrase())
    sessions = list(together.sessions.values()) if together else [session]
    # e.g. the newest data would not open: older data printed; an unlock the audit log could
    # not record is said only if the print goes on (else the refusal below says it)
    audit_warnings = [w for w in session.warnings if w.kind == "audit"]
    for name, each in together.sessions.items() if together else [("", session)]:
        for warning in each.warnings:
            if warning.kind != "audit" or each is not session:
                print(f"continuity-app: WARNING: {name + ': ' if name else ''}{warning}", file=sys.stderr)
    try:
        store = session.store
        unit_id = args.unit
        scope = store.meta.get("scope", "")
        if unit_id is None and not PACKS[args.pack].wide and store.unit(scope):
            unit_id = scope
        options = PackOptions(
            near=args.near,
            radius_km=args.radius_km,
            tree_id=args.tree,
            entries=tuple(journal_entries(session) if PACKS[args.pack].journal else ()),
            municipalities=municipalities(together, args.pack, unit_id),
        )
        asked = {
            "pack": args.pack,
            "unit_id": unit_id,
            "citizen_id": args.citizen,
            "date": day.isoformat() if day else None,
            "out": str(out),
        }
        # The record is on disk before any health data leaves the process: a log that
        # cannot be written refuses the print (DiskError) rather than make unaudited copies.
        for each in sessions:
            each.audit("print", result="started", **asked)
        for warning in audit_warnings:
            print(f"continuity-app: WARNING: {warning}", file=sys.stderr)
        try:
            with private_output(out, home.unfinished_outputs) as f:
                info = render_pack(
                    store,
                    args.pack,
                    f,
                    unit_id=unit_id,
                    date=day,
                    citizen_id=args.citizen,
                    options=options,
                    stamp=stamp_of(store, options.municipalities),
                )
        except BaseException as err:
            reason = err.exit_code.name if isinstance(err, KnownError) else type(err).__name__
            for each in sessions:
                with contextlib.suppress(KnownError, OSError):
                    each.audit("print", result="failed", reason=reason, **asked)
            raise
        problem = None
        try:
            for each in sessions:
                each.audit(
                    "print",
                    result="ok",
                    citizen_ids=list(info.citizen_ids),
                    count=info.citizens,
                    pages=info.pages,
                    **asked,
                )
        except KnownError as err:
            problem = str(err)
        drill_steps(session, args.pack)
    finally:
        for each in sessions:
            each.lock()
    print(f"{info.title}: {info.pages} pages written to {out}")
    print(
        f"continuity-app: WARNING: {out} is an unencrypted PDF with health data; "
        "print it, keep it safe and delete it when done.",
        file=sys.stderr,
    )
    if problem:
        print(
            f"continuity-app: warning: the print was recorded as started, but its pages and "
            f"citizens were not: {problem}",
            file=sys.stderr,
        )
    return int(ExitCode.OK)


def drill_steps(session: Session, pack: str) -> None:
    """While a drill runs, time this unlock (the first) and this print."""
    from continuity_app.crisis.drill import print_text
    from continuity_app.crisis.journal_io import note_drill_step, note_drill_unlock

    try:
        note_drill_unlock(session)
        note_drill_step(session, print_text(pack))
    except KnownError as err:  # the paper is there; only the drill's timing is missing
        print(f"continuity-app: the drill's timing of this print was not recorded: {err}", file=sys.stderr)
