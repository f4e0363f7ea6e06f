"""A colleague's hand-back file taken in from the journal view: the new entries are
listed with who wrote them on which laptop, and taking the same file in twice adds
nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import test_gui_journal as journal_tests
from test_gui_journal import entries, give_initials, settle

moved, win = journal_tests.moved, journal_tests.win  # the window with a clock to move

COLLEAGUE = "nk-kollega01"


def colleague_file(session: Any, folder: Path, citizen_id: str) -> Path:
    """A hand-back file as a colleague's laptop of the same unit writes it for this one,
    with the data as IT's publish makes it: both laptops' keys in the bundle."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from gui_support import CREATED

    from continuity_app.journal import handback
    from continuity_app.journal.entry import GENESIS, Entry
    from continuity_app.publish.handback_key import journal_keys
    from continuity_app.publish.registry import Device

    d = session.device
    signing = Ed25519PrivateKey.generate()
    me = Device(
        d.device_id, d.scope, d.device_public(), "host", CREATED, CREATED, signing_key=d.signing_public()
    )
    other = Device(
        COLLEAGUE,
        d.scope,
        X25519PrivateKey.generate().public_key(),
        "host2",
        CREATED,
        CREATED,
        signing_key=signing.public_key(),
    )
    it = X25519PrivateKey.generate().public_key()
    session.store.set_meta(journal_keys=journal_keys(it, [me, other]))
    at = session.header.created_at + dt.timedelta(hours=1)
    first = Entry(
        COLLEAGUE, 1, "note", "KL", at, at, {"citizen_id": citizen_id, "text": "Nøglen virkede ikke"}, GENESIS
    )
    first = Entry(**{**first.__dict__, "scope": d.scope})
    segment = handback.make_segment(signing, COLLEAGUE, d.scope, [first], at)
    path = folder / "kollega.nkj"
    path.write_bytes(
        handback.write_file(
            signing_key=signing,
            device_id=COLLEAGUE,
            scope=d.scope,
            segments=[segment],
            recipients={d.device_id: d.device_public()},
            created_at=at,
        )
    )
    return path


def test_a_colleague_s_entries_are_taken_in_once_and_shown_with_their_laptop(
    qtbot: Any, win: Any, session: Any, tmp_path: Path
) -> None:
    give_initials(qtbot, win, "ab")
    citizen = next(iter(session.store.citizens())).citizen_id
    path = colleague_file(session, tmp_path, citizen)
    win.show_view(win.JOURNAL)
    view = win.views[win.JOURNAL]
    before = len(entries(win))
    view.import_file(path)
    assert view.progress.isVisible() and not view.import_button.isEnabled()
    settle(qtbot, win)
    assert view.status.text() == f"1 ny registrering fra {COLLEAGUE}."
    (taken,) = [e for e in entries(win) if e.device == COLLEAGUE]
    assert taken.fields["text"] == "Nøglen virkede ikke" and len(entries(win)) == before + 1

    def cell(row: int, column: int) -> str:  # a zero-width space lets a long id wrap
        return str(view.proxy.index(row, column).data() or "").replace("\u200b", "")

    column = view.model.Column
    (row,) = [r for r in range(view.proxy.rowCount()) if cell(r, column.DEVICE) == COLLEAGUE]
    assert cell(row, column.INITIALS) == "KL" and cell(row, column.WHAT) == "Nøglen virkede ikke"
    view.import_file(path)  # the same file again: nothing new, nothing twice
    settle(qtbot, win)
    assert view.status.text() == "Ingen nye registreringer i filen: alt i den er her allerede."
    assert len(entries(win)) == before + 1
