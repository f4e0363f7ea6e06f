"""The hand-back file: a laptop's whole journal, encrypted to IT and the scope's laptops, signed.

Byte layout (big-endian integers; docs/journal-format.md)::

    magic "NKJOURNL" | u16 major | u16 minor | u32 H | header JSON (H bytes, canonical)
    | u32 K | K × (u8 id_len | recipient id | u16 W | wrapped key (W bytes))
    | nonce (12) | u64 C | ciphertext (C bytes, GCM tag last) | Ed25519 signature (64)

- the payload (zlib of canonical JSON ``{"segments": [...]}``) is AES-256-GCM under a
  fresh key with the prefix‖header bytes as associated data;
- that key is HPKE-sealed (the bundles' suite) for each recipient: IT's hand-back key
  (id ``it-…``) and every other enrolled device of the scope (its device id), with
  info ``noedkopi-journal-key-v1|<recipient id>``;
- the signature is the writing device's Ed25519 signing key over every byte before it.

A *segment* is one device's chain: ``{"manifest", "signature", "entries"}`` with the
entries as their canonical JSON texts (entry n at index n−1) and the manifest signed
by that device (``noedkopi-journal-segment|1|`` + canonical manifest). The writer's
own segment comes first; segments it imported from colleagues follow unchanged, so
their own devices' signatures still vouch for them.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import struct
import zlib
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from continuity_app.bundle import canonical
from continuity_app.errors import ExitCode, KnownError
from continuity_app.journal.entry import GENESIS, Entry, utc_text

MAGIC = b"NKJOURNL"
MAJOR = 1
MINOR = 0
FORMAT = "noedkopi-journal-handback"
PREFIX = struct.Struct(">8sHHI")
SIGNATURE_LEN = 64
MAX_FILE = 512 << 20
MAX_PAYLOAD = 1 << 30
SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
SEGMENT_LABEL = b"noedkopi-journal-segment|1|"


class HandbackRefused(KnownError):
    """A hand-back file that is not taken in (damaged); the subclasses say which check failed."""

    exit_code = ExitCode.CORRUPT


class HandbackForged(HandbackRefused):
    exit_code = ExitCode.BAD_SIGNATURE


class HandbackWrongScope(HandbackRefused):
    exit_code = ExitCode.WRONG_SCOPE


class HandbackTooLarge(HandbackRefused):
    exit_code = ExitCode.TOO_LARGE


class HandbackNewer(HandbackRefused):
    exit_code = ExitCode.UNSUPPORTED_VERSION


class HandbackNotAddressed(HandbackRefused):
    exit_code = ExitCode.NOT_ADDRESSED


def wrap_info(recipient: str) -> bytes:
    return f"noedkopi-journal-key-v1|{recipient}".encode()


# ------------------------------------------------------------------------- segments


def manifest_of(
    device_id: str,
    scope: str,
    entries: list[Entry],
    created_at: dt.datetime,
) -> dict[str, Any]:
    """Counts per kind, first and last entry, chain head: what the device vouches for."""
    counts = Counter(e.kind for e in entries)
    first, last = (entries[0], entries[-1]) if entries else (None, None)
    return {
        "device_id": device_id,
        "scope": scope,
        "entries": len(entries),
        "counts": dict(sorted(counts.items())),
        "drill": sum(1 for e in entries if e.drill),
        "first": {"id": first.id, "at": utc_text(first.at)} if first else None,
        "last": {"id": last.id, "at": utc_text(last.at)} if last else None,
        "head": last.hash() if last else GENESIS,
        "created_at": utc_text(created_at),
    }


def make_segment(
    key: Ed25519PrivateKey, device_id: str, scope: str, entries: list[Entry], created_at: dt.datetime
) -> dict[str, Any]:
    manifest = manifest_of(device_id, scope, entries, created_at)
    signature = key.sign(SEGMENT_LABEL + canonical.dumps(manifest))
    return {
        "manifest": manifest,
        "signature": base64.b64encode(signature).decode("ascii"),
        "entries": [e.canonical().decode("utf-8") for e in entries],
    }


def segment_entries(segment: Mapping[str, Any]) -> list[Entry]:
    return [Entry.from_json(json.loads(text)) for text in segment.get("entries", [])]


@dataclass
class SegmentCheck:
    device_id: str
    entries: list[Entry]
    gaps: list[tuple[int, int]] = field(default_factory=list)  # (after n, next n)
    manifest: dict[str, Any] = field(default_factory=dict)


def check_segment(
    segment: Mapping[str, Any], signing_keys: Mapping[str, Ed25519PublicKey | None], scope: str, where: str
) -> SegmentCheck:
    """Verify one segment: its device's signature, the chain to the head, the counts.

    A counter gap (an entry lost on the laptop itself: a damaged record) is returned,
    not refused: the chain still links across it only if the entry was never written.
    """
    try:
        manifest = dict(segment["manifest"])
        device_id = str(manifest["device_id"])
        signature = base64.b64decode(str(segment["signature"]), validate=True)
        texts = list(segment["entries"])
    except (KeyError, TypeError, ValueError):
        raise HandbackRefused(f"{where}: a segment is damaged") from None
    key = signing_keys.get(device_id)
    if key is None:
        raise HandbackForged(
            f"{where}: entries of device {device_id!r}, which is not an enrolled "
            "device of this scope with a signing key (or was revoked)"
        )
    try:
        key.verify(signature, SEGMENT_LABEL + canonical.dumps(manifest))
    except (InvalidSignature, ValueError):
        raise HandbackForged(
            f"{where}: the entries of device {device_id!r} are not signed by it: forged or altered"
        ) from None
    if manifest.get("scope") != scope:
        raise HandbackWrongScope(
            f"{where}: the entries of device {device_id!r} are of scope "
            f"{manifest.get('scope')!r}, not {scope!r}"
        )
    result = SegmentCheck(device_id, [], manifest=manifest)
    prev_hash, prev_n = GENESIS, 0
    for text in texts:
        raw = str(text).encode("utf-8")
        try:
            entry = Entry.from_json(json.loads(raw))
        except ValueError as err:
            raise HandbackRefused(f"{where}: an entry of {device_id!r} is damaged ({err})") from None
        if entry.device != device_id or raw != entry.canonical():
            raise HandbackRefused(
                f"{where}: entry {entry.id} does not belong in {device_id!r}'s "
                "chain or is not in canonical form"
            )
        if entry.n <= prev_n:
            raise HandbackRefused(f"{where}: entry {entry.id} is out of order")
        if entry.n != prev_n + 1:
            result.gaps.append((prev_n, entry.n))
        elif entry.prev != prev_hash:
            raise HandbackForged(
                f"{where}: entry {entry.id} does not chain to entry {prev_n}: an entry was altered or removed"
            )
        result.entries.append(entry)
        prev_hash, prev_n = hashlib.sha256(raw).hexdigest(), entry.n
    if manifest.get("head") != prev_hash or manifest.get("entries") != len(result.entries):
        raise HandbackForged(
            f"{where}: device {device_id!r}'s entries do not end at the signed "
            "chain head: an entry was removed or added"
        )
    return result


def check_segments(
    segments: list[dict[str, Any]],
    writer: str,
    signing_keys: Mapping[str, Ed25519PublicKey | None],
    scope_of: Callable[[str], str],
    where: str,
) -> tuple[list[tuple[dict[str, Any], SegmentCheck]], list[HandbackRefused]]:
    """Every segment of an opened file checked: (segment, check) of the good ones, and why
    each carried one was left out. The writer's own segment must pass (it signed the
    file); a colleague's segment it carries that fails (its device revoked since, or
    altered) is left out alone, so one bad laptop does not cost the others' entries."""
    good: list[tuple[dict[str, Any], SegmentCheck]] = []
    left_out: list[HandbackRefused] = []
    for seg in segments:
        device = str(seg.get("manifest", {}).get("device_id", "")) if isinstance(seg, dict) else ""
        try:
            good.append((seg, check_segment(seg, signing_keys, scope_of(device), where)))
        except HandbackRefused as err:
            if device == writer:
                raise
            left_out.append(err)
    return good, left_out


