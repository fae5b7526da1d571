"""From straight edges to geodesic ones: the area the batch path (totals) adds to each polygon.

Every area the plugin gives joins a polygon's vertices by geodesics, as QgsDistanceArea does
whatever the layer CRS (and pyproj's Geod and PostGIS's geography). The batch path measures planar
area in the ellipsoid's cylindrical equal-area projection instead, where straight lines are not
geodesics: between its end points such a line and the geodesic enclose a lens of κ L³ / 12, κ the
line's geodesic curvature and L its length. By Liouville's formula on the ellipsoid (M, P: the
meridian and parallel radii of curvature at the edge's middle latitude φ; Δλ, Δφ the edge's
extent in radians), over the edges of a counter-clockwise ring (longitude east, latitude north)

    geodesic area = straight area − Σ Δλ sin φ (P² Δλ² + 3 M² Δφ²) / 12

(a geodesic bulges poleward of the straight line by about L² tan φ / (8 R)). The lenses come to
8e-3 of the area of a sliver 2 km long and a few metres wide, and to 1e-7 (at most 1e-6) of
compact fields of 0.1-2 ha; what the formula leaves out is of relative order (L / R)² of the
lens: against pyproj's geodesic area the sum stays below 1e-8 for edges up to MAX_EDGE_DEG,
however thin the polygon.
"""

import math
import struct

_HEADER = struct.Struct("<BII")  # byte order, geometry type, count (of members or rings)
_COUNT = struct.Struct("<I")
_LITTLE_ENDIAN = 1
_POLYGON, _MULTIPOLYGON = 3, 6

MAX_EDGE_DEG = 0.1  # about 11 km


