"""``continuity-app [gui] [--home DIR]``: open the desktop app (the default command)."""

from __future__ import annotations

import argparse

from continuity_app.errors import SetupError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--home", help="client home folder (default: CONTINUITY_HOME or the platform's user data folder)"
    )


def run(args: argparse.Namespace) -> int:
    from continuity_app.home import ClientHome

    home = ClientHome.resolve(args.home)
    if not home.is_enrolled():
        raise SetupError(
            f"{home.root}: this laptop is not enrolled yet; run 'continuity-app enroll' "
            "(or 'continuity-app demo' to try the app on demo data)"
        )
    from continuity_app.gui.app import available

    if not available():
        raise SetupError(
            "no display to open the app on (set DISPLAY, or use "
            "'continuity-app status' and 'continuity-app print' instead)"
        )
    from continuity_app.gui.app import run as run_app

    return run_app(home)
