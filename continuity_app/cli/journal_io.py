"""``continuity-app journal export|import``: the hand-back file and the readable views."""

from __future__ import annotations

import argparse

from continuity_app.errors import ExitCode, KnownError


def run_export(args: argparse.Namespace) -> int:
    raise KnownError("journal export is not available yet", ExitCode.USAGE)


def run_import(args: argparse.Namespace) -> int:
    raise KnownError("journal import is not available yet", ExitCode.USAGE)
