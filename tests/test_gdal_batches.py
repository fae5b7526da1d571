"""Area totals of file layers read straight from GDAL (gdal_batches): the same figures as reading
through QGIS, checked against pyproj, and every case that must not take that path."""

import json
import os
import subprocess  # nosec B404 (a fresh interpreter, as a user's QGIS is)
import sys

import pytest
from engine_helpers import geodesic_area_m2
from osgeo import ogr, osr
from qgis.core import QgsProject, QgsVectorLayer
from shapely import wkt as shapely_wkt
from shapely.geometry import MultiPolygon
from shapely.geometry import box as shapely_box
from shapely.validation import make_valid

from vraem_analyst.plugin.core import gdal_batches, measuring
from vraem_analyst.plugin.core.snapshot import LayerSnapshot
from vraem_analyst.plugin.core.totals import measure_total

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
    """A file written by GDAL itself (not by QGIS), EPSG:4326, with a text field.

    wkts: WKT, ogr.Geometry or None (no geometry).

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
            geometry = ogr.CreateGeometryFromWkt(text) if isinstance(text, str) else text
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
        if isinstance(text, str):
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

    from_gdal = measure_total(layer, project=QgsProject())
    through_qgis = measure_total(LayerSnapshot(layer), project=QgsProject())

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
    summary = measure_total(layer, project=QgsProject())
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
    two_layers = tmp_path / "two.gpkg"
    write_with_ogr(two_layers, "GPKG", wkts)
    dataset = ogr.Open(str(two_layers), update=1)
    dataset.CreateLayer("other", dataset.GetLayer(0).GetSpatialRef(), ogr.wkbPolygon)
    dataset = None
    by_index = file_layer(two_layers, "|layerid=1")  # an index is not trusted in a file of two layers
    for layer in (memory, filtered, typed, sqlite, by_index):
        assert gdal_batches.wkb_batches(layer, 100) is None, layer.source()
    assert gdal_batches.wkb_batches(LayerSnapshot(file_layer(path)), 100) is None

    # what QGIS shows is what gets measured: the subset, and unsaved edits
    done = [text for i, text in enumerate(wkts) if i % 2 == 0]
    assert measure_total(filtered, project=QgsProject()).total_ha == \
        pytest.approx(oracle_m2(done) / 10_000, rel=1e-6)
    editing = file_layer(path)
    assert editing.startEditing()
    assert editing.deleteFeature(next(editing.getFeatures()).id())
    assert gdal_batches.wkb_batches(editing, 100) is None
    summary = measure_total(editing, project=QgsProject())
    assert summary.feature_count == 49
    assert summary.total_ha == pytest.approx(oracle_m2(wkts[1:]) / 10_000, rel=1e-6)
    editing.rollBack()


def test_a_file_gdal_fails_to_read_midway_is_read_through_qgis(qgis_app, tmp_path):
    """A shapefile cut short: GDAL reports read errors halfway; the figures are those QGIS reads, and
    the fallback is said in the log."""
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):
            self.warnings.append(text)

    path = write_with_ogr(tmp_path / "cut.shp", "ESRI Shapefile", [s.wkt for s in field_shapes()[:30]])
    path.write_bytes(path.read_bytes()[:-300])  # the last records lose their bytes
    layer = file_layer(path)
    with pytest.raises(gdal_batches.ReadFailed):
        for _batch in gdal_batches.wkb_batches(layer, 10):
            pass
    feedback = Feedback()
    summary = measure_total(layer, project=QgsProject(), feedback=feedback)
    through_qgis = measure_total(LayerSnapshot(layer), project=QgsProject())
    assert any("read through QGIS instead" in text for text in feedback.warnings)
    assert summary.total_ha == through_qgis.total_ha and summary.total_ha > 0
    assert summary.feature_count == through_qgis.feature_count == 30
    assert summary.null_geometries == through_qgis.null_geometries > 0


def test_another_layer_editing_the_same_file_does_not_confuse_the_count(qgis_app, tmp_path):
    """QGIS's feature count of a layer is cached: after another layer on the same file deletes a
    feature, both ways of reading see 99 features."""
    path = write_with_ogr(tmp_path / "fields.gpkg", "GPKG", [s.wkt for s in field_shapes()[:100]])
    measured, editor = file_layer(path), file_layer(path)
    assert measured.featureCount() == 100
    assert editor.startEditing() and editor.deleteFeature(next(editor.getFeatures()).id()) and editor.commitChanges()
    from_gdal = measure_total(measured, project=QgsProject())
    through_qgis = measure_total(LayerSnapshot(measured), project=QgsProject())
    assert from_gdal.feature_count == through_qgis.feature_count == 99
    assert from_gdal.total_ha == pytest.approx(through_qgis.total_ha, rel=1e-9)


def test_geometries_without_coordinates_count_as_null_both_ways(qgis_app, tmp_path):
    empty_part = ogr.Geometry(ogr.wkbMultiPolygon)
    empty_part.AddGeometry(ogr.Geometry(ogr.wkbPolygon))  # a multipolygon of one empty polygon
    empty_ring = ogr.Geometry(ogr.wkbPolygon)
    empty_ring.AddGeometry(ogr.Geometry(ogr.wkbLinearRing))  # a polygon whose one ring has no point
    squares = [s.wkt for s in field_shapes()[:5]]
    layer = file_layer(write_with_ogr(tmp_path / "empty.gpkg", "GPKG", squares + [empty_part, empty_ring]))
    from_gdal = measure_total(layer, project=QgsProject())
    through_qgis = measure_total(LayerSnapshot(layer), project=QgsProject())
    assert from_gdal.null_geometries == through_qgis.null_geometries == 2
    assert from_gdal.total_ha == pytest.approx(oracle_m2(squares) / 10_000, rel=1e-6)
    assert through_qgis.total_ha == pytest.approx(from_gdal.total_ha, rel=1e-9)


def test_a_gdal_without_numpy_support_falls_back_to_qgis(qgis_app, tmp_path, monkeypatch):
    """GDAL built for another NumPy fails to import gdal_array: the layer is read through QGIS."""
    import sys

    import osgeo

    wkts = [s.wkt for s in field_shapes()[:20]]
    layer = file_layer(write_with_ogr(tmp_path / "fields.gpkg", "GPKG", wkts))
    monkeypatch.setitem(sys.modules, "osgeo.gdal_array", None)  # makes importing osgeo.gdal_array fail
    monkeypatch.delattr(osgeo, "gdal_array", raising=False)
    assert gdal_batches.wkb_batches(layer, 10) is None
    summary = measure_total(layer, project=QgsProject())
    assert summary.total_ha == pytest.approx(oracle_m2(wkts) / 10_000, rel=1e-6)


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
    with pytest.raises(measuring.AnalysisCanceled):
        measure_total(layer, project=QgsProject(), feedback=feedback)
    assert 0 < max(progress) < 100


_FRESH_SCRIPT = r"""
import json, sys, warnings
warnings.simplefilter("error", FutureWarning)  # GDAL >= 3.9 warns a program that never said how it wants errors
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, "/usr/share/qgis/python/plugins")
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
app = QgsApplication([], False); app.initQgis()
if sys.argv[3] == "processing":  # as in QGIS's window: its GDAL provider turns GDAL's exceptions on for all
    from processing.core.Processing import Processing
    Processing.initialize()
