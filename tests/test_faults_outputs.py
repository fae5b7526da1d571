"""Fault suite, outputs: an output that is an input, a full disk, a read-only folder, a later output
that fails. Every case checks the message, that every input file is byte-identical (sha256) and
that no partial output is left (the folders hold exactly what they held before)."""

import json
import os
import resource
import signal
import subprocess
import sys
import tempfile

import pytest
from desktop import PACKAGE, qgis_process, qgis_unzip
from dock_helpers import find  # the `dock` fixture is in conftest.py
from fault_helpers import (
    assert_untouched,
    fingerprint,
    polygon_wkts,
    run,
    small_disk,
    write_layer,
)
from qgis.core import Qgis

pytestmark = pytest.mark.usefixtures("vraem_provider")

SAME_FILE = "also an input"


@pytest.fixture
def fields_gpkg(tmp_path):
    return write_layer(tmp_path / "fields.gpkg", polygon_wkts(40), layer_name="fields")


@pytest.fixture
def plan_geojson(tmp_path):
    from qgis.PyQt.QtCore import QMetaType

    return write_layer(tmp_path / "plan.geojson", polygon_wkts(12), fields=[("sector_id", QMetaType.Type.QString)],
                       attributes=[[f"S{i}"] for i in range(12)])


@pytest.fixture
def towns_geojson(tmp_path):
    return write_layer(tmp_path / "towns.geojson", ["POINT(-73.9 -12.4)", "POINT(-73.7 -12.3)"], kind="Point")


@pytest.fixture
def districts_copy(tmp_path, shared_data):
    path = tmp_path / "districts.geojson"
    path.write_bytes((shared_data / "peru_distrital_simple.geojson").read_bytes())
    return str(path)


# ------------------------------------------------------------------ an output that is an input


def test_areayield_output_is_its_input_with_layername(tmp_path, fields_gpkg):
    before = fingerprint(tmp_path)
    _, error = run("vraem:areayield", {"INPUT": fields_gpkg, "OUTPUT": str(tmp_path / "fields.gpkg"),
                                       "SUMMARY": "memory:"})
    assert SAME_FILE in error
    assert_untouched(before, tmp_path)


def test_areayield_summary_through_a_symlink_to_its_input(tmp_path, fields_gpkg):
    link = tmp_path / "link.gpkg"
    link.symlink_to(tmp_path / "fields.gpkg")
    before = fingerprint(tmp_path)
    _, error = run("vraem:areayield", {"INPUT": fields_gpkg, "OUTPUT": "memory:", "SUMMARY": str(link)})
    assert SAME_FILE in error
    assert_untouched(before, tmp_path)


def test_bufferoverlap_output_is_its_target(tmp_path, plan_geojson, towns_geojson):
    before = fingerprint(tmp_path)
    _, error = run("vraem:bufferoverlap", {"SOURCE": towns_geojson, "DISTANCE": 3, "UNIT": 1,
                                           "TARGET": plan_geojson, "OUTPUT": plan_geojson})
    assert SAME_FILE in error
    assert_untouched(before, tmp_path)


def test_bufferoverlap_table_is_its_source_by_a_relative_path(tmp_path, plan_geojson, towns_geojson):
    (tmp_path / "sub").mkdir()
    before = fingerprint(tmp_path)
    _, error = run("vraem:bufferoverlap", {"SOURCE": towns_geojson, "DISTANCE": 3, "UNIT": 1,
                                           "TARGET": plan_geojson, "OUTPUT": "memory:",
                                           "TARGETS": str(tmp_path / "sub" / ".." / "towns.geojson")})
    assert SAME_FILE in error
    assert_untouched(before, tmp_path)


def test_importplan_output_is_its_input(tmp_path, plan_geojson):
    before = fingerprint(tmp_path)
    _, error = run("vraem:importplan", {"INPUT": plan_geojson, "OUTPUT": plan_geojson})
    assert SAME_FILE in error
    assert_untouched(before, tmp_path)


def test_exportreport_csv_is_its_input_geopackage(tmp_path, fields_gpkg):
    before = fingerprint(tmp_path)
    _, error = run("vraem:exportreport", {"INPUT": fields_gpkg, "OUTPUT_CSV": str(tmp_path / "fields.gpkg"),
                                          "OUTPUT_PDF": str(tmp_path / "r.pdf"), "OUTPUT_PNG": str(tmp_path / "r.png")})
    assert SAME_FILE in error
    assert_untouched(before, tmp_path)


