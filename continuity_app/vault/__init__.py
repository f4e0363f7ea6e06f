"""The client's secrets: passphrase → keys, unlock/lock, audit log.

Public API::

    from continuity_app.vault import unlock, Session, enroll, change_passphrase
    session = unlock(home, passphrase, now=None, progress=None)   # -> Session
    session.store / .header / .generation / .warnings / .audit(event, **fields) / .lock()
    from continuity_app.vault import audit; audit.append(home, "sync", result="new_data", sequence=7)

Module map: ``kdf`` (scrypt, measured parameters), ``device`` (``device.json``,
key wrapping), ``lockout`` (wrong-passphrase delays), ``keys`` (open the keys
under the lockout), ``session`` (unlock, Session, generations), ``passphrase``
(rule, prompts, change), ``enroll``, ``audit`` (append), ``audit_read``
(decrypt, verify the chain, CSV export). The idle lock is the app's
(``continuity_app.gui.idle``).
"""

from continuity_app.home import Generation
from continuity_app.vault.enroll import EnrollResult, enroll
from continuity_app.vault.lockout import WaitBeforeRetry, WrongPassphrase
from continuity_app.vault.passphrase import change_passphrase
from continuity_app.vault.session import (
    Session,
    SessionLocked,
    SessionWarning,
    list_generations,
    unlock,
)

__all__ = [
    "EnrollResult",
    "Generation",
    "Session",
    "SessionLocked",
    "SessionWarning",
    "WaitBeforeRetry",
    "WrongPassphrase",
    "change_passphrase",
    "enroll",
    "list_generations",
    "unlock",
]
