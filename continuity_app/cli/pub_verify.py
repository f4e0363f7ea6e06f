"""``continuity-publish verify FILE [--home DIR | --publisher-key FILE]``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from continuity_app.errors import ExitCode, SetupError, UsageError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from continuity_app.bundle.trust import KeyResolver

MAX_VERIFY_BYTES = 8 << 30


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Check a bundle's (or a latest.json's) signature against the publisher key and print "
        "its header in plain words. Exits non-zero naming the fault: corrupt (11), bad "
        "signature (12), unsupported version (18)."
    )
    parser.add_argument("file", metavar="FILE", help="a .bundle file or a latest.json")
    key = parser.add_mutually_exclusive_group(required=True)
    key.add_argument("--home", metavar="DIR", help="a publisher home (uses its publisher-key.pub)")
    key.add_argument("--publisher-key", metavar="FILE", help="a publisher-key.pub file")


def local_time(value: dt.datetime) -> str:
    """Danish local time, as people read it: ``27-11-2026 06:30``."""
    from continuity_app.domain.age import COPENHAGEN

    return value.astimezone(COPENHAGEN).strftime("%d-%m-%Y %H:%M")


def run(args: argparse.Namespace) -> int:
    from continuity_app.bundle.errors import TooLarge
    from continuity_app.bundle.keys import load_publisher_public_key
    from continuity_app.bundle.trust import ClientTrust
    from continuity_app.errors import KnownError

    key_file = Path(args.publisher_key) if args.publisher_key else Path(args.home) / "publisher-key.pub"
    from continuity_app.bundle.errors import BadSignature

    pinned = load_publisher_public_key(key_file)
    public_key = ClientTrust(pinned, incoming=False)
    from continuity_app.paths import read_bounded

    path = Path(args.file)
    try:
        data = read_bounded(path, MAX_VERIFY_BYTES, error=TooLarge, not_regular=UsageError)
    except OSError as err:
        raise SetupError(f"{path}: cannot read ({err.strerror})") from None
    try:
        try:  # signed by the pinned key itself (a home from before the root): checked first
            lines = _describe_latest(data, pinned) if data[:1] == b"{" else _describe(data, pinned)
        except BadSignature:
            if b'"delegation"' not in data[: 1 << 20]:  # nothing else could have signed it
                raise
            lines = _describe_latest(data, public_key) if data[:1] == b"{" else _describe(data, public_key)
    except KnownError as err:
        err.args = (f"{path}: {err}",)  # the same failure, naming the file
        raise err from None
    print(f"Fil: {path}  ({len(data)} bytes)")
    for line in lines:
        print(line)
    return ExitCode.OK


def _describe(data: bytes, public_key: KeyResolver | Ed25519PublicKey) -> list[str]:
    from continuity_app.bundle.format import verify
    from continuity_app.bundle.keys import grouped

    verified = verify(data, public_key)
    header = verified.header
    p = header.payload
    from continuity_app.domain import DATASETS

    order = {name: i for i, name in enumerate(DATASETS)}
    ordered = sorted(header.counts.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
    counts = ", ".join(f"{k} {v}" for k, v in ordered)
    schema = f"{p.store_schema // 65536}.{p.store_schema % 65536}"
    return [
        f"Signatur: gyldig (Ed25519), udgivernøgle {grouped(header.publisher_fingerprint)}",
        f"Format: {header.major}.{header.minor}",
        f"Scope: {header.scope}" + (f" — {header.scope_name}" if header.scope_name else ""),
        f"Sekvens: {header.sequence}",
        f"Oprettet: {local_time(header.created_at)} (dansk tid)",
        f"Gyldig til: {local_time(header.valid_until)} (dansk tid)",
        f"Modtagere ({len(header.recipients)}): {', '.join(header.recipients) or '–'}",
        f"Indhold: {p.encoding}, {p.compression}, databaseskema {schema}; "
        f"{p.size} bytes ({p.compressed_size} komprimeret)",
        f"SHA-256 af indholdet: {p.sha256}",
        f"Antal rækker: {counts or '–'}",
        *_trust_lines(public_key, verified.epoch),
    ]


def _trust_lines(trust: KeyResolver | Ed25519PublicKey, epoch: int) -> list[str]:
    from continuity_app.bundle.keys import grouped

    learnt = getattr(trust, "learnt", None)
    lines = []
    if learnt is not None:
        lines.append(
            f"Delegation {learnt.version} fra rodnøgle {grouped(learnt.root_fingerprint)[:19]} …, "
            f"gyldig til {local_time(learnt.expires_at)}"
        )
    if epoch:
        lines.append(f"Epoke: {epoch} (efter en sekvensnulstilling)")
    return lines


def _describe_latest(data: bytes, public_key: KeyResolver | Ed25519PublicKey) -> list[str]:
    from continuity_app.bundle.keys import grouped
    from continuity_app.bundle.latest import verify_latest

    latest = verify_latest(data, public_key)
    return [
        f"latest.json: signatur gyldig, udgivernøgle {grouped(latest.publisher_fingerprint)}",
        f"Scope: {latest.scope}",
        f"Sekvens: {latest.sequence}",
        f"Bundle: {latest.file} ({latest.size} bytes)",
        f"SHA-256 af bundlen: {latest.sha256}",
        f"Oprettet: {local_time(latest.created_at)} (dansk tid)",
        f"Gyldig til: {local_time(latest.valid_until)} (dansk tid)",
        *_trust_lines(public_key, latest.epoch),
    ]