def test_buildzone_districts_output_is_its_input(tmp_path, districts_copy):
    before = fingerprint(tmp_path)
    _, error = run("vraem:buildzone", {"INPUT": districts_copy, "OUTPUT_ZONE": "memory:",
                                       "OUTPUT_DISTRICTS": districts_copy})
    assert SAME_FILE in error
    assert_untouched(before, tmp_path)


def test_newplan_into_the_bundled_data_is_refused(tmp_path):
    from vraem_analyst.plugin.paths import DATA_GPKG

    before = fingerprint(tmp_path)
    _, error = run("vraem:newplan", {"OUTPUT": DATA_GPKG, "LAYER_NAME": "mine"})
    assert SAME_FILE in error
    assert_untouched(before, tmp_path)


def _database_output(path, table):
    """An output written into a file as a database table (as the Processing dialog's "Save to
    GeoPackage" or a model gives it)."""
    return f"ogr:dbname='{path}' table=\"{table}\" (geom)"


def test_areayield_output_as_a_database_table_of_its_input(tmp_path, fields_gpkg):
    before = fingerprint(tmp_path)
    _, error = run("vraem:areayield", {"INPUT": fields_gpkg, "OUTPUT": _database_output(tmp_path / "fields.gpkg", "areas"),
                                       "SUMMARY": "memory:"})
    assert SAME_FILE in error
    assert_untouched(before, tmp_path)


@pytest.mark.parametrize("form", ["database table", "file with a layer name"])
def test_areayield_output_layer_joins_an_existing_geopackage(tmp_path, fields_gpkg, form):
    """Staged as a copy of the GeoPackage: it keeps its other layer, gains the new one, and no
    temporary file stays (a file with a layer name used to replace the whole GeoPackage)."""
    from qgis.core import QgsProcessingOutputLayerDefinition, QgsVectorLayer

    other = tmp_path / "out"
    other.mkdir()
    write_layer(other / "results.gpkg", polygon_wkts(3), layer_name="earlier")
    output = QgsProcessingOutputLayerDefinition(str(other / "results.gpkg"))
    output.createOptions = {"layerName": "areas"}
    if form == "database table":
        output = _database_output(other / "results.gpkg", "areas")
    results, error = run("vraem:areayield", {"INPUT": fields_gpkg, "SUMMARY": "memory:", "OUTPUT": output})
    assert error is None, error
    assert sorted(os.listdir(other)) == ["results.gpkg"]
    assert results["OUTPUT"] == f"{other / 'results.gpkg'}|layername=areas"
    assert QgsVectorLayer(results["OUTPUT"], "areas", "ogr").featureCount() == 40
    assert QgsVectorLayer(f"{other / 'results.gpkg'}|layername=earlier", "earlier", "ogr").featureCount() == 3


@pytest.mark.parametrize("output", ["spatialite:dbname='{folder}/fields.sqlite' table=\"areas\" (geom)",
                                    "/vsizip/{folder}/areas.zip/areas.shp"])
def test_areayield_output_into_a_file_not_named_as_a_path_is_refused(tmp_path, fields_gpkg, output):
    before = fingerprint(tmp_path)
    _, error = run("vraem:areayield", {"INPUT": fields_gpkg, "OUTPUT": output.format(folder=tmp_path),
                                       "SUMMARY": "memory:"})
    assert "give a file path instead" in error
    assert_untouched(before, tmp_path)


def test_two_outputs_of_one_run_in_the_same_file(tmp_path, plan_geojson, towns_geojson):
    before = fingerprint(tmp_path)
    table = str(tmp_path / "tables.csv")
    _, error = run("vraem:bufferoverlap", {"SOURCE": towns_geojson, "DISTANCE": 3, "UNIT": 1,
                                           "TARGET": plan_geojson, "OUTPUT": "memory:", "TARGETS": table,
                                           "SOURCES": table})
    assert "same file" in error
    assert_untouched(before, tmp_path)


@pytest.fixture(scope="module")
def process_profile(plugin_zip, tmp_path_factory):
    root = tmp_path_factory.mktemp("faults-qgis-process")
    qgis_unzip(plugin_zip, root / "plugins")
    config, plugins = root / "config", root / "plugins"
    qgis_process(["plugins", "enable", PACKAGE], config, plugins)
    return config, plugins


