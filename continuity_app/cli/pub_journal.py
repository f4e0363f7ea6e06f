"""``continuity-publish journal collect``: every laptop's hand-back file, verified and merged."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from continuity_app.errors import ExitCode, UsageError

DESCRIPTION = """After an outage: decrypt and verify every laptop's journal hand-back file
against the device registry (signed by an enrolled, non-revoked device; the chain of
each device's entries intact; gaps in a device's counter reported), merge them, and
write into DIR: the readable views (a CSV per kind, medication-administrations.fhir.json,
a PDF per citizen under borgere/), per-citizen re-entry lists in time order under
genindtastning/ (CSV and PDF; drill entries never), and flags.csv
(kind;citizen_id;entries;message: double_dose, pn_over_max, effect_missing,
clock_backwards, gap, unknown_citizen, drill). Needs the publisher passphrase
(CONTINUITY_PUBLISHER_PASSPHRASE) for IT's hand-back key. A file that fails a check is
named on stderr and left out; the exit code is then that check's (12 bad signature,
13 wrong scope, 11 damaged). A colleague's entries that a good file carries but that
fail their own check (their laptop revoked since) are left out alone and named.
The output holds health data: keep it safe."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser(
        "collect",
        help="verify and merge the laptops' hand-back files",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--in",
        dest="inputs",
        action="append",
        required=True,
        metavar="FILE",
        help="a hand-back file (repeat for each laptop)",
    )
    p.add_argument("--out", required=True, metavar="DIR", help="the folder to write")
    p.add_argument("--home", required=True, metavar="PUB", help="the publisher home")


def run(args: argparse.Namespace) -> int:
    from continuity_app.errors import DiskError
    from continuity_app.journal.collect import collect
    from continuity_app.publish.secret import passphrase_from_env_or_prompt

    out = Path(args.out).expanduser()
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} is a file; name a folder")
    if not out.parent.is_dir():
        raise DiskError(f"the folder {out.parent} does not exist; create it or choose another --out")
    inputs = [Path(p).expanduser() for p in args.inputs]
    result = collect(Path(args.home), inputs, out, passphrase=passphrase_from_env_or_prompt(confirm=False))
    for _path, err in result.refused:
        print(f"continuity-publish: refused: {err}", file=sys.stderr)
    for _path, err in result.left_out:
        print(f"continuity-publish: left out (the rest of the file is taken): {err}", file=sys.stderr)
    counts: dict[str, int] = {}
    for f in result.flags:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    shown = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"
    print(
        f"{result.files} hand-back file(s), {result.entries} entries from "
        f"{len(result.devices)} laptop(s) merged into {out}; flags: {shown}"
    )
    print(f"WARNING: {out.resolve()} holds health data unencrypted: keep it safe.", file=sys.stderr)
    if result.refused:
        return int(result.refused[0][1].exit_code)
    return int(ExitCode.OK)
