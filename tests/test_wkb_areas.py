"""The batch area path (wkb_areas): the equal-area projection's straight area + the geodesic lenses =
pyproj's geodesic area, for every WKB form a batch can hold, None for what it cannot serve, and the
validity its simple rings prove is GEOS's."""

import math
import random
import struct
import sys

import pytest
import shapely
from engine_helpers import geodesic_area_m2
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Transformer
from shapely.geometry import MultiPolygon, Polygon
from shapely.ops import transform

from vraem_analyst.plugin.core.wkb_areas import WkbAreas

WGS84_A, WGS84_B = 6378137.0, 6356752.314245179
EQUAL_AREA = Transformer.from_crs("EPSG:4326", f"+proj=cea +a={WGS84_A} +b={WGS84_B} +units=m", always_xy=True)
AREAS = WkbAreas(WGS84_A, WGS84_B)

# slivers 2 km long and a few metres wide: straight edges are off by up to 1e-2 of their area, tilted ones less
SLIVER = Polygon([(-74.0, -17.0), (-73.98, -16.99998), (-73.99, -16.99997), (-73.995, -16.99996)])
TILTED = Polygon([(-73.5, -9.0), (-73.487, -8.987), (-73.48705, -8.98695), (-73.49995, -8.99995)])
FRAME = Polygon([(-74.0, -12.0), (-73.98, -12.0), (-73.98, -11.985), (-74.0, -11.985)],
                [[(-73.9995, -11.9995), (-73.9805, -11.9996), (-73.981, -11.9855), (-73.999, -11.9856)]])


def oracle_m2(polygons):
    """pyproj's geodesic area, outer rings less holes whichever way each ring turns."""
    parts = [part for polygon in polygons for part in getattr(polygon, "geoms", [polygon])]
    return sum(geodesic_area_m2(Polygon(part.exterior)) - sum(geodesic_area_m2(Polygon(hole)) for hole in part.interiors)
               for part in parts)


def straight_equal_area_m2(polygons):
    """Planar area in the cylindrical equal-area projection: the batch path before its lenses."""
    return sum(transform(EQUAL_AREA.transform, polygon).area for polygon in polygons)


def measured_m2(polygons, wkbs):
    batch = AREAS.measure(wkbs)
    assert batch is not None
    return batch.area_m2


def wkb(geometry, **options):
    return shapely.to_wkb(geometry, byte_order=1, **options)


def test_straight_edges_alone_are_far_off():
    """What the lenses correct: without them these polygons are 3e-6 to 1e-2 off."""
    for polygon in (SLIVER, TILTED, FRAME):
        assert abs(straight_equal_area_m2([polygon]) / oracle_m2([polygon]) - 1) > 1e-6


def test_simple_polygons_either_way_round():
    polygons = [SLIVER, shapely.reverse(SLIVER), TILTED, shapely.reverse(TILTED)]
    got = measured_m2(polygons, [wkb(p) for p in polygons])
    assert abs(got / oracle_m2(polygons) - 1) < 1e-8


def test_a_coordinate_holding_a_header_s_bytes_is_no_header():
    """Simple polygons are found from their members' sizes, not by searching for their headers' bytes: a
    vertex whose x ends and y begins with those bytes (tiny numbers, near 0, 0) changes nothing."""
    x = struct.unpack("<d", bytes((0, 0, 0, 0, 0, 0, 0, 1)))[0]
    y = struct.unpack("<d", bytes((3, 0, 0, 0, 1, 0, 0, 0)))[0]
    near_zero = Polygon([(x, y), (0.001, 0.0), (0.001, 0.001), (0.0, 0.001)])
    wkbs = [wkb(near_zero), wkb(SLIVER)]
    assert wkbs[0].count(bytes((1, 3, 0, 0, 0, 1, 0, 0, 0))) == 3  # its header, the vertex, its closing copy
    assert abs(measured_m2([near_zero, SLIVER], wkbs) / oracle_m2([near_zero, SLIVER]) - 1) < 1e-8


