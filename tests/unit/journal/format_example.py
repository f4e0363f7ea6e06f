"""The worked example of docs/journal-format.md, made by the real code from fixed keys.

``PYTHONPATH=. python tests/unit/journal/format_example.py`` prints the example
section; paste it between the ``example`` markers of the doc. The keys are made
from fixed seeds (printed in the doc: they protect nothing), the data is
fictitious. HPKE and the data key are random, so the bytes differ on every run;
the test reads the doc's bytes as the doc describes them and checks that the
header, the entries and the manifest are what the code makes today.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import struct
import textwrap

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from continuity_app.journal import handback, storage
from continuity_app.journal.entry import GENESIS, Entry
from continuity_app.vault import chainlog

DEVICE = "nk-eksempel1"
COLLEAGUE = "nk-kollega22"
SCOPE = "hp-nord"
AT = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)
EXPORTED = dt.datetime(2026, 11, 29, 14, 0, tzinfo=dt.UTC)


def seed(name: str) -> bytes:
    return hashlib.sha256(f"noedkopi journal-format example: {name}".encode()).digest()


def signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(seed("device signing key"))


def record_key() -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(seed("device record key"))


def it_key() -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(seed("IT hand-back key"))


def colleague_key() -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(seed("colleague device key"))


def it_id() -> str:
    from continuity_app.publish.handback_key import key_id

    return key_id(it_key().public_key())


def entries() -> list[Entry]:
    """A PN dose and its effect check, chained (fictitious citizen and drug)."""
    pn = Entry(
        device=DEVICE,
        n=1,
        kind="pn",
        initials="AB",
        at=AT,
        recorded=AT,
        fields={
            "citizen_id": "c-1",
            "citizen_name": "Else Eksempel",
            "medication_id": "m-2",
            "drug": "Panodil",
            "strength": "500 mg",
            "dose_text": "1-2 tabletter ved smerter",
            "as_needed_max": "4 tabletter pr. døgn",
            "dose": "2 tabletter",
            "reason": "smerter",
            "sequence": 41,
        },
        prev=GENESIS,
        scope=SCOPE,
    )
    later = AT + dt.timedelta(hours=2)
    effect = Entry(
        device=DEVICE,
        n=2,
        kind="effect",
        initials="AB",
        at=later,
        recorded=later,
        fields={"of": pn.id, "effect": "smerterne lettede", "of_kind": "pn", "citizen_id": "c-1"},
        prev=pn.hash(),
        scope=SCOPE,
    )
    return [pn, effect]


def segment() -> dict[str, object]:
    return handback.make_segment(signing_key(), DEVICE, SCOPE, entries(), EXPORTED)


def handback_file() -> bytes:
    return handback.write_file(
        signing_key=signing_key(),
        device_id=DEVICE,
        scope=SCOPE,
        segments=[segment()],
        recipients={it_id(): it_key().public_key(), COLLEAGUE: colleague_key().public_key()},
        created_at=EXPORTED,
    )


def record_line() -> bytes:
    """Record 1 of ``journal.log``: entry 1, sealed under a session's key (format 2.0),
    which is HPKE-sealed to the record key, as an append writes it."""
    key = record_key()
    return chainlog.encode_line(
        key.public_key(),
        storage.OWN_LABEL,
        1,
        storage.OWN_GENESIS,
        entries()[0].canonical(),
        session=storage.session_key(key),
    )


def _hex(raw: bytes) -> str:
    return raw.hex()


def layout(data: bytes) -> list[tuple[int, int, str, str]]:
    """(offset, size, field, value shown) for every field of the file."""
    rows: list[tuple[int, int, str, str]] = []
    _magic, major, minor, hlen = struct.unpack_from(">8sHHI", data)
    rows += [
        (0, 8, "magic", "`NKJOURNL`"),
        (8, 2, "major", str(major)),
        (10, 2, "minor", str(minor)),
        (12, 4, "H", str(hlen)),
        (16, hlen, "header", "canonical JSON, below"),
    ]
    pos = 16 + hlen
    (count,) = struct.unpack_from(">I", data, pos)
    rows.append((pos, 4, "K", str(count)))
    pos += 4
    for _ in range(count):
        (idlen,) = struct.unpack_from(">B", data, pos)
        rid = data[pos + 1 : pos + 1 + idlen].decode("ascii")
        rows += [(pos, 1, "id length", str(idlen)), (pos + 1, idlen, "recipient id", f"`{rid}`")]
        pos += 1 + idlen
        (wlen,) = struct.unpack_from(">H", data, pos)
        rows += [
            (pos, 2, "W", str(wlen)),
            (pos + 2, wlen, "wrapped key", "HPKE enc (32) ‖ sealed data key (32 + 16 tag)"),
        ]
        pos += 2 + wlen
    (clen,) = struct.unpack_from(">Q", data, pos + 12)
    rows += [
        (pos, 12, "nonce", f"`{_hex(data[pos : pos + 12])}`"),
        (pos + 12, 8, "C", str(clen)),
        (pos + 20, clen, "ciphertext", "AES-256-GCM of the zlib'd payload, tag last"),
        (pos + 20 + clen, 64, "signature", f"Ed25519 over bytes 0 … {pos + 20 + clen - 1}"),
    ]
    return rows


def markdown() -> str:
    data = handback_file()
    hlen = struct.unpack_from(">I", data, 12)[0]
    e1, e2 = entries()
    seg = segment()
    table = "\n".join(f"| {o} | {s} | {f} | {v} |" for o, s, f, v in layout(data))
    keys = "\n".join(
        f"| {label} | `{_hex(seed(name))}` | `{_hex(public)}` |"
        for label, name, public in (
            (
                "device signing key (Ed25519)",
                "device signing key",
                signing_key().public_key().public_bytes_raw(),
            ),
            ("device record key (X25519)", "device record key", record_key().public_key().public_bytes_raw()),
            (
                f"IT's hand-back key (X25519), id `{it_id()}`",
                "IT hand-back key",
                it_key().public_key().public_bytes_raw(),
            ),
            (
                f"colleague `{COLLEAGUE}` (X25519)",
                "colleague device key",
                colleague_key().public_key().public_bytes_raw(),
            ),
        )
    )
    b64 = "\n".join(textwrap.wrap(base64.b64encode(data).decode("ascii"), 76))
    return f"""<!-- example: made by tests/unit/journal/format_example.py; checked by
