"""Fixtures for the journal tests: two laptops of one unit with a bundle that carries the keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from journal_helpers import World, make_world

from continuity_app.journal import Journal
from continuity_app.vault.session import Session


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path)


@pytest.fixture
def session(world: World) -> Iterator[Session]:
    s = world.session(0)
    yield s
    s.lock()


@pytest.fixture
def journal(session: Session) -> Journal:
    j = Journal.open(session)
    j.initials = "AB"
    return j
