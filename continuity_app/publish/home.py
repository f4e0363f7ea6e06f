"""The publisher's home: one place that names every file in it, and ``init``.

::

    HOME/
      publisher-key.pub   the public key to pin on laptops (bundle.keys format): the root's
      root-key.json       the root's Ed25519 private key, sealed under the root passphrase
                          (unless init put it elsewhere with --root-out: a USB stick for a safe)
      delegation.json     the root's signed delegation to the current publishing key
      resets.json         root-signed sequence resets, per scope (publish.root)
      publisher-key.json  the publishing key (Ed25519), sealed under the publisher passphrase
      publisher-key-legacy.pub  a home made before the root: the key its laptops pinned first
      handback-key.pub    IT's X25519 key that journal hand-back files are encrypted to
      handback-key.json   its private key, sealed the same way (publish.handback_key)
      journal-collect.log one JSON line per 'journal collect' run (files, hashes, counts)
      config.json         settings of scope "publisher" (bundle_validity_days, bundles_kept,
                          bundle_compression)
      scopes.json         which scopes to publish, validity per scope (publish.scopes)
      devices.json        the device registry (publish.registry)
      state.json          sequence counters, last publication per scope, known units (publish.state)
      .lock               held while a command changes the home or publishes
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from continuity_app import settings
from continuity_app.bundle.keys import fingerprint, load_publisher_public_key, publisher_key_text
from continuity_app.errors import (
    AlreadyExists,
    Busy,
    PassphraseError,
    SetupError,
    UsageError,
)
from continuity_app.kdf import ScryptParams
from continuity_app.paths import atomic_write, try_lock
from continuity_app.publish import secret


@dataclass(frozen=True)
class PublisherHome:
    root: Path

    @property
    def public_key_file(self) -> Path:
        return self.root / "publisher-key.pub"

    @property
    def secret_key_file(self) -> Path:
        return self.root / "publisher-key.json"

    @property
    def root_key_file(self) -> Path:
        return self.root / "root-key.json"

    @property
    def delegation_file(self) -> Path:
        return self.root / "delegation.json"

    @property
    def resets_file(self) -> Path:
        return self.root / "resets.json"

    @property
    def legacy_public_key_file(self) -> Path:
        return self.root / "publisher-key-legacy.pub"

    @property
    def config(self) -> Path:
        return self.root / "config.json"

    @property
    def scopes(self) -> Path:
        return self.root / "scopes.json"

    @property
    def devices(self) -> Path:
        return self.root / "devices.json"

    @property
    def state(self) -> Path:
        return self.root / "state.json"

    @property
    def lock_file(self) -> Path:
        return self.root / ".lock"

    @classmethod
    def open(cls, root: Path) -> PublisherHome:
        home = cls(Path(root).expanduser().resolve())
        if not home.public_key_file.exists() or not home.secret_key_file.exists():
            raise SetupError(
                f"{home.root} is not a publisher home (run 'continuity-publish init --home DIR')"
            )
        return home

    def public_key(self) -> Ed25519PublicKey:
        return load_publisher_public_key(self.public_key_file)

    def fingerprint(self) -> str:
        return fingerprint(self.public_key())

    def pinned_fingerprints(self) -> set[str]:
        """Keys a laptop may have pinned: the root (or the key itself), and a pre-root key."""
        found = {self.fingerprint()}
        if self.legacy_public_key_file.exists():
            found.add(fingerprint(load_publisher_public_key(self.legacy_public_key_file)))
        return found

    def publishing_public_key(self) -> Ed25519PublicKey:
        """The key that signs bundles: the delegated one, or (before the root) the pinned one."""
        from continuity_app.publish.root import current_delegation

        delegation = current_delegation(self)
        return delegation.publishing_key if delegation is not None else self.public_key()

    def signing_key(self, passphrase: str) -> Ed25519PrivateKey:
        key = secret.open_private_key(self.secret_key_file, passphrase)
        if key.public_key().public_bytes_raw() != self.publishing_public_key().public_bytes_raw():
            raise SetupError(
                f"{self.secret_key_file} does not match the delegated publishing key "
                f"({self.delegation_file.name} or {self.public_key_file.name})"
            )
        return key

    def settings(self) -> settings.PublisherSettings:
        return settings.load_publisher(self.config)

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the home's lock: one publisher command at a time."""
        fd = os.open(self.lock_file, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if not try_lock(fd):
                raise Busy(f"{self.root} is in use by another continuity-publish command; try again")
            yield
        finally:
            os.close(fd)


def init_home(
    root: Path,
    passphrase: str,
    *,
    kdf: ScryptParams | None = None,
    root_passphrase: str | None = None,
    root_out: Path | None = None,
    now: dt.datetime | None = None,
) -> PublisherHome:
    """Create a publisher home: keys, config, scopes, empty registry and counters.

    With ``root_passphrase`` (what ``continuity-publish init`` always does): a root key
    sealed under it — in the home, or in ``root_out`` — delegating to the new publishing
    key, and ``publisher-key.pub`` is the root's. Without it, a home of the format before
    the root of trust (the publishing key is pinned itself; kept for older tools and
    tests of the handover). Refuses (ALREADY_EXISTS) if ``root`` already holds a
    publisher key or any file. ``kdf`` defaults to parameters measured on this machine.
    """
    from continuity_app.publish import registry, scopes, state

    home = PublisherHome(Path(root).expanduser().resolve())
    if home.public_key_file.exists() or home.secret_key_file.exists():
        raise AlreadyExists(f"{home.root} already holds a publisher key; not overwriting it")
    # logs/ is the command framework's own log folder, made before any command runs
    if home.root.exists() and any(p.name != "logs" for p in home.root.iterdir()):
        raise AlreadyExists(f"{home.root} is not empty; choose a new folder for the publisher home")
    if not passphrase:
        raise PassphraseError("the publisher passphrase must not be empty")
    if root_passphrase is not None and root_passphrase == passphrase:
        raise UsageError(
            "the root passphrase must differ from the publisher passphrase (the root "
            "is kept offline, apart from the daily job)"
        )
    home.root.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = Ed25519PrivateKey.generate()
    params = kdf or secret.measure_scrypt()
    atomic_write(home.secret_key_file, secret.seal_private_key(key, passphrase, params))
    from continuity_app.publish import handback_key

    handback_key.create(home.root, passphrase, params)  # IT's key for journal hand-back files
    settings.save(home.config, settings.load_publisher(home.config))
    scopes.write_default(home.scopes)
    registry.Registry.empty().save(home.devices)
    state.State.empty().save(home.state)
    pinned = key.public_key()
    if root_passphrase is not None:
        from continuity_app.publish.root import create_root

        pinned = create_root(home, key.public_key(), root_passphrase, params, root_out=root_out, now=now)
    # the public key last: its presence marks a complete home
    atomic_write(home.public_key_file, publisher_key_text(pinned).encode("ascii"), mode=0o644)
    return home