def test_holes_multipolygons_and_z_coordinates():
    reversed_frame = Polygon(FRAME.exterior.coords[::-1], [FRAME.interiors[0].coords[::-1]])
    multi = MultiPolygon([SLIVER, TILTED])
    cases = {
        "hole": ([FRAME], [wkb(FRAME)]),
        "hole, rings turned the other way": ([reversed_frame], [wkb(reversed_frame)]),
        "multipolygon and polygon": ([multi, FRAME], [wkb(multi), wkb(FRAME)]),
        "Z, ISO codes": ([SLIVER, FRAME], [wkb(shapely.force_3d(SLIVER, 5.0), flavor="iso"),
                                          wkb(shapely.force_3d(FRAME, 5.0), flavor="iso")]),
        "Z, EWKB flag": ([multi], [wkb(shapely.force_3d(multi, 5.0), flavor="extended")]),
    }
    for name, (polygons, wkbs) in cases.items():
        assert abs(measured_m2(polygons, wkbs) / oracle_m2(polygons) - 1) < 1e-8, name


def test_what_the_lenses_cannot_serve_is_left_to_the_geodesic_measurer():
    long_edge = Polygon([(-74.0, -12.0), (-73.8, -12.0), (-73.9, -11.99)])  # 0.2°: beyond MAX_EDGE_DEG
    big_endian = shapely.to_wkb(SLIVER, byte_order=0)
    mixed = [wkb(SLIVER), wkb(shapely.force_3d(TILTED, 1.0))]  # 2D and 3D in one batch
    line = wkb(SLIVER.exterior)
    for wkbs in ([wkb(long_edge)], [big_endian], mixed, [line], [wkb(SLIVER), line]):
        assert AREAS.measure(wkbs) is None


