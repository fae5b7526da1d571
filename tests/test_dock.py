"""The real dock, driven through its widgets with pytest-qgis: live areas & yield, buffer overlaps,
claim check, export, robustness to layers coming and going, and state saved with the project.

Figures are compared with the engine's own results and with independent oracles (pyproj's geodesic
areas, the published ratios in shared/facts)."""

import csv
import datetime
import os

import pytest
from dock_helpers import find, pdf_page_count, reopen_without_layer, wait_for
from pyproj import Geod
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
    edit,
)
from qgis.PyQt.QtCore import QMetaType, Qt
from qgis.PyQt.QtWidgets import QApplication
from shapely import wkt as shapely_wkt

from vraem_analyst.plugin.gui.widgets import set_combo_data
from vraem_analyst.plugin.paths import plugin_version

GEOD = Geod(ellps="WGS84")


# ------------------------------------------------------------------------------------------ helpers


def wait_idle(dock, slot="areas", timeout=60.0):
    """Until no debounce is pending and the slot's task has reported back."""
    assert wait_for(lambda: not dock.areas.debounce.isActive() and slot not in dock.runner.current, timeout), \
        f"the {slot} task did not finish"


def run_overlap(dock, source, target, distance_km):
    """Choose the layers and the distance in km in the overlap section, press Run, wait for the task."""
    find(dock, "VraemOverlapSourceCombo").setLayer(source)
    find(dock, "VraemOverlapTargetCombo").setLayer(target)
    find(dock, "VraemOverlapDistanceSpin").setValue(distance_km)
    set_combo_data(find(dock, "VraemOverlapUnitCombo"), "km")
    find(dock, "VraemOverlapRunButton").click()
    wait_idle(dock, "overlap")


def square_wkt(lon, lat, size_deg):
    return (f"POLYGON(({lon} {lat},{lon + size_deg} {lat},{lon + size_deg} {lat - size_deg},"
            f"{lon} {lat - size_deg},{lon} {lat}))")


def geodesic_ha(wkt):
    area, _ = GEOD.geometry_area_perimeter(shapely_wkt.loads(wkt))
    return abs(area) / 10_000.0


FIELDS_WKT = [square_wkt(-74.0 + 0.02 * i, -12.4 - 0.01 * i, 0.002 + 0.001 * i) for i in range(6)]


def polygon_layer(wkts=FIELDS_WKT, name="coca fields", crs="EPSG:4326", add=True):
    layer = QgsVectorLayer(f"Polygon?crs={crs}" if crs else "Polygon", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("name", QMetaType.Type.QString)])
    layer.updateFields()
    features = []
    for number, text in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(text))
        feature.setAttributes([f"field {number}"])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    if add:
        QgsProject.instance().addMapLayer(layer)
    return layer


def point_layer(points, name="towns", crs="EPSG:4326"):
    layer = QgsVectorLayer(f"Point?crs={crs}", name, "memory")
    features = []
    for lon, lat in points:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    QgsProject.instance().addMapLayer(layer)
    return layer


