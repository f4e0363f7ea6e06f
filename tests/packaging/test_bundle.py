"""The one-folder bundle: built by packaging/linux/build.sh (what `./dev package` runs), it starts
with no network and no Python — `--version` and `--selftest` — and carries only what it needs.

Building takes a minute or two, so it is done once for this module, into a temporary dist/work
folder (never the developer's dist/). PyInstaller is installed into the test's Python when it is
missing (the `package` extra); the tests skip only when that is impossible, or when binutils
(objdump, which PyInstaller needs on Linux) is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
MAX_BUNDLE_MB = 200  # 154 MB at the first release; a jump means unused Qt parts crept back in

pytestmark = [pytest.mark.slow, pytest.mark.integration, pytest.mark.timeout(900)]  # the build: 20-90 s


def have_pyinstaller() -> bool:
    done = subprocess.run([sys.executable, "-c", "import PyInstaller"], capture_output=True)
    return done.returncode == 0


def ensure_pyinstaller() -> None:
    if shutil.which("objdump") is None:  # PyInstaller refuses to run on Linux without it
        pytest.skip("objdump is not installed: PyInstaller needs binutils (apt-get install binutils)")
    if have_pyinstaller():
        return
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "pyinstaller>=6.10"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0 or not have_pyinstaller():
        pytest.skip(
            "PyInstaller could not be installed (pip install pyinstaller>=6.10 failed: "
            f"{(done.stderr or done.stdout).strip().splitlines()[-1:]})"
        )


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    ensure_pyinstaller()
    out = tmp_path_factory.mktemp("package")
    venv = Path(sys.executable).parent.parent
    done = subprocess.run(
        ["bash", str(ROOT / "packaging/linux/build.sh"), str(venv), str(out / "dist"), str(out / "work")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    yield out / "dist" / "noedkopi"
    shutil.rmtree(out, ignore_errors=True)


def no_network_prefix() -> list[str]:
    """`unshare --net` (a new network namespace with nothing in it) when this machine allows it."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "--net", "true"], capture_output=True).returncode == 0:
        return [unshare, "--net"]
    return []


