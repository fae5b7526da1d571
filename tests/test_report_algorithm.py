"""vraem:exportreport through Processing (defaults = bundled data) and, end to end, `make demo`'s
tools/demo.py installing the release ZIP and running qgis_process."""

import csv
import subprocess  # nosec B404 (tests are not packaged): pdfinfo, tools/demo.py
import sys
from pathlib import Path

import pytest
from processing_helpers import RecordingFeedback
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

REPO = Path(__file__).resolve().parents[1]


# QgsLayoutExporter sizes images as int(page mm / 25.4 × dpi).


def pdf_page_count(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout  # nosec
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


def read_csv(path):
    with open(path, encoding="utf-8") as handle:
        return {row["key"]: row for row in csv.DictReader(handle)}


def engine_numbers(distance_km=5.0):
    """The figures computed directly with the engine on the bundled data (the oracle for the CSV)."""
    from vraem_analyst.plugin.core import areas, overlap, reference, yields

    project = QgsProject()
    zone = reference.zone_layer()
    plan = reference.bundled_layer("eradication_plan_sample")
    towns = reference.bundled_layer("towns")
    area = areas.compute_areas(plan, zone=zone, project=project)
    estimate = yields.potential_yield(area.total_ha, yields.get_set("vraem", project=project))
    hits = overlap.buffer_overlap(towns, distance_km * 1000, plan, project=project)
    numbers = {"zone_ha": areas.compute_areas(zone, project=project).total_ha, "analysed_ha": area.total_ha,
               "inside_zone_ha": area.inside_zone_ha, "overlap_ha": hits.total_overlap_ha,
               "overlap_features": hits.targets_touched}
    for index, level in enumerate(("low", "central", "high")):
        numbers[f"leaf_t_{level}"] = estimate.leaf_t[index]
        numbers[f"hcl_t_{level}"] = estimate.hcl_t[index]
    return numbers


def test_exportreport_on_the_bundled_data(vraem_provider, tmp_path, artifacts_dir):
    import processing

    outputs = {"OUTPUT_PDF": str(tmp_path / "r.pdf"), "OUTPUT_PNG": str(tmp_path / "r.png"),
               "OUTPUT_CSV": str(tmp_path / "f.csv")}
    feedback = RecordingFeedback()
    result = processing.run("vraem:exportreport", dict(outputs, DPI=96, TEMPLATE="A3", BUFFER_DISTANCE=3.0,
                                                       AUTHOR="Processing test"), feedback=feedback)
    assert {key: Path(value) for key, value in result.items()} == {k: Path(v) for k, v in outputs.items()}
    assert pdf_page_count(outputs["OUTPUT_PDF"]) == 1
    image = QImage(outputs["OUTPUT_PNG"])
    assert (image.width(), image.height()) == (int(420 / 25.4 * 96), int(297 / 25.4 * 96))
    written = read_csv(outputs["OUTPUT_CSV"])
    expected = engine_numbers(3.0)
    assert {key: float(row["value"]) for key, row in written.items()} == expected
    assert written["overlap_ha"]["label"] == "Within 3 km of Towns"
    assert written["leaf_t_central"]["unit"] == "t/yr"
    # a count is a bare number in the log ("29", not "29 count")
    assert f"Features touching the buffers: {expected['overlap_features']:,}" in feedback.lines, feedback.lines
    image.save(str(artifacts_dir / "exportreport_A3.png"))


def test_exportreport_with_the_trends_page(vraem_provider, tmp_path, artifacts_dir):
    pytest.importorskip("matplotlib")
    import processing

    outputs = {"OUTPUT_PDF": str(tmp_path / "t.pdf"), "OUTPUT_PNG": str(tmp_path / "t.png"),
               "OUTPUT_CSV": str(tmp_path / "t.csv")}
    processing.run("vraem:exportreport", dict(outputs, DPI=96, TRENDS=True))
    assert pdf_page_count(outputs["OUTPUT_PDF"]) == 2
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", outputs["OUTPUT_PDF"], "-"],  # nosec
                          capture_output=True, text=True, check=True).stdout
    assert "Trends: coca area and eradication by year" in text
    first, second = QImage(outputs["OUTPUT_PNG"]), QImage(str(tmp_path / "t_2.png"))
    assert (second.width(), second.height()) == (first.width(), first.height())
    colours = {second.pixel(x, y) for x in range(0, second.width(), 7) for y in range(0, second.height(), 7)}
    assert len(colours) > 20, "the chart is drawn on the second page"
    second.save(str(artifacts_dir / "exportreport_trends_page.png"))
    # the sheet names the sources that bound the cocaine range
    notes = read_csv(outputs["OUTPUT_CSV"])
    assert "589" in notes["hcl_t_low"]["note"] and "DEVIDA statement" in notes["hcl_t_low"]["note"]
    assert "3,627" in notes["hcl_t_high"]["note"] and "375" in notes["hcl_t_high"]["note"]


