"""Fault suite, numbers and places: NaN, inf and huge numbers, polar, antimeridian, whole-globe and
engineering (local) CRS, empty selections, unreadable rows and files, expression templates in
titles. Each case checks the message (no traceback, no silent nonsense) and that nothing was
written and no input changed."""

import math
import shutil
import subprocess

import pytest
from fault_helpers import assert_untouched, fingerprint, polygon_wkts, run
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsExpressionContext,
    QgsFeature,
    QgsGeometry,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

pytestmark = pytest.mark.usefixtures("vraem_provider")

LOCAL_CS = ('LOCAL_CS["site grid",LOCAL_DATUM["site",0],UNIT["metre",1],AXIS["X",EAST],AXIS["Y",NORTH]]')


def _memory(kind, crs, wkts):
    layer = QgsVectorLayer(f"{kind}?crs={crs}" if crs else kind, "layer", "memory")
    features = []
    for wkt in wkts:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


# ------------------------------------------------------------------ claims


@pytest.mark.parametrize("area, tonnes, message", [
    (math.nan, 10.0, "finite"),
    (100.0, math.nan, "finite"),
    (math.inf, 10.0, "finite"),
    (100.0, math.inf, "finite"),
    (1e308, 1e308, "at most"),
    (100.0, -5.0, "more than 0"),  # zero tonnes are no claim either (issue 14)
])
def test_claimcheck_refuses_nonsense_numbers(area, tonnes, message, tmp_path):
    before = fingerprint(tmp_path)
    results, error = run("vraem:claimcheck", {"AREA": area, "AREA_UNIT": 0, "TONNES": tonnes,
                                              "OUTPUT": str(tmp_path / "claim.csv")})
    assert results is None and message in error, error
    assert "Incorrect parameter value" not in error
    assert_untouched(before, tmp_path)


def test_check_claim_itself_refuses_nan():
    from vraem_analyst.plugin.core import claims
    from vraem_analyst.plugin.core.errors import VraemError

    with pytest.raises(VraemError, match="finite"):
        claims.check_claim(math.nan, 3.0)
    with pytest.raises(VraemError, match="finite"):
        claims.check_claim(100.0, math.nan)


# ------------------------------------------------------------------ expression functions


def _evaluate(text):
    expression = QgsExpression(text)
    value = expression.evaluate(QgsExpressionContext())
    return value, expression.evalErrorString()


@pytest.fixture
def functions(qgis_app):
    from vraem_analyst.plugin import expressions

    expressions.register()
    yield
    expressions.unregister()


@pytest.mark.parametrize("text, message", [
    ("vraem_leaf_tonnes('nan')", "finite"),
    ("vraem_leaf_tonnes('inf')", "finite"),
    ("vraem_cocaine_tonnes(-5)", "0 or more"),
    ("vraem_implied_kg_per_ha(10, -3)", "0 or more"),
    ("vraem_implied_kg_per_ha('abc', 3)", "must be a number"),
    ("vraem_leaf_tonnes('ten')", "must be a number"),
])
def test_expression_functions_refuse_nonsense(functions, text, message):
    value, error = _evaluate(text)
    assert value is None and message in error, (value, error)
    assert "could not convert" not in error


def test_expression_null_parameter_set_means_the_default(functions):
    value, error = _evaluate("vraem_cocaine_tonnes(100, NULL, 'central')")
    default, _ = _evaluate("vraem_cocaine_tonnes(100)")
    assert not error and value == pytest.approx(default)


def test_expression_custom_set_without_one_says_how_to_make_it(functions, qgis_new_project):
    QgsProject.instance().clear()
    value, error = _evaluate("vraem_leaf_tonnes(10, 'custom')")
    assert value is None and "no custom parameter set" in error


# ------------------------------------------------------------------ CRS and places


def test_engineering_crs_is_refused_not_measured_as_nan(tmp_path):
    crs = QgsCoordinateReferenceSystem.fromWkt(LOCAL_CS)
    layer = _memory("Polygon", None, ["POLYGON((0 0,100 0,100 100,0 100,0 0))"])
    layer.setCrs(crs)
    before = fingerprint(tmp_path)
    results, error = run("vraem:areayield", {"INPUT": layer, "OUTPUT": str(tmp_path / "a.csv"),
                                             "SUMMARY": str(tmp_path / "s.csv")})
    assert results is None and "local (engineering)" in error, error
    assert_untouched(before, tmp_path)


