"""The one way the program reads JSON: bounded in size and depth, every fault the file's own error.

Every JSON file or text the program reads — the home's ``config.json``,
``device.json``, ``state.json`` and ``lockout.json``, a server's ``latest.json``,
a bundle header, an enrollment request, an audit record, the publisher's files —
goes through :func:`loads` or :func:`read`. Whatever the bytes are (not UTF-8,
not JSON, ``NaN``, nested ten thousand deep, a gigabyte long, a folder, a
device node that never ends), the caller gets one exception of its own choice
naming the file, never a ``RecursionError`` or ``MemoryError``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from continuity_app.paths import read_bounded

#: Deep enough for every file the program writes (the deepest nests 4 levels).
MAX_DEPTH = 32
#: Larger than any small file of the home; bigger inputs pass their own ``limit``.
MAX_BYTES = 4 * 1024 * 1024

ErrorFactory = Callable[[str], Exception]


class JsonFault(ValueError):
    """The reason a text is not acceptable JSON (for callers that map ``ValueError``)."""


def _no_constant(name: str) -> Any:
    raise JsonFault(f"{name} is not a JSON number")


def _depth_ok(value: Any, max_depth: int) -> bool:
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > max_depth:
                return False
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return True


def loads(
    data: bytes | str,
    what: str,
    *,
    error: ErrorFactory = JsonFault,
    limit: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
) -> Any:
    """Parse ``data``; ``error(message)`` (naming ``what``) for anything that is not JSON within
    the limits."""
    if len(data) > limit:
        raise error(f"{what} is over {limit} bytes: not a file this program wrote")
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        value = json.loads(text, parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise error(f"{what} is not UTF-8 text") from None
    except RecursionError:
        raise error(f"{what} is nested too deeply to be a file this program wrote") from None
    except ValueError as err:  # JSONDecodeError and JsonFault
        detail = err.msg if isinstance(err, json.JSONDecodeError) else str(err)
        raise error(f"{what} is not valid JSON ({detail})") from None
    if not _depth_ok(value, max_depth):
        raise error(f"{what} is nested more than {max_depth} levels deep: not a file this program wrote")
    return value


def loads_object(
    data: bytes | str,
    what: str,
    *,
    error: ErrorFactory = JsonFault,
    limit: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
) -> dict[str, Any]:
    """:func:`loads`, and the value must be a JSON object."""
    value = loads(data, what, error=error, limit=limit, max_depth=max_depth)
    if not isinstance(value, dict):
        raise error(f"{what} is not a JSON object")
    return value


def read(path: Path, *, error: ErrorFactory, limit: int = MAX_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    """The JSON value in the file ``path`` (see :func:`read_bounded` for what passes through)."""
    return loads(
        read_bounded(path, limit, error=error), str(path), error=error, limit=limit, max_depth=max_depth
    )


def read_object(
    path: Path, *, error: ErrorFactory, limit: int = MAX_BYTES, max_depth: int = MAX_DEPTH
) -> dict[str, Any]:
    value = read(path, error=error, limit=limit, max_depth=max_depth)
    if not isinstance(value, dict):
        raise error(f"{path} is not a JSON object")
    return value
