"""Where the crisis packs get the outage journal's entries from on this laptop."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from continuity_app.journal import Entry, Journal
    from continuity_app.vault.session import Session


def journal_entries(session: Session) -> list[Entry]:
    """Every journal entry known here (own and imported), for the packs that show them."""
    from continuity_app.journal import Journal

    return Journal.open(session).entries()


def note_drill_step(
    session: Session,
    step_text: str,
    *,
    once: bool = False,
    now: dt.datetime | None = None,
    journal: Journal | None = None,
) -> bool:
    """While a drill runs on this laptop, record a timed step (``drill.STEP_UNLOCK``,
    ``drill.print_text(pack)``) under the initials of whoever started the drill.

    ``once``: only when the running drill has no step starting with the same word yet
    (the first unlock is the one that is timed). ``now``: the app's clock (default: the
    computer's); ``journal``: the session's journal already open (the app's, whose cache
    then shows the step). True when a step was written.
    """
    from continuity_app.journal import Journal

    journal = journal or Journal.open(session)
    if not journal.drill_active():
        return False
    drill_entries = [e for e in journal.own().entries if e.kind == "drill"]
    start = next(e for e in reversed(drill_entries) if e.fields.get("step") == "start")
    first = step_text.split(maxsplit=1)[0]
    if once and any(
        str(e.fields.get("text", "")).split(maxsplit=1)[:1] == [first] and e.at >= start.at
        for e in drill_entries
    ):
        return False
    journal.add("drill", {"step": "step", "text": step_text}, initials=start.initials, now=now)
    return True


def note_drill_unlock(
    session: Session, now: dt.datetime | None = None, journal: Journal | None = None
) -> bool:
    """The drill's first unlock, with the age of the data it opened."""
    from continuity_app.crisis.drill import STEP_UNLOCK, start_text

    return note_drill_step(
        session, f"{STEP_UNLOCK} {start_text(session.header.created_at)}", once=True, now=now, journal=journal
    )
