"""Areas: ellipsoidal, whatever the CRS, checked against pyproj.Geod (independent oracle)."""

import json

import pytest
from engine_helpers import (
    QSTRING,
    field_ring,
    from_lonlat,
    geodesic_area_m2,
    memory_layer,
    to_lonlat,
)
from qgis.core import QgsGeometry, QgsProject, QgsVectorLayer
from shapely import wkt as shapely_wkt
from shapely.geometry import box as shapely_box
from shapely.validation import make_valid

from vraem_analyst.plugin.core import areas, measuring
from vraem_analyst.plugin.core.errors import VraemError
from vraem_analyst.plugin.core.totals import measure_total

CRSS = ["EPSG:4326", "EPSG:32717", "EPSG:32718", "EPSG:32719", "EPSG:3857"]
# field centres spread over Peru, from the north coast (zone 17) to the Bolivian border (zone 19)
CENTRES = [(-80.6, -5.2), (-76.2, -9.9), (-74.0, -12.4), (-73.6, -12.9), (-70.1, -15.8), (-69.2, -12.6)]


def synthetic_fields():
    fields = []
    for i, (lon, lat) in enumerate(CENTRES):
        for j, hectares in enumerate((0.1, 0.7, 2.0, 35.0)):
            fields.append(field_ring(lon + 0.01 * j, lat + 0.01 * i, hectares, vertices=5 + j, twist=0.3 * i))
    return fields


def test_distance_area_uses_wgs84_when_project_has_no_ellipsoid(qgis_app):
    project = QgsProject()
    project.setEllipsoid("NONE")
    measurer = measuring.distance_area(QgsProject.instance().crs().fromEpsgId(4326), project)
    assert measurer.willUseEllipsoid()
    assert measurer.ellipsoid() == "EPSG:7030"
    project.setCrs(project.crs().fromEpsgId(32718))  # a project without CRS reports ellipsoid NONE
    project.setEllipsoid("EPSG:7019")  # GRS 80
    assert measuring.distance_area(project.crs().fromEpsgId(32718), project).ellipsoid() == "EPSG:7019"


@pytest.mark.parametrize("crs", CRSS)
def test_synthetic_fields_match_geod_in_every_crs(qgis_app, crs):
    lonlat = synthetic_fields()
    projected = [from_lonlat(polygon, crs) for polygon in lonlat]
    layer = memory_layer("Polygon", crs, [p.wkt for p in projected])
    summary = areas.compute_areas(layer, project=QgsProject())
    assert summary.feature_count == len(lonlat)
    worst = 0.0
    for row, polygon in zip(summary.rows, projected):
        # the oracle measures the very coordinates the layer holds, brought back to lon/lat by pyproj
        expected_ha = geodesic_area_m2(to_lonlat(polygon, crs)) / 10_000
        worst = max(worst, abs(row.area_ha / expected_ha - 1))
    assert worst < 0.001, f"worst relative difference {worst:.2e} in {crs}"
    expected_total = sum(geodesic_area_m2(to_lonlat(p, crs)) for p in projected) / 10_000
    assert summary.total_ha == pytest.approx(expected_total, rel=1e-3)
    assert summary.total_km2 == pytest.approx(summary.total_ha / 100)
    assert summary.ellipsoid == "EPSG:7030"


def vraem_districts(shared_data, department_names=("AYACUCHO", "CUSCO", "JUNIN", "APURIMAC", "HUANCAVELICA")):
    """The real INEI 2007 districts of the VRAEM departments, as lon/lat shapely polygons."""
    data = json.loads((shared_data / "peru_distrital_simple.geojson").read_text(encoding="utf-8"))
    from shapely.geometry import shape

    polygons = []
    for feature in data["features"]:
        props = feature["properties"]
        if feature["geometry"] is None or props["NOMBDEP"] not in department_names:
            continue
        polygons.append((props["NOMBDIST"], shape(feature["geometry"])))
    return polygons


@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:32718", "EPSG:3857"])
def test_real_districts_match_geod(qgis_app, shared_data, crs):
    districts = vraem_districts(shared_data)[:150]
    projected = [(name, from_lonlat(polygon, crs)) for name, polygon in districts]
    layer = memory_layer("MultiPolygon", crs, [p.wkt for _, p in projected], fields=[("name", QSTRING)],
                         attributes=[[name] for name, _ in projected])
    summary = areas.compute_areas(layer, group_field="name", project=QgsProject())
    worst = 0.0
    for row, (_name, polygon) in zip(summary.rows, projected):
        expected = geodesic_area_m2(make_valid(to_lonlat(polygon, crs))) / 10_000
        worst = max(worst, abs(row.area_ha / expected - 1))
    assert worst < 0.001, f"worst relative difference {worst:.2e} on real districts in {crs}"