def to_gpkg(layer, path, name):
    """Write a memory layer to a GeoPackage and load it (projects keep file layers across reopen)."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(),
                                                      options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    loaded = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert loaded.isValid()
    QgsProject.instance().addMapLayer(loaded)
    return loaded


def table(model):
    """{header: [values...]} with the totals row separate."""
    header, body = model.as_table()
    rows = [dict(zip(header, values)) for values in body]
    totals = [model.rows[i].is_total for i in range(len(model.rows))]
    return [r for r, t in zip(rows, totals) if not t], [r for r, t in zip(rows, totals) if t]


# ------------------------------------------------------------------------------------------ areas & yield


def test_dock_has_the_sections_and_a_polygon_only_picker(dock):
    from qgis.gui import QgsCollapsibleGroupBox

    names = {box.objectName() for box in dock.findChildren(QgsCollapsibleGroupBox)}
    assert {"VraemLayersGroup", "VraemAreasGroup", "VraemOverlapGroup", "VraemClaimGroup", "VraemTrendsGroup",
            "VraemExportGroup"} <= names
    polygons = polygon_layer()
    point_layer([(-74.0, -12.4)])
    combo = find(dock, "VraemAreaLayerCombo")
    listed = {combo.layer(i).id() for i in range(combo.count()) if combo.layer(i) is not None}
    assert listed == {polygons.id()}
    assert dock.objectName() == "VraemAnalystDock"


def test_areas_and_yield_match_engine_and_geodesic_oracle(dock):
    from vraem_analyst.plugin.core.areas import compute_areas
    from vraem_analyst.plugin.core.yields import parameter_sets, potential_yield

    layer = polygon_layer()
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    set_combo_data(find(dock, "VraemParameterSetCombo"), "vraem")
    wait_idle(dock)
    rows, totals = table(dock.areas.model)
    assert len(rows) == len(FIELDS_WKT) and len(totals) == 1
    engine = compute_areas(layer, project=QgsProject.instance())
    oracle_total = sum(geodesic_ha(text) for text in FIELDS_WKT)
    assert totals[0]["Area (ha)"] == pytest.approx(engine.total_ha, rel=1e-12)
    assert totals[0]["Area (ha)"] == pytest.approx(oracle_total, rel=1e-6)
    assert totals[0]["Area (km²)"] == pytest.approx(oracle_total / 100.0, rel=1e-6)
    by_fid = {row.fid: row.area_ha for row in engine.rows}
    for row in rows:
        assert row["Area (ha)"] == pytest.approx(by_fid[row["Feature"]], rel=1e-12)
    pset = parameter_sets()["vraem"]
    estimate = potential_yield(engine.total_ha, pset)
    assert totals[0]["Potential leaf (t/yr)"] == pytest.approx(estimate.leaf_t[1])
    # independent arithmetic: 3,600 kg leaf/ha/yr and 375 kg leaf per kg HCl (facts/yield_parameters.csv)
    assert totals[0]["Potential cocaine HCl (t/yr)"] == pytest.approx(oracle_total * 3600 / 375 / 1000, rel=1e-6)
    assert "ha" in dock.areas.status.text()


def test_polygons_that_cannot_be_coca_fields_are_flagged_with_the_yield(dock, qgis_iface):
    """A 0.2° square (about 4,800 ha) with the VRAEM yields: the status line and the message bar say
    it is far larger than a coca field, and the status says the yield takes every polygon as coca."""
    from vraem_analyst.plugin.core import plausibility, reference

    big = square_wkt(-74.3, -12.3, 0.2)
    layer = polygon_layer(FIELDS_WKT + [big], name="districts")
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    set_combo_data(find(dock, "VraemParameterSetCombo"), "vraem")
    wait_idle(dock)
    status = dock.areas.status.text()
    assert f"At least one polygon measures {geodesic_ha(big):,.0f} ha or more" in status
    lines = status.split("\n")
    # the plausibility lines end the figures; the last line says which zone was used
    assert lines[-2] == "Potential yield assumes that the whole of every analysed polygon is coca."
    assert lines[-1] == reference.zone_choice().note
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("far larger than a coca field" in text for text in warnings)
    summary, _pset = dock.areas.last_result
    assert plausibility.check_coca_polygons(summary).lines() == lines[-3:-1]
    set_combo_data(find(dock, "VraemParameterSetCombo"), "")  # areas only: no yield, nothing to warn about
    wait_idle(dock)
    assert "coca" not in dock.areas.status.text()


def test_any_layer_crs_gives_the_same_area(dock):
    """A layer in UTM 18S measures the same ground area as the same squares in WGS84, whatever the
    project CRS."""
    QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    wgs84 = polygon_layer(add=False)
    utm = QgsCoordinateReferenceSystem("EPSG:32718")
    transform = QgsCoordinateTransform(wgs84.crs(), utm, QgsProject.instance())
    texts = []
    for feature in wgs84.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.densifyByCount(50)  # straight lines in degrees stay (nearly) the same ground line
        geometry.transform(transform)
        texts.append(geometry.asWkt())
    layer = polygon_layer(texts, name="fields utm", crs="EPSG:32718")
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    wait_idle(dock)
    _, totals = table(dock.areas.model)
    assert totals[0]["Area (ha)"] == pytest.approx(sum(geodesic_ha(t) for t in FIELDS_WKT), rel=1e-4)


def test_selection_and_edits_update_live(dock):
    layer = polygon_layer()
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    find(dock, "VraemSelectedOnlyCheck").setChecked(True)
    wait_idle(dock)
    assert dock.areas.model.rowCount() == 0
    assert "selected" in dock.areas.status.text()

    ids = sorted(layer.allFeatureIds())[:2]
    layer.selectByIds(ids)
    wait_idle(dock)
    rows, totals = table(dock.areas.model)
    assert sorted(row["Feature"] for row in rows) == ids
    assert totals[0]["Area (ha)"] == pytest.approx(sum(geodesic_ha(FIELDS_WKT[i - 1]) for i in ids), rel=1e-6)

    # several quick changes → one debounced computation with the final selection
    started = []
    original = dock.runner.start
    dock.runner.start = lambda slot, task: started.append(slot) or original(slot, task)
    for fid in sorted(layer.allFeatureIds()):
        layer.selectByIds([fid])
    wait_idle(dock)
    dock.runner.start = original
    assert started == ["areas"]
    rows, _ = table(dock.areas.model)
    assert [row["Feature"] for row in rows] == [max(layer.allFeatureIds())]

    # an edit (new feature in the edit buffer) updates the figures too
    find(dock, "VraemSelectedOnlyCheck").setChecked(False)
    wait_idle(dock)
    before = table(dock.areas.model)[1][0]["Area (ha)"]
    extra = square_wkt(-73.5, -12.0, 0.01)
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(extra))
    layer.addFeature(feature)
    wait_idle(dock)
    after = table(dock.areas.model)[1][0]["Area (ha)"]
    assert after - before == pytest.approx(geodesic_ha(extra), rel=1e-6)
    layer.rollBack()
    wait_idle(dock)
    assert table(dock.areas.model)[1][0]["Area (ha)"] == pytest.approx(before, rel=1e-12)


def test_table_sorts_keeps_totals_last_and_explains_each_figure(dock):
    layer = polygon_layer()
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    set_combo_data(find(dock, "VraemParameterSetCombo"), "national")
    wait_idle(dock)
    view, proxy = dock.areas.view, dock.areas.proxy
    area_column = next(i for i, c in enumerate(dock.areas.model.columns) if c.key == "area_ha")
    leaf_column = next(i for i, c in enumerate(dock.areas.model.columns) if c.key == "leaf_t_cen")
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.sortByColumn(area_column, order)
        values = [proxy.index(r, area_column).data(Qt.ItemDataRole.UserRole + 1) for r in range(proxy.rowCount())]
        last = proxy.index(proxy.rowCount() - 1, 0).data()
        assert last.startswith("Total")
        body = values[:-1]
        assert body == sorted(body, reverse=order == Qt.SortOrder.DescendingOrder)
    headers = [dock.areas.model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(dock.areas.model.columns))]
    # issue 16 item 9: headers wrap in the dock (units on their own line), CSV and copies keep one line
    assert "Area\n(ha)" in headers and "Potential\nleaf\n(t/yr)" in headers
    assert "Area (ha)" in dock.areas.model.as_table()[0]
    # tooltips are a sentence or two in plain words; the provenance is in the Details
    tip = proxy.index(0, leaf_column).data(Qt.ItemDataRole.ToolTipRole)
    area_tip = proxy.index(0, area_column).data(Qt.ItemDataRole.ToolTipRole)
    for text in (tip, area_tip):
        assert "\n" not in text and len(text) < 160 and text.count(". ") <= 2, text
        assert "EPSG" not in text and "Ellipsoidal" not in text
    assert "2,391" in tip and "Details" in tip and "Peru national average" in tip
    assert "WGS 84 ellipsoid" in area_tip
    details = dock.areas.results.details_text()
    assert "2,391" in details and "375" in details and "UNODC" in details
    # the details say which sources bound the range: the lowest yield and the highest conversion…
    assert "lowest leaf yield 2,116 kg/ha (2010" in details and "highest conversion 589" in details
    assert "highest leaf yield 2,438 kg/ha (2013" in details
    assert "WGS 84 ellipsoid (EPSG:7030)" in details and "EPSG:4326" in details


def test_double_click_zooms_to_the_feature_in_the_canvas_crs(dock, qgis_iface):
    layer = polygon_layer()
    canvas = qgis_iface.mapCanvas()
    utm = QgsCoordinateReferenceSystem("EPSG:32718")
    canvas.setDestinationCrs(utm)
    canvas.setExtent(QgsRectangle(0, 0, 1000, 1000))
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    wait_idle(dock)
    proxy = dock.areas.proxy
    index = proxy.index(0, 1)
    fid = dock.areas.model.row_at(proxy.mapToSource(index).row()).feature_id
    dock.areas.view.doubleClicked.emit(index)
    box = layer.getFeature(fid).geometry().boundingBox()
    box = QgsCoordinateTransform(layer.crs(), utm, QgsProject.instance()).transformBoundingBox(box)
    extent = canvas.extent()
    assert extent.contains(box)
    assert extent.width() < box.width() * 10
    # the totals row has no feature: nothing happens
    total_index = proxy.index(proxy.rowCount() - 1, 1)
    assert dock.areas.zoom_from(total_index) is False
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))


def test_custom_parameter_set_is_used_and_saved_in_the_project(dock):
    from vraem_analyst.plugin.core.yields import ParameterSet, custom_set

    layer = polygon_layer()
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    wait_idle(dock)
    dock.areas.save_custom_set(ParameterSet(key="custom", label="My set", leaf_low=1000, leaf_central=2000,
                                      leaf_high=5000, leaf_per_hcl=400, sources=["field survey 2025"]))
    wait_idle(dock)
    assert find(dock, "VraemParameterSetCombo").currentData() == "custom"
    _, totals = table(dock.areas.model)
    total = sum(geodesic_ha(text) for text in FIELDS_WKT)
    assert totals[0]["Potential leaf (t/yr)"] == pytest.approx(total * 2000 / 1000, rel=1e-6)
    assert totals[0]["Potential cocaine HCl (t/yr)"] == pytest.approx(total * 2000 / 400 / 1000, rel=1e-6)
    saved = custom_set(QgsProject.instance())
    assert (saved.leaf_low, saved.leaf_central, saved.leaf_high, saved.leaf_per_hcl) == (1000, 2000, 5000, 400)
    # issue 11 item 3: the tooltips and details follow the set used, not UNODC's factor and sources
    hcl_column = next(i for i, c in enumerate(dock.areas.model.columns) if c.key == "hcl_t_cen")
    tip = dock.areas.proxy.index(0, hcl_column).data(Qt.ItemDataRole.ToolTipRole)
    assert "My set" in tip and "2,000" in tip
    details = dock.areas.results.details_text()
    assert "field survey 2025" in details and "400" in details and "My set" in details
    assert "375" not in details and "UNODC" not in details and "DEVIDA" not in details


def test_custom_set_dialog_edits_the_factor_range(dock):
    from vraem_analyst.plugin.core.yields import get_set
    from vraem_analyst.plugin.gui.custom_set_dialog import CustomSetDialog

    dialog = CustomSetDialog(get_set("vraem", project=QgsProject.instance()))
    assert (dialog.factor_low_spin.value(), dialog.factor_spin.value(), dialog.factor_high_spin.value()) == \
        (375, 375, 589)
    dialog.factor_spin.setValue(370)  # below the lowest factor: refused with a message, dialog stays open
    dialog._check_and_accept()
    assert "lowest ≤ central ≤ highest" in dialog.message.text() and dialog.result() == 0
    dialog.factor_low_spin.setValue(360)
    dialog.source_edit.setText("own survey")
    dialog._check_and_accept()
    assert dialog.result() == CustomSetDialog.DialogCode.Accepted
    pset = dialog.parameter_set()
    assert pset.factor_range() == (360, 370, 589) and pset.sources == ["own survey"]


def test_bad_input_is_reported_in_the_message_bar_without_exception(dock, qgis_iface):
    layer = polygon_layer(name="no crs", crs=None)
    layer.setCrs(QgsCoordinateReferenceSystem())
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    wait_idle(dock)
    assert dock.areas.model.rowCount() == 0
    assert "coordinate reference system" in dock.areas.status.text()
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("VRAEM Analyst:" in text and "coordinate reference system" in text for text in warnings)


# ------------------------------------------------------------------------------------------ robustness


def test_pickers_follow_layers_renamed_and_removed(dock):
    first = polygon_layer(name="first")
    second = polygon_layer(name="second")
    find(dock, "VraemAreaLayerCombo").setLayer(first)
    find(dock, "VraemOverlapTargetCombo").setLayer(first)
    wait_idle(dock)
    first.setName("renamed plan")
    QgsApplication.processEvents()
    assert find(dock, "VraemAreaLayerCombo").currentText() == "renamed plan"
    first_id = first.id()
    QgsProject.instance().removeMapLayer(first_id)
    wait_idle(dock)
    # the pickers move on to a layer that exists (or none); nothing refers to the removed one
    for combo in (find(dock, "VraemAreaLayerCombo"), find(dock, "VraemOverlapTargetCombo")):
        assert combo.currentLayer() in (None, second)
    assert dock.areas.watched_layer_id() in (None, second.id())
    assert first_id not in {row.layer_id for row in dock.areas.model.rows}
    find(dock, "VraemAreaLayerCombo").setLayer(None)
    dock.areas.run()  # no stale layer: just asks for one
    assert "Choose" in dock.areas.status.text()
    find(dock, "VraemAreaLayerCombo").setLayer(second)
    wait_idle(dock)
    assert table(dock.areas.model)[1][0]["Area (ha)"] > 0
    QgsProject.instance().removeMapLayer(second.id())
    wait_idle(dock)
    assert find(dock, "VraemAreaLayerCombo").currentLayer() is None and dock.areas.watched_layer_id() is None


def test_removing_a_layer_while_its_task_runs_is_safe(dock):
    big = [square_wkt(-74.0 + 0.001 * (i % 300), -12.0 - 0.001 * (i // 300), 0.0005) for i in range(30000)]
    layer = polygon_layer(big, name="big")
    small = polygon_layer(name="small")
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    dock.areas.debounce.stop()
    task = dock.areas.run()
    assert task is not None
    QgsProject.instance().removeMapLayer(layer.id())
    assert wait_for(lambda: task.done, 60)
    assert task.discarded  # its answer (for a layer that is gone) is never shown
    # the picker moved on to the remaining layer, and the dock follows it
    assert find(dock, "VraemAreaLayerCombo").currentLayer() is small
    wait_idle(dock)
    assert table(dock.areas.model)[1][0]["Area (ha)"] == pytest.approx(sum(geodesic_ha(t) for t in FIELDS_WKT),
                                                                      rel=1e-6)


def test_a_new_run_cancels_the_previous_one(dock):
    big = [square_wkt(-74.0 + 0.001 * (i % 300), -12.0 - 0.001 * (i // 300), 0.0005) for i in range(20000)]
    layer = polygon_layer(big, name="big")
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    dock.areas.debounce.stop()
    first = dock.areas.run()
    second = dock.areas.run()
    assert first.discarded and first.feedback.isCanceled()
    wait_idle(dock)
    assert second.done and not second.cancelled
    assert table(dock.areas.model)[1][0]["Label"] == "Total (20000 features)"  # the label column comes first
    assert dock.areas.model.rowCount() == 2001  # the 2,000 largest features, then the total


def test_cancel_keeps_the_dock_usable(dock):
    big = [square_wkt(-74.0 + 0.001 * (i % 300), -12.0 - 0.001 * (i // 300), 0.0005) for i in range(30000)]
    layer = polygon_layer(big, name="big")
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    dock.areas.debounce.stop()
    task = dock.areas.run()
    find(dock, "VraemAreasCancelButton").click()
    assert wait_for(lambda: task.done, 60)
    wait_idle(dock)
    assert task.cancelled  # 30,000 fields take far longer than the click
    assert dock.areas.status.text() == "Cancelled; no figures are shown."
    assert not find(dock, "VraemAreasCancelButton").isEnabled()
    dock.areas.run()
    wait_idle(dock)
    assert table(dock.areas.model)[1][0]["Label"] == "Total (30000 features)"


def test_cleanup_disconnects_everything(dock):
    layer = polygon_layer()
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    wait_idle(dock)
    calls = []
    dock.runner.release_layers = lambda ids: calls.append(ids)
    dock.areas.schedule = lambda immediately=False: calls.append("schedule")
    dock.cleanup()
    assert dock.connections == [] and dock.areas.watched_layer_id() is None
    layer.selectByIds(list(layer.allFeatureIds()))
    layer.startEditing()
    layer.deleteFeature(min(layer.allFeatureIds()))
    layer.rollBack()
    QgsProject.instance().removeMapLayer(layer.id())
    QgsApplication.processEvents()
    assert calls == []


# ------------------------------------------------------------------------------------------ overlap


def test_buffer_overlap_table_and_result_layer_match_the_engine(dock):
    from vraem_analyst.plugin.core.overlap import buffer_overlap

    fields = polygon_layer()
    towns = point_layer([(-74.0, -12.4), (-73.9, -12.45)])
    find(dock, "VraemOverlapSourceCombo").setLayer(towns)
    find(dock, "VraemOverlapTargetCombo").setLayer(fields)
    find(dock, "VraemOverlapDistanceSpin").setValue(3)
    set_combo_data(find(dock, "VraemOverlapUnitCombo"), "km")
    find(dock, "VraemOverlapDissolveCheck").setChecked(True)
    layers_before = set(QgsProject.instance().mapLayers())
    find(dock, "VraemOverlapRunButton").click()
    wait_idle(dock, "overlap")
    engine = buffer_overlap(towns, 3000.0, fields, dissolve=True, project=QgsProject.instance())
    rows, totals = table(dock.overlap.model)
    assert totals[0]["Overlap (ha)"] == pytest.approx(engine.total_overlap_ha, rel=1e-9)
    assert engine.total_overlap_ha > 0
    by_fid = {t.fid: t for t in engine.targets}
    assert sorted(row["Target feature"] for row in rows) == sorted(by_fid)
    for row in rows:
        assert row["Overlap (ha)"] == pytest.approx(by_fid[row["Target feature"]].overlap_ha, rel=1e-9)
    # the first field (a 0.2 km square at the first town) lies entirely within 3 km: overlap = its area
    assert by_fid[1].overlap_ha == pytest.approx(geodesic_ha(FIELDS_WKT[0]), rel=1e-6)
    added = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - layers_before]
    assert len(added) == 1 and added[0].featureCount() == len(rows)
    assert sum(f["overlap_ha"] for f in added[0].getFeatures()) == pytest.approx(engine.total_overlap_ha)
    assert added[0].name() == f"Within 3 km of {towns.name()} – {fields.name()}"
    assert totals[0]["Buffers"] in (None, "")  # a buffer touching several targets: no meaningful sum
    assert find(dock, "VraemOverlapRunButton").isEnabled()
    # the result the dock keeps holds figures, not the geometries and features now in the layer
    kept = dock.overlap.last_result[0]
    assert kept.targets and not kept.pieces and all(row.feature is None for row in kept.targets)


def _saved_overlap_project(dock, tmp_path):
    """An overlap of the bundled towns onto the SAMPLE plan at 5 km, saved in a .qgs; (path, table, layer id)."""
    from vraem_analyst.plugin.core import reference

    towns = reference.bundled_layer("towns", reference.layer_title("towns"))
    plan = reference.bundled_layer("eradication_plan_sample", reference.layer_title("plan"))
    for layer in (towns, plan):
        QgsProject.instance().addMapLayer(layer)
    run_overlap(dock, towns, plan, 5)
    assert dock.overlap.model.rowCount() > 1
    path = str(tmp_path / "overlap.qgs")
    assert QgsProject.instance().write(path)
    return path, table(dock.overlap.model), dock.overlap.layer_id


def test_a_reopened_project_recomputes_the_overlap_table_and_keeps_the_saved_layer(dock, tmp_path):
    """The overlap layer came back with a reopened project but its table stayed empty (the status asked for a
    Run) and the sheet lacked the overlap figures. Now the table of the earlier run is recomputed from the saved
    inputs in the section's task; the saved layer stays as it is and the project is not marked modified."""
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    path, before, layer_id = _saved_overlap_project(dock, tmp_path)
    project = QgsProject.instance()
    name = project.mapLayer(layer_id).name()
    project.clear()
    assert project.read(path)
    opened = set(project.mapLayers())
    assert "overlap" in dock.runner.current  # in its task: reading the project does not wait for it
    assert find(dock, "VraemOverlapStatus").text() == "Recomputing the table of the earlier run…"
    wait_idle(dock, "overlap")
    assert table(dock.overlap.model) == before
    assert "within 5 km" in find(dock, "VraemOverlapStatus").text()
    assert set(project.mapLayers()) == opened and layer_id in opened and dock.overlap.layer_id == layer_id
    assert [layer.name() for layer in project.mapLayers().values()].count(name) == 1
    assert not project.isDirty()
    sheet, layers, _overview = dock.export.report_inputs(project)
    assert "overlap_ha" in [row.key for row in sheet.rows] and project.mapLayer(layer_id) in layers
    assert "Buffer overlaps" in dock.export.figures_text(",")
    layout = dock.export.layout()
    assert project.mapLayer(layer_id) in report_sheet.find_item(layout, "main_map").layers()


