"""The big medication pack: chunks drawn in worker processes and concatenated, page for page
the same as the one-process pack."""

from __future__ import annotations

import io
import subprocess

import pytest
from printing_support import TODAY
from pypdf import PdfReader

from continuity_app.errors import Cancelled
from continuity_app.printing.api import Job
from continuity_app.printing.medpack import medication_pack
from continuity_app.printing.pdfmerge import PdfConcatenator
from continuity_app.printing.sheet import Sheet


def test_parallel_pack_equals_the_single_process_pack(store, stamp, read_pdf):
    seen: list[tuple[str, float]] = []
    job = Job(store, stamp, None, TODAY, None, lambda s, f: seen.append((s, f)), None)
    single, parallel = io.BytesIO(), io.BytesIO()
    pages_single, _ = medication_pack(job, single, parallel_min=10**9)
    pages_parallel, citizens = medication_pack(job, parallel, parallel_min=1, chunk=1, workers=2)
    assert citizens == ["c3", "c1", "c2"] and pages_parallel == pages_single  # Ibsen, Sønderskov, Ørum
    one, many = read_pdf(single.getvalue()), read_pdf(parallel.getvalue())
    assert len(many.reader.pages) == pages_single
    for i in range(pages_single):
        assert many.flat(i) == one.flat(i), i  # same text, same "Side x af y"
        assert one.pages[i] == many.pages[i], i  # and the same layout
    fonts = many.fonts()
    assert len(fonts) >= 3 * 3  # each chunk embeds its own subsets …
    assert len({row[0] for row in fonts}) == len(fonts)  # … under names of their own
    assert all(row[-5] == "yes" for row in fonts)
    assert seen[-1] == ("items", 1.0)  # progress reaches the end
    # One bookmark per citizen, pointing at the citizen's first page, in both.
    for pdf in (one, many):
        marks = [(o.title, pdf.reader.get_destination_page_number(o)) for o in pdf.reader.outline]
        assert [t for t, _ in marks] == [
            "Carla Ibsen (030405-3456)",
            "Åse Sønderskov (010203-1234)",
            "Bent Ørum (020304-2345)",
        ]
        for title, page in marks:
            assert f"Medicinliste – {title.split(' (')[0]}" in pdf.flat(page)
            assert "(fortsat)" not in pdf.flat(page)


def test_concatenator_keeps_every_page_in_order(stamp, read_pdf):
    out = io.BytesIO()
    merger = PdfConcatenator(out, title="Prøve æøå", subject="test")
    for part in range(3):
        buffer = io.BytesIO()
        sheet = Sheet(buffer, stamp, "Prøve", first_page=part * 2 + 1, total_pages=6)
        for page in range(2):
            sheet.new_page()
            sheet.paragraph(f"Del {part} side {page} – Ærø “citat”")
        sheet.finish()
        assert merger.add(buffer.getvalue()) == 2
    assert merger.close() == 6
    pdf = read_pdf(out.getvalue())
    assert pdf.reader.metadata.title == "Prøve æøå"
    strict = PdfReader(io.BytesIO(out.getvalue()), strict=True)  # xref offsets must be exact
    assert [len(p.extract_text()) > 0 for p in strict.pages] == [True] * 6
    info = subprocess.run(["pdfinfo", str(pdf.path)], capture_output=True, text=True)
    assert info.returncode == 0 and info.stderr == "" and "Pages:           6" in info.stdout
    for i in range(6):
        assert f"Del {i // 2} side {i % 2} – Ærø “citat”" in pdf.flat(i)
        assert f"Side {i + 1} af 6" in pdf.flat(i)


def test_cancel_stops_the_workers_and_raises(store, stamp):
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2  # after the first chunks came back

    job = Job(store, stamp, None, TODAY, None, None, cancel)
    with pytest.raises(Cancelled):
        medication_pack(job, io.BytesIO(), parallel_min=1, chunk=1, workers=2)
