"""Which sources are accepted, and what the partial download folder holds."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sync_helpers import SCOPE, World

from continuity_app.errors import ExitCode, KnownError
from continuity_app.sync.folder import FolderSource
from continuity_app.sync.http import HttpSource
from continuity_app.sync.sources import open_source
from continuity_app.sync.transfer import check_name


def test_source_kinds(tmp_path: Path) -> None:
    assert isinstance(open_source("https://noedkopi.kommune.dk/publish"), HttpSource)
    assert isinstance(open_source("http://10.0.0.5:8080/publish/"), HttpSource)
    folder = open_source(f"file://{tmp_path}")
    assert isinstance(folder, FolderSource) and folder.folder == tmp_path
    relative = open_source("publish", base=tmp_path)
    assert isinstance(relative, FolderSource) and relative.folder == tmp_path / "publish"
    assert isinstance(open_source(r"C:\Nødkopi\publish"), FolderSource)  # a Windows drive
    assert isinstance(open_source(r"\\fil01\noedkopi\publish"), FolderSource)  # a UNC path


@pytest.mark.parametrize("spec", ["", "ftp://x/publish", "smb://fil01/noedkopi", "https:///publish"])
def test_refused_sources_name_the_setting(spec: str) -> None:
    with pytest.raises(KnownError) as err:
        open_source(spec)
    assert err.value.exit_code == ExitCode.NOT_SET_UP and "source" in str(err.value)


@pytest.mark.parametrize("name", ["../secret", "/etc/passwd", "a//b", ".hidden", "a\\b", ""])
def test_file_names_from_latest_json_stay_inside_the_source(name: str) -> None:
    with pytest.raises(KnownError) as err:
        check_name(name)
    assert err.value.exit_code == ExitCode.CORRUPT


def test_a_partial_download_is_owner_only(world: World) -> None:
    server = world.serve()
    world.publish(1)
    server.faults[f"/{SCOPE}/{SCOPE}-00000001.bundle"] = "truncate"
    source = HttpSource(server.url, retries=0)
    assert world.sync(source=source).exit_code == ExitCode.CORRUPT
    (part,) = world.home.partial.glob("*.part")
    assert stat.S_IMODE(part.stat().st_mode) == 0o600