def test_districts_file_read_by_qgis_matches_geod(qgis_app, shared_data):
    layer = QgsVectorLayer(str(shared_data / "peru_distrital_simple.geojson"), "districts", "ogr")
    layer.setSubsetString("\"NOMBDEP\" = 'AYACUCHO'")
    summary = areas.compute_areas(layer, project=QgsProject())
    expected = sum(geodesic_area_m2(make_valid(p)) for _, p in vraem_districts(shared_data, ("AYACUCHO",)))
    assert summary.total_ha == pytest.approx(expected / 10_000, rel=1e-3)
    assert summary.null_geometries == 0


def test_zone_clip_districts_and_groups(qgis_app):
    # two 1 km² squares in UTM 18S: one across the zone edge, one outside
    crs = "EPSG:32718"
    inside_half = shapely_box(600_000, 8_600_000, 601_000, 8_601_000)
    outside = shapely_box(650_000, 8_600_000, 651_000, 8_601_000)
    zone_lonlat = to_lonlat(shapely_box(590_000, 8_590_000, 600_500, 8_610_000), crs)
    layer = memory_layer("Polygon", crs, [inside_half.wkt, outside.wkt], fields=[("status", QSTRING)],
                         attributes=[["planned"], ["done"]])
    zone = memory_layer("Polygon", "EPSG:4326", [zone_lonlat.wkt], name="zone")
    zone.setCustomProperty(measuring.APPROXIMATE_PROPERTY, "true")
    west = to_lonlat(shapely_box(590_000, 8_590_000, 600_250, 8_610_000), crs)
    east = to_lonlat(shapely_box(600_250, 8_590_000, 700_000, 8_610_000), crs)
    districts = memory_layer("Polygon", "EPSG:4326", [west.wkt, east.wkt], fields=[("name", QSTRING)],
                             attributes=[["West"], ["East"]], name="districts")
    summary = areas.compute_areas(layer, zone=zone, districts=districts, district_field="name",
                                  group_field="status", project=QgsProject())
    clipped = to_lonlat(inside_half, crs).intersection(zone_lonlat)
    assert summary.inside_zone_ha == pytest.approx(geodesic_area_m2(clipped) / 10_000, rel=1e-3)
    assert summary.rows[1].inside_zone_ha == 0.0
    assert summary.zone_approximate is True
    expected_west = geodesic_area_m2(to_lonlat(inside_half, crs).intersection(west)) / 10_000
    assert summary.by_district["West"] == pytest.approx(expected_west, rel=1e-3)
    assert summary.rows[0].district == "East"  # 750 m of the 1,000 m lie east
    assert summary.rows[1].district == "East"
    assert set(summary.by_group) == {"planned", "done"}
    assert summary.by_group["done"] == pytest.approx(geodesic_area_m2(to_lonlat(outside, crs)) / 10_000, rel=1e-3)
    assert sum(summary.by_group.values()) == pytest.approx(summary.total_ha)


def test_null_and_invalid_geometries_are_counted_not_dropped(qgis_app):
    bow_tie = "POLYGON((-74 -12, -73.99 -11.99, -73.99 -12, -74 -11.99, -74 -12))"
    square = "POLYGON((-74 -12, -73.99 -12, -73.99 -11.99, -74 -11.99, -74 -12))"
    layer = memory_layer("Polygon", "EPSG:4326", [square, bow_tie, None])
    before = [f.geometry().asWkt() for f in layer.getFeatures()]
    summary = areas.compute_areas(layer, project=QgsProject())
    assert summary.feature_count == 3 and len(summary.rows) == 3
    assert summary.null_geometries == 1 and summary.rows[2].null_geometry
    assert summary.repaired == 1 and summary.rows[1].repaired
    expected_bow_tie = geodesic_area_m2(make_valid(shapely_wkt.loads(bow_tie))) / 10_000
    assert summary.rows[1].area_ha == pytest.approx(expected_bow_tie, rel=1e-3)
    assert any("repaired" in message for message in summary.messages)
    assert [f.geometry().asWkt() for f in layer.getFeatures()] == before  # the user's data is untouched
    totals_only = measure_total(layer, project=QgsProject())
    assert totals_only.rows == [] and totals_only.total_ha == pytest.approx(summary.total_ha)
    assert totals_only.repaired == 1 and totals_only.null_geometries == 1