@pytest.mark.slow
def test_qgis_process_buildzone_onto_its_input_fails_and_keeps_it(tmp_path, districts_copy, process_profile):
    before = fingerprint(tmp_path)
    result = qgis_process(["run", "vraem:buildzone", "--", f"INPUT={districts_copy}",
                           f"OUTPUT_ZONE={tmp_path / 'zone.gpkg'}", f"OUTPUT_DISTRICTS={districts_copy}"],
                          *process_profile)
    assert result.returncode == 1, result.stdout + result.stderr
    assert SAME_FILE in result.stdout + result.stderr
    assert_untouched(before, tmp_path)


@pytest.mark.slow
def test_qgis_process_exportreport_csv_onto_its_input_fails_and_keeps_it(tmp_path, fields_gpkg, process_profile):
    before = fingerprint(tmp_path)
    result = qgis_process(["run", "vraem:exportreport", "--", f"INPUT={fields_gpkg}",
                           f"OUTPUT_CSV={tmp_path / 'fields.gpkg'}", f"OUTPUT_PDF={tmp_path / 'r.pdf'}",
                           f"OUTPUT_PNG={tmp_path / 'r.png'}"], *process_profile)
    assert result.returncode == 1, result.stdout + result.stderr
    assert SAME_FILE in result.stdout + result.stderr
    assert_untouched(before, tmp_path)


# ------------------------------------------------------------------ a full disk

FULL = ("could not be written", "disk")


def _says_full(error):
    return error is not None and any(word in error for word in FULL)


@pytest.fixture
def big_plan(tmp_path):
    """A plan large enough (about 3 MB) to fill a small disk."""
    from qgis.PyQt.QtCore import QMetaType

    return write_layer(tmp_path / "big_plan.geojson", polygon_wkts(3000, vertices=40),
                       fields=[("sector_id", QMetaType.Type.QString)], attributes=[[f"S{i}"] for i in range(3000)])


def test_importplan_on_a_full_disk_leaves_nothing(tmp_path, big_plan):
    with small_disk(tmp_path, "256k") as disk:
        before = fingerprint(tmp_path)
        _, error = run("vraem:importplan", {"INPUT": big_plan, "OUTPUT": str(disk / "plan.gpkg")})
        assert _says_full(error), error
        assert_untouched(before, tmp_path)
        assert os.listdir(disk) == []


def test_areayield_table_on_a_full_disk_leaves_nothing(tmp_path):
    source = write_layer(tmp_path / "many.gpkg", polygon_wkts(6000), layer_name="fields")
    with small_disk(tmp_path, "256k") as disk:
        before = fingerprint(tmp_path)
        _, error = run("vraem:areayield", {"INPUT": source, "OUTPUT": str(disk / "areas.gpkg"),
                                           "SUMMARY": str(disk / "summary.csv")})
        assert _says_full(error), error
        assert_untouched(before, tmp_path)
        assert os.listdir(disk) == []


def test_buildzone_on_a_full_disk_leaves_nothing(tmp_path, districts_copy):
    with small_disk(tmp_path, "160k") as disk:
        before = fingerprint(tmp_path)
        _, error = run("vraem:buildzone", {"INPUT": districts_copy, "OUTPUT_ZONE": str(disk / "zone.gpkg"),
                                           "OUTPUT_DISTRICTS": str(disk / "districts.gpkg")})
        assert _says_full(error), error
        assert_untouched(before, tmp_path)
        assert os.listdir(disk) == []


def test_exportreport_on_a_full_disk_leaves_nothing(tmp_path):
    with small_disk(tmp_path, "96k") as disk:
        before = fingerprint(tmp_path)
        _, error = run("vraem:exportreport", {"OUTPUT_CSV": str(disk / "r.csv"), "OUTPUT_PDF": str(disk / "r.pdf"),
                                              "OUTPUT_PNG": str(disk / "r.png"), "DPI": 150})
        assert error is not None and ("failed" in error or "wrote no file" in error or _says_full(error)), error
        assert_untouched(before, tmp_path)
        assert os.listdir(disk) == []


def test_newplan_on_a_full_disk_leaves_nothing(tmp_path):
    with small_disk(tmp_path, "16k") as disk:
        before = fingerprint(tmp_path)
        _, error = run("vraem:newplan", {"OUTPUT": str(disk / "plan.gpkg")})
        assert error is not None and ("could not be created" in error or _says_full(error)), error
        assert_untouched(before, tmp_path)
        assert os.listdir(disk) == []


