"""Compressing the payload, and decompressing it without trusting its size.

zlib (RFC 1950), level chosen by measurement (bench/bench_publish.py, aarhus: 122
scopes, 310 MB of SQLite images per publish). Level 1 packs the images to ~25 %
at ~3× the speed of level 6 (~21 %); level 6 for all scopes alone would take
most of the 10 s publish budget, lzma-6 (~12 %) 40× longer still. But a level-6
stream inflates 2–3× faster (aarhus ``alle``, 42 MB: ~0.1 s against ~0.27 s),
and ``alle`` is the scope whose unlock has a 1.5 s target. So: level 1 for every
scope, level 6 for ``alle`` (one image, compressed first, beside the unit work).
The header does not record the level: any zlib stream is valid.

On the laptop the payload is inflated piece by piece into one buffer of the
announced size (:class:`Inflater`), as the decryption hands over each piece: no
list of parts and no joined copy, so unlocking holds the image once, and never
more than the announced size (no zip bombs).
"""

from __future__ import annotations

import zlib

from continuity_app.bundle.errors import CorruptBundle

COMPRESSION_ZLIB = "zlib"
COMPRESSION_NONE = "none"
ZLIB_LEVEL = 1
ZLIB_LEVEL_ALLE = 6  # the scope unlocked with the tightest time target


def compress(data: bytes, method: str = COMPRESSION_ZLIB, level: int = ZLIB_LEVEL) -> bytes:
    if method == COMPRESSION_ZLIB:
        return zlib.compress(data, level)
    if method == COMPRESSION_NONE:
        return bytes(data)
    raise ValueError(f"unknown compression {method!r}")


def decompress(data: bytes, method: str, size: int) -> bytes:
    """Inflate ``data`` to exactly ``size`` bytes, never producing more (no zip bombs)."""
    inflater = Inflater(method, size)
    inflater.feed(data)
    return bytes(inflater.finish())


class Inflater:
    """Inflate a payload fed in pieces into one ``bytearray`` of exactly ``size`` bytes.

    ``feed`` each piece as it arrives (it is not kept); ``finish`` checks the stream
    ended exactly at ``size`` and returns the buffer. Any fault is ``CorruptBundle``.
    """

    def __init__(self, method: str, size: int) -> None:
        if method not in (COMPRESSION_ZLIB, COMPRESSION_NONE):
            raise CorruptBundle(f"the payload uses an unknown compression {method!r}")
        self._raw = method == COMPRESSION_NONE
        self._inflater = zlib.decompressobj()
        self._size = size
        self.buffer = bytearray(size)
        self._view = memoryview(self.buffer)
        self._produced = 0

    def feed(self, piece: bytes | memoryview) -> None:
        if self._raw:
            self._put(piece)
            return
        pending: bytes | memoryview = piece
        try:
            while True:
                # never ask for more than one byte past the announced size; no smaller
                # cap: each capped call would copy the rest of the piece again
                limit = self._size - self._produced + 1
                chunk = self._inflater.decompress(pending, limit)
                self._put(chunk)
                pending = self._inflater.unconsumed_tail
                if self._inflater.eof:
                    if pending or self._inflater.unused_data:
                        raise CorruptBundle("the payload is not the size its header announces")
                    return
                if not pending and len(chunk) < limit:
                    return  # this piece is used up; zlib holds nothing more back
        except zlib.error:
            raise CorruptBundle("the payload does not decompress (damaged)") from None

    @property
    def produced(self) -> int:
        """How many bytes of the buffer are filled so far."""
        return self._produced

    def _put(self, chunk: bytes | memoryview) -> None:
        end = self._produced + len(chunk)
        if end > self._size:
            raise CorruptBundle("the payload inflates past the size its header announces")
        self._view[self._produced : end] = chunk
        self._produced = end

    def finish(self) -> bytearray:
        """The whole payload; ``CorruptBundle`` unless it ended at exactly ``size`` bytes."""
        if not self._raw:
            if not self._inflater.eof:
                self.feed(b"")  # what zlib still holds back
            if not self._inflater.eof or self._inflater.unused_data:
                raise CorruptBundle("the payload is not the size its header announces")
        if self._produced != self._size:
            raise CorruptBundle("the payload is not the size its header announces")
        self._view.release()
        return self.buffer