def test_an_overlap_rerun_after_reopening_the_project_replaces_the_saved_layer(dock, tmp_path):
    """After reopening the project, Run added a second result layer ("… (2)") beside the saved one; now the
    re-run replaces it (the recomputed table of the earlier run leaves it in place)."""
    path, _before, layer_id = _saved_overlap_project(dock, tmp_path)
    name = QgsProject.instance().mapLayer(layer_id).name()
    QgsProject.instance().clear()
    assert QgsProject.instance().read(path)
    wait_idle(dock, "overlap")
    find(dock, "VraemOverlapRunButton").click()  # with the choices the project restored
    wait_idle(dock, "overlap")
    names = [layer.name() for layer in QgsProject.instance().mapLayers().values()]
    assert names.count(name) == 1 and f"{name} (2)" not in names, names
    assert QgsProject.instance().mapLayer(layer_id) is None and dock.overlap.layer_id != layer_id


def test_a_reopened_overlap_whose_target_is_gone_asks_for_a_run(dock, tmp_path, qgis_iface):
    """The target layer is no longer in the saved project: nothing is recomputed, the status says to press Run."""
    path, _before, layer_id = _saved_overlap_project(dock, tmp_path)
    warnings = reopen_without_layer(path, find(dock, "VraemOverlapTargetCombo").currentLayer().id(),
                                    qgis_iface.messageBar())
    assert "overlap" not in dock.runner.current
    assert "press Run to show its table" in find(dock, "VraemOverlapStatus").text()
    assert dock.overlap.model.rowCount() == 0 and dock.overlap.layer_id == layer_id
    assert len(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)) == warnings
    assert not QgsProject.instance().isDirty()


def test_overlap_reruns_replace_their_layer_and_counts_read_in_the_singular(dock):
    """Issue 16 item 3: a re-run replaces its result layer; a name already taken is numbered; 1 feature."""
    fields = polygon_layer()
    towns = point_layer([(-74.0, -12.4)])
    find(dock, "VraemOverlapSourceCombo").setLayer(towns)
    find(dock, "VraemOverlapTargetCombo").setLayer(fields)
    find(dock, "VraemOverlapDistanceSpin").setValue(0.3)
    set_combo_data(find(dock, "VraemOverlapUnitCombo"), "km")
    project = QgsProject.instance()
    name = f"Within 0.3 km of {towns.name()} – {fields.name()}"
    for _run in range(2):
        find(dock, "VraemOverlapRunButton").click()
        wait_idle(dock, "overlap")
        assert [layer.name() for layer in project.mapLayers().values()].count(name) == 1
    assert "(1 feature touched)" in dock.overlap.status.text()
    assert table(dock.overlap.model)[1][0]["Label"] == "Total (1 feature)"
    first = dock.overlap.layer_id
    other = polygon_layer(name=name)  # a layer of the user's with the same name is kept, the result numbered
    dock.overlap.layer_id = ""
    find(dock, "VraemOverlapRunButton").click()
    wait_idle(dock, "overlap")
    assert project.mapLayer(first) is not None and project.mapLayer(other.id()) is not None
    assert project.mapLayer(dock.overlap.layer_id).name() == f"{name} (2)"


