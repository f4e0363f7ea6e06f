"""``continuity-publish build --home DIR --input EXPORTS --out PUBLISH_DIR``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from continuity_app.errors import ExitCode


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Validate the exchange folder and publish one signed, encrypted bundle per scope into "
        "PUBLISH_DIR/<scope>/, with latest.json written last. On any problem in the exports "
        "every problem is listed and nothing is written: the previous bundles stay live. The "
        "publisher passphrase comes from $CONTINUITY_PUBLISHER_PASSPHRASE or the terminal."
    )
    parser.add_argument("--home", required=True, metavar="DIR", help="the publisher home")
    parser.add_argument("--input", required=True, metavar="EXPORTS", help="the exchange folder")
    parser.add_argument("--out", required=True, metavar="PUBLISH_DIR", help="the publish folder")
    parser.add_argument(
        "--allow-shrink",
        action="store_true",
        help="publish even if a scope's citizens, medications or routes fell by more than a "
        "quarter (or to none) since the last publish; without it such a build is refused "
        "(exit code 24), as a failed export job would otherwise wipe every laptop's data",
    )


def run(args: argparse.Namespace) -> int:
    from continuity_app.publish.build import ExportsInvalid, build
    from continuity_app.publish.home import PublisherHome
    from continuity_app.publish.secret import passphrase_from_env_or_prompt
    from continuity_app.publish.shrink import ShrinkRefused

    PublisherHome.open(Path(args.home))  # a missing home fails before the passphrase prompt
    passphrase = passphrase_from_env_or_prompt(confirm=False)
    try:
        summary = build(
            Path(args.home),
            Path(args.input),
            Path(args.out),
            passphrase=passphrase,
            allow_shrink=args.allow_shrink,
        )
    except ShrinkRefused as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        print(f"continuity-publish: {err}", file=sys.stderr)
        return int(err.exit_code)
    except ExportsInvalid as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        for warning in err.warnings:
            print(f"advarsel: {warning}", file=sys.stderr)
        print(f"continuity-publish: {err}", file=sys.stderr)
        return int(err.exit_code)
    from continuity_app.cli.pub_verify import local_time

    print(f"Udgivet {local_time(summary.created_at)} til {summary.out}")
    for item in summary.published:
        counts = ", ".join(f"{k} {v}" for k, v in item.counts.items() if v)
        print(
            f"  {item.scope:<16} sekvens {item.sequence:<6} {item.devices:>4} enhed(er)  "
            f"{item.size / 1e6:8.2f} MB  {counts}"
        )
    if not summary.published:
        print("  Intet udgivet: ingen scope har en tilmeldt enhed.")
    for warning in summary.warnings:
        print(f"advarsel: {warning}", file=sys.stderr)
    return ExitCode.OK
