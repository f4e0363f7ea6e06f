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
from continuity_app.bundle.payload import COMPRESSION_NONE, Inflater, compress, zstd

CODECS = ["zstd", "zlib"]


def _payload(size: int) -> bytes:
    return (os.urandom(size // 4) + b"gentaget tekst " * (size // 20))[:size]


def _feed(inflater: Inflater, packed: bytes, piece: int) -> bytearray:
    for start in range(0, len(packed), piece):
        inflater.feed(packed[start : start + piece])
    return inflater.finish()


@pytest.mark.parametrize("codec", CODECS)
@pytest.mark.parametrize("piece", [1, 777, 1 << 20])
def test_pieces_inflate_to_the_same_bytes_as_one_piece(codec: str, piece: int) -> None:
    payload = _payload(300_000 if piece > 1 else 20_000)
    inflater = Inflater(codec, len(payload))
    assert bytes(_feed(inflater, compress(payload, codec), piece)) == payload


@pytest.mark.parametrize("codec", CODECS)
@pytest.mark.parametrize("announced", [99_999, 100_001])
def test_pieces_never_inflate_past_or_short_of_the_announced_size(codec: str, announced: int) -> None:
    packed = compress(b"\0" * 100_000, codec)
    inflater = Inflater(codec, announced)
    with pytest.raises(CorruptBundle, match="size its header announces"):
        _feed(inflater, packed, 50)


@pytest.mark.parametrize("codec", CODECS)
def test_a_bomb_is_stopped_at_the_announced_size_without_inflating_it(codec: str) -> None:
    bomb = compress(b"\0" * (200 << 20), codec)  # 200 MB of zeros in a few kB
    assert len(bomb) < 1 << 20
    inflater = Inflater(codec, 1000)
    with pytest.raises(CorruptBundle, match="past the size"):
        _feed(inflater, bomb, 1 << 20)
    assert len(inflater.buffer) == 1000


@pytest.mark.parametrize(
    "packed",
    [
        compress(b"abc" * 1000, "zstd") + b"more",  # bytes after the frame
        compress(b"abc" * 1000, "zstd") + compress(b"", "zstd"),  # a second frame
        compress(b"abc" * 1000, "zstd")[:-3],  # the frame cut short
        zlib.compress(b"abc" * 1000),  # another codec's stream
    ],
    ids=["trailing", "second frame", "truncated", "zlib as zstd"],
)
def test_a_zstd_payload_must_be_one_whole_frame_of_exactly_the_announced_size(packed: bytes) -> None:
    for piece in (1, 7, len(packed)):
        with pytest.raises(CorruptBundle):
            _feed(Inflater("zstd", 3000), packed, piece)


def test_zstd_frames_of_the_standard_library_module_are_read() -> None:
    payload = _payload(100_000)  # what another zstd writer (here the module's own) makes
    packed = zstd.ZstdCompressor(level=19).compress(payload, zstd.ZstdCompressor.FLUSH_FRAME)
    assert bytes(_feed(Inflater("zstd", len(payload)), packed, 4096)) == payload


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
        verified, parsed=dataclasses.replace(verified.parsed, ciphertext=memoryview(bytes(ciphertext)))
    )
    with pytest.raises(CorruptBundle, match="does not decrypt"):
        fmt.decrypt_into_buffer(altered, DEVICES[0], device_key(DEVICES[0]))
