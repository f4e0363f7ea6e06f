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


@pytest.mark.parametrize("spec", ["http://[::1", "https://host:99999/", "http://host:port/"])
def test_a_source_that_does_not_parse_is_refused_by_name(spec: str) -> None:
    with pytest.raises(KnownError) as err:
        open_source(spec)
    assert err.value.exit_code == ExitCode.NOT_SET_UP and spec in str(err.value)


def test_reachable_is_asked_of_the_source_sync_would_use(world: World, tmp_path: Path) -> None:
    import socket

    from continuity_app.sync.sources import configured_source

    (world.home.root / "publish-here").mkdir()
    world.set_source("publish-here")  # relative: inside the home, as sync reads it
    assert configured_source(world.home).reachable() is True
    world.set_source(str(tmp_path / "usb-stick-not-inserted"))
    assert configured_source(world.home).reachable() is False
    server = world.serve()
    assert configured_source(world.home).reachable() is True
    assert server.requests == []  # a connection, not a request
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    world.set_source(f"http://127.0.0.1:{port}/")
    assert configured_source(world.home).reachable(timeout=1.0) is False
    world.set_source("")
    with pytest.raises(KnownError):
        configured_source(world.home)