_FSIZE_SCRIPT = r"""
import json, sys
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, "/usr/share/qgis/python/plugins")
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
from processing.core.Processing import Processing
Processing.initialize()
from qgis import processing
from qgis.core import QgsProcessingException
from vraem_analyst.plugin.processing.provider import VraemProvider
provider = VraemProvider(); QgsApplication.processingRegistry().addProvider(provider)
try:
    result = processing.run("vraem:importplan", {"INPUT": sys.argv[2], "OUTPUT": sys.argv[3]})
    print(json.dumps({"count": result["COUNT"]}))
    sys.exit(0)
except QgsProcessingException as error:
    print(json.dumps({"error": str(error)}))
    sys.exit(1)
"""


def test_importplan_past_a_file_size_limit_fails_and_leaves_nothing(tmp_path, big_plan):
    """RLIMIT_FSIZE: the kernel refuses writes past 300 kB, as a full disk or a quota would."""
    import conftest

    out = tmp_path / "out"
    out.mkdir()
    before = fingerprint(tmp_path)

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))

    profile = tempfile.mkdtemp(prefix="vraem-fsize-profile-")  # QGIS writes its settings there, not beside the data
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=profile)
    result = subprocess.run([sys.executable, "-c", _FSIZE_SCRIPT, str(conftest._IMPORT_ROOT), big_plan,
                             str(out / "plan.gpkg")], preexec_fn=limit, env=env, capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 1, result.stdout + result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert _says_full(answer["error"]), answer
    assert_untouched(before, tmp_path)


# ------------------------------------------------------------------ a read-only folder

READ_ONLY = "cannot be written"


def test_exportreport_into_a_read_only_folder(tmp_path):
    with small_disk(tmp_path, read_only=True) as disk:
        before = fingerprint(tmp_path)
        _, error = run("vraem:exportreport", {"OUTPUT_CSV": str(disk / "r.csv"), "OUTPUT_PDF": str(disk / "r.pdf"),
                                              "OUTPUT_PNG": str(disk / "r.png")})
        assert READ_ONLY in error
        assert_untouched(before, tmp_path)


def test_areayield_into_a_read_only_folder(tmp_path, fields_gpkg):
    with small_disk(tmp_path, read_only=True) as disk:
        before = fingerprint(tmp_path)
        _, error = run("vraem:areayield", {"INPUT": fields_gpkg, "OUTPUT": str(disk / "a.gpkg"), "SUMMARY": "memory:"})
        assert READ_ONLY in error
        assert_untouched(before, tmp_path)


def test_newplan_into_a_read_only_folder(tmp_path):
    with small_disk(tmp_path, read_only=True) as disk:
        before = fingerprint(tmp_path)
        _, error = run("vraem:newplan", {"OUTPUT": str(disk / "plan.gpkg")})
        assert READ_ONLY in error
        assert_untouched(before, tmp_path)


def test_figures_csv_into_a_read_only_folder_is_a_clear_error(tmp_path):
    from vraem_analyst.plugin.core.errors import VraemError
    from vraem_analyst.plugin.core.report import figures as report_figures

    figures = report_figures.figures_from_results(zone_area_ha=10.0)
    with small_disk(tmp_path, read_only=True) as disk:
        with pytest.raises(VraemError, match=READ_ONLY):
            report_figures.write_figures_csv(figures, str(disk / "figures.csv"))


# ------------------------------------------------------------------ a later output fails


def test_exportreport_keeps_no_csv_or_pdf_when_the_png_fails(tmp_path):
    """The PNG's folder does not exist: the run fails before anything is written, so the CSV and the
    PDF of the same run are not left behind."""
    before = fingerprint(tmp_path)
    _, error = run("vraem:exportreport", {"OUTPUT_CSV": str(tmp_path / "r.csv"), "OUTPUT_PDF": str(tmp_path / "r.pdf"),
                                          "OUTPUT_PNG": str(tmp_path / "missing" / "r.png")})
    assert "does not exist" in error
    assert_untouched(before, tmp_path)


def test_a_failed_export_leaves_the_previous_outputs_as_they_were(tmp_path):
    for name in ("r.csv", "r.pdf"):
        (tmp_path / name).write_bytes(b"previous " + name.encode())
    with small_disk(tmp_path, "96k") as disk:
        before = fingerprint(tmp_path)
        _, error = run("vraem:exportreport", {"OUTPUT_CSV": str(tmp_path / "r.csv"),
                                              "OUTPUT_PDF": str(tmp_path / "r.pdf"),
                                              "OUTPUT_PNG": str(disk / "r.png"), "DPI": 300})
        assert error is not None
        assert_untouched(before, tmp_path)


def test_a_layer_is_never_added_to_a_geopackage_the_project_has_open(tmp_path, fields_gpkg, qgis_new_project):
    """Adding a layer replaces the file by an updated copy: a project layer still reading the old
    file would save its edits into the replaced one."""
    from qgis.core import QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(fields_gpkg, "fields", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        before = fingerprint(tmp_path)
        _, error = run("vraem:newplan", {"OUTPUT": str(tmp_path / "fields.gpkg"), "LAYER_NAME": "plan"})
        assert "is open in the project" in error
        assert_untouched(before, tmp_path)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


# ------------------------------------------------------------------ the panel's own files



def _dock_with_figures(dock):
    find(dock, "VraemClaimAreaSpin").setValue(1000)
    find(dock, "VraemClaimTonnesSpin").setValue(7)
    dock.claim.run()
    assert dock.export.figures_text(",")


def test_dock_csv_onto_a_file_of_the_project_is_refused(dock, tmp_path, fields_gpkg, qgis_iface):
    from qgis.core import QgsProject, QgsVectorLayer

    QgsProject.instance().addMapLayer(QgsVectorLayer(fields_gpkg, "fields", "ogr"))
    _dock_with_figures(dock)
    before = fingerprint(tmp_path)
    assert dock.export.export_csv(str(tmp_path / "fields.gpkg")) is False
    assert SAME_FILE in " ".join(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
    assert_untouched(before, tmp_path)


def test_dock_csv_into_a_read_only_folder_is_a_message_not_a_traceback(dock, tmp_path, qgis_iface):
    _dock_with_figures(dock)
    with small_disk(tmp_path, read_only=True) as disk:
        before = fingerprint(tmp_path)
        assert dock.export.export_csv(str(disk / "figures.csv")) is False
        assert READ_ONLY in " ".join(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
        assert_untouched(before, tmp_path)


def test_a_refused_output_removes_the_copies_staged_for_the_earlier_ones(tmp_path, fields_gpkg):
    """OUTPUT adds a layer to an existing GeoPackage (staged as a copy of it); TARGETS is the input:
    the run is refused and the copy is gone."""
    from qgis.core import QgsProcessingOutputLayerDefinition

    existing = write_layer(tmp_path / "results.gpkg", polygon_wkts(2), layer_name="old")
    zone = QgsProcessingOutputLayerDefinition(existing.split("|")[0])
    zone.createOptions = {"layerName": "zone"}
    before = fingerprint(tmp_path)
    _, error = run("vraem:bufferoverlap", {"SOURCE": fields_gpkg, "DISTANCE": 1, "UNIT": 1, "TARGET": fields_gpkg,
                                           "OUTPUT": zone, "TARGETS": str(tmp_path / "fields.gpkg")})
    assert SAME_FILE in error
    assert_untouched(before, tmp_path)


def test_an_output_that_fails_as_it_is_closed_leaves_nothing(tmp_path, fields_gpkg, monkeypatch):
    """The last write of a file can fail when it is closed (a GeoPackage commits its data then): the run
    reports it and removes every file it staged, those of its other outputs too."""
    from vraem_analyst.plugin.core.errors import VraemError
    from vraem_analyst.plugin.processing import outputs

    real_close = outputs.CheckedSink.close

    def close_then_fail(sink):
        real_close(sink)  # the file is written and closed, as far as it got
        raise VraemError("The output could not be written (is the disk full?): closing failed")

    monkeypatch.setattr(outputs.CheckedSink, "close", close_then_fail)
    before = fingerprint(tmp_path)
    _, error = run("vraem:areayield", {"INPUT": fields_gpkg, "OUTPUT": str(tmp_path / "areas.gpkg"),
                                       "SUMMARY": str(tmp_path / "summary.gpkg")})
    assert _says_full(error), error
    assert_untouched(before, tmp_path)
