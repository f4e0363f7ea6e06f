"""Placeholder until its issue lands; replaced by the real command module."""

from __future__ import annotations

import argparse

from continuity_app.errors import ExitCode, KnownError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--home", help="client home folder")


def run(args: argparse.Namespace) -> int:
    raise KnownError("this command is not built yet", ExitCode.NOT_SET_UP)