# a two-part field whose parts overlap: repaired
OVERLAPPING_PARTS = "MULTIPOLYGON(((-73.5 -12.5, -73.498 -12.5, -73.498 -12.498, -73.5 -12.498, -73.5 -12.5)),"\
                    "((-73.499 -12.5, -73.497 -12.5, -73.497 -12.498, -73.499 -12.498, -73.499 -12.5)))"


def test_totals_read_through_qgis_never_merge_a_null_and_a_multipolygon(qgis_app):
    """A null and a two-part field in one batch read through QGIS are told apart (collecting the batch's
    geometries into one MultiPolygon, as before, dropped the null and split the field, so their counts
    cancelled out): the null counts as no geometry, the two overlapping parts are repaired."""
    squares = [shapely_box(-74 + i * 0.001, -12, -74 + (i + 1) * 0.001, -11.999).wkt for i in range(5)]
    layer = memory_layer("Polygon", "EPSG:4326", squares + [OVERLAPPING_PARTS, None])
    totals = measure_total(layer, project=QgsProject())
    rows = areas.compute_areas(layer, project=QgsProject())
    expected = sum(geodesic_area_m2(shapely_wkt.loads(wkt)) for wkt in squares)
    expected += geodesic_area_m2(make_valid(shapely_wkt.loads(OVERLAPPING_PARTS)))
    assert totals.total_ha == pytest.approx(expected / 10_000, rel=1e-6)
    assert totals.total_ha == pytest.approx(rows.total_ha, rel=1e-9)
    assert (totals.null_geometries, totals.repaired) == (rows.null_geometries, rows.repaired) == (1, 1)


def test_totals_of_a_multipolygon_layer_read_through_qgis(qgis_app):
    """Memory and database layers are often MultiPolygon: one-part fields are measured in batches,
    an empty one counts as no geometry and a two-part field whose parts overlap is repaired."""
    squares = [f"MULTIPOLYGON((({-74 + i * 0.001} -12, {-73.999 + i * 0.001} -12, {-73.999 + i * 0.001} -11.999, "
               f"{-74 + i * 0.001} -11.999, {-74 + i * 0.001} -12)))" for i in range(3000)]
    layer = memory_layer("MultiPolygon", "EPSG:4326", squares[:10] + ["MULTIPOLYGON EMPTY"] + squares[10:2500]
                         + [OVERLAPPING_PARTS] + squares[2500:])
    totals = measure_total(layer, project=QgsProject())
    rows = areas.compute_areas(layer, project=QgsProject())
    expected = sum(geodesic_area_m2(shapely_wkt.loads(wkt)) for wkt in squares)
    expected += geodesic_area_m2(make_valid(shapely_wkt.loads(OVERLAPPING_PARTS)))
    assert totals.total_ha == pytest.approx(expected / 10_000, rel=1e-6)
    assert totals.total_ha == pytest.approx(rows.total_ha, rel=1e-9)
    assert (totals.feature_count, totals.null_geometries, totals.repaired) == (
        rows.feature_count, rows.null_geometries, rows.repaired) == (3002, 1, 1)


def test_an_invalid_field_among_proven_ones_is_repaired_alone(qgis_app, tmp_path):
    """Fields prove their own validity in their batch (wkb_areas); a bow-tie among them cannot, and
    GEOS finds it invalid: it alone is repaired and measured one by one, the others keep their batch
    figure, through QGIS and read by GDAL alike."""
    from osgeo import ogr, osr

    squares = [shapely_box(-74 + i * 0.001, -12, -73.9995 + i * 0.001, -11.9995).wkt for i in range(3000)]
    bow_tie = "POLYGON((-73.5 -12.5, -73.498 -12.498, -73.498 -12.5, -73.5 -12.498, -73.5 -12.5))"
    wkts = squares[:1000] + [bow_tie] + squares[1000:]
    expected = (sum(geodesic_area_m2(shapely_wkt.loads(wkt)) for wkt in squares)
                + geodesic_area_m2(make_valid(shapely_wkt.loads(bow_tie)))) / 10_000
    path = tmp_path / "fields.gpkg"
    lon_lat = osr.SpatialReference()
    lon_lat.ImportFromEPSG(4326)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    table = source.CreateLayer("fields", lon_lat, geom_type=ogr.wkbPolygon)
    for wkt in wkts:
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        table.CreateFeature(feature)
    source = None
    for layer in (memory_layer("Polygon", "EPSG:4326", wkts), QgsVectorLayer(str(path), "fields", "ogr")):
        totals = measure_total(layer, project=QgsProject())
        assert totals.total_ha == pytest.approx(expected, rel=1e-9)
        assert (totals.feature_count, totals.repaired, totals.null_geometries) == (3001, 1, 0)


