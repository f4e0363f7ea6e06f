"""``continuity-app passphrase``: change the unit's passphrase on this laptop."""

from __future__ import annotations

import argparse

DESCRIPTION = """Change the unit's passphrase on this laptop.

The current passphrase comes from CONTINUITY_PASSPHRASE or is asked for; the new
one from CONTINUITY_NEW_PASSPHRASE or is asked twice. The device key is locked
again under the new passphrase in one atomic step: a crash leaves either the old
or the new passphrase working. Wrong tries count towards the same delay as
unlocking. Write the new passphrase on paper and seal it in the envelope."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    parser.add_argument("--home", metavar="DIR", help="client home folder (default: the user's)")


def run(args: argparse.Namespace) -> int:
    from continuity_app.errors import ExitCode
    from continuity_app.home import ClientHome
    from continuity_app.passphrases import ENV_NEW_PASSPHRASE, read_new_passphrase, read_passphrase
    from continuity_app.vault.device import DeviceFile
    from continuity_app.vault.passphrase import change_passphrase

    home = ClientHome.resolve(args.home)
    DeviceFile.load(home.device)  # not enrolled: say so before asking anything
    old = read_passphrase("Current passphrase: ")
    new = read_new_passphrase(ENV_NEW_PASSPHRASE)
    import sys

    warnings = change_passphrase(home, old, new)
    print(f"The passphrase of {home.root} is changed. Seal the new one in the unit's envelope.")
    for warning in warnings:
        print(f"continuity-app: warning: the passphrase IS changed, but {warning}", file=sys.stderr)
    return int(ExitCode.OK)
