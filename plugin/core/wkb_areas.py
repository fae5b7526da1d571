"""The ellipsoidal area of many polygons at once, from their WKB, in NumPy (the batches of totals and overlap).

Every area the plugin gives joins a polygon's vertices by geodesics, as QgsDistanceArea does
whatever the layer CRS (and pyproj's Geod and PostGIS's geography). A batch is measured as the
planar area in the ellipsoid's cylindrical equal-area projection (PROJ's `cea` formula, computed
here on the lon/lat of every vertex), where straight lines are not geodesics: between its end
points such a line and the geodesic enclose a lens of κ L³ / 12, κ the line's geodesic curvature and
L its length. By Liouville's formula on the ellipsoid (M, P: the meridian and parallel radii of
curvature at the edge's middle latitude φ; Δλ, Δφ the edge's extent in radians), over the edges of
a counter-clockwise ring (longitude east, latitude north)

    geodesic area = straight area − Σ Δλ sin φ (P² Δλ² + 3 M² Δφ²) / 12

(a geodesic bulges poleward of the straight line by about L² tan φ / (8 R)). The lenses come to
8e-3 of the area of a sliver 2 km long and a few metres wide, and to 1e-7 (at most 1e-6) of
compact fields of 0.1-2 ha; what the formula leaves out is of relative order (L / R)² of the
lens: against pyproj's geodesic area the sum stays below 1e-8 for edges up to MAX_EDGE_DEG,
however thin the polygon.

These figures are those of valid polygons; invalid ones must be repaired first, one by one, by the
caller. GEOS's validity check costs more than all of the above, so a simple ring proves its own
validity here when it can (see _proven_rings); what it cannot prove is left to GEOS.
"""

import math
import struct
from dataclasses import dataclass

_HEADER = struct.Struct("<BII")  # byte order, geometry type, count (of members or rings)
_COUNT = struct.Struct("<I")
_LITTLE_ENDIAN = 1
_POLYGON, _MULTIPOLYGON = 3, 6

MAX_EDGE_DEG = 0.1  # about 11 km
# Shewchuk's bound on the rounding error of a 2D orientation test is 3.3e-16 of the sum of its two
# products' magnitudes; thirty times that leaves no doubt about a sign beyond it
_ORIENTATION_MARGIN = 1e-14


@dataclass
class BatchArea:
    """A batch's total ellipsoidal area in m², right when its members are valid: those that proved
    it need no more; `unproven` holds the WKB of the others (None: all of them, not told apart),
    which GEOS must judge. `proven_m2` is the area of the proven ones alone."""

    area_m2: float
    proven_m2: float
    unproven: list = None  # of the members as given


