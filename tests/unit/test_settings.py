"""config.json read into typed settings: defaults, wrong types and ranges refused naming the key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from continuity_app import settings
from continuity_app.errors import ExitCode, KnownError


def test_a_missing_file_is_the_defaults(tmp_path: Path) -> None:
    config = settings.load_client(tmp_path / "config.json")
    assert config == settings.ClientSettings()
    assert config.sync_times == ("05:30", "13:30") and config.generations == 7
    assert settings.load_publisher(tmp_path / "config.json").bundles_kept == 14


def test_update_writes_the_changed_keys_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"generations": 3, "sync_times": ["06:00"], "later": "x"}))
    settings.update_client(path, source="https://example.invalid/p")
    stored = json.loads(path.read_text())
    assert stored["source"] == "https://example.invalid/p" and stored["generations"] == 3
    assert stored["sync_times"] == ["06:00"] and "later" not in stored
    assert settings.load_client(path).sync_times == ("06:00",)
    assert settings.load(path)["sync_times"] == ["06:00"]  # the plain view the GUI reads


@pytest.mark.parametrize(
    ("stored", "words"),
    [
        ({"generations": "7"}, "setting 'generations' must be int"),
        ({"generations": True}, "setting 'generations' must be int"),
        ({"generations": 0}, "setting 'generations' must be a whole number from 1 to 1000"),
        ({"sync_times": ["5:30"]}, "setting 'sync_times' has '5:30'"),
        ({"sync_times": "05:30"}, "setting 'sync_times' must be list"),
    ],
)
def test_a_wrong_value_is_refused_naming_the_file_and_key(
    tmp_path: Path, stored: dict[str, object], words: str
) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps(stored))
    with pytest.raises(KnownError, match=words) as err:
        settings.load_client(path)
    assert str(path) in str(err.value) and err.value.exit_code == ExitCode.NOT_SET_UP