# --------------------------------------------------------------------------- the file


def write_file(
    *,
    signing_key: Ed25519PrivateKey,
    device_id: str,
    scope: str,
    segments: list[dict[str, Any]],
    recipients: Mapping[str, X25519PublicKey],
    created_at: dt.datetime,
) -> bytes:
    """The hand-back file's bytes. ``segments[0]`` is the writer's own."""
    payload = zlib.compress(canonical.dumps({"segments": segments}), 6)
    header = {
        "format": FORMAT,
        "device_id": device_id,
        "scope": scope,
        "created_at": utc_text(created_at),
        "manifest": segments[0]["manifest"],
        "carried": [
            {"device_id": s["manifest"]["device_id"], "entries": s["manifest"]["entries"]}
            for s in segments[1:]
        ],
        "recipients": sorted(recipients),
        "payload_size": len(payload),
    }
    header_bytes = canonical.dumps(header)
    prefix = PREFIX.pack(MAGIC, MAJOR, MINOR, len(header_bytes)) + header_bytes
    data_key, nonce = AESGCM.generate_key(256), os.urandom(12)
    parts = [prefix, struct.pack(">I", len(recipients))]
    for rid in sorted(recipients):
        wrapped = SUITE.encrypt(data_key, recipients[rid], info=wrap_info(rid))
        rid_bytes = rid.encode("ascii")
        parts += [struct.pack(">B", len(rid_bytes)), rid_bytes, struct.pack(">H", len(wrapped)), wrapped]
    ciphertext = AESGCM(data_key).encrypt(nonce, payload, prefix)
    parts += [nonce, struct.pack(">Q", len(ciphertext)), ciphertext]
    signed = b"".join(parts)
    return signed + signing_key.sign(signed)


