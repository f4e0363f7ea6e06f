"""Paper fallbacks: the print packs as PDF. reportlab only, no Qt.

::

    from continuity_app.printing import PACKS, render_pack, Stamp, PackInfo, stamp_for

    info = render_pack(store, "medication", out, unit_id="u01", stamp=stamp_for(store),
                       progress=lambda stage, fraction: ..., cancel=lambda: False)

``out`` is any writable binary file (``io.BytesIO`` for printing without a file).
``progress(stage, fraction)`` (``continuity_app.progress``): stage "items" while the
pack's items (citizens, routes, …) are drawn, fraction the share done; "done", 1.0 at the end.
``cancel()`` returning True stops the work soon after and raises
:class:`PrintCancelled`. Nothing is written anywhere but ``out``.
"""

from __future__ import annotations

from continuity_app.printing.api import (
    PACK_TITLES,
    PACKS,
    PackInfo,
    PackOptions,
    PrintCancelled,
    PrintError,
    render_pack,
    stamp_for,
)
from continuity_app.printing.sheet import Stamp

__all__ = [
    "PACKS", "PACK_TITLES", "PackInfo", "PackOptions", "PrintCancelled", "PrintError", "Stamp", "render_pack",
    "stamp_for",
]  # fmt: skip
