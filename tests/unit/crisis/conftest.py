"""Fixtures for the crisis tools live in crisis_support.py (importable by name)."""

from crisis_support import *  # noqa: F403