def test_a_polygon_collapsed_to_a_line_is_repaired_to_nothing(qgis_app):
    flat = "POLYGON((-74 -12, -73.5 -11.5, -73 -11, -74 -12))"  # three collinear corners
    square = "POLYGON((-74 -12, -73.99 -12, -73.99 -11.99, -74 -11.99, -74 -12))"
    original = memory_layer("Polygon", "EPSG:4326", [flat]).getFeature(1).geometry()
    repaired, was_repaired = measuring.repaired_geometry(original)
    assert was_repaired and repaired.isEmpty()
    assert original.asWkt(2) == "Polygon ((-74 -12, -73.5 -11.5, -73 -11, -74 -12))"  # unchanged
    summary = areas.compute_areas(memory_layer("Polygon", "EPSG:4326", [square, flat]), project=QgsProject())
    assert summary.repaired == 1 and summary.rows[1].area_ha == 0.0
    assert summary.total_ha == pytest.approx(geodesic_area_m2(shapely_wkt.loads(square)) / 10_000, rel=1e-6)


SQUARE = "POLYGON((-74 -12, -73.99 -12, -73.99 -11.99, -74 -11.99, -74 -12))"
SPIKE = "POLYGON((-78 -4, -70 -16, -74 -10, -78 -4))"  # a ring running back on itself: no planar area
# What makeValid may return for a collapsed polygon, depending on the GEOS version (3.11 gives the
# MultiLineString, 3.15 a bare LineString), and the same with a surviving part beside it.
MAKE_VALID_REMAINDERS = [
    ("LINESTRING(-78 -4, -70 -16)", 0),
    ("LINESTRING(-78 -4, -70 -16, -74 -10, -78 -4)", 0),
    ("MULTILINESTRING((-78 -4, -74 -10),(-74 -10, -70 -16))", 0),
    ("POINT(-74 -10)", 0),
    ("MULTIPOINT((-78 -4),(-70 -16))", 0),
    ("GEOMETRYCOLLECTION(LINESTRING(-78 -4, -70 -16), POINT(-74 -10))", 0),
    ("GEOMETRYCOLLECTION(GEOMETRYCOLLECTION(LINESTRING(-78 -4, -70 -16)), MULTIPOINT((-74 -10)))", 0),
    ("GEOMETRYCOLLECTION EMPTY", 0),
    ("POLYGON EMPTY", 0),
    (SPIKE, 0),
    ("MULTIPOLYGON(((-78 -4, -70 -16, -74 -10, -78 -4)))", 0),
    ("POLYGON((-76 -10, -72 -10, -72 -10, -76 -10))", 0),
    (f"GEOMETRYCOLLECTION({SQUARE}, LINESTRING(-78 -4, -70 -16))", 1),
    (f"GEOMETRYCOLLECTION({SPIKE}, GEOMETRYCOLLECTION({SQUARE}, POINT(-74 -10)))", 1),
    (f"MULTIPOLYGON((({SQUARE[9:-2]})),(({SPIKE[9:-2]})))", 1),
]


@pytest.mark.parametrize("remainder, squares", MAKE_VALID_REMAINDERS)
def test_whatever_make_valid_returns_only_real_polygons_are_measured(qgis_app, remainder, squares):
    """A collapsed polygon measured 1,230,907 ha on GEOS 3.15 (makeValid returned a LineString, not a
    MultiLineString). Each shape GEOS may return goes through the repair's dimension filter and is
    measured on the ellipsoid, by the fast and the general path: only the real square counts. A
    collapsed ring kept as a polygon measured 659,628 ha before (geodesic edges enclose an area)."""
    from qgis.core import Qgis, QgsCoordinateReferenceSystem

    kept = measuring.same_dimension_part(QgsGeometry.fromWkt(remainder), Qgis.GeometryType.Polygon)
    assert kept.isEmpty() == (squares == 0)
    assert kept.isEmpty() or kept.type() == Qgis.GeometryType.Polygon
    expected_m2 = squares * geodesic_area_m2(shapely_wkt.loads(SQUARE))
    measurer = measuring.AreaMeasurer(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject())
    assert measurer.area_m2(kept) == pytest.approx(expected_m2, rel=1e-4, abs=1e-9)
    assert measurer.distance_area.measureArea(kept) == pytest.approx(expected_m2, rel=1e-6, abs=1e-9)


