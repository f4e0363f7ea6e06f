"""Where bundles come from: a folder or an HTTP(S) URL (the setting ``source``)."""

from __future__ import annotations

import urllib.parse
import urllib.request
from pathlib import Path
from typing import Protocol

from continuity_app.home import ClientHome
from continuity_app.progress import Progress
from continuity_app.settings import SettingsError
from continuity_app.sync.deadline import Deadline
from continuity_app.sync.folder import FolderSource
from continuity_app.sync.http import HttpSource
from continuity_app.sync.transfer import Fetched, Validators


class Source(Protocol):
    def fetch_small(
        self, name: str, limit: int, deadline: Deadline, validators: Validators | None = None
    ) -> Fetched: ...

    def fetch_large(
        self,
        name: str,
        size: int,
        sha256: str,
        partial_dir: Path,
        deadline: Deadline,
        progress: Progress | None = None,
    ) -> bytes: ...

    def reachable(self, timeout: float = 2.0) -> bool:
        """A cheap check for the banner: the folder exists / the server accepts a connection."""
        ...


def configured_source(home: ClientHome) -> Source:
    """The source ``config.json`` names, parsed the one way sync parses it (a relative folder
    is relative to the home, ``~`` is expanded, ``ca_file`` applies)."""
    from continuity_app import settings

    config = settings.load_client(home.config)
    return open_source(config.source, ca_file=config.ca_file, base=home.root)


def open_source(spec: str, *, ca_file: str = "", base: Path | None = None) -> Source:
    """``https://…``/``http://…`` → HTTP; ``file:///…`` or a path → folder; else refused.

    A relative folder path is taken relative to ``base`` (the client home).
    """
    spec = spec.strip()
    if not spec:
        raise SettingsError(
            "config.json: setting 'source' is empty; set the URL or folder bundles are published to"
        )
    try:
        parts = urllib.parse.urlsplit(spec)
        scheme = parts.scheme.lower()
        host, _port = parts.hostname, parts.port  # both parse lazily: a bad one raises here
    except ValueError as err:
        raise SettingsError(f"config.json: source {spec!r} is not a valid address ({err})") from None
    if scheme in ("http", "https"):
        if not host:
            raise SettingsError(f"config.json: source {spec!r} names no host")
        ca = Path(ca_file).expanduser() if ca_file else None
        if ca is not None and not ca.is_absolute() and base is not None:
            ca = base / ca
        return HttpSource(spec, ca_file=ca)
    if scheme == "file":
        return FolderSource(Path(urllib.request.url2pathname(parts.path)))
    if scheme and len(scheme) > 1:  # one letter: a Windows drive, "C:\..."
        raise SettingsError(f"config.json: source {spec!r} is neither an http(s) URL nor a folder")
    folder = Path(spec).expanduser()
    if not folder.is_absolute() and base is not None:
        folder = base / folder
    return FolderSource(folder)
