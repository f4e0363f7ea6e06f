"""The CLI tests' installation fixtures live in cli_support.py (importable by name)."""

from cli_support import *  # noqa: F403
