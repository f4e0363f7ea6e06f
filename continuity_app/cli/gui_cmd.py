"""``continuity-app [gui] [--home DIR]``: open the desktop app (the default command)."""

from __future__ import annotations

import argparse

from continuity_app.errors import ExitCode, KnownError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--home", help="client home folder (default: CONTINUITY_HOME or the "
                        "platform's user data folder)")


def run(args: argparse.Namespace) -> int:
    from continuity_app.home import ClientHome

    home = ClientHome.resolve(args.home)
    if not home.is_enrolled():
        raise KnownError(
            f"{home.root}: this laptop is not enrolled yet; run 'continuity-app enroll' "
            "(or 'continuity-app demo' to try the app on demo data)", ExitCode.NOT_SET_UP)
    from continuity_app.gui.app import available

    if not available():
        raise KnownError("no display to open the app on (set DISPLAY, or use "
                         "'continuity-app status' and 'continuity-app print' instead)",
                         ExitCode.NOT_SET_UP)
    from continuity_app.gui.app import run as run_app

    return run_app(home)
