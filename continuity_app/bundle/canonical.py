"""Canonical JSON: the one byte form of a JSON value that is signed or hashed.

Rules (docs/bundle-format.md §3): UTF-8, object keys sorted by code point, no
whitespace, non-ASCII written as itself (not ``\\u`` escapes), only strings,
integers, booleans, null, arrays and objects (no floats: they have no single
text form).
"""

from __future__ import annotations

import json
from typing import Any


def _clean(value: Any) -> bool:
    """True when ``value`` holds no float and no non-string key (the fast pass: leaves are
    checked in the loop, not by a call each; the path of a fault is only worked out, by
    :func:`_check`, when there is one)."""
    kind = type(value)
    if kind is dict:
        for key, item in value.items():
            if type(key) is not str:
                return False
            leaf = type(item)
            if not (leaf is str or leaf is int or leaf is bool or item is None or _clean(item)):
                return False
        return True
    if kind is list or kind is tuple:
        for item in value:
            leaf = type(item)
            if not (leaf is str or leaf is int or leaf is bool or item is None or _clean(item)):
                return False
        return True
    if kind is str or kind is int or kind is bool or value is None:
        return True
    return not isinstance(value, float | dict | list | tuple)  # subclasses: the slow pass


def _check(value: Any, where: str) -> None:
    if isinstance(value, float):
        raise ValueError(f"canonical JSON has no floats ({where})")
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError(f"canonical JSON keys must be strings ({where})")
            _check(item, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            _check(item, f"{where}[{i}]")


def dumps(value: Any) -> bytes:
    """The canonical UTF-8 bytes of ``value``."""
    if not _clean(value):
        _check(value, "$")
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def loads_object(data: bytes, what: str) -> dict[str, Any]:
    """Parse ``data`` as a UTF-8 JSON object; ``ValueError`` naming ``what`` otherwise."""
    from continuity_app import jsonread

    return jsonread.loads_object(data, what, error=ValueError)
