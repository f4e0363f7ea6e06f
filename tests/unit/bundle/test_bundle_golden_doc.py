"""docs/bundle-format.md §9, read as the document says: its tables and printed header are checked
against tests/data/bundle/golden-1.1/, and the folder is read from the pinned root down by a
second reader that uses only the standard primitives and what the document states."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import sqlite3
import struct
import zlib
from pathlib import Path

from bundle_helpers import GOLDEN_DIR, device_key
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from continuity_app.bundle.format import SUITE

DOC = Path(__file__).resolve().parents[3] / "docs" / "bundle-format.md"
FOLDER = GOLDEN_DIR / "golden-1.1"


def section() -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index("## 9. Worked example")
    return text[start : text.index("\n## 10.", start)]


def table(after: str) -> list[list[str]]:
    """The rows of the first Markdown table after the line containing ``after``."""
    lines = section().split("\n")
    i = next(n for n, line in enumerate(lines) if after in line)
    while not lines[i].startswith("|"):
        i += 1
    rows = []
    for line in lines[i + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def code_blocks() -> list[str]:
    return re.findall(r"```json\n(.*?)\n```", section(), flags=re.S)


def test_the_files_are_as_the_document_lists_them() -> None:
    rows = table("The files:")
    listed = {row[0].strip("`").removeprefix("golden-1.1/") for row in rows}
    on_disk = {str(p.relative_to(FOLDER)) for p in FOLDER.rglob("*") if p.is_file()}
    assert listed == on_disk
    for name, size, sha in rows:
        data = (FOLDER / name.strip("`").removeprefix("golden-1.1/")).read_bytes()
        assert int(size) == len(data) and sha.strip("`") == hashlib.sha256(data).hexdigest()


def test_header_and_latest_json_are_printed_exactly_as_stored() -> None:
    header_text, latest_text = code_blocks()
    bundle = (FOLDER / "u1" / "u1-00000042.bundle").read_bytes()
    (h,) = struct.unpack_from(">I", bundle, 12)
    assert bundle[16 : 16 + h] == header_text.encode("utf-8")
    assert (FOLDER / "u1" / "latest.json").read_bytes() == latest_text.encode("utf-8") + b"\n"


def test_a_second_reader_verifies_the_chain_from_the_pinned_root() -> None:
    layout = {int(row[0]): (int(row[1]), row[2]) for row in table("Layout of")}
    data = (FOLDER / "u1" / "u1-00000042.bundle").read_bytes()
    # the pinned file: "noedkopi-publisher-key v1 <base64 of 32 raw bytes>"
    kind, version, b64 = (FOLDER / "publisher-key.pub").read_text(encoding="ascii").split()
    assert (kind, version) == ("noedkopi-publisher-key", "v1")
    root = Ed25519PublicKey.from_public_bytes(base64.b64decode(b64))
    # the prefix, by the layout table's first row
    magic, major, minor, h = struct.unpack_from(">8sHHI", data, 0)
    assert (magic, major, minor) == (b"NOEDKOPI", 1, 1) and layout[0][0] == 16
    assert layout[16] == (h, "header JSON (below)")
    header = json.loads(data[16 : 16 + h])
    # the delegation: root-signed, names the pinned root and the key that signed the files
    delegation = header["delegation"]
    signed = delegation["signed"].encode("utf-8")
    root.verify(base64.b64decode(delegation["signature"]), b"noedkopi-delegation-v1\x00" + signed)
    fields = json.loads(signed)
    assert base64.b64decode(fields["root_key"]) == root.public_bytes_raw()
    publishing = Ed25519PublicKey.from_public_bytes(base64.b64decode(fields["publishing_key"]))
    assert hashlib.sha256(publishing.public_bytes_raw()).hexdigest() == header["publisher_fingerprint"]
    # latest.json, signed by the publishing key, carries the same delegation and names the file
    latest = json.loads((FOLDER / "u1" / "latest.json").read_bytes())
    publishing.verify(
        base64.b64decode(latest["signature"]), b"noedkopi-latest-v1\x00" + latest["signed"].encode("utf-8")
    )
    named = json.loads(latest["signed"])
    assert named["delegation"] == delegation and (named["scope"], named["sequence"]) == ("u1", 42)
    assert named["file"] == "u1-00000042.bundle" and (FOLDER / "u1" / named["file"]).is_file()
    assert named["size"] == len(data) and named["sha256"] == hashlib.sha256(data).hexdigest()
    # the bundle's signature, over everything before the last 64 bytes, at the documented offset
    sig_at = max(layout)
    assert layout[sig_at][0] == 64 and sig_at == len(data) - 64
    publishing.verify(data[-64:], data[:-64])
    # the key table and the rest, each at the documented offset
    pos = 16 + h
    assert layout[pos][1] == "K = 2"
    (k,) = struct.unpack_from(">I", data, pos)
    pos += 4
    wrapped = {}
    for _ in range(k):
        assert pos in layout
        length = data[pos]
        device_id = data[pos + 1 : pos + 1 + length].decode("ascii")
        (w,) = struct.unpack_from(">H", data, pos + 1 + length)
        assert f"`{device_id}`, W = {w}" in layout[pos][1]
        wrapped[device_id] = data[pos + 3 + length : pos + 3 + length + w]
        pos += 3 + length + w
    nonce = data[pos : pos + 12]
    assert layout[pos][1] == f"nonce `{nonce.hex()}`"
    (c,) = struct.unpack_from(">Q", data, pos + 12)
    assert layout[pos + 12][1].startswith(f"C = {c} ")
    ciphertext = data[pos + 20 : pos + 20 + c]
    assert layout[pos + 20][0] == c and pos + 20 + c == sig_at
    # unwrap with the documented info, decrypt with the AAD, inflate
    aad = data[: 16 + h]
    assert hashlib.sha256(aad).hexdigest() in section()
    info = b"noedkopi-bundle-key-v1\x00dev-golden-1\x00" + hashlib.sha256(aad).digest()
    data_key = SUITE.decrypt(wrapped["dev-golden-1"], device_key("dev-golden-1"), info)
    payload = zlib.decompress(AESGCM(data_key).decrypt(nonce, ciphertext, aad))
    assert payload == (FOLDER / "payload.sqlite").read_bytes()
    info_p = header["payload"]
    assert len(payload) == info_p["size"] and hashlib.sha256(payload).hexdigest() == info_p["sha256"]
    # the payload is a store image as §4a says, and the counts are its tables' rows
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(payload)
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 1313558352
        assert conn.execute("PRAGMA user_version").fetchone()[0] == info_p["store_schema"] == 65537
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        assert (meta["scope"], meta["scope_name"]) == (header["scope"], header["scope_name"])
        assert (meta["sequence"], meta["created_at"], meta["valid_until"]) == (
            str(header["sequence"]),
            header["created_at"],
            header["valid_until"],
        )
        for name, rows in header["counts"].items():
            assert conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == rows, name
            assert f"`{name}` {rows}" in section()
    finally:
        conn.close()


def test_the_program_reads_the_golden_folder_as_a_laptop_that_pins_the_root() -> None:
    from continuity_app.bundle import decrypt, verify, verify_latest
    from continuity_app.bundle.keys import load_publisher_public_key
    from continuity_app.bundle.trust import ClientTrust
    from continuity_app.store import Store

    pinned = load_publisher_public_key(FOLDER / "publisher-key.pub")
    latest = verify_latest((FOLDER / "u1" / "latest.json").read_bytes(), ClientTrust(pinned))
    verified = verify((FOLDER / "u1" / latest.file).read_bytes(), ClientTrust(pinned))
    assert (verified.header.scope, verified.header.sequence, verified.header.minor) == ("u1", 42, 1)
    with Store.from_image(decrypt(verified, "dev-golden-2", device_key("dev-golden-2"))) as store:
        counts, named = store.counts(), verified.header.counts
        assert {table: counts[table] for table in named} == named
        # a table a later store schema added (staff, 1.2) reads as empty from this 1.1 image
        assert all(rows == 0 for table, rows in counts.items() if table not in named)
