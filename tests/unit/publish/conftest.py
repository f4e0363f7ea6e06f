"""Fixtures and hooks for this folder live in publish_support.py (importable by name from the tests,
unlike a conftest module, which pytest loads once per folder under the same name)."""

from publish_support import *  # noqa: F403
