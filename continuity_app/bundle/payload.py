"""Compressing the payload, and decompressing it without trusting its size.

zlib (RFC 1950), level chosen by measurement (bench/bench_publish.py, aarhus: 122
scopes, 310 MB of SQLite images per publish). Level 1 packs the images to ~25 %
at ~3× the speed of level 6 (~21 %); level 6 for all scopes alone would take
most of the 10 s publish budget, lzma-6 (~12 %) 40× longer still. But a level-6
stream inflates 2–3× faster (aarhus ``alle``, 42 MB: ~0.1 s against ~0.27 s),
and ``alle`` is the scope whose unlock has a 1.5 s target. So: level 1 for every
scope, level 6 for ``alle`` (one image, compressed first, beside the unit work).
The header does not record the level: any zlib stream is valid.
"""

from __future__ import annotations

import zlib

from continuity_app.bundle.errors import CorruptBundle

COMPRESSION_ZLIB = "zlib"
COMPRESSION_NONE = "none"
ZLIB_LEVEL = 1
ZLIB_LEVEL_ALLE = 6  # the scope unlocked with the tightest time target
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
