"""Where the crisis packs get the outage journal's entries from on this laptop."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from continuity_app.journal import Entry
    from continuity_app.vault.session import Session

#: The packs that show what was written in the journal.
JOURNAL_PACKS = frozenset({"overview", "vehicles", "callrun", "drill", "handover"})


def journal_entries(session: Session, pack: str) -> list[Entry]:
    """Every journal entry known here (own and imported) when ``pack`` shows them."""
    if pack not in JOURNAL_PACKS:
        return []
    from continuity_app.journal import Journal

    return Journal.open(session).entries()
