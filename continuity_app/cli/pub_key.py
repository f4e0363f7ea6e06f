"""``continuity-publish key rotate``: a new publishing key, delegated by the root."""

from __future__ import annotations

import argparse
from pathlib import Path

from continuity_app.errors import ExitCode

DESCRIPTION = """Make a new publishing key and have the root delegate to it. The next build
signs with it; laptops follow on their next sync without re-enrolment, and from
then on refuse bundles signed by the old key (exit 12). Needs the publisher
passphrase ($CONTINUITY_PUBLISHER_PASSPHRASE; the new key is sealed under it) and
the root key's ($CONTINUITY_ROOT_PASSPHRASE), with --root FILE when the root key
is not in the home.

A home made before the root of trust gets its root here instead (written to the
home or --root-out DIR): the existing key stays, now delegated, so that laptops
that pin it move to the root with the next bundle. Run 'key rotate' again once
every laptop has synced after that, to retire the old key."""


def add_root_option(parser: argparse.ArgumentParser) -> None:
    """``--root FILE``: the root key file, for every command that needs the root."""
    parser.add_argument("--root", metavar="FILE", help="the root key file (default: DIR/root-key.json)")


def root_file(args: argparse.Namespace) -> Path | None:
    """The ``--root`` file given, or None for the publisher home's own ``root-key.json``."""
    return Path(args.root).expanduser() if args.root else None


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    rotate = sub.add_parser(
        "rotate",
        help="make a new publishing key, delegated by the root",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rotate.add_argument("--home", required=True, metavar="DIR", help="the publisher home")
    add_root_option(rotate)
    rotate.add_argument(
        "--root-out", metavar="DIR", help="a home without a root yet: write the new root key here"
    )


def run(args: argparse.Namespace) -> int:
    from continuity_app.bundle.keys import grouped
    from continuity_app.publish.root import rotate_key
    from continuity_app.publish.secret import passphrase_from_env_or_prompt, root_passphrase

    passphrase = passphrase_from_env_or_prompt(confirm=False)
    home = Path(args.home)
    has_root = (home / "delegation.json").exists()
    root_phrase = root_passphrase(confirm=not has_root)
    result = rotate_key(
        home,
        passphrase=passphrase,
        root_passphrase=root_phrase,
        root_file=root_file(args),
        root_out=Path(args.root_out).expanduser().resolve() if args.root_out else None,
    )
    if result.legacy:
        print(f"Rodnøgle oprettet: {result.created_root} — læg en kopi i et pengeskab.")
        print("publisher-key.pub er nu rodnøglens; bærbare flytter til den ved næste synkronisering.")
        print("Kør 'continuity-publish key rotate' igen, når alle bærbare har synkroniseret.")
    else:
        print(f"Ny udgivernøgle (delegation {result.version}): {grouped(result.publishing_fingerprint)}")
    print(f"Gyldig til: {result.expires_at:%Y-%m-%d}")
    return ExitCode.OK
