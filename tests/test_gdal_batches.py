"""Area totals of file layers read straight from GDAL (gdal_batches): the same figures as reading
through QGIS, checked against pyproj, and every case that must not take that path."""

import json

import pytest
from engine_helpers import geodesic_area_m2
from osgeo import ogr, osr
from qgis.core import QgsProject, QgsVectorLayer
from shapely import wkt as shapely_wkt
from shapely.geometry import MultiPolygon
from shapely.geometry import box as shapely_box
from shapely.validation import make_valid

from vraem_analyst.plugin.core import areas, gdal_batches
from vraem_analyst.plugin.core.errors import VraemError
from vraem_analyst.plugin.core.snapshot import LayerSnapshot

SIDE = 0.001  # about 110 m: touching squares share edges, as adjacent coca fields do
BOW_TIE = "POLYGON((-73 -11, -72.999 -10.999, -72.999 -11, -73 -10.999, -73 -11))"
EXTENSIONS = {"GPKG": "gpkg", "ESRI Shapefile": "shp", "GeoJSON": "geojson", "FlatGeobuf": "fgb"}


def field_shapes():
    """4,900 touching squares (three GDAL batches), one of them a two-part field."""
    shapes = [shapely_box(-74 + i * SIDE, -12 + j * SIDE, -74 + (i + 1) * SIDE, -12 + (j + 1) * SIDE)
              for i in range(70) for j in range(70)]
    shapes[2500] = MultiPolygon([shapely_box(-73.5, -12.5, -73.499, -12.499),
                                 shapely_box(-73.49, -12.5, -73.489, -12.499)])
    return shapes


