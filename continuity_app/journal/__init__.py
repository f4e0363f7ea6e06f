"""The outage journal: what staff do during an outage, recorded on the laptop and handed back.

The API the screens and the command line share (all of it needs an unlocked session):

- :class:`Journal` (``Journal.open(session)``): ``add(kind, fields, initials=, at=,
  confirm_duplicate=)`` → :class:`AddResult`; ``list(citizen_id=, kind=)`` newest
  first; ``entries()``; ``get(id)``; ``due_effects(now)``; ``drill_active()``;
  ``own()`` (this laptop's entries and the problems of its file);
- :class:`Entry` (``id``, ``device``, ``n``, ``kind``, ``initials``, ``at``,
  ``recorded``, ``fields``, ``drill``, ``citizen_id``, ``person``) and :data:`KINDS`
  (kind → field specs), the words of :mod:`continuity_app.journal.entry`;
- errors: :class:`EntryRefused` (a field missing or unknown to the data),
  :class:`NeedsConfirmation` (a dose already recorded, a PN over its maximum;
  ``earlier`` names the entries);
- ``handback`` (export/import of the signed, encrypted hand-back file), ``views``
  (the readable CSV/FHIR/PDF views), ``collect`` (IT's merge of every laptop's file).

Modules: ``entry`` (the model), ``storage`` (the encrypted files in the home),
``validate`` (fields against the data), ``checks`` (duplicates, PN maxima, due
effects, flags), ``journal`` (the session's journal).
"""

from continuity_app.journal.entry import (
    CALL_RESULTS,
    CHANNELS,
    DRILL_STEPS,
    GIVEN_OUTCOMES,
    KINDS,
    SLOTS,
    VISIT_OUTCOMES,
    AddResult,
    Entry,
    Flagged,
    FlagKind,
    local_text,
)
from continuity_app.journal.journal import Journal, NeedsConfirmation, entry_json
from continuity_app.journal.validate import EntryRefused, parse_when

__all__ = [
    "CALL_RESULTS",
    "CHANNELS",
    "DRILL_STEPS",
    "GIVEN_OUTCOMES",
    "KINDS",
    "SLOTS",
    "VISIT_OUTCOMES",
    "AddResult",
    "Entry",
    "EntryRefused",
    "FlagKind",
    "Flagged",
    "Journal",
    "NeedsConfirmation",
    "entry_json",
    "local_text",
    "parse_when",
]
