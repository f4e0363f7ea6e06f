"""Print packs over a laptop's several enrolments (municipalities, ``enroll --add``).

The vehicles and contacts packs (``Pack.together``) print every open enrolment of a
:class:`continuity_app.vault.several.Together` one after the other, each row or tree
naming its municipality; every other pack is one enrolment's. The command line and the
app build the pack's municipalities and stamp here, so both print the same paper.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from continuity_app.printing.api import stamp_for
from continuity_app.printing.catalog import PACKS
from continuity_app.printing.job import Municipality
from continuity_app.printing.sheet import Stamp

if TYPE_CHECKING:
    from continuity_app.store import Store
    from continuity_app.vault.several import Together


def municipalities(
    together: Together | None, pack: str, unit_id: str | None = None
) -> tuple[Municipality, ...]:
    """Every open enrolment, the first first, when ``pack`` shows them together (and no one
    unit is asked for); else none. Each is named on the paper by its enrolment's name (the
    municipality's, as ``enroll --add NAME`` and ``--name`` gave it): two publishers' scopes
    may well share a name, the enrolments' names never do."""
    if together is None or len(together.names) < 2 or not PACKS[pack].together or unit_id is not None:
        return ()
    return tuple(Municipality(name, name, s.store) for name, s in together.sessions.items())


def stamp_of(store: Store, towns: tuple[Municipality, ...]) -> Stamp:
    """The stamp: the store's, or (several municipalities) every one's name and the oldest
    data's age, so that no page claims fresher data than it holds."""
    if not towns:
        return stamp_for(store)
    stamps = [stamp_for(m.store) for m in towns]
    return Stamp(
        scope_label=" + ".join(s.scope_label for s in stamps), data_as_of=min(s.data_as_of for s in stamps)
    )
