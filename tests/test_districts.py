"""Zone built from district boundaries (issue 3b), checked against a pyproj geodesic oracle and the
facts' VRAEM list; UBIGEO/name matching and bad input."""

import csv
import hashlib

import pytest

DISTRICTS_FILE = "peru_distrital_simple.geojson"


def _vraem_codes(shared_facts):
    with open(shared_facts / "vraem_districts.csv", newline="", encoding="utf-8") as handle:
        return {row["ubigeo"] for row in csv.DictReader(handle) if row["in_ambito_vraem"] == "yes"}


def _oracle(path, codes):
    """Geodesic area (m²) of the union of the districts with these codes, and the codes present."""
    import geopandas as gpd
    from pyproj import Geod
    from shapely.ops import unary_union

    frame = gpd.read_file(path)
    present = set(frame["IDDIST"])
    chosen = frame[frame["IDDIST"].isin(codes)]
    union = unary_union([g for g in chosen.geometry if g is not None])
    return abs(Geod(ellps="WGS84").geometry_area_perimeter(union)[0]), present


@pytest.fixture
def district_layer(qgis_app, shared_data):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(shared_data / DISTRICTS_FILE), "districts 2007", "ogr")
    assert layer.isValid()
    return layer


def _memory_copy(layer, keep_fields, rename=None, convert=None, geometry_type="MultiPolygon", crs="EPSG:4326"):
    """Memory copy with a subset of fields (optionally renamed/converted)."""
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer
    from qgis.PyQt.QtCore import QMetaType

    rename = rename or {}
    convert = convert or {}
    uri = f"{geometry_type}?crs={crs}" if crs else geometry_type
    copy = QgsVectorLayer(uri, "copy", "memory")
    fields = []
    for name in keep_fields:
        kind = QMetaType.Type.Int if name in convert else QMetaType.Type.QString
        fields.append(QgsField(rename.get(name, name), kind))
    copy.dataProvider().addAttributes(fields)
    copy.updateFields()
    features = []
    for feature in layer.getFeatures():
        out = QgsFeature(copy.fields())
        out.setGeometry(feature.geometry())
        out.setAttributes([convert[n](feature[n]) if n in convert else feature[n] for n in keep_fields])
        features.append(out)
    copy.dataProvider().addFeatures(features)
    return copy


def test_zone_from_shared_file_matches_geodesic_oracle(district_layer, shared_data, shared_facts):
    from vraem_analyst.plugin.core.districts import build_zone_from_districts

    codes = _vraem_codes(shared_facts)
    result = build_zone_from_districts(district_layer)
    oracle_area, present = _oracle(shared_data / DISTRICTS_FILE, codes)

    assert result.match_method == "field" and result.match_field == "IDDIST"
    assert set(result.unmatched) == codes - present
    assert set(result.matched) == codes & present
    assert len(result.matched) + len(result.unmatched) == 79
    assert result.area_m2 == pytest.approx(oracle_area, rel=1e-3)
    zone_feature = next(result.zone_layer.getFeatures())
    assert zone_feature["area_m2"] == pytest.approx(result.area_m2)
    assert result.district_layer.featureCount() == len(result.matched)
    assert "CANAYRE" in result.zone_layer.metadata().abstract()
    per_district = sum(f["area_m2"] for f in result.district_layer.getFeatures())
    assert per_district == pytest.approx(result.area_m2, rel=5e-3)  # districts tile the zone


def test_name_matching_finds_the_same_districts(district_layer, shared_facts):
    from vraem_analyst.plugin.core.districts import build_zone_from_districts

    by_field = build_zone_from_districts(district_layer)
    names_only = _memory_copy(district_layer, ["NOMBDIST", "NOMBPROV", "NOMBDEP"],
                              rename={"NOMBDIST": "Distrito", "NOMBPROV": "Provincia", "NOMBDEP": "Departamento"})
    by_names = build_zone_from_districts(names_only)
    assert by_names.match_method == "names"
    assert by_names.matched == by_field.matched
    assert by_names.area_m2 == pytest.approx(by_field.area_m2, rel=1e-9)


def test_five_digit_integer_codes_are_zero_padded(district_layer):
    from vraem_analyst.plugin.core.districts import build_zone_from_districts

    integers = _memory_copy(district_layer, ["IDDIST"], rename={"IDDIST": "ubigeo"}, convert={"IDDIST": int})
    result = build_zone_from_districts(integers)
    assert result.match_field == "ubigeo"
    assert result.matched == build_zone_from_districts(district_layer).matched
    assert all(len(code) == 6 for code in result.matched)


def test_reprojected_input_gives_the_same_area(district_layer, qgis_processing):
    from qgis import processing

    from vraem_analyst.plugin.core.districts import build_zone_from_districts

    utm = processing.run("native:reprojectlayer", {"INPUT": district_layer, "TARGET_CRS": "EPSG:32718",
                                                   "OUTPUT": "memory:"})["OUTPUT"]
    assert build_zone_from_districts(utm).area_m2 == pytest.approx(
        build_zone_from_districts(district_layer).area_m2, rel=2e-3)


