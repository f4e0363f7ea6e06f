"""The store: one scope's data in SQLite (in memory), with search and every query
the screens and papers need. ``Store.build`` on the publisher, ``Store.from_image``
on the laptop; see ``store.store`` for the design and ``store.schema`` for the layout.
"""

from continuity_app.store.scopes import ALLE, KRISESTAB
from continuity_app.store.store import Store
from continuity_app.store.views import (
    CitizenHit,
    CitizenRecord,
    ContactTree,
    ContactTreeNode,
    VisitRow,
    VulnerableRow,
)

__all__ = [
    "ALLE",
    "KRISESTAB",
    "CitizenHit",
    "CitizenRecord",
    "ContactTree",
    "ContactTreeNode",
    "Store",
    "VisitRow",
    "VulnerableRow",
]