@dataclass(frozen=True)
class Parsed:
    header: dict[str, Any]
    prefix: bytes
    wrapped: dict[str, bytes]
    nonce: bytes
    ciphertext: bytes
    signed: bytes
    signature: bytes


def parse(data: bytes, where: str) -> Parsed:
    """Split the file; ``HandbackRefused`` (CORRUPT, UNSUPPORTED_VERSION) when it is not one."""

    def bad(reason: str) -> HandbackRefused:
        return HandbackRefused(f"{where}: not a readable journal hand-back file ({reason})")

    if len(data) < PREFIX.size + SIGNATURE_LEN or not data.startswith(MAGIC):
        raise bad("no hand-back file header")
    _magic, major, _minor, hlen = PREFIX.unpack_from(data)
    if major > MAJOR:
        raise HandbackNewer(
            f"{where}: hand-back format {major} is newer than this program reads; update Nødkopi"
        )
    pos = PREFIX.size + hlen
    try:
        header = canonical.loads_object(data[PREFIX.size : pos], "header")
        (count,) = struct.unpack_from(">I", data, pos)
        pos += 4
        wrapped: dict[str, bytes] = {}
        for _ in range(count):
            (idlen,) = struct.unpack_from(">B", data, pos)
            rid = data[pos + 1 : pos + 1 + idlen].decode("ascii")
            pos += 1 + idlen
            (wlen,) = struct.unpack_from(">H", data, pos)
            wrapped[rid] = data[pos + 2 : pos + 2 + wlen]
            pos += 2 + wlen
        nonce = data[pos : pos + 12]
        (clen,) = struct.unpack_from(">Q", data, pos + 12)
        pos += 20
        ciphertext = data[pos : pos + clen]
        pos += clen
    except (struct.error, ValueError, UnicodeDecodeError):
        raise bad("truncated or damaged") from None
    if len(ciphertext) != clen or len(data) != pos + SIGNATURE_LEN:
        raise bad("truncated or with extra bytes")
    return Parsed(header, data[: PREFIX.size + hlen], wrapped, nonce, ciphertext, data[:pos], data[pos:])


@dataclass
class Opened:
    header: dict[str, Any]
    segments: list[dict[str, Any]]


def open_file(
    data: bytes,
    *,
    where: str,
    signing_keys: Mapping[str, Ed25519PublicKey | None],
    scope: str | None,
    recipient: str,
    key: X25519PrivateKey,
) -> Opened:
    """Check and decrypt a hand-back file: envelope → scope → writer's signature →
    addressed to ``recipient`` → decrypt. Segments are checked by :func:`check_segment`."""
    if len(data) > MAX_FILE:
        raise HandbackTooLarge(f"{where}: too large to be a hand-back file")
    parsed = parse(data, where)
    writer = str(parsed.header.get("device_id", ""))
    # the scope is checked before the signature only to say the clearer thing: a file
    # claiming this scope still has to carry the signature of one of its devices
    if scope is not None and parsed.header.get("scope") != scope:
        raise HandbackWrongScope(
            f"{where}: a journal of scope {parsed.header.get('scope')!r}; this laptop holds scope {scope!r}"
        )
    signer = signing_keys.get(writer)
    if signer is None:
        raise HandbackForged(
            f"{where}: written by device {writer!r}, which is not an enrolled "
            "device of this scope with a signing key (or was revoked)"
        )
    try:
        signer.verify(parsed.signature, parsed.signed)
    except InvalidSignature:
        raise HandbackForged(
            f"{where}: the signature of device {writer!r} does not verify: the file was altered or forged"
        ) from None
    wrapped = parsed.wrapped.get(recipient)
    if wrapped is None:
        raise HandbackNotAddressed(f"{where}: not encrypted to {recipient!r}")
    try:
        data_key = SUITE.decrypt(wrapped, key, info=wrap_info(recipient))
        payload = AESGCM(data_key).decrypt(parsed.nonce, parsed.ciphertext, parsed.prefix)
        inflater = zlib.decompressobj()
        plain = inflater.decompress(payload, MAX_PAYLOAD)
        if inflater.unconsumed_tail:
            raise ValueError("too large")
        segments = json.loads(plain)["segments"]
    except (InvalidTag, ValueError, KeyError, TypeError, zlib.error):
        raise HandbackRefused(f"{where}: the contents do not decrypt with this key") from None
    if not isinstance(segments, list) or not segments:
        raise HandbackRefused(f"{where}: the file holds no journal")
    return Opened(parsed.header, segments)
