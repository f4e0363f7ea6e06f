"""``continuity-app sync``: pull, verify and store the newest bundle. No human, no secret."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from continuity_app.home import ClientHome

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

A laptop with several enrolments (enroll --add) syncs each from its own source, one
line each; --enrolment NAME syncs one. The exit code is the first failure's.

--from DIR takes a publish folder, e.g. a colleague's 'continuity-app share' on a
USB stick: the same checks as from the publisher, so only signatures count.

This is what the operating system's scheduler runs (05:30 and 13:30 by default)."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    parser.add_argument("--home", metavar="DIR", help="client home folder (default: this user's)")
    parser.add_argument(
        "--from",
        dest="from_file",
        metavar="FILE",
        help="take this bundle file (or publish folder, e.g. on a USB stick) instead of the source",
    )
    parser.add_argument(
        "--enrolment", metavar="NAME", help="sync only this enrolment (default: every one on this laptop)"
    )
    parser.add_argument(
        "--quiet", action="store_true", help="print nothing on success (errors still go to stderr)"
    )


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from continuity_app.errors import ExitCode
    from continuity_app.sync import run_sync

    homes = enrolments(args.home, args.enrolment)
    if args.from_file and len(homes) > 1:
        from continuity_app.errors import UsageError

        names = ", ".join(h.enrolment_name for h in homes)
        raise UsageError(
            f"--from: this laptop has several enrolments ({names}); name the one "
            "the files are for with --enrolment NAME"
        )
    from_file = Path(args.from_file).expanduser().resolve() if args.from_file else None
    code = ExitCode.OK
    for home in homes:
        outcome = run_sync(home, from_file=from_file)
        name = f"{home.enrolment_name}: " if len(homes) > 1 else ""
        if not outcome.ok:
            print(f"continuity-app sync: {name}{outcome.message}", file=sys.stderr)
        elif outcome.expired:
            print(f"continuity-app sync: warning: {name}{outcome.message}", file=sys.stderr)
        elif not args.quiet:
            print(f"{name}{outcome.message}")
        if code in (ExitCode.OK, ExitCode.EXPIRED) and outcome.exit_code != ExitCode.OK:
            code = outcome.exit_code
    return int(code)


def enrolments(home_dir: str | None, name: str | None) -> list[ClientHome]:
    """The enrolments a command acts on: the one named, else every one of the home."""
    from continuity_app.errors import UsageError
    from continuity_app.home import ClientHome

    home = ClientHome.resolve(home_dir)
    if name is None:
        return home.enrolments()
    try:
        return [home.enrolment(name)]
    except LookupError as err:
        raise UsageError(f"--enrolment: {err}") from None
