"""Opening the device's keys with the passphrase, under the wrong-passphrase lockout.

Every path that takes the passphrase (unlock, audit export, passphrase change)
goes through :func:`open_keys`, so each wrong try counts and waits alike, and
each is written to the audit log.
"""

from __future__ import annotations

import datetime as dt

from continuity_app.errors import PassphraseError
from continuity_app.home import ClientHome
from continuity_app.vault import audit
from continuity_app.vault.device import DeviceFile, Keys
from continuity_app.vault.lockout import WaitBeforeRetry, WrongPassphrase, held


def open_keys(
    home: ClientHome, passphrase: str, *, now: dt.datetime | None = None, purpose: str = "unlock"
) -> tuple[DeviceFile, Keys]:
    """The device file and its unwrapped keys.

    Raises :class:`~continuity_app.vault.lockout.WaitBeforeRetry` when a try is
    not yet allowed, :class:`~continuity_app.errors.PassphraseError` (counted,
    audited) when the passphrase is wrong, ``SetupError`` when not enrolled.
    """
    device = DeviceFile.load(home.device)
    with held(home.lockout) as lockout:  # check, try and count as one step
        try:
            lockout.check(now)
        except WaitBeforeRetry:
            audit.append_after(home, purpose, now=now, public_key=device.audit_key(), result="wait")
            raise
        try:
            keys = device.unwrap(passphrase, home.device)
        except PassphraseError:
            wait = lockout.record_failure(now)
            audit.append_after(
                home,
                purpose,
                now=now,
                public_key=device.audit_key(),
                result="wrong_passphrase",
                count=lockout.failures,
            )
            later = f"; wait {wait} s before the next try" if wait else ""
            raise WrongPassphrase(
                f"wrong passphrase for {home.device} ({lockout.failures} in a row{later})", wait
            ) from None
        lockout.record_success()
    return device, keys
