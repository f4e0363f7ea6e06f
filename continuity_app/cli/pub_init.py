"""``continuity-publish init --home DIR``: create the publisher's keys and registry."""

from __future__ import annotations

import argparse
from pathlib import Path

from continuity_app.errors import ExitCode


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Create a publisher home: an Ed25519 signing key (its private key encrypted under a "
        "passphrase: $CONTINUITY_PUBLISHER_PASSPHRASE, or asked twice on the terminal), "
        "scopes.json (one scope per unit, plus krisestab and alle), an empty device registry "
        "and sequence counters. DIR/publisher-key.pub is the public key to pin on every laptop. "
        "Refuses to touch a folder that is not empty."
    )
    parser.add_argument("--home", required=True, metavar="DIR", help="the new publisher home")


def run(args: argparse.Namespace) -> int:
    from continuity_app.bundle.keys import fingerprint, grouped
    from continuity_app.publish.home import init_home
    from continuity_app.publish.secret import passphrase_from_env_or_prompt

    root = Path(args.home)
    if (root / "publisher-key.pub").exists():  # refuse before asking for a passphrase
        from continuity_app.errors import KnownError

        raise KnownError(f"{root} already holds a publisher key; not overwriting it", ExitCode.ALREADY_EXISTS)
    passphrase = passphrase_from_env_or_prompt(confirm=True)
    home = init_home(root, passphrase)
    fp = fingerprint(home.public_key())
    print(f"Udgiverhjem oprettet: {home.root}")
    print(f"Offentlig nøgle (fastgøres på hver bærbar): {home.public_key_file}")
    print(f"Fingeraftryk: {grouped(fp)}")
    print("Ret scopes.json for at vælge scopes; tilmeld bærbare med 'continuity-publish device add'.")
    return ExitCode.OK
