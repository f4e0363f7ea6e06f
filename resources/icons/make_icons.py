"""Render noedkopi.svg to the PNG sizes and the Windows .ico the packaging uses.

Run after changing the SVG:  .venv/bin/python resources/icons/make_icons.py
(the PNGs and the .ico are committed so packaging needs no Qt at build time).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def write_ico(images: list[QImage], path: Path) -> None:
    """A multi-size .ico: PNG-compressed entries (Windows Vista and later read them)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    blobs = []
    for image in images:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        blobs.append((image.width(), bytes(data.data())))
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little") + len(blobs).to_bytes(2, "little")
    offset = 6 + 16 * len(blobs)
    entries, payload = b"", b""
    for size, blob in blobs:
        dim = 0 if size >= 256 else size
        entries += bytes([dim, dim, 0, 0]) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        entries += len(blob).to_bytes(4, "little") + (offset + len(payload)).to_bytes(4, "little")
        payload += blob
    path.write_bytes(header + entries + payload)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs the application object
    renderer = QSvgRenderer(str(HERE / "noedkopi.svg"))
    if not renderer.isValid():
        print("noedkopi.svg is not a valid SVG", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        image.save(str(HERE / f"noedkopi-{size}.png"), "PNG")
    write_ico([images[s] for s in ICO_SIZES], HERE / "noedkopi.ico")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
