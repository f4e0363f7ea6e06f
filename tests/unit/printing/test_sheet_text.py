"""Text on the packs' sheet: the fast way of showing a text is the same bytes as
reportlab's own, for letters in the first font subset and beyond it."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from continuity_app.printing import sheet as sheet_mod
from continuity_app.printing.sheet import Sheet, Stamp

# ASCII, Danish letters, quotes, a no-break space, PDF's own specials, a letter the font
# has no glyph for, and over 256 different letters (so the font needs a second subset)
TEXTS = [
    "Else Æblegård (C-1) \\ 07:00",
    "Øjendråber “2 dråber” ½ tablet\u00a0kl. 08",
    "\U0001f600 uden glyf",
    "".join(chr(c) for c in range(0x100, 0x250)),
    "Else Æblegård (C-1) \\ 07:00 igen",
    "ĀāĂă Ωω",
]


def _pdf(monkeypatch: pytest.MonkeyPatch, *, fast: bool) -> bytes:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or ids: equal PDFs are equal bytes
    if not fast:
        monkeypatch.setattr(sheet_mod._FirstSubset, "learn", lambda self, assignments: None)
    buf = io.BytesIO()
    sheet = Sheet(buf, Stamp("Hjemmeplejen Nord", dt.datetime(2026, 11, 27, tzinfo=dt.UTC)), "Prøve")
    sheet.new_page()
    y = 780.0
    for round_ in range(3):  # new texts of letters already placed: shown the fast way
        for text in TEXTS:
            sheet.text(sheet.left, y, f"{text[:90]} {round_}")
            y -= 12
    sheet.finish()
    return buf.getvalue()


def test_the_fast_way_writes_the_same_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _pdf(monkeypatch, fast=True)
    monkeypatch.undo()
    slow = _pdf(monkeypatch, fast=False)
    assert fast == slow
    text = PdfReader(io.BytesIO(fast)).pages[0].extract_text()
    assert text.count("Else Æblegård (C-1) \\ 07:00") == 6 and "“2 dråber” ½ tablet kl. 08 2" in text