def test_polar_buffers_are_refused_without_a_traceback(tmp_path):
    square = "POLYGON((-100000 -100000,100000 -100000,100000 100000,-100000 100000,-100000 -100000))"
    before = fingerprint(tmp_path)
    results, error = run("vraem:bufferoverlap", {
        "SOURCE": _memory("Polygon", "EPSG:3031", [square]), "DISTANCE": 5, "UNIT": 1,
        "TARGET": _memory("Polygon", "EPSG:3031", [square]), "OUTPUT": str(tmp_path / "o.gpkg")})
    assert results is None and "reach a pole" in error, error
    assert_untouched(before, tmp_path)


def test_antimeridian_buffers_are_refused(tmp_path):
    before = fingerprint(tmp_path)
    results, error = run("vraem:bufferoverlap", {
        "SOURCE": _memory("Point", "EPSG:4326", ["POINT(179.99 -17)"]), "DISTANCE": 5, "UNIT": 1,
        "TARGET": _memory("Polygon", "EPSG:4326", ["POLYGON((179 -18,179.999 -18,179.999 -16,179 -16,179 -18))"]),
        "OUTPUT": str(tmp_path / "o.gpkg")})
    assert results is None and "180° meridian" in error, error
    assert_untouched(before, tmp_path)


def test_a_whole_globe_polygon_is_refused_not_measured_as_zero(tmp_path):
    before = fingerprint(tmp_path)
    results, error = run("vraem:areayield", {
        "INPUT": _memory("Polygon", "EPSG:4326", ["POLYGON((-180 -90,180 -90,180 90,-180 90,-180 -90))"]),
        "OUTPUT": "memory:", "SUMMARY": "memory:"})
    assert results is None and "whole globe" in error, error
    assert_untouched(before, tmp_path)


def test_an_empty_zone_is_refused_with_a_message_and_no_traceback():
    # an empty zone is never measured against (issue 11 item 2): it would give 0 inside, silently
    results, error = run("vraem:areayield", {"INPUT": _memory("Polygon", "EPSG:4326", polygon_wkts(3)),
                                             "ZONE": _memory("Polygon", "EPSG:4326", []), "OUTPUT": "memory:",
                                             "SUMMARY": "memory:"})
    assert results is None and "zone cannot be used" in error and "no features" in error, error
    assert "Traceback" not in error and "NoneType" not in error


@pytest.mark.parametrize("distance, message", [(math.inf, "finite"), (1e308, "absurd")])
def test_bufferoverlap_refuses_nonsense_distances(distance, message, tmp_path):
    before = fingerprint(tmp_path)
    results, error = run("vraem:bufferoverlap", {
        "SOURCE": _memory("Point", "EPSG:4326", ["POINT(-74 -12)"]), "DISTANCE": distance, "UNIT": 0,
        "TARGET": _memory("Polygon", "EPSG:4326", polygon_wkts(2)), "OUTPUT": str(tmp_path / "o.gpkg")})
    assert results is None and message in error, error
    assert_untouched(before, tmp_path)


def test_selected_only_with_nothing_selected_is_refused(tmp_path, qgis_new_project):
    layer = _memory("Polygon", "EPSG:4326", polygon_wkts(3))
    QgsProject.instance().addMapLayer(layer)
    try:
        results, error = run("vraem:areayield", {
            "INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True), "OUTPUT": "memory:",
            "SUMMARY": "memory:"})
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert results is None and "selected" in error, error


# ------------------------------------------------------------------ files the plugin cannot read


def test_a_csv_plan_row_with_bad_wkt_stops_the_import(tmp_path):
    source = tmp_path / "plan.csv"
    source.write_text('sector_id,wkt\nA,"POLYGON((-74 -12,-73.9 -12,-73.9 -11.9,-74 -12))"\n'
                      'B,"POLYGON((-74 -12,garbage"\nC,"POLYGON((-74 -12,-73.9 -12,-73.9 -11.9,-74 -12))"\n',
                      encoding="utf-8")
    before = fingerprint(tmp_path)
    results, error = run("vraem:importplan", {"INPUT": str(source), "OUTPUT": str(tmp_path / "plan.gpkg")})
    assert results is None and "Row 2" in error, error
    assert_untouched(before, tmp_path)


def test_a_corrupt_input_file_is_named_as_such(tmp_path):
    corrupt = tmp_path / "fields.gpkg"
    corrupt.write_bytes(b"this is not a GeoPackage")
    before = fingerprint(tmp_path)
    results, error = run("vraem:areayield", {"INPUT": str(corrupt), "OUTPUT": str(tmp_path / "a.gpkg"),
                                             "SUMMARY": "memory:"})
    assert results is None and "not a readable vector layer" in error, error
    assert "not found" not in error
    assert_untouched(before, tmp_path)


