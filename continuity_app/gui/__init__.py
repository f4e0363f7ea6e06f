"""The desktop app. The only package that imports Qt (PySide6).

Layout: ``app`` (start-up, ``run``/``available``), ``session`` (the boundary to
the vault and sync), ``tasks`` (the one way to run work off the GUI thread),
``i18n`` (translations, Danish first), ``fmt`` (dates, ages, flags as text),
``idle`` (auto-lock), ``models/`` (table models), ``views/`` (one per
navigation entry), ``widgets/`` (banner, unlock page), ``dialogs/`` (print
preview, errors).
"""

# Before any other Qt call: see qtcompat (PySide6 6.12.0 on Python 3.11 drains None/True).
from continuity_app.gui import qtcompat as _qtcompat  # noqa: F401
