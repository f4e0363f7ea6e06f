"""Enrolling this laptop: its keys, the pinned publisher key, its config, the request for IT.

The enrollment request (``bundle.enrollment.EnrollmentRequest``) holds only the
device's public key; municipal IT imports it with ``continuity-publish device add``.
"""

from __future__ import annotations

import datetime as dt
import shutil
import socket
from dataclasses import dataclass, replace
from pathlib import Path

from continuity_app import settings
from continuity_app.errors import AlreadyExists, DiskError, KnownError, SetupError, UsageError
from continuity_app.home import ClientHome
from continuity_app.kdf import ScryptParams, measure
from continuity_app.passphrases import check_new_passphrase
from continuity_app.paths import atomic_write
from continuity_app.vault import audit
from continuity_app.vault.device import DeviceFile
from continuity_app.vault.session import list_generations


@dataclass(frozen=True)
class EnrollResult:
    device_id: str
    scope: str
    request_path: Path
    fingerprint: str  # the pinned publisher key's, 64 hex
    replaced: tuple[Path, ...] = ()  # what --force moved aside
    warnings: tuple[str, ...] = ()  # what failed after the enrollment happened (its audit record)


def check_source(source: str) -> str:
    """A URL (http/https) is kept as given; a folder becomes an absolute path."""
    if "://" in source:
        scheme = source.split("://", 1)[0].lower()
        if scheme not in ("http", "https"):
            raise UsageError(f"source '{source}': only http://, https:// or a folder is possible")
        return source
    if not source.strip():
        raise UsageError("source: give a URL or a folder")
    return str(Path(source).expanduser().resolve())


def enroll(
    home: ClientHome,
    *,
    scope: str,
    source: str,
    publisher_key_file: Path,
    passphrase: str,
    out: Path | None = None,
    force: bool = False,
    kdf: ScryptParams | None = None,
    now: dt.datetime | None = None,
    hostname: str | None = None,
) -> EnrollResult:
    """Create the home's keys and config and write the enrollment request.

    Refuses (ALREADY_EXISTS) when the home is already enrolled, unless ``force``:
    then the old ``device.json`` and audit log are kept beside the new ones under
    names carrying the old device id, and the old generations (encrypted to the
    old key, unreadable with the new one) are removed — except for a laptop
    enrolled before devices had a signing key, of the same scope, whose passphrase
    is given: it keeps its device id, keys, data, audit log and journal, gains a
    signing key, and the new request carries it (IT adds it like a new one).
    """
    from continuity_app.bundle.enrollment import EnrollmentRequest
    from continuity_app.bundle.keys import fingerprint, load_publisher_public_key, publisher_key_text
    from continuity_app.bundle.names import check_scope

    try:
        check_scope(scope, "unit")
    except ValueError as err:
        raise UsageError(str(err)) from None
    source = check_source(source)
    check_new_passphrase(passphrase)
    publisher = load_publisher_public_key(publisher_key_file)
    replaced: list[Path] = []
    upgraded: DeviceFile | None = None
    if home.device.exists():
        if not force:
            raise AlreadyExists(
                f"{home.device}: this home is already enrolled; use --force to "
                "enroll it again (new keys: IT must add the new request)"
            )
        upgraded = _with_signing_key(home, scope, passphrase)
        if upgraded is None:
            replaced = _set_aside(home)
    home.create()
    if upgraded is not None:
        device = upgraded
    else:
        params = kdf.with_new_salt() if kdf is not None else measure()
        device, keys = DeviceFile.create(scope, passphrase, params, now=now)
        del keys  # the private keys exist only wrapped from here on
    when = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    request = EnrollmentRequest(
        device_id=device.device_id,
        scope=scope,
        public_key=device.device_public(),
        publisher_fingerprint=fingerprint(publisher),
        hostname=hostname if hostname is not None else socket.gethostname(),
        created_at=when,
        signing_key=device.signing_public(),
    )
    target = out if out is not None else Path("REQUEST.json")
    try:  # the request first: if it cannot be written, nothing is enrolled
        atomic_write(target.resolve(), request.to_json().encode("utf-8"), mode=0o644)
    except OSError as err:
        raise DiskError(f"{target}: cannot write the enrollment request ({err.strerror})") from err
    atomic_write(home.publisher_key, publisher_key_text(publisher).encode("ascii"), mode=0o644)
    device.save(home.device)
    settings.update_client(home.config, source=source, scope=scope, device_id=device.device_id)
    problem = audit.append_after(
        home,
        "enroll",
        now=now,
        public_key=device.audit_key(),
        result="ok",
        scope=scope,
        device_id=device.device_id,
    )
    return EnrollResult(
        device.device_id,
        scope,
        target,
        fingerprint(publisher),
        tuple(replaced),
        (problem,) if problem else (),
    )


