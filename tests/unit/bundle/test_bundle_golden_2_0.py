"""The golden bundle of format 2.0 (tests/data/bundle/golden-v2.0.bundle) must verify and
decrypt forever, through the reader and by hand as docs/bundle-format.md describes it.

It holds the 1.0 file's payload under the same data key and nonce, with the root's
delegation of the 1.1 folder: 2.0 differs from 1.1 only in its zstd payload.
"""

from __future__ import annotations

import hashlib
import struct

from bundle_helpers import GOLDEN_DATA_KEY, GOLDEN_DIR, GOLDEN_NONCE, T0, device_key, golden_root_key
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from continuity_app.bundle import decrypt, verify
from continuity_app.bundle.format import SUITE
from continuity_app.bundle.keys import load_publisher_public_key
from continuity_app.bundle.payload import zstd
from continuity_app.bundle.trust import ClientTrust

GOLDEN = GOLDEN_DIR / "golden-v2.0.bundle"
PAYLOAD = GOLDEN_DIR / "golden-payload.sqlite"


def test_golden_2_0_verifies_from_the_root_and_decrypts_for_both_devices() -> None:
    verified = verify(GOLDEN.read_bytes(), ClientTrust(golden_root_key().public_key(), now=T0))
    header = verified.header
    assert (header.major, header.minor, header.scope, header.sequence) == (2, 0, "u1", 42)
    assert header.payload.compression == "zstd" and "delegation" in header.extra
    for device_id in header.recipients:
        assert decrypt(verified, device_id, device_key(device_id)) == PAYLOAD.read_bytes()
    # a laptop pinning the publishing key itself (1.0's way) reads it too
    verify(GOLDEN.read_bytes(), load_publisher_public_key(GOLDEN_DIR / "publisher-key.pub"))


def test_golden_2_0_can_be_read_by_hand_as_the_document_describes() -> None:
    data = GOLDEN.read_bytes()
    magic, major, minor, h = struct.unpack_from(">8sHHI", data, 0)
    assert (magic, major, minor) == (b"NOEDKOPI", 2, 0)
    aad = data[: 16 + h]
    pos = 16 + h + 4  # K = 2
    id_len = data[pos]
    assert data[pos + 1 : pos + 1 + id_len] == b"dev-golden-1"
    (w,) = struct.unpack_from(">H", data, pos + 1 + id_len)
    wrapped = data[pos + 3 + id_len : pos + 3 + id_len + w]
    pos += 3 + id_len + w
    pos += 1 + data[pos]
    pos += 2 + struct.unpack_from(">H", data, pos)[0]
    nonce = data[pos : pos + 12]
    (c,) = struct.unpack_from(">Q", data, pos + 12)
    ciphertext = data[pos + 20 : pos + 20 + c]
    assert pos + 20 + c + 64 == len(data)
    load_publisher_public_key(GOLDEN_DIR / "publisher-key.pub").verify(data[-64:], data[:-64])
    info = b"noedkopi-bundle-key-v1\x00dev-golden-1\x00" + hashlib.sha256(aad).digest()
    data_key = SUITE.decrypt(wrapped, device_key("dev-golden-1"), info)
    assert data_key == GOLDEN_DATA_KEY and nonce == GOLDEN_NONCE
    packed = AESGCM(data_key).decrypt(nonce, ciphertext, aad)
    assert packed[:4] == b"\x28\xb5\x2f\xfd"  # RFC 8878's frame magic number
    assert zstd.decompress(packed) == PAYLOAD.read_bytes()
