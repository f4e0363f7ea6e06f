"""Changing the unit's passphrase (the rule and the reading live in ``continuity_app.passphrases``)."""

from __future__ import annotations

import datetime as dt

from continuity_app.errors import disk_error
from continuity_app.home import ClientHome
from continuity_app.kdf import ScryptParams, measure
from continuity_app.passphrases import check_new_passphrase
from continuity_app.vault import audit
from continuity_app.vault.keys import open_keys


def change_passphrase(
    home: ClientHome, old: str, new: str, *, now: dt.datetime | None = None, kdf: ScryptParams | None = None
) -> list[str]:
    """Rewrap the device's keys under ``new`` (fresh salt, parameters measured again).

    ``device.json`` is replaced atomically: a crash or a full disk leaves the old
    or the new passphrase working, never neither, and the error says which. The
    old passphrase is checked under the same lockout as unlocking. Once the new
    file is in place the change has happened: what fails after it (the audit
    record) comes back as a warning, never as the verdict.
    """
    check_new_passphrase(new)
    device, keys = open_keys(home, old, now=now, purpose="passphrase_changed")
    # one passphrase opens every enrolment of the laptop (enroll --add): change them together,
    # each opened with the old one first, so that a wrong one changes nothing
    added = [
        (h, *open_keys(h, old, now=now, purpose="passphrase_changed"))
        for h in home.enrolments()[1:]
        if h.is_enrolled()
    ]
    params = kdf.with_new_salt() if kdf is not None else measure()
    try:
        device.rewrapped(keys, new, params).save(home.device)
    except OSError as err:
        raise disk_error(
            err, home.device, after="the passphrase is NOT changed: the old one still works"
        ) from None
    problems = []
    for other, other_device, other_keys in added:
        try:
            other_device.rewrapped(other_keys, new, params.with_new_salt()).save(other.device)
        except OSError as err:
            problems.append(
                f"the enrolment '{other.enrolment_name}' still opens with the OLD "
                f"passphrase only ({other.device}: {err.strerror}); change it again"
            )
            continue
        problem = audit.append_after(
            other, "passphrase_changed", now=now, public_key=other_device.audit_key(), result="ok"
        )
        if problem:
            problems.append(problem)
    problem = audit.append_after(
        home, "passphrase_changed", now=now, public_key=device.audit_key(), result="ok"
    )
    return ([problem] if problem else []) + problems
