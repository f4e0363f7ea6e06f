"""Reading CSV files the way Danish systems and Excel write them.

- Encoding: UTF-8 (with or without BOM), else Windows-1252. The whole file is
  first checked as strict UTF-8 in 1 MB chunks (C speed, constant memory); a file
  that is neither (UTF-16, NUL bytes, bytes cp1252 does not define) is refused.
- Line endings CRLF, LF or CR; quoted fields may hold delimiters and newlines.
- Delimiter ``;``, ``,`` or tab, detected from the header line; Excel's
  ``sep=;`` first line is honoured.
- A record's line number is the physical line it starts on (header = line 1,
  or line 2 after a ``sep=`` line).
- No physical line may exceed :data:`MAX_LINE_CHARS`: a longer one is skipped
  without ever being held in memory, and reported.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

#: A physical line longer than this is refused ("field too long") and skipped.
MAX_LINE_CHARS = 1 << 20
_CHUNK = 1 << 20
#: Bytes Windows-1252 leaves undefined: a file holding them is neither encoding.
_CP1252_UNDEFINED = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")
_SEP_LINE = re.compile(r'"?sep=(.)"?[;,\t]*\s*', re.IGNORECASE)
_DELIMITERS = (";", ",", "\t")


class FileRefused(Exception):
    """The file as a whole cannot be read; ``str()`` is the reason."""


def detect_encoding(path: Path) -> str:
    """``"utf-8-sig"`` or ``"cp1252"``; raises :class:`FileRefused` for anything else."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8 = True
    cp1252 = True
    with path.open("rb") as f:
        head = f.read(4)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise FileRefused("wrong encoding: the file is UTF-16; save it as UTF-8 (or CSV UTF-8)")
        f.seek(0)
        while chunk := f.read(_CHUNK):
            if b"\x00" in chunk:
                raise FileRefused(
                    "wrong encoding: the file contains NUL bytes (UTF-16 or not a text file);"
                    " save it as CSV in UTF-8 or Windows-1252"
                )
            if utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
            if cp1252 and any(b in chunk for b in _CP1252_UNDEFINED):
                cp1252 = False
        if utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8 = False
    if utf8:
        return "utf-8-sig"
    if cp1252:
        return "cp1252"
    raise FileRefused("wrong encoding: the file is neither UTF-8 nor Windows-1252; save it as CSV UTF-8")


@dataclass(frozen=True, slots=True)
class Resume:
    """Where a stream that starts inside a CSV file, at a record, picks up: the file's
    header and delimiter, and how many physical lines come before the stream's first."""

    header: tuple[str, ...]
    delimiter: str
    header_line: int
    lines_before: int


class CsvStream:
    """Iterate the records of one CSV file after its header (or of a part of one,
    given where it resumes).

    Problems that belong to a line (too long, bad quoting) are passed to
    ``on_problem(line, reason)``; the iteration goes on with the next record.
    """

    def __init__(
        self,
        stream: TextIO,
        on_problem: Callable[[int, str], None],
        *,
        max_line: int = MAX_LINE_CHARS,
        resume: Resume | None = None,
    ) -> None:
        self._stream = stream
        self._on_problem = on_problem
        self._max_line = max_line
        self.physical = 0  # physical lines consumed so far
        self.delimiter = ";"
        self.header: list[str] | None = None
        self.header_line = 0
        self._pending: list[str] = []
        self._sep_given = False
        self._lines = self._physical_lines()
        if resume is None:
            self._read_header()
        else:  # a part of the file after its header: the header is known, lines go on
            self.header = list(resume.header)
            self.delimiter = resume.delimiter
            self.header_line = resume.header_line
            self.physical = resume.lines_before

    def _physical_lines(self) -> Iterator[str]:
        readline = self._stream.readline
        limit = self._max_line
        while True:
            if self._pending:
                yield self._pending.pop()
                continue
            line = readline(limit)
            if not line:
                return
            self.physical += 1
            if len(line) >= limit and line[-1] not in "\r\n":
                while True:  # skip the rest without holding it
                    more = readline(limit)
                    if not more or more[-1] in "\r\n":
                        break
                self._on_problem(
                    self.physical,
                    f"field too long: the line is longer than {limit // (1 << 20)} MB;"
                    " it is skipped (an unclosed quote or a broken export?)",
                )
                line = "\n"
            yield line

    def _read_header(self) -> None:
        for line in self._lines:
            if not line.strip():
                continue
            first = line.lstrip("\ufeff").removeprefix("ï»¿")  # a BOM, also read as cp1252
            sep = _SEP_LINE.fullmatch(first)
            if sep is not None and self.header is None and self.physical == 1:
                self.delimiter = sep[1]
                self._sep_given = True
                continue
            if not self._sep_given:
                self.delimiter = sniff_delimiter(first)
            self.header_line = self.physical
            self._pending.append(line)
            reader = csv.reader(self._lines, delimiter=self.delimiter, strict=True)
            try:
                self.header = next(reader, [])
            except csv.Error as exc:
                self._on_problem(self.header_line, f"header line is not valid CSV ({exc})")
                self.header = []
            return
        self.header = None  # no header: the file is empty or blank

    def records(self) -> Iterator[tuple[int, list[str]]]:
        """(line the record starts on, its fields) for each non-blank record."""
        if self.header is None:
            return
        reader = csv.reader(self._lines, delimiter=self.delimiter, strict=True)
        while True:
            start = self.physical + 1
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                message = str(exc)
                if "field larger than field limit" in message:
                    # inside a runaway quoted field: where it ends is anybody's guess
                    self._on_problem(
                        start,
                        f"field too long: a field is longer than {csv.field_size_limit()} characters"
                        " (an unclosed quote?); the rest of the file is not read",
                    )
                    return
                self._on_problem(start, _csv_reason(message))
                continue
            if fields:
                yield start, fields


def _csv_reason(message: str) -> str:
    if "unexpected end of data" in message:
        return 'a quote (") opened in this record is never closed'
    if "expected after" in message:
        return f'bad quoting: {message} (a quote inside a quoted field must be doubled: "")'
    return f"not valid CSV: {message}"


def sniff_delimiter(header_line: str) -> str:
    """The most frequent of ``;``, ``,`` and tab outside quotes; ``;`` on a tie."""
    outside = re.sub(r'"[^"]*"', "", header_line)
    counts = {d: outside.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])  # max keeps the first on ties
    return best if counts[best] else ";"


def normalise_header(name: str) -> str:
    """``" Citizen ID"`` → ``"citizen_id"``: trimmed, lower case, BOM and stray
    quotes stripped, runs of spaces or hyphens as one underscore."""
    text = name.replace("\ufeff", "").replace("ï»¿", "").strip().strip('"').strip().lower()
    return re.sub(r"[\s\-]+", "_", text)