def _long_overlap_setup(dock):
    """20,000 fields against 30 towns at 5 km: long enough to cancel or remove a layer mid-run."""
    big = [square_wkt(-74.0 + 0.001 * (i % 300), -12.0 - 0.001 * (i // 300), 0.0005) for i in range(20000)]
    fields = polygon_layer(big, name="big")
    towns = point_layer([(-73.9 + 0.01 * i, -12.05) for i in range(30)])
    find(dock, "VraemOverlapSourceCombo").setLayer(towns)
    find(dock, "VraemOverlapTargetCombo").setLayer(fields)
    find(dock, "VraemOverlapDistanceSpin").setValue(5)
    set_combo_data(find(dock, "VraemOverlapUnitCombo"), "km")
    return fields


def test_buffer_overlap_cancel_adds_nothing_and_reruns(dock):
    _long_overlap_setup(dock)
    count_before = len(QgsProject.instance().mapLayers())
    task = dock.overlap.run()
    find(dock, "VraemOverlapCancelButton").click()
    assert wait_for(lambda: task.done, 120)
    wait_idle(dock, "overlap")
    assert task.cancelled
    assert len(QgsProject.instance().mapLayers()) == count_before
    assert "Cancelled" in dock.overlap.status.text()
    set_combo_data(find(dock, "VraemOverlapUnitCombo"), "m")
    find(dock, "VraemOverlapDistanceSpin").setValue(500)
    dock.overlap.run()
    wait_idle(dock, "overlap", 120)
    assert dock.overlap.model.rowCount() > 0


def test_overlap_asks_for_layers_and_distance(dock):
    assert dock.overlap.run() is None
    towns = point_layer([(-74.0, -12.4)])
    find(dock, "VraemOverlapSourceCombo").setLayer(towns)
    find(dock, "VraemOverlapTargetCombo").setLayer(towns)
    find(dock, "VraemOverlapDistanceSpin").setValue(0)
    assert dock.overlap.run() is None


def test_removing_the_target_while_an_overlap_runs_adds_nothing(dock):
    fields = _long_overlap_setup(dock)
    task = dock.overlap.run()
    assert task is not None
    QgsProject.instance().removeMapLayer(fields.id())  # deleted while the worker reads its snapshot
    assert wait_for(lambda: task.done, 120)
    assert task.discarded
    assert set(QgsProject.instance().mapLayers()) == {find(dock, "VraemOverlapSourceCombo").currentLayer().id()}
    assert find(dock, "VraemOverlapRunButton").isEnabled() and not dock.runner.running("overlap")


def test_workers_get_snapshots_taken_on_the_main_thread_never_live_layers(dock, monkeypatch):
    """compute_areas, buffer_overlap and build_zone_from_districts run in the task's thread on
    LayerSnapshots; the figures are the engine's on the live layers."""
    import threading

    from vraem_analyst.plugin.core import areas, districts, overlap
    from vraem_analyst.plugin.core.snapshot import LayerSnapshot

    calls = []

    def spy(module, name):
        function = getattr(module, name)

        def wrapper(*args, **kwargs):
            inputs = [value for value in list(args) + list(kwargs.values())
                      if isinstance(value, (QgsVectorLayer, LayerSnapshot))]
            calls.append((name, [type(value).__name__ for value in inputs],
                          threading.current_thread() is threading.main_thread()))
            return function(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)
        return function

    real_areas, real_overlap = spy(areas, "compute_areas"), spy(overlap, "buffer_overlap")
    spy(districts, "build_zone_from_districts")

    zone = dock.layers.add_reference_layers()["zone"]  # the zone is used too
    layer = polygon_layer()
    layer.selectByIds([2, 4])
    find(dock, "VraemSelectedOnlyCheck").setChecked(True)
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    wait_idle(dock)
    towns = point_layer([(-74.0, -12.4), (-73.9, -12.45)])
    find(dock, "VraemOverlapSourceCombo").setLayer(towns)
    find(dock, "VraemOverlapTargetCombo").setLayer(layer)
    find(dock, "VraemOverlapDistanceSpin").setValue(3)
    set_combo_data(find(dock, "VraemOverlapUnitCombo"), "km")
    dock.overlap.run()
    wait_idle(dock, "overlap")
    dock.layers.build_zone(layer)  # no VRAEM district in it: a message, but the worker got a snapshot
    wait_idle(dock, "zone")

    by_name = {}
    for name, kinds, on_main_thread in calls:
        by_name.setdefault(name, []).append((kinds, on_main_thread))
    assert by_name["compute_areas"][-1] == (["LayerSnapshot", "LayerSnapshot"], False)  # layer and zone
    assert by_name["buffer_overlap"] == [(["LayerSnapshot", "LayerSnapshot"], False)]
    assert by_name["build_zone_from_districts"] == [(["LayerSnapshot"], False)]

    engine = real_areas(layer, zone=zone, selected_only=True, project=QgsProject.instance())
    rows, totals = table(dock.areas.model)
    assert sorted(row["Feature"] for row in rows) == [2, 4]
    assert totals[0]["Area (ha)"] == pytest.approx(engine.total_ha, rel=1e-12)
    assert totals[0]["Area (ha)"] == pytest.approx(geodesic_ha(FIELDS_WKT[1]) + geodesic_ha(FIELDS_WKT[3]),
                                                   rel=1e-6)
    assert totals[0]["Inside zone (ha)"] == pytest.approx(engine.inside_zone_ha, rel=1e-12)
    overlap_engine = real_overlap(towns, 3000.0, layer, project=QgsProject.instance())
    assert overlap_engine.total_overlap_ha > 0
    assert table(dock.overlap.model)[1][0]["Overlap (ha)"] == pytest.approx(overlap_engine.total_overlap_ha,
                                                                           rel=1e-9)


# ------------------------------------------------------------------------------------------ claim check


def _published_ratios(shared_facts):
    with open(shared_facts / "reference_ratios.csv", encoding="utf-8") as handle:
        return [float(row["kg_hcl_per_ha"]) for row in csv.DictReader(handle) if row["kg_hcl_per_ha"]]


def test_claim_check_of_100_square_miles_and_300_tonnes(dock, shared_facts):
    ratios = _published_ratios(shared_facts)
    find(dock, "VraemClaimAreaSpin").setValue(100)
    set_combo_data(find(dock, "VraemClaimUnitCombo"), "mi2")
    find(dock, "VraemClaimTonnesSpin").setValue(300)
    find(dock, "VraemClaimCheckButton").click()
    rows, totals = table(dock.claim.model)
    hectares = 100 * 1609.344 ** 2 / 10_000  # exact mile
    assert totals[0]["Ratio (kg HCl/ha)"] == pytest.approx(300_000 / hectares, rel=1e-9)  # ≈ 11.6 kg/ha
    assert len(rows) == len(ratios)
    assert sorted(row["Ratio (kg HCl/ha)"] for row in rows) == sorted(ratios)
    for row in rows:
        assert row["Cocaine for the claimed area (t)"] == pytest.approx(hectares * row["Ratio (kg HCl/ha)"] / 1000)
    assert "above every published ratio" in dock.claim.status.text()
    assert dock.claim.last_check.verdict_code == "above"
    # the area of the current result can be taken over
    layer = polygon_layer()
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    wait_idle(dock)
    dock.claim.use_area_result()
    assert find(dock, "VraemClaimUnitCombo").currentData() == "ha"
    assert find(dock, "VraemClaimAreaSpin").value() == pytest.approx(sum(geodesic_ha(t) for t in FIELDS_WKT), abs=0.01)


def test_claim_with_zero_area_is_a_message(dock):
    find(dock, "VraemClaimAreaSpin").setValue(0)
    find(dock, "VraemClaimTonnesSpin").setValue(10)
    assert dock.claim.run() is None
    assert "more than 0" in dock.claim.status.text()


def test_claim_against_a_published_year(dock, shared_facts, artifacts_dir):
    from qgis.core import QgsProject

    from vraem_analyst.plugin.core.project_state import read_state

    find(dock, "VraemClaimKindCombo").setCurrentIndex(find(dock, "VraemClaimKindCombo").findData("vraem_production"))
    assert find(dock, "VraemClaimYearSpin").isEnabled() and not find(dock, "VraemClaimAreaSpin").isEnabled()
    find(dock, "VraemClaimYearSpin").setValue(2023)
    find(dock, "VraemClaimTonnesSpin").setValue(150)
    check = dock.claim.run()
    from engine_helpers import csv_rows

    vraem_2023 = next(float(r["vraem_ha"]) for r in csv_rows(shared_facts / "coca_hectares.csv") if r["year"] == "2023")
    assert check.hectares == vraem_2023
    status = dock.claim.status.text()
    assert "published coca area in 2023" in status and "38,253 ha" in status
    assert check.production.verdict in status
    state = read_state(QgsProject.instance(), dock.claim.default_state())
    assert (state.claim_kind, state.claim_year) == ("vraem_production", 2023)
    from qgis.gui import QgsCollapsibleGroupBox

    group = dock.findChild(QgsCollapsibleGroupBox, "VraemClaimGroup")
    group.setCollapsed(False)
    QgsApplication.processEvents()
    assert group.grab().save(str(artifacts_dir / "dock_claim_en.png"))
    find(dock, "VraemClaimYearSpin").setValue(2011)
    assert dock.claim.run() is None
    assert "nearest years with data: 2010, 2013" in dock.claim.status.text()
    find(dock, "VraemClaimKindCombo").setCurrentIndex(find(dock, "VraemClaimKindCombo").findData("area"))
    assert find(dock, "VraemClaimAreaSpin").isEnabled() and not find(dock, "VraemClaimYearSpin").isEnabled()


# ------------------------------------------------------------------------------------------ trends


def _trends_axes(dock):
    """(area axes, share axes) of the chart in the dock's Trends section."""
    return find(dock, "VraemTrendsCanvas").figure.axes


def _figure_texts(dock):
    """Texts of the chart's figure: its title and caption."""
    return [text.get_text() for text in find(dock, "VraemTrendsCanvas").figure.texts]


def _current_levels(dock):
    """The hectares of the current-analysis lines drawn across the chart (axhline: x from 0 to 1 of the axes)."""
    area_axes, _share = _trends_axes(dock)
    return [line.get_ydata()[0] for line in area_axes.get_lines() if list(line.get_xdata()) == [0, 1]]


def test_trends_section_draws_the_published_series(dock, shared_facts):
    from engine_helpers import csv_rows
    from qgis.gui import QgsCollapsibleGroupBox

    group = dock.findChild(QgsCollapsibleGroupBox, "VraemTrendsGroup")
    assert group.isCollapsed()
    area_axes, share_axes = _trends_axes(dock)
    lines = {line.get_gid(): line for line in area_axes.get_lines() if line.get_gid()}
    assert list(lines["peru"].get_xdata()) == list(range(2004, 2025))
    vraem = dict(zip(lines["vraem"].get_xdata(), lines["vraem"].get_ydata()))
    published = {int(r["year"]): r["vraem_ha"] for r in csv_rows(shared_facts / "coca_hectares.csv")}
    assert vraem[2023] == float(published[2023])
    assert [year for year, value in vraem.items() if value != value] == [
        year for year, text in published.items() if not text.strip()]  # gaps stay gaps (NaN), never interpolated
    assert [line.get_xdata()[0] for line in share_axes.get_lines()] == [2017.5]  # the 2018 methodology break
    assert _current_levels(dock) == []  # no analysis yet


def test_trends_follow_the_areas_result_and_the_claim(dock):

    layer = polygon_layer()
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    wait_idle(dock)
    first_total = dock.areas.estimate()[0].total_ha
    assert _current_levels(dock) == [pytest.approx(first_total)]
    legend = [text.get_text() for text in _trends_axes(dock)[0].get_legend().get_texts()]
    assert f"Areas & yield: {first_total:,.0f} ha" in legend
    with edit(layer):
        layer.deleteFeature(next(layer.getFeatures()).id())
    wait_idle(dock)
    smaller = dock.areas.estimate()[0].total_ha
    assert smaller < first_total and _current_levels(dock) == [pytest.approx(smaller)]

    kind = find(dock, "VraemClaimKindCombo")
    kind.setCurrentIndex(kind.findData("vraem_production"))
    find(dock, "VraemClaimYearSpin").setValue(2023)
    find(dock, "VraemClaimTonnesSpin").setValue(150)
    check = dock.claim.run()
    assert _current_levels(dock) == [pytest.approx(smaller), check.hectares]
    stars = [line for line in _trends_axes(dock)[0].get_lines() if line.get_marker() == "*"]
    assert [(s.get_xdata()[0], s.get_ydata()[0]) for s in stars] == [(2023, check.hectares)]
    find(dock, "VraemClaimYearSpin").setValue(2011)  # no published VRAEM figure: the claim is refused
    assert dock.claim.run() is None
    assert _current_levels(dock) == [pytest.approx(smaller)]
    find(dock, "VraemAreaLayerCombo").setLayer(None)
    wait_idle(dock)
    assert _current_levels(dock) == []


def test_trends_section_says_when_matplotlib_is_missing(tmp_path):
    """In a Python where importing matplotlib fails, the section is one translated line and the dock works."""
    import subprocess  # nosec B404 (tests are not packaged): a Python without matplotlib
    import sys
    from pathlib import Path

    script = tmp_path / "dock_without_matplotlib.py"
    script.write_text(
        "import sys\n"
        "sys.modules['matplotlib'] = None  # what an installation without matplotlib gives: ImportError\n"
        f"sys.path.insert(0, {str(Path(sys.modules['vraem_analyst'].__file__).parents[1])!r})\n"
        "from qgis.core import QgsApplication\n"
        "app = QgsApplication([], True)\n"
        "app.initQgis()\n"
        "from qgis.PyQt.QtWidgets import QLabel, QWidget\n"
        "from vraem_analyst.plugin.gui.dock import VraemDock\n"
        "dock = VraemDock(None)\n"
        "print('CANVAS', dock.findChild(QWidget, 'VraemTrendsCanvas'))\n"
        "print('LINE', dock.findChild(QLabel, 'VraemTrendsUnavailable').text())\n"
        "dock.claim.kind_combo.setCurrentIndex(dock.claim.kind_combo.findData('vraem_production'))\n"
        "dock.claim.year_spin.setValue(2023)\n"
        "dock.claim.tonnes_spin.setValue(150)\n"
        "print('CLAIM', dock.claim.run().production.verdict_code)\n"
        "dock.cleanup()\n",
        encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,  # nosec
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert "CANVAS None" in done.stdout
    assert "LINE The trends chart needs matplotlib, which is not installed" in done.stdout
    assert "CLAIM below" in done.stdout


def _save_trends_picture(dock, path):
    """The Trends section with a plan-sized area and a published-year claim, as a person sees it."""
    from qgis.gui import QgsCollapsibleGroupBox

    for box in dock.findChildren(QgsCollapsibleGroupBox):
        box.setCollapsed(box.objectName() != "VraemTrendsGroup")
    layer = polygon_layer([square_wkt(-74.0, -12.4, 0.13)], name="plan")
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    wait_idle(dock)
    kind = find(dock, "VraemClaimKindCombo")
    kind.setCurrentIndex(kind.findData("vraem_production"))
    find(dock, "VraemClaimYearSpin").setValue(2023)
    find(dock, "VraemClaimTonnesSpin").setValue(150)
    assert dock.claim.run() is not None
    dock.resize(460, 1000)
    QgsApplication.processEvents()
    group = dock.findChild(QgsCollapsibleGroupBox, "VraemTrendsGroup")
    assert group.grab().save(str(path))
    return group


def test_trends_pictures_in_english_and_spanish(dock, qgis_iface, artifacts_dir):
    from i18n_helpers import compile_translation

    from vraem_analyst.plugin.gui.dock import VraemDock
    from vraem_analyst.plugin.i18n import install_translator, remove_translator

    group = _save_trends_picture(dock, artifacts_dir / "dock_trends_en.png")
    assert group.title() == "Trends"
    assert "Coca area and eradication in Peru, 2004–2024" in _figure_texts(dock)
    compile_translation("es")
    translator = install_translator("es")
    spanish = VraemDock(qgis_iface, qgis_iface.mainWindow())
    try:
        spanish.show()
        group = _save_trends_picture(spanish, artifacts_dir / "dock_trends_es.png")
        assert group.title() == "Tendencias"
        area_axes, _share = _trends_axes(spanish)
        assert "Área de coca y erradicación en el Perú, 2004–2024" in _figure_texts(spanish)
        legend = [text.get_text() for text in area_axes.get_legend().get_texts()]
        assert any(text.startswith("Áreas y rendimiento: ") for text in legend), legend
    finally:
        remove_translator(translator)
        spanish.cleanup()
        spanish.deleteLater()
    for name in ("dock_trends_en.png", "dock_trends_es.png"):
        assert (artifacts_dir / name).stat().st_size > 20_000


# ------------------------------------------------------------------------------------------ export


def test_csv_and_clipboard_carry_the_figures(dock, tmp_path):
    assert dock.export.copy_figures() == ""
    layer = polygon_layer()
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    wait_idle(dock)
    find(dock, "VraemClaimAreaSpin").setValue(1000)
    find(dock, "VraemClaimTonnesSpin").setValue(7)
    dock.claim.run()
    text = dock.export.copy_figures()
    assert QApplication.clipboard().text() == text
    assert "Area (ha)\t" in text and "Ratio (kg HCl/ha)" in text
    path = tmp_path / "figures.csv"
    assert dock.export.export_csv(str(path))
    with open(path, encoding="utf-8") as handle:
        lines = list(csv.reader(handle))
    # the header block says what the figures are of, before the first table
    block = {line[0]: line[1] for line in lines[:lines.index([])] if len(line) == 2}
    assert block["Layer"] == layer.name()
    assert block["Parameter set"] == dock.areas.current_parameter_set().label
    assert any(line[:1] == ["Parameter set source"] and "kg/ha" in line[1] for line in lines)
    assert block["Zone used"] == "No zone in the project: the part inside the zone is not computed."
    assert block["Date"] == datetime.date.today().isoformat()
    assert block["VRAEM Analyst version"] == plugin_version() != ""
    header = lines[lines.index([]) + 2]
    total = next(line for line in lines if line and line[0].startswith("Total"))
    # rounded to the dock's 2 decimals of hectares, no thousands separator
    area_text = total[header.index("Area (ha)")]
    assert area_text == f"{sum(geodesic_ha(t) for t in FIELDS_WKT):.2f}"
    # the CSV says which sources bound the cocaine range under the table
    flat = [line[0] for line in lines if len(line) == 1]
    assert "The range is bounded by:" in flat
    assert any(line.startswith("Low: lowest leaf yield 3,000 kg/ha") and "589" in line for line in flat)


def test_layout_is_created_opened_and_exported(dock, qgis_iface, tmp_path, monkeypatch):
    layer = polygon_layer()
    dock.layers.add_reference_layers()
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    wait_idle(dock)
    opened = []
    # the designer window cannot open offscreen: record the call the real iface would receive
    monkeypatch.setattr(qgis_iface, "openLayoutDesigner", lambda layout: opened.append(layout.name()), raising=False)
    layout = dock.export.create_layout()
    assert layout is not None
    assert QgsProject.instance().layoutManager().layoutByName(layout.name()) is not None
    assert opened == [layout.name()]
    find(dock, "VraemExportDpiSpin").setValue(60)
    path = tmp_path / "sheet.png"
    assert dock.export.export_layout(str(path))
    assert path.stat().st_size > 10_000


def test_sheet_carries_the_docks_title_author_layer_and_parameter_set(dock):
    """Issue 16 item 4: the export section's title and author fields reach the sheet, which names the
    analysed layer and parameter set and is framed on the analysed features, not on the whole zone."""
    from vraem_analyst.plugin.core import reference
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    layer = polygon_layer()
    dock.layers.add_reference_layers()
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    wait_idle(dock)
    find(dock, "VraemReportTitleEdit").setText("Fields near Pichari")
    find(dock, "VraemReportAuthorEdit").setText("Unit 3")
    layout = dock.export.layout()
    assert report_sheet.find_item(layout, "title").text() == "Fields near Pichari"
    subtitle = report_sheet.find_item(layout, "subtitle").text()
    assert "prepared by Unit 3" in subtitle and f"Analysed layer: {layer.name()}" in subtitle
    assert "Parameter set: " + dock.areas.current_parameter_set().label in subtitle
    main_map = report_sheet.find_item(layout, "main_map")
    assert main_map.extent().contains(report_sheet.combined_extent([layer], main_map.crs(), QgsProject.instance()))
    zone = reference.zone_choice(QgsProject.instance()).layer
    assert not main_map.extent().contains(report_sheet.combined_extent([zone], main_map.crs(), QgsProject.instance()))
    state = dock.export.to_state()
    assert (state.title, state.author) == ("Fields near Pichari", "Unit 3")


# ------------------------------------------------------------------------------------------ project state


def test_choices_are_saved_with_the_project_and_restored(dock, tmp_path):
    from vraem_analyst.plugin.core.yields import ParameterSet

    project = QgsProject.instance()
    fields = to_gpkg(polygon_layer(add=False), tmp_path / "fields.gpkg", "fields")
    towns_memory = QgsVectorLayer("Point?crs=EPSG:4326", "towns", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-74.0, -12.4)))
    towns_memory.dataProvider().addFeatures([feature])
    towns = to_gpkg(towns_memory, tmp_path / "towns.gpkg", "towns")
    find(dock, "VraemAreaLayerCombo").setLayer(fields)
    find(dock, "VraemSelectedOnlyCheck").setChecked(True)
    dock.areas.save_custom_set(ParameterSet(key="custom", label="Survey", leaf_low=1500, leaf_central=2500,
                                      leaf_high=3500, leaf_per_hcl=380, sources=["survey"]))
    find(dock, "VraemOverlapSourceCombo").setLayer(towns)
    find(dock, "VraemOverlapTargetCombo").setLayer(fields)
    find(dock, "VraemOverlapDistanceSpin").setValue(2.5)
    set_combo_data(find(dock, "VraemOverlapUnitCombo"), "m")
    find(dock, "VraemOverlapDissolveCheck").setChecked(True)
    find(dock, "VraemClaimAreaSpin").setValue(100)
    set_combo_data(find(dock, "VraemClaimUnitCombo"), "mi2")
    find(dock, "VraemClaimTonnesSpin").setValue(300)
    find(dock, "VraemExportDpiSpin").setValue(150)
    set_combo_data(find(dock, "VraemExportFormatCombo"), "png")
    wait_idle(dock)
    fields_id, towns_id = fields.id(), towns.id()
    path = tmp_path / "analysis.qgz"
    assert project.write(str(path))

    project.clear()
    wait_for(lambda: not dock.loading_project, 5)
    assert find(dock, "VraemAreaLayerCombo").currentLayer() is None
    assert find(dock, "VraemParameterSetCombo").findData("custom") < 0
    assert not find(dock, "VraemSelectedOnlyCheck").isChecked()

    assert project.read(str(path))
    wait_idle(dock)
    assert find(dock, "VraemAreaLayerCombo").currentLayer().id() == fields_id
    assert find(dock, "VraemSelectedOnlyCheck").isChecked()
    assert find(dock, "VraemParameterSetCombo").currentData() == "custom"
    assert dock.areas.current_parameter_set().leaf_per_hcl == 380
    assert find(dock, "VraemOverlapSourceCombo").currentLayer().id() == towns_id
    assert find(dock, "VraemOverlapTargetCombo").currentLayer().id() == fields_id
    assert find(dock, "VraemOverlapDistanceSpin").value() == 2.5
    assert find(dock, "VraemOverlapUnitCombo").currentData() == "m"
    assert find(dock, "VraemOverlapDissolveCheck").isChecked()
    assert find(dock, "VraemClaimAreaSpin").value() == 100 and find(dock, "VraemClaimUnitCombo").currentData() == "mi2"
    assert find(dock, "VraemClaimTonnesSpin").value() == 300
    assert find(dock, "VraemExportDpiSpin").value() == 150 and find(dock, "VraemExportFormatCombo").currentData() == "png"
    # reading does not mark the project as modified
    assert not project.isDirty()


# ------------------------------------------------------------------------------------------ layers section


def test_layers_section_adds_reference_layers_and_the_zone_is_used(dock):
    added = dock.layers.add_reference_layers()
    assert {"zone", "towns", "crossings"} <= set(added)
    again = dock.layers.add_reference_layers()  # a second click re-uses them
    assert {role: layer.id() for role, layer in again.items()} == {role: layer.id() for role, layer in added.items()}
    layer = polygon_layer()
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    wait_idle(dock)
    rows, totals = table(dock.areas.model)
    assert "Inside zone (ha)" in totals[0]
    assert 0 <= totals[0]["Inside zone (ha)"] <= totals[0]["Area (ha)"] + 1e-9
    assert "approximate" in dock.areas.status.text()


def test_the_buttons_run_their_action(dock, tmp_path):
    """A button's clicked(bool) must not reach the action as an argument (the walkthrough's first click
    failed on it once the actions reported their own errors)."""
    from qgis.PyQt.QtWidgets import QPushButton

    find(dock, "VraemAddLayersButton").click()
    roles = {layer.customProperty("vraem/role") for layer in QgsProject.instance().mapLayers().values()}
    assert {"zone", "towns", "crossings"} <= roles
    assert isinstance(find(dock, "VraemCreateLayoutButton"), QPushButton)
    find(dock, "VraemCreateLayoutButton").click()
    assert QgsProject.instance().layoutManager().layoutByName(dock.export.layout_name) is not None


def test_build_zone_from_district_boundaries_without_the_processing_plugin(dock, shared_data, monkeypatch,
                                                                          qgis_iface):
    import builtins

    real_import = builtins.__import__

    def no_processing(name, *args, **kwargs):
        if name == "processing" or name.startswith("processing."):
            raise ImportError("the Processing plugin is disabled")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_processing)
    boundaries = QgsVectorLayer(str(shared_data / "peru_distrital_simple.geojson"), "districts", "ogr")
    assert boundaries.isValid()
    QgsProject.instance().addMapLayer(boundaries)
    before = set(QgsProject.instance().mapLayers())
    task = dock.layers.build_zone(boundaries)
    assert task is not None
    wait_idle(dock, "zone", 120)
    new = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    zones = [layer for layer in new if layer.customProperty("vraem/role") == "zone"]
    assert len(zones) == 1, qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert zones[0].featureCount() == 1
    assert zones[0].customProperty("vraem/approximate") in (False, "false", 0)
    assert boundaries.featureCount() > 1000  # the input is only read


def test_new_and_imported_plans_are_added(dock, tmp_path):
    plan = dock.layers.new_plan(str(tmp_path / "plan.gpkg"))
    assert plan is not None and QgsProject.instance().mapLayer(plan.id()) is plan
    assert not list(plan.getFeatures())
    source = polygon_layer(name="plan source", add=False)
    path = tmp_path / "source.gpkg"
    to_gpkg(source, path, "plots")
    imported = dock.layers.import_plan(str(path))
    assert imported is not None and imported.featureCount() == len(FIELDS_WKT)
    assert dock.layers.import_plan(str(tmp_path / "missing.gpkg")) is None  # a message, not an exception


def test_adding_reference_layers_zooms_the_canvas_to_the_zone(dock, qgis_iface):
    """The canvas draws in EPSG:3857 (the project's CRS), not in the data's CRS: the zoom still shows
    the whole zone."""
    project = QgsProject.instance()
    web_mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    project.setCrs(web_mercator)
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(web_mercator)  # QGIS keeps the canvas in the project's CRS; the test iface does not
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    to_canvas = QgsCoordinateTransform(wgs84, web_mercator, project)
    canvas.setExtent(to_canvas.transformBoundingBox(QgsRectangle(10.0, 40.0, 11.0, 41.0)))  # far away: Italy
    added = dock.layers.add_reference_layers()
    zone = added["zone"]
    assert zone.crs() != web_mercator
    zone_wgs84 = QgsCoordinateTransform(zone.crs(), wgs84, project).transformBoundingBox(zone.extent())
    shown = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(), wgs84, project).transformBoundingBox(
        canvas.extent())
    assert canvas.mapSettings().destinationCrs() == web_mercator
    assert shown.contains(zone_wgs84), (shown.toString(), zone_wgs84.toString())
    # zoomed to the zone, not to the world: 10 % margin on the side that fills the canvas (the canvas
    # widens the other side to its own shape)
    assert min(shown.width() / zone_wgs84.width(), shown.height() / zone_wgs84.height()) < 1.3


