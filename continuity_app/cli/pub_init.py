"""``continuity-publish init --home DIR``: create the publisher's keys and registry."""

from __future__ import annotations

import argparse
from pathlib import Path

from continuity_app.errors import AlreadyExists, ExitCode


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Create a publisher home: a root key (its private key sealed under its own passphrase: "
        "$CONTINUITY_ROOT_PASSPHRASE, or asked twice), an online publishing key that the root "
        "delegates to for about a year (sealed under the publisher passphrase: "
        "$CONTINUITY_PUBLISHER_PASSPHRASE, or asked twice), scopes.json (one scope per unit, plus "
        "krisestab and alle), an empty device registry and sequence counters. "
        "DIR/publisher-key.pub is the root's public key, to pin on every laptop. The root key is "
        "written to DIR/root-key.json, or with --root-out to a folder of its own (a USB stick "
        "meant for a safe); it is needed only to rotate the publishing key or reset a sequence. "
        "Refuses to touch a folder that is not empty."
    )
    parser.add_argument("--home", required=True, metavar="DIR", help="the new publisher home")
    parser.add_argument(
        "--root-out", metavar="DIR", help="write the root key (root-key.json) here instead of into the home"
    )


def run(args: argparse.Namespace) -> int:
    from continuity_app.bundle.keys import fingerprint, grouped
    from continuity_app.publish.home import init_home
    from continuity_app.publish.secret import passphrase_from_env_or_prompt, root_passphrase

    root = Path(args.home)
    if (root / "publisher-key.pub").exists():  # refuse before asking for a passphrase
        raise AlreadyExists(f"{root} already holds a publisher key; not overwriting it")
    root_out = Path(args.root_out).expanduser().resolve() if args.root_out else None
    if root_out is not None and (root_out / "root-key.json").exists():
        raise AlreadyExists(f"{root_out / 'root-key.json'} already exists; not overwriting a root key")
    passphrase = passphrase_from_env_or_prompt(confirm=True)
    root_phrase = root_passphrase(confirm=True)
    home = init_home(root, passphrase, root_passphrase=root_phrase, root_out=root_out)
    fp = fingerprint(home.public_key())
    where = (root_out / "root-key.json") if root_out is not None else home.root_key_file
    print(f"Udgiverhjem oprettet: {home.root}")
    print(
        f"Rodnøgle (root key): {where} — tag en kopi, og læg den i et pengeskab "
        "(se docs/operations.md, 'Rodnøglen')."
    )
    print(f"Offentlig nøgle (fastgøres på hver bærbar): {home.public_key_file}")
    print(f"Fingeraftryk: {grouped(fp)}")
    print("Ret scopes.json for at vælge scopes; tilmeld bærbare med 'continuity-publish device add'.")
    return ExitCode.OK