def test_duplicated_ubigeo_is_refused(district_layer):
    from vraem_analyst.plugin.core.districts import build_zone_from_districts
    from vraem_analyst.plugin.core.errors import VraemError

    copy = _memory_copy(district_layer, ["IDDIST"])
    feature = next(f for f in copy.getFeatures() if f["IDDIST"] == "050401")
    copy.dataProvider().addFeatures([feature])
    with pytest.raises(VraemError, match="050401"):
        build_zone_from_districts(copy)


def test_malformed_ubigeo_is_refused(district_layer):
    from vraem_analyst.plugin.core.districts import build_zone_from_districts
    from vraem_analyst.plugin.core.errors import VraemError

    copy = _memory_copy(district_layer, ["IDDIST"])
    ids = [f.id() for f in copy.getFeatures()][:3]
    index = copy.fields().indexOf("IDDIST")
    copy.dataProvider().changeAttributeValues({ids[0]: {index: "05-401"}})
    with pytest.raises(VraemError, match="malformed"):
        build_zone_from_districts(copy)


def test_bad_layers_are_refused(qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

    from vraem_analyst.plugin.core.districts import build_zone_from_districts
    from vraem_analyst.plugin.core.errors import VraemError

    points = QgsVectorLayer("Point?crs=EPSG:4326&field=IDDIST:string", "points", "memory")
    with pytest.raises(VraemError, match="polygon"):
        build_zone_from_districts(points)
    no_crs = QgsVectorLayer("Polygon?field=IDDIST:string", "no crs", "memory")
    no_crs.setCrs(QgsCoordinateReferenceSystem())
    with pytest.raises(VraemError, match="coordinate reference system"):
        build_zone_from_districts(no_crs)
    broken = QgsVectorLayer("/nonexistent/districts.shp", "broken", "ogr")
    with pytest.raises(VraemError, match="not valid"):
        build_zone_from_districts(broken)
    nothing = QgsVectorLayer("Polygon?crs=EPSG:4326&field=foo:string", "no fields", "memory")
    from qgis.core import QgsFeature, QgsGeometry

    feature = QgsFeature(nothing.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((-74 -12,-73 -12,-73 -13,-74 -12))"))
    feature.setAttributes(["x"])
    nothing.dataProvider().addFeatures([feature])
    with pytest.raises(VraemError, match="UBIGEO"):
        build_zone_from_districts(nothing)


def test_invalid_geometry_is_repaired_in_the_copy_only(qgis_app, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorFileWriter, QgsVectorLayer

    from vraem_analyst.plugin.core.districts import build_zone_from_districts

    memory = QgsVectorLayer("Polygon?crs=EPSG:4326&field=UBIGEO:string", "bowtie", "memory")
    feature = QgsFeature(memory.fields())
    # A self-intersecting "bow tie" over Pichari.
    feature.setGeometry(QgsGeometry.fromWkt(
        "POLYGON((-73.9 -12.4,-73.7 -12.6,-73.7 -12.4,-73.9 -12.6,-73.9 -12.4))"))
    feature.setAttributes(["080910"])
    memory.dataProvider().addFeatures([feature])
    path = str(tmp_path / "bowtie.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(memory, path, QgsProject.instance().transformContext(), options)
    before = hashlib.sha256(open(path, "rb").read()).hexdigest()
    layer = QgsVectorLayer(path, "bowtie", "ogr")
    result = build_zone_from_districts(layer)
    del layer
    assert result.repaired == 1
    assert result.matched == ["080910"]
    assert result.zone_geometry.isGeosValid()
    assert result.area_m2 > 0
    assert hashlib.sha256(open(path, "rb").read()).hexdigest() == before


def test_buildzone_algorithm(district_layer, vraem_provider, shared_facts):
    from qgis import processing

    out = processing.run("vraem:buildzone", {"INPUT": district_layer, "OUTPUT_ZONE": "memory:",
                                             "OUTPUT_DISTRICTS": "memory:"})
    codes = _vraem_codes(shared_facts)
    assert out["MATCHED"] + len(out["UNMATCHED"].split(", ")) == len(codes)
    assert out["OUTPUT_ZONE"].featureCount() == 1
    assert out["OUTPUT_DISTRICTS"].featureCount() == out["MATCHED"]
    assert out["METHOD"] == "field:IDDIST"
    assert "050409 CANAYRE (HUANTA, AYACUCHO)" in out["UNMATCHED_NAMES"]


def test_buildzone_algorithm_turns_bad_input_into_processing_error(qgis_app, vraem_provider):
    from qgis import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

    no_crs = QgsVectorLayer("Polygon?field=IDDIST:string", "no crs", "memory")
    no_crs.setCrs(QgsCoordinateReferenceSystem())
    feature = QgsFeature(no_crs.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((-74 -12,-73 -12,-73 -13,-74 -12))"))
    feature.setAttributes(["080910"])
    no_crs.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException, match="coordinate reference system"):
        processing.run("vraem:buildzone", {"INPUT": no_crs, "OUTPUT_ZONE": "memory:",
                                           "OUTPUT_DISTRICTS": "memory:"})
