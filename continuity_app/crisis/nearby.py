"""Units near a point, for a chemical release or a local power cut: nearest first.

The point is a unit (its coordinates) or "LAT,LON" in WGS84 decimal degrees;
distances are great-circle distances (haversine on a sphere of the Earth's mean
radius), good to a few metres over a municipality. A unit whose export gives no
coordinates cannot be placed: it is listed apart, never silently left out.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from continuity_app.domain.models import Unit
from continuity_app.errors import ExitCode, UsageError
from continuity_app.store.text import sort_key

EARTH_RADIUS_KM = 6371.0088  # the IUGG mean radius
_LAT_LON = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)\s*[,; ]\s*(-?\d+(?:[.,]\d+)?)\s*$")


class NearbyError(UsageError):
    """The point or the radius cannot be used."""

    exit_code = ExitCode.USAGE


@dataclass(frozen=True, slots=True)
class Point:
    lat: float
    lon: float
    label: str  # the unit's name, or the coordinates as given
    unit_id: str = ""  # when the point is a unit


@dataclass(frozen=True, slots=True)
class NearUnit:
    unit: Unit
    distance_km: float


@dataclass(frozen=True, slots=True)
class Nearby:
    centre: Point
    radius_km: float
    within: list[NearUnit]  # nearest first
    without_coordinates: list[Unit]  # by name
    outside: int  # placed units beyond the radius


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def parse_point(text: str, units: list[Unit]) -> Point:
    """A unit id (or exact unit name) from ``units``, or "LAT,LON"."""
    wanted = text.strip()
    by_id = {u.unit_id: u for u in units}
    unit = by_id.get(wanted) or next((u for u in units if u.name.casefold() == wanted.casefold()), None)
    if unit is not None:
        if unit.lat is None or unit.lon is None:
            raise NearbyError(
                f"Unit '{unit.unit_id}' ({unit.name}) has no coordinates in the "
                "data; give the point as LAT,LON instead."
            )
        return Point(unit.lat, unit.lon, unit.name, unit.unit_id)
    match = _LAT_LON.match(wanted)
    if match is None:
        raise NearbyError(
            f"'{text}' is neither a unit id in the data nor coordinates; "
            "write them as LAT,LON in decimal degrees, e.g. 56.55,8.31."
        )
    lat, lon = (float(g.replace(",", ".")) for g in match.groups())
    if not -90 <= lat <= 90 or not -180 <= lon <= 180:
        raise NearbyError(
            f"'{text}' is not on the Earth: latitude must be -90..90 and "
            "longitude -180..180 (write LAT first)."
        )
    return Point(lat, lon, f"{lat:.5f}, {lon:.5f}")


def check_radius(radius_km: float) -> float:
    if not math.isfinite(radius_km) or radius_km <= 0:
        raise NearbyError(f"The radius must be a positive number of kilometres, not {radius_km:g}.")
    return radius_km


def nearby(units: list[Unit], centre: Point, radius_km: float) -> Nearby:
    """The units within ``radius_km`` of ``centre`` (the centre unit itself at 0 km)."""
    check_radius(radius_km)
    within: list[NearUnit] = []
    apart: list[Unit] = []
    outside = 0
    for u in units:
        if u.lat is None or u.lon is None:
            apart.append(u)
            continue
        d = haversine_km(centre.lat, centre.lon, u.lat, u.lon)
        if d <= radius_km:
            within.append(NearUnit(u, d))
        else:
            outside += 1
    within.sort(key=lambda n: (n.distance_km, sort_key(n.unit.name), n.unit.unit_id))
    apart.sort(key=lambda u: (sort_key(u.name), u.unit_id))
    return Nearby(centre, radius_km, within, apart, outside)
