"""The only fonts the packs use: DejaVu Sans (with æøå), shipped in ``resources/fonts/``.

Every PDF embeds them (TrueType subsets); no base-14 font is ever referenced.
Text measuring is cached: the same words recur on every page of a pack.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from continuity_app.errors import SetupError
from continuity_app.paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
COND = "DejaVuSansCondensed"
COND_BOLD = "DejaVuSansCondensed-Bold"
FONT_NAMES = (REGULAR, BOLD, COND, COND_BOLD)

_registered = False


def register_fonts() -> None:
    """Register the DejaVu TTFs with reportlab (once per process)."""
    global _registered
    if _registered:
        return
    folder = resources_dir() / "fonts"
    for name in FONT_NAMES:
        path = folder / f"{name}.ttf"
        if not path.is_file():
            raise SetupError(f"The font file {path} is missing; reinstall Nødkopi.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    pdfmetrics.registerFontFamily(COND, normal=COND, bold=COND_BOLD)
    # Streams are Flate-compressed binary; ASCII85 on top only makes them 25 % larger and
    # costs a third of the writing time (pure Python). Every PDF reader takes binary streams.
    rl_config.useA85 = 0
    _registered = True


@lru_cache(maxsize=200_000)
def width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


@lru_cache(maxsize=50_000)
def wrap(text: str, font: str, size: float, max_width: float) -> tuple[str, ...]:
    """Break ``text`` into lines no wider than ``max_width``; never drops a character.

    Explicit newlines are kept. A word longer than the line is broken by
    characters. An empty text is one empty line.
    """
    lines: list[str] = []
    space = width(" ", font, size)
    for paragraph in text.split("\n"):
        current: str | None = None
        current_w = 0.0
        for word in paragraph.split(" "):
            w = width(word, font, size)
            if current is not None and current_w + space + w <= max_width:
                current += " " + word
                current_w += space + w
                continue
            if current is not None:
                lines.append(current)
            if w <= max_width:
                current, current_w = word, w
                continue
            # A word wider than the column: break it by characters.
            piece = ""
            for ch in word:
                if piece and width(piece + ch, font, size) > max_width:
                    lines.append(piece)
                    piece = ""
                piece += ch
            current, current_w = piece, width(piece, font, size)
        lines.append(current or "")
    return tuple(lines)
