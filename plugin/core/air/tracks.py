"""Flight tracks against the zone: entries, exits, time and distance inside, ground stops, border
crossings into the neighbours, and the events that mark them.

A track's path is its fixes joined by geodesics on WGS84: segments longer than SHORT_SEGMENT_M are
densified along the geodesic (times interpolated by distance), shorter ones are straight between
fixes, from which the geodesic departs by under two metres at these latitudes. A boundary crossing
is found on the segment where a fix inside is followed by one outside (or the reverse); a segment
that leaves and re-enters between two fixes is found because the track then meets the boundary
more often than its fixes change side, and those tracks are checked segment by segment.
"""

import struct
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import List, Optional

from qgis.core import QgsGeometry, QgsRectangle

from ...i18n import tr
from ..measuring import check_canceled
from .geodesy import M_PER_S_PER_KT, SHORT_SEGMENT_M, Geodesic, local_distance_m
from .regions import Stretch

ZONE_ENTRY, ZONE_EXIT, STOP, BORDER_CROSSING, SUSPECT_FIX = (
    "zone_entry", "zone_exit", "stop", "border_crossing", "suspect_fix")


@dataclass
class Event:
    track_id: str
    kind: str
    time: float
    lon: float
    lat: float
    detail: str = ""


@dataclass
class Stop:
    start_time: float
    end_time: float
    lon: float
    lat: float
    in_zone: bool
    aerodrome: Optional[str] = None  # "IDENT (name)"
    aerodrome_km: Optional[float] = None

    @property
    def minutes(self):
        return (self.end_time - self.start_time) / 60.0


@dataclass
class TrackResult:
    track_id: str
    start_time: float
    end_time: float
    length_km: float
    max_speed_kt: float
    path: list  # [(lon, lat)] of the geodesic path (fixes and, on long segments, geodesic points)
    zone: List[Stretch]
    stops: List[Stop]
    crossed_into: str = ""
    border_time: Optional[float] = None
    duplicates: int = 0
    suspect_fixes: int = 0
    events: List[Event] = field(default_factory=list)
    path_times: list = field(default_factory=list, repr=False)

    @property
    def duration_min(self):
        return (self.end_time - self.start_time) / 60.0

    @property
    def entered_zone(self):
        return bool(self.zone)

    @property
    def entry_time(self):
        return self.zone[0].start_time if self.zone else None

    @property
    def exit_time(self):
        """When the track last leaves the zone across its boundary; None when it ends inside."""
        if not self.zone or not self.zone[-1].crossed_out:
            return None
        return self.zone[-1].end_time

    @property
    def minutes_in_zone(self):
        return sum(s.end_time - s.start_time for s in self.zone) / 60.0

    @property
    def km_in_zone(self):
        return sum(s.end_m - s.start_m for s in self.zone) / 1000.0

    @property
    def stops_in_zone(self):
        return sum(1 for stop in self.stops if stop.in_zone)

    def geometry(self):
        return polyline([x for x, _ in self.path], [y for _, y in self.path])

    def position_at(self, seconds):
        """(lon, lat) on the path at a time between start and end (linear within a path segment)."""
        times = self.path_times
        i = min(max(bisect_right(times, seconds) - 1, 0), len(times) - 2)
        span = times[i + 1] - times[i]
        fraction = 0.0 if span <= 0 else min(max((seconds - times[i]) / span, 0.0), 1.0)
        (x0, y0), (x1, y1) = self.path[i], self.path[i + 1]
        return x0 + fraction * (x1 - x0), y0 + fraction * (y1 - y0)


def polyline(lons, lats):
    """A QgsGeometry line built from WKB (a million QgsPointXY objects would cost seconds)."""
    n = len(lons)
    coordinates = [0.0] * (2 * n)
    coordinates[0::2] = lons
    coordinates[1::2] = lats
    line = QgsGeometry()
    line.fromWkb(struct.pack(f"<BII{2 * n}d", 1, 2, n, *coordinates))
    return line


