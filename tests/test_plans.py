"""Eradication plans: new GeoPackage layer with the documented schema and form; import from
GeoPackage, Shapefile, GeoJSON, KML and CSV-with-WKT with field mapping; bad input untouched."""

import gc
import hashlib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "resources" / "data" / "vraem.gpkg"


def _sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _spanish_source(qgis_app):
    """The bundled SAMPLE plan with Spanish field names and status words, as a user's file might be."""
    from qgis.core import QgsFeature, QgsVectorLayer

    sample = QgsVectorLayer(f"{BUNDLED}|layername=eradication_plan_sample", "sample", "ogr")
    words = {"planned": "Planificado", "in progress": "En curso", "eradicated": "Erradicado",
             "suspended": "Suspendido"}
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=CODIGO:string&field=Nombre:string&field=Año:integer"
                           "&field=Estado:string&field=Entidad:string&field=Hectareas:double&field=Notas:string",
                           "plan_es", "memory")
    features = []
    for source in sample.getFeatures():
        feature = QgsFeature(layer.fields())
        feature.setGeometry(source.geometry())
        feature.setAttributes([source["sector_id"], source["sector_name"], source["plan_year"],
                               words[source["status"]], source["agency"], source["target_ha"], source["notes"]])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return sample, layer


def _write(layer, path, driver):
    from qgis.core import QgsProject, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    if driver == "CSV":
        options.layerOptions = ["GEOMETRY=AS_WKT"]
    error, message, _p, _l = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options)
    assert error == QgsVectorFileWriter.WriterError.NoError, message
    return path


def test_schema_is_documented(qgis_app):
    from vraem_analyst.plugin.core import plans

    assert plans.PLAN_FIELD_NAMES == ("sector_id", "sector_name", "plan_year", "status", "agency", "target_ha",
                                      "notes")
    assert plans.STATUS_VALUES == ("planned", "in progress", "eradicated", "suspended")
    for name in plans.PLAN_FIELD_NAMES:
        assert name in plans.__doc__


def test_new_plan_has_schema_form_and_survives_reopening(qgis_app, tmp_path):
    from qgis.core import QgsFeature, QgsFieldConstraints, QgsGeometry, QgsVectorLayer

    from vraem_analyst.plugin.core import plans

    path = tmp_path / "plan.gpkg"
    layer = plans.new_plan(str(path), crs="EPSG:32718")
    assert layer.isValid() and layer.crs().authid() == "EPSG:32718"
    assert layer.fields().names()[1:] == list(plans.PLAN_FIELD_NAMES)  # after the GeoPackage fid

    reopened = QgsVectorLayer(f"{path}|layername=eradication_plan", "plan", "ogr")  # default style from the file
    index = reopened.fields().indexOf("status")
    setup = reopened.editorWidgetSetup(index)
    assert setup.type() == "ValueMap"
    stored = {value for item in setup.config()["map"] for value in item.values()}
    assert stored == set(plans.STATUS_VALUES)
    constraints = reopened.fields().at(reopened.fields().indexOf("sector_id")).constraints()
    assert constraints.constraints() & QgsFieldConstraints.Constraint.ConstraintUnique

    feature = QgsFeature(reopened.fields())
    feature.setGeometry(QgsGeometry.fromWkt("MULTIPOLYGON(((600000 8600000,601000 8600000,601000 8601000,"
                                            "600000 8600000)))"))
    feature["sector_id"] = "S-1"
    feature["status"] = "closed"
    status_index = reopened.fields().indexOf("status")
    ok, errors = QgsVectorLayerUtils_validate(reopened, feature, status_index)
    assert not ok and errors
    feature["status"] = "planned"
    assert QgsVectorLayerUtils_validate(reopened, feature, status_index)[0]


def QgsVectorLayerUtils_validate(layer, feature, index):
    from qgis.core import QgsFieldConstraints, QgsVectorLayerUtils

    return QgsVectorLayerUtils.validateAttribute(layer, feature, index,
                                                 QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)


def test_new_plan_never_overwrites(qgis_app, tmp_path):
    from vraem_analyst.plugin.core import plans
    from vraem_analyst.plugin.core.errors import VraemError

    path = tmp_path / "plan.gpkg"
    layer = plans.new_plan(str(path))
    del layer  # QGIS may tidy the file when its layer closes; hash it after that
    gc.collect()
    before = _sha(path)
    with pytest.raises(VraemError, match="already has a layer"):
        plans.new_plan(str(path))
    assert _sha(path) == before
    second = plans.new_plan(str(path), layer_name="plan_2026")
    assert second.isValid()
    not_gpkg = tmp_path / "notes.gpkg"
    not_gpkg.write_text("my notes")
    with pytest.raises(VraemError, match="not a readable GeoPackage"):
        plans.new_plan(str(not_gpkg))
    assert not_gpkg.read_text() == "my notes"


@pytest.mark.parametrize("driver,suffix", [("GPKG", ".gpkg"), ("ESRI Shapefile", ".shp"), ("GeoJSON", ".geojson"),
                                           ("KML", ".kml"), ("CSV", ".csv")])
