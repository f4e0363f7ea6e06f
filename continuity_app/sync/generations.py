"""The generations: the last N verified bundles, still encrypted, ``<scope>-<seq:08d>.bundle``.

Storing one is ordered so that a crash at any point leaves the last good
generation usable and never lets an older sequence in later:

1. write the verified bytes to a temporary file in ``generations/`` and fsync it
   (a crash here leaves a ``.…tmp`` file that the next sync removes);
2. rename it to its final name and fsync the folder (now it counts);
3. raise the highest accepted sequence in ``state.json`` (atomic);
4. remove generations beyond the newest N.

A crash between 2 and 3 leaves a verified generation newer than ``state.json``
says; the next sync first lifts ``highest`` to it (:func:`reconcile`), so the
guard is never behind what is stored. The guard is raised only after the file
is in place, so a crash can never leave ``highest`` pointing at data that is not
there (which would refuse the same bundle as a replay on the next try).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from continuity_app.bundle import BundleError, Header, verify
from continuity_app.bundle.format import MAGIC, MAX_HEADER_LEN, PREFIX
from continuity_app.bundle.trust import KeyResolver
from continuity_app.errors import disk_error
from continuity_app.home import ClientHome, Generation, generation_name
from continuity_app.paths import fsync_dir
from continuity_app.sync.guard import Accepted

StepHook = Callable[[str], None]
"""Called after each step of storing: "temp-written", "renamed", "state-written", "pruned"."""


def list_generations(home: ClientHome, scope: str | None = None) -> list[Generation]:
    """Stored generations (optionally of one scope), newest first."""
    return home.list_generations(scope)


def read_header(path: Path) -> Header:
    """The header of a stored bundle, reading only its first bytes (no signature check).

    For showing what is held; anything that is opened or trusted goes through
    :func:`verify_file`.
    """
    with path.open("rb") as f:
        prefix = f.read(PREFIX.size)
        if len(prefix) < PREFIX.size or not prefix.startswith(MAGIC):
            raise ValueError(f"{path.name} is not a Nødkopi bundle")
        _, major, minor, length = PREFIX.unpack(prefix)
        if length > MAX_HEADER_LEN:
            raise ValueError(f"{path.name} has an impossible header length")
        data = f.read(length)
    if len(data) < length:
        raise ValueError(f"{path.name} is truncated")
    return Header.from_bytes(data, major=major, minor=minor)


def verify_file(path: Path, trust: Ed25519PublicKey | KeyResolver) -> Header | None:
    """The header of a stored generation if its signature verifies, else None."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    found = verify_bytes(data, trust)
    return found[0] if found is not None else None


def verify_bytes(data: bytes, trust: Ed25519PublicKey | KeyResolver) -> tuple[Header, int] | None:
    """(header, epoch) of a bundle whose signature verifies under ``trust``, else None."""
    try:
        verified = verify(data, trust)
    except (BundleError, ValueError, struct.error):
        return None
    return verified.header, verified.epoch


def remove_leftovers(home: ClientHome) -> None:
    """Temporary files of a store that a crash interrupted (never a finished generation)."""
    if home.generations.is_dir():
        for tmp in home.generations.glob(".*.tmp"):
            tmp.unlink(missing_ok=True)


def write_generation(
    home: ClientHome, scope: str, sequence: int, data: bytes, step: StepHook | None = None
) -> Path:
    """Steps 1–2 above: the verified ``data`` as a generation, atomically."""
    folder = home.generations
    final = folder / generation_name(scope, sequence)
    tmp = folder / f".{final.name}.{os.getpid()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as err:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise disk_error(err, final) from None
    if step is not None:
        step("temp-written")
    try:
        os.replace(tmp, final)
        fsync_dir(folder)
    except OSError as err:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise disk_error(err, final) from None
    if step is not None:
        step("renamed")
    return final


def prune(home: ClientHome, scope: str, keep: int) -> list[Path]:
    """Remove this scope's generations beyond the newest ``keep``; returns what went.

    The newest generation that has opened on this laptop is never removed, however
    many newer ones there are: if the publisher sends validly signed bundles that
    will not open, the last readable data must stay.
    """
    removed = []
    opened = home.last_opened(scope)
    for gen in list_generations(home, scope)[max(1, keep) :]:
        if gen.sequence == opened:
            continue
        with contextlib.suppress(FileNotFoundError):
            gen.path.unlink()
            removed.append(gen.path)
    return removed


def reconcile(home: ClientHome, scope: str, held: tuple[int, int], trust: KeyResolver) -> Accepted | None:
    """The verified generation of ``scope`` stored above ``held`` (epoch, sequence), if any:
    a crash between renaming a generation and writing ``state.json``. Unverified files never
    count; a generation of an earlier epoch above it (a fast-forward that a root-signed
    reset has superseded) is removed, so that it can never again be taken for the newest."""
    epoch, highest = held
    for gen in list_generations(home, scope):
        if gen.sequence <= highest:
            break
        try:
            data = gen.path.read_bytes()
        except OSError:
            continue
        found = verify_bytes(data, trust)
        if found is None:
            continue
        header, its_epoch = found
        if its_epoch < epoch:
            with contextlib.suppress(OSError):
                gen.path.unlink()
            continue
        if header.scope == scope and header.sequence == gen.sequence:
            return Accepted(its_epoch, gen.sequence, hashlib.sha256(data).hexdigest(), len(data))
    return None


def drop_superseded(home: ClientHome, scope: str, sequence: int) -> list[Path]:
    """After a bundle of a new epoch is stored at ``sequence``: remove stored generations
    numbered above it (they belong to an earlier epoch: the fast-forward being undone)."""
    removed = []
    for gen in list_generations(home, scope):
        if gen.sequence > sequence:
            with contextlib.suppress(FileNotFoundError):
                gen.path.unlink()
                removed.append(gen.path)
    return removed
