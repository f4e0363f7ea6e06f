"""A light page drawer on a bare reportlab canvas: the stamp on every page, a cursor, page breaks.

Platypus is beautiful and slow (a table of Paragraphs writes ~20 pages/s); the
packs draw straight on the canvas instead, measuring with the cached
:func:`fonts.wrap`. A sheet in *count-only* mode runs the same layout without a
canvas, to learn how many pages a part will take (the parallel medication pack
needs page numbers before it draws).

"Side x af y": when the total is known (``total_pages``) it is drawn directly;
otherwise every page draws a PDF form XObject that is defined when the sheet
finishes — reportlab resolves forms by name at save time, so the pages stream.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import escapePDF
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from continuity_app.domain.age import format_datetime_da
from continuity_app.printing.fonts import BOLD, REGULAR, register_fonts, width, wrap

CONFIDENTIAL = "FORTROLIGT – indeholder helbredsoplysninger"
MARGIN: float = 12 * mm
TOP_BAND = 16.0  # points above the body for the stamp
BOTTOM_BAND = 18.0
TOTAL_FORM = "noedkopi_total_pages"
GREY = (0.88, 0.88, 0.88)
_FONTS: dict[str, Any] = {}  # font name -> reportlab TTFont
_ESCAPED = {c: escapePDF(bytes([c])) for c in range(256)}  # a byte as it stands in ( ) in a page


class _FirstSubset:
    """The letters a font has placed in its first subset in one document, as the tables
    ``str.translate`` needs: a text made only of them is shown without reportlab's
    per-letter ``splitString`` (the same operators it would give, a letter at a time in C).

    ``learn`` reads the font's assignments (letter -> subset * 256 + byte), which only
    grow, after each text that went the slow way; no-break space is shown as a space,
    as ``splitString`` does."""

    def __init__(self, name: str) -> None:
        self.name = name  # the subset's internal font name in the page stream
        self.known: dict[int, None] = {}  # letter -> deleted: an empty result = all known
        self.escaped: dict[int, str] = {}  # letter -> its byte, escaped
        self._seen = 0

    def learn(self, assignments: dict[int, int]) -> None:
        if len(assignments) == self._seen:
            return
        for code, n in list(assignments.items())[self._seen :]:
            if n >> 8 == 0:
                self.known[code] = None
                self.escaped[code] = _ESCAPED[n & 0xFF]
        self._seen = len(assignments)
        if 32 in self.escaped:
            self.known[0xA0] = None
            self.escaped[0xA0] = self.escaped[32]


DARK_RED = (0.65, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Stamp:
    """What every page says about where its data comes from."""

    scope_label: str  # e.g. "Hjemmeplejen Vest (enhed u01)"
    data_as_of: dt.datetime  # the bundle's created_at
    printed_at: dt.datetime | None = None  # default: now

    def data_line(self) -> str:
        printed = self.printed_at or dt.datetime.now(dt.UTC)
        return f"Data pr. {format_datetime_da(self.data_as_of)} · Udskrevet {format_datetime_da(printed)}"


class Sheet:
    """The current page and the cursor ``y`` (points from the bottom, as in PDF)."""

    def __init__(
        self,
        out: BinaryIO | None,
        stamp: Stamp,
        title: str,
        *,
        count_only: bool = False,
        first_page: int = 1,
        total_pages: int | None = None,
    ) -> None:
        register_fonts()
        self.stamp = stamp
        self.title = title
        self.count_only = count_only
        self._data_line = stamp.data_line()
        self.canvas: Canvas | None = None
        if not count_only:
            assert out is not None
            self.canvas = Canvas(
                out, pagesize=A4, pageCompression=1, initialFontName=REGULAR, initialFontSize=9
            )
            self.canvas.setTitle(f"Nødkopi – {title}")
            self.canvas.setAuthor("Nødkopi")
            self.canvas.setSubject(CONFIDENTIAL)
            self.canvas.setCreator("Nødkopi (continuity_app.printing)")
        self.page_number = first_page - 1  # number of the open page in the whole document
        self.pages = 0  # pages this sheet has begun
        self.total_pages = total_pages
        self.page_open = False
        self.landscape = False
        self.page_width: float = float(A4[0])
        self.page_height: float = float(A4[1])
        self.y = 0.0
        #: Called at the top of every new page (after the stamp): continuation headers.
        self.on_new_page: Callable[[], None] | None = None
        self._font: tuple[str, float] | None = None
        self._late_forms: dict[str, str] = {}  # form name -> text, drawn when the sheet ends
        # (text, font, size) -> its Tf/Tj operators; valid for this document's subsets only.
        self._shown_cache: dict[tuple[str, str, float], str] = {}
        self._first_subset: dict[str, _FirstSubset] = {}  # font name -> its fast path
        self._pending_marks: list[tuple[str, str, int, str | None]] = []

    # -- geometry --------------------------------------------------------------------------
    @property
    def left(self) -> float:
        return MARGIN

    @property
    def right(self) -> float:
        return self.page_width - MARGIN

    @property
    def body_width(self) -> float:
        return self.page_width - 2 * MARGIN

    @property
    def top(self) -> float:
        return self.page_height - MARGIN - TOP_BAND

    @property
    def bottom(self) -> float:
        return MARGIN + BOTTOM_BAND

    # -- pages -----------------------------------------------------------------------------
    def new_page(self, *, landscape_page: bool | None = None, hook: bool = True) -> None:
        """Close the open page (if any) and begin the next, stamped."""
        if self.page_open and self.canvas is not None:
            self.canvas.showPage()
            self._font = None
        if landscape_page is not None:
            self.landscape = landscape_page
        size = landscape(A4) if self.landscape else A4
        self.page_width, self.page_height = float(size[0]), float(size[1])
        if self.canvas is not None:
            self.canvas.setPageSize(size)
        self.page_number += 1
        self.pages += 1
        self.page_open = True
        self.y = self.top
        if self.canvas is not None:
            self._draw_stamp()
        marks, self._pending_marks = self._pending_marks, []
        for key, title, level, form in marks:
            self.bookmark(key, title, level)
            if form is not None:
                self._late_forms[form] = str(self.page_number)
        if hook and self.on_new_page is not None:
            self.on_new_page()

    def ensure(self, height: float) -> bool:
        """Start a new page unless ``height`` points fit below the cursor. True if it broke."""
        if not self.page_open or self.y - height < self.bottom:
            self.new_page()
            return True
        return False

    def room(self) -> float:
        return self.y - self.bottom

    def finish(self) -> int:
        """Write the document out; returns the pages this sheet wrote."""
        if self.canvas is not None:
            if not self.page_open:
                self.new_page()
            self.canvas.showPage()
            if self.total_pages is None:
                self.canvas.beginForm(TOTAL_FORM, -100, -20, 100, 20)
                self.canvas.setFont(REGULAR, 8)
                self.canvas.drawString(0, 0, str(self.page_number))
                self.canvas.endForm()
            for name, text in self._late_forms.items():
                self.canvas.beginForm(name, -100, -20, 100, 20)
                self.canvas.setFont(REGULAR, 10)
                self.canvas.drawRightString(0, 0, text)
                self.canvas.endForm()
            self.canvas.save()
        return self.pages

    def _draw_stamp(self) -> None:
        c = self.canvas
        assert c is not None
        top = self.page_height - MARGIN - 8
        self.text(self.left, top, self.stamp.scope_label, BOLD, 8)
        self.text_right(self.right, top, CONFIDENTIAL, BOLD, 8)
        # The pack's title between the two, centred on the page if there is room, else
        # centred in the gap; left out on a page too narrow for all three.
        gap_left = self.left + width(self.stamp.scope_label, BOLD, 8) + 8
        gap_right = self.right - width(CONFIDENTIAL, BOLD, 8) - 8
        title_w = width(self.title, REGULAR, 8)
        centre = self.page_width / 2
        if centre - title_w / 2 < gap_left or centre + title_w / 2 > gap_right:
            centre = (gap_left + gap_right) / 2
        if gap_right - gap_left >= title_w:
            self.text(centre - title_w / 2, top, self.title, REGULAR, 8)
        self.line(self.left, top - 4, self.right, top - 4)
        low = MARGIN
        self.line(self.left, low + 10, self.right, low + 10)
        self.text(self.left, low, self._data_line, REGULAR, 8)
        # "Side x af " ends where a six-digit total would end at the right margin; the
        # total follows it: known now, or a form drawn when the document ends.
        label = f"Side {self.page_number} af "
        x = self.right - width("000000", REGULAR, 8) - width(label, REGULAR, 8)
        self.text(x, low, label, REGULAR, 8)
        if self.total_pages is not None:
            self.text(x + width(label, REGULAR, 8), low, str(self.total_pages), REGULAR, 8)
        else:
            c.saveState()
            c.translate(x + width(label, REGULAR, 8), low)
            c.doForm(TOTAL_FORM)
            c.restoreState()
        self._font = None

    # -- drawing ---------------------------------------------------------------------------
    # Text and lines go straight into the page stream as PDF operators (Canvas.addLiteral),
    # the way reportlab's ttfonts module documents for dynamic fonts: splitString maps the
    # text to the document's font subsets. This skips a text object per string and
    # reportlab's pure-Python number formatting, the two costs that dominate a page.
    def font(self, name: str, size: float) -> None:
        """Select a font for reportlab's own drawing calls (the stamp's right-aligned text)."""
        if self.canvas is not None and self._font != (name, size):
            self.canvas.setFont(name, size)
            self._font = (name, size)

    def _shown(self, s: str, font: str, size: float) -> str:
        key = (s, font, size)
        shown = self._shown_cache.get(key)
        if shown is None:
            shown = self._shown_cache[key] = self._show(s, font, size)
        return shown

    def _show(self, s: str, font: str, size: float) -> str:
        assert self.canvas is not None
        ttf = _FONTS.get(font)
        if ttf is None:
            ttf = _FONTS[font] = pdfmetrics.getFont(font)
        doc = self.canvas._doc  # the canvas's PDFDocument: the subsets belong to it
        first = self._first_subset.get(font)
        if first is not None and not s.translate(first.known):  # every letter placed before
            return f"{first.name} {size:g} Tf ({s.translate(first.escaped)}) Tj"
        shown = " ".join(
            f"{ttf.getSubsetInternalName(subset, doc)} {size:g} Tf ({escapePDF(chunk)}) Tj"
            for subset, chunk in ttf.splitString(s, doc)
        )
        if first is None:
            first = self._first_subset[font] = _FirstSubset(ttf.getSubsetInternalName(0, doc))
        first.learn(ttf.state[doc].assignments)
        return shown

    def text(self, x: float, y: float, s: str, font: str = REGULAR, size: float = 9) -> None:
        if self.canvas is not None and s:
            self.canvas.addLiteral(f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm {self._shown(s, font, size)} ET")

    def text_right(self, x: float, y: float, s: str, font: str = REGULAR, size: float = 9) -> None:
        self.text(x - width(s, font, size), y, s, font, size)

    def text_centred(self, x: float, y: float, s: str, font: str = REGULAR, size: float = 9) -> None:
        self.text(x - width(s, font, size) / 2, y, s, font, size)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        fill: tuple[float, float, float] | None = None,
        stroke: tuple[float, float, float] | None = (0, 0, 0),
        line_width: float = 0.5,
    ) -> None:
        if self.canvas is None:
            return
        ops = [f"q {line_width:g} w"]
        if fill is not None:
            ops.append("{:.3f} {:.3f} {:.3f} rg".format(*fill))
        if stroke is not None and stroke != (0, 0, 0):
            ops.append("{:.3f} {:.3f} {:.3f} RG".format(*stroke))
        paint = "B" if fill is not None and stroke is not None else ("f" if fill else "S")
        ops.append(f"{x:.2f} {y:.2f} {w:.2f} {h:.2f} re {paint} Q")
        self.canvas.addLiteral(" ".join(ops))

    def line(self, x1: float, y1: float, x2: float, y2: float, line_width: float = 0.5) -> None:
        if self.canvas is not None:
            self.canvas.addLiteral(f"q {line_width:g} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S Q")

    def heading(self, s: str, size: float = 13, space_after: float = 4) -> None:
        """A bold heading at the cursor, on a new page when fewer than 3 lines fit under it."""
        self.ensure(size * 1.3 + 40)
        self.y -= size
        self.text(self.left, self.y, s, BOLD, size)
        self.y -= space_after + size * 0.3

    def paragraph(self, s: str, font: str = REGULAR, size: float = 9, indent: float = 0.0) -> None:
        """Wrapped text at the cursor, breaking pages between lines."""
        leading = size * 1.25
        for line in wrap(s, font, size, self.body_width - indent):
            self.ensure(leading)
            self.y -= leading
            self.text(self.left + indent, self.y + size * 0.25, line, font, size)

    def space(self, points: float) -> None:
        self.y -= points

    def bookmark(self, key: str, title: str, level: int = 0) -> None:
        """A PDF outline entry pointing at the open page."""
        if self.canvas is not None:
            self.canvas.bookmarkPage(key, fit="XYZ", top=self.y + 20)
            self.canvas.addOutlineEntry(title, key, level=level, closed=level > 0)

    def mark_next_page(self, key: str, title: str, level: int = 0, *, page_form: str | None = None) -> None:
        """Bookmark the next page that begins; ``page_form`` names a form that will show
        its page number (for a table of contents drawn before the page exists)."""
        self._pending_marks.append((key, title, level, page_form))

    def draw_late_form(self, name: str, x: float, y: float) -> None:
        """Draw form ``name`` (right-aligned at x) that ``mark_next_page`` fills in later."""
        if self.canvas is not None:
            self.canvas.saveState()
            self.canvas.translate(x, y)
            self.canvas.doForm(name)
            self.canvas.restoreState()
