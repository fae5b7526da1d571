"""From straight edges to geodesic ones: the area the batch path (totals) adds to each polygon.

Every area the plugin gives joins a polygon's vertices by geodesics, as QgsDistanceArea does
whatever the layer CRS (and pyproj's Geod and PostGIS's geography). The batch path measures planar
area in the ellipsoid's cylindrical equal-area projection instead, where straight lines are not
geodesics: between its end points such a line and the geodesic enclose a lens of κ L³ / 12, κ the
line's geodesic curvature and L its length. By Liouville's formula on the ellipsoid (M, P: the
meridian and parallel radii of curvature at the edge's middle latitude φ; Δλ, Δφ the edge's
extent in radians) a straight line of that projection has κ L³ = −Δλ sin φ (P² Δλ² + 3 M² Δφ²),
so over the edges of a counter-clockwise ring (longitude east, latitude north)

    geodesic area = straight area − Σ Δλ sin φ (P² Δλ² + 3 M² Δφ²) / 12.

The lens is up to 1e-3 of a thin field's area for 2 km edges (a geodesic bulges poleward by about
L² tan φ / (8 R)); what the formula leaves out is of relative order (L / R)² of the lens: against
pyproj's geodesic area it stays below 1e-8 for edges up to MAX_EDGE_DEG, however thin the polygon.
"""

import math
import struct

_HEADER = struct.Struct("<BII")  # byte order, geometry type, count (of members or rings)
_COUNT = struct.Struct("<I")
_LITTLE_ENDIAN = 1
_POLYGON = 3

MAX_EDGE_DEG = 0.1  # about 11 km


class EdgeLenses:
    """Σ geodesic − straight area (m²) of a GeometryCollection of polygons in lon/lat, from its WKB."""

    def __init__(self, semi_major, semi_minor):
        self.e2 = 1.0 - (semi_minor * semi_minor) / (semi_major * semi_major)
        self.a2 = semi_major * semi_major

    def collection_m2(self, wkb):
        """The lenses of every edge of the collection, signed so that adding them to the planar
        equal-area area gives the geodesic one; None when the collection holds something other than
        polygons or an edge longer than MAX_EDGE_DEG (measure it member by member then)."""
        import numpy  # here: QGIS ships it, and only this path needs it

        rings = _ring_ranges(wkb)
        if rings is None:
            return None
        starts, ends, roles, dimension = rings
        if not starts:
            return 0.0
        data = numpy.frombuffer(wkb, dtype=numpy.uint8)
        # mark each ring's coordinate bytes: +1 where it starts, -1 where it ends (never the same byte)
        marks = numpy.zeros(len(wkb) + 1, dtype=numpy.int8)
        marks[starts] = 1
        marks[ends] = -1
        coordinates = data[numpy.cumsum(marks[:-1], dtype=numpy.int8).astype(bool)].view("<f8")
        coordinates = numpy.radians(coordinates.reshape(-1, dimension)[:, :2])
        starts = numpy.asarray(starts)
        vertices = (numpy.asarray(ends) - starts) // (8 * dimension)
        ring_of = numpy.repeat(numpy.arange(len(vertices)), vertices)
        same_ring = ring_of[1:] == ring_of[:-1]  # the pair joining two rings is no edge
        lon, lat = coordinates[:, 0], coordinates[:, 1]
        d_lon = numpy.where(same_ring, numpy.diff(lon), 0.0)
        d_lat = numpy.where(same_ring, numpy.diff(lat), 0.0)
        if d_lon.size and max(numpy.abs(d_lon).max(), numpy.abs(d_lat).max()) > math.radians(MAX_EDGE_DEG):
            return None
        sin_phi = numpy.sin(0.5 * (lat[1:] + lat[:-1]))
        w2 = 1.0 - self.e2 * sin_phi * sin_phi
        p2 = self.a2 * (1.0 - sin_phi * sin_phi) / w2
        m2 = self.a2 * (1.0 - self.e2) ** 2 / (w2 * w2 * w2)
        lenses = -d_lon * sin_phi * (p2 * d_lon * d_lon + 3.0 * m2 * d_lat * d_lat) / 12.0
        # each ring's orientation, from its planar area about its first vertex (precise for small rings)
        first = numpy.concatenate(([0], numpy.cumsum(vertices)[:-1]))[ring_of]
        x, y = lon - lon[first], lat - lat[first]
        cross = numpy.where(same_ring, x[:-1] * y[1:] - x[1:] * y[:-1], 0.0)
        edge_ring = ring_of[:-1]
        count = len(vertices)
        orientation = numpy.sign(numpy.bincount(edge_ring, weights=cross, minlength=count))
        per_ring = numpy.bincount(edge_ring, weights=lenses, minlength=count)
        # an outer ring adds its area, a hole takes it away, whichever way each one turns
        return float(numpy.dot(numpy.asarray(roles) * orientation, per_ring))


def _ring_ranges(wkb):
    """(start and end byte of each ring's coordinates, each ring's role: 1 outer, -1 hole, coordinate
    dimension) of a little-endian GeometryCollection of polygons of one dimension; None otherwise."""
    order, _, members = _HEADER.unpack_from(wkb, 0)
    if order != _LITTLE_ENDIAN:
        return None
    starts, ends, roles, dimension, offset = [], [], [], None, _HEADER.size
    for _ in range(members):
        order, kind, rings = _HEADER.unpack_from(wkb, offset)
        member_dimension = _dimension(kind)
        if order != _LITTLE_ENDIAN or _base_type(kind) != _POLYGON or dimension not in (None, member_dimension):
            return None
        dimension = member_dimension
        offset += _HEADER.size
        for ring in range(rings):
            offset += _COUNT.size
            starts.append(offset)
            offset += 8 * dimension * _COUNT.unpack_from(wkb, offset - _COUNT.size)[0]
            ends.append(offset)
            roles.append(-1 if ring else 1)
    return starts, ends, roles, dimension


def _base_type(kind):
    return (kind & 0x0FFFFFFF) % 1000


def _dimension(kind):
    """Coordinates per vertex: ISO codes (1003 PolygonZ, 2003 M, 3003 ZM) or EWKB's Z and M flags."""
    iso = (kind & 0x0FFFFFFF) // 1000
    has_z = iso in (1, 3) or bool(kind & 0x80000000)
    has_m = iso in (2, 3) or bool(kind & 0x40000000)
    return 2 + int(has_z) + int(has_m)
