"""Why a bundle, a ``latest.json`` or a key file was refused: one class per reason.

Each is a :class:`KnownError` with the exit code of ``continuity_app.errors``, so a
command that lets it through prints one line and exits with the documented code.
Messages name the file or field at fault, never payload content.
"""

from __future__ import annotations

from continuity_app.errors import ExitCode, KnownError, SetupError


class BundleError(KnownError):
    """Base of every refusal raised by ``continuity_app.bundle``."""

    exit_code = ExitCode.CORRUPT


class CorruptBundle(BundleError):
    """Truncated, not a bundle, malformed header, wrong size or hash."""

    exit_code = ExitCode.CORRUPT


class BadSignature(BundleError):
    """The Ed25519 signature does not verify against the pinned publisher key."""

    exit_code = ExitCode.BAD_SIGNATURE


class UnsupportedVersion(BundleError):
    """A newer major format version than this program reads."""

    exit_code = ExitCode.UNSUPPORTED_VERSION


class WrongScope(BundleError):
    exit_code = ExitCode.WRONG_SCOPE


class NotAddressed(BundleError):
    """This device is not among the recipients (never enrolled, or revoked)."""

    exit_code = ExitCode.NOT_ADDRESSED


class Replay(BundleError):
    """The sequence is not higher than the one already held: replay or rollback."""

    exit_code = ExitCode.REPLAY


class Equivocation(BundleError):
    """Two different bundles with the same scope and sequence: a stolen key or a broken publisher."""

    exit_code = ExitCode.EQUIVOCATION


class TooLarge(BundleError):
    exit_code = ExitCode.TOO_LARGE


class KeyFileError(SetupError):
    """A publisher or device key file that cannot be read."""

    exit_code = ExitCode.NOT_SET_UP
