"""What a scope name and a device id may look like, and the file names made from a scope.

A device id is ours: a safe ASCII alphabet (a letter or digit, then up to 63
letters, digits, ``.``, ``_`` or ``-``). A scope is a unit id, and unit ids are the
municipality's (``ØK-ADM``): any letters, kept intact in headers, ``latest.json``,
enrollment requests and on screen. Only the *file names* made from a scope
(``<stem>/<stem>-<seq>.bundle``, ``generations/<stem>-<seq>.bundle``) must be safe on
Windows and Linux, so they use :func:`file_stem`:

- an id of the safe ASCII alphabet keeps its name (``hp-nord`` → ``hp-nord``);
- any other id gets a deterministic ASCII stem: Danish letters written out
  (æ → ae, ø → oe, å → aa), other accents dropped, anything else (a dot too) ``-``, then ``-`` and
  the first 8 hex digits of the SHA-256 of the id (``ØK-ADM`` → ``OEK-ADM-…``), so two
  ids that differ only in letters a file system cannot tell apart still differ;
- Windows' reserved device names (``CON``, ``NUL``, ``COM1`` …) and names ending in a
  dot are treated as not safe.

Two scopes whose stems are equal ignoring case (Windows folds case) cannot be
published side by side: :func:`check_distinct` names both.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from continuity_app.paths import file_stem as file_stem  # lives low: the client home uses it

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
MAX_SCOPE_LENGTH = 64

#: The two scopes that are not a unit.
KRISESTAB = "krisestab"
ALLE = "alle"
SPECIAL_SCOPES = (KRISESTAB, ALLE)


def is_valid_name(value: str) -> bool:
    """A device id, or a scope that keeps its own name as a file name."""
    return bool(_NAME.fullmatch(value))


def check_name(value: str, what: str) -> str:
    """``value`` if it is a valid device id, else ``ValueError`` naming ``what``."""
    if not isinstance(value, str) or not is_valid_name(value):
        raise ValueError(
            f"{what} {value!r} must be 1–64 of A–Z a–z 0–9 . _ - and start with a letter or digit"
        )
    return value


def is_valid_scope(value: str) -> bool:
    """A unit id, ``krisestab`` or ``alle``: 1–64 printable characters, no surrounding spaces
    and no ``/`` or ``\\`` (an id must not read as a path)."""
    return (
        isinstance(value, str)
        and 0 < len(value) <= MAX_SCOPE_LENGTH
        and value == value.strip()
        and "/" not in value
        and "\\" not in value
        and all(unicodedata.category(ch)[0] not in "CZ" or ch == " " for ch in value)
    )


def check_scope(value: str, what: str) -> str:
    """``value`` if it can be a scope (any letters; see the module doc), else ``ValueError``."""
    if not is_valid_scope(value):
        raise ValueError(
            f"{what} {value!r} must be 1–{MAX_SCOPE_LENGTH} printable characters, "
            "without / or \\ and without leading or trailing spaces"
        )
    return value


def check_distinct(scopes: Iterable[str]) -> None:
    """``ValueError`` naming the first two scopes whose files would share a name (ignoring case)."""
    seen: dict[str, str] = {}
    for scope in scopes:
        key = file_stem(scope).casefold()
        other = seen.setdefault(key, scope)
        if other != scope:
            raise ValueError(
                f"unit ids {other!r} and {scope!r} would share the file name "
                f"{file_stem(scope)!r} (Windows ignores case); rename one of them"
            )
