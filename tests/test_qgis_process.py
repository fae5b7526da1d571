"""The release ZIP works headless: `qgis_process.bin plugins enable vraem_analyst`, then
`qgis_process.bin run vraem:areayield` on a small GeoPackage, in a throw-away profile
(QGIS_CUSTOM_CONFIG_PATH) with the ZIP unpacked into QGIS_PLUGINPATH. Areas are checked against
pyproj's geodesic areas, an oracle independent of QGIS."""

import json

import pytest
from desktop import PACKAGE, qgis_process, qgis_unzip
from pyproj import Geod
from shapely.geometry import Polygon

pytestmark = pytest.mark.slow

# Three fields in the VRAEM (around Pichari / Llochegua), lon/lat; sizes from 0.3 to 30 ha.
FIELDS = {
    1: Polygon([(-73.80, -12.50), (-73.795, -12.50), (-73.795, -12.495), (-73.80, -12.495)]),
    2: Polygon([(-74.10, -12.20), (-74.0985, -12.20), (-74.0985, -12.1985), (-74.1, -12.1985)]),
    3: Polygon([(-73.60, -12.80), (-73.5995, -12.80), (-73.5997, -12.7995)]),
}


def _write_fields_gpkg(path):
    """The input layer, written by QGIS itself (what a user's GeoPackage looks like)."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsField,
        QgsGeometry,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QMetaType

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "fields", "memory")
    layer.dataProvider().addAttributes([QgsField("field_id", QMetaType.Type.Int)])
    layer.updateFields()
    features = []
    for field_id, polygon in FIELDS.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([field_id])
        feature.setGeometry(QgsGeometry.fromWkt(polygon.wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "fields"
    error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path),
                                                                       QgsCoordinateTransformContext(), options)
    assert error == QgsVectorFileWriter.WriterError.NoError, message
    assert layer.crs() == QgsCoordinateReferenceSystem("EPSG:4326")


def _geodesic_ha(polygon):
    area, _ = Geod(ellps="WGS84").geometry_area_perimeter(polygon)
    return abs(area) / 10_000.0


@pytest.fixture(scope="module")
def profile(plugin_zip, tmp_path_factory):
    root = tmp_path_factory.mktemp("qgis-process")
    plugins = root / "plugins"
    qgis_unzip(plugin_zip, plugins)
    return root / "config", plugins


def test_plugins_enable_and_list(profile):
    config, plugins = profile
    enabled = qgis_process(["plugins", "enable", PACKAGE], config, plugins)
    assert enabled.returncode == 0, enabled.stderr
    listed = qgis_process(["plugins"], config, plugins)
    assert listed.returncode == 0
    lines = [line.strip() for line in listed.stdout.splitlines()]
    assert f"* {PACKAGE}" in lines, listed.stdout
    ini = (config / "profiles" / "default" / "QGIS" / "QGIS3.ini").read_text(encoding="utf-8")
    assert f"{PACKAGE}=true" in ini


def test_provider_lists_its_algorithms(profile):
    config, plugins = profile
    qgis_process(["plugins", "enable", PACKAGE], config, plugins)
    listed = qgis_process(["list"], config, plugins)
    assert listed.returncode == 0, listed.stderr
    ids = {line.split()[0] for line in listed.stdout.splitlines() if line.strip().startswith("vraem:")}
    assert "vraem:areayield" in ids
    assert len(ids) >= 3


def test_run_areayield_on_a_geopackage(profile, tmp_path, qgis_app):
    config, plugins = profile
    qgis_process(["plugins", "enable", PACKAGE], config, plugins)
    source = tmp_path / "fields.gpkg"
    _write_fields_gpkg(source)
    before = source.read_bytes()
    output = tmp_path / "areas.gpkg"
    summary = tmp_path / "summary.gpkg"
    result = qgis_process(["--json", "run", "vraem:areayield", "--", f"INPUT={source}|layername=fields",
                           "PARAMETER_SET=0", f"OUTPUT={output}", f"SUMMARY={summary}"], config, plugins)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    results = json.loads(result.stdout)["results"]

    expected = {field_id: _geodesic_ha(polygon) for field_id, polygon in FIELDS.items()}
    assert results["FEATURES"] == 3
    assert results["TOTAL_HA"] == pytest.approx(sum(expected.values()), rel=1e-6)
    assert results["TOTAL_KM2"] == pytest.approx(sum(expected.values()) / 100.0, rel=1e-6)
    assert results["LEAF_T_LOW"] < results["LEAF_T_CENTRAL"] < results["LEAF_T_HIGH"]
    assert results["HCL_T_LOW"] < results["HCL_T_CENTRAL"] < results["HCL_T_HIGH"]

    import pyogrio

    rows = pyogrio.read_dataframe(output, fid_as_index=True)
    assert len(rows) == 3
    # The output's fid column is the input feature id (1..3 in a fresh GeoPackage, in the order
    # written); GeoPackage turns a "fid" field into the table's primary key, hence fid_as_index.
    measured = dict(zip(rows.index.astype(int), rows["area_ha"]))
    for field_id, hectares in expected.items():
        assert measured[field_id] == pytest.approx(hectares, rel=1e-6)
    assert source.read_bytes() == before, "the input GeoPackage must not be modified"
    assert summary.exists()


def test_bad_input_fails_with_a_message(profile, tmp_path):
    config, plugins = profile
    qgis_process(["plugins", "enable", PACKAGE], config, plugins)
    missing = tmp_path / "nothing_here.gpkg"
    result = qgis_process(["run", "vraem:areayield", "--", f"INPUT={missing}", f"OUTPUT={tmp_path / 'o.gpkg'}"],
                          config, plugins)
    assert result.returncode != 0
    assert "INPUT" in result.stdout + result.stderr


def test_layer_without_crs_is_refused_with_our_message(profile, tmp_path):
    from osgeo import ogr

    config, plugins = profile
    qgis_process(["plugins", "enable", PACKAGE], config, plugins)
    path = tmp_path / "no_crs.shp"  # a Shapefile without .prj: QGIS cannot tell its CRS
    dataset = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(path))
    layer = dataset.CreateLayer("no_crs", None, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((0 0, 0.01 0, 0.01 0.01, 0 0.01, 0 0))"))
    layer.CreateFeature(feature)
    dataset = None  # flush and close
    before = path.read_bytes()
    output = tmp_path / "o.gpkg"
    result = qgis_process(["run", "vraem:areayield", "--", f"INPUT={path}", f"OUTPUT={output}"],
                          config, plugins)
    assert result.returncode != 0
    assert "no coordinate reference system" in result.stdout + result.stderr
    assert not output.exists()
    assert path.read_bytes() == before


def test_readme_claim_examples_run_headless(profile):
    """README: `claimcheck AREA=100 AREA_UNIT=2 TONNES=300` and `CLAIM_KIND=3 YEAR=2024 TONNES=150`."""
    config, plugins = profile
    qgis_process(["plugins", "enable", PACKAGE], config, plugins)
    miles = qgis_process(["--json", "run", "vraem:claimcheck", "--", "AREA=100", "AREA_UNIT=2", "TONNES=300"],
                         config, plugins)
    assert miles.returncode == 0, miles.stdout[-2000:] + miles.stderr[-2000:]
    assert json.loads(miles.stdout)["results"]["VERDICT_CODE"] == "above"
    yearly = qgis_process(["--json", "run", "vraem:claimcheck", "--", "CLAIM_KIND=3", "YEAR=2024", "TONNES=150"],
                          config, plugins)
    assert yearly.returncode == 0, yearly.stdout[-2000:] + yearly.stderr[-2000:]
    results = json.loads(yearly.stdout)["results"]
    assert results["HECTARES"] == 89_755 and results["PRODUCTION_VERDICT_CODE"] == "below"
    # the README quotes the potential production as 322–584 t/yr
    assert (round(results["POTENTIAL_T_LOW"]), round(results["POTENTIAL_T_HIGH"])) == (322, 584)
    missing = qgis_process(["run", "vraem:claimcheck", "--", "CLAIM_KIND=2", "YEAR=2011", "TONNES=100"],
                           config, plugins)
    assert missing.returncode != 0
    assert "nearest years with data: 2010, 2013" in missing.stdout + missing.stderr


def test_air_picture_algorithms_run_headless(profile, tmp_path, qgis_app):
    """The three air-picture algorithms from the installed ZIP on the synthetic tracks."""
    from air_tracks import scenario, write_fixes

    config, plugins = profile
    qgis_process(["plugins", "enable", PACKAGE], config, plugins)
    fixes = write_fixes(tmp_path / "fixes.gpkg", scenario(), "iso")
    before = fixes.read_bytes()
    tracks, events = tmp_path / "tracks.gpkg", tmp_path / "events.gpkg"
    run = qgis_process(["--json", "run", "vraem:flighttracks", "--", f"INPUT={fixes}|layername=fixes",
                        "TIME_FIELD=time", "TRACK_FIELD=track", f"OUTPUT_TRACKS={tracks}", f"OUTPUT_EVENTS={events}"],
                       config, plugins)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    results = json.loads(run.stdout)["results"]
    assert (results["TRACKS"], results["TRACKS_IN_ZONE"]) == (4, 3)

    import pyogrio

    rows = pyogrio.read_dataframe(tracks).set_index("track_id")
    assert rows.loc["T2", "crossed_into"] == "Bolivia" and rows.loc["T3", "crossed_into"] == "Brazil"
    assert set(pyogrio.read_dataframe(events)["kind"]) == {"zone_entry", "zone_exit", "stop", "border_crossing"}
    assert fixes.read_bytes() == before, "the input GeoPackage must not be modified"

    reach = tmp_path / "reach.gpkg"
    run = qgis_process(["--json", "run", "vraem:borderreach", "--", "PROFILE=pa34", f"OUTPUT={reach}",
                        f"OUTPUT_RINGS={tmp_path / 'rings.gpkg'}"], config, plugins)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert json.loads(run.stdout)["results"]["POINTS"] >= 10

    run = qgis_process(["--json", "run", "vraem:interceptreach", "--", "SPEED_KT=250", "REACTION_MIN=10",
                        f"TRACKS={fixes}|layername=fixes", "TIME_FIELD=time", "TRACK_FIELD=track",
                        f"OUTPUT_RINGS={tmp_path / 'iso.gpkg'}", f"OUTPUT_INTERCEPTS={tmp_path / 'int.gpkg'}"],
                       config, plugins)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert json.loads(run.stdout)["results"]["TRACKS_IN_ZONE"] == 3
    missing = qgis_process(["run", "vraem:interceptreach", "--", f"OUTPUT_RINGS={tmp_path / 'x.gpkg'}"],
                           config, plugins)
    assert missing.returncode != 0, "no interceptor speed or reaction time: no hidden default"


def test_exportreport_takes_the_parameter_set_by_key(profile, tmp_path, qgis_app):
    """`PARAMETER_SET=custom` (a key, as the README documents it) reads the set saved in the project
    given with --PROJECT_PATH; the dialogs show labels, the command line keeps the keys."""
    import csv

    from qgis.core import QgsProject

    from vraem_analyst.plugin.core import yields

    config, plugins = profile
    qgis_process(["plugins", "enable", PACKAGE], config, plugins)
    project = QgsProject()
    yields.save_custom_set(project, yields.ParameterSet(key="custom", label="Field survey", leaf_low=1000.0,
                                                        leaf_central=2000.0, leaf_high=3000.0, sources=["survey"]))
    path = tmp_path / "custom.qgz"
    assert project.write(str(path))
    figures = tmp_path / "figures.csv"
    run = qgis_process(["run", "vraem:exportreport", f"--PROJECT_PATH={path}", "--", "PARAMETER_SET=custom", "DPI=72",
                        f"OUTPUT_PDF={tmp_path / 'r.pdf'}", f"OUTPUT_PNG={tmp_path / 'r.png'}", f"OUTPUT_CSV={figures}"],
                       config, plugins)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    with open(figures, encoding="utf-8") as handle:
        rows = {row["key"]: float(row["value"]) for row in csv.DictReader(handle) if row["value"]}
    assert rows["leaf_t_central"] == pytest.approx(rows["analysed_ha"] * 2000.0 / 1000.0, rel=1e-9)
    assert rows["leaf_t_high"] == pytest.approx(rows["analysed_ha"] * 3000.0 / 1000.0, rel=1e-9)
