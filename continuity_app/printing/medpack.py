"""The medication pack: one process for a unit, two (or more) worker processes for thousands.

Big packs stream: citizens go to the workers in chunks, each chunk
comes back as a small PDF in memory (never a file: it is health data) and is
appended to ``out`` at once by :class:`PdfConcatenator`. Page numbers "Side x af
y" need the total first, so the workers run the same layout twice: a count-only
pass (no canvas, cheap), then the drawing pass with the chunk's first page number.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, BinaryIO

from continuity_app.printing.catalog import title
from continuity_app.printing.medication import CitizenMeds, citizen_title, draw_citizen
from continuity_app.printing.pdfmerge import PdfConcatenator
from continuity_app.printing.sheet import CONFIDENTIAL, Sheet, Stamp
from continuity_app.printing.source import citizen_meds, select_citizens, unit_names
from continuity_app.workers import ordered, worker_count
from continuity_app.workers import pool as worker_pool

if TYPE_CHECKING:
    from continuity_app.printing.job import Job

TITLE = title("medication")
PARALLEL_MIN_CITIZENS = 400  # below this, starting workers costs more than it saves
CHUNK = 120  # citizens per worker task


def three_days(start: dt.date) -> tuple[dt.date, ...]:
    return tuple(start + dt.timedelta(days=i) for i in range(3))


def medication_pack(
    job: Job,
    out: BinaryIO,
    *,
    parallel_min: int = PARALLEL_MIN_CITIZENS,
    chunk: int = CHUNK,
    workers: int | None = None,
) -> tuple[int, list[str]]:
    """One process below ``parallel_min`` citizens, else ``workers`` processes (default:
    the cores this process may use, at most 4) drawing ``chunk`` citizens at a time."""
    citizens = select_citizens(job.store, job.unit_id, job.citizen_id)
    names = unit_names(job.store)
    days = three_days(job.start_day)
    subjects = citizen_meds(job.store, citizens, job.start_day, names)
    workers = workers or worker_count()
    if len(citizens) < parallel_min or workers < 2:
        sheet = Sheet(out, job.stamp, TITLE)
        for i, subject in enumerate(subjects):
            job.tick(i, len(citizens))
            draw_citizen(sheet, subject, days, bookmark_level=0)
        job.tick(len(citizens), len(citizens))
        return sheet.finish(), [c.citizen_id for c in citizens]
    return _parallel(
        job,
        out,
        citizens_total=len(citizens),
        workers=workers,
        chunks=lambda: _chunked(citizen_meds(job.store, citizens, job.start_day, names), chunk),
        days=days,
    ), [c.citizen_id for c in citizens]


def _chunked(subjects: Iterator[CitizenMeds], size: int) -> Iterator[list[CitizenMeds]]:
    chunk: list[CitizenMeds] = []
    for subject in subjects:
        chunk.append(subject)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _parallel(
    job: Job,
    out: BinaryIO,
    *,
    citizens_total: int,
    workers: int,
    chunks: Callable[[], Iterator[list[CitizenMeds]]],
    days: tuple[dt.date, ...],
) -> int:
    total_steps = 2 * citizens_total
    done = 0
    with worker_pool(workers) as pool:
        try:
            counts: list[int] = []
            for size, pages in ordered(
                pool, workers, ((len(c), pool.submit(count_chunk, c, job.stamp, days)) for c in chunks())
            ):
                counts.append(pages)
                done += size
                job.tick(done, total_steps)
            total = sum(counts)
            firsts = [1 + sum(counts[:i]) for i in range(len(counts))]
            merger = PdfConcatenator(out, title=f"Nødkopi – {TITLE}", subject=CONFIDENTIAL)
            for size, (pdf, marks) in ordered(
                pool,
                workers,
                (
                    (len(c), pool.submit(draw_chunk, c, job.stamp, days, first, total))
                    for c, first in zip(chunks(), firsts, strict=True)
                ),
            ):
                merger.add(pdf, marks)
                done += size
                job.tick(done, total_steps)
            return merger.close()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


# -- in the worker processes ------------------------------------------------------------------
def count_chunk(chunk: list[CitizenMeds], stamp: Stamp, days: tuple[dt.date, ...]) -> int:
    sheet = Sheet(None, stamp, TITLE, count_only=True)
    for subject in chunk:
        draw_citizen(sheet, subject, days)
    return sheet.finish()


def draw_chunk(
    chunk: list[CitizenMeds], stamp: Stamp, days: tuple[dt.date, ...], first: int, total: int
) -> tuple[bytes, list[tuple[str, int]]]:
    """The chunk's PDF and its bookmarks (title, page index in the chunk): the merged
    document gets one outline, as the one-process pack does."""
    buffer = io.BytesIO()
    sheet = Sheet(buffer, stamp, TITLE, first_page=first, total_pages=total)
    marks = []
    for subject in chunk:
        marks.append((citizen_title(subject.citizen), sheet.pages))
        draw_citizen(sheet, subject, days)
    sheet.finish()
    return buffer.getvalue(), marks