def test_a_geometry_repaired_to_nothing_measures_zero_on_every_path(qgis_app):
    """The GEOS 3.15 case itself: its LineString left the repair a null geometry, whose planar area()
    is -1; the small-field path took it as 1 square degree: 1,230,907 ha at 11.5° S."""
    from qgis.core import QgsCoordinateReferenceSystem

    for crs in ("EPSG:4326", "EPSG:32718"):
        measurer = measuring.AreaMeasurer(QgsCoordinateReferenceSystem(crs), QgsProject())
        for nothing in (QgsGeometry(), QgsGeometry.fromWkt("POLYGON EMPTY"),
                        QgsGeometry.fromWkt("MULTIPOLYGON EMPTY")):
            assert measurer.area_m2(nothing) == 0.0


def test_repair_keeps_lines_and_points_of_their_own_dimension(qgis_app):
    from qgis.core import Qgis

    tangle = QgsGeometry.fromWkt("GEOMETRYCOLLECTION(LINESTRING(-74 -12, -73 -13), POINT(-74 -12), "
                                 f"{SQUARE}, LINESTRING(-72 -12, -71 -12))")
    lines = measuring.same_dimension_part(tangle, Qgis.GeometryType.Line)
    assert lines.wkbType() == Qgis.WkbType.MultiLineString and lines.constGet().numGeometries() == 2
    points = measuring.same_dimension_part(tangle, Qgis.GeometryType.Point)
    assert points.asWkt() == "Point (-74 -12)"


def test_empty_layer_gives_zero(qgis_app):
    summary = areas.compute_areas(memory_layer("Polygon", "EPSG:4326", []), project=QgsProject())
    assert summary.feature_count == 0 and summary.total_ha == 0.0


def test_bad_input_is_refused_with_a_message(qgis_app):
    square = "POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))"
    with pytest.raises(VraemError, match="coordinate reference system"):
        areas.compute_areas(memory_layer("Polygon", None, [square], name="nocrs"))
    with pytest.raises(VraemError, match="polygons"):
        areas.compute_areas(memory_layer("Point", "EPSG:4326", ["POINT(0 0)"]))
    with pytest.raises(VraemError, match="not in the layer"):
        areas.compute_areas(memory_layer("Polygon", "EPSG:4326", [square]), group_field="plan_year")


def test_cancel_raises_and_returns_nothing(qgis_app):
    from qgis.core import QgsFeedback

    feedback = QgsFeedback()
    feedback.cancel()
    layer = memory_layer("Polygon", "EPSG:4326", ["POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))"])
    with pytest.raises(measuring.AnalysisCanceled):
        areas.compute_areas(layer, feedback=feedback)


def test_totals_in_batches_match_the_geodesic_oracle(qgis_app):
    """The totals-only path measures batches of fields at once: touching fields, a multi-part field
    and a bow-tie inside a batch must still come out as the sum of the pyproj areas."""
    from shapely.geometry import MultiPolygon

    side = 0.001  # about 110 m: touching squares share edges, as adjacent coca fields do
    shapes = [shapely_box(-74 + i * side, -12 + j * side, -74 + (i + 1) * side, -12 + (j + 1) * side)
              for i in range(70) for j in range(70)]
    shapes[2500] = MultiPolygon([shapely_box(-73.5, -12.5, -73.499, -12.499),
                                 shapely_box(-73.49, -12.5, -73.489, -12.499)])
    bow_tie = "POLYGON((-73 -11, -72.999 -10.999, -72.999 -11, -73 -10.999, -73 -11))"
    wkts = [shape.wkt for shape in shapes] + [bow_tie]
    layer = memory_layer("Polygon", "EPSG:4326", wkts)
    summary = measure_total(layer, project=QgsProject())
    expected = sum(geodesic_area_m2(shape) for shape in shapes)
    expected += geodesic_area_m2(make_valid(shapely_wkt.loads(bow_tie)))
    assert summary.feature_count == len(wkts)
    assert summary.repaired == 1
    assert summary.total_ha == pytest.approx(expected / 10_000, rel=1e-6)
