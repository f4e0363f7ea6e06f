"""``continuity-app``: the laptop's command. Without a subcommand it opens the desktop app."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence

from continuity_app.cli.framework import Command, dispatch

COMMANDS = (
    Command("gui", "continuity_app.cli.gui_cmd", "open the desktop app (the default)"),
    Command(
        "demo",
        "continuity_app.cli.demo",
        "make a complete demo installation from generated data and open it",
    ),
    Command(
        "demo-exports",
        "continuity_app.cli.demo_exports",
        "write a realistic, fictitious exchange folder of care-system exports",
    ),
    Command(
        "enroll",
        "continuity_app.cli.enroll",
        "create this laptop's keys and the enrollment request for municipal IT",
    ),
    Command("sync", "continuity_app.cli.sync_cmd", "pull, verify and store the newest bundle"),
    Command(
        "share",
        "continuity_app.cli.share",
        "write this laptop's verified bundles to a folder or USB stick for a colleague",
    ),
    Command("status", "continuity_app.cli.status", "show data age, scope, sequence and last sync"),
    Command("print", "continuity_app.cli.print_cmd", "write a print pack as PDF without the GUI"),
    Command("audit", "continuity_app.cli.audit", "export the audit log and check its hash chain"),
    Command(
        "journal",
        "continuity_app.cli.journal",
        "the outage journal: add, list, export (hand-back) and import entries",
    ),
    Command("passphrase", "continuity_app.cli.passphrase", "change the unit's passphrase"),
    Command(
        "selftest",
        "continuity_app.cli.selftest",
        "check an installed copy offline: demo data, main window offscreen, a PDF (also --selftest)",
    ),
)

log = logging.getLogger(__name__)

DESCRIPTION = """Nødkopi — the emergency copy of care data on this laptop.

Without a command, opens the desktop app on the default home."""


def main(argv: Sequence[str] | None = None) -> int:
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--selftest"]:  # the packaged program's offline smoke test
        args[0] = "selftest"
    return dispatch(
        "continuity-app", DESCRIPTION, COMMANDS, args, default="gui", on_start=remove_unfinished_outputs
    )


def remove_unfinished_outputs(args: argparse.Namespace) -> None:
    """Every command first removes the partial PDFs or exports a killed command left."""
    from continuity_app.home import ClientHome
    from continuity_app.paths import remove_unfinished

    try:
        home = ClientHome.resolve(getattr(args, "home", None))
    except (OSError, RuntimeError):
        return
    for path in remove_unfinished(home.unfinished_outputs):
        log.info("removed %s, left by a command that was killed while writing it", path)