def test_without_numpy_a_batch_is_measured_feature_by_feature_with_the_same_total(qgis_app, monkeypatch):
    """A distribution's QGIS may come without NumPy: the batch path then hands its batch to the geodesic
    measurer instead of failing, and the total stays pyproj's."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    from vraem_analyst.plugin.core.totals import measure_total

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "slivers", "memory")
    features = []
    for polygon in (SLIVER, TILTED, FRAME):
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(polygon.wkt))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    with_numpy = measure_total(layer).total_ha
    monkeypatch.setitem(sys.modules, "numpy", None)  # `import numpy` now raises ImportError
    assert AREAS.measure([wkb(SLIVER)]) is None
    without = measure_total(layer).total_ha
    expected = oracle_m2([SLIVER, TILTED, FRAME]) / 10_000
    assert without == pytest.approx(expected, rel=1e-6)
    assert with_numpy == pytest.approx(expected, rel=1e-6)


def test_a_batch_of_nulls_alone_or_ending_in_a_one_point_ring_has_the_totals_of_the_rows(qgis_app):
    """Batches NumPy cannot measure are no errors: an empty one (every feature of a batch without
    geometry) is 0 m² with nothing to judge, and one holding a ring of one point (no edge: no polygon
    to measure) goes feature by feature, wherever the ring sits (last, its edges once ended before
    it: IndexError); area totals then equal the per-feature rows, counts included."""
    from engine_helpers import memory_layer
    from qgis.core import QgsProject

    from vraem_analyst.plugin.core.areas import compute_areas
    from vraem_analyst.plugin.core.totals import measure_total

    batch = AREAS.measure([])
    assert (batch.area_m2, batch.proven_m2, batch.unproven) == (0.0, 0.0, [])
    point_ring = struct.pack("<BIII", 1, 3, 1, 1) + struct.pack("<dd", -74.0, -12.0)
    for members in ([wkb(SLIVER), point_ring], [point_ring, wkb(SLIVER)]):
        assert AREAS.measure(members) is None and AREAS.each(members) is None
    for geometries in ([None, None], [SLIVER.wkt, "POLYGON((-74 -12))"], ["POLYGON((-74 -12))", SLIVER.wkt]):
        layer = memory_layer("Polygon", "EPSG:4326", geometries)
        totals = measure_total(layer, project=QgsProject())
        rows = compute_areas(layer, project=QgsProject())
        assert (totals.feature_count, totals.null_geometries, totals.repaired) == (
            rows.feature_count, rows.null_geometries, rows.repaired), geometries
        assert totals.total_ha == pytest.approx(rows.total_ha, rel=1e-9, abs=1e-12), geometries
    assert totals.total_ha == pytest.approx(oracle_m2([SLIVER]) / 10_000, rel=1e-6)


# ---- the validity simple rings prove for themselves: only ever what GEOS finds too

LON0, LAT0, STEP = -74.0, -12.0, 1e-4  # a grid of 11 m: rings on it touch, fold and line up exactly


def unproven(rings):
    """How many of these rings (lists of lon/lat, closed or not) WkbAreas leaves to GEOS to judge."""
    wkbs = [struct.pack("<BII", 1, 3, 1) + struct.pack("<I", len(ring)) + b"".join(struct.pack("<dd", *p) for p in ring)
            for ring in rings]
    batch = AREAS.measure(wkbs)
    assert batch is not None
    return len(batch.unproven)


def closed(points):
    return list(points) + [points[0]]


grid_point = st.tuples(st.integers(0, 12), st.integers(0, 12)).map(lambda ij: (LON0 + ij[0] * STEP, LAT0 + ij[1] * STEP))
jitter = st.floats(-3e-5, 3e-5, allow_nan=False)
free_point = st.tuples(grid_point, jitter, jitter).map(lambda p: (p[0][0] + p[1], p[0][1] + p[2]))


@st.composite
def star_rings(draw):
    """Rings around a point, vertices at increasing angles with random radii: mostly star-shaped
    around their vertex mean, some not; spikes, repeated vertices and reversals mixed in."""
    count = draw(st.integers(3, 12))
    angles = sorted(draw(st.lists(st.floats(0, 2 * math.pi, exclude_max=True), min_size=count, max_size=count,
                                  unique=True)))
    radii = draw(st.lists(st.floats(0.05, 1.0), min_size=count, max_size=count))
    points = [(LON0 + 5e-4 * r * math.cos(a), LAT0 + 5e-4 * r * math.sin(a)) for a, r in zip(angles, radii)]
    change = draw(st.sampled_from(["none", "reverse", "repeat", "spike", "swap", "open"]))
    at = draw(st.integers(0, count - 1))
    if change == "reverse":
        points.reverse()
    elif change == "repeat":
        points.insert(at, points[at])
    elif change == "spike":
        points.insert(at + 1, (2 * points[at][0] - LON0, 2 * points[at][1] - LAT0))
        points.insert(at + 2, points[at])
    elif change == "swap" and count > 3:
        points[at], points[(at + 2) % count] = points[(at + 2) % count], points[at]
    return points if change == "open" else closed(points)


@given(st.one_of(st.lists(grid_point, min_size=3, max_size=9).map(closed),
                 st.lists(free_point, min_size=3, max_size=9).map(closed),
                 star_rings()))
@settings(deadline=None, derandomize=True, database=None, max_examples=1500)
def test_a_ring_proven_valid_is_valid_for_geos(ring):
    """Soundness: rings on an exact grid (touching, folding, collinear, repeated vertices), rings
    off it, and star-shaped rings with defects; whatever the proof accepts, GEOS finds valid."""
    if unproven([ring]) == 0:
        assert shapely.is_valid(Polygon(ring)), ring


def test_compact_fields_prove_their_validity_and_defective_rings_do_not():
    """The proof serves what fields are (convex or star-shaped around their vertex mean, either way
    round) and never a ring that folds, touches itself, repeats a vertex or is left open."""
    rng = random.Random(18)
    fields = []
    for _ in range(500):  # as the benchmark's fields: 5-8 corners around a point, radii 0.7-1.3
        count = rng.randint(3, 8)
        step = 2 * math.pi / count
        corners = []
        for k in range(count):
            angle, radius = k * step + rng.uniform(0, 0.6 * step), 4e-4 * rng.uniform(0.7, 1.3)
            corners.append((LON0 + radius * math.cos(angle), LAT0 + radius * math.sin(angle)))
        fields.append(closed(corners if rng.random() < 0.5 else corners[::-1]))
    assert unproven(fields) == 0
    square = [(LON0, LAT0), (LON0 + 1e-3, LAT0), (LON0 + 1e-3, LAT0 + 1e-3), (LON0, LAT0 + 1e-3)]
    x, y = LON0 + 5e-4, LAT0 + 5e-4
    defective = {
        "bow-tie": closed([square[0], square[2], square[1], square[3]]),
        "touches itself at its vertex mean": closed([(LON0, LAT0), (x, y), (LON0 + 1e-3, LAT0), (LON0 + 1e-3, LAT0 + 1e-3),
                                                     (x, y), (LON0, LAT0 + 1e-3)]),
        "repeated vertex": closed([square[0], square[1], square[1], square[2], square[3]]),
        "spike": closed([square[0], square[1], (LON0 + 2e-3, LAT0), square[1], square[2], square[3]]),
        "open": list(square),
        "winds twice": closed([(LON0 + 1e-3 * math.cos(4 * math.pi * k / 5), LAT0 + 1e-3 * math.sin(4 * math.pi * k / 5))
                               for k in range(5)]),
        "not a number": closed([square[0], (math.nan, LAT0), square[2], square[3]]),
    }
    for name, ring in defective.items():
        assert unproven([ring]) == 1, name
    assert unproven([square[::-1] + [square[-1]]]) == 0  # the same square clockwise: proven


def test_rings_of_hundreds_of_vertices_prove_their_validity_and_their_areas_are_pyproj_s():
    """A digitised field or a district has hundreds of vertices: each proves its validity as a small
    field does (its one-way edges all counted), and its area stays within 1e-8 of pyproj's."""
    rings = []
    for count in (127, 128, 300, 1000):
        circle = [(LON0 + 2e-3 * math.cos(2 * math.pi * k / count), LAT0 + 1e-3 * math.sin(2 * math.pi * k / count))
                  for k in range(count)]
        rings += [closed(circle), closed(circle[::-1])]
    assert unproven(rings) == 0
    polygons = [Polygon(ring) for ring in rings]
    assert abs(measured_m2(polygons, [wkb(p) for p in polygons]) / oracle_m2(polygons) - 1) < 1e-8


