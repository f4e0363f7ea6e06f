"""Compressing the payload, and decompressing it without trusting its size.

zstd (RFC 8878) at level 1, chosen by measurement (bench/bench_publish.py, region:
602 scopes, 950 MB of SQLite images per publish; the ``alle`` image 215 MB): against
zlib level 1, the codec of format 1.x, it compresses about three times faster, to
about a fifth of the image instead of a quarter, and the laptop inflates it about
three times faster, which is most of what unlocking ``alle`` costs besides scrypt
and SQLite. Higher zstd levels gain a few per cent of size for twice the time and
inflate no faster. A zstd payload makes the bundle format 2.0 (``bundle.format``), so
that a program that reads only zlib says "update Nødkopi" instead of "damaged".
zlib (RFC 1950, any level) is still written when the publisher is set to it, for
laptops that still run a 1.x program, and read forever.

On the laptop the payload is inflated piece by piece into one buffer of the
announced size (:class:`Inflater`), as the decryption hands over each piece: no
list of parts and no joined copy, so unlocking holds the image once, and never
more than the announced size (no zip bombs).
"""

from __future__ import annotations

import sys
import zlib
from typing import Protocol

from continuity_app.bundle.errors import CorruptBundle

if sys.version_info >= (3, 14):
    from compression import zstd
else:  # the standard library's module, as a package until Python 3.14
    from backports import zstd

COMPRESSION_ZLIB = "zlib"
COMPRESSION_ZSTD = "zstd"
COMPRESSION_NONE = "none"
COMPRESSIONS = (COMPRESSION_ZSTD, COMPRESSION_ZLIB, COMPRESSION_NONE)
DEFAULT_COMPRESSION = COMPRESSION_ZSTD
#: The level each codec is written with; a reader needs none of them.
LEVELS = {COMPRESSION_ZSTD: 1, COMPRESSION_ZLIB: 1, COMPRESSION_NONE: 0}


def compress(data: bytes, method: str = DEFAULT_COMPRESSION, level: int | None = None) -> bytes:
    chosen = LEVELS.get(method, 0) if level is None else level
    if method == COMPRESSION_ZSTD:
        return zstd.compress(data, level=chosen)
    if method == COMPRESSION_ZLIB:
        return zlib.compress(data, chosen)
    if method == COMPRESSION_NONE:
        return bytes(data)
    raise ValueError(f"unknown compression {method!r}")


def decompress(data: bytes, method: str, size: int) -> bytes:
    """Inflate ``data`` to exactly ``size`` bytes, never producing more (no zip bombs)."""
    inflater = Inflater(method, size)
    inflater.feed(data)
    return bytes(inflater.finish())


class _Stream(Protocol):
    """One codec's decompressor, fed in pieces, asked for at most ``limit`` bytes."""

    def take(self, piece: bytes | memoryview, limit: int) -> bytes: ...

    def more(self) -> bool: ...  # output is held back for want of room, not of input

    def ended(self) -> bool: ...  # the stream's end mark is read

    def trailing(self) -> bool: ...  # bytes follow the end mark (or wait, unread)


class _Zlib:
    def __init__(self) -> None:
        self._d = zlib.decompressobj()
        self._pending: bytes | memoryview = b""
        self._full = False

    def take(self, piece: bytes | memoryview, limit: int) -> bytes:
        chunk = self._d.decompress(piece if piece else self._pending, limit)
        self._pending = self._d.unconsumed_tail
        self._full = len(chunk) == limit
        return chunk

    def more(self) -> bool:
        return bool(self._pending) or (self._full and not self._d.eof)

    def ended(self) -> bool:
        return self._d.eof

    def trailing(self) -> bool:
        return bool(self._pending or self._d.unused_data)


class _Zstd:
    #: Output per call: the decompressor keeps the input it has not used yet (no copy
    #: of the rest per call, unlike zlib's ``unconsumed_tail``), so a small cap costs
    #: nothing and keeps the inflated bytes in flight, besides the buffer, this small.
    OUT = 1 << 20

    def __init__(self) -> None:
        self._d = zstd.ZstdDecompressor()

    def take(self, piece: bytes | memoryview, limit: int) -> bytes:
        if self._d.eof:  # more input after the frame's end: the stream does not end there
            if piece:
                raise CorruptBundle("the payload is not the size its header announces")
            return b""
        return self._d.decompress(piece, max_length=min(limit, self.OUT))

    def more(self) -> bool:
        return not self._d.eof and not self._d.needs_input

    def ended(self) -> bool:
        return self._d.eof

    def trailing(self) -> bool:
        return bool(self._d.unused_data)


_STREAMS: dict[str, type[_Zlib] | type[_Zstd]] = {COMPRESSION_ZLIB: _Zlib, COMPRESSION_ZSTD: _Zstd}


class Inflater:
    """Inflate a payload fed in pieces into one ``bytearray`` of exactly ``size`` bytes.

    ``feed`` each piece as it arrives (it is not kept); ``finish`` checks the stream
    ended exactly at ``size`` and returns the buffer. Any fault is ``CorruptBundle``.
    """

    def __init__(self, method: str, size: int) -> None:
        if method not in COMPRESSIONS:
            raise CorruptBundle(f"the payload uses an unknown compression {method!r}")
        self._stream: _Stream | None = _STREAMS[method]() if method in _STREAMS else None  # none: as is
        self._size = size
        self.buffer = bytearray(size)
        self._view = memoryview(self.buffer)
        self._produced = 0

    def feed(self, piece: bytes | memoryview) -> None:
        stream = self._stream
        if stream is None:
            self._put(piece)
            return
        try:
            # never ask for more than one byte past the announced size; no smaller
            # cap: each capped call would copy the rest of the piece again
            self._put(stream.take(piece, self._size - self._produced + 1))
            while stream.more():
                self._put(stream.take(b"", self._size - self._produced + 1))
            if stream.ended() and stream.trailing():
                raise CorruptBundle("the payload is not the size its header announces")
        except (zlib.error, zstd.ZstdError, EOFError):
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
        stream = self._stream
        if stream is not None:
            if not stream.ended():
                self.feed(b"")  # what the codec still holds back
            if not stream.ended() or stream.trailing():
                raise CorruptBundle("the payload is not the size its header announces")
        if self._produced != self._size:
            raise CorruptBundle("the payload is not the size its header announces")
        self._view.release()
        return self.buffer
