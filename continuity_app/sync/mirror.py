"""The laptop as a mirror: its verified bundles, in the publish folder's layout, for a colleague.

``continuity-app share --out DIR`` writes, for this laptop's scope::

    DIR/<scope>/<scope>-<sequence:08d>.bundle   every stored generation that verifies (still
                                                encrypted, byte for byte as the publisher signed it)
    DIR/<scope>/latest.json                     the publisher-signed latest.json this laptop
                                                accepted with its newest bundle
    DIR/journal/<device id>.handback            this laptop's journal hand-back file, with
                                                ``share --with-journal`` (the command writes it:
                                                it needs the passphrase, and the journal layer)

Another laptop of the same scope syncs from it with ``continuity-app sync --from
DIR``: the very checks of a sync from the publisher, so only signatures count and
any carrier (USB stick, file share) is safe. Nothing here needs the passphrase.
A laptop with several enrolments shares one (each is a home of its own).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from continuity_app.bundle.latest import MAX_LATEST_BYTES, verify_latest
from continuity_app.errors import KnownError, NoData, SetupError, disk_error
from continuity_app.home import ClientHome
from continuity_app.paths import atomic_write

SHARED_MODE = 0o644  # the files are encrypted and signed; a colleague's account must read them


def keep_latest(home: ClientHome, scope: str, data: bytes) -> None:
    """Keep the verified latest.json of the newest accepted bundle (for ``share``)."""
    path = home.accepted_latest(scope)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write(path, data)
    except OSError as err:
        raise disk_error(err, path) from None


@dataclass
class ShareResult:
    out: Path
    scope: str
    bundles: list[Path] = field(default_factory=list)
    latest: Path | None = None  # None: no latest.json names the newest bundle held
    sequence: int | None = None  # the newest sequence written
    skipped: list[str] = field(default_factory=list)  # generations that failed their check


def share(home: ClientHome, out: Path, *, now: dt.datetime | None = None) -> ShareResult:
    """Write this laptop's verified bundles and accepted latest.json to ``out``."""
    from continuity_app.sync import generations as gens
    from continuity_app.sync.trust import client_trust
    from continuity_app.vault.device import DeviceFile

    if not home.is_enrolled():
        raise SetupError(f"{home.root} is not set up: enroll this laptop first (continuity-app enroll)")
    device = DeviceFile.load(home.device)
    scope = device.scope
    trust = client_trust(home, incoming=False)
    result = ShareResult(out, scope)
    folder = out / scope
    held = gens.list_generations(home, scope)
    if not held:
        raise NoData(f"{home.generations}: no data to share yet for scope '{scope}'")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise disk_error(err, folder) from None
    for gen in held:
        try:
            data = gen.path.read_bytes()
        except OSError:
            result.skipped.append(gen.path.name)
            continue
        found = gens.verify_bytes(data, trust)
        if found is None or found[0].scope != scope or found[0].sequence != gen.sequence:
            result.skipped.append(gen.path.name)
            continue
        target = folder / gen.path.name
        _write(target, data)
        result.bundles.append(target)
        if result.sequence is None:
            result.sequence = gen.sequence
    newest = result.bundles[0].name if result.bundles else ""
    kept = home.accepted_latest(scope)
    try:
        latest_bytes = kept.read_bytes()[: MAX_LATEST_BYTES + 1]
        latest = verify_latest(latest_bytes, client_trust(home, incoming=False))
    except (OSError, KnownError):
        latest_bytes, latest = b"", None
    if latest is not None and latest.file == newest and latest.scope == scope:
        result.latest = folder / "latest.json"
        _write(result.latest, latest_bytes)
    return result


def _write(path: Path, data: bytes) -> None:
    try:
        atomic_write(path, data, mode=SHARED_MODE)
    except OSError as err:
        raise disk_error(err, path) from None