def test_one_part_multipolygons_are_measured_as_their_polygons():
    """Layers typed MultiPolygon hold mostly one-part fields: these take the simple polygons' path (their
    validity proven in NumPy, not all left to GEOS), with the area of the polygons they hold; an
    unproven one comes back as it was given."""
    polygons = [SLIVER, TILTED, shapely.reverse(TILTED)]
    multis = [wkb(MultiPolygon([polygon])) for polygon in polygons]
    batch = AREAS.measure(multis)
    assert batch is not None and batch.unproven is not None  # the ring walk leaves everything to GEOS (None)
    assert all(member in multis for member in batch.unproven)
    assert abs(batch.area_m2 / oracle_m2(polygons) - 1) < 1e-8
    assert batch.area_m2 == AREAS.measure([wkb(polygon) for polygon in polygons]).area_m2
    areas, _ = AREAS.each(multis)
    assert areas.tolist() == AREAS.each([wkb(polygon) for polygon in polygons])[0].tolist()


@pytest.mark.parametrize("where", [0, 1, 2])
def test_a_one_part_multipolygon_anywhere_among_polygons_is_taken_as_its_polygon(where):
    """The members are looked at one by one only when one of them is a multipolygon, found from their
    joined bytes: one alone, first, in the middle or last, must still be found (the ring walk would
    leave the whole batch to GEOS: unproven None)."""
    polygons = [TILTED, shapely.reverse(TILTED), SLIVER]
    members = [wkb(polygon) for polygon in polygons]
    members[where] = wkb(MultiPolygon([polygons[where]]))
    batch = AREAS.measure(members)
    assert batch is not None and batch.unproven is not None
    assert batch.area_m2 == AREAS.measure([wkb(polygon) for polygon in polygons]).area_m2
    assert AREAS.each(members)[0].tolist() == AREAS.each([wkb(polygon) for polygon in polygons])[0].tolist()
