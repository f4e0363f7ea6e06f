"""``continuity-app journal add KIND``: the arguments of each kind, and appending one entry."""

from __future__ import annotations

import argparse
import sys

from continuity_app.errors import UsageError

#: kind -> (flag, field, help); "-" as a value reads the text from standard input.
FLAGS: dict[str, list[tuple[str, str, str]]] = {
    "pn": [
        ("--citizen", "citizen_id", "the citizen's id"),
        ("--person", "person", '"NAME, CPR" of someone not in the data (instead of --citizen)'),
        ("--medication", "medication_id", "the medication's id on the list"),
        ("--drug", "drug", "the drug, when it is not on the list (instead of --medication)"),
        ("--dose", "dose", "the dose given, e.g. '1 tablet'"),
        ("--reason", "reason", "why it was given"),
    ],
    "effect": [("--of", "of", "the id of the pn entry"), ("--effect", "effect", "the effect seen")],
    "given": [
        ("--citizen", "citizen_id", "the citizen's id"),
        ("--person", "person", '"NAME, CPR" of someone not in the data'),
        ("--medication", "medication_id", "the medication's id"),
        ("--date", "date", "DD-MM-YYYY or YYYY-MM-DD"),
        ("--slot", "slot", "morgen, middag, aften, nat or HH:MM"),
        ("--outcome", "outcome", "givet, ikke-givet, afvist or ikke-hjemme"),
        ("--reason", "reason", "why not given (needed unless givet)"),
        ("--note", "note", "a note"),
    ],
    "visit": [
        ("--visit", "visit_id", "the visit's id"),
        ("--outcome", "outcome", "udført, ikke-udført or flyttet"),
        ("--note", "note", "a note"),
    ],
    "note": [
        ("--citizen", "citizen_id", "the citizen's id"),
        ("--person", "person", '"NAME, CPR" of someone not in the data'),
        ("--text", "text", "the observation (a fall, oxygen left, a key that did not work)"),
    ],
    "call": [
        ("--tree", "tree_id", "the contact tree's id"),
        ("--node", "node_id", "the person's node id"),
        ("--channel", "channel", "mobil, fastnet, radio, løber, fremmødt or andet"),
        ("--result", "result", "nået, ikke-nået or besked-lagt"),
        ("--note", "note", "a note"),
        ("--run", "run", "start: this call begins a new run of the tree"),
    ],
    "vehicle": [
        ("--vehicle", "vehicle_id", "the vehicle's id"),
        ("--task", "task", "the task"),
        ("--driver", "driver", "who drives"),
        ("--from", "from", 'from when ("DD-MM-YYYY HH:MM" or HH:MM)'),
        ("--until", "until", 'until when ("DD-MM-YYYY HH:MM" or HH:MM)'),
        ("--km", "km", "kilometres driven"),
        ("--stock", "stock_id", "fuel stock drawn from"),
        ("--litres", "litres", "litres drawn (with --stock)"),
    ],
    "drill": [("--step", "step", "start, step or end"), ("--text", "text", "what happened")],
    "correction": [("--of", "of", "the id of the entry it corrects"), ("--reason", "reason", "why")],
}

#: The value's name in --help, as the documentation writes the commands.
METAVARS = {
    "--citizen": "ID",
    "--person": '"NAME, CPR"',
    "--medication": "MID",
    "--drug": "TEXT",
    "--dose": "TEXT",
    "--reason": "TEXT",
    "--of": "ENTRY_ID",
    "--effect": "TEXT",
    "--date": "D",
    "--slot": "(morgen|middag|aften|nat|HH:MM)",
    "--note": "TEXT",
    "--visit": "VID",
    "--text": "TEXT",
    "--tree": "TID",
    "--node": "NID",
    "--channel": "(mobil|fastnet|radio|løber|fremmødt|andet)",
    "--result": "(nået|ikke-nået|besked-lagt)",
    "--run": "start",
    "--vehicle": "VID",
    "--task": "TEXT",
    "--driver": "TEXT",
    "--from": "T",
    "--until": "T",
    "--km": "N",
    "--stock": "SID",
    "--litres": "N",
    "--step": "(start|step|end)",
}
OUTCOMES = {"given": "(givet|ikke-givet|afvist|ikke-hjemme)", "visit": "(udført|ikke-udført|flyttet)"}

KIND_HELP = {
    "pn": "an as-needed (PN) dose given",
    "effect": "the effect checked after a PN dose",
    "given": "a scheduled dose given or not given",
    "visit": "a visit done, not done or moved",
    "note": "an observation about a citizen",
    "call": "a contact-tree call attempt",
    "vehicle": "a vehicle assigned to a task (and fuel drawn)",
    "drill": "the start, a step or the end of a drill",
    "correction": "a correction of an earlier entry (entries are never edited)",
}


def configure(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    add = sub.add_parser(
        "add",
        help="append one entry (for scripts; the app is the main way)",
        description="Append one entry to this laptop's journal. Needs the "
        "unit's passphrase (CONTINUITY_PASSPHRASE, or asked). A free-text value "
        "given as '-' is read from standard input.",
    )
    kinds = add.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind, flags in FLAGS.items():
        p = kinds.add_parser(kind, help=KIND_HELP[kind], description=KIND_HELP[kind])
        for flag, dest, text in flags:
            metavar = OUTCOMES[kind] if flag == "--outcome" else METAVARS[flag]
            p.add_argument(flag, dest=f"f_{dest}", metavar=metavar, help=text)
        p.add_argument("--at", metavar='"DD-MM-YYYY HH:MM"', help="when it happened (default: now)")
        p.add_argument("--initials", metavar="XX", help="your initials, 1–4 letters")
        p.add_argument(
            "--confirm-duplicate",
            action="store_true",
            help="record it although the same dose is recorded or the PN maximum is passed",
        )
        p.add_argument("--home", metavar="DIR", help="client home folder (default: the user's)")


def fields_of(args: argparse.Namespace) -> dict[str, object]:
    """The kind's fields from the arguments; one '-' value is read from standard input."""
    out: dict[str, object] = {}
    stdin_used = False
    for _flag, dest, _text in FLAGS[args.kind]:
        value = getattr(args, f"f_{dest}")
        if value == "-":
            if stdin_used:
                raise UsageError("only one value can be read from standard input ('-')")
            value = sys.stdin.read().strip()
            stdin_used = True
        if value is not None:
            out[dest] = value
    return out


def run(args: argparse.Namespace) -> int:
    from continuity_app.errors import ExitCode
    from continuity_app.journal import Journal, local_text, parse_when
    from continuity_app.journal.validate import check_initials

    fields = fields_of(args)
    at = parse_when(args.at) if args.at else None
    check_initials(args.initials or "")  # refuse before asking for the passphrase
    with _session(args.home) as session:
        result = Journal.open(session).add(
            args.kind, fields, initials=args.initials, at=at, confirm_duplicate=args.confirm_duplicate
        )
    for warning in result.warnings:
        print(f"continuity-app: advarsel: {warning}", file=sys.stderr)
    e = result.entry
    drill = " · ØVELSE" if e.drill else ""
    print(f"Registreret: {e.id}  {e.kind}  {local_text(e.at)}  {e.initials}{drill}")
    return int(ExitCode.OK)


def _session(home_dir: str | None):  # type: ignore[no-untyped-def]
    from continuity_app.home import ClientHome
    from continuity_app.passphrases import read_passphrase
    from continuity_app.vault import unlock

    return unlock(ClientHome.resolve(home_dir), read_passphrase())