def enroll_added(
    home: ClientHome,
    name: str,
    *,
    scope: str,
    source: str,
    publisher_key_file: Path,
    passphrase: str,
    out: Path | None = None,
    force: bool = False,
    now: dt.datetime | None = None,
    hostname: str | None = None,
) -> tuple[ClientHome, EnrollResult]:
    """Add an enrolment with another publisher beside those the home holds (``enroll --add``).

    It gets a home of its own under ``home/enrolments/<name>/`` (own pinned root, device,
    scope, state, generations, audit log). The passphrase must open the first enrolment's
    device (a wrong one counts like any wrong try): one passphrase opens every enrolment,
    and the new device is wrapped under it with the first's scrypt strength.
    """
    from continuity_app.home import check_enrolment_name
    from continuity_app.vault.keys import open_keys

    try:
        check_enrolment_name(name)
    except ValueError as err:
        raise UsageError(f"--add: {err}") from None
    if not home.is_enrolled():
        raise SetupError(f"{home.root} is not enrolled yet: enroll the first publisher without --add")
    taken = [h for h in home.enrolments() if h.enrolment_name == name]
    target = ClientHome(home.added_enrolments / name)
    if taken and taken[0] != target:
        raise AlreadyExists(
            f"{taken[0].root}: the enrolment '{name}' is this home's first one; choose another name"
        )
    first, keys = open_keys(home, passphrase, now=now, purpose="enroll")
    del keys  # only the proof that the passphrase is the one of this laptop
    home.added_enrolments.mkdir(parents=True, exist_ok=True, mode=0o700)
    result = enroll(
        target,
        scope=scope,
        source=source,
        publisher_key_file=publisher_key_file,
        passphrase=passphrase,
        out=out,
        force=force,
        kdf=first.kdf,
        now=now,
        hostname=hostname,
    )
    values = settings.load(target.config)
    values["enrolment_name"] = name
    settings.save(target.config, values)
    return target, result


def _with_signing_key(home: ClientHome, scope: str, passphrase: str) -> DeviceFile | None:
    """The old device with a new signing key (same id, keys and data), or None when it
    already has one, is of another scope, or ``passphrase`` does not open it."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from continuity_app.errors import PassphraseError
    from continuity_app.vault.device import Keys

    try:
        old = DeviceFile.load(home.device)
    except KnownError:
        return None
    if old.signing_public_key or old.scope != scope:
        return None
    try:
        keys = old.unwrap(passphrase, home.device)
    except (PassphraseError, KnownError):
        return None
    signing = Ed25519PrivateKey.generate()
    new = replace(old, signing_public_key=signing.public_key().public_bytes_raw())
    return new.rewrapped(Keys(keys.device, keys.audit, signing), passphrase, old.kdf)


def _set_aside(home: ClientHome) -> list[Path]:
    """Keep the old device file and audit log (named by the old device id); drop old bundles."""
    old = DeviceFile.load(home.device)
    moved: list[Path] = []
    for path in (home.device, home.audit_log):
        if path.exists():
            target = path.with_name(f"{path.stem}-{old.device_id}{path.suffix}")
            shutil.move(path, target)
            moved.append(target)
    for gen in list_generations(home):
        gen.path.unlink()
    return moved