def run_bare(
    program: Path, *args: str, tmp: Path, wrapper: tuple[str, ...] = (), **extra_env: str
) -> subprocess.CompletedProcess[str]:
    """The program as on a laptop without Python: no venv on PATH, no PYTHONPATH, no network."""
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "TMPDIR": str(tmp), **extra_env}
    return subprocess.run(
        [*no_network_prefix(), *wrapper, str(program), *args],
        cwd=tmp,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_version_matches_pyproject_offline_without_python(bundle: Path, tmp_path: Path) -> None:
    done = run_bare(bundle / "continuity-app", "--version", tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"continuity-app {VERSION}"


def test_every_command_is_in_the_bundle(bundle: Path, tmp_path: Path) -> None:
    from continuity_app.cli.app import COMMANDS

    done = run_bare(bundle / "continuity-app", "--help", tmp=tmp_path)  # imports every command module
    assert done.returncode == 0, done.stderr
    listed = {line.split()[0] for line in done.stdout.splitlines() if line.startswith("    ")}
    for command in COMMANDS:
        assert command.name in listed, command.name


def test_selftest_passes_offline_without_python(bundle: Path, tmp_path: Path) -> None:
    done = run_bare(bundle / "continuity-app", "--selftest", tmp=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "frozen bundle" in done.stdout and "Qt platform offscreen" in done.stdout
    assert "English from .qm" in done.stdout  # the compiled translations are in the bundle
    assert "print workers   ok" in done.stdout  # printing processes start from the frozen program
    assert done.stdout.splitlines()[-1].startswith("selftest: ok")
    assert not list(tmp_path.glob("noedkopi-selftest-*"))


def test_selftest_on_an_x_display_uses_the_bundled_xcb_plugin(bundle: Path, tmp_path: Path) -> None:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        pytest.skip("xvfb-run is not installed (./dev test installs it)")
    done = run_bare(
        bundle / "continuity-app", "--selftest", tmp=tmp_path, wrapper=(xvfb, "-a"), QT_QPA_PLATFORM="xcb"
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Qt platform xcb" in done.stdout and done.stdout.splitlines()[-1].startswith("selftest: ok")


def test_a_platform_left_out_of_the_bundle_fails_in_one_line(bundle: Path, tmp_path: Path) -> None:
    done = run_bare(bundle / "continuity-app", "--selftest", tmp=tmp_path, QT_QPA_PLATFORM="wayland")
    assert done.returncode != 0
    assert done.stderr.strip() == (
        "continuity-app: selftest failed at 'platform': the Qt platform plugin "
        f"'wayland' is not in {bundle / '_internal/PySide6/Qt/plugins/platforms'}"
    )


def test_bundle_carries_what_the_app_needs_and_not_the_rest(bundle: Path) -> None:
    internal = bundle / "_internal"
    qt = internal / "PySide6" / "Qt"
    plugins = {p.relative_to(qt / "plugins").as_posix() for p in (qt / "plugins").rglob("*.so")}
    for needed in (
        "platforms/libqoffscreen.so",
        "platforms/libqxcb.so",
        "printsupport/libcupsprintersupport.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
    ):
        assert needed in plugins
    assert not [
        p
        for p in plugins
        if p.startswith(("wayland", "egldevice", "generic/")) or "qgtk3" in p or "qvnc" in p or "qeglfs" in p
    ], sorted(plugins)
    assert (qt / "lib" / "libQt6Pdf.so.6").exists() and (internal / "PySide6" / "QtPdf.abi3.so").exists()
    assert not list(internal.glob("PySide6/QtNetwork*")) and not list(internal.glob("PySide6/QtQml*"))
    assert list(internal.glob("PySide6/QtDBus*")), "the screen-lock watcher listens on D-Bus"
    assert not list(qt.glob("lib/libQt6Wayland*")) and not list(qt.glob("lib/libQt6Quick*"))
    assert sorted(p.name for p in (qt / "translations").iterdir()) == [
        "qt_da.qm",
        "qt_en.qm",
        "qtbase_da.qm",
        "qtbase_en.qm",
    ]
    resources = internal / "resources"
    translations = sorted(p.name for p in (resources / "translations").iterdir())
    assert translations == ["nodkopi_da.qm", "nodkopi_en.qm"]
    assert (resources / "fonts" / "DejaVuSans.ttf").exists()
    assert (resources / "icons" / "noedkopi.svg").exists()
    assert list(internal.glob("continuity_app*-info")), "package metadata (--version reads it)"
    assert not [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()], "dangling links"
    for tool in ("pytest", "hypothesis", "pypdf", "tkinter"):
        assert not list(internal.glob(f"{tool}*")), tool
    size_mb = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20
    assert size_mb < MAX_BUNDLE_MB, f"bundle is {size_mb:.0f} MB"


def test_the_bundle_installs_itself_with_its_own_install_script(bundle: Path, tmp_path: Path) -> None:
    stage = tmp_path / "stage"
    done = subprocess.run(
        ["bash", str(bundle / "linux" / "install.sh")],
        capture_output=True,
        text=True,
        env={"DESTDIR": str(stage), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    installed = stage / "opt" / "noedkopi" / "continuity-app"
    assert (stage / "usr/local/bin/continuity-app").is_symlink()
    assert os.readlink(stage / "usr/local/bin/continuity-app") == "/opt/noedkopi/continuity-app"
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (stage / f"usr/share/icons/hicolor/{size}x{size}/apps/dk.lemvig.noedkopi.png").exists()
    assert (stage / "opt/noedkopi/docs/operations.md").exists()
    done = run_bare(installed, "--version", tmp=tmp_path)  # the installed copy runs
    assert done.returncode == 0 and done.stdout.strip() == f"continuity-app {VERSION}", done.stderr
