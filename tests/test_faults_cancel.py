"""Fault suite, cancel: every algorithm and dock task cancelled at random points (seeded) of its
progress, then repeated cancels followed by a normal run that must finish (time limit). Each case
checks the message, that the inputs are byte-identical and that nothing was written."""

import random
import threading

import pytest
from dock_helpers import find, wait_for  # the `dock` fixture is in conftest.py
from fault_helpers import (
    assert_untouched,
    cancelling_feedback,
    fingerprint,
    polygon_wkts,
    progress_reports,
    run,
    write_layer,
)
from qgis.core import QgsProcessingFeedback, QgsProject
from test_dock import point_layer, set_combo_data

pytestmark = pytest.mark.usefixtures("vraem_provider")

CANCELLED = "ancel"  # "Cancelled…", "cancelled"
POINTS = 3  # random cancel points per algorithm, plus "before it starts"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, shared_data):
    """Real files in a folder of their own: fields (GeoPackage), towns, a plan and district boundaries."""
    from qgis.PyQt.QtCore import QMetaType

    folder = tmp_path_factory.mktemp("cancel-inputs")
    districts = folder / "districts.geojson"
    districts.write_bytes((shared_data / "peru_distrital_simple.geojson").read_bytes())
    return {
        "folder": folder,
        "fields": write_layer(folder / "fields.gpkg", polygon_wkts(4000), layer_name="fields"),
        "towns": write_layer(folder / "towns.geojson", [f"POINT({-73.9 + 0.05 * i} -12.4)" for i in range(8)],
                             kind="Point"),
        "plan": write_layer(folder / "plan.geojson", polygon_wkts(1500, vertices=12),
                            fields=[("sector_id", QMetaType.Type.QString)], attributes=[[f"S{i}"] for i in range(1500)]),
        "districts": str(districts),
    }


def _cases(inputs, out):
    return {
        "areayield": {"INPUT": inputs["fields"], "ZONE": f"{_bundled()}|layername=zone",
                      "OUTPUT": str(out / "areas.gpkg"), "SUMMARY": str(out / "summary.csv")},
        "bufferoverlap": {"SOURCE": inputs["towns"], "DISTANCE": 4, "UNIT": 1, "TARGET": inputs["fields"],
                          "OUTPUT": str(out / "overlaps.gpkg"), "TARGETS": str(out / "targets.csv")},
        "buildzone": {"INPUT": inputs["districts"], "OUTPUT_ZONE": str(out / "zone.gpkg"),
                      "OUTPUT_DISTRICTS": str(out / "districts.gpkg")},
        "importplan": {"INPUT": inputs["plan"], "OUTPUT": str(out / "plan.gpkg")},
        "exportreport": {"OUTPUT_CSV": str(out / "r.csv"), "OUTPUT_PDF": str(out / "r.pdf"),
                         "OUTPUT_PNG": str(out / "r.png"), "DPI": 72},
        "claimcheck": {"AREA": 100, "AREA_UNIT": 2, "TONNES": 300, "OUTPUT": str(out / "claim.csv")},
        "newplan": {"OUTPUT": str(out / "new.gpkg")},
    }


def _bundled():
    from vraem_analyst.plugin.paths import DATA_GPKG

    return DATA_GPKG


@pytest.mark.parametrize("name", ["areayield", "bufferoverlap", "buildzone", "importplan", "exportreport",
                                  "claimcheck", "newplan"])
def test_cancel_at_random_points_leaves_nothing(name, inputs, tmp_path):
    normal = tmp_path / "normal"
    normal.mkdir()
    reports, _ = progress_reports(f"vraem:{name}", _cases(inputs, normal)[name])
    points = [0] + sorted(random.Random(f"cancel-{name}").sample(range(1, reports + 1), min(POINTS, reports)))
    for point in points:
        out = tmp_path / f"cancel-{point}"
        out.mkdir()
        before = fingerprint(inputs["folder"], out)
        _, error = run(f"vraem:{name}", _cases(inputs, out)[name], cancelling_feedback(point))
        assert error is not None and CANCELLED in error, (point, reports, error)
        assert_untouched(before, inputs["folder"], out)


@pytest.mark.timeout(300, method="thread")  # a run blocked in QGIS's connection pool ignores signals
@pytest.mark.parametrize("name", ["areayield", "bufferoverlap"])
def test_repeated_cancels_then_a_normal_run_finishes(name, inputs, tmp_path):
    """Each cancelled run must release its readers: QGIS's connection pool allows four at once per
    file, so the readers that cancelled runs kept made the fifth run wait for ever."""
    before = fingerprint(inputs["folder"])
    parameters = dict(_cases(inputs, tmp_path)[name])
    parameters.update({key: "memory:" for key in ("OUTPUT", "SUMMARY", "TARGETS") if key in parameters})
    for _ in range(6):
        _, error = run(f"vraem:{name}", parameters, cancelling_feedback(1))
        assert error is not None and CANCELLED in error, error
    results, error = run(f"vraem:{name}", parameters)
    assert error is None, error
    assert results["OVERLAP_HA" if name == "bufferoverlap" else "TOTAL_HA"] > 0
    assert_untouched(before, inputs["folder"])