tests/unit/journal/test_journal_format_doc.py -->

The example keys (32-byte seeds, hex; they protect nothing):

| key | private (seed) | public |
|---|---|---|
{keys}

Entry 1 of device `{DEVICE}` (its canonical JSON, the exact bytes that are hashed):

```json
{e1.canonical().decode("utf-8")}
```

Its hash, SHA-256 of those bytes: `{e1.hash()}`. Entry 2 chains to it (`prev`):

```json
{e2.canonical().decode("utf-8")}
```

Entry 2's hash, the chain head: `{e2.hash()}`.

Record 1 of `journal.log` holding entry 1 (format 2.0: `wk` is the session's key
HPKE-sealed to the record key's public key with `info` =
`{chainlog.session_info(storage.OWN_LABEL).decode()}`; `ct` is AES-256-GCM under it with
`nonce` and the associated data
`{chainlog.record_info(storage.OWN_LABEL, 1, storage.OWN_GENESIS, "", chainlog.SESSION_MAJOR).decode()}`):

```text
{record_line().decode("ascii")}
```

The segment's manifest (canonical JSON; the device signs
`noedkopi-journal-segment|1|` followed by these bytes):

```json
{handback.canonical.dumps(seg["manifest"]).decode("utf-8")}
```

Segment signature (base64): `{seg["signature"]}`

The hand-back file ({len(data)} bytes):

| offset | size | field | value |
|---|---|---|---|
{table}

Its header (bytes 16 … {16 + hlen - 1}):

```json
{data[16 : 16 + hlen].decode("utf-8")}
```

The whole file, base64:

```text
{b64}
```

<!-- end of example -->"""


if __name__ == "__main__":
    print(markdown())
