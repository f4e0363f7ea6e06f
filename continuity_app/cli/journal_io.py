"""``continuity-app journal export|import``: the hand-back file and the readable views."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from continuity_app.errors import DiskError, ExitCode, SetupError, UsageError

PLAIN_WARNING = (
    "WARNING: {out} holds the journal UNENCRYPTED (health data): keep it safe and "
    "delete it when the entries are typed in."
)


def _check_file_target(out: Path) -> None:
    if out.is_dir():
        raise UsageError(f"--out {out} is a folder; name the file to write")
    if not out.parent.is_dir():
        raise DiskError(f"the folder {out.parent} does not exist; create it or choose another --out")


def run_export(args: argparse.Namespace) -> int:
    from continuity_app.cli.journal_add import _session
    from continuity_app.journal import Journal

    out = Path(args.out).expanduser()
    if args.plain:
        if out.exists() and not out.is_dir():
            raise UsageError(f"--out {out} is a file; with --plain name a folder")
        if not out.parent.is_dir():
            raise DiskError(f"the folder {out.parent} does not exist; create it or choose another --out")
    else:
        _check_file_target(out)
    with _session(args.home) as session:
        journal = Journal.open(session)
        if args.plain:
            from continuity_app.journal.views import write_views

            print("continuity-app: " + PLAIN_WARNING.format(out=out.resolve()), file=sys.stderr)
            written = write_views(out, journal.entries(), session.store)
            session.audit("journal_plain", count=len(journal.entries()), out=str(out.resolve()), result="ok")
            print(f"{len(written)} files written to {out}")
            return int(ExitCode.OK)
        from continuity_app.journal.exchange import export_handback

        result = export_handback(journal, out)
    m = result.manifest
    counts = ", ".join(f"{k} {v}" for k, v in m["counts"].items()) or "none"
    print(
        f"Hand-back file written: {out}  ({m['entries']} entries: {counts}; "
        f"{result.carried} colleague(s)' journals carried)"
    )
    print(f"Encrypted to: {', '.join(result.recipients)}")
    for problem in result.problems:
        print(f"continuity-app: {problem}", file=sys.stderr)
    return int(ExitCode.OK)


def run_import(args: argparse.Namespace) -> int:
    from continuity_app.cli.journal_add import _session
    from continuity_app.journal import Journal
    from continuity_app.journal.exchange import import_handback

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise SetupError(f"{path}: no such file")
    with _session(args.home) as session:
        journal = Journal.open(session)
        result = import_handback(journal, path)
    for reason in result.left_out:
        print(f"continuity-app: left out: {reason}", file=sys.stderr)
    if result.new_entries:
        print(f"{result.new_entries} new entries taken in from {', '.join(result.devices)}")
    else:
        print("Nothing new: every entry in the file is already here.")
    return int(ExitCode.OK)
