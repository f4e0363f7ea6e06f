"""Concatenate PDFs that reportlab wrote into one PDF, streaming, without holding the pages.

Only for our own chunks (``Sheet`` output): reportlab writes a classic xref
table, one object per ``N 0 obj … endobj``, object references only outside
streams, a flat /Pages tree and no outline. Each chunk's objects are copied with
their numbers shifted; the chunk's catalog, page tree and info are dropped and
one new set is written at the end. Font subset tags (``AAAAAA+DejaVuSans``)
are made unique per chunk, so no reader or printer driver mixes up two subsets
that share a name. Memory: one chunk at a time plus an int per object.
"""

from __future__ import annotations

import re
from typing import BinaryIO

from continuity_app.errors import InternalError

_REF = re.compile(rb"(\d+) 0 R\b")
_TAG = re.compile(rb"/([A-Z]{6})\+")
_TRAILER_REF = re.compile(rb"/(Root|Info) (\d+) 0 R")
_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class MergeError(InternalError):
    """A chunk was not the PDF the merger expects (a bug, never user data)."""


def _pdf_string(text: str) -> bytes:
    """A PDF text string: UTF-16BE with BOM, as hex (any character survives)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


class PdfConcatenator:
    """Append reportlab PDFs (as bytes) one after another; ``close()`` writes the trailer."""

    CATALOG, PAGES, INFO = 1, 2, 3

    def __init__(self, out: BinaryIO, *, title: str, subject: str = "") -> None:
        self.out = out
        self.title = title
        self.subject = subject
        self.offsets: dict[int, int] = {}
        self.next_number = 4
        self.pages: list[int] = []
        self.marks: list[tuple[str, int]] = []  # bookmark title, page object number
        self.chunks = 0
        self._pos = 0
        self._write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    def _write(self, data: bytes) -> None:
        self.out.write(data)
        self._pos += len(data)

    def _object(self, number: int, body: bytes) -> None:
        self.offsets[number] = self._pos
        self._write(b"%d 0 obj\n%s\nendobj\n" % (number, body))

    def add(self, pdf: bytes, marks: list[tuple[str, int]] | None = None) -> int:
        """Append every page of ``pdf``; returns its page count. ``marks`` are bookmarks
        (title, index of the page in this pdf) for the merged document's outline."""
        objects, root, info = _split(pdf)
        catalog = objects.get(root, b"")
        match = re.search(rb"/Pages (\d+) 0 R", catalog)
        if match is None:
            raise MergeError("a print chunk has no page tree")
        pages_obj = int(match.group(1))
        kids = re.search(rb"/Kids \[([^\]]*)\]", objects[pages_obj])
        if kids is None:
            raise MergeError("a print chunk's page tree has no kids")
        page_numbers = [int(n) for n in _REF.findall(kids.group(1))]
        skip = {root, info, pages_obj}
        base = self.next_number
        tag = _chunk_tag(self.chunks)

        def shift(m: re.Match[bytes]) -> bytes:
            return b"%d 0 R" % (int(m.group(1)) + base)

        def retag(m: re.Match[bytes]) -> bytes:
            return b"/" + tag + m.group(1)[4:] + b"+"

        highest = 0
        for number, body in objects.items():
            highest = max(highest, number)
            if number in skip:
                continue
            head, sep, stream = body.partition(b"stream\r\n")
            if not sep:
                head, sep, stream = body.partition(b"stream\n")
            head = _TAG.sub(retag, _REF.sub(shift, head))
            if number in page_numbers:
                head = re.sub(rb"/Parent \d+ 0 R", b"/Parent %d 0 R" % self.PAGES, head)
            self._object(number + base, head + sep + stream)
        self.pages.extend(n + base for n in page_numbers)
        self.marks.extend((title, page_numbers[index] + base) for title, index in marks or ())
        self.next_number = base + highest + 1
        self.chunks += 1
        return len(page_numbers)

    def close(self) -> int:
        """Write the page tree, catalog, info, xref and trailer; returns the page count."""
        kids = b" ".join(b"%d 0 R" % n for n in self.pages)
        self._object(self.PAGES, b"<< /Type /Pages /Count %d /Kids [ %s ] >>" % (len(self.pages), kids))
        outline = self._outline()
        self._object(
            self.CATALOG,
            b"<< /Type /Catalog /Pages %d 0 R%s >>"
            % (self.PAGES, b" /Outlines %d 0 R" % outline if outline else b""),
        )
        self._object(
            self.INFO,
            b"<< /Title %s /Subject %s /Producer %s >>"
            % (_pdf_string(self.title), _pdf_string(self.subject), _pdf_string("Nødkopi")),
        )
        xref_at = self._pos
        size = self.next_number
        lines = [b"xref\n0 %d\n" % size, b"0000000000 65535 f \n"]
        for number in range(1, size):
            offset = self.offsets.get(number)
            lines.append(b"%010d 00000 n \n" % offset if offset is not None else b"0000000000 65535 f \n")
        self._write(b"".join(lines))
        self._write(
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, self.CATALOG, self.INFO, xref_at)
        )
        return len(self.pages)

    def _outline(self) -> int | None:
        """Write a flat outline (one entry per mark); returns its root object number."""
        if not self.marks:
            return None
        root = self.next_number
        first = root + 1
        last = root + len(self.marks)
        for i, (title, page) in enumerate(self.marks):
            number = first + i
            links = b"".join(
                [
                    b" /Prev %d 0 R" % (number - 1) if number > first else b"",
                    b" /Next %d 0 R" % (number + 1) if number < last else b"",
                ]
            )
            self._object(
                number,
                b"<< /Title %s /Parent %d 0 R%s /Dest [ %d 0 R /XYZ null null "
                b"null ] >>" % (_pdf_string(title), root, links, page),
            )
        self._object(
            root,
            b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>" % (first, last, len(self.marks)),
        )
        self.next_number = last + 1
        return root


def _chunk_tag(index: int) -> bytes:
    letters = []
    for _ in range(4):
        index, rest = divmod(index, 26)
        letters.append(_LETTERS[rest])
    return bytes(reversed(letters))


def _split(pdf: bytes) -> tuple[dict[int, bytes], int, int]:
    """Object number → body (between ``obj`` and ``endobj``), the root and info numbers."""
    start = pdf.rfind(b"startxref")
    if start < 0:
        raise MergeError("a print chunk has no xref")
    xref_at = int(pdf[start + 9 :].split()[0])
    table = pdf[xref_at:start]
    trailer_at = table.find(b"trailer")
    refs = dict((k, int(v)) for k, v in _TRAILER_REF.findall(table[trailer_at:]))
    entries = table[:trailer_at].split(b"\n")[2:]
    offsets: list[tuple[int, int]] = []
    for number, line in enumerate(entries):
        if line.endswith(b"n ") or line.endswith(b"n"):
            offsets.append((int(line[:10]), number))
    offsets.sort()
    objects: dict[int, bytes] = {}
    for i, (offset, number) in enumerate(offsets):
        end = offsets[i + 1][0] if i + 1 < len(offsets) else xref_at
        chunk = pdf[offset:end]
        body_start = chunk.index(b"obj") + 3
        body_end = chunk.rindex(b"endobj")
        objects[number] = chunk[body_start:body_end].strip(b"\r\n")
    return objects, refs[b"Root"], refs[b"Info"]
