"""The app's print path through a real CUPS spooler: QPrinterInfo sees the queue, the app
sends the PDF to it without a temporary file, and the pages come out of the virtual PDF
printer like the original.

Qt reads the CUPS server from the environment when it first asks for printers, so the
printing half runs in a fresh process with ``CUPS_SERVER`` pointing at the private
spooler; the PDF reaches it on stdin (no file).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))
from cups_fixture import CupsServer, CupsUnavailable, ink, render_gray, similarity

from continuity_app.exchange.demo import generate_dataset
from continuity_app.printing import render_pack, stamp_for
from continuity_app.store import Store

pytestmark = pytest.mark.integration

QUEUE = "noedkopi-gui-test"

PRINT_SCRIPT = """
import json, sys
from PySide6.QtWidgets import QApplication
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from continuity_app.gui.printer import print_pdf

app = QApplication(sys.argv[:1])
names = QPrinterInfo.availablePrinterNames()
info = QPrinterInfo.printerInfo(sys.argv[1])
printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
printer.setDocName("noedkopi-gui")
pages, method = print_pdf(sys.stdin.buffer.read(), printer) if not info.isNull() else (0, "")
print(json.dumps({"names": names, "pages": pages, "printer": printer.printerName(),
                  "method": method}))
"""


@pytest.fixture(scope="module")
def cups() -> Iterator[CupsServer]:
    try:
        server = CupsServer.start(queue=QUEUE)
    except CupsUnavailable as err:
        pytest.skip(f"no CUPS here: {err}")
    with server:
        yield server


def test_the_app_prints_a_pack_through_the_cups_queue(cups: CupsServer, tmp_path: Path) -> None:
    with Store.build(generate_dataset("tiny", today=dt.date(2026, 11, 27))) as store:
        store.set_meta(scope="HP01", scope_name="Hjemmeplejen Lemvig", created_at="2026-11-27T04:30:00+00:00")
        buffer = io.BytesIO()
        info = render_pack(
            store, "route", buffer, unit_id="HP01", date=dt.date(2026, 11, 27), stamp=stamp_for(store)
        )
    private_tmp = tmp_path / "tmp"  # where Qt's CUPS engine would put its temporary file
    private_tmp.mkdir()
    env = {**cups.env, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(private_tmp)}
    done = subprocess.run(
        [sys.executable, "-c", PRINT_SCRIPT, QUEUE],
        input=buffer.getvalue(),
        env=env,
        capture_output=True,
        timeout=120,
        check=True,
    )
    result = json.loads(done.stdout.decode().strip().splitlines()[-1])
    assert QUEUE in result["names"]  # QPrinterInfo sees the CUPS queue
    assert result["printer"] == QUEUE
    assert result["pages"] == info.pages
    assert result["method"] == "cups"  # the PDF went to lp on stdin
    assert list(private_tmp.iterdir()) == []  # no temporary copy of the pages
    deadline = time.monotonic() + 90
    printed: list[Path] = []
    while time.monotonic() < deadline and not printed:
        completed = cups._run(["lpstat", "-W", "completed", "-o", QUEUE])
        if f"{QUEUE}-" in completed:
            printed = [p for p in cups.out_dir.glob("*.pdf") if p.stat().st_size > 0]
        time.sleep(0.3)
    assert printed, f"nothing came out of the queue; see {cups.error_log}"
    assert len(PdfReader(printed[0]).pages) == info.pages
    original = tmp_path / "original.pdf"  # generated demo data only
    original.write_bytes(buffer.getvalue())
    ours, theirs = render_gray(original, 1), render_gray(printed[0], 1)
    assert ink(theirs) > 0.005, "the printed page is blank"
    assert similarity(ours, theirs) > 0.9