def test_exportreport_refuses_bad_input_without_touching_it(vraem_provider, tmp_path):
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry

    no_crs = QgsVectorLayer("Polygon?field=name:string", "no crs", "memory")
    no_crs.setCrs(QgsCoordinateReferenceSystem())  # memory layers otherwise get the default EPSG:4326

    feature = QgsFeature(no_crs.fields())
    feature.setAttributes(["x"])
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((-74 -12,-73.9 -12,-73.9 -12.1,-74 -12))"))
    no_crs.dataProvider().addFeatures([feature])
    outputs = {"OUTPUT_PDF": str(tmp_path / "r.pdf"), "OUTPUT_PNG": str(tmp_path / "r.png"),
               "OUTPUT_CSV": str(tmp_path / "f.csv")}
    with pytest.raises(QgsProcessingException, match="coordinate reference system"):
        processing.run("vraem:exportreport", dict(outputs, INPUT=no_crs))
    assert no_crs.featureCount() == 1 and not no_crs.isModified()
    assert not any(Path(path).exists() for path in outputs.values())


@pytest.mark.slow
def test_make_demo_installs_the_zip_and_writes_the_report(plugin_zip, tmp_path):
    out = tmp_path / "out"
    completed = subprocess.run([sys.executable, str(REPO / "tools" / "demo.py"), "--zip", str(plugin_zip),  # nosec
                                "--out", str(out)], capture_output=True, text=True, check=False, timeout=600)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert pdf_page_count(out / "vraem_report.pdf") == 1
    image = QImage(str(out / "vraem_report.png"))
    assert (image.width(), image.height()) == (int(297 / 25.4 * 200), int(210 / 25.4 * 200))
    written = read_csv(out / "vraem_figures.csv")
    assert {key: float(row["value"]) for key, row in written.items()} == engine_numbers(5.0)


def test_exportreport_leaves_the_project_layers_alive(vraem_provider, tmp_path):
    """Issue 11 item 4: run on the project's VRAEM layers (as its Processing dialog does), the private
    sheet project must not take them over: it deleted them when it went away, and the dialog's layer
    combo boxes then painted a deleted layer (segfault in QgsMapLayerModel::data)."""
    import gc

    import processing
    from desktop import flush_deferred_deletes
    from qgis.PyQt import sip

    from vraem_analyst.plugin.core import reference

    project = QgsProject.instance()
    project.clear()
    try:
        layers = reference.add_reference_layers(project)
        before = dict(project.mapLayers())
        outputs = {"OUTPUT_PDF": str(tmp_path / "r.pdf"), "OUTPUT_PNG": str(tmp_path / "r.png"),
                   "OUTPUT_CSV": str(tmp_path / "f.csv")}
        processing.run("vraem:exportreport", dict(outputs, INPUT=layers["plan"].id(), ZONE=layers["zone"].id(),
                                                  BUFFER_SOURCE=layers["towns"].id(), DPI=72))
        gc.collect()
        flush_deferred_deletes()
        assert set(project.mapLayers()) == set(before)
        assert not any(sip.isdeleted(layer) for layer in before.values())
        assert layers["plan"].featureCount() == reference.bundled_layer("eradication_plan_sample").featureCount()
        assert Path(outputs["OUTPUT_PDF"]).exists()
    finally:
        project.clear()