# ------------------------------------------------------------------ dock tasks


def _cancel_task_at(task, point):
    """Cancel `task` at its `point`-th progress report (0: at once)."""
    task.reports = 0

    def count(_value):
        task.reports += 1
        if task.reports >= point:
            task.cancel()

    task.feedback.progressChanged.connect(count)
    if point <= 0:
        task.cancel()


def _file_layer(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "fields", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


def _dock_case(dock, name, inputs):
    """Start the dock's task `name` on real file layers; returns the task."""
    if name == "areas":
        find(dock, "VraemAreaLayerCombo").setLayer(_file_layer(inputs["fields"]))
        dock.areas.debounce.stop()
        return dock.areas.run()
    if name == "overlap":
        towns = point_layer([(-73.9 + 0.05 * i, -12.4) for i in range(8)])
        find(dock, "VraemOverlapSourceCombo").setLayer(towns)
        find(dock, "VraemOverlapTargetCombo").setLayer(_file_layer(inputs["fields"]))
        find(dock, "VraemOverlapDistanceSpin").setValue(4)
        set_combo_data(find(dock, "VraemOverlapUnitCombo"), "km")
        return dock.overlap.run()
    from qgis.core import QgsVectorLayer

    districts = QgsVectorLayer(inputs["districts"], "districts", "ogr")
    QgsProject.instance().addMapLayer(districts)
    return dock.layers.build_zone(districts)


@pytest.mark.timeout(600)
@pytest.mark.parametrize("name", ["areas", "overlap", "zone"])
def test_dock_task_cancelled_at_random_points_adds_nothing_and_the_next_run_finishes(dock, name, inputs):
    before = fingerprint(inputs["folder"])
    points = [0] + sorted(random.Random(f"dock-{name}").sample(range(1, 40), POINTS))
    for point in points:
        layers_before = set(QgsProject.instance().mapLayers())
        task = _dock_case(dock, name, inputs)
        _cancel_task_at(task, point)
        assert wait_for(lambda task=task: task.done, 300), f"the cancelled {name} task did not end"
        assert task.cancelled or task.error is None, task.error
        added = [QgsProject.instance().mapLayer(layer_id) for layer_id in
                 set(QgsProject.instance().mapLayers()) - layers_before]
        results = [layer.name() for layer in added if layer.providerType() == "memory" and layer.name() != "towns"]
        assert not (task.cancelled and results), f"a cancelled {name} task added {results}"
        assert point > 0 or task.cancelled
        QgsProject.instance().removeMapLayers([layer.id() for layer in added])
    task = _dock_case(dock, name, inputs)
    assert wait_for(lambda: task.done, 300), f"the {name} task after the cancels did not finish"
    assert not task.cancelled and task.error is None, task.error
    assert_untouched(before, inputs["folder"])


@pytest.fixture(scope="module")
def big_plan(tmp_path_factory):
    """A 100,000-sector GeoJSON plan (33 MB): GDAL parses it whole, twice, before its first feature."""
    from qgis.PyQt.QtCore import QMetaType

    folder = tmp_path_factory.mktemp("big-plan")
    count = 100_000
    path = write_layer(folder / "plan.geojson", polygon_wkts(count), fields=[("sector_id", QMetaType.Type.QString)],
                       attributes=[[f"S{i}"] for i in range(count)])
    return folder, path, count


def _plan_readers():
    return [thread for thread in threading.enumerate() if thread.name == "vraem-plan-read"]


@pytest.mark.timeout(600, method="thread")
def test_importplan_cancelled_while_gdal_parses_a_big_geojson_stops_and_the_next_run_works(big_plan, tmp_path):
    """Cancelled at 0.5 s, three times in a row, the import stops waiting for GDAL's parse (the
    readers it leaves only read and then let go of the file); nothing is written and the next
    normal run imports it all."""
    folder, path, count = big_plan
    before = fingerprint(folder, tmp_path)
    for _ in range(3):
        feedback = QgsProcessingFeedback()
        timer = threading.Timer(0.5, feedback.cancel)
        timer.start()
        _, error = run("vraem:importplan", {"INPUT": path, "OUTPUT": str(tmp_path / "plan.gpkg")}, feedback)
        timer.join()
        assert error is not None and CANCELLED in error, error
        assert _plan_readers(), "the cancelled import waited for the whole file to be parsed"
    for reader in _plan_readers():
        reader.join(300)
        assert not reader.is_alive(), "the abandoned reader did not stop"
    assert_untouched(before, folder, tmp_path)
    results, error = run("vraem:importplan", {"INPUT": path, "OUTPUT": str(tmp_path / "plan.gpkg")})
    assert error is None, error
    assert results["COUNT"] == count
    assert not _plan_readers()
