"""The cycle collector is paused while runs are under way and comes back as it was before them."""

import gc
import threading

import pytest
from qgis.core import QgsProcessingFeedback

from vraem_analyst.plugin.core.cycles import collector_paused
from vraem_analyst.plugin.core.errors import VraemError


def test_paused_during_a_run_and_back_after_it_even_when_it_fails(qgis_app):
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("a failed run")
    assert gc.isenabled()


def test_overlapping_runs_in_two_threads_resume_it_when_the_last_ends(qgis_app):
    first_in, second_done, first_may_end = threading.Event(), threading.Event(), threading.Event()
    seen = {}

    def first():
        with collector_paused():
            first_in.set()
            first_may_end.wait(10)
            seen["first, after the second ended"] = gc.isenabled()

    def second():
        first_in.wait(10)
        with collector_paused():
            pass
        seen["second ended, first under way"] = gc.isenabled()
        second_done.set()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    second_done.wait(10)
    first_may_end.set()
    for thread in threads:
        thread.join(10)
    assert seen == {"second ended, first under way": False, "first, after the second ended": False}
    assert gc.isenabled()


def test_left_off_when_it_was_off_before(qgis_app):
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_algorithm_and_a_dock_task_run_with_it_paused_and_leave_it_on(vraem_provider):
    """Through the two doors every run takes: VraemAlgorithm.processAlgorithm and the dock's FunctionTask."""
    import processing
    from engine_helpers import memory_layer
    from qgis.core import QgsProcessingContext, QgsProject

    from vraem_analyst.plugin.gui.tasks import FunctionTask
    from vraem_analyst.plugin.processing.analysis.area_yield import AreaYieldAlgorithm

    states = []
    original = AreaYieldAlgorithm.run_algorithm

    def recording(self, parameters, context, feedback):
        states.append(gc.isenabled())
        return original(self, parameters, context, feedback)

    AreaYieldAlgorithm.run_algorithm = recording
    try:
        layer = memory_layer("Polygon", "EPSG:4326", ["POLYGON((-74 -12, -73.99 -12, -73.99 -11.99, -74 -11.99, -74 -12))"])
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        processing.run("vraem:areayield", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"}, context=context,
                       feedback=QgsProcessingFeedback())
    finally:
        AreaYieldAlgorithm.run_algorithm = original
    assert states == [False] and gc.isenabled()

    def failing(feedback):
        states.append(gc.isenabled())
        raise VraemError("refused")

    task = FunctionTask("test", failing, None)
    assert task.run() is False and task.error == "refused"
    assert states == [False, False] and gc.isenabled()


def test_the_engine_s_runs_leave_no_reference_cycles(qgis_app):
    """Why pausing the collector is safe: what a run makes is freed by reference counting alone.
    A buffer overlap with neighbouring buffers (their boxes meet) and a wide target, and area totals
    read through QGIS, run twice (the first fills caches): nothing is left for the collector to find."""
    from engine_helpers import GEOD, field_ring, memory_layer
    from qgis.core import QgsProject
    from shapely.geometry import box

    from vraem_analyst.plugin.core import overlap
    from vraem_analyst.plugin.core.snapshot import LayerSnapshot
    from vraem_analyst.plugin.core.totals import measure_total

    lon, lat = -74.2, -12.3
    points = [(lon, lat), GEOD.fwd(lon, lat, 90, 2500)[:2], GEOD.fwd(lon, lat, 90, 40_000)[:2]]
    source = memory_layer("Point", "EPSG:4326", [f"POINT({x} {y})" for x, y in points])
    shapes = [box(lon - 0.01, lat - 0.004, points[2][0] + 0.01, lat + 0.004)]
    shapes += [field_ring(lon + 0.01 * i, lat + 0.01, 0.8) for i in range(-3, 4)]
    target = memory_layer("Polygon", "EPSG:4326", [shape.wkt for shape in shapes])

    def runs():
        for dissolve in (False, True):
            result = overlap.buffer_overlap(source, 3000, target, dissolve=dissolve, project=QgsProject(),
                                            keep_geometries=True)
            assert result.targets_touched >= 3
        assert measure_total(LayerSnapshot(target)).feature_count == len(shapes)

    runs()
    gc.collect()
    runs()
    assert gc.collect() == 0