def test_a_missing_input_file_is_named(tmp_path):
    before = fingerprint(tmp_path)
    results, error = run("vraem:exportreport", {"INPUT": str(tmp_path / "missing.gpkg"),
                                                "OUTPUT_CSV": str(tmp_path / "r.csv"),
                                                "OUTPUT_PDF": str(tmp_path / "r.pdf"),
                                                "OUTPUT_PNG": str(tmp_path / "r.png")})
    assert results is None and "does not exist" in error, error
    assert_untouched(before, tmp_path)


@pytest.mark.parametrize("dpi", [50, 5000])
def test_a_resolution_out_of_range_says_the_range(dpi, tmp_path):
    before = fingerprint(tmp_path)
    results, error = run("vraem:exportreport", {"DPI": dpi, "OUTPUT_CSV": str(tmp_path / "r.csv"),
                                                "OUTPUT_PDF": str(tmp_path / "r.pdf"),
                                                "OUTPUT_PNG": str(tmp_path / "r.png")})
    assert results is None and "between 72 and 1200" in error, error
    assert_untouched(before, tmp_path)


# ------------------------------------------------------------------ titles are plain text


def test_title_and_author_are_printed_as_typed_never_evaluated(tmp_path, monkeypatch):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    monkeypatch.setenv("VRAEM_SECRET", "s3cr3t-value")
    title, author = "[% env('VRAEM_SECRET') %]", "[% 6 * 7 %] & co"
    results, error = run("vraem:exportreport", {"TITLE": title, "AUTHOR": author, "DPI": 72,
                                                "OUTPUT_CSV": str(tmp_path / "r.csv"),
                                                "OUTPUT_PDF": str(tmp_path / "r.pdf"),
                                                "OUTPUT_PNG": str(tmp_path / "r.png")})
    assert error is None, error
    text = subprocess.run(["pdftotext", results["OUTPUT_PDF"], "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "s3cr3t-value" not in text and " 42 " not in f" {text} "
    assert "env('VRAEM_SECRET')" in text and "6 * 7" in text


def test_layout_labels_keep_user_text_literal(qgis_app):
    from vraem_analyst.plugin.core.report import figures as report_figures
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    project = QgsProject()
    zone = _memory("Polygon", "EPSG:4326", ["POLYGON((-74 -12,-73 -12,-73 -13,-74 -13,-74 -12))"])
    layout = report_sheet.create_layout(project, report_sheet.SheetSpec(
        report_figures.figures_from_results(zone_area_ha=1.0), [zone], title="[% 1 + 1 %]",
        author="[% @project_title %]"))
    assert report_sheet.find_item(layout, "title").currentText() == "[% 1 + 1 %]"
    assert "[% @project_title %]" in report_sheet.find_item(layout, "subtitle").currentText()



def test_the_file_and_number_messages_are_spanish_in_spanish(tmp_path):
    """Processing's own "Could not load source layer" / "Incorrect parameter value" stay English;
    the plugin's explanations follow the language of QGIS."""
    import test_spanish
    from i18n_helpers import compile_translation

    from vraem_analyst.plugin.i18n import install_translator, remove_translator

    compile_translation("es")
    restore = test_spanish._set_qgis_locale("es")
    translator = install_translator()
    try:
        assert translator is not None, "the Spanish .qm was not loaded"
        corrupt = tmp_path / "fields.gpkg"
        corrupt.write_bytes(b"this is not a GeoPackage")
        _, error = run("vraem:areayield", {"INPUT": str(corrupt), "OUTPUT": "memory:", "SUMMARY": "memory:"})
        assert "no es una capa vectorial legible" in error, error
        _, error = run("vraem:claimcheck", {"AREA": math.nan, "AREA_UNIT": 0, "TONNES": 1.0})
        assert "debe ser un número finito" in error, error
    finally:
        remove_translator(translator)
        restore()


def test_a_layer_inside_a_zip_is_read_not_reported_missing(tmp_path):
    import zipfile

    from fault_helpers import write_layer

    write_layer(tmp_path / "fields.geojson", polygon_wkts(3))
    with zipfile.ZipFile(tmp_path / "fields.zip", "w") as archive:
        archive.write(tmp_path / "fields.geojson", "fields.geojson")
    results, error = run("vraem:areayield", {"INPUT": f"/vsizip/{tmp_path / 'fields.zip'}/fields.geojson",
                                             "OUTPUT": "memory:", "SUMMARY": "memory:"})
    assert error is None and results["FEATURES"] == 3, error
