"""Which key may have signed a bundle or latest.json: the pinned key, or one its root delegates to.

A laptop pins one key (``publisher-key.pub``). Enrolled since the root of trust
it is the root's; enrolled before, it is the publishing key of that time. The
rules (docs/bundle-format.md §7b):

- a file carrying a delegation is signed by the delegation's publishing key, and
  the delegation is signed by the trusted root (the pinned key, or the root this
  laptop moved to). Arriving (``incoming``), the delegation must also not be older
  than the newest one this laptop has seen (a retired key stays retired) and not
  past ``expires_at``;
- a laptop that pins a publishing key moves to a root once: a file signed by its
  pinned key that carries a delegation from a root to that same key (the pinned
  key vouches for the root by signing it) — the *handover*;
- a file without a delegation must be signed by the pinned key itself, and only
  until the laptop has moved to a root;
- ``epoch`` > 0 needs a ``reset`` signed by the trusted root for that scope and epoch.

Pure: keys and numbers in, a key or a typed error out. What was learnt
(``learnt``) is for the caller to keep, once the file is accepted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from continuity_app.bundle.delegation import Delegation, epoch_of, read_delegation, read_reset
from continuity_app.bundle.errors import BadSignature, CorruptBundle
from continuity_app.bundle.keys import fingerprint, grouped


class KeyResolver(Protocol):
    def signer_for(self, claimed: str, extra: Mapping[str, Any], what: str) -> Ed25519PublicKey:
        """The key to check the signature of ``what`` with; BadSignature if none is trusted."""
        ...

    def epoch_for(self, scope: str, extra: Mapping[str, Any], what: str) -> int:
        """The file's epoch, its reset checked against the trusted root."""
        ...


def short(fp: str) -> str:
    return grouped(fp)[:19] + " …"


@dataclass
class Pinned:
    """Exactly one trusted key, no delegation: the publisher's own tools and the old format."""

    key: Ed25519PublicKey

    def signer_for(self, claimed: str, extra: Mapping[str, Any], what: str) -> Ed25519PublicKey:
        return self.key

    def epoch_for(self, scope: str, extra: Mapping[str, Any], what: str) -> int:
        return epoch_of(extra, what)


@dataclass
class ClientTrust:
    pinned: Ed25519PublicKey
    root: Ed25519PublicKey | None = None  # the root this laptop moved to, if not the pinned key
    delegation_version: int = 0  # the newest delegation accepted so far
    now: dt.datetime | None = None  # for a delegation's expiry; None: not checked
    incoming: bool = True  # False: a stored generation, accepted earlier (no retirement check)
    learnt: Delegation | None = field(default=None, init=False)

    @property
    def _roots(self) -> list[Ed25519PublicKey]:
        if self.learnt is not None and self.root is None:
            return [self.learnt.root_key]  # this very file hands over to its root
        return [self.root] if self.root is not None else [self.pinned]

    def signer_for(self, claimed: str, extra: Mapping[str, Any], what: str) -> Ed25519PublicKey:
        pinned_fp = fingerprint(self.pinned)
        raw = extra.get("delegation")
        if raw is None:
            if claimed == pinned_fp and (
                self.root is None or not self.incoming or fingerprint(self.root) == pinned_fp
            ):
                return self.pinned
            if claimed == pinned_fp:
                raise BadSignature(
                    f"{what} is signed by the publishing key this laptop pinned before it moved "
                    f"to the root ({short(pinned_fp)}); that key is retired"
                )
            raise BadSignature(
                f"{what} is signed by another publisher key ({short(claimed)}), not the pinned one "
                f"({short(pinned_fp)})"
            )
        delegation = read_delegation(raw, f"{what}'s delegation")
        if delegation.publishing_fingerprint != claimed:
            raise BadSignature(f"{what} names another publishing key than its delegation")
        trusted = {fingerprint(k) for k in ([self.root] if self.root is not None else [self.pinned])}
        if delegation.root_fingerprint in trusted:
            if self.incoming:
                self._check_current(delegation, what)
            self.learnt = delegation
            return delegation.publishing_key
        if self.root is None and claimed == pinned_fp:  # the handover: the pinned key vouches
            self.learnt = delegation
            return self.pinned
        raise BadSignature(
            f"{what}'s delegation is signed by another root ({short(delegation.root_fingerprint)}), "
            f"not the one this laptop trusts ({short(next(iter(trusted)))})"
        )

    def _check_current(self, delegation: Delegation, what: str) -> None:
        if delegation.version < self.delegation_version:
            raise BadSignature(
                f"{what} is signed by a retired publishing key ({short(delegation.publishing_fingerprint)}, "
                f"delegation {delegation.version}; this laptop follows delegation "
                f"{self.delegation_version})"
            )
        if self.now is not None and delegation.expires_at < self.now:
            raise BadSignature(
                f"{what} is signed by a publishing key whose delegation expired "
                f"{delegation.expires_at:%Y-%m-%d} (the publisher must rotate its key)"
            )

    def epoch_for(self, scope: str, extra: Mapping[str, Any], what: str) -> int:
        epoch = epoch_of(extra, what)
        if epoch == 0:
            return 0
        raw = extra.get("reset")
        if raw is None:
            raise CorruptBundle(f"{what} has epoch {epoch} but carries no sequence reset")
        last: BadSignature | None = None
        for root in self._roots:
            try:
                reset = read_reset(raw, root, f"{what}'s sequence reset")
            except BadSignature as err:
                last = err
                continue
            if reset.scope != scope or reset.epoch != epoch:
                raise CorruptBundle(
                    f"{what}'s sequence reset is for {reset.scope} epoch {reset.epoch}, "
                    f"not {scope} epoch {epoch}"
                )
            return epoch
        raise last or BadSignature(f"{what}'s sequence reset is not signed by the trusted root")
