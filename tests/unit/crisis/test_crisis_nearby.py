"""Nearby units: nearest first within the radius, unplaced units apart, clear errors."""

from __future__ import annotations

import pytest
from crisis_support import RAMME, units

from continuity_app.crisis.nearby import NearbyError, haversine_km, nearby, parse_point


def test_haversine_matches_a_known_distance() -> None:
    # One degree along a meridian is pi * R / 180; at 60° north a degree east is half that.
    assert haversine_km(56.0, 8.0, 57.0, 8.0) == pytest.approx(111.195, abs=0.001)
    assert haversine_km(60.0, 8.0, 60.0, 9.0) == pytest.approx(55.6, abs=0.05)
    assert haversine_km(56.5486, 8.3102, *RAMME) == pytest.approx(7.11, abs=0.01)
    assert haversine_km(56.0, 8.0, 56.0, 8.0) == 0


def test_units_within_the_radius_nearest_first_and_unplaced_apart() -> None:
    result = nearby(units(), parse_point("PC1", units()), 3.0)
    assert [(n.unit.unit_id, round(n.distance_km, 2)) for n in result.within] == [
        ("PC1", 0.0),
        ("HP1", 1.4),
    ]  # 1.22 km north, 0.67 km west
    assert [u.unit_id for u in result.without_coordinates] == ["AD1"]
    assert result.outside == 1
    wide = nearby(units(), parse_point("56,5262; 8,2016", units()), 20)
    assert [n.unit.unit_id for n in wide.within] == ["HP1", "PC1", "DT1"]  # 7.1, 7.2, 10.1 km


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("AD1", "has no coordinates"),
        ("Rådhus", "neither a unit id"),
        ("95,8", "not on the Earth"),
    ],
)
def test_a_point_that_cannot_be_used_says_why(text: str, words: str) -> None:
    with pytest.raises(NearbyError, match=words):
        parse_point(text, units())


def test_the_radius_must_be_positive() -> None:
    with pytest.raises(NearbyError, match="positive"):
        nearby(units(), parse_point("PC1", units()), 0)
