"""``continuity-app enroll``: create this laptop's keys and the enrollment request for IT."""

from __future__ import annotations

import argparse

from continuity_app.errors import AlreadyExists, UsageError

DESCRIPTION = """Create this laptop's keys and write the enrollment request for municipal IT.

The laptop gets an X25519 key pair whose private key is locked with the unit's
passphrase (asked twice, or taken from CONTINUITY_PASSPHRASE); the publisher's
public key is pinned, so only bundles signed by it are ever accepted. Give the
request file (REQUEST.json unless --out says otherwise) to IT, who add it with
'continuity-publish device add'. The passphrase must be at least 10 characters:
it is kept on paper in a sealed envelope, so make it long, not clever.

An enrolled home is never overwritten unless --force is given; then new keys are
made, the old device file and audit log are kept beside them (named with the old
device id), the old data is removed, and IT must add the new request (and revoke
the old device).

A laptop may hold enrolments with several publishers (municipalities that share a
preparedness plan): 'enroll --add NAME' adds one beside those there are, under its
own name (e.g. --add skive), with its own pinned key, scope and data. It asks for
the passphrase the laptop already has (one passphrase opens every enrolment).
'--name NAME' names the first enrolment (default: main)."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    parser.add_argument(
        "--unit", required=True, metavar="U", help="the scope: a unit id, 'krisestab' or 'alle'"
    )
    parser.add_argument(
        "--source",
        required=True,
        metavar="URL_OR_DIR",
        help="where the bundles are pulled from: an http(s) URL or a folder",
    )
    parser.add_argument(
        "--publisher-key",
        required=True,
        metavar="FILE",
        help="the publisher's public key file (publisher-key.pub) to pin",
    )
    parser.add_argument(
        "--out",
        metavar="REQUEST.json",
        default="REQUEST.json",
        help="where to write the enrollment request (default: REQUEST.json)",
    )
    parser.add_argument("--home", metavar="DIR", help="client home folder (default: the user's)")
    parser.add_argument(
        "--add",
        metavar="NAME",
        help="add an enrolment with another publisher under this name, beside the existing one(s)",
    )
    parser.add_argument(
        "--name", metavar="NAME", help="the name of this home's first enrolment (default: main)"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="enroll again with new keys even if this home is already enrolled",
    )


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from continuity_app.bundle.keys import grouped
    from continuity_app.errors import ExitCode, KnownError
    from continuity_app.home import ClientHome
    from continuity_app.passphrases import ENV_PASSPHRASE, read_new_passphrase
    from continuity_app.paths import check_out
    from continuity_app.sync.sources import open_source
    from continuity_app.vault.enroll import enroll

    out = check_out(Path(args.out))
    try:  # the syntax only: a folder or server that is not reachable yet is fine today
        open_source(args.source)
    except KnownError as err:
        raise UsageError(f"--source: {str(err).removeprefix('config.json: ')}") from None
    home = ClientHome.resolve(args.home)
    if args.add is not None:
        from continuity_app.passphrases import read_passphrase
        from continuity_app.vault.enroll import enroll_added

        passphrase = read_passphrase("This laptop's passphrase: ")
        print("Adding the enrolment with the laptop's key-derivation strength …")
        target, result = enroll_added(
            home,
            args.add,
            scope=args.unit,
            source=args.source,
            publisher_key_file=Path(args.publisher_key),
            passphrase=passphrase,
            out=out,
            force=args.force,
        )
        where = target.root
    else:
        if home.device.exists() and not args.force:
            enroll_refusal = f"{home.device}: this home is already enrolled; use --force to enroll "
            raise AlreadyExists(
                enroll_refusal + "it again (new keys: IT must add the new request), "
                "or --add NAME to add another publisher's"
            )
        name, where = _first_name(args.name), home.root
        passphrase = read_new_passphrase(ENV_PASSPHRASE, "The unit's passphrase: ")
        print("Measuring this laptop to choose the key-derivation strength …")
        result = enroll(
            home,
            scope=args.unit,
            source=args.source,
            publisher_key_file=Path(args.publisher_key),
            passphrase=passphrase,
            out=out,
            force=args.force,
        )
        if name:
            from continuity_app import settings

            values = settings.load(home.config)
            values["enrolment_name"] = name
            settings.save(home.config, values)
    for path in result.replaced:
        print(f"Kept the previous enrollment's file as {path}")
    print(f"Enrolled device {result.device_id} for scope '{result.scope}' in {where}")
    print(f"Pinned publisher key: {grouped(result.fingerprint)}")
    print(
        f"Enrollment request written to {result.request_path}: give it to municipal IT "
        "('continuity-publish device add')."
    )
    import sys

    for warning in result.warnings:
        print(f"continuity-app: warning: the laptop IS enrolled, but {warning}", file=sys.stderr)
    return int(ExitCode.OK)


def _first_name(name: str | None) -> str:
    from continuity_app.home import check_enrolment_name

    if name is None:
        return ""
    try:
        return check_enrolment_name(name)
    except ValueError as err:
        raise UsageError(f"--name: {err}") from None
