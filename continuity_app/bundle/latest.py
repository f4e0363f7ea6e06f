"""``<scope>/latest.json``: the signed pointer to a scope's newest bundle.

File (canonical JSON, newline-terminated)::

    {"format": "noedkopi-latest", "major": 1, "minor": 0,
     "signed": "<canonical JSON of the fields below, as one string>",
     "signature": "<base64 Ed25519 over b'noedkopi-latest-v1\\x00' + signed (UTF-8)>"}

``signed`` holds: scope, sequence, file, size, sha256, created_at, valid_until,
publisher_fingerprint. The client refuses a file over ``MAX_LATEST_BYTES`` before
parsing it, never reads more than ``size`` bytes of the bundle, and checks its
SHA-256 before even parsing it.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from continuity_app.bundle import canonical
from continuity_app.bundle.errors import BadSignature, CorruptBundle, TooLarge, UnsupportedVersion
from continuity_app.bundle.keys import b64decode_exact, fingerprint
from continuity_app.bundle.names import check_scope, file_stem
from continuity_app.bundle.timefmt import format_utc, parse_utc
from continuity_app.bundle.trust import KeyResolver, Pinned

LATEST_FORMAT = "noedkopi-latest"
LATEST_MAJOR = 1
LATEST_MINOR = 1  # 1.1: the signed part may carry "delegation", "epoch" and "reset"
MAX_LATEST_BYTES = 64 * 1024
SIGNATURE_CONTEXT = b"noedkopi-latest-v1\x00"
_HEX64 = re.compile(r"[0-9a-f]{64}")


def bundle_file_name(scope: str, sequence: int) -> str:
    """``<stem>-<sequence, 8 digits>.bundle``: the name inside the scope's folder, whose
    name is the same stem (``names.file_stem``: the scope itself when it is plain ASCII)."""
    return f"{file_stem(scope)}-{sequence:08d}.bundle"


@dataclass(frozen=True)
class Latest:
    scope: str
    sequence: int
    file: str  # a bare file name in the same folder as latest.json
    size: int  # bytes of the bundle file
    sha256: str  # of the whole bundle file
    created_at: dt.datetime
    valid_until: dt.datetime
    publisher_fingerprint: str
    epoch: int = 0  # > 0 after a root-signed sequence reset (checked by the resolver)
    extra: Mapping[str, Any] = field(default_factory=dict)  # the signed part's other keys


def make_latest(
    *,
    scope: str,
    sequence: int,
    file: str,
    size: int,
    sha256: str,
    created_at: dt.datetime,
    valid_until: dt.datetime,
    signing_key: Ed25519PrivateKey,
    trust: Mapping[str, Any] | None = None,
) -> bytes:
    """The latest.json bytes; ``trust`` (``bundle.delegation.trust_fields``) makes it 1.1."""
    signed = canonical.dumps(
        {
            **(trust or {}),
            "scope": scope,
            "sequence": sequence,
            "file": file,
            "size": size,
            "sha256": sha256,
            "created_at": format_utc(created_at),
            "valid_until": format_utc(valid_until),
            "publisher_fingerprint": fingerprint(signing_key.public_key()),
        }
    )
    signature = signing_key.sign(SIGNATURE_CONTEXT + signed)
    outer = {
        "format": LATEST_FORMAT,
        "major": LATEST_MAJOR,
        "minor": LATEST_MINOR if trust else 0,
        "signed": signed.decode("utf-8"),
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    return canonical.dumps(outer) + b"\n"


def verify_latest(
    data: bytes, trust: Ed25519PublicKey | KeyResolver, *, max_bytes: int = MAX_LATEST_BYTES
) -> Latest:
    """Size limit → structure → signature → version → fields. Typed error on any fault.

    With a resolver (``bundle.trust.ClientTrust``) the signed fields are read before the
    signature, to find the delegation naming the signing key.
    """
    if len(data) > max_bytes:
        raise TooLarge(f"latest.json is {len(data)} bytes, over the limit of {max_bytes}")
    try:
        outer = canonical.loads_object(data, "latest.json")
    except ValueError as err:
        raise CorruptBundle(str(err)) from None
    signed_text, sig_text = outer.get("signed"), outer.get("signature")
    if outer.get("format") != LATEST_FORMAT or not isinstance(signed_text, str):
        raise CorruptBundle("latest.json is not a Nødkopi latest.json")
    signature = b64decode_exact(sig_text, 64) if isinstance(sig_text, str) else None
    if signature is None:
        raise CorruptBundle("latest.json has no well-formed signature")
    signed = signed_text.encode("utf-8")
    resolver: KeyResolver
    if isinstance(trust, Ed25519PublicKey):
        key, resolver = trust, Pinned(trust)
    else:
        resolver = trust
        try:
            claimed = canonical.loads_object(signed, "latest.json 'signed'")
        except ValueError as err:
            raise CorruptBundle(f"latest.json: {err}") from None
        fp = claimed.get("publisher_fingerprint")
        key = resolver.signer_for(fp if isinstance(fp, str) else "", claimed, "latest.json")
    try:
        key.verify(signature, SIGNATURE_CONTEXT + signed)
    except InvalidSignature:
        raise BadSignature(
            "latest.json's signature does not verify against the pinned publisher key"
            if isinstance(trust, Ed25519PublicKey)
            else "latest.json's signature does not verify against its publishing key"
        ) from None
    # The outer version is not under the signature; it only decides whether this reader
    # understands the signed text at all, so a tampered value can make us refuse, never
    # make us accept other content. Anything but a known major is refused.
    major = outer.get("major")
    if not isinstance(major, int) or isinstance(major, bool) or major < 1:
        raise CorruptBundle("latest.json has no valid major version")
    if major > LATEST_MAJOR:
        raise UnsupportedVersion(
            f"latest.json format {major} is newer than this program reads; update Nødkopi"
        )
    try:
        fields = canonical.loads_object(signed, "latest.json 'signed'")
        latest = _fields(fields)
    except ValueError as err:
        raise CorruptBundle(f"latest.json: {err}") from None
    if latest.publisher_fingerprint != fingerprint(key):
        raise BadSignature("latest.json names another publisher key than the one that signed it")
    epoch = resolver.epoch_for(latest.scope, fields, "latest.json")
    known = {
        "scope",
        "sequence",
        "file",
        "size",
        "sha256",
        "created_at",
        "valid_until",
        "publisher_fingerprint",
    }
    return Latest(
        **{**latest.__dict__, "epoch": epoch, "extra": {k: v for k, v in fields.items() if k not in known}}
    )


def _fields(obj: dict[str, object]) -> Latest:
    def s(key: str) -> str:
        value = obj.get(key)
        if not isinstance(value, str):
            raise ValueError(f"'{key}' is missing or not a string")
        return value

    def n(key: str) -> int:
        value = obj.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError(f"'{key}' must be a non-negative integer")
        return value

    scope = check_scope(s("scope"), "scope")
    sequence = n("sequence")
    file = s("file")
    if file != bundle_file_name(scope, sequence):
        raise ValueError(f"'file' must be {bundle_file_name(scope, sequence)!r}")
    sha = s("sha256")
    fp = s("publisher_fingerprint")
    if not _HEX64.fullmatch(sha) or not _HEX64.fullmatch(fp):
        raise ValueError("'sha256' and 'publisher_fingerprint' must be 64 lowercase hex digits")
    return Latest(
        scope=scope,
        sequence=sequence,
        file=file,
        size=n("size"),
        sha256=sha,
        created_at=parse_utc(s("created_at"), "'created_at'"),
        valid_until=parse_utc(s("valid_until"), "'valid_until'"),
        publisher_fingerprint=fp,
    )
