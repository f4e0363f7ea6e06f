"""Print packs through a real CUPS spooler to a virtual PDF printer (cups-pdf).

The printed file is compared by its pages: how many, and how a rendered page
looks beside the same page of the original. Not by its text: the spooler's PDF
driver rewrites the text layer and drops æøå.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator

import pytest
from cups_fixture import CupsServer, CupsUnavailable, ink, render_gray, similarity
from pypdf import PdfReader

from continuity_app.exchange.demo import generate_dataset
from continuity_app.printing import render_pack, stamp_for
from continuity_app.store import Store

pytestmark = pytest.mark.integration
TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def cups() -> Iterator[CupsServer]:
    try:
        server = CupsServer.start(queue="noedkopi-pytest")
    except CupsUnavailable as why:
        pytest.skip(f"no CUPS spooler: {why}")
    with server:
        yield server


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with Store.build(
        generate_dataset("tiny", 1, today=TODAY),
        meta={"scope": "alle", "scope_name": "Alle enheder", "created_at": "2026-11-27T04:30:00+00:00"},
    ) as s:
        yield s


@pytest.mark.parametrize("pack", ["medication", "route", "contacts"])
def test_a_pack_printed_through_cups_has_the_same_pages(cups, store, tmp_path, pack):
    buffer = io.BytesIO()
    info = render_pack(store, pack, buffer, date=TODAY if pack != "route" else None, stamp=stamp_for(store))
    original = tmp_path / f"{pack}.pdf"  # generated demo data only
    original.write_bytes(buffer.getvalue())

    printed = cups.wait_for(cups.submit(original, title=pack))

    assert len(PdfReader(printed).pages) == info.pages == len(PdfReader(original).pages)
    for page in sorted({1, info.pages}):
        ours, theirs = render_gray(original, page), render_gray(printed, page)
        assert abs(ours[0] - theirs[0]) <= 2 and abs(ours[1] - theirs[1]) <= 2  # same orientation
        assert ink(theirs) > 0.005, "the printed page is blank"
        assert similarity(ours, theirs) > 0.97, (pack, page)


def test_a_different_page_is_told_apart(store, tmp_path):
    """The comparison can fail: two different pages of the same pack are not similar enough."""
    buffer = io.BytesIO()
    render_pack(store, "medication", buffer, date=TODAY, stamp=stamp_for(store))
    path = tmp_path / "m.pdf"
    path.write_bytes(buffer.getvalue())
    assert (
        similarity(render_gray(path, 1), render_gray(path, 2))
        < similarity(render_gray(path, 1), render_gray(path, 1))
        == 1.0
    )


def test_with_preserve_job_files_off_no_copy_stays_in_the_spool(cups, store, tmp_path):
    buffer = io.BytesIO()
    render_pack(store, "vulnerable", buffer, stamp=stamp_for(store))
    path = tmp_path / "v.pdf"
    path.write_bytes(buffer.getvalue())
    cups.wait_for(cups.submit(path, title="vulnerable"))
    assert cups.spooled_job_files() == []
