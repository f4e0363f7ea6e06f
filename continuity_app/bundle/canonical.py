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
    """True when ``value`` holds no float and no non-string key (the fast pass; the
    path of a fault is only worked out, by :func:`_check`, when there is one)."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return True
    if kind is dict:
        return all(type(key) is str and _clean(item) for key, item in value.items())
    if kind is list or kind is tuple:
        return all(_clean(item) for item in value)
    if isinstance(value, float):
        return False
    if isinstance(value, dict):
        return all(isinstance(key, str) and _clean(item) for key, item in value.items())
    if isinstance(value, list | tuple):
        return all(_clean(item) for item in value)
    return True  # anything else json.dumps refuses itself


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
