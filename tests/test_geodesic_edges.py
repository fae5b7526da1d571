"""The geodesic lenses of the batch area path (geodesic_edges): straight equal-area area + lenses =
pyproj's geodesic area, for every WKB form a batch can hold, and None for what it cannot serve."""

import struct
import sys

import pytest
import shapely
from engine_helpers import geodesic_area_m2
from pyproj import Transformer
from shapely.geometry import MultiPolygon, Polygon
from shapely.ops import transform

from vraem_analyst.plugin.core.geodesic_edges import EdgeLenses

WGS84_A, WGS84_B = 6378137.0, 6356752.314245179
EQUAL_AREA = Transformer.from_crs("EPSG:4326", f"+proj=cea +a={WGS84_A} +b={WGS84_B} +units=m", always_xy=True)
LENSES = EdgeLenses(WGS84_A, WGS84_B)

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
    lenses = LENSES.members_m2(b"".join(wkbs), len(wkbs))
    assert lenses is not None
    return straight_equal_area_m2(polygons) + lenses


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
    """Simple polygons are read at once by finding their headers' bytes; a vertex whose x ends and y
    begins with those bytes (tiny numbers, near 0, 0) must not be taken for one: the walk takes over."""
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
        assert LENSES.members_m2(b"".join(wkbs), len(wkbs)) is None


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
    assert LENSES.members_m2(wkb(SLIVER), 1) is None
    without = measure_total(layer).total_ha
    expected = oracle_m2([SLIVER, TILTED, FRAME]) / 10_000
    assert without == pytest.approx(expected, rel=1e-6)
    assert with_numpy == pytest.approx(expected, rel=1e-6)
