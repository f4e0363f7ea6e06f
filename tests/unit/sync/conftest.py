"""Fixtures for the sync tests: see sync_helpers.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import Publisher, World, enroll_template, make_publisher, make_world


@pytest.fixture(scope="session")
def publisher(tmp_path_factory: pytest.TempPathFactory) -> Publisher:
    return make_publisher(tmp_path_factory.mktemp("publisher"))


@pytest.fixture(scope="session")
def template_home(tmp_path_factory: pytest.TempPathFactory, publisher: Publisher) -> Path:
    return enroll_template(tmp_path_factory.mktemp("enrolled"), publisher)


@pytest.fixture
def world(template_home: Path, publisher: Publisher, tmp_path: Path) -> Iterator[World]:
    w = make_world(template_home, publisher, tmp_path)
    yield w
    if w.server is not None:
        w.server.close()