# ------------------------------------------------------------------------------------------ atlas export


def sample_plan_with_three_sectors(dock):
    plan = dock.layers.add_reference_layers()["plan"]
    plan.setSubsetString('"fid" <= 3')
    names = sorted(str(feature["sector_name"]) for feature in plan.getFeatures())
    assert len(names) == 3 and len(set(names)) == 3
    return plan


def choose_atlas(dock, layer):
    find(dock, "VraemAtlasCheck").setChecked(True)
    find(dock, "VraemAtlasLayerCombo").setLayer(layer)


def test_atlas_pdf_from_the_dock_has_one_page_per_feature(dock, tmp_path):
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    plan = sample_plan_with_three_sectors(dock)
    assert not find(dock, "VraemAtlasLayerCombo").isEnabled()
    choose_atlas(dock, plan)
    assert find(dock, "VraemAtlasLayerCombo").isEnabled() and find(dock, "VraemAtlasFieldCombo").isEnabled()
    assert find(dock, "VraemAtlasFieldCombo").currentField() == "sector_name"  # the plan's default page name
    listed = {find(dock, "VraemAtlasLayerCombo").layer(i).id() for i in range(find(dock, "VraemAtlasLayerCombo").count())
              if find(dock, "VraemAtlasLayerCombo").layer(i) is not None}
    assert plan.id() in listed
    assert all(QgsProject.instance().mapLayer(i).geometryType() == Qgis.GeometryType.Polygon for i in listed)
    find(dock, "VraemExportDpiSpin").setValue(72)
    path = tmp_path / "atlas.pdf"
    assert dock.export.export_layout(str(path))
    assert pdf_page_count(path) == 3
    assert "3" in find(dock, "VraemExportStatus").text()
    layout = dock.export.layout(create=False)
    assert layout.atlas().enabled() and layout.atlas().coverageLayer() is plan
    assert report_sheet.find_item(layout, "main_map").atlasDriven()

    # without the atlas the same dock exports a single sheet again (a new layout, not the atlas one)
    find(dock, "VraemAtlasCheck").setChecked(False)
    single = tmp_path / "single.pdf"
    assert dock.export.export_layout(str(single))
    assert pdf_page_count(single) == 1
    assert not dock.export.layout(create=False).atlas().enabled()


