"""The publisher home's small JSON files: versioned, written atomically, read strictly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from continuity_app import jsonread
from continuity_app.errors import NewerFormat, SetupError
from continuity_app.paths import atomic_write


def write(path: Path, fmt: str, body: dict[str, Any], *, major: int = 1, minor: int = 0) -> None:
    doc = {"format": fmt, "major": major, "minor": minor, **body}
    atomic_write(path, (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


def read(path: Path, fmt: str, *, major: int = 1) -> dict[str, Any]:
    """The file's object; NOT_SET_UP if missing or damaged, UNSUPPORTED_VERSION if newer."""
    try:
        doc = jsonread.read(path, error=SetupError)
    except FileNotFoundError:
        raise SetupError(f"{path} is missing: is this a publisher home (continuity-publish init)?") from None
    except OSError as err:
        raise SetupError(f"{path}: cannot read ({err.strerror or type(err).__name__})") from None
    if not isinstance(doc, dict) or doc.get("format") != fmt:
        raise SetupError(f"{path}: not a Nødkopi '{fmt}' file")
    found = doc.get("major")
    if not isinstance(found, int) or found > major:
        raise NewerFormat(
            f"{path}: version {found} is newer than this program reads ({major}); update Nødkopi"
        )
    return doc
