"""The Windows installer, built and run for real: Inno Setup's compiler and the setup under wine.

The app itself cannot be built for Windows on Linux, but its installer can: the compiler
(ISCC.exe, from the npm registry's ``innosetup-compiler``) runs under Debian's wine, and so
does the setup it makes. The installer is compiled from ``packaging/windows/noedkopi.iss``
against a staged folder with the file names the PyInstaller build produces (read from
``packaging/noedkopi.spec``), installed silently into a fresh wine prefix, checked, and
uninstalled.

``./dev installer-test`` installs wine (with i386 multiarch: the compiler is 32-bit), npm's
package and Xvfb (wine's setup wizard needs a display even when silent) and runs this file
with ``NODKOPI_ISCC`` set; without it the tests skip, so ``./dev test`` on a plain machine
does not need wine. Wine's task scheduler keeps a task's settings but not its triggers and
actions, so those are checked on the XML file the installer imports.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

import pytest

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
SPEC = (ROOT / "packaging" / "noedkopi.spec").read_text(encoding="utf-8")
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
TASK_NS = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}

pytestmark = pytest.mark.installer


def _spec_names() -> tuple[str, str, str]:
    """The windowed exe, the console exe and the bundle folder, as the PyInstaller spec names them."""
    windowed = re.search(r'name="([^"]+)",\s*console=False', SPEC)
    console = re.search(r'name="([^"]+)",\s*console=True', SPEC)
    bundle = re.search(r'COLLECT\(.*?name="([^"]+)"\)', SPEC, re.S)
    assert windowed and console and bundle, "packaging/noedkopi.spec no longer names its programs"
    return windowed.group(1), console.group(1), bundle.group(1)


@dataclass
class Wine:
    prefix: Path

    def run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "WINEPREFIX": str(self.prefix),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": "mscoree,mshtml=",  # no Mono / Gecko download prompts
        }
        # wine's setup wizard creates windows even with /VERYSILENT: give it a screen
        return subprocess.run(
            ["xvfb-run", "-a", "wine", *args], env=env, capture_output=True, text=True, timeout=timeout
        )

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    def registry(self) -> str:
        return (self.prefix / "system.reg").read_text(encoding="utf-8", errors="replace")


def _unix(path: Path) -> str:
    """A Linux path as wine's Z: drive names it."""
    return str(PureWindowsPath("Z:/", *path.resolve().parts[1:]))


@pytest.fixture(scope="module")
def iscc() -> Path:
    value = os.environ.get("NODKOPI_ISCC")
    if not value:
        pytest.skip("the Windows installer test runs with ./dev installer-test (needs wine and Inno Setup)")
    path = Path(value)
    assert path.is_file(), f"NODKOPI_ISCC={value} is not a file"
    for tool in ("wine", "xvfb-run"):
        assert shutil.which(tool), f"{tool} is missing: ./dev installer-test installs it"
    return path


@pytest.fixture(scope="module")
def staged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository's packaging inputs with a dist folder named as the build names it."""
    stage = tmp_path_factory.mktemp("stage")
    shutil.copytree(WINDOWS, stage / "packaging" / "windows")
    (stage / "resources" / "icons").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "noedkopi.ico", stage / "resources" / "icons")
    windowed, console, bundle = _spec_names()
    dist = stage / "dist" / bundle
    (dist / "_internal" / "resources").mkdir(parents=True)
    for exe in (windowed, console):
        (dist / f"{exe}.exe").write_bytes(b"MZ staged stand-in for " + exe.encode())
    (dist / "_internal" / "base_library.zip").write_bytes(b"PK staged")
    (dist / "_internal" / "resources" / "README.txt").write_text("staged", encoding="utf-8")
    return stage