def write_with_ogr(path, driver, wkts, geometry_type=ogr.wkbPolygon):
    """A file written by GDAL itself (not by QGIS), EPSG:4326, with a text field; None = no geometry.

    In a MultiPolygon layer every polygon is written as a one-part multipolygon."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = dataset.CreateLayer("fields", srs, geometry_type)
    layer.CreateField(ogr.FieldDefn("status", ogr.OFTString))
    layer.StartTransaction()
    for i, text in enumerate(wkts):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("status", "planned" if i % 2 else "done")
        if text is not None:
            geometry = ogr.CreateGeometryFromWkt(text)
            if geometry_type == ogr.wkbMultiPolygon:
                geometry = ogr.ForceToMultiPolygon(geometry)
            feature.SetGeometry(geometry)
        assert layer.CreateFeature(feature) == 0
    layer.CommitTransaction()
    dataset = None  # closes and flushes the file
    return path


def file_layer(path, uri_suffix=""):
    layer = QgsVectorLayer(f"{path}{uri_suffix}", "fields", "ogr")
    assert layer.isValid(), path
    return layer


def oracle_m2(wkts):
    total = 0.0
    for text in wkts:
        if text is not None:
            total += geodesic_area_m2(make_valid(shapely_wkt.loads(text)))
    return total


@pytest.mark.parametrize("driver", sorted(EXTENSIONS))
def test_file_layer_totals_read_by_gdal_match_qgis_and_pyproj(qgis_app, tmp_path, driver):
    wkts = [shape.wkt for shape in field_shapes()] + [BOW_TIE]
    geometry_type = ogr.wkbPolygon
    if driver == "FlatGeobuf":  # no feature without geometry, one geometry type: every field a multipolygon
        geometry_type = ogr.wkbMultiPolygon
    else:
        wkts.append(None)
    path = write_with_ogr(tmp_path / f"fields.{EXTENSIONS[driver]}", driver, wkts, geometry_type)
    layer = file_layer(path)
    assert gdal_batches.wkb_batches(layer, 100) is not None  # this layer takes the GDAL path

    from_gdal = areas.compute_areas(layer, project=QgsProject(), keep_rows=False)
    through_qgis = areas.compute_areas(LayerSnapshot(layer), project=QgsProject(), keep_rows=False)

    assert from_gdal.total_ha == pytest.approx(oracle_m2(wkts) / 10_000, rel=1e-6)
    # not bit-equal: QGIS's reading sends the batch with the two-part field feature by feature
    assert from_gdal.total_ha == pytest.approx(through_qgis.total_ha, rel=1e-9)
    assert from_gdal.feature_count == through_qgis.feature_count == layer.featureCount()
    assert from_gdal.repaired == through_qgis.repaired == 1
    assert from_gdal.null_geometries == through_qgis.null_geometries == wkts.count(None)


def test_empty_geometries_and_z_polygons_from_a_geopackage(qgis_app, tmp_path):
    ring = "(-74 -12 5, -73.999 -12 5, -73.999 -11.999 6, -74 -11.999 6, -74 -12 5)"
    wkts = [f"POLYGON Z ({ring})", "POLYGON Z EMPTY", None, f"MULTIPOLYGON Z (({ring}))"]
    layer = file_layer(write_with_ogr(tmp_path / "z.gpkg", "GPKG", wkts, ogr.wkbMultiPolygon25D))
    summary = areas.compute_areas(layer, project=QgsProject(), keep_rows=False)
    one = geodesic_area_m2(shapely_box(-74, -12, -73.999, -11.999))
    assert summary.feature_count == 4 and summary.null_geometries == 2
    assert summary.total_ha == pytest.approx(2 * one / 10_000, rel=1e-6)


def test_layers_that_are_not_plain_files_are_read_through_qgis(qgis_app, tmp_path):
    wkts = [shape.wkt for shape in field_shapes()[:50]]
    path = write_with_ogr(tmp_path / "fields.gpkg", "GPKG", wkts)
    memory = QgsVectorLayer("Polygon?crs=EPSG:4326", "memory", "memory")
    filtered = file_layer(path)
    filtered.setSubsetString("status = 'done'")
    typed = file_layer(path, "|layername=fields|geometrytype=Polygon")
    sqlite = file_layer(write_with_ogr(tmp_path / "fields.sqlite", "SQLite", wkts))  # not in DRIVERS
    for layer in (memory, filtered, typed, sqlite):
        assert gdal_batches.wkb_batches(layer, 100) is None, layer.source()
    assert gdal_batches.wkb_batches(LayerSnapshot(file_layer(path)), 100) is None

    # what QGIS shows is what gets measured: the subset, and unsaved edits
    done = [text for i, text in enumerate(wkts) if i % 2 == 0]
    assert areas.compute_areas(filtered, project=QgsProject(), keep_rows=False).total_ha == \
        pytest.approx(oracle_m2(done) / 10_000, rel=1e-6)
    editing = file_layer(path)
    assert editing.startEditing()
    assert editing.deleteFeature(next(editing.getFeatures()).id())
    assert gdal_batches.wkb_batches(editing, 100) is None
    summary = areas.compute_areas(editing, project=QgsProject(), keep_rows=False)
    assert summary.feature_count == 49
    assert summary.total_ha == pytest.approx(oracle_m2(wkts[1:]) / 10_000, rel=1e-6)
    editing.rollBack()


def test_a_file_that_shrank_under_qgis_is_an_error_not_a_smaller_total(qgis_app, tmp_path):
    """QGIS counted the features when it opened the file; if GDAL then reads fewer, say so."""
    path = tmp_path / "fields.geojson"
    wkts = [shape.wkt for shape in field_shapes()[:30]]
    write_with_ogr(path, "GeoJSON", wkts)
    layer = file_layer(path)
    assert layer.featureCount() == 30
    collection = json.loads(path.read_text(encoding="utf-8"))
    collection["features"] = collection["features"][:20]
    path.write_text(json.dumps(collection), encoding="utf-8")
    with pytest.raises(VraemError, match="20 of the 30 features"):
        areas.compute_areas(layer, project=QgsProject(), keep_rows=False)


def test_cancelling_while_gdal_reads_raises_and_returns_nothing(qgis_app, tmp_path):
    from qgis.core import QgsFeedback

    layer = file_layer(write_with_ogr(tmp_path / "fields.gpkg", "GPKG", [s.wkt for s in field_shapes()]))
    assert gdal_batches.wkb_batches(layer, 100) is not None
    feedback = QgsFeedback()
    progress = []

    def cancel_after_first_batch(value):
        progress.append(value)
        if value > 0:
            feedback.cancel()

    feedback.progressChanged.connect(cancel_after_first_batch)
    with pytest.raises(areas.AnalysisCanceled):
        areas.compute_areas(layer, project=QgsProject(), keep_rows=False, feedback=feedback)
    assert 0 < max(progress) < 100
