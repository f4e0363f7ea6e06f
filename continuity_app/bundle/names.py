"""What a scope name and a device id may look like.

Both end up in file names (``<scope>/<scope>-<seq>.bundle``) and in the bundle's
key table, so they are restricted to a safe ASCII alphabet: a letter or digit,
then up to 63 letters, digits, ``.``, ``_`` or ``-``.
"""

from __future__ import annotations

import re

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")

#: The two scopes that are not a unit.
KRISESTAB = "krisestab"
ALLE = "alle"
SPECIAL_SCOPES = (KRISESTAB, ALLE)


def is_valid_name(value: str) -> bool:
    return bool(_NAME.fullmatch(value))


def check_name(value: str, what: str) -> str:
    """``value`` if it is a valid scope or device id, else ``ValueError`` naming ``what``."""
    if not isinstance(value, str) or not is_valid_name(value):
        raise ValueError(
            f"{what} {value!r} must be 1–64 of A–Z a–z 0–9 . _ - and start with a letter or digit"
        )
    return value
