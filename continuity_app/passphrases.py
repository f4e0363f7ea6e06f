"""Passphrases: the rule a new one must meet, and reading one from the environment or a terminal.

Both the unit's passphrase (the laptop's keys) and the publisher's (the signing key)
are written on paper and kept in a sealed envelope, so there is no need for them to
be memorable: length beats complexity. The rule is at least :data:`MIN_LENGTH`
characters, and not one character repeated. Scripts and tests pass them in
environment variables; without one, the terminal asks (never echoing), and with no
terminal the command says so instead of hanging.
"""

from __future__ import annotations

import getpass
import os
import sys

from continuity_app.errors import ExitCode, KnownError, UsageError

MIN_LENGTH = 10
ENV_PASSPHRASE = "CONTINUITY_PASSPHRASE"
ENV_NEW_PASSPHRASE = "CONTINUITY_NEW_PASSPHRASE"


class WeakPassphrase(KnownError):
    exit_code = ExitCode.INVALID_INPUT


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase that is too short to resist guessing, saying why."""
    text = passphrase.strip()
    if len(text) < MIN_LENGTH:
        raise WeakPassphrase(
            f"the passphrase must be at least {MIN_LENGTH} characters (it has {len(text)}); it is "
            "kept on paper in a sealed envelope, so make it long rather than clever, "
            "e.g. four ordinary words"
        )
    if len(set(text)) < 4:
        raise WeakPassphrase("the passphrase repeats too few different characters; use words")


def read_passphrase(prompt: str = "Passphrase: ", env: str = ENV_PASSPHRASE) -> str:
    """From ``env`` if set (scripts, tests), else asked on the terminal without echo."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"no passphrase: set {env} or run this command in a terminal")
    return getpass.getpass(prompt)


def read_new_passphrase(env: str, prompt: str = "New passphrase: ") -> str:
    """A new passphrase from ``env``, or asked twice on the terminal; checked against the rule."""
    value = os.environ.get(env)
    if value is None:
        if not sys.stdin.isatty():
            raise UsageError(f"no passphrase: set {env} or run this command in a terminal")
        value = getpass.getpass(prompt)
        check_new_passphrase(value)
        again = getpass.getpass("The same passphrase again: ")
        if again != value:
            raise UsageError("the two passphrases differ; nothing was changed")
    check_new_passphrase(value)
    return value
