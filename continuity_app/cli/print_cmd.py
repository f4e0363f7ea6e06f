"""``continuity-app print PACK``: write a print pack as PDF without the GUI."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from continuity_app.errors import DiskError, ExitCode, KnownError

if TYPE_CHECKING:
    from continuity_app.printing import PackInfo

PACK_CHOICES = ("route", "medication", "vulnerable", "vehicles", "contacts", "emergency")

DESCRIPTION = """Write one of the print packs as a PDF file, A4, ready to print.

Packs: route (kørelister), medication (medicinlister with a 72-hour grid and PN log),
vulnerable (sårbare borgere for the rounds), vehicles (køretøjer and fuel stocks),
contacts (contact trees and call lists), emergency (everything one unit needs).

Needs the unit's passphrase (CONTINUITY_PASSPHRASE, or asked). --unit defaults to
this laptop's unit (for a krisestab or alle laptop: every unit); --date to today
(the route pack's day and the first day of the 72-hour grid; "--date all" prints
the routes of every day held; the emergency pack always holds every day);
--citizen prints one citizen's medication pages. The PDF is NOT encrypted: it
holds health data, so keep it safe and delete it after printing. The print is
recorded in the audit log."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    parser.add_argument("pack", choices=PACK_CHOICES, metavar="PACK",
                        help=f"which pack: {', '.join(PACK_CHOICES)}")
    parser.add_argument("--unit", metavar="U", help="unit id (default: this laptop's unit)")
    parser.add_argument("--date", metavar="D",
                        help="YYYY-MM-DD or DD-MM-YYYY (default: today); 'all' for every day")
    parser.add_argument("--citizen", metavar="ID", help="one citizen's medication pages")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    parser.add_argument("--home", metavar="DIR", help="client home folder (default: the user's)")


def parse_day(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise KnownError(f"--date '{text}' is not a date; write it as YYYY-MM-DD (e.g. 2026-11-27)",
                     ExitCode.USAGE)


def run(args: argparse.Namespace) -> int:
    from continuity_app.domain.age import COPENHAGEN
    from continuity_app.home import ClientHome
    from continuity_app.passphrases import read_passphrase
    from continuity_app.printing import render_pack, stamp_for
    from continuity_app.vault import unlock

    out = Path(args.out).expanduser()
    if out.is_dir():
        raise KnownError(f"--out {out} is a folder; name the PDF file to write", ExitCode.USAGE)
    if not out.parent.is_dir():
        raise DiskError(f"the folder {out.parent} does not exist; create it or choose another --out")
    day: dt.date | None
    if args.date is None:
        day = None if args.pack == "emergency" else dt.datetime.now(COPENHAGEN).date()
    elif args.date.strip().lower() in ("all", "alle"):
        day = None
    else:
        day = parse_day(args.date)

    home = ClientHome.resolve(args.home)
    session = unlock(home, read_passphrase())
    for warning in session.warnings:  # e.g. the newest data would not open: older data printed
        print(f"continuity-app: WARNING: {warning}", file=sys.stderr)
    try:
        store = session.store
        unit_id = args.unit
        scope = store.meta.get("scope", "")
        if unit_id is None and args.pack not in ("vehicles", "contacts") and store.unit(scope):
            unit_id = scope
        info = _write(out, lambda f: render_pack(
            store, args.pack, f, unit_id=unit_id, date=day, citizen_id=args.citizen,
            stamp=stamp_for(store)))
        session.audit("print", pack=args.pack, unit_id=unit_id, citizen_id=args.citizen,
                      citizen_ids=list(info.citizen_ids), count=info.citizens,
                      date=day.isoformat() if day else None, pages=info.pages,
                      out=str(out.resolve()))
    finally:
        session.lock()
    print(f"{info.title}: {info.pages} pages written to {out}")
    print(f"continuity-app: WARNING: {out.resolve()} is an unencrypted PDF with health data; "
          "print it, keep it safe and delete it when done.", file=sys.stderr)
    return int(ExitCode.OK)


def _write(out: Path, render: Callable[[BinaryIO], PackInfo]) -> PackInfo:
    """Stream the pack into a private temporary file beside ``out``, then rename it."""
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as f:
            info = render(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except OSError as err:
        _remove(tmp)
        raise DiskError(f"cannot write {out}: {err.strerror}") from err
    except BaseException:
        _remove(tmp)
        raise
    return info


def _remove(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
