"""``continuity-app selftest`` (also ``continuity-app --selftest``): check an installed copy, offline.

Municipal IT runs it after installing (and CI runs it on the frozen bundle) to see
that this copy of the program works on this machine with no network and no data of
its own: it builds a small demo installation from generated, fictitious data in a
temporary folder, syncs it from the publish folder, unlocks it, opens the main
window (offscreen unless a Qt platform is set) and waits until data is on screen,
renders the emergency pack in memory (also with two printing processes), locks and
deletes the folder again. One line per check; "selftest: ok" and exit 0 at the end,
or one line naming the check that failed and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from continuity_app.cli.framework import number_in
from continuity_app.errors import InternalError, KnownError

log = logging.getLogger(__name__)

DESCRIPTION = """Check that this copy of Nødkopi works here, offline: a demo installation from
generated, fictitious data in a temporary folder (sync, unlock), the main window with data on
screen (offscreen unless QT_QPA_PLATFORM is set), the emergency pack as PDF in memory (also with
two printing processes), lock, and the folder deleted again. Touches no client home and no network.

Prints one line per check and "selftest: ok"; a failure prints which check failed and why, and
exits non-zero."""

#: How long the window may take to show the data (tiny demo data: well under a second).
DEFAULT_TIMEOUT_S = 60.0


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    parser.add_argument(
        "--timeout",
        type=number_in(1, 3600, float),
        default=DEFAULT_TIMEOUT_S,
        metavar="SECONDS",
        help=f"longest wait for the window or a print (default {DEFAULT_TIMEOUT_S:.0f})",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary demo installation and print where it is"
    )


class SelftestFailed(InternalError):
    """A check failed with a known error: said with that error's exit code."""

    def __init__(self, message: str, cause: KnownError) -> None:
        super().__init__(message)
        self.exit_code = cause.exit_code


class CheckFailed(Exception):
    """A check found the program not working; the message is the one line shown."""


