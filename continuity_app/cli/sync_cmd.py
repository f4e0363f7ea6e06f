"""``continuity-app sync``: pull, verify and store the newest bundle. No human, no secret."""

from __future__ import annotations

import argparse

DESCRIPTION = """Pull the newest bundle of this laptop's scope from the configured source
(a web address or a folder), check it, and store it as a new generation. It is
kept encrypted: no passphrase is needed, and nothing is decrypted.

A bundle is accepted only if it is signed by the pinned publisher key, is for
this laptop's scope, is newer than anything accepted before, and is addressed
to this laptop. The last 7 good bundles are kept; bad data never replaces good.

Exit 0 when new data was stored or the data is already up to date. Exit 21
(expired) when the data was stored or is held but is past its "valid until":
nothing newer has been published. Any other failure prints one line naming
what went wrong and exits with its own code (see docs/operations.md).

This is what the operating system's scheduler runs (05:30 and 13:30 by default)."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    parser.add_argument("--home", metavar="DIR", help="client home folder (default: this user's)")
    parser.add_argument(
        "--from", dest="from_file", metavar="FILE",
        help="take this bundle file (or publish folder, e.g. on a USB stick) instead of the source",
    )  # fmt: skip
    parser.add_argument(
        "--quiet", action="store_true", help="print nothing on success (errors still go to stderr)"
    )


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from continuity_app.home import ClientHome
    from continuity_app.sync import run_sync

    home = ClientHome.resolve(args.home)
    from_file = Path(args.from_file).expanduser().resolve() if args.from_file else None
    outcome = run_sync(home, from_file=from_file)
    if not outcome.ok:
        print(f"continuity-app sync: {outcome.message}", file=sys.stderr)
    elif outcome.expired:
        print(f"continuity-app sync: warning: {outcome.message}", file=sys.stderr)
    elif not args.quiet:
        print(outcome.message)
    return int(outcome.exit_code)
