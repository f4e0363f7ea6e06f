"""The root of trust's two statements: a delegation to a publishing key, and a sequence reset.

Both are small signed JSON objects of the same shape as ``latest.json``
(docs/bundle-format.md §7a)::

    {"format": "noedkopi-delegation" | "noedkopi-sequence-reset", "major": 1, "minor": 0,
     "signed": "<canonical JSON, as one string>", "signature": "<base64 Ed25519>"}

signed by the *root* key over ``CONTEXT ‖ UTF-8 of signed`` (a context per kind, so
no signature can be read as another kind's). A delegation says "the root
``root_key`` lets ``publishing_key`` sign bundles and latest.json, as delegation
number ``version``, until ``expires_at``"; a reset says "sequences of ``scope``
start again in ``epoch``". Bundles (header) and latest.json (signed part) carry
them under the keys ``delegation``, ``epoch`` and ``reset`` (format 1.1).
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from continuity_app.bundle import canonical
from continuity_app.bundle.errors import BadSignature, CorruptBundle, UnsupportedVersion
from continuity_app.bundle.keys import b64decode_exact, fingerprint
from continuity_app.bundle.names import check_name
from continuity_app.bundle.timefmt import format_utc, parse_utc

DELEGATION_FORMAT = "noedkopi-delegation"
RESET_FORMAT = "noedkopi-sequence-reset"
DELEGATION_CONTEXT = b"noedkopi-delegation-v1\x00"
RESET_CONTEXT = b"noedkopi-sequence-reset-v1\x00"
MAJOR = 1
MAX_STATEMENT_BYTES = 8192
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Delegation:
    root_key: Ed25519PublicKey
    publishing_key: Ed25519PublicKey
    version: int  # 1, 2, …: each new publishing key gets the next number
    issued_at: dt.datetime
    expires_at: dt.datetime

    @property
    def root_fingerprint(self) -> str:
        return fingerprint(self.root_key)

    @property
    def publishing_fingerprint(self) -> str:
        return fingerprint(self.publishing_key)


@dataclass(frozen=True)
class Reset:
    root_fingerprint: str
    scope: str
    epoch: int  # ≥ 1: the bundles of this epoch come after every bundle of an earlier one
    issued_at: dt.datetime


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _envelope(fmt: str, context: bytes, fields: Mapping[str, Any], root: Ed25519PrivateKey) -> dict[str, Any]:
    signed = canonical.dumps(dict(fields))
    return {
        "format": fmt,
        "major": MAJOR,
        "minor": 0,
        "signed": signed.decode("utf-8"),
        "signature": _b64(root.sign(context + signed)),
    }


def make_delegation(
    root: Ed25519PrivateKey,
    publishing_key: Ed25519PublicKey,
    *,
    version: int,
    issued_at: dt.datetime,
    expires_at: dt.datetime,
) -> dict[str, Any]:
    """The delegation object, as stored in ``delegation.json`` and carried in bundles."""
    if version < 1:
        raise ValueError("a delegation's version starts at 1")
    return _envelope(
        DELEGATION_FORMAT,
        DELEGATION_CONTEXT,
        {
            "root_key": _b64(root.public_key().public_bytes_raw()),
            "root_fingerprint": fingerprint(root.public_key()),
            "publishing_key": _b64(publishing_key.public_bytes_raw()),
            "publishing_fingerprint": fingerprint(publishing_key),
            "version": version,
            "issued_at": format_utc(issued_at),
            "expires_at": format_utc(expires_at),
        },
        root,
    )


def make_reset(root: Ed25519PrivateKey, *, scope: str, epoch: int, issued_at: dt.datetime) -> dict[str, Any]:
    check_name(scope, "scope")
    if epoch < 1:
        raise ValueError("a reset's epoch starts at 1")
    return _envelope(
        RESET_FORMAT,
        RESET_CONTEXT,
        {
            "root_fingerprint": fingerprint(root.public_key()),
            "scope": scope,
            "epoch": epoch,
            "issued_at": format_utc(issued_at),
        },
        root,
    )


def _open(obj: Any, fmt: str, what: str) -> tuple[dict[str, Any], bytes, bytes]:
    """(signed fields, signed bytes, signature) of a statement; CORRUPT if malformed."""
    if not isinstance(obj, dict) or obj.get("format") != fmt:
        raise CorruptBundle(f"{what} is not a Nødkopi '{fmt}' statement")
    major = obj.get("major")
    if not isinstance(major, int) or isinstance(major, bool) or major < 1:
        raise CorruptBundle(f"{what} has no valid major version")
    if major > MAJOR:
        raise UnsupportedVersion(
            f"{what} is of format {major}, newer than this program reads; update Nødkopi"
        )
    signed_text, sig_text = obj.get("signed"), obj.get("signature")
    if not isinstance(signed_text, str) or len(signed_text) > MAX_STATEMENT_BYTES:
        raise CorruptBundle(f"{what} has no signed part")
    signature = b64decode_exact(sig_text, 64) if isinstance(sig_text, str) else None
    if signature is None:
        raise CorruptBundle(f"{what} has no well-formed signature")
    signed = signed_text.encode("utf-8")
    try:
        fields = canonical.loads_object(signed, what)
    except ValueError as err:
        raise CorruptBundle(str(err)) from None
    return fields, signed, signature


def _field(fields: Mapping[str, Any], key: str, what: str) -> str:
    value = fields.get(key)
    if not isinstance(value, str):
        raise CorruptBundle(f"{what}: '{key}' is missing or not a string")
    return value


def _number(fields: Mapping[str, Any], key: str, what: str, minimum: int) -> int:
    value = fields.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise CorruptBundle(f"{what}: '{key}' must be an integer ≥ {minimum}")
    return value


def _key(fields: Mapping[str, Any], key: str, what: str) -> Ed25519PublicKey:
    raw = b64decode_exact(_field(fields, key, what), 32)
    if raw is None:
        raise CorruptBundle(f"{what}: '{key}' is not 32 bytes of base64")
    return Ed25519PublicKey.from_public_bytes(raw)


def _time(fields: Mapping[str, Any], key: str, what: str) -> dt.datetime:
    try:
        return parse_utc(_field(fields, key, what), f"{what}: '{key}'")
    except ValueError as err:
        raise CorruptBundle(str(err)) from None


def read_delegation(obj: Any, what: str = "the delegation") -> Delegation:
    """Parse a delegation and check it is signed by the root key it names.

    Whether that root is *trusted* is the caller's decision (``bundle.trust``).
    """
    fields, signed, signature = _open(obj, DELEGATION_FORMAT, what)
    root = _key(fields, "root_key", what)
    publishing = _key(fields, "publishing_key", what)
    if _field(fields, "root_fingerprint", what) != fingerprint(root) or _field(
        fields, "publishing_fingerprint", what
    ) != fingerprint(publishing):
        raise CorruptBundle(f"{what}: a fingerprint does not match its key")
    try:
        root.verify(signature, DELEGATION_CONTEXT + signed)
    except InvalidSignature:
        raise BadSignature(f"{what} is not signed by the root key it names") from None
    return Delegation(
        root_key=root,
        publishing_key=publishing,
        version=_number(fields, "version", what, 1),
        issued_at=_time(fields, "issued_at", what),
        expires_at=_time(fields, "expires_at", what),
    )


def read_reset(obj: Any, root: Ed25519PublicKey, what: str = "the sequence reset") -> Reset:
    """Parse a reset and check it is signed by ``root`` (the root this laptop trusts)."""
    fields, signed, signature = _open(obj, RESET_FORMAT, what)
    fp = _field(fields, "root_fingerprint", what)
    if not _HEX64.fullmatch(fp):
        raise CorruptBundle(f"{what}: 'root_fingerprint' must be 64 lowercase hex digits")
    try:
        root.verify(signature, RESET_CONTEXT + signed)
    except InvalidSignature:
        raise BadSignature(f"{what} is not signed by this laptop's root key") from None
    try:
        scope = check_name(_field(fields, "scope", what), "scope")
    except ValueError as err:
        raise CorruptBundle(f"{what}: {err}") from None
    return Reset(fp, scope, _number(fields, "epoch", what, 1), _time(fields, "issued_at", what))


def trust_fields(
    delegation: Mapping[str, Any] | None, epoch: int = 0, reset: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The keys a bundle header and latest.json carry (format 1.1); empty before the root era."""
    fields: dict[str, Any] = {}
    if delegation is not None:
        fields["delegation"] = dict(delegation)
    if epoch:
        fields["epoch"] = epoch
        if reset is not None:
            fields["reset"] = dict(reset)
    return fields


def epoch_of(extra: Mapping[str, Any], what: str) -> int:
    value = extra.get("epoch", 0)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise CorruptBundle(f"{what}: 'epoch' must be an integer ≥ 0")
    return value
