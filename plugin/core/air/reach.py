"""Reach: how far the neighbours' borders are from airstrips (and whether an aircraft profile gets
there), range rings, interceptors' isochrones and the earliest interception of a track in the zone.

Interception radii are not published: the interceptor's speed and reaction time are always the
caller's, never a default of this module.
"""

from dataclasses import dataclass
from typing import List, Optional

from ...i18n import tr
from ..errors import VraemError
from ..measuring import check_canceled
from .geodesy import M_PER_S_PER_KT, Geodesic, distance_to_geometry_m


@dataclass
class Place:
    ident: str
    name: str
    lon: float
    lat: float


@dataclass
class BorderReach:
    place: Place
    neighbour: str
    border_km: float
    flight_min: float
    reachable: bool


def usable_range_km(profile, reserve_pct):
    if reserve_pct is None or not 0 <= reserve_pct < 100:
        raise VraemError(tr("The fuel reserve must be from 0 to under 100 %."))
    return profile.range_km * (1.0 - reserve_pct / 100.0)


def border_reach(places, neighbours, profile, reserve_pct, feedback=None):
    """[BorderReach], one per place and neighbour: the shortest geodesic distance to the neighbour's
    territory, the minutes at cruise speed, and whether the usable range covers it."""
    profile.validate()
    usable = usable_range_km(profile, reserve_pct)
    speed_kmh = profile.cruise_kt * M_PER_S_PER_KT * 3.6
    results = []
    for place in places:
        check_canceled(feedback)
        for region in neighbours:
            km = distance_to_geometry_m(place.lon, place.lat, region.geometry) / 1000.0
            results.append(BorderReach(place, region.name, km, 60.0 * km / speed_kmh, usable >= km))
    return results


def ring(geodesic, place, radius_km):
    return geodesic.ring(place.lon, place.lat, radius_km * 1000.0)


DEFAULT_MINUTES = "15, 30, 60"  # isochrones after the alert: a choice of display, not an interception figure


def parse_minutes(text):
    """[minutes] from '15, 30, 60' (positive numbers, sorted, repeated values once)."""
    values = []
    for part in str(text or "").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            value = float(part)
        except ValueError:
            raise VraemError(tr("'{value}' is not a number of minutes; give a list like 15, 30, 60.").format(
                value=part)) from None
        if not value > 0:
            raise VraemError(tr("Minutes must be above zero (got {value}).").format(value=part))
        values.append(value)
    if not values:
        raise VraemError(tr("Give at least one number of minutes, like 15, 30, 60."))
    return sorted(set(values))


def isochrone_km(speed_kt, reaction_min, minutes):
    """Ground distance an interceptor covers `minutes` after the alert (0 before it has taken off)."""
    return max(0.0, minutes - reaction_min) * 60.0 * speed_kt * M_PER_S_PER_KT / 1000.0


@dataclass
class Isochrone:
    base: Place
    minutes: float
    radius_km: float
    geometry: object  # QgsGeometry, WGS84: every vertex at radius_km from the base


def isochrones(bases, speed_kt, reaction_min, minutes):
    """([Isochrone] per base and minutes, [minutes for which the interceptor is still on the ground])."""
    check_interceptor(speed_kt, reaction_min)
    geodesic = Geodesic()
    radii = {value: isochrone_km(speed_kt, reaction_min, value) for value in minutes}
    rings = [Isochrone(base, value, radius, ring(geodesic, base, radius))
             for base in bases for value, radius in radii.items() if radius > 0]
    return rings, [value for value, radius in radii.items() if radius <= 0]


def check_interceptor(speed_kt, reaction_min):
    if speed_kt is None or not speed_kt > 0:
        raise VraemError(tr("Give the interceptor's speed in knots (above zero); interception speeds are not "
                            "published, so there is no default."))
    if reaction_min is None or reaction_min < 0:
        raise VraemError(tr("Give the reaction time in minutes (zero or more); it is not published, so there "
                            "is no default."))


@dataclass
class Interception:
    track_id: str
    entry_time: float
    exit_time: Optional[float]  # leaving the zone after that first entry; None if it stays inside
    time: Optional[float]  # earliest interception, None when no base reaches it before the track ends
    base: str = ""  # the base's ident
    lon: Optional[float] = None
    lat: Optional[float] = None
    base_name: str = ""

    @property
    def minutes_after_entry(self):
        return None if self.time is None else (self.time - self.entry_time) / 60.0

    @property
    def before_exit(self):
        if self.time is None:
            return False
        return self.exit_time is None or self.time <= self.exit_time


def _gap(geodesic, result, base, launch, speed_mps, seconds):
    lon, lat = result.position_at(seconds)
    return speed_mps * (seconds - launch) - geodesic.distance_m(base.lon, base.lat, lon, lat)


def earliest_from(geodesic, result, base, launch, speed_mps):
    """Earliest time >= launch at which an interceptor leaving `base` at `launch` and flying the
    geodesic at speed_mps meets the aircraft on its path; None when not before the track ends."""
    times = [t for t in result.path_times if t > launch] + [result.end_time]
    previous = launch
    if launch >= result.end_time:
        return None
    for seconds in times:
        if _gap(geodesic, result, base, launch, speed_mps, seconds) >= 0:
            low, high = previous, seconds
            for _ in range(40):  # bisection to well under a second
                middle = 0.5 * (low + high)
                if _gap(geodesic, result, base, launch, speed_mps, middle) >= 0:
                    high = middle
                else:
                    low = middle
            return high
        previous = seconds
    return None


def interception(results, bases, speed_kt, reaction_min, feedback=None):
    """[Interception] for each TrackResult that enters the zone: alert at its first entry, take-off
    reaction_min later from every base, earliest meeting over all bases."""
    check_interceptor(speed_kt, reaction_min)
    geodesic = Geodesic()
    speed_mps = speed_kt * M_PER_S_PER_KT
    found: List[Interception] = []
    for result in results:
        check_canceled(feedback)
        if not result.zone:
            continue
        first = result.zone[0]
        exit_time = first.end_time if first.crossed_out else None
        launch = first.start_time + reaction_min * 60.0
        best = Interception(result.track_id, first.start_time, exit_time, None)
        for base in bases:
            seconds = earliest_from(geodesic, result, base, launch, speed_mps)
            if seconds is not None and (best.time is None or seconds < best.time):
                lon, lat = result.position_at(seconds)
                best = Interception(result.track_id, first.start_time, exit_time, seconds, base.ident, lon, lat,
                                    base.name)
        found.append(best)
    return found
