"""``continuity-publish sequence reset``: recover a scope from a sequence pushed absurdly high."""

from __future__ import annotations

import argparse
from pathlib import Path

from continuity_app.cli.pub_key import add_root_option, root_file
from continuity_app.errors import ExitCode

DESCRIPTION = """Recover from a fast-forward: a stolen publishing key published a bundle with
an absurdly high sequence, and laptops now refuse every real bundle as a replay.
This writes a reset signed by the root key: the scope's next bundle opens a new
epoch, which laptops accept (and every later one in order) without re-enrolment,
while the thief's bundles, of the old epoch, stay refused. Rotate the publishing
key first ('continuity-publish key rotate'), or the thief can do it again.

Needs the root key's passphrase ($CONTINUITY_ROOT_PASSPHRASE) and --root FILE
when the root key is not in the home. Then run the daily build."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    reset = sub.add_parser(
        "reset",
        help="a root-signed reset of one scope's sequences",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    reset.add_argument("--scope", required=True, metavar="S", help="the scope to reset")
    reset.add_argument("--home", required=True, metavar="DIR", help="the publisher home")
    add_root_option(reset)


def run(args: argparse.Namespace) -> int:
    from continuity_app.publish.root import reset_sequence
    from continuity_app.publish.secret import root_passphrase

    result = reset_sequence(
        Path(args.home),
        args.scope,
        root_passphrase=root_passphrase(confirm=False),
        root_file=root_file(args),
    )
    print(
        f"Sekvensnulstilling for {result.scope}: epoke {result.epoch}. Kør nu den daglige udgivelse "
        "(continuity-publish build)."
    )
    return ExitCode.OK