from osgeo import gdal
before = gdal.GetUseExceptions()
from vraem_analyst.plugin.core import gdal_batches
from vraem_analyst.plugin.core.snapshot import LayerSnapshot
from vraem_analyst.plugin.core.totals import measure_total
layer = QgsVectorLayer(sys.argv[2], "fields", "ogr")
batches = gdal_batches.wkb_batches(layer, 100)  # None: the warning (an error here) sent it through QGIS
try:
    read = None if batches is None else sum(len(batch) for batch in batches)
except gdal_batches.ReadFailed:
    read = "failed"
summary = measure_total(layer, project=QgsProject())
through_qgis = measure_total(LayerSnapshot(layer), project=QgsProject())
del layer, batches  # closing the file is where a failed read had left a crash
print(json.dumps({"read_by_gdal": read, "features": [summary.feature_count, through_qgis.feature_count],
                  "hectares": [summary.total_ha, through_qgis.total_ha], "before": before,
                  "after": gdal.GetUseExceptions()}))
"""


def _in_a_fresh_qgis(tmp_path, path, start):
    import conftest

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))
    result = subprocess.run([sys.executable, "-c", _FRESH_SCRIPT, str(conftest._IMPORT_ROOT), str(path), start],  # nosec B603
                            env=env, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_gdal_reads_without_warning_nor_changing_how_gdal_reports_errors(tmp_path):
    """A plugin must neither leave GDAL's error mode unsaid (GDAL >= 3.9 warns at the first call:
    FutureWarning, made an error here, which would also send the layer through QGIS) nor change it for
    QGIS and the other plugins; in a fresh interpreter, as a user's QGIS is."""
    path = write_with_ogr(tmp_path / "fields.gpkg", "GPKG", [s.wkt for s in field_shapes()[:250]])
    answer = _in_a_fresh_qgis(tmp_path, path, "bare")
    assert answer["read_by_gdal"] == 250 and answer["features"] == [250, 250]
    assert answer["hectares"][0] == pytest.approx(answer["hectares"][1], rel=1e-9)
    assert answer["after"] == answer["before"]


def test_a_file_cut_short_with_processing_loaded_is_read_through_qgis_without_a_crash(tmp_path):
    """QGIS's window loads Processing, whose GDAL provider turns GDAL's exceptions on for everyone, and a
    shapefile cut short makes GDAL fail midway: the figures are QGIS's, nothing crashes as the file
    closes (raising in our calls alone did crash QGIS 3.44 there), and GDAL's mode stays as Processing
    set it."""
    path = write_with_ogr(tmp_path / "cut.shp", "ESRI Shapefile", [s.wkt for s in field_shapes()[:30]])
    path.write_bytes(path.read_bytes()[:-300])  # the last records lose their bytes
    answer = _in_a_fresh_qgis(tmp_path, path, "processing")
    assert answer["before"] == answer["after"] == 1  # Processing said: exceptions
    assert answer["read_by_gdal"] == "failed" and answer["features"] == [30, 30]
    assert answer["hectares"][0] == answer["hectares"][1] > 0
