"""``continuity-app journal add|list|export|import``: the outage journal from the command line."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from continuity_app.errors import UsageError

if TYPE_CHECKING:
    from continuity_app.journal import Entry

DESCRIPTION = """The outage journal: what was done during an outage (doses, visits, calls,
vehicles, drills), recorded on this laptop, encrypted and hash-chained, and handed back
to municipal IT afterwards. Every action needs the unit's passphrase
(CONTINUITY_PASSPHRASE, or asked).

  add KIND ...        append one entry (pn, effect, given, visit, note, call, vehicle,
                      drill, correction); exit 26 when the dose is already recorded or a
                      PN maximum is passed (repeat with --confirm-duplicate)
  list                the entries, newest first (--citizen, --kind, --json)
  export --out FILE   the hand-back file for IT (encrypted, signed)
  export --plain --out DIR   readable CSV, FHIR and PDF views (health data: keep safe)
  import FILE         take in a colleague's hand-back file of the same scope"""


def configure(parser: argparse.ArgumentParser) -> None:
    from continuity_app.cli import journal_add

    parser.description = DESCRIPTION
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    journal_add.configure(sub)
    show = sub.add_parser(
        "list",
        help="the entries, newest first",
        description="The journal's entries (this laptop's and imported "
        "ones), newest first. A pn dose two hours on without an effect "
        "check is marked as due.",
    )
    show.add_argument("--citizen", metavar="ID", help="only this citizen's entries")
    show.add_argument("--kind", metavar="K", help="only entries of this kind")
    show.add_argument("--json", action="store_true", help="a JSON array of the entries")
    export = sub.add_parser(
        "export",
        help="write the hand-back file (or --plain views)",
        description="Write the whole journal as one hand-back file, "
        "encrypted to municipal IT's hand-back key and to the scope's other "
        "enrolled laptops and signed with this laptop's key; or, with "
        "--plain, the readable views into a folder (CSV per kind, FHIR R4 "
        "MedicationAdministration, a PDF per citizen): NOT encrypted.",
    )
    export.add_argument(
        "--out",
        required=True,
        metavar="FILE|DIR",
        help="the hand-back file (or, with --plain, the folder) to write",
    )
    export.add_argument("--plain", action="store_true", help="readable views instead")
    imp = sub.add_parser(
        "import",
        help="take in a colleague's hand-back file",
        description="Take in a hand-back file of a laptop of the same scope "
        "(e.g. from a USB stick): the union of both journals. Importing twice "
        "changes nothing; a forged, altered or other-scope file is refused.",
    )
    imp.add_argument("file", metavar="FILE", help="the hand-back file")
    for p in (show, export, imp):
        p.add_argument("--home", metavar="DIR", help="client home folder (default: the user's)")


def run(args: argparse.Namespace) -> int:
    if args.action == "add":
        from continuity_app.cli import journal_add

        return journal_add.run(args)
    if args.action == "list":
        return _list_entries(args)
    from continuity_app.cli import journal_io

    if args.action == "export":
        return journal_io.run_export(args)
    return journal_io.run_import(args)


def _list_entries(args: argparse.Namespace) -> int:
    import datetime as dt
    import json

    from continuity_app.cli.journal_add import _session
    from continuity_app.errors import ExitCode
    from continuity_app.journal import KINDS, Journal, entry_json, local_text
    from continuity_app.journal.checks import corrected_ids

    if args.kind is not None and args.kind not in KINDS:
        raise UsageError(f"--kind {args.kind!r} is not one of: {', '.join(KINDS)}")
    with _session(args.home) as session:
        journal = Journal.open(session)
        rows = journal.list(citizen_id=args.citizen, kind=args.kind)
        due = {e.id for e in journal.due_effects(dt.datetime.now(dt.UTC))}
        corrected = corrected_ids(journal.entries())
        problems = journal.own().problems
    if args.json:
        print(
            json.dumps(
                [entry_json(e, due=e.id in due, corrected=e.id in corrected) for e in rows],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        if not rows:
            print("Ingen registreringer.")
        for e in rows:
            marks = [
                m
                for m, on in (
                    ("EFFEKT MANGLER", e.id in due),
                    ("ØVELSE", e.drill),
                    ("RETTET", e.id in corrected),
                )
                if on
            ]
            who = e.citizen_id or e.person or "-"
            print("  ".join([local_text(e.at), e.id, e.kind, e.initials, who, _summary(e), *marks]))
    import sys

    for problem in problems:
        print(f"continuity-app: {problem}", file=sys.stderr)
    return int(ExitCode.OK)


def _summary(e: Entry) -> str:
    f = e.fields
    parts = {
        "pn": [f.get("drug"), f.get("dose"), f.get("reason")],
        "effect": [f"af {f.get('of')}", f.get("effect")],
        "given": [f.get("drug"), f.get("date"), f.get("slot"), f.get("outcome"), f.get("reason")],
        "visit": [f.get("visit_id"), f.get("outcome")],
        "note": [f.get("text")],
        "call": [f.get("tree_id"), f.get("node_id"), f.get("channel"), f.get("result")],
        "vehicle": [f.get("vehicle_id"), f.get("task"), f.get("driver")],
        "drill": [f.get("step"), f.get("text")],
        "correction": [f"retter {f.get('of')}", f.get("reason")],
    }[e.kind]
    return " · ".join(str(p) for p in parts if p)
