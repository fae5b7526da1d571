"""The dock on 100,000 small polygons (0.1–2 ha, like coca fields) in a GeoPackage: the first result
is right and the event loop keeps running while the task works. Timings are written to
out/test-artifacts/dock_benchmark.txt for a person to read; none is asserted."""

import time

import pytest
from dock_helpers import find  # the `dock` fixture is in conftest.py
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QTimer

from vraem_analyst.plugin.gui.widgets import set_combo_data

pytestmark = pytest.mark.slow
FEATURES = 100_000


def _fields_gpkg(path):
    """Squares of 0.1–2 ha scattered over the VRAEM, from a fixed linear congruential sequence."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "fields", "memory")
    state = 12345

    def next_unit():
        nonlocal state
        state = (1103515245 * state + 12345) % 2 ** 31
        return state / 2 ** 31

    features = []
    for _ in range(FEATURES):
        lon, lat = -74.5 + 1.5 * next_unit(), -13.0 + 1.5 * next_unit()
        side = (0.1 + 1.9 * next_unit()) ** 0.5 * 100 / 111_000
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({lon} {lat},{lon + side} {lat},{lon + side} {lat - side},{lon} {lat - side},{lon} {lat}))"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "fields"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(), options)
    return QgsVectorLayer(f"{path}|layername=fields", "fields", "ogr")


def _run(dock, action, ticks):
    ticks.clear()
    start = time.perf_counter()
    action()
    while dock.areas.debounce.isActive() or "areas" in dock.runner.current:
        QgsApplication.processEvents()
        time.sleep(0.002)
    elapsed = time.perf_counter() - start
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:])]
    return elapsed, len(ticks), max(gaps) if gaps else float("nan")


def test_first_result_on_100000_polygons_and_responsiveness(dock, tmp_path, artifacts_dir):
    from vraem_analyst.plugin.core.areas import compute_areas
    from vraem_analyst.plugin.core.totals import measure_total

    layer = _fields_gpkg(tmp_path / "fields.gpkg")
    assert layer.isValid() and layer.featureCount() == FEATURES
    QgsProject.instance().addMapLayer(layer)
    start = time.perf_counter()
    floor = sum(1 for _ in layer.getFeatures())
    floor_s = time.perf_counter() - start

    ticks = []
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    set_combo_data(find(dock, "VraemParameterSetCombo"), "vraem")
    first_s, first_ticks, first_gap = _run(dock, lambda: find(dock, "VraemAreaLayerCombo").setLayer(layer), ticks)
    _, totals = dock.areas.model.as_table()[0], dock.areas.model.rows[-1]
    engine = compute_areas(layer, project=QgsProject.instance())  # per feature, as the dock computes
    assert totals.is_total and totals.values["area_ha"] == pytest.approx(engine.total_ha, rel=1e-12)
    # the totals-only engine path measures in batches by another exact method: equal to rounding
    totals_only = measure_total(layer, project=QgsProject.instance())
    assert totals_only.total_ha == pytest.approx(engine.total_ha, rel=1e-9)
    assert dock.areas.model.rowCount() == 2001
    # the main loop ran during the computation (the dock did not freeze QGIS)
    assert first_ticks >= 1

    layer.selectByIds(list(range(1, 5001)))
    find(dock, "VraemSelectedOnlyCheck").setChecked(True)
    selection_s, selection_ticks, selection_gap = _run(dock, lambda: None, ticks)
    assert dock.areas.model.rows[-1].values["fid"].startswith("Total (5000")

    find(dock, "VraemSelectedOnlyCheck").setChecked(False)
    dock.areas.debounce.stop()
    task = dock.areas.run()
    time.sleep(0.3)
    start = time.perf_counter()
    dock.areas.cancel()
    while not task.done:
        QgsApplication.processEvents()
        time.sleep(0.002)
    cancel_s = time.perf_counter() - start
    timer.stop()

    report = "\n".join([
        f"dock benchmark, {FEATURES:,} polygons in a GeoPackage (EPSG:4326)",
        f"reading all features with geometry (floor): {floor_s:.2f} s ({floor} features)",
        f"time to first result (all features): {first_s:.2f} s; a 50 ms timer ticked {first_ticks} times, "
        f"longest gap {first_gap * 1000:.0f} ms",
        f"5,000 selected features: {selection_s:.2f} s; ticks {selection_ticks}, "
        f"longest gap {selection_gap * 1000:.0f} ms",
        f"cancel honoured after {cancel_s:.3f} s (cancelled={task.cancelled})",
    ])
    (artifacts_dir / "dock_benchmark.txt").write_text(report + "\n", encoding="utf-8")
    print(report)