def test_atlas_png_writes_one_numbered_image_per_page(dock, tmp_path):
    from qgis.PyQt.QtGui import QImage

    plan = sample_plan_with_three_sectors(dock)
    choose_atlas(dock, plan)
    set_combo_data(find(dock, "VraemExportFormatCombo"), "png")
    find(dock, "VraemExportDpiSpin").setValue(72)
    path = tmp_path / "sheet.png"
    assert dock.export.export_layout(str(path))
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["sheet_001.png", "sheet_002.png", "sheet_003.png"]
    images = [QImage(str(tmp_path / name)) for name in written]
    assert all(not image.isNull() and image.width() > 500 for image in images)
    # each page draws its own sector: the three images differ
    assert len({bytes(image.constBits().asarray(image.sizeInBytes())) for image in images}) == 3


def test_atlas_pages_from_the_dock_carry_their_features_overlap_and_outline(dock):
    """Issue 16 item 5: with a Buffer overlaps result on the atlas layer, each page shows its sector's
    overlap (as measured for that sector alone), and the main map outlines the page's sector."""
    from vraem_analyst.plugin.core import overlap
    from vraem_analyst.plugin.core.report import figures as report_figures
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    layers = dock.layers.add_reference_layers()
    plan = layers["plan"]
    plan.setSubsetString('"fid" <= 3')
    find(dock, "VraemOverlapSourceCombo").setLayer(layers["towns"])
    find(dock, "VraemOverlapTargetCombo").setLayer(plan)
    find(dock, "VraemOverlapDistanceSpin").setValue(5)
    set_combo_data(find(dock, "VraemOverlapUnitCombo"), "km")
    dock.overlap.run()
    wait_idle(dock, "overlap")
    find(dock, "VraemAreaLayerCombo").setLayer(plan)
    wait_idle(dock)
    choose_atlas(dock, plan)
    layout = dock.export.layout()
    main_map = report_sheet.find_item(layout, "main_map")
    assert "@atlas_featureid" in main_map.layerStyleOverrides()[plan.id()]
    label = next(cells[0] for cells in report_sheet.figures_table(layout).contents() if cells[0].startswith("Within"))
    atlas = layout.atlas()
    assert atlas.beginRender()
    shown = []
    for index in range(atlas.count()):
        atlas.seekTo(index)
        feature = layout.reportContext().feature()
        table = report_sheet.figures_table(layout)
        table.refresh()
        cells = {row[0]: row[1] for row in table.contents()}
        alone = overlap.buffer_overlap(layers["towns"], 5000.0,
                                       plan.materialize(QgsFeatureRequest().setFilterFids([feature.id()])))
        assert cells[label] == report_figures.figure_text(alone.total_overlap_ha, 1)
        shown.append(cells[label])
    atlas.endRender()
    assert len(shown) == 3


