"""docs/journal-format.md is enough for a second reader: its worked example, read as it says.

The reader here follows the document only (struct offsets, HPKE info strings,
hashes, the signed label), not ``journal.handback``; then the example's header,
entries and manifest are compared with what the code makes today, so the
document cannot drift from the format.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import struct
import zlib
from pathlib import Path
from typing import Any

import format_example as ex
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

DOC = Path(__file__).resolve().parents[3] / "docs" / "journal-format.md"
SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def example() -> str:
    text = DOC.read_text(encoding="utf-8")
    start, end = text.index("<!-- example:"), text.index("<!-- end of example -->")
    return text[start:end]


def blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)\n```", text, flags=re.S)


def key_row(text: str, label: str) -> tuple[bytes, bytes]:
    row = next(line for line in text.splitlines() if line.startswith(f"| {label}"))
    private, public = re.findall(r"`([0-9a-f]{64})`", row)
    return bytes.fromhex(private), bytes.fromhex(public)


def read_file(data: bytes) -> dict[str, object]:
    """The hand-back file split as the doc's byte table says."""
    magic, major, minor, hlen = struct.unpack_from(">8sHHI", data, 0)
    assert (magic, major, minor) == (b"NKJOURNL", 1, 0)
    header = data[16 : 16 + hlen]
    pos = 16 + hlen
    (count,) = struct.unpack_from(">I", data, pos)
    pos += 4
    wrapped = {}
    for _ in range(count):
        idlen = data[pos]
        rid = data[pos + 1 : pos + 1 + idlen].decode("ascii")
        pos += 1 + idlen
        (wlen,) = struct.unpack_from(">H", data, pos)
        wrapped[rid] = data[pos + 2 : pos + 2 + wlen]
        pos += 2 + wlen
    nonce = data[pos : pos + 12]
    (clen,) = struct.unpack_from(">Q", data, pos + 12)
    ciphertext = data[pos + 20 : pos + 20 + clen]
    end = pos + 20 + clen
    assert len(data) == end + 64
    return {
        "aad": data[: 16 + hlen],
        "header": header,
        "wrapped": wrapped,
        "nonce": nonce,
        "ciphertext": ciphertext,
        "signed": data[:end],
        "signature": data[end:],
    }


def test_the_worked_example_reads_as_the_document_says() -> None:
    text = example()
    data = base64.b64decode("".join(blocks(text, "text")[-1].split()))
    assert f"({len(data)} bytes)" in text
    parts: dict[str, Any] = read_file(data)
    header = json.loads(parts["header"])
    assert parts["header"].decode() == blocks(text, "json")[-1]
    # signed by the device's key
    _seed, signing_public = key_row(text, "device signing key")
    Ed25519PublicKey.from_public_bytes(signing_public).verify(parts["signature"], parts["signed"])
    # IT unseals the data key with its hand-back key and the documented info
    it_seed, _it_public = key_row(text, "IT's hand-back key")
    it_id = re.search(r"id `(it-[0-9a-f]{16})`", text).group(1)  # type: ignore[union-attr]
    assert sorted(parts["wrapped"]) == header["recipients"] and it_id in header["recipients"]
    data_key = SUITE.decrypt(
        parts["wrapped"][it_id],
        X25519PrivateKey.from_private_bytes(it_seed),
        info=f"noedkopi-journal-key-v1|{it_id}".encode(),
    )
    packed = AESGCM(data_key).decrypt(parts["nonce"], parts["ciphertext"], parts["aad"])
    assert len(packed) == header["payload_size"]
    payload = json.loads(zlib.decompress(packed))
    (segment,) = payload["segments"]
    # the manifest is signed under its label; the entries chain from the genesis to the head
    manifest = segment["manifest"]
    canon = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert canon.decode() == blocks(text, "json")[-2]
    Ed25519PublicKey.from_public_bytes(signing_public).verify(
        base64.b64decode(segment["signature"]), b"noedkopi-journal-segment|1|" + canon
    )
    prev = hashlib.sha256(b"noedkopi-journal genesis").hexdigest()
    for n, raw in enumerate(segment["entries"], start=1):
        entry = json.loads(raw)
        assert entry["n"] == n and entry["id"] == f"{entry['device']}-{n}" and entry["prev"] == prev
        prev = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    assert manifest["head"] == prev and manifest["entries"] == len(segment["entries"])
    assert segment["entries"] == blocks(text, "json")[:2]


def test_the_example_record_line_decrypts_as_the_document_says() -> None:
    text = example()
    line = next(b for b in blocks(text, "text") if b.startswith('{"v":"2.0"'))
    env = json.loads(line)
    genesis = hashlib.sha256(b"noedkopi-journal file genesis").hexdigest()
    assert env["n"] == 1 and env["prev"] == genesis
    seed, _public = key_row(text, "device record key")
    session = SUITE.decrypt(
        base64.b64decode(env["wk"]),
        X25519PrivateKey.from_private_bytes(seed),
        info=b"noedkopi-journal|2|session",
    )
    associated = f"noedkopi-journal|2|1|{genesis}|".encode()
    plain = AESGCM(session).decrypt(base64.b64decode(env["nonce"]), base64.b64decode(env["ct"]), associated)
    assert plain.decode() == blocks(text, "json")[0]


def test_the_example_is_what_the_code_makes_today() -> None:
    text = example()
    fresh = ex.handback_file()
    hlen = struct.unpack_from(">I", fresh, 12)[0]
    assert fresh[16 : 16 + hlen].decode() == blocks(text, "json")[-1]
    assert [e.canonical().decode() for e in ex.entries()] == blocks(text, "json")[:2]
    assert ex.it_id() in text
