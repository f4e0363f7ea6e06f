"""Danish phone numbers, written one way so tired eyes can read them off a screen or paper.

Exports write the same number as ``12345678``, ``12 34 56 78``, ``+45 12 34 56 78`` or
``0045-12345678``; Nødkopi keeps a Danish number as ``12 34 56 78`` (Denmark has no
area codes, so the country code adds nothing for a Danish caller). Anything else —
a foreign number, an extension, "kun dagtimer" — is kept as written.
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s\-./()]")
_DANISH = re.compile(r"(?:\+45|0045)?(\d{8})")

#: The names of the fields that hold phone numbers, per row type (for the reader and the writer).
PHONE_FIELDS = frozenset(
    {
        "phone",
        "manager_phone",
        "gp_phone",
        "contact_phone",
        "mobile",
        "landline",
    }
)


def normalise_phone(value: str) -> str:
    """``+45 12345678`` → ``12 34 56 78``; other text unchanged (trimmed)."""
    text = value.strip()
    match = _DANISH.fullmatch(_SEPARATORS.sub("", text))
    if match is None:
        return text
    d = match[1]
    return f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}"
