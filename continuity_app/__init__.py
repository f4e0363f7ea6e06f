"""Nødkopi: an offline emergency copy of a municipality's care data.

The package is a chain: ``exchange`` reads the municipality's exports, ``publish``
turns them into signed and encrypted ``bundle`` files, ``sync`` pulls them onto a
laptop, ``vault`` unlocks them into the in-memory ``store``, and ``printing`` and
``gui`` show them. Only ``gui`` imports Qt.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("continuity-app")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"

APP_NAME = "Nødkopi"
