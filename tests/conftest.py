"""Suite-wide test configuration.

Every test runs with its own client home and temp folder: nothing touches the
real user folders, and the Qt tests run on the offscreen platform.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _NoQt:
    """With NODKOPI_TEST_WITHOUT_QT=1 (./dev test's core run) Qt cannot be imported at all,
    as on a machine without PySide6: the core and its tests must not need it."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ModuleNotFoundError(f"No module named {name!r} (blocked for the core tests)")


WITHOUT_QT = os.environ.get("NODKOPI_TEST_WITHOUT_QT") == "1"
if WITHOUT_QT:
    import sys

    sys.meta_path.insert(0, _NoQt())


def pytest_addoption(parser: pytest.Parser) -> None:
    if WITHOUT_QT:  # pytest-qt is not loaded (-p no:pytest-qt): its settings are still ours
        for name in ("qt_api", "qt_log_level_fail", "qt_default_raising"):
            parser.addini(name, "pytest-qt's setting (not loaded for the core tests)")


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test may read a real home or a real passphrase from the developer's shell."""
    for var in (
        "CONTINUITY_HOME",
        "CONTINUITY_PASSPHRASE",
        "CONTINUITY_PUBLISHER_PASSPHRASE",
        "CONTINUITY_ROOT_PASSPHRASE",
        "CONTINUITY_NEW_PASSPHRASE",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg-config")))