class WkbAreas:
    """Σ ellipsoidal area (m²) of polygons in lon/lat on one ellipsoid, from their WKB."""

    @classmethod
    def for_crs(cls, crs, distance_area):
        """The WkbAreas of a QgsDistanceArea when the CRS is geographic on its ellipsoid (its coordinates
        are then the lon/lat measured here), else None."""
        if not (crs.isGeographic() and crs.ellipsoidAcronym() == distance_area.ellipsoid()):
            return None
        return cls(distance_area.ellipsoidSemiMajor(), distance_area.ellipsoidSemiMinor())

    def __init__(self, semi_major, semi_minor):
        self.a = semi_major
        self.e2 = 1.0 - (semi_minor * semi_minor) / (semi_major * semi_major)
        self.e = math.sqrt(self.e2)
        self.a2 = semi_major * semi_major

    def measure(self, members):
        """The BatchArea of polygons and multipolygons, a list of their WKB (none: 0 m²); None when a member is
        empty or of another type, an edge is longer than MAX_EDGE_DEG, or NumPy is missing (measure
        them one by one then)."""
        try:
            import numpy  # QGIS's installers ship it, but a distribution's QGIS may lack it
        except ImportError:
            return None
        if not members:
            return BatchArea(0.0, 0.0, [])  # every feature of the batch without geometry

        simple = _simple_polygons(numpy, members)
        if simple is not None:
            figures = self._simple_polygon_areas(numpy, *simple)
            if figures is None:
                return None
            areas, proven = figures
            unproven = [members[i] for i in numpy.flatnonzero(~proven).tolist()]
            return BatchArea(float(areas.sum()), float(areas[proven].sum()), unproven)
        found = _ring_ranges(numpy, numpy.frombuffer(b"".join(members), dtype=numpy.uint8), len(members))
        if found is None:
            return None
        lon_lat, vertices, roles = found
        lon, lat = numpy.ascontiguousarray(lon_lat[:, 0]), numpy.ascontiguousarray(lon_lat[:, 1])
        areas = self._rings_m2(numpy, lon * _RADIANS, lat * _RADIANS, _Rings(numpy, vertices), roles)
        return None if areas is None else BatchArea(float(areas.sum()), 0.0)

    def each(self, members):
        """(m² of each member, whether it proved its validity) as two NumPy arrays, for one-ring 2D
        polygons (or multipolygons of one such polygon), a list of their WKB; None when they are not
        all such polygons, an edge is longer than MAX_EDGE_DEG, or NumPy is missing. The areas are
        right for valid polygons; the caller must have GEOS judge, and repair, the unproven ones."""
        try:
            import numpy
        except ImportError:
            return None
        simple = _simple_polygons(numpy, members)
        return None if simple is None else self._simple_polygon_areas(numpy, *simple)

    def _simple_polygon_areas(self, numpy, joined, starts, vertices):
        """(m² per polygon, proven per polygon) of one-ring polygons, their WKB joined in `joined` (bytes),
        starting at `starts`, with these vertex counts; about _GROUP_BYTES at a time; None for a too
        long edge or a ring without one."""
        if vertices.min() < 2:
            return None  # not a valid polygon (and a ring ending the batch has no edges to count)
        # every float of the bytes, whatever its offset: element i is the double starting at byte i
        floats = numpy.ndarray((len(joined) - 7,), dtype="<f8", buffer=joined, strides=(1,))
        per_group = max(1, len(starts) * _GROUP_BYTES // len(joined))
        areas, proven = [], []
        for first in range(0, len(starts), per_group):
            group = slice(first, first + per_group)
            rings = _Rings(numpy, vertices[group])
            # vertex j, of the ring starting at vertex s in the polygon starting at byte b: x at b + header + 16 (j - s)
            offsets = starts[group] + _SIMPLE_POLYGON_HEADER - 16 * rings.starts
            x_bytes = 16 * numpy.arange(len(rings)) + rings.spread(offsets)
            lon, lat = floats[x_bytes], floats[x_bytes + 8]
            proven.append(_proven_rings(numpy, lon, lat, rings))
            group_areas = self._rings_m2(numpy, lon * _RADIANS, lat * _RADIANS, rings)
            if group_areas is None:
                return None
            areas.append(group_areas)
        return numpy.concatenate(areas), numpy.concatenate(proven)

    def _rings_m2(self, numpy, lon, lat, rings, roles=1.0):
        """Per ring (lon/lat in radians): role × its geodesic area (outer rings add, holes take away,
        whichever way each one turns); None for a too long edge. Each edge's middle latitude's sine is
        taken as the mean of its ends' sines: off by sin φ Δφ² / 8, of the order the lenses leave out."""
        d_lon, d_lat = numpy.diff(lon), numpy.diff(lat)
        d_lon[rings.joins] = 0.0
        d_lat[rings.joins] = 0.0
        if max(numpy.abs(d_lon).max(), numpy.abs(d_lat).max()) > math.radians(MAX_EDGE_DEG):
            return None
        # straight edges in the equal-area projection: x = a λ, y = a q(φ) / 2, about each ring's first
        # vertex (its shoelace terms stay small, and precise)
        sin_lat = numpy.sin(lat)
        y = self._equal_area_y(numpy, sin_lat)
        x = self.a * (lon - rings.spread(lon[rings.starts]))
        y -= rings.spread(y[rings.starts])
        cross = x[:-1] * y[1:] - x[1:] * y[:-1]
        cross[rings.joins] = 0.0
        # ring k's edges start where its vertices do
        straight = 0.5 * numpy.add.reduceat(cross, rings.starts)
        sin_phi = 0.5 * (sin_lat[1:] + sin_lat[:-1])
        sin2 = sin_phi * sin_phi
        w2 = 1.0 - self.e2 * sin2
        p2 = self.a2 * (1.0 - sin2) / w2
        m2 = (self.a2 * (1.0 - self.e2) ** 2) / (w2 * w2 * w2)
        lenses = numpy.add.reduceat(d_lon * sin_phi * (p2 * d_lon * d_lon + 3.0 * m2 * d_lat * d_lat), rings.starts)
        return roles * numpy.sign(straight) * (straight - lenses / 12.0)

    def _equal_area_y(self, numpy, sin_lat):
        """y of the cylindrical equal-area projection, a q(φ) / 2 (PROJ's pj_qsfn; 2 sin φ on a sphere)."""
        if self.e < 1e-7:
            return self.a * sin_lat
        e_sin = self.e * sin_lat
        return (0.5 * self.a * (1.0 - self.e2)) * (sin_lat / (1.0 - e_sin * e_sin)
                                                   - (0.5 / self.e) * numpy.log((1.0 - e_sin) / (1.0 + e_sin)))


class _Rings:
    """Where the rings of a batch lie among its vertices, given the vertex count of each (closing vertex
    included, at least 2)."""

    def __init__(self, numpy, vertices):
        self.vertices = vertices
        self.starts = numpy.cumsum(vertices) - vertices
        self.ends = self.starts + vertices - 1  # each ring's last vertex
        self.joins = self.ends[:-1]  # the pair joining two rings is no edge
        # the ring of each vertex, found by counting ring starts (numpy.repeat costs four times as much)
        marks = numpy.zeros(int(vertices.sum()), dtype=numpy.intp)
        marks[self.starts[1:]] = 1
        self._ring_of = numpy.cumsum(marks)

    def __len__(self):
        """The number of vertices of all the rings."""
        return len(self._ring_of)

    def spread(self, values):
        """A value per ring, repeated at each of its vertices."""
        return values[self._ring_of]


def _proven_rings(numpy, lon, lat, rings):
    """For each one-ring polygon (raw coordinates, _Rings): True when it is certainly valid, which GEOS
    would confirm.

    Why this holds: when every edge leaves one point c strictly on the same side, the ring turns
    around c one way all along, never through it; winding once around c (one crossing of the
    horizontal through c each way), it meets every ray from c once, so it cannot cross or touch
    itself: a closed simple ring of at least three edges, a valid polygon. c is the mean of its
    vertices: compact fields, convex or not, are star-shaped around it. "Strictly" means beyond the
    orientation test's rounding error, so GEOS's exact predicates agree; a ring left unproven (not
    closed, a repeated vertex, a spike, another shape, NaN) is not invalid, just GEOS's to judge."""
    starts, ends = rings.starts, rings.ends
    closed = (lon[starts] == lon[ends]) & (lat[starts] == lat[ends])
    corners = numpy.maximum(rings.vertices - 1, 1)
    centre_lon = (numpy.add.reduceat(lon, starts) - lon[ends]) / corners
    centre_lat = (numpy.add.reduceat(lat, starts) - lat[ends]) / corners
    dx, dy = lon - rings.spread(centre_lon), lat - rings.spread(centre_lat)
    left, right = dx[:-1] * dy[1:], dy[:-1] * dx[1:]
    turn, margin = left - right, _ORIENTATION_MARGIN * (numpy.abs(left) + numpy.abs(right))
    # per edge: 1 beyond doubt counter-clockwise about c, -1 clockwise, 0 in doubt
    way = (turn > margin).view(numpy.int8) - (turn < -margin).view(numpy.int8)
    crossings = (dy[:-1] < 0) != (dy[1:] < 0)
    way[rings.joins] = 0
    crossings[rings.joins] = False
    edges = rings.vertices - 1
    one_way = numpy.abs(numpy.add.reduceat(way, starts, dtype=numpy.intp)) == edges
    return closed & (rings.vertices >= 4) & one_way & (numpy.add.reduceat(crossings, starts, dtype=numpy.intp) == 2)


_SIMPLE_POLYGON_START = bytes((1, 3, 0, 0, 0, 1, 0, 0, 0))  # little-endian, 2D Polygon, one ring
_SIMPLE_POLYGON_HEADER = len(_SIMPLE_POLYGON_START) + 4  # and the ring's vertex count
# bytes of WKB per NumPy pass: a whole batch of fields in one. NumPy's loops let go of the interpreter
# lock, its calls do not: fewer, longer passes leave the lock to the thread that reads the features
# while workers measure (measured when batches read through QGIS still had workers: 1.32x the read
# floor on 100,000 fields, against 1.67x in passes of 48 KB); the cap keeps the arrays of a batch of
# large multipolygons bounded
_GROUP_BYTES = 1024 * 1024


# a little-endian MultiPolygon of one part: that polygon's own WKB follows
_ONE_PART_MULTIPOLYGON = bytes((1, 6, 0, 0, 0, 1, 0, 0, 0))
_RADIANS = math.pi / 180.0


def _simple_polygons(numpy, members):
    """(the members' WKB joined as bytes, where each starts there, its vertex count) when every member
    is a little-endian 2D polygon of one ring, what fields are, each one-part multipolygon
    taken as its polygon (whose area and validity are the multipolygon's: layers typed MultiPolygon
    hold mostly such fields); None otherwise.

    Found at once from the members' sizes and headers, without walking them in Python (nor searching
    the bytes for headers, which took five times as long)."""
    joined, sizes, starts, heads = _headed(numpy, members)
    if heads is not None and (heads[:, 1] == _MULTIPOLYGON).any():  # the type's first byte, little-endian
        members = [wkb[len(_ONE_PART_MULTIPOLYGON):] if wkb.startswith(_ONE_PART_MULTIPOLYGON) else wkb
                   for wkb in members]
        joined, sizes, starts, heads = _headed(numpy, members)
    if heads is None:
        return None
    opening = len(_SIMPLE_POLYGON_START)
    if not (heads[:, :opening] == numpy.frombuffer(_SIMPLE_POLYGON_START, dtype=numpy.uint8)).all():
        return None
    vertices = numpy.ascontiguousarray(heads[:, opening:]).view("<u4").ravel().astype(numpy.int64)
    if numpy.any(sizes != _SIMPLE_POLYGON_HEADER + 16 * vertices):
        return None
    return joined, starts, vertices


def _headed(numpy, members):
    """(the members joined, as bytes; each one's size; where each starts; its first _SIMPLE_POLYGON_HEADER
    bytes, a row each); heads None when a member is shorter than that (or there is none)."""
    sizes = numpy.fromiter(map(len, members), dtype=numpy.int64, count=len(members))
    if not len(sizes) or sizes.min() < _SIMPLE_POLYGON_HEADER:
        return None, sizes, None, None
    joined = b"".join(members)
    starts = numpy.cumsum(sizes) - sizes
    data = numpy.frombuffer(joined, dtype=numpy.uint8)
    return joined, sizes, starts, data[starts[:, None] + numpy.arange(_SIMPLE_POLYGON_HEADER)]


def _ring_ranges(numpy, data, count):
    """(lon/lat of all vertices, vertices per ring, roles: 1 outer, -1 hole) of `count` little-endian
    polygons and multipolygons of one coordinate dimension, walking their headers; None otherwise,
    and when a member is empty (no ring, or no part: a geometry the caller counts as missing)."""
    starts, ends, roles, dimension, offset = [], [], [], None, 0
    pending = count
    while pending:
        pending -= 1
        order, kind, parts = _HEADER.unpack_from(data, offset)
        offset += _HEADER.size
        member_dimension = _dimension(kind)
        if order != _LITTLE_ENDIAN or dimension not in (None, member_dimension) or not parts:
            return None
        dimension = member_dimension
        if _base_type(kind) == _MULTIPOLYGON:
            pending += parts  # its polygons follow, each with its own header
            continue
        if _base_type(kind) != _POLYGON:
            return None
        for ring in range(parts):
            vertices = _COUNT.unpack_from(data, offset)[0]
            if vertices < 2:
                return None  # a ring without an edge: not a valid polygon
            offset += _COUNT.size
            starts.append(offset)
            offset += 8 * dimension * vertices
            ends.append(offset)
            roles.append(-1.0 if ring else 1.0)
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