def test_import_each_format_with_guessed_field_map(qgis_app, tmp_path, driver, suffix):
    from vraem_analyst.plugin.core import plans

    sample, source = _spanish_source(qgis_app)
    path = _write(source, tmp_path / f"plan{suffix}", driver)
    before = _sha(path)
    imported = plans.import_plan(str(path))
    assert _sha(path) == before, "the source file is only read"
    assert imported.featureCount() == sample.featureCount()
    expected = {f["sector_id"]: f for f in sample.getFeatures()}
    for feature in imported.getFeatures():
        original = expected[feature["sector_id"]]
        assert feature["status"] == original["status"]
        assert feature["plan_year"] == original["plan_year"]
        assert feature["target_ha"] == pytest.approx(original["target_ha"])
        assert feature.geometry().area() == pytest.approx(original.geometry().area(), rel=1e-5)


def test_import_with_explicit_field_map(qgis_app, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    from vraem_analyst.plugin.core import plans

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=zona:string&field=sit:string&field=sup:double",
                           "odd", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((-73.8 -12.5,-73.79 -12.5,-73.79 -12.51,-73.8 -12.5))"))
    feature.setAttributes(["Z-9", "erradicado", 12.5])
    layer.dataProvider().addFeatures([feature])
    imported = plans.import_plan(layer, field_map={"sector_id": "zona", "status": "sit", "target_ha": "sup"})
    result = next(imported.getFeatures())
    assert (result["sector_id"], result["status"], result["target_ha"]) == ("Z-9", "eradicated", 12.5)


def test_import_bad_input(qgis_app, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

    from vraem_analyst.plugin.core import plans
    from vraem_analyst.plugin.core.errors import VraemError

    no_geometry = tmp_path / "plan.csv"
    no_geometry.write_text("sector_id,status\nA,planned\n")
    with pytest.raises(VraemError, match="no geometry column"):
        plans.import_plan(str(no_geometry))
    corrupt = tmp_path / "corrupt.gpkg"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    before = _sha(corrupt)
    with pytest.raises(VraemError, match="could not be read"):
        plans.import_plan(str(corrupt))
    assert _sha(corrupt) == before
    with pytest.raises(VraemError, match="not found"):
        plans.import_plan(str(tmp_path / "missing.geojson"))
    points = QgsVectorLayer("Point?crs=EPSG:4326&field=sector_id:string", "points", "memory")
    with pytest.raises(VraemError, match="polygons"):
        plans.import_plan(points)
    no_crs = QgsVectorLayer("Polygon?field=sector_id:string", "no crs", "memory")
    no_crs.setCrs(QgsCoordinateReferenceSystem())
    with pytest.raises(VraemError, match="coordinate reference system"):
        plans.import_plan(no_crs)
    bad_status = tmp_path / "bad.csv"
    bad_status.write_text('wkt,sector_id,status\n"POLYGON((-73.8 -12.5,-73.79 -12.5,-73.79 -12.51,-73.8 -12.5))",'
                          'A,maybe\n')
    with pytest.raises(VraemError, match="maybe"):
        plans.import_plan(str(bad_status))


def test_plan_algorithms(qgis_app, vraem_provider, tmp_path):
    from qgis import processing

    from vraem_analyst.plugin.core import plans

    created = processing.run("vraem:newplan", {"OUTPUT": str(tmp_path / "new.gpkg"), "LAYER_NAME": "plan",
                                               "CRS": "EPSG:4326"})
    assert Path(created["OUTPUT"]).exists()
    _sample, source = _spanish_source(qgis_app)
    path = _write(source, tmp_path / "plan.geojson", "GeoJSON")
    imported = processing.run("vraem:importplan", {"INPUT": str(path), "FIELD_MAP": "agency=Entidad",
                                                   "OUTPUT": "memory:"})
    assert imported["COUNT"] == source.featureCount()
    assert imported["OUTPUT"].fields().names() == list(plans.PLAN_FIELD_NAMES)


def test_import_repairs_invalid_geometry_in_the_copy(qgis_app, tmp_path):
    from vraem_analyst.plugin.core import plans

    path = tmp_path / "bowtie.csv"
    text = 'wkt,sector_id,status\n"POLYGON((-73.9 -12.4,-73.7 -12.6,-73.7 -12.4,-73.9 -12.6,-73.9 -12.4))",B,planned\n'
    path.write_text(text)
    imported = plans.import_plan(str(path))
    feature = next(imported.getFeatures())
    assert feature.geometry().isGeosValid()
    assert feature.geometry().area() > 0
    assert path.read_text() == text


def test_import_refuses_a_polygon_that_collapses_to_a_line(qgis_app, tmp_path):
    from vraem_analyst.plugin.core import plans
    from vraem_analyst.plugin.core.errors import VraemError

    path = tmp_path / "flat.csv"
    text = 'wkt,sector_id,status\n"POLYGON((-74 -12,-73.5 -12.5,-73 -13,-74 -12))",C,planned\n'
    path.write_text(text)
    with pytest.raises(VraemError, match="Row 1 of flat.csv has an invalid geometry that could not be repaired: redraw"):
        plans.import_plan(str(path))
    assert path.read_text() == text


def test_import_refuses_a_row_without_geometry_and_says_what_to_do(qgis_app, tmp_path):
    """A plan file with one feature without geometry (as real district files have) is refused with the file,
    the row and what to do; the message said only "Row 2 has no geometry." before."""
    import json

    from vraem_analyst.plugin.core import plans
    from vraem_analyst.plugin.core.errors import VraemError

    square = {"type": "Polygon", "coordinates": [[[-74, -12], [-73.9, -12], [-73.9, -12.1], [-74, -12]]]}
    path = tmp_path / "sectors.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"sector_id": "A"}, "geometry": square},
        {"type": "Feature", "properties": {"sector_id": "B"}, "geometry": None}]}))
    with pytest.raises(VraemError) as raised:
        plans.import_plan(str(path))
    assert str(raised.value) == ("Row 2 of sectors.geojson has no geometry: draw its polygon or delete the row, then load "
                                 "the plan again (nothing was imported).")


