"""The laptop's trust: its pinned key plus what the guard remembers of the publisher's root.

:func:`client_trust` builds the resolver (``bundle.trust.ClientTrust``) that sync
uses for what arrives, and status and unlock for what is stored;
:func:`remember` keeps what an accepted file taught (the root it hands over to,
the newest delegation) in the guard, which ``save_state`` writes in both places.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from continuity_app.bundle.keys import load_publisher_public_key
from continuity_app.bundle.trust import ClientTrust
from continuity_app.home import ClientHome
from continuity_app.sync.guard import Guard


def client_trust(
    home: ClientHome,
    guard: Guard | None = None,
    *,
    now: dt.datetime | None = None,
    incoming: bool = True,
) -> ClientTrust:
    """The resolver for this home; ``guard`` defaults to the one ``load_state`` merges."""
    if guard is None:
        from continuity_app.sync.state import load_state

        guard = load_state(home).guard
    pinned = load_publisher_public_key(home.publisher_key)
    return ClientTrust(
        pinned=pinned,
        root=_root(guard.root),
        delegation_version=guard.delegation_version,
        now=now,
        incoming=incoming,
    )


def remember(guard: Guard, trust: ClientTrust) -> None:
    """What ``trust`` learnt while verifying an accepted file: the root and delegation."""
    learnt = trust.learnt
    if learnt is None:
        return
    guard.root = base64.b64encode(learnt.root_key.public_bytes_raw()).decode("ascii")
    guard.delegation_version = max(guard.delegation_version, learnt.version)
    trust.root, trust.delegation_version = learnt.root_key, guard.delegation_version


def _root(text: str) -> Ed25519PublicKey | None:
    if not text:
        return None
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return Ed25519PublicKey.from_public_bytes(raw) if len(raw) == 32 else None
