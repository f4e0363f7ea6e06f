"""A private CUPS spooler with a virtual PDF printer, for tests (no Qt; the GUI tests reuse it).

::

    with CupsServer.start(queue="noedkopi-test") as cups:     # raises CupsUnavailable → skip
        job = cups.submit(Path("pack.pdf"), title="medication")   # through `lp`
        printed = cups.wait_for(job)                              # the file cups-pdf wrote
    # os.environ is untouched; pass cups.env to clients (CUPS_SERVER=<private socket>)

``cupsd -f`` runs with its own config, spool, cache, state and logs in a temporary
folder, listening on a private socket and a free 127.0.0.1 port. cups-pdf takes
its configuration from the device URI's suffix (``cups-pdf:/<queue>`` reads
``/etc/cups/cups-pdf-<queue>.conf``, a path compiled into it), so that one file is
written for the test's queue and removed again by ``stop()``. The printed PDFs land
in ``out_dir``. Filters run as user ``lp``: the folders they use are made
reachable for that user.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

CUPS_PDF_CONF_DIR = Path("/etc/cups")
PPD = "lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd"


class CupsUnavailable(Exception):
    """cupsd, cups-pdf or the rights to set them up are missing: the test should skip."""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class CupsServer:
    root: Path
    queue: str
    process: subprocess.Popen[bytes]
    conf_file: Path
    env: dict[str, str] = field(default_factory=dict)

    @property
    def out_dir(self) -> Path:
        return self.root / "out"

    @property
    def error_log(self) -> Path:
        return self.root / "log" / "error_log"

    @classmethod
    def start(cls, queue: str = "noedkopi-test", timeout: float = 30.0) -> CupsServer:
        for tool in ("cupsd", "lpadmin", "lp", "lpstat"):
            if shutil.which(tool) is None:
                raise CupsUnavailable(f"{tool} is not installed")
        if not Path("/usr/lib/cups/backend/cups-pdf").exists():
            raise CupsUnavailable("printer-driver-cups-pdf is not installed")
        if not os.access(CUPS_PDF_CONF_DIR, os.W_OK):
            raise CupsUnavailable(f"{CUPS_PDF_CONF_DIR} is not writable (cups-pdf's config)")
        root = Path(tempfile.mkdtemp(prefix="noedkopi-cups-"))
        root.chmod(0o755)  # filters run as lp and must reach the spool and temp folders
        for sub in ("etc", "spool", "tmp", "cache", "run", "log", "out"):
            (root / sub).mkdir()
        with contextlib.suppress(KeyError, PermissionError):
            shutil.chown(root / "spool", group="lp")
            shutil.chown(root / "tmp", group="lp")
        (root / "spool").chmod(0o710)
        (root / "tmp").chmod(0o1770)
        sock = root / "cups.sock"
        port = _free_port()
        (root / "etc" / "cups-files.conf").write_text(
            "\n".join(
                [
                    f"RequestRoot {root / 'spool'}",
                    f"TempDir {root / 'tmp'}",
                    f"CacheDir {root / 'cache'}",
                    f"StateDir {root / 'run'}",
                    "DataDir /usr/share/cups",
                    "ServerBin /usr/lib/cups",
                    f"AccessLog {root / 'log' / 'access_log'}",
                    f"ErrorLog {root / 'log' / 'error_log'}",
                    f"PageLog {root / 'log' / 'page_log'}",
                    "SystemGroup root",
                    "",
                ]
            )
        )
        (root / "etc" / "cupsd.conf").write_text(
            "\n".join(
                [
                    f"Listen 127.0.0.1:{port}",
                    f"Listen {sock}",
                    "LogLevel info",
                    "WebInterface No",
                    "Browsing No",
                    "DefaultAuthType None",
                    # CUPS keeps a job's data for a day by default (to reprint): health data in
                    # the spool. Laptops should say No, as here (see the printing report).
                    "PreserveJobFiles No",
                    "<Location />",
                    "  Order allow,deny",
                    "  Allow all",
                    "</Location>",
                    "<Policy default>",
                    "  <Limit All>",
                    "    Order deny,allow",
                    "  </Limit>",
                    "</Policy>",
                    "",
                ]
            )
        )
        conf_file = CUPS_PDF_CONF_DIR / f"cups-pdf-{queue}.conf"
        conf_file.write_text(f"Out {root / 'out'}\nLabel 1\nUserUMask 0077\nGrp root\n")
        process = subprocess.Popen(
            [
                "cupsd",
                "-f",
                "-c",
                str(root / "etc" / "cupsd.conf"),
                "-s",
                str(root / "etc" / "cups-files.conf"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        server = cls(root, queue, process, conf_file, env={**os.environ, "CUPS_SERVER": str(sock)})
        try:
            deadline = time.monotonic() + timeout
            while not server._ok(["lpstat", "-r"]):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise CupsUnavailable(f"cupsd did not start: {server.log_tail()}")
                time.sleep(0.1)
            # cupsd answers lpstat a moment before it takes admin requests ("Bad file
            # descriptor" from lpadmin, seen under load): try a few times.
            for attempt in range(10):
                try:
                    server._run(["lpadmin", "-p", queue, "-E", "-v", f"cups-pdf:/{queue}", "-m", PPD])
                    break
                except RuntimeError:
                    if attempt == 9 or process.poll() is not None:
                        raise
                    time.sleep(0.3)
        except BaseException:
            server.stop()
            raise
        return server

    def log_tail(self, lines: int = 5) -> str:
        try:
            return " | ".join(self.error_log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "no error_log"

    def _run(self, args: list[str]) -> str:
        done = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=30)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stderr.strip()} ({self.log_tail()})")
        return done.stdout

    def _ok(self, args: list[str]) -> bool:
        return subprocess.run(args, env=self.env, capture_output=True, timeout=30).returncode == 0

    def submit(self, pdf: Path, title: str = "noedkopi") -> int:
        """Send a file to the queue with ``lp``; returns the job id."""
        out = self._run(["lp", "-d", self.queue, "-t", title, str(pdf)])
        # "request id is noedkopi-test-3 (1 file(s))"
        return int(out.split("request id is ", 1)[1].split()[0].rsplit("-", 1)[1])

    def wait_for(self, job: int, timeout: float = 60.0) -> Path:
        """Wait until the job is completed; returns the PDF cups-pdf wrote for it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = self._run(["lpstat", "-W", "completed", "-o", self.queue])
            if f"{self.queue}-{job} " in done:
                files = sorted(self.out_dir.glob(f"job_{job}-*.pdf"))
                if files and files[0].stat().st_size > 0:
                    return files[0]
            time.sleep(0.2)
        raise TimeoutError(f"print job {job} did not complete; see {self.error_log}")

    def spooled_job_files(self) -> list[Path]:
        """Job data files still in the spool (d<job>-<n>)."""
        return [p for p in (self.root / "spool").glob("d*") if p.is_file()]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        with contextlib.suppress(FileNotFoundError):
            self.conf_file.unlink()
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> CupsServer:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def render_gray(pdf: Path, page: int, dpi: int = 40) -> tuple[int, int, bytes]:
    """One page as 8-bit grey pixels (pdftoppm PGM): width, height, pixels."""
    data = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-f", str(page), "-l", str(page), str(pdf)],
        check=True,
        capture_output=True,
    ).stdout
    magic, w, h, maxval, pixels = data.split(maxsplit=4)
    assert magic == b"P5" and maxval == b"255"
    return int(w), int(h), pixels[: int(w) * int(h)]


def similarity(a: tuple[int, int, bytes], b: tuple[int, int, bytes]) -> float:
    """1.0 for identical pages: 1 − mean absolute grey difference over the common area."""
    w, h = min(a[0], b[0]), min(a[1], b[1])
    total = 0
    for y in range(h):
        row_a = a[2][y * a[0] : y * a[0] + w]
        row_b = b[2][y * b[0] : y * b[0] + w]
        total += sum(abs(p - q) for p, q in zip(row_a, row_b, strict=True))
    return 1.0 - total / (255 * w * h)


def ink(page: tuple[int, int, bytes]) -> float:
    """The share of pixels darker than mid-grey (a blank page has none)."""
    return sum(1 for p in page[2] if p < 128) / len(page[2])
