"""A big CSV file read in parts at once: the first part here, the others elsewhere
(the publisher's worker processes), with the same rows and problems as one reading.

**Where the file is cut.** In CSV a line break ends a record exactly when an even
number of quote characters comes before it: a quote opens or closes a quoted field,
or is one of a doubled pair inside one. ``"``, ``\\r`` and ``\\n`` are the same single
bytes in UTF-8 and Windows-1252 and never part of another character, so the cuts
are found in the file's bytes at C speed (``bytes.count`` and ``find``), without
decoding or parsing. A part starts just after such a line break, with the file's
header, delimiter and the number of physical lines before it (line numbers in
messages stay the file's own: ``\\r\\n``, ``\\n`` and a lone ``\\r`` each end a line,
as the reader counts them).

**Why the result is the same.** When a part ends without a problem of the file's
structure, the reader's state at its end is "between records", exactly the state a
reading in one piece has at that byte, so the next part goes on as that reading
would. When any part reports such a problem (a quote never closed, a line too long,
bad quoting), the count of quotes may not mean what it means in valid CSV; then
the file is read again, whole, here, so every message is the one a reading in one
piece gives. Each part logs into a log of its own, replayed in file order
(:meth:`ProblemLog.replay`); row checks run as each row is made, wherever it is read.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from continuity_app.exchange.csvio import CsvStream, Resume
from continuity_app.exchange.csvtable import (
    begin,
    encoding_of,
    end,
    make_plan,
    problem_sink,
    read_csv,
    read_records,
)
from continuity_app.exchange.problems import ProblemLog
from continuity_app.exchange.rows import Rows
from continuity_app.exchange.schema import FILES, FileSpec

_CHUNK = 1 << 20
_SPECS = {spec.dataset: spec for spec in FILES}


@dataclass(frozen=True, slots=True)
class Part:
    """The bytes ``start``–``end`` of one CSV file, from a record boundary: all a
    process needs to read them (it pickles)."""

    path: str
    file: str  # as problems name it (relative to the exchange folder)
    dataset: str
    start: int
    end: int
    encoding: str  # of these bytes (a BOM can only be at the file's start)
    resume: Resume
    today: dt.date


class PartReader(Protocol):
    """Reads parts of a big file in other processes."""

    def fractions(self, spec: FileSpec, size: int) -> tuple[float, ...]:
        """Where the parts read elsewhere begin, as fractions of the file's ``size``,
        ascending; ``()``: read the file whole, here."""
        ...

    def submit(self, part: Part) -> Callable[[], tuple[Rows, ProblemLog]]:
        """Start reading ``part`` (:func:`read_part`); the call that returns its result."""
        ...


def read_part(part: Part) -> tuple[Rows, ProblemLog]:
    """The records of ``part`` as the reading of the whole file reads them, into rows
    and a log of their own (the header's problems are the first part's to report)."""
    spec = _SPECS[part.dataset]
    rows = Rows(part.dataset, part.file)
    log = ProblemLog()
    plan = make_plan(list(part.resume.header), part.resume.header_line, spec, part.file, ProblemLog())
    if plan is None:  # the first part had this header, and a plan for it
        raise ValueError("a part of a file whose header cannot be read")
    if set(spec.key) & plan.missing_required:
        rows.incomplete = True
    with _text(Path(part.path), part.start, part.end, part.encoding) as stream:
        csv_stream = CsvStream(stream, problem_sink(rows, log), resume=part.resume)
        read_records(csv_stream, plan, rows, spec, log, part.today)
    return rows, log


def read_csv_in_parts(
    path: Path,
    rel: str,
    spec: FileSpec,
    log: ProblemLog,
    *,
    required: bool,
    today: dt.date,
    reader: PartReader,
) -> Callable[[], list[Rows]]:
    """Start reading ``path`` in the parts ``reader`` asks for, read the first one here,
    and return the call that gives the rows of every part in file order, its problems
    in ``log`` as :func:`csvtable.read_csv` would log them."""

    def whole() -> list[Rows]:
        return [read_csv(path, rel, spec, log, required=required, today=today)]

    def done(rows: list[Rows]) -> Callable[[], list[Rows]]:
        return lambda: rows

    try:
        size = path.stat().st_size
    except OSError:
        return done(whole())  # it says why
    fractions = reader.fractions(spec, size)
    head = Rows(spec.dataset, rel)
    head_log = ProblemLog()
    encoding = encoding_of(path, head, head_log) if fractions else None
    cuts = _cuts(path, fractions, size) if encoding is not None else []
    if encoding is None or not cuts:
        return done(whole())
    pending: list[Callable[[], tuple[Rows, ProblemLog]]] = []
    with _text(path, 0, cuts[0][0], encoding) as stream:
        csv_stream = CsvStream(stream, problem_sink(head, head_log))
        plan = begin(csv_stream, head, spec, head_log, required=required)
        if plan is None or head.incomplete or csv_stream.header is None:
            return done(whole())
        tail_encoding = "utf-8" if encoding == "utf-8-sig" else encoding
        bounds = [cut for cut, _lines in cuts] + [size]
        for (start, lines_before), stop in zip(cuts, bounds[1:], strict=True):
            resume = Resume(
                tuple(csv_stream.header), csv_stream.delimiter, csv_stream.header_line, lines_before
            )
            part = Part(str(path), rel, spec.dataset, start, stop, tail_encoding, resume, today)
            pending.append(reader.submit(part))
        read_records(csv_stream, plan, head, spec, head_log, today)

    def collect() -> list[Rows]:
        parts = [(head, head_log), *(get() for get in pending)]
        if any(rows.incomplete for rows, _log in parts):
            return whole()
        for _rows, part_log in parts:
            log.replay(part_log)
        end(head, log, required=required, records=sum(len(rows) for rows, _log in parts))
        return [rows for rows, _log in parts]

    return collect


def _cuts(path: Path, fractions: tuple[float, ...], size: int) -> list[tuple[int, int]]:
    """(offset, physical lines before it) of the first record boundary at or after each
    fraction of the file, ascending, each after the last and before the end."""
    out: list[tuple[int, int]] = []
    try:
        with path.open("rb") as f:
            tally = _Tally()
            for fraction in fractions:
                target = int(size * fraction)
                if target <= tally.pos:
                    continue
                tally.read_to(f, target)
                cut = tally.to_boundary(f)
                if cut is None:
                    break
                if cut < size:
                    out.append((cut, tally.lines))
    except OSError:
        return []  # read whole: that reading says what is wrong
    return out


class _Tally:
    """Quotes and physical lines in the bytes read so far (``pos``)."""

    def __init__(self) -> None:
        self.pos = 0
        self.quotes = 0
        self.lines = 0
        self._cr_last = False  # the bytes so far end in \r (a \n next ends no new line)

    def add(self, data: bytes) -> None:
        if not data:
            return
        self.pos += len(data)
        self.quotes += data.count(b'"')
        self.lines += data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")
        if self._cr_last and data[:1] == b"\n":
            self.lines -= 1
        self._cr_last = data[-1:] == b"\r"

    def read_to(self, f: BinaryIO, target: int) -> None:
        while self.pos < target:
            data = f.read(min(_CHUNK, target - self.pos))
            if not data:
                return
            self.add(data)

    def to_boundary(self, f: BinaryIO) -> int | None:
        """Read on to just after the next line break outside quotes; its offset, or None
        at the end of the file."""
        while data := f.read(_CHUNK):
            even = self.quotes % 2 == 0
            i = 0
            quote = data.find(b'"')
            while True:
                if quote != -1 and quote < i:
                    quote = data.find(b'"', i)
                newline = data.find(b"\n", i)
                if newline != -1 and (quote == -1 or newline < quote):
                    if even:
                        self.add(data[: newline + 1])
                        f.seek(self.pos)
                        return self.pos
                    i = newline + 1
                elif quote != -1:
                    even = not even
                    i = quote + 1
                else:
                    break
            self.add(data)
        return None


@contextmanager
def _text(path: Path, start: int, stop: int, encoding: str) -> Iterator[io.TextIOWrapper]:
    """The bytes ``start``–``stop`` of ``path`` as text, streamed (never all held)."""
    with path.open("rb", buffering=0) as raw:
        raw.seek(start)
        with io.TextIOWrapper(
            io.BufferedReader(_Slice(raw, stop - start), _CHUNK), encoding, newline=""
        ) as text:
            yield text


class _Slice(io.RawIOBase):
    """At most ``length`` bytes of an open file, from where it stands."""

    def __init__(self, raw: io.FileIO, length: int) -> None:
        super().__init__()
        self._raw = raw
        self._left = length

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), self._left)
        if n <= 0:
            return 0
        got = self._raw.readinto(memoryview(buffer)[:n]) or 0
        self._left -= got
        return got
