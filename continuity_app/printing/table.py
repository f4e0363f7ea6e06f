"""A fast table on the canvas: wrapped cells (never truncated), spans, a grid, a repeated header.

Rows that do not fit move to the next page with the header repeated; a row
taller than a whole page is split between its lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from continuity_app.printing.fonts import COND, COND_BOLD, wrap
from continuity_app.printing.sheet import GREY, Sheet

PAD = 2.5


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    width: float  # a share of the body width (any unit: they are scaled to fit)
    align: str = "left"  # "left" or "center"


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    font: str | None = None
    span: int = 1  # how many columns the cell covers
    fill: tuple[float, float, float] | None = None


RowIn = Sequence["str | Cell"]


def draw_table(
    sheet: Sheet,
    columns: Sequence[Column],
    rows: Iterable[RowIn],
    *,
    size: float = 8.0,
    font: str = COND,
    min_height: float = 0.0,
    header: bool = True,
) -> None:
    """Draw ``rows`` at the sheet's cursor, across the body width."""
    total = sum(c.width for c in columns)
    scale = sheet.body_width / total
    widths = [c.width * scale for c in columns]
    xs = [sheet.left]
    for w in widths:
        xs.append(xs[-1] + w)
    leading = size * 1.2
    header_cells = [Cell(c.title, COND_BOLD, fill=GREY) for c in columns]

    def layout(row: RowIn) -> list[tuple[Cell, int, float, tuple[str, ...]]]:
        out = []
        col = 0
        for raw in row:
            cell = raw if isinstance(raw, Cell) else Cell(raw)
            span = max(1, min(cell.span, len(columns) - col))
            cell_w = xs[col + span] - xs[col]
            lines = wrap(cell.text, cell.font or font, size, cell_w - 2 * PAD)
            out.append((cell, col, cell_w, lines))
            col += span
        while col < len(columns):  # short rows get empty cells
            out.append((Cell(""), col, widths[col], ("",)))
            col += 1
        return out

    def draw(
        cells: list[tuple[Cell, int, float, tuple[str, ...]]], first: int, count: int, height: float
    ) -> None:
        top = sheet.y
        for cell, col, cell_w, lines in cells:
            x = xs[col]
            sheet.rect(x, top - height, cell_w, height, fill=cell.fill)
            align = columns[col].align if cell.span == 1 else "left"
            cell_font = cell.font or font
            y = top - PAD - size
            for line in lines[first : first + count]:
                if align == "center":
                    sheet.text_centred(x + cell_w / 2, y, line, cell_font, size)
                else:
                    sheet.text(x + PAD, y, line, cell_font, size)
                y -= leading
        sheet.y = top - height

    header_layout = layout(header_cells)
    header_h = max(len(c[3]) for c in header_layout) * leading + 2 * PAD

    def start_on_page() -> None:
        if header:
            draw(header_layout, 0, 99, header_h)

    sheet.ensure(header_h + leading + 2 * PAD)
    start_on_page()
    for row in rows:
        cells = layout(row)
        n_lines = max(len(c[3]) for c in cells)
        height = max(n_lines * leading + 2 * PAD, min_height)
        if sheet.room() < height:
            full_page = sheet.top - sheet.bottom - header_h - 60  # continuation headers
            if height <= full_page or sheet.room() < header_h + 3 * leading:
                sheet.new_page()
                start_on_page()
        first = 0
        while first < n_lines:
            fit = int((sheet.room() - 2 * PAD) // leading)
            if fit <= 0:
                sheet.new_page()
                start_on_page()
                continue
            count = min(fit, n_lines - first)
            h = count * leading + 2 * PAD
            if first == 0 and count == n_lines:
                h = height
            draw(cells, first, count, h)
            first += count