class _Path:
    """The geodesic path of a track: vertices with times and cumulative ground distance."""

    def __init__(self, track, geodesic):
        lons, lats, times, metres = [track.lons[0]], [track.lats[0]], [track.times[0]], [0.0]
        self.max_speed_mps = 0.0
        for i in range(1, len(track.times)):
            x0, y0, x1, y1 = track.lons[i - 1], track.lats[i - 1], track.lons[i], track.lats[i]
            t0, t1 = track.times[i - 1], track.times[i]
            start_m = metres[-1]
            distance = local_distance_m(x0, y0, x1, y1)
            if distance >= SHORT_SEGMENT_M:
                distance = geodesic.distance_m(x0, y0, x1, y1)
                pieces = int(distance // SHORT_SEGMENT_M) + 1
                for k, (x, y) in enumerate(geodesic.intermediate(x0, y0, x1, y1, pieces - 1), start=1):
                    lons.append(x)
                    lats.append(y)
                    times.append(t0 + (t1 - t0) * k / pieces)
                    metres.append(start_m + distance * k / pieces)
            self.max_speed_mps = max(self.max_speed_mps, distance / (t1 - t0))
            lons.append(x1)
            lats.append(y1)
            times.append(t1)
            metres.append(start_m + distance)
        self.lons, self.lats, self.times, self.metres = lons, lats, times, metres

    def line(self):
        return polyline(self.lons, self.lats)

    def box(self):
        return QgsRectangle(min(self.lons), min(self.lats), max(self.lons), max(self.lats))

    def at(self, index, fraction):
        """(time, metres, (lon, lat)) at `fraction` of path segment `index` (by distance)."""
        t = self.times[index] + fraction * (self.times[index + 1] - self.times[index])
        m = self.metres[index] + fraction * (self.metres[index + 1] - self.metres[index])
        x = self.lons[index] + fraction * (self.lons[index + 1] - self.lons[index])
        y = self.lats[index] + fraction * (self.lats[index + 1] - self.lats[index])
        return t, m, (x, y)


class Aerodromes:
    """Aerodrome points (WGS84) to name the nearest one to a ground stop."""

    def __init__(self, records, geodesic):
        self.records = list(records)  # (ident, name, lon, lat)
        self.geodesic = geodesic

    def nearest(self, lon, lat):
        """(label, km) of the nearest aerodrome, or (None, None) when there are none."""
        if not self.records:
            return None, None
        ident, name, x, y = min(self.records, key=lambda r: local_distance_m(lon, lat, r[2], r[3]))
        return f"{ident} ({name})", self.geodesic.distance_m(lon, lat, x, y) / 1000.0


def find_stops(track, radius_m, min_seconds):
    """Ground stops: runs of fixes staying within radius_m of the run's first fix for min_seconds or
    more; (first index, last index) pairs."""
    stops = []
    lons, lats, times = track.lons, track.lats, track.times
    n = len(times)
    i = 0
    while i < n - 1:
        j = i
        while j + 1 < n and local_distance_m(lons[i], lats[i], lons[j + 1], lats[j + 1]) <= radius_m:
            j += 1
        if j > i and times[j] - times[i] >= min_seconds:
            stops.append((i, j))
            i = j + 1
        else:
            i += 1
    return stops


@dataclass
class AirSettings:
    """A ground stop: the aircraft stays within stop_radius_m of a fix for stop_minutes or more."""

    stop_minutes: float = 5.0
    stop_radius_m: float = 500.0


def analyse_track(track, zone, neighbours, aerodromes, settings, geodesic):
    """TrackResult of one Track against the zone Region and the neighbour Regions."""
    path = _Path(track, geodesic)
    line, box = path.line(), path.box()
    result = TrackResult(track_id=track.track_id, start_time=track.times[0], end_time=track.times[-1],
                         length_km=path.metres[-1] / 1000.0, max_speed_kt=path.max_speed_mps / M_PER_S_PER_KT,
                         path=list(zip(path.lons, path.lats)), zone=zone.stretches(path, line, box), stops=[],
                         duplicates=track.duplicates, suspect_fixes=len(track.suspects),
                         path_times=path.times)
    events = result.events
    for stretch in result.zone:
        detail = tr("enters {zone}") if stretch.crossed_in else tr("first fix inside {zone}")
        events.append(Event(track.track_id, ZONE_ENTRY, stretch.start_time, *stretch.start_point,
                            detail.format(zone=zone.name)))
        if stretch.crossed_out:
            events.append(Event(track.track_id, ZONE_EXIT, stretch.end_time, *stretch.end_point,
                                tr("leaves {zone}").format(zone=zone.name)))
    for first, last in find_stops(track, settings.stop_radius_m, settings.stop_minutes * 60.0):
        lon, lat = track.lons[first], track.lats[first]
        stop = Stop(track.times[first], track.times[last], lon, lat, zone.contains(lon, lat))
        stop.aerodrome, stop.aerodrome_km = aerodromes.nearest(lon, lat)
        result.stops.append(stop)
        detail = tr("{minutes:.1f} min on the ground").format(minutes=stop.minutes)
        if stop.aerodrome:
            detail += "; " + tr("nearest aerodrome {aerodrome} at {km:.2f} km").format(
                aerodrome=stop.aerodrome, km=stop.aerodrome_km)
        events.append(Event(track.track_id, STOP, stop.start_time, lon, lat, detail))
    crossings = []
    for neighbour in neighbours:
        for stretch in neighbour.stretches(path, line, box):
            if stretch.crossed_in:
                crossings.append((stretch.start_time, neighbour.name))
                events.append(Event(track.track_id, BORDER_CROSSING, stretch.start_time, *stretch.start_point,
                                    tr("into {country}").format(country=neighbour.name)))
            if stretch.crossed_out:
                events.append(Event(track.track_id, BORDER_CROSSING, stretch.end_time, *stretch.end_point,
                                    tr("out of {country}").format(country=neighbour.name)))
    if crossings:
        result.border_time, result.crossed_into = min(crossings)
    for suspect in track.suspects:
        events.append(Event(track.track_id, SUSPECT_FIX, suspect.time, suspect.lon, suspect.lat,
                            tr("row {row} left out: {speed:,.0f} kt from the previous fix").format(
                                row=suspect.row, speed=suspect.speed_kt)))
    events.sort(key=lambda e: e.time)
    return result


def analyse_tracks(reading, zone, neighbours, aerodromes, settings=None, feedback=None):
    """[TrackResult] for every track of a FixReading (progress 40 → 100 %)."""
    settings = settings or AirSettings()
    geodesic = Geodesic()
    results = []
    total = max(len(reading.tracks), 1)
    for index, track in enumerate(reading.tracks):
        check_canceled(feedback)
        results.append(analyse_track(track, zone, neighbours, aerodromes, settings, geodesic))
        if feedback is not None:
            feedback.setProgress(40.0 + 60.0 * (index + 1) / total)
    return results

