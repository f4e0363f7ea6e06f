"""The Linux and Windows packaging files validate with the tools their platforms use."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
WINDOWS = ROOT / "packaging" / "windows"
TASK_NS = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (./dev test installs it)")
    return path


def test_desktop_entry_validates() -> None:
    done = subprocess.run(
        [need("desktop-file-validate"), str(LINUX / "dk.lemvig.noedkopi.desktop")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower()


def test_appstream_metainfo_validates_and_names_this_version() -> None:
    metainfo = LINUX / "dk.lemvig.noedkopi.metainfo.xml"
    done = subprocess.run(
        [need("appstreamcli"), "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    releases = ET.parse(metainfo).getroot().find("releases")
    assert releases is not None and releases[0].get("version") == VERSION


def test_systemd_units_verify(tmp_path: Path) -> None:
    analyze = need("systemd-analyze")
    for unit in ("noedkopi-sync.service", "noedkopi-sync.timer"):
        text = (LINUX / unit).read_text()
        # verify checks that ExecStart exists: point it at a real binary for the check
        (tmp_path / unit).write_text(text.replace("/opt/noedkopi/continuity-app", "/bin/true"))
    done = subprocess.run(
        [analyze, "verify", str(tmp_path / "noedkopi-sync.timer"), str(tmp_path / "noedkopi-sync.service")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    timer = (LINUX / "noedkopi-sync.timer").read_text()
    assert "05:30:00 Europe/Copenhagen" in timer and "13:30:00 Europe/Copenhagen" in timer
    assert "Persistent=true" in timer


def test_windows_task_has_the_schema_required_elements_and_runs_sync_hidden_on_battery() -> None:
    root = ET.parse(WINDOWS / "noedkopi-sync-task.xml").getroot()  # UTF-16, as schtasks wants
    assert root.tag == f"{{{TASK_NS['t']}}}Task" and root.get("version")
    for required in ("t:Triggers", "t:Principals/t:Principal", "t:Settings", "t:Actions/t:Exec/t:Command"):
        assert root.find(required, TASK_NS) is not None, required
    boundaries = root.findall("t:Triggers/t:CalendarTrigger/t:StartBoundary", TASK_NS)
    times = sorted(e.text or "" for e in boundaries)
    assert [t[-8:] for t in times] == ["05:30:00", "13:30:00"]
    assert root.find("t:Triggers/t:LogonTrigger", TASK_NS) is not None
    settings = root.find("t:Settings", TASK_NS)
    assert settings is not None
    assert settings.findtext("t:DisallowStartIfOnBatteries", namespaces=TASK_NS) == "false"
    assert settings.findtext("t:StopIfGoingOnBatteries", namespaces=TASK_NS) == "false"
    assert settings.findtext("t:Hidden", namespaces=TASK_NS) == "true"
    assert (root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=TASK_NS) or "").startswith("sync")


def test_installer_spec_and_task_agree_on_paths_names_and_version() -> None:
    iss = (WINDOWS / "noedkopi.iss").read_text(encoding="utf-8")
    spec = (ROOT / "packaging" / "noedkopi.spec").read_text(encoding="utf-8")
    task = ET.parse(WINDOWS / "noedkopi-sync-task.xml").getroot()
    command = (task.findtext("t:Actions/t:Exec/t:Command", namespaces=TASK_NS) or "").strip('"')
    exe_match = re.search(r'name="([^"]+)"', spec.split("exe = EXE(")[1])
    bundle_match = re.search(r'COLLECT\(.*name="([^"]+)"', spec)
    assert exe_match is not None and bundle_match is not None
    exe_name, bundle_dir = exe_match.group(1), bundle_match.group(1)
    assert command == rf"C:\Program Files\Noedkopi\{exe_name}.exe"
    assert re.search(r"DefaultDirName=\{autopf\}\\Noedkopi", iss)
    assert "DisableDirPage=yes" in iss  # the task's fixed path depends on it
    assert f'#define AppExe "{exe_name}.exe"' in iss
    assert rf"dist\{bundle_dir}\*" in iss
    assert f'#define AppVersion "{VERSION}"' in iss
    assert "schtasks.exe" in iss and "noedkopi-sync-task.xml" in iss and "/Delete" in iss


def test_install_script_installs_into_a_staging_root(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "continuity-app").write_text("#!/bin/sh\necho 0\n")
    (bundle / "continuity-app").chmod(0o755)
    stage = tmp_path / "stage"
    done = subprocess.run(
        ["bash", str(LINUX / "install.sh"), str(bundle), "/opt/noedkopi"],
        env={"DESTDIR": str(stage), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert (stage / "opt/noedkopi/continuity-app").exists()
    assert (stage / "usr/share/applications/dk.lemvig.noedkopi.desktop").exists()
    assert (stage / "usr/lib/systemd/user/noedkopi-sync.timer").exists()
    assert (
        "ExecStart=/opt/noedkopi/continuity-app sync"
        in (stage / "usr/lib/systemd/user/noedkopi-sync.service").read_text()
    )


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path.name
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def ico_sizes(path: Path) -> set[int]:
    data = path.read_bytes()
    reserved, kind, count = (int.from_bytes(data[i : i + 2], "little") for i in (0, 2, 4))
    assert (reserved, kind) == (0, 1) and count > 0, "not a Windows icon file"
    return {data[6 + 16 * i] or 256 for i in range(count)}  # width byte; 0 means 256


def test_app_icon_at_every_size_the_platforms_want() -> None:
    icons = ROOT / "resources" / "icons"
    ET.parse(icons / "noedkopi.svg")  # well-formed SVG: the app and the Linux 'scalable' icon
    for size in (16, 32, 48, 64, 128, 256, 512):  # hicolor sizes install.sh installs
        assert png_size(icons / f"noedkopi-{size}.png") == (size, size)
    assert {16, 32, 48, 256} <= ico_sizes(icons / "noedkopi.ico")  # Explorer, taskbar, Start menu
    iss = (WINDOWS / "noedkopi.iss").read_text(encoding="utf-8")
    assert r"SetupIconFile=..\..\resources\icons\noedkopi.ico" in iss
    desktop = (LINUX / "dk.lemvig.noedkopi.desktop").read_text(encoding="utf-8")
    assert "Icon=dk.lemvig.noedkopi\n" in desktop


def test_one_version_everywhere() -> None:
    import continuity_app

    # --version prints the installed package's version: it must be pyproject's (reinstall if not)
    assert continuity_app.__version__ == VERSION
    iss = (WINDOWS / "noedkopi.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{VERSION}"' in iss
    assert f"/DAppVersion={VERSION} " in (WINDOWS / "README.md").read_text(encoding="utf-8")
    releases = ET.parse(LINUX / "dk.lemvig.noedkopi.metainfo.xml").getroot().find("releases")
    assert releases is not None and releases[0].get("version") == VERSION


def test_install_script_uninstalls_from_a_staging_root(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "continuity-app").write_text("#!/bin/sh\necho 0\n")
    (bundle / "continuity-app").chmod(0o755)
    stage = tmp_path / "stage"
    env = {"DESTDIR": str(stage), "PATH": "/usr/bin:/bin"}
    script = str(LINUX / "install.sh")
    assert subprocess.run(["bash", script, str(bundle)], env=env, capture_output=True).returncode == 0
    assert (stage / "usr/share/icons/hicolor/48x48/apps/dk.lemvig.noedkopi.png").exists()
    assert (stage / "usr/share/icons/hicolor/scalable/apps/dk.lemvig.noedkopi.svg").exists()
    done = subprocess.run(["bash", script, "--uninstall"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    left = [p.relative_to(stage).as_posix() for p in stage.rglob("*") if not p.is_dir()]
    assert left == [], left