@pytest.fixture(scope="module")
def setup_exe(iscc: Path, staged: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    wine = Wine(tmp_path_factory.mktemp("wine-build"))
    iss = staged / "packaging" / "windows" / "noedkopi.iss"
    done = wine.run(_unix(iscc), "/Qp", f"/DAppVersion={VERSION}", _unix(iss))
    built = staged / "dist" / f"Noedkopi-{VERSION}-setup.exe"
    assert done.returncode == 0 and built.is_file(), done.stdout[-2000:] + done.stderr[-2000:]
    return built


@pytest.fixture(scope="module")
def installed(setup_exe: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Wine]:
    wine = Wine(tmp_path_factory.mktemp("wine-target"))
    log = wine.prefix.parent / "setup.log"
    done = wine.run(_unix(setup_exe), "/VERYSILENT", "/SUPPRESSMSGBOXES", f"/LOG={_unix(log)}")
    assert done.returncode == 0, log.read_text(encoding="utf-8", errors="replace")[-3000:]
    yield wine


def _app_dir(wine: Wine) -> Path:
    return wine.drive_c / "Program Files" / "Noedkopi"


def test_the_setup_is_named_after_the_version(setup_exe: Path) -> None:
    assert setup_exe.name == f"Noedkopi-{VERSION}-setup.exe"
    assert setup_exe.read_bytes()[:2] == b"MZ" and setup_exe.stat().st_size > 100_000


def test_silent_install_puts_the_build_in_program_files(installed: Wine, staged: Path) -> None:
    windowed, console, bundle = _spec_names()
    app = _app_dir(installed)
    staged_files = {p.relative_to(staged / "dist" / bundle) for p in (staged / "dist" / bundle).rglob("*")}
    installed_files = {p.relative_to(app) for p in app.rglob("*")}
    assert staged_files <= installed_files
    staged_exe = staged / "dist" / bundle / f"{windowed}.exe"
    assert (app / f"{windowed}.exe").read_bytes() == staged_exe.read_bytes()
    assert (app / f"{console}.exe").is_file()
    assert (app / "noedkopi-sync-task.xml").read_bytes() == (WINDOWS / "noedkopi-sync-task.xml").read_bytes()
    assert r"Noedkopi" in installed.registry() and "unins000.exe" in installed.registry()


def test_the_start_menu_entry_opens_the_windowed_program(installed: Wine) -> None:
    windowed, _, _ = _spec_names()
    programs = installed.drive_c / "ProgramData" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    link = programs / "Nødkopi.lnk"
    assert link.is_file(), sorted(p.name for p in programs.iterdir())
    # A .lnk stores its target path as UTF-16 or ANSI text: the windowed program, not the console twin.
    data = link.read_bytes()
    target = f"Noedkopi\\{windowed}.exe"
    assert target.encode("utf-16-le") in data or target.encode("latin-1") in data


def test_the_scheduled_sync_is_registered_hidden_and_on_battery(installed: Wine) -> None:
    task = installed.drive_c / "windows" / "system32" / "tasks" / "Noedkopi" / "Sync"
    assert task.is_file(), "schtasks /Create did not register \\Noedkopi\\Sync"
    registered = ET.fromstring(task.read_text(encoding="utf-8-sig").split("-->", 1)[-1].strip())
    settings = registered.find("t:Settings", TASK_NS)
    assert settings is not None
    assert settings.findtext("t:Hidden", namespaces=TASK_NS) == "true"
    assert settings.findtext("t:DisallowStartIfOnBatteries", namespaces=TASK_NS) == "false"
    assert settings.findtext("t:StartWhenAvailable", namespaces=TASK_NS) == "true"
    # Triggers and the command live in the imported XML (wine's scheduler drops them on import).
    imported = ET.parse(_app_dir(installed) / "noedkopi-sync-task.xml").getroot()
    command = imported.findtext(".//t:Exec/t:Command", namespaces=TASK_NS) or ""
    arguments = imported.findtext(".//t:Exec/t:Arguments", namespaces=TASK_NS) or ""
    assert command.strip('"').endswith(r"Noedkopi\continuity-app.exe") and "sync" in arguments.split()
    assert imported.findall(".//t:CalendarTrigger", TASK_NS)
    assert imported.findall(".//t:LogonTrigger", TASK_NS)


def test_uninstall_leaves_nothing_behind(installed: Wine) -> None:
    uninstaller = PureWindowsPath("C:/Program Files/Noedkopi/unins000.exe")
    done = installed.run(str(uninstaller), "/VERYSILENT", "/SUPPRESSMSGBOXES")
    assert done.returncode == 0, done.stderr[-2000:]
    # The uninstaller copies itself to a temp folder and finishes there: wait for wine to settle.
    subprocess.run(["wineserver", "-w"], env={**os.environ, "WINEPREFIX": str(installed.prefix)}, timeout=120)
    assert not _app_dir(installed).exists()
    links = [p for p in installed.drive_c.rglob("*.lnk") if "Nødkopi" in p.name]
    assert links == []
    assert not (installed.drive_c / "windows" / "system32" / "tasks" / "Noedkopi" / "Sync").exists()
    assert "Noedkopi" not in installed.registry()
