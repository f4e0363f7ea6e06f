"""The idle lock, driven by an injected clock."""

from __future__ import annotations

import pytest

from continuity_app.vault import IdleLock


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_locks_after_the_timeout_without_input() -> None:
    clock = FakeClock()
    idle = IdleLock(10, clock=clock)
    clock.now += 9 * 60
    assert not idle.check()
    assert idle.remaining() == pytest.approx(60)
    clock.now += 60
    assert idle.check() and idle.expired()


def test_input_starts_the_idle_time_again() -> None:
    clock = FakeClock()
    idle = IdleLock(10, clock=clock)
    clock.now += 9 * 60
    idle.touch()
    clock.now += 9 * 60
    assert not idle.check()
    clock.now += 61
    assert idle.check()


def test_a_timeout_must_be_positive() -> None:
    with pytest.raises(ValueError):
        IdleLock(0)