class EdgeLenses:
    """Σ geodesic − straight area (m²) of polygons in lon/lat, from their WKB."""

    def __init__(self, semi_major, semi_minor):
        self.e2 = 1.0 - (semi_minor * semi_minor) / (semi_major * semi_major)
        self.a2 = semi_major * semi_major

    def members_m2(self, members_wkb, count):
        """The lenses of every edge of `count` polygons and multipolygons whose WKB follow one
        another in `members_wkb` (a GeometryCollection's body), signed so that adding them to the
        planar equal-area area gives the geodesic one; None when a member is of another type or an
        edge is longer than MAX_EDGE_DEG, or NumPy is missing (measure them one by one then)."""
        try:
            import numpy  # QGIS's installers ship it, but a distribution's QGIS may lack it
        except ImportError:
            return None

        data = numpy.frombuffer(members_wkb, dtype=numpy.uint8)
        simple = _simple_polygons(numpy, data, count)
        if simple is not None:
            return self._simple_polygons_m2(numpy, data, *simple)
        rings = _ring_ranges(numpy, data, members_wkb, count)
        if rings is None:
            return None
        lon_lat, vertices, roles = rings
        return self._lenses_m2(numpy, numpy.radians(lon_lat), vertices, roles)

    def _simple_polygons_m2(self, numpy, data, starts, vertices):
        """The lenses of one-ring polygons starting at `starts`, a group of about _GROUP_BYTES at a time."""
        ends = starts + _SIMPLE_POLYGON_HEADER + 16 * vertices
        per_group = max(1, len(starts) * _GROUP_BYTES // len(data))
        total = 0.0
        for first in range(0, len(starts), per_group):
            last = min(first + per_group, len(starts))
            begin = starts[first]
            keep = numpy.ones(ends[last - 1] - begin, dtype=bool)
            keep[((starts[first:last] - begin)[:, None] + numpy.arange(_SIMPLE_POLYGON_HEADER)).ravel()] = False
            lon_lat = data[begin:ends[last - 1]][keep].view("<f8").reshape(-1, 2)
            lenses = self._lenses_m2(numpy, numpy.radians(lon_lat, out=lon_lat), vertices[first:last],
                                     numpy.ones(last - first))
            if lenses is None:
                return None
            total += lenses
        return total

    def _lenses_m2(self, numpy, lon_lat, vertices, roles):
        """Σ over rings (given by their vertex counts, closing vertex included) of role × orientation ×
        the ring's lenses; None for a too long edge."""
        if not len(vertices):
            return 0.0
        if numpy.min(vertices) < 2:
            return None  # a ring without an edge: not a valid polygon
        lon, lat = lon_lat[:, 0], lon_lat[:, 1]
        d_lon, d_lat = numpy.diff(lon), numpy.diff(lat)
        ring_starts = numpy.concatenate(([0], numpy.cumsum(vertices)[:-1]))
        d_lon[ring_starts[1:] - 1] = 0.0  # the pair joining two rings is no edge
        d_lat[ring_starts[1:] - 1] = 0.0
        if max(numpy.abs(d_lon).max(), numpy.abs(d_lat).max()) > math.radians(MAX_EDGE_DEG):
            return None
        sin_phi = numpy.sin(0.5 * (lat[1:] + lat[:-1]))
        sin2 = sin_phi * sin_phi
        w2 = 1.0 - self.e2 * sin2
        p2 = self.a2 * (1.0 - sin2) / w2
        m2 = (self.a2 * (1.0 - self.e2) ** 2) / (w2 * w2 * w2)
        lenses = d_lon * sin_phi * (p2 * d_lon * d_lon + 3.0 * m2 * d_lat * d_lat)
        # each ring's orientation from its planar area, about its first vertex (precise for small rings)
        first = numpy.repeat(ring_starts, vertices)
        x, y = lon - lon[first], lat - lat[first]
        cross = x[:-1] * y[1:] - x[1:] * y[:-1]
        cross[ring_starts[1:] - 1] = 0.0
        # ring k's edges start where its vertices do
        orientation = numpy.sign(numpy.add.reduceat(cross, ring_starts))
        per_ring = numpy.add.reduceat(lenses, ring_starts)
        # an outer ring adds its area, a hole takes it away, whichever way each one turns
        return float(numpy.dot(roles * orientation, per_ring)) / -12.0


_SIMPLE_POLYGON_START = bytes((1, 3, 0, 0, 0, 1, 0, 0, 0))  # little-endian, 2D Polygon, one ring
_SIMPLE_POLYGON_HEADER = len(_SIMPLE_POLYGON_START) + 4  # and the ring's vertex count
# bytes of WKB per NumPy pass: its arrays stay under 128 KB, which the allocator reuses; larger ones
# are mapped afresh every time, and those page faults cost three times the arithmetic (2 ms, not
# 0.7, for a batch of 2,000 fields)
_GROUP_BYTES = 48 * 1024


def _simple_polygons(numpy, data, count):
    """(where each member starts, its vertex count) when every member is a little-endian 2D polygon
    of one ring, what fields are; None otherwise.

    Found at once, without walking the headers in Python: by their bytes, taken only when they chain
    exactly, each member ending where the next one starts. A coordinate that happens to hold those
    bytes breaks the chain, and the caller walks the headers instead."""
    size = len(data)
    if not count or size < _SIMPLE_POLYGON_HEADER * count:
        return None
    end = size - _SIMPLE_POLYGON_HEADER + 1
    starts = numpy.concatenate([begin + numpy.flatnonzero(data[begin:min(begin + _GROUP_BYTES, end)]
                                                          == _SIMPLE_POLYGON_START[0])
                                for begin in range(0, end, _GROUP_BYTES)])
    for position, byte in enumerate(_SIMPLE_POLYGON_START[1:], start=1):
        starts = starts[data[starts + position] == byte]
    if len(starts) != count or starts[0] != 0:
        return None
    counts_at = starts[:, None] + numpy.arange(len(_SIMPLE_POLYGON_START), _SIMPLE_POLYGON_HEADER)
    vertices = data[counts_at].view("<u4").ravel().astype(numpy.int64)
    ends = starts + _SIMPLE_POLYGON_HEADER + 16 * vertices
    if ends[-1] != size or numpy.any(ends[:-1] != starts[1:]):
        return None
    return starts, vertices


def _ring_ranges(numpy, data, wkb, count):
    """(lon/lat of all vertices, vertices per ring, roles: 1 outer, -1 hole) of `count` little-endian
    polygons and multipolygons of one coordinate dimension, walking their headers; None otherwise."""
    starts, ends, roles, dimension, offset = [], [], [], None, 0
    pending = count
    while pending:
        pending -= 1
        order, kind, parts = _HEADER.unpack_from(wkb, offset)
        offset += _HEADER.size
        member_dimension = _dimension(kind)
        if order != _LITTLE_ENDIAN or dimension not in (None, member_dimension):
            return None
        dimension = member_dimension
        if _base_type(kind) == _MULTIPOLYGON:
            pending += parts  # its polygons follow, each with its own header
            continue
        if _base_type(kind) != _POLYGON:
            return None
        for ring in range(parts):
            vertices = _COUNT.unpack_from(wkb, offset)[0]
            if vertices < 2:
                return None  # a ring without an edge: not a valid polygon
            offset += _COUNT.size
            starts.append(offset)
            offset += 8 * dimension * vertices
            ends.append(offset)
            roles.append(-1.0 if ring else 1.0)
    if not starts:
        return numpy.zeros((0, 2)), [], []
    # mark each ring's coordinate bytes: +1 where they start, -1 where they end (never the same byte)
    marks = numpy.zeros(len(data) + 1, dtype=numpy.int8)
    marks[starts] = 1
    marks[ends] = -1
    coordinates = data[numpy.cumsum(marks[:-1], dtype=numpy.int8).astype(bool)].view("<f8")
    vertices = (numpy.asarray(ends) - numpy.asarray(starts)) // (8 * dimension)
    return coordinates.reshape(-1, dimension)[:, :2], vertices, numpy.asarray(roles)


def _base_type(kind):
    return (kind & 0x0FFFFFFF) % 1000


def _dimension(kind):
    """Coordinates per vertex: ISO codes (1003 PolygonZ, 2003 M, 3003 ZM) or EWKB's Z and M flags."""
    iso = (kind & 0x0FFFFFFF) // 1000
    has_z = iso in (1, 3) or bool(kind & 0x80000000)
    has_m = iso in (2, 3) or bool(kind & 0x40000000)
    return 2 + int(has_z) + int(has_m)
