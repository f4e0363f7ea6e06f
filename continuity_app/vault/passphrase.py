"""The unit's passphrase: the rule it must meet, reading it, and changing it.

The passphrase is written on paper and kept in a sealed envelope, so there is no
need for it to be memorable: length beats complexity. The rule is at least
:data:`MIN_LENGTH` characters, and not one character repeated.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sys

from continuity_app.errors import ExitCode, KnownError
from continuity_app.home import ClientHome
from continuity_app.kdf import ScryptParams, measure
from continuity_app.vault import audit
from continuity_app.vault.keys import open_keys

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
        raise KnownError(f"no passphrase: set {env} or run this command in a terminal",
                         ExitCode.USAGE)
    return getpass.getpass(prompt)


def read_new_passphrase(env: str, prompt: str = "New passphrase: ") -> str:
    """A new passphrase from ``env``, or asked twice on the terminal; checked against the rule."""
    value = os.environ.get(env)
    if value is None:
        if not sys.stdin.isatty():
            raise KnownError(f"no passphrase: set {env} or run this command in a terminal",
                             ExitCode.USAGE)
        value = getpass.getpass(prompt)
        check_new_passphrase(value)
        again = getpass.getpass("The same passphrase again: ")
        if again != value:
            raise KnownError("the two passphrases differ; nothing was changed", ExitCode.USAGE)
    check_new_passphrase(value)
    return value


def change_passphrase(home: ClientHome, old: str, new: str, *, now: dt.datetime | None = None,
                      kdf: ScryptParams | None = None) -> None:
    """Rewrap the device's keys under ``new`` (fresh salt, parameters measured again).

    ``device.json`` is replaced atomically: a crash leaves the old or the new
    passphrase working, never neither. The old passphrase is checked under the
    same lockout as unlocking.
    """
    check_new_passphrase(new)
    device, keys = open_keys(home, old, now=now, purpose="passphrase_changed")
    params = kdf.with_new_salt() if kdf is not None else measure()
    device.rewrapped(keys, new, params).save(home.device)
    audit.append(home, "passphrase_changed", now=now, public_key=device.audit_key(), result="ok")
