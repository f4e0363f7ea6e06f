"""Changing the unit's passphrase (the rule and the reading live in ``continuity_app.passphrases``)."""

from __future__ import annotations

import datetime as dt

from continuity_app.home import ClientHome
from continuity_app.kdf import ScryptParams, measure
from continuity_app.passphrases import check_new_passphrase
from continuity_app.vault import audit
from continuity_app.vault.keys import open_keys


def change_passphrase(home: ClientHome, old: str, new: str, *, now: dt.datetime | None = None,
                      kdf: ScryptParams | None = None) -> None:
    """Rewrap the device's keys under ``new`` (fresh salt, parameters measured again).

    ``device.json`` is replaced atomically: a crash leaves the old or the new
    passphrase working, never neither. The old passphrase is checked under the
    same lockout as unlocking.
    """
    check_new_passphrase(new)
    device, keys = open_keys(home, old, now=now, purpose="passphrase_changed")
    params = kdf.with_new_salt() if kdf is not None else measure()
    device.rewrapped(keys, new, params).save(home.device)
    audit.append(home, "passphrase_changed", now=now, public_key=device.audit_key(), result="ok")
