"""``continuity-publish``: municipal IT's command that builds and signs the daily bundles."""

from __future__ import annotations

from collections.abc import Sequence

from continuity_app.cli.framework import Command, dispatch

COMMANDS = (
    Command("init", "continuity_app.cli.pub_init", "create the publisher's keys and registry"),
    Command("device", "continuity_app.cli.pub_device", "enroll, revoke and list laptops"),
    Command(
        "build",
        "continuity_app.cli.pub_build",
        "validate the exports and publish one bundle per scope, atomically",
    ),
    Command(
        "journal",
        "continuity_app.cli.pub_journal",
        "verify and merge the laptops' journal hand-back files after an outage",
    ),
    Command("verify", "continuity_app.cli.pub_verify", "check a bundle's signature, print its header"),
    Command("key", "continuity_app.cli.pub_key", "rotate the publishing key (needs the root key)"),
    Command(
        "sequence",
        "continuity_app.cli.pub_sequence",
        "reset a scope's sequences after a fast-forward (needs the root key)",
    ),
)

DESCRIPTION = "Nødkopi publisher — builds, signs and encrypts the daily bundles."


def main(argv: Sequence[str] | None = None) -> int:
    return dispatch("continuity-publish", DESCRIPTION, COMMANDS, argv)
