"""The unlock path decrypts and inflates in pieces into one buffer: same bytes, same refusals."""

from __future__ import annotations

import dataclasses
import os
import zlib

import pytest
from bundle_helpers import device_key, publisher_key
from test_bundle_format import DEVICES, make

from continuity_app.bundle import CorruptBundle, decrypt, verify
from continuity_app.bundle import format as fmt
from continuity_app.bundle.payload import COMPRESSION_NONE, Inflater


def _payload(size: int) -> bytes:
    return (os.urandom(size // 4) + b"gentaget tekst " * (size // 20))[:size]


def test_pieces_inflate_to_the_same_bytes_as_one_piece() -> None:
    payload = _payload(300_000)
    packed = zlib.compress(payload, 6)
    inflater = Inflater("zlib", len(payload))
    for start in range(0, len(packed), 777):
        inflater.feed(packed[start : start + 777])
    assert bytes(inflater.finish()) == payload


@pytest.mark.parametrize("announced", [99_999, 100_001])
def test_pieces_never_inflate_past_or_short_of_the_announced_size(announced: int) -> None:
    packed = zlib.compress(b"\0" * 100_000)
    inflater = Inflater("zlib", announced)
    with pytest.raises(CorruptBundle, match="size its header announces"):
        for start in range(0, len(packed), 50):
            inflater.feed(packed[start : start + 50])
        inflater.finish()


def test_an_uncompressed_payload_is_copied_in_pieces_too() -> None:
    inflater = Inflater(COMPRESSION_NONE, 6)
    inflater.feed(b"abc")
    inflater.feed(memoryview(b"def"))
    assert inflater.finish() == bytearray(b"abcdef")


def test_a_payload_of_many_pieces_decrypts_into_one_buffer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "DECRYPT_PIECE", 1000)  # a big payload's many pieces, small
    payload = _payload(50_000)
    verified = verify(make(payload), publisher_key().public_key())
    plain = fmt.decrypt_into_buffer(verified, DEVICES[0], device_key(DEVICES[0]))
    assert isinstance(plain, bytearray) and plain == payload
    assert decrypt(verified, DEVICES[1], device_key(DEVICES[1])) == payload


def test_an_altered_ciphertext_is_refused_as_altered_not_as_bad_compression(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fmt, "DECRYPT_PIECE", 1000)
    verified = verify(make(_payload(50_000)), publisher_key().public_key())
    ciphertext = bytearray(verified.parsed.ciphertext)
    ciphertext[10] ^= 0xFF  # the inflater sees garbage long before the tag is checked
    altered = dataclasses.replace(
        verified, parsed=dataclasses.replace(verified.parsed, ciphertext=bytes(ciphertext))
    )
    with pytest.raises(CorruptBundle, match="does not decrypt"):
        fmt.decrypt_into_buffer(altered, DEVICES[0], device_key(DEVICES[0]))
