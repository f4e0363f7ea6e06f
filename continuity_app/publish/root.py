"""The publisher's root of trust: create it, delegate to a publishing key, rotate, reset.

The root key is an Ed25519 key sealed under its own passphrase
(``CONTINUITY_ROOT_PASSPHRASE``) in ``root-key.json`` (format
``noedkopi-root-secret``, else as ``publisher-key.json``), kept in the home or —
better — only on a USB stick in a safe (``init --root-out DIR``). Laptops pin the
root's public key (``publisher-key.pub``). It signs two kinds of statement
(``bundle.delegation``), each needed rarely and each the only use of the root:

- ``delegation.json``: the current publishing key, its number and expiry. Made at
  ``init`` and by ``key rotate``; every bundle and latest.json carries it.
- ``resets.json``: per scope, the newest sequence reset (epoch ≥ 1). Made by
  ``sequence reset`` after a stolen key pushed a scope's sequence absurdly high;
  every later bundle of that scope carries it.

A home made before the root (the publishing key pinned itself) gets its root at
its first ``key rotate``: the root delegates to the *existing* key, so the next
bundles are signed by the key those laptops pin and hand them over to the root;
the next ``key rotate`` then makes a new publishing key.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from continuity_app.bundle.delegation import (
    Delegation,
    make_delegation,
    make_reset,
    read_delegation,
    trust_fields,
)
from continuity_app.bundle.errors import BadSignature, BundleError
from continuity_app.bundle.keys import load_publisher_public_key, publisher_key_text
from continuity_app.bundle.names import check_name
from continuity_app.errors import (
    AlreadyExists,
    DiskError,
    PassphraseError,
    SetupError,
    UsageError,
)
from continuity_app.kdf import ScryptParams
from continuity_app.paths import atomic_write
from continuity_app.publish import jsonfile, secret
from continuity_app.publish.home import PublisherHome

DELEGATION_DAYS = 400  # a publishing key serves about a year; rotate before it expires
WARN_DAYS = 30
RESETS_FORMAT = "noedkopi-publisher-resets"


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)


def _write_delegation(home: PublisherHome, obj: dict[str, Any]) -> None:
    atomic_write(home.delegation_file, (json.dumps(obj, indent=2) + "\n").encode("utf-8"), mode=0o644)


def create_root(
    home: PublisherHome,
    publishing: Ed25519PublicKey,
    root_passphrase: str,
    params: ScryptParams,
    *,
    root_out: Path | None = None,
    now: dt.datetime | None = None,
    version: int = 1,
) -> Ed25519PublicKey:
    """Make the root key (sealed, in the home or ``root_out``), delegate to ``publishing``;
    returns the root's public key (for ``publisher-key.pub``)."""
    if not root_passphrase:
        raise PassphraseError("the root passphrase must not be empty")
    target = (root_out / "root-key.json") if root_out is not None else home.root_key_file
    if target.exists():
        raise AlreadyExists(f"{target} already exists; not overwriting a root key")
    root = Ed25519PrivateKey.generate()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, secret.seal_private_key(root, root_passphrase, params, secret.ROOT_FORMAT))
    except OSError as err:
        raise DiskError(f"{target}: cannot write the root key ({err.strerror})") from None
    when = _now(now)
    _write_delegation(
        home,
        make_delegation(
            root,
            publishing,
            version=version,
            issued_at=when,
            expires_at=when + dt.timedelta(days=DELEGATION_DAYS),
        ),
    )
    return root.public_key()


def current_delegation(home: PublisherHome) -> Delegation | None:
    """The delegation in ``delegation.json``; None in a home made before the root."""
    raw = _delegation_object(home)
    if raw is None:
        return None
    try:
        return read_delegation(raw, str(home.delegation_file))
    except BundleError as err:
        raise SetupError(f"{home.delegation_file}: {err}") from None


def _delegation_object(home: PublisherHome) -> dict[str, Any] | None:
    try:
        text = home.delegation_file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as err:
        raise SetupError(f"{home.delegation_file}: cannot read ({err.strerror})") from None
    try:
        obj = json.loads(text)
    except ValueError:
        raise SetupError(f"{home.delegation_file}: not JSON") from None
    if not isinstance(obj, dict):
        raise SetupError(f"{home.delegation_file}: not a delegation")
    return obj


def _resets(home: PublisherHome) -> dict[str, dict[str, Any]]:
    if not home.resets_file.exists():
        return {}
    doc = jsonfile.read(home.resets_file, RESETS_FORMAT)
    scopes = doc.get("scopes")
    return {str(k): v for k, v in scopes.items() if isinstance(v, dict)} if isinstance(scopes, dict) else {}


