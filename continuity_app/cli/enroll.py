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
the old device)."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    parser.add_argument("--unit", required=True, metavar="U",
                        help="the scope: a unit id, 'krisestab' or 'alle'")
    parser.add_argument("--source", required=True, metavar="URL_OR_DIR",
                        help="where the bundles are pulled from: an http(s) URL or a folder")
    parser.add_argument("--publisher-key", required=True, metavar="FILE",
                        help="the publisher's public key file (publisher-key.pub) to pin")
    parser.add_argument("--out", metavar="REQUEST.json", default="REQUEST.json",
                        help="where to write the enrollment request (default: REQUEST.json)")
    parser.add_argument("--home", metavar="DIR", help="client home folder (default: the user's)")
    parser.add_argument("--force", action="store_true",
                        help="enroll again with new keys even if this home is already enrolled")


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
    if home.device.exists() and not args.force:
        enroll_refusal = f"{home.device}: this home is already enrolled; use --force to enroll "
        raise AlreadyExists(enroll_refusal + "it again (new keys: IT must add the new request)")
    passphrase = read_new_passphrase(ENV_PASSPHRASE, "The unit's passphrase: ")
    print("Measuring this laptop to choose the key-derivation strength …")
    result = enroll(home, scope=args.unit, source=args.source,
                    publisher_key_file=Path(args.publisher_key), passphrase=passphrase,
                    out=out, force=args.force)
    for path in result.replaced:
        print(f"Kept the previous enrollment's file as {path}")
    print(f"Enrolled device {result.device_id} for scope '{result.scope}' in {home.root}")
    print(f"Pinned publisher key: {grouped(result.fingerprint)}")
    print(f"Enrollment request written to {result.request_path}: give it to municipal IT "
          "('continuity-publish device add').")
    import sys

    for warning in result.warnings:
        print(f"continuity-app: warning: the laptop IS enrolled, but {warning}", file=sys.stderr)
    return int(ExitCode.OK)
