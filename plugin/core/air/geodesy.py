"""Geodesics on the WGS84 ellipsoid: distances, destinations, densified segments, range rings and
the shortest distance from a point to a polygon.

Exact distances come from QgsDistanceArea (Vincenty on WGS84). Fix-to-fix segments, which are a
few kilometres at most, use the local ellipsoidal formula (meridian and prime-vertical radii at the
mid-latitude): millions of them must be measured in Python, and below SHORT_SEGMENT_M its error is
under a millimetre per kilometre (tests/test_air_geodesy.py checks it against pyproj).
"""

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
)

WGS84_A = 6378137.0
WGS84_F = 1.0 / 298.257223563
WGS84_E2 = WGS84_F * (2.0 - WGS84_F)
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
M_PER_NM = 1852.0
M_PER_S_PER_KT = M_PER_NM / 3600.0
SHORT_SEGMENT_M = 20_000.0  # longer segments are measured exactly and densified along the geodesic
RING_VERTICES = 180
BORDER_DENSIFY_DEG = 0.01  # about 1 km: polygon edges between vertices, for the distance to a border
_DEG = math.pi / 180.0


def local_distance_m(lon1, lat1, lon2, lat2):
    """Distance of a short segment on WGS84 (error grows with the square of its length)."""
    mid = (lat1 + lat2) * 0.5 * _DEG
    sin_mid = math.sin(mid)
    w2 = 1.0 - WGS84_E2 * sin_mid * sin_mid
    w = math.sqrt(w2)
    north = (lat2 - lat1) * _DEG * WGS84_A * (1.0 - WGS84_E2) / (w2 * w)
    east = (lon2 - lon1) * _DEG * WGS84_A / w * math.cos(mid)
    return math.hypot(north, east)


class Geodesic:
    """WGS84 geodesic computations (one QgsDistanceArea, reused)."""

    def __init__(self):
        self._measure = QgsDistanceArea()
        self._measure.setSourceCrs(WGS84, QgsCoordinateTransformContext())
        self._measure.setEllipsoid("EPSG:7030")

    def distance_m(self, lon1, lat1, lon2, lat2):
        distance = local_distance_m(lon1, lat1, lon2, lat2)
        if distance < SHORT_SEGMENT_M:
            return distance
        return self._measure.measureLine(QgsPointXY(lon1, lat1), QgsPointXY(lon2, lat2))

    def destination(self, lon, lat, distance_m, azimuth_deg):
        """(lon, lat) reached from (lon, lat) after distance_m along the initial azimuth (degrees)."""
        point = self._measure.computeSpheroidProject(QgsPointXY(lon, lat), distance_m, azimuth_deg * _DEG)
        return point.x(), point.y()

    def azimuth_deg(self, lon1, lat1, lon2, lat2):
        return self._measure.bearing(QgsPointXY(lon1, lat1), QgsPointXY(lon2, lat2)) / _DEG

    def intermediate(self, lon1, lat1, lon2, lat2, count):
        """`count` points dividing the geodesic from 1 to 2 into count + 1 equal parts (ends excluded)."""
        total = self._measure.measureLine(QgsPointXY(lon1, lat1), QgsPointXY(lon2, lat2))
        azimuth = self._measure.bearing(QgsPointXY(lon1, lat1), QgsPointXY(lon2, lat2)) / _DEG
        return [self.destination(lon1, lat1, total * k / (count + 1), azimuth) for k in range(1, count + 1)]

    def ring(self, lon, lat, radius_m, vertices=RING_VERTICES):
        """Polygon whose vertices all lie at the true ground distance radius_m from the centre."""
        points = [QgsPointXY(*self.destination(lon, lat, radius_m, 360.0 * k / vertices)) for k in range(vertices)]
        points.append(points[0])
        return QgsGeometry.fromPolygonXY([points])


def distance_to_geometry_m(lon, lat, geometry):
    """Shortest geodesic distance (m) from a WGS84 point to a WGS84 geometry; 0 inside a polygon.

    In the azimuthal equidistant projection centred on the point, distances from the centre are
    true geodesic distances; the geometry is densified first so its edges stay edges there."""
    local = QgsCoordinateReferenceSystem.fromProj(
        f"+proj=aeqd +lat_0={lat!r} +lon_0={lon!r} +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs")
    shape = geometry.densifyByDistance(BORDER_DENSIFY_DEG)
    shape.transform(QgsCoordinateTransform(WGS84, local, QgsCoordinateTransformContext()))
    return shape.distance(QgsGeometry.fromPointXY(QgsPointXY(0.0, 0.0)))
