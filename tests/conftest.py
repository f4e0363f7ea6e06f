"""Suite-wide test configuration.

Every test runs with its own client home and temp folder: nothing touches the
real user folders, and the Qt tests run on the offscreen platform.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test may read a real home or a real passphrase from the developer's shell."""
    for var in ("CONTINUITY_HOME", "CONTINUITY_PASSPHRASE", "CONTINUITY_PUBLISHER_PASSPHRASE",
                "CONTINUITY_ROOT_PASSPHRASE",
                "CONTINUITY_NEW_PASSPHRASE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg-config")))
