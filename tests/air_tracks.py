"""Synthetic flight tracks for the air-picture tests and the benchmark (seeded, reproducible),
with the truth computed independently of the plugin: pyproj geodesics and shapely.

Tracks (140 kt, one fix every 20 s, times from 2024-05-01T06:00:00Z):
  T1  west → east straight across the zone (no stop);
  T2  on the ground at Pichari airstrip, flies to Palmapampa, stops 15 min, then to Bolivia;
  T3  from Luisiana airstrip to Brazil (Acre);
  T4  near Lima, never in the zone.
"""

import random
from datetime import datetime, timezone

from pyproj import Geod
from shapely.geometry import Point

GEOD = Geod(ellps="WGS84")
START = datetime(2024, 5, 1, 6, 0, tzinfo=timezone.utc).timestamp()
SPEED_KT = 140.0
SPEED_MPS = SPEED_KT * 1852.0 / 3600.0
STEP_S = 20.0
PICHARI = (-73.85287, -12.50306)  # PE-0021
PALMAPAMPA = (-73.652778, -12.763889)  # SPPE
LUISIANA = (-73.710266, -12.673815)  # SPLA
BOLIVIA = (-66.5, -14.5)
BRAZIL = (-70.0, -9.5)


def _leg(start_lonlat, end_lonlat, t0, fixes, track, step_s=STEP_S, speed=SPEED_MPS):
    """Fixes along the geodesic from start to end at constant speed; returns the end time."""
    azimuth, _back, total = GEOD.inv(*start_lonlat, *end_lonlat)
    seconds = 0.0
    while seconds * speed < total:
        lon, lat, _ = GEOD.fwd(*start_lonlat, azimuth, seconds * speed)
        fixes.append({"track": track, "time": t0 + seconds, "lon": lon, "lat": lat})
        seconds += step_s
    end = t0 + total / speed
    fixes.append({"track": track, "time": end, "lon": end_lonlat[0], "lat": end_lonlat[1]})
    return end


def _ground(lonlat, t0, minutes, fixes, track, rng, step_s=30.0, jitter_m=15.0):
    """Fixes jittering within jitter_m of a point for `minutes`; returns the end time."""
    seconds = step_s
    while seconds <= minutes * 60.0:
        lon, lat, _ = GEOD.fwd(*lonlat, rng.uniform(0, 360), rng.uniform(0, jitter_m))
        fixes.append({"track": track, "time": t0 + seconds, "lon": lon, "lat": lat})
        seconds += step_s
    return t0 + seconds - step_s


def scenario(seed=7):
    """[fix dict] of tracks T1–T4 (track, time epoch s, lon, lat)."""
    rng = random.Random(seed)  # nosec B311 (test data)
    fixes = []
    _leg((-75.6, -12.0), (-72.6, -12.9), START, fixes, "T1")
    fixes.append({"track": "T2", "time": START, "lon": PICHARI[0], "lat": PICHARI[1]})
    t = _ground(PICHARI, START, 10, fixes, "T2", rng)
    t = _leg(PICHARI, PALMAPAMPA, t + STEP_S, fixes, "T2")
    t = _ground(PALMAPAMPA, t, 15, fixes, "T2", rng)
    _leg(PALMAPAMPA, BOLIVIA, t + STEP_S, fixes, "T2")
    _leg(LUISIANA, BRAZIL, START + 600, fixes, "T3")
    _leg((-77.0, -12.0), (-76.5, -11.5), START, fixes, "T4")
    return fixes


def crossing_distances(start_lonlat, end_lonlat, polygon, step_m=200.0):
    """Oracle: distances (m) from start along the geodesic where it crosses `polygon`'s boundary,
    found on a 200 m grid and refined by bisection to a centimetre."""
    azimuth, _back, total = GEOD.inv(*start_lonlat, *end_lonlat)

    def inside(distance):
        lon, lat, _ = GEOD.fwd(*start_lonlat, azimuth, distance)
        return polygon.contains(Point(lon, lat))

    found = []
    steps = int(total // step_m)
    previous = inside(0.0)
    for k in range(1, steps + 1):
        current = inside(k * step_m)
        if current != previous:
            low, high = (k - 1) * step_m, k * step_m
            while high - low > 0.01:
                middle = 0.5 * (low + high)
                if inside(middle) == previous:
                    low = middle
                else:
                    high = middle
            found.append(0.5 * (low + high))
        previous = current
    return found


def write_fixes(path, fixes, time_kind="datetime", layer_name="fixes"):
    """Write fixes as a GeoPackage point layer (EPSG:4326) with QGIS's own writer; fields `track`
    and `time` (a date-time field, ISO 8601 text or epoch seconds, per time_kind)."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsField,
        QgsFields,
        QgsGeometry,
        QgsPointXY,
        QgsVectorFileWriter,
        QgsWkbTypes,
    )
    from qgis.PyQt.QtCore import QDateTime, QMetaType, Qt

    kinds = {"datetime": QMetaType.Type.QDateTime, "iso": QMetaType.Type.QString, "epoch": QMetaType.Type.Double}
    fields = QgsFields()
    fields.append(QgsField("track", QMetaType.Type.QString))
    fields.append(QgsField("time", kinds[time_kind]))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer_name
    writer = QgsVectorFileWriter.create(str(path), fields, QgsWkbTypes.Type.Point,
                                        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateTransformContext(),
                                        options)
    batch = []
    for fix in fixes:
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(fix["lon"], fix["lat"])))
        if time_kind == "datetime":
            value = QDateTime.fromMSecsSinceEpoch(int(round(fix["time"] * 1000)), Qt.TimeSpec.UTC)
        elif time_kind == "iso":
            value = datetime.fromtimestamp(fix["time"], timezone.utc).isoformat(timespec="milliseconds")
        else:
            value = fix["time"]
        feature.setAttributes([fix["track"], value])
        batch.append(feature)
        if len(batch) == 20000:
            writer.addFeatures(batch)
            batch = []
    writer.addFeatures(batch)
    del writer
    return path


def bench_fixes(tracks=1000, fixes_per_track=1000, seed=11):
    """Fixes of many tracks crossing the VRAEM box in random directions (for tools/bench.py)."""
    rng = random.Random(seed)  # nosec B311 (benchmark data)
    centre = (-74.0, -12.3)
    for number in range(tracks):
        azimuth = rng.uniform(0, 360)
        lon0, lat0, _ = GEOD.fwd(*centre, azimuth + 180, rng.uniform(60_000, 160_000))
        speed = rng.uniform(110, 165) * 1852.0 / 3600.0
        step = 15.0
        lons, lats, _ = GEOD.fwd([lon0] * fixes_per_track, [lat0] * fixes_per_track, [azimuth] * fixes_per_track,
                                 [speed * step * k for k in range(fixes_per_track)])
        for k in range(fixes_per_track):
            yield {"track": f"B{number:04d}", "time": START + step * k, "lon": lons[k], "lat": lats[k]}


def knots(metres_per_second):
    return metres_per_second * 3600.0 / 1852.0


