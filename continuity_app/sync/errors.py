"""Why a sync failed: each reason a :class:`KnownError` with its documented exit code.

Refusals of the bundle itself (signature, scope, addressing, replay, version)
come from ``continuity_app.bundle.errors``; these are the ones of fetching.
Messages name the URL, file or number at fault, never payload content.
"""

from __future__ import annotations

from continuity_app.errors import ExitCode, KnownError


class SourceError(KnownError):
    """Network down, server error, folder missing: the source could not be read."""

    exit_code = ExitCode.SOURCE_UNREACHABLE


class SyncTimeout(SourceError):
    """No complete answer within a per-read timeout or the overall deadline of the sync."""


class DownloadCorrupt(KnownError):
    """Truncated download, wrong size or wrong SHA-256 against ``latest.json``."""

    exit_code = ExitCode.CORRUPT


class DownloadTooLarge(KnownError):
    """``latest.json`` over its fixed limit, or more bytes than ``latest.json`` announced."""

    exit_code = ExitCode.TOO_LARGE


class SyncBusy(KnownError):
    """Another sync of the same home did not finish within this sync's deadline."""

    exit_code = ExitCode.SOURCE_UNREACHABLE