@pytest.fixture(params=["LIBKML", "KML"])
def kml_driver(request):
    """Run with GDAL's LIBKML driver, then with the plain KML driver alone (LIBKML deregistered for
    the test: Debian sid's GDAL has no LIBKML at all, Debian 12's has both)."""
    from osgeo import ogr

    libkml = ogr.GetDriverByName("LIBKML")
    if request.param == "LIBKML":
        if libkml is None:
            pytest.skip("this GDAL is built without libkml (e.g. Debian sid's); the KML case still runs")
        yield request.param
        return
    if libkml is not None:
        libkml.Deregister()
    try:
        yield request.param
    finally:
        if libkml is not None:
            libkml.Register()


def test_kml_plan_keeps_its_attributes_with_either_kml_driver(qgis_app, tmp_path, kml_driver):
    from vraem_analyst.plugin.core import plans

    sample, source = _spanish_source(qgis_app)
    path = _write(source, tmp_path / "plan.kml", "KML")
    imported = plans.import_plan(str(path))
    assert imported.featureCount() == sample.featureCount()
    expected = {f["sector_id"]: f for f in sample.getFeatures()}
    assert {f["sector_id"] for f in imported.getFeatures()} == set(expected)
    for feature in imported.getFeatures():
        original = expected[feature["sector_id"]]
        assert (feature["plan_year"], feature["status"], feature["agency"]) == \
            (original["plan_year"], original["status"], original["agency"])
        assert feature["target_ha"] == pytest.approx(original["target_ha"])


def test_kml_with_several_folders_without_libkml_says_so(qgis_app, tmp_path):
    """The plain KML driver gives one layer per folder; pairing placemarks with features would then
    mix them up, so the import stops with a message instead."""
    from osgeo import ogr

    from vraem_analyst.plugin.core import plans
    from vraem_analyst.plugin.core.errors import VraemError

    placemark = ('<Placemark><ExtendedData><SchemaData><SimpleData name="CODIGO">{code}</SimpleData></SchemaData>'
                 '</ExtendedData><Polygon><outerBoundaryIs><LinearRing><coordinates>-74,-12 -73.9,-12 -73.9,-11.9 '
                 '-74,-12</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>')
    path = tmp_path / "folders.kml"
    path.write_text('<?xml version="1.0" encoding="utf-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
                    f'<Folder><name>a</name>{placemark.format(code="A-1")}</Folder>'
                    f'<Folder><name>b</name>{placemark.format(code="B-1")}</Folder></Document></kml>',
                    encoding="utf-8")
    libkml = ogr.GetDriverByName("LIBKML")
    if libkml is not None:
        libkml.Deregister()
    try:
        with pytest.raises(VraemError, match="several folders"):
            plans.import_plan(str(path))
    finally:
        if libkml is not None:
            libkml.Register()


def test_new_plan_form_defaults_hidden_fid_translated_name_and_status_style(qgis_app, tmp_path):
    """Issue 16 item 8: status and year filled in, fid not shown, the status style, a name in words."""
    import datetime

    from qgis.core import QgsCategorizedSymbolRenderer, QgsVectorLayer, QgsVectorLayerUtils

    from vraem_analyst.plugin.core import plans

    path = tmp_path / "plan.gpkg"
    layer = plans.new_plan(str(path))
    assert layer.name() == "Eradication plan"
    for reopened in (layer, QgsVectorLayer(f"{path}|layername=eradication_plan", "plan", "ogr")):
        fields = reopened.fields()
        assert reopened.editorWidgetSetup(fields.indexOf("fid")).type() == "Hidden"
        feature = QgsVectorLayerUtils.createFeature(reopened)
        assert feature["status"] == "planned"
        assert feature["plan_year"] == datetime.date.today().year
        renderer = reopened.renderer()
        assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "status"
        assert {category.value() for category in renderer.categories()} == set(plans.STATUS_VALUES)
    assert plans.new_plan(str(path), layer_name="plan_2026").name() == "plan_2026"