def test_cancelled_export_leaves_no_file_and_says_so(dock, qgis_iface, tmp_path):
    from qgis.core import QgsFeedback

    plan = sample_plan_with_three_sectors(dock)
    choose_atlas(dock, plan)
    feedback = QgsFeedback()
    feedback.cancel()
    path = tmp_path / "cancelled.pdf"
    assert not dock.export.export_layout(str(path), feedback)
    assert not path.exists() and list(tmp_path.iterdir()) == []
    messages = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Info)
    assert any("cancelled" in message for message in messages), messages
    assert dock.export.export_progress is None


def test_cancel_button_of_the_progress_dialog_stops_an_atlas_export(dock, tmp_path):
    """Cancel clicked while page 1 of 3 is written: QGIS stops before page 2 and the file is removed."""
    from qgis.core import QgsFeedback
    from qgis.PyQt.QtWidgets import QProgressDialog, QPushButton

    plan = sample_plan_with_three_sectors(dock)
    choose_atlas(dock, plan)
    find(dock, "VraemExportDpiSpin").setValue(72)
    feedback = QgsFeedback()
    seen = []

    def click_cancel(value):
        dialog = dock.export.export_progress
        seen.append((value, dialog is not None and dialog.isVisible()))
        if value > 0 and dialog is not None:
            assert isinstance(dialog, QProgressDialog)
            assert dialog.windowModality() == Qt.WindowModality.WindowModal
            dialog.findChild(QPushButton).click()  # the dialog's Cancel button

    feedback.progressChanged.connect(click_cancel)
    path = tmp_path / "atlas.pdf"
    assert not dock.export.export_layout(str(path), feedback)
    assert feedback.isCanceled()
    assert seen and seen[0][1], seen  # the dialog was showing while the pages were written
    assert seen[-1][0] < 100  # stopped before the last page
    assert not path.exists()
    assert "cancelled" in find(dock, "VraemExportStatus").text()


def test_atlas_choices_are_saved_with_the_project_and_restored(dock, tmp_path):
    project = QgsProject.instance()
    sectors = to_gpkg(polygon_layer(add=False), tmp_path / "sectors.gpkg", "sectors")
    choose_atlas(dock, sectors)
    assert find(dock, "VraemAtlasFieldCombo").currentField() == "name"  # the layer's display field
    path = tmp_path / "atlas.qgz"
    assert project.write(str(path))
    sectors_id = sectors.id()

    project.clear()
    wait_for(lambda: not dock.loading_project, 5)
    assert not find(dock, "VraemAtlasCheck").isChecked() and find(dock, "VraemAtlasLayerCombo").currentLayer() is None

    assert project.read(str(path))
    wait_idle(dock)
    assert find(dock, "VraemAtlasCheck").isChecked()
    assert find(dock, "VraemAtlasLayerCombo").currentLayer().id() == sectors_id
    assert find(dock, "VraemAtlasFieldCombo").currentField() == "name"
    assert find(dock, "VraemAtlasLayerCombo").isEnabled()
    assert not project.isDirty()