def trust_for(home: PublisherHome, scope: str, now: dt.datetime) -> tuple[dict[str, Any], list[str]]:
    """What a bundle and latest.json of ``scope`` carry (delegation, epoch, reset), and warnings.

    Refuses to publish under an expired delegation: every laptop would refuse it.
    """
    raw = _delegation_object(home)
    warnings: list[str] = []
    if raw is not None:
        delegation = current_delegation(home)
        assert delegation is not None
        if delegation.expires_at < now:
            raise BadSignature(
                f"{home.delegation_file}: the publishing key's delegation expired "
                f"{delegation.expires_at:%Y-%m-%d}; laptops refuse its bundles: run "
                "'continuity-publish key rotate'"
            )
        if delegation.expires_at < now + dt.timedelta(days=WARN_DAYS):
            warnings.append(
                f"the publishing key's delegation expires {delegation.expires_at:%Y-%m-%d}: "
                "run 'continuity-publish key rotate' soon"
            )
    reset = _resets(home).get(scope)
    epoch = _epoch(reset)
    return trust_fields(raw, epoch, reset), warnings


def _epoch(reset: dict[str, Any] | None) -> int:
    if reset is None:
        return 0
    try:
        value = json.loads(reset["signed"])["epoch"]
    except (KeyError, TypeError, ValueError):
        return 0
    return value if isinstance(value, int) else 0


def open_root(home: PublisherHome, root_file: Path | None, root_passphrase: str) -> Ed25519PrivateKey:
    """The root's private key from ``root_file`` (default: the home's), checked against the pin."""
    path = root_file or home.root_key_file
    if not path.exists():
        raise SetupError(f"{path}: no root key there (init --root-out kept it elsewhere?): give --root FILE")
    key = secret.open_private_key(path, root_passphrase, secret.ROOT_FORMAT)
    delegation = current_delegation(home)
    pinned = delegation.root_key if delegation is not None else None
    if pinned is not None and key.public_key().public_bytes_raw() != pinned.public_bytes_raw():
        raise SetupError(f"{path} is not the root key of {home.root}")
    return key


@dataclass(frozen=True)
class RotateResult:
    version: int
    publishing_fingerprint: str
    expires_at: dt.datetime
    created_root: Path | None  # a home made before the root got its root here
    legacy: bool  # True: the existing key stays, delegated, to hand laptops over to the root


def rotate_key(
    home_dir: Path,
    *,
    passphrase: str,
    root_passphrase: str,
    root_file: Path | None = None,
    root_out: Path | None = None,
    kdf: ScryptParams | None = None,
    now: dt.datetime | None = None,
) -> RotateResult:
    """A new publishing key, delegated by the root (see the module doc for a pre-root home)."""
    home = PublisherHome.open(Path(home_dir))
    when = _now(now)
    with home.locked():
        old = home.signing_key(passphrase)  # the publisher passphrase must be right first
        params = kdf or secret.measure_scrypt()
        if current_delegation(home) is None:  # a home made before the root: the handover
            legacy_pub = load_publisher_public_key(home.public_key_file)
            atomic_write(
                home.legacy_public_key_file, publisher_key_text(legacy_pub).encode("ascii"), mode=0o644
            )
            root_pub = create_root(
                home, old.public_key(), root_passphrase, params, root_out=root_out, now=when
            )
            atomic_write(home.public_key_file, publisher_key_text(root_pub).encode("ascii"), mode=0o644)
            delegation = current_delegation(home)
            assert delegation is not None
            where = (root_out / "root-key.json") if root_out is not None else home.root_key_file
            return RotateResult(1, delegation.publishing_fingerprint, delegation.expires_at, where, True)
        root = open_root(home, root_file, root_passphrase)
        previous = current_delegation(home)
        assert previous is not None
        new = Ed25519PrivateKey.generate()
        version = previous.version + 1
        obj = make_delegation(
            root,
            new.public_key(),
            version=version,
            issued_at=when,
            expires_at=when + dt.timedelta(days=DELEGATION_DAYS),
        )
        # the new secret first, then the delegation that names it: a crash in between leaves the
        # old delegation naming the old key, which the next rotate replaces
        atomic_write(home.secret_key_file, secret.seal_private_key(new, passphrase, params))
        _write_delegation(home, obj)
        delegation = read_delegation(obj)
        return RotateResult(version, delegation.publishing_fingerprint, delegation.expires_at, None, False)


@dataclass(frozen=True)
class ResetResult:
    scope: str
    epoch: int


def reset_sequence(
    home_dir: Path,
    scope: str,
    *,
    root_passphrase: str,
    root_file: Path | None = None,
    now: dt.datetime | None = None,
) -> ResetResult:
    """A root-signed reset of ``scope``'s sequences: the next bundle opens a new epoch."""
    home = PublisherHome.open(Path(home_dir))
    try:
        check_name(scope, "scope")
    except ValueError as err:
        raise UsageError(str(err)) from None
    with home.locked():
        if current_delegation(home) is None:
            raise SetupError(
                f"{home.root} has no root key yet (made before the root of trust): run "
                "'continuity-publish key rotate' first"
            )
        root = open_root(home, root_file, root_passphrase)
        resets = _resets(home)
        epoch = _epoch(resets.get(scope)) + 1
        resets[scope] = make_reset(root, scope=scope, epoch=epoch, issued_at=_now(now))
        jsonfile.write(home.resets_file, RESETS_FORMAT, {"scopes": resets})
    return ResetResult(scope, epoch)
