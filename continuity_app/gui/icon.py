"""The app's icon, from its PNG sizes (no SVG plugin needed in a packaged app)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from continuity_app.paths import resources_dir

SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        path = resources_dir() / "icons" / f"noedkopi-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    return icon
