"""Compressing the payload, and decompressing it without trusting its size.

zlib (RFC 1950) at level 1, chosen by measurement (bench/bench_publish.py, aarhus,
310 MB of scope images per publish): level 1 packs SQLite images to ~25 % in
~0.6 s per 100 MB; level 6 reaches ~21 % but takes ~3.5× as long (~10 s per
aarhus publish, the whole 10 s budget); lzma-6 reaches ~12 % at ~40× the time.
Every level inflates in about the same time, and the sync and unlock targets
are about time, not bytes: a few hundred kB more per unit bundle is nothing.
"""

from __future__ import annotations

import zlib

from continuity_app.bundle.errors import CorruptBundle

COMPRESSION_ZLIB = "zlib"
COMPRESSION_NONE = "none"
ZLIB_LEVEL = 1
_CHUNK = 1 << 20


def compress(data: bytes, method: str = COMPRESSION_ZLIB, level: int = ZLIB_LEVEL) -> bytes:
    if method == COMPRESSION_ZLIB:
        return zlib.compress(data, level)
    if method == COMPRESSION_NONE:
        return bytes(data)
    raise ValueError(f"unknown compression {method!r}")


def decompress(data: bytes, method: str, size: int) -> bytes:
    """Inflate ``data`` to exactly ``size`` bytes, never producing more (no zip bombs)."""
    if method == COMPRESSION_NONE:
        if len(data) != size:
            raise CorruptBundle("the payload is not the size its header announces")
        return bytes(data)
    if method != COMPRESSION_ZLIB:
        raise CorruptBundle(f"the payload uses an unknown compression {method!r}")
    inflater = zlib.decompressobj()
    parts: list[bytes] = []
    produced = 0
    pending = data
    try:
        while True:
            # never ask for more than one byte past the announced size
            chunk = inflater.decompress(pending, min(_CHUNK, size - produced + 1))
            parts.append(chunk)
            produced += len(chunk)
            if produced > size:
                raise CorruptBundle("the payload inflates past the size its header announces")
            pending = inflater.unconsumed_tail
            if inflater.eof or (not pending and not chunk):
                break
    except zlib.error:
        raise CorruptBundle("the payload does not decompress (damaged)") from None
    if not inflater.eof or inflater.unused_data or produced != size:
        raise CorruptBundle("the payload is not the size its header announces")
    return b"".join(parts)
