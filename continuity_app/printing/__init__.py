"""Paper fallbacks: the print packs as PDF. reportlab only, no Qt.

::

    from continuity_app.printing import PACKS, render_pack, Stamp, PackInfo, stamp_for

    info = render_pack(store, "medication", out, unit_id="u01", stamp=stamp_for(store),
                       progress=lambda stage, fraction: ..., cancel=lambda: False)

``out`` is any writable binary file (``io.BytesIO`` for printing without a file).
``progress(stage, fraction)`` (``continuity_app.progress``): stage "items" while the
pack's items (citizens, routes, …) are drawn, fraction the share done; "done", 1.0 at the end.
``cancel()`` returning True stops the work soon after and raises
:class:`continuity_app.errors.Cancelled`. Nothing is written anywhere but ``out``.

The packs themselves are listed in :mod:`continuity_app.printing.catalog`. The names
below are loaded on first use, so that reading the catalog (the command line's
choices) does not load reportlab.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from continuity_app.printing.api import PACK_TITLES, PACKS, render_pack, stamp_for
    from continuity_app.printing.job import PackInfo, PackOptions, PrintError
    from continuity_app.printing.sheet import Stamp

__all__ = [
    "PACKS",
    "PACK_TITLES",
    "PackInfo",
    "PackOptions",
    "PrintError",
    "Stamp",
    "render_pack",
    "stamp_for",
]

_HOME = {
    "PACKS": "api",
    "PACK_TITLES": "api",
    "render_pack": "api",
    "stamp_for": "api",
    "PackInfo": "job",
    "PackOptions": "job",
    "PrintError": "job",
    "Stamp": "sheet",
}


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