def test_download_districts_shows_the_licence_and_builds_the_zone(dock, shared_data, qgis_iface, tmp_path,
                                                                  monkeypatch):
    import hashlib
    import http.server
    import threading
    from functools import partial

    from vraem_analyst.plugin.core import download

    monkeypatch.setattr(download, "cache_dir", lambda: str(tmp_path / "cache"))
    (tmp_path / "cache").mkdir()
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(shared_data))
    handler.log_message = lambda *args: None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/peru_distrital_simple.geojson"
        sha = hashlib.sha256((shared_data / "peru_distrital_simple.geojson").read_bytes()).hexdigest()
        source = download.DistrictSource("local", "INEI 2007 (local copy)", url, sha, "MPL-2.0",
                                         "juaneladio/peru-geojson, INEI 2007")
        before = set(QgsProject.instance().mapLayers())
        assert dock.layers.download_districts(source) is not None
        wait_idle(dock, "zone", 120)
        infos = " ".join(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Info))
        assert "MPL-2.0" in infos and "juaneladio/peru-geojson" in infos
        new = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
        assert [layer.customProperty("vraem/role") for layer in new].count("zone") == 1

        # a source that cannot be reached: a clear warning, nothing added, nothing cached
        closed = download.DistrictSource("closed", "Nowhere", "http://127.0.0.1:9/none.geojson", "0" * 64,
                                         "CC BY 4.0", "x")
        count = len(QgsProject.instance().mapLayers())
        dock.layers.download_districts(closed)
        wait_idle(dock, "zone", 120)
        warnings = " ".join(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
        assert "Download failed" in warnings
        assert len(QgsProject.instance().mapLayers()) == count
        assert not any(name.startswith("closed") for name in os.listdir(tmp_path / "cache"))
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_new_project_shows_the_plugin_settings(qgis_app, qgis_iface, qgis_new_project, vraem_provider):
    """Issue 11 item 8: distance, unit, claim unit, dpi and format set in the plugin's settings are what
    a new project's dock shows (they showed 3.0 / km / 300 whatever the settings said)."""
    from vraem_analyst.plugin.gui.dock import VraemDock
    from vraem_analyst.plugin.settings import VraemSettings

    settings = VraemSettings()
    settings.reset()
    settings.default_buffer_distance = 750.0
    settings.default_distance_unit = "m"
    settings.default_claim_unit = "km2"
    settings.export_dpi = 150
    settings.export_format = "png"
    settings.default_parameter_set = "national"
    QgsProject.instance().clear()
    widget = VraemDock(qgis_iface, qgis_iface.mainWindow())
    try:
        shown = lambda: (find(widget, "VraemOverlapDistanceSpin").value(),  # noqa: E731
                         find(widget, "VraemOverlapUnitCombo").currentData(),
                         find(widget, "VraemClaimUnitCombo").currentData(), find(widget, "VraemExportDpiSpin").value(),
                         find(widget, "VraemExportFormatCombo").currentData(),
                         find(widget, "VraemParameterSetCombo").currentData())
        assert shown() == (750.0, "m", "km2", 150, "png", "national")
        # a project that saved its own choices keeps them; the next new project shows the settings again
        find(widget, "VraemOverlapDistanceSpin").setValue(2.0)
        set_combo_data(find(widget, "VraemOverlapUnitCombo"), "km")
        QgsProject.instance().clear()
        assert wait_for(lambda: shown() == (750.0, "m", "km2", 150, "png", "national"), 5)
    finally:
        widget.cleanup()
        widget.deleteLater()
        settings.reset()
        QgsApplication.processEvents()


def _vraem_district_squares(count=4):
    """A district boundary layer holding `count` VRAEM districts (by UBIGEO) as squares in the valley."""
    from vraem_analyst.plugin.core.districts import vraem_districts

    codes = [row["ubigeo"] for row in vraem_districts()][:count]
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=UBIGEO:string", "district squares", "memory")
    features = []
    for number, code in enumerate(codes):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(square_wkt(-74.1 + 0.1 * number, -12.35, 0.2)))
        feature.setAttributes([code])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_built_zone_plan_and_overlaps_survive_save_and_reopen(dock, qgis_iface, tmp_path):
    """Issue 11 item 2: what the dock makes (built zone and districts, loaded plan, overlap result) is
    stored in <project>_vraem.gpkg on save; the reopened project gives the same figures, not 0."""
    project = QgsProject.instance()
    dock.layers.add_reference_layers()
    assert dock.layers.build_zone(_vraem_district_squares()) is not None
    wait_idle(dock, "zone", 60)
    built = [layer for layer in project.mapLayers().values()
             if layer.customProperty("vraem/role") in ("zone", "district_boundaries")
             and layer.providerType() == "memory"]
    assert len(built) == 2, qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    csv_path = tmp_path / "plan.csv"
    with open(csv_path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sector_id", "wkt"])
        for number, text in enumerate(FIELDS_WKT):
            writer.writerow([f"S{number}", text])
    plan = dock.layers.import_plan(str(csv_path))
    towns = point_layer([(-74.0, -12.4), (-73.9, -12.45)])
    find(dock, "VraemOverlapSourceCombo").setLayer(towns)
    find(dock, "VraemOverlapTargetCombo").setLayer(plan)
    find(dock, "VraemOverlapDistanceSpin").setValue(3.0)
    set_combo_data(find(dock, "VraemOverlapUnitCombo"), "km")
    dock.overlap.run()
    wait_idle(dock, "overlap")
    overlap_layer = project.mapLayer(dock.overlap.layer_id)
    assert overlap_layer is not None and overlap_layer.featureCount() > 0
    find(dock, "VraemAreaLayerCombo").setLayer(plan)
    wait_idle(dock)
    _, totals = table(dock.areas.model)
    assert "built from district boundaries" in dock.areas.status.text()
    before = {layer.id(): (layer.featureCount(), sorted(f.geometry().asWkt(6) for f in layer.getFeatures()))
              for layer in built + [plan, overlap_layer]}
    path = tmp_path / "analysis.qgz"
    assert project.write(str(path))
    assert (tmp_path / "analysis_vraem.gpkg").exists()
    # stored: QGIS need not warn on exit that their features will be lost, until one changes again
    assert all(project.mapLayer(layer_id).customProperty("skipMemoryLayersCheck") == 1 for layer_id in before)
    with edit(plan):
        plan.changeAttributeValue(next(plan.getFeatures()).id(), plan.fields().indexOf("notes"), "edited")
    assert plan.customProperty("skipMemoryLayersCheck") is None
    assert project.write(str(path))  # stored again, with the edit
    assert plan.customProperty("skipMemoryLayersCheck") == 1

    plan_id = plan.id()
    project.clear()
    assert project.read(str(path))
    wait_idle(dock)
    assert [f["notes"] for f in project.mapLayer(plan_id).getFeatures()].count("edited") == 1
    after = {layer_id: (project.mapLayer(layer_id).featureCount(),
                        sorted(f.geometry().asWkt(6) for f in project.mapLayer(layer_id).getFeatures()))
             for layer_id in before}
    assert after == before
    assert all(project.mapLayer(layer_id).providerType() == "ogr" for layer_id in before)
    _, totals_after = table(dock.areas.model)
    assert totals_after == totals and totals[0]["Inside zone (ha)"] > 0
    assert "built from district boundaries" in dock.areas.status.text()


def test_an_empty_built_zone_is_passed_over_and_the_dock_says_so(dock, qgis_iface):
    """A built zone saved empty by an older version: the approximate zone is used, and the dock says why."""
    dock.layers.add_reference_layers()
    empty = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "VRAEM zone (from district boundaries)", "memory")
    empty.setCustomProperty("vraem/role", "zone")
    empty.setCustomProperty("vraem/approximate", False)
    QgsProject.instance().addMapLayer(empty)
    find(dock, "VraemAreaLayerCombo").setLayer(polygon_layer())
    wait_idle(dock)
    _, totals = table(dock.areas.model)
    assert totals[0]["Inside zone (ha)"] > 0
    status = dock.areas.status.text()
    assert "approximate" in status and "no features" in status
    warnings = " ".join(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
    assert "no features" in warnings
    sheet, _layers, _overview = dock.export.report_inputs(QgsProject.instance())
    assert any("no features" in caveat and "approximate" in caveat for caveat in sheet.caveats)


def test_a_layer_that_cannot_be_stored_is_a_warning_and_the_project_still_saves(dock, qgis_iface, tmp_path):
    """When <project>_vraem.gpkg cannot be written (here a folder has its name), the save goes on, the
    layer stays a memory layer in the project file (as QGIS would keep it) and the message bar says so."""
    (tmp_path / "blocked_vraem.gpkg").mkdir()
    with open(tmp_path / "plan.csv", "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["wkt"], [FIELDS_WKT[0]]])
    plan = dock.layers.import_plan(str(tmp_path / "plan.csv"))
    project = QgsProject.instance()
    assert project.write(str(tmp_path / "blocked.qgs"))
    warnings = " ".join(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
    assert "could not be stored" in warnings and plan.name() in warnings
    saved = (tmp_path / "blocked.qgs").read_text(encoding="utf-8")
    assert ">memory</provider>" in saved
    assert plan.customProperty("skipMemoryLayersCheck") is None  # QGIS still warns on exit


def test_a_project_saved_inside_a_geopackage_says_where_its_layers_are_not(dock, qgis_iface, tmp_path):
    """A project kept in project storage (here QGIS's GeoPackage storage) has no folder of its own: no
    file is written next to some working directory; the message bar says how to keep the layer."""
    with open(tmp_path / "plan.csv", "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["wkt"], [FIELDS_WKT[0]]])
    dock.layers.import_plan(str(tmp_path / "plan.csv"))
    store = tmp_path / "projects.gpkg"
    to_gpkg(polygon_layer(add=False), store, "anything")  # an existing GeoPackage to hold the project
    before = set(os.listdir(tmp_path))
    assert QgsProject.instance().write(f"geopackage:{store}?projectName=walk")
    assert set(os.listdir(tmp_path)) == before
    warnings = " ".join(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
    assert "not saved as a file" in warnings


def test_build_zone_picks_the_district_layer_styles_groups_and_states_the_coverage(dock, qgis_iface):
    """Issue 16 item 7: the likeliest district layer first (not Countries), unmatched districts by name
    with the likely reason, the new layers styled in the VRAEM group, the coverage in the zone note."""
    from vraem_analyst.plugin.core import districts, reference

    project = QgsProject.instance()
    dock.layers.add_reference_layers()
    squares = _vraem_district_squares()
    plain = QgsVectorLayer("Polygon?crs=EPSG:4326&field=anything:string", "A plain polygon layer", "memory")
    project.addMapLayer(plain)
    candidates = districts.likeliest_district_layers(project.mapLayers().values())
    assert [layer.name() for layer in candidates] == ["district squares", "A plain polygon layer"]

    assert dock.layers.build_zone(squares) is not None
    wait_idle(dock, "zone", 60)
    zone = next(layer for layer in project.mapLayers().values()
                if layer.customProperty("vraem/role") == "zone" and layer.providerType() == "memory")
    boundaries = reference.find_layer(project, "district_boundaries")
    group = project.layerTreeRoot().findGroup(reference.GROUP_NAME)
    assert group.findLayer(zone.id()) is not None and group.findLayer(boundaries.id()) is not None
    assert zone.renderer().symbol().color().name() == "#c81e1e"  # zone.qml, not a random fill
    assert boundaries.renderer().symbol().color().alpha() == 0  # outlines only
    assert boundaries.metadata().title() != zone.metadata().title()

    messages = " ".join(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success))
    missing = districts.vraem_districts()[4]
    assert f"{missing['ubigeo']} {missing['district']} ({missing['province']}" in messages
    assert "created after the census" in messages
    note = reference.zone_choice(project).note
    assert "4 of 79 districts" in note and "% of the approximate zone's area" in note


def test_label_field_names_the_rows_of_both_tables_and_their_copy(dock):
    """Issue 16 item 1: rows carry the label field (sector_name first), in the table, CSV/clipboard text."""
    fields = polygon_layer()
    fields.startEditing()
    index = fields.fields().indexOf("name")
    for feature in fields.getFeatures():
        fields.changeAttributeValue(feature.id(), index, f"Sector {feature.id()}")
    fields.commitChanges()
    find(dock, "VraemAreaLayerCombo").setLayer(fields)
    assert find(dock, "VraemAreaLabelFieldCombo").currentField() == "name"
    wait_idle(dock, "areas")
    rows, _totals = table(dock.areas.model)
    assert rows and all(row["Label"] == f"Sector {row['Feature']}" for row in rows)
    assert dock.areas.model.as_table()[0][0] == "Label"
    find(dock, "VraemAreaLabelFieldCombo").setField("")
    wait_idle(dock, "areas")
    assert "Label" not in dock.areas.model.as_table()[0]

    find(dock, "VraemOverlapSourceCombo").setLayer(point_layer([(-74.0, -12.4)]))
    find(dock, "VraemOverlapTargetCombo").setLayer(fields)
    assert find(dock, "VraemOverlapLabelFieldCombo").currentField() == "name"
    find(dock, "VraemOverlapDistanceSpin").setValue(3)
    set_combo_data(find(dock, "VraemOverlapUnitCombo"), "km")
    find(dock, "VraemOverlapRunButton").click()
    wait_idle(dock, "overlap")
    rows, _totals = table(dock.overlap.model)
    assert rows and all(row["Label"] == f"Sector {row['Target feature']}" for row in rows)


def test_default_label_field_prefers_sector_names_then_names_then_ubigeo():
    from vraem_analyst.plugin.core.names import default_label_field

    assert default_label_field(["fid", "sector_id", "sector_name"]) == "sector_name"
    assert default_label_field(["fid", "sector_id", "NOMBDIST"]) == "sector_id"
    assert default_label_field(["fid", "UBIGEO", "Nombre_Dist"]) == "Nombre_Dist"
    assert default_label_field(["fid", "IDDIST", "ubigeo"]) == "ubigeo"
    assert default_label_field(["fid", "area"]) == ""


@pytest.mark.parametrize("fields, expected", [
    (["fid", "sector_id", "sector_name"], "sector_name"), (["fid", "status", "sector_id"], "sector_id"),
    (["fid", "NOMBDIST", "UBIGEO"], "NOMBDIST"), (["fid", "IDDIST", "ubigeo"], "ubigeo")])
def test_atlas_pages_are_named_by_the_likeliest_label_field(qgis_app, fields, expected):
    """Issue 16 item 5: pages are named by sector_name, sector_id, a name or a UBIGEO field, not the code."""
    from vraem_analyst.plugin.gui.sections.export import default_page_name_field

    uri = "Polygon?crs=EPSG:4326&" + "&".join(f"field={name}:string" for name in fields)
    assert default_page_name_field(QgsVectorLayer(uri, "pages", "memory")) == expected
