"""Where the crisis packs get the outage journal's entries from on this laptop."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from continuity_app.home import ClientHome
    from continuity_app.vault.session import Session

#: The packs that show what was written in the journal.
JOURNAL_PACKS = frozenset({"overview", "vehicles", "callrun", "drill", "handover"})


def journal_entries(home: ClientHome, session: Session, pack: str) -> list[Any]:
    """The journal's entries when ``pack`` shows them (read with the unlocked session)."""
    if pack not in JOURNAL_PACKS:
        return []
    return []  # until the journal lands: no entries