@dataclass
class SelfTest:
    """The state the checks hand on to each other."""

    timeout: float
    say: Callable[[str], None]
    root: Path | None = None
    demo: Any = None
    session: Any = None
    app: Any = None
    window: Any = None
    task_errors: list[str] = field(default_factory=list)
    expected: dict[str, int] = field(default_factory=dict)
    pages: int = 0

    # --- the checks, in order; each returns the detail for its line ----------------------
    def platform(self) -> str:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        name = os.environ["QT_QPA_PLATFORM"].split(":")[0]
        folders = qt_platform_plugins()
        # Qt aborts the whole process (no message we could catch) when the plugin is missing
        if folders and not [p for f in folders for p in f.iterdir() if p.stem.endswith(f"q{name}")]:
            raise CheckFailed(
                f"the Qt platform plugin '{name}' is not in {', '.join(str(f) for f in folders)}"
            )
        frozen = "frozen bundle" if getattr(sys, "frozen", False) else "Python " + sys.version.split()[0]
        return f"Qt platform {os.environ['QT_QPA_PLATFORM']}, {frozen}"

    def resources(self) -> str:
        from continuity_app.paths import resources_dir

        res = resources_dir()
        wanted = [res / "fonts" / "DejaVuSans.ttf", res / "icons" / "noedkopi.svg"]
        missing = [str(p) for p in wanted if not p.is_file()]
        if missing:
            raise CheckFailed(f"missing resource files: {', '.join(missing)}")
        return str(res)

    def translations(self) -> str:
        from continuity_app.gui import app as gui_app
        from continuity_app.gui.i18n import load_ours, translations_dir

        self.app = gui_app.application()  # a translator needs the application
        translator = load_ours("en")
        if translator is None or translator.isEmpty():
            raise CheckFailed(f"no English translation in {translations_dir()}")
        kinds = sorted({p.suffix for p in translations_dir().glob("nodkopi_*.*")})
        return f"Danish (source), English from {'/'.join(kinds) or '?'}"

    def demo_installation(self) -> str:
        from continuity_app import demosetup

        self.root = Path(tempfile.mkdtemp(prefix="noedkopi-selftest-"))
        self.demo = demosetup.make(self.root / "demo", scale="tiny", fast_kdf=True)
        citizens = self.demo.dataset_counts.get("citizens", 0)
        return f"unit {self.demo.unit_id}, {citizens} citizens in the exports"

    def sync(self) -> str:
        from continuity_app.sync import run_sync

        outcome = run_sync(self.demo.client)  # the demo laptop's source is the publish folder
        if not outcome.ok:
            raise CheckFailed(f"sync from the publish folder failed: {outcome.message}")
        return f"sequence {outcome.sequence} from the publish folder"

    def unlock(self) -> str:
        from continuity_app import demosetup, vault

        self.session = vault.unlock(self.demo.client, demosetup.DEMO_PASSPHRASE)
        store = self.session.store
        counts = store.counts()
        self.expected = {"units": len(store.units()), "citizens": int(counts.get("citizens", 0))}
        if self.expected["citizens"] == 0:
            raise CheckFailed("the unlocked bundle holds no citizens")
        return ", ".join(f"{n} {name}" for name, n in counts.items() if n)

    def main_window(self) -> str:
        from continuity_app.gui import app as gui_app

        window = gui_app.create_window(self.demo.client, scheduled_sync=False)
        window.tasks.error_handler = self._task_failed  # never a modal error box here
        self.window = window
        window.show()
        window.open_session(self.session)
        units = window.views[window.UNITS]
        self._wait("the units view to fill", lambda: units.model.rowCount() >= self.expected["units"])
        if units.model.rowCount() != self.expected["units"]:
            raise CheckFailed(
                f"the units view shows {units.model.rowCount()} units, "
                f"the bundle holds {self.expected['units']}"
            )
        banner = window.banner.age_label.text()
        if not banner.strip():
            raise CheckFailed("the banner shows no data age")
        citizens = window.views[window.CITIZENS]
        name = next(iter(self.session.store.citizens())).last_name
        citizens.search.setText(name)  # search as you type, as a person would
        self._wait("search results", lambda: citizens.model.rowCount() > 0)
        return (
            f"{units.model.rowCount()} units, {citizens.model.rowCount()} search hit(s), "
            f"banner level {getattr(window.banner.level, 'name', '?').lower()}"
        )

    def emergency_pack(self) -> str:
        from continuity_app.gui.dialogs.preview import load_pdf
        from continuity_app.printing import render_pack, stamp_for

        unit_id = self.demo.unit_id

        def render(store: Any) -> tuple[bytes, int]:
            out = io.BytesIO()
            info = render_pack(store, "emergency", out, unit_id=unit_id, stamp=stamp_for(store))
            return out.getvalue(), info.pages

        data, pages = self._on_db_thread("the emergency pack", render)
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise CheckFailed("the emergency pack is not a complete PDF")
        if pages <= 0:
            raise CheckFailed("the emergency pack has no pages")
        document, buffer = load_pdf(data)  # QtPdf, as the print preview shows it
        try:
            self._wait("QtPdf to read the pack", lambda: document.pageCount() > 0)
            if document.pageCount() != pages:
                raise CheckFailed(f"QtPdf reads {document.pageCount()} pages, the pack has {pages}")
        finally:
            document.close()
            buffer.close()
        self.pages = pages
        return f"{pages} pages, {len(data) // 1024} KiB, read back by QtPdf"

    def parallel_printing(self) -> str:
        """The medication pack in two worker processes (big packs print so; a frozen program
        must be able to start them), page for page the same as in one process."""
        from continuity_app.printing import stamp_for
        from continuity_app.printing.api import Job
        from continuity_app.printing.medpack import medication_pack

        unit_id = self.demo.unit_id

        def render(store: Any) -> tuple[int, int]:
            def pages(**parallel: int) -> int:
                job = Job(store, stamp_for(store), unit_id, None, None, None, None)
                return medication_pack(job, io.BytesIO(), **parallel)[0]

            return pages(parallel_min=10**9), pages(parallel_min=1, workers=2, chunk=4)

        single, parallel = self._on_db_thread("the medication pack in two processes", render)
        if single <= 0 or single != parallel:
            raise CheckFailed(f"two printing processes made {parallel} pages, one made {single}")
        return f"medication pack {parallel} pages in 2 processes, same as in 1"

    def lock(self) -> str:
        window, session = self.window, self.session
        window.lock("selftest")
        if not window.tasks.wait(int(self.timeout * 1000)):
            raise CheckFailed("locking did not finish in time")
        self._process_events()
        if window.context.session is not None or not session.locked:
            raise CheckFailed("the session is still open after locking")
        window.close()
        self._close_window()
        self.session = None
        return "session closed, window closed"

    def cleanup(self) -> str:
        root, self.root = self.root, None
        assert root is not None
        shutil.rmtree(root)
        if root.exists():
            raise CheckFailed(f"could not delete {root}")
        return f"deleted {root}"

    # --- helpers --------------------------------------------------------------------------
    def _task_failed(self, err: BaseException, tb: str) -> None:
        self.task_errors.append(f"{type(err).__name__}: {err}")

    def _process_events(self) -> None:
        if self.app is not None:
            self.app.processEvents()

    def _wait(self, what: str, ready: Callable[[], bool]) -> None:
        deadline = time.monotonic() + self.timeout
        while True:
            self._process_events()
            if self.task_errors:
                raise CheckFailed(f"while waiting for {what}: {self.task_errors[0]}")
            if ready():
                return
            if time.monotonic() > deadline:
                raise CheckFailed(f"gave up waiting for {what} after {self.timeout:.0f} s")
            time.sleep(0.01)

    def _on_db_thread(self, what: str, fn: Callable[[Any], Any]) -> Any:
        """Run ``fn(store)`` on the window's database thread, as the app's own printing does."""
        results: list[Any] = []
        errors: list[str] = []
        session = self.session
        self.window.tasks.db(
            lambda _ctx: fn(session.store),
            results.append,
            on_error=lambda err, tb: errors.append(f"{type(err).__name__}: {err}"),
        )
        self._wait(what, lambda: bool(results or errors))
        if errors:
            raise CheckFailed(f"{what} failed: {errors[0]}")
        return results[0]

    def _close_window(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.deleteLater()
            self._process_events()

    def abandon(self) -> None:
        """After a failure: lock, close and delete whatever is still open (errors ignored)."""
        for step in (self._abandon_window, self._abandon_session):
            with contextlib.suppress(Exception):  # best effort: the failure is already reported
                step()
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    def _abandon_window(self) -> None:
        if self.window is not None:
            self.window.tasks.wait(int(self.timeout * 1000))
            self.window.close()  # locks the session it shows
            self.window.tasks.wait(int(self.timeout * 1000))
            self._close_window()

    def _abandon_session(self) -> None:
        if self.session is not None and not self.session.locked:
            self.session.lock("selftest")
        self.session = None


def qt_platform_plugins() -> list[Path]:
    """The folders Qt looks for platform plugins in, found without loading Qt (those that exist):
    QT_QPA_PLATFORM_PLUGIN_PATH, QT_PLUGIN_PATH (the frozen program sets it), PySide6's own."""
    import importlib.util

    folders = [Path(p) for p in os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if p]
    folders += [Path(p) / "platforms" for p in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    spec = importlib.util.find_spec("PySide6")  # finds the package without importing Qt
    if spec is not None and spec.submodule_search_locations:
        package = Path(next(iter(spec.submodule_search_locations)))
        folders += [package / "Qt" / "plugins" / "platforms", package / "plugins" / "platforms"]
    return [f for f in dict.fromkeys(folders) if f.is_dir()]


CHECKS: tuple[tuple[str, str], ...] = (
    ("platform", "platform"),
    ("resources", "resources"),
    ("translations", "translations"),
    ("demo data", "demo_installation"),
    ("sync", "sync"),
    ("unlock", "unlock"),
    ("main window", "main_window"),
    ("emergency pack", "emergency_pack"),
    ("print workers", "parallel_printing"),
    ("lock", "lock"),
    ("clean up", "cleanup"),
)


def run(args: argparse.Namespace) -> int:
    from continuity_app import __version__
    from continuity_app.errors import ExitCode, KnownError

    def say(line: str) -> None:
        print(line, flush=True)

    test = SelfTest(timeout=float(args.timeout), say=say)
    say(f"selftest: Nødkopi {__version__}")
    started = time.perf_counter()
    name = ""
    try:
        for name, method in CHECKS:
            if name == "clean up" and args.keep:
                say(f"selftest: {'clean up':<15} kept {test.root}")
                continue
            t = time.perf_counter()
            detail = getattr(test, method)()
            say(f"selftest: {name:<15} ok  {detail} ({time.perf_counter() - t:.2f} s)")
    except CheckFailed as err:
        test.abandon()
        raise InternalError(f"selftest failed at '{name}': {err}") from None
    except KnownError as err:
        test.abandon()
        raise SelftestFailed(f"selftest failed at '{name}': {err}", err) from None
    except Exception as err:
        log.debug("selftest: unexpected error at %s", name, exc_info=True)  # shown with -v
        test.abandon()
        raise InternalError(f"selftest failed at '{name}': unexpected {type(err).__name__}: {err}") from err
    say(f"selftest: ok ({time.perf_counter() - started:.1f} s)")
    return int(ExitCode.OK)
