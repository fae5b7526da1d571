"""Issue 16 item 9: every result table of the dock has room (ten rows, wrapped headers, its own resizable
window without horizontal scrolling), short plain tooltips with the full provenance in a Details view,
and a status line that, after a failed or cancelled run, says what went wrong and shows no earlier figure."""

import re

import pytest
from air_tracks import scenario, write_fixes
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAction, QApplication, QComboBox, QDialog, QPlainTextEdit, QPushButton, QTableView, QWidget
from test_dock import find, point_layer, polygon_layer, run_overlap, square_wkt, wait_for, wait_idle

from vraem_analyst.plugin.gui.widgets import VISIBLE_ROWS, set_combo_data

SECTIONS = ("Areas", "Overlap", "Claim", "Air")


@pytest.fixture()
def dock(qgis_app, qgis_iface, qgis_new_project, vraem_provider):
    from vraem_analyst.plugin.gui.dock import VraemDock
    from vraem_analyst.plugin.settings import VraemSettings

    VraemSettings().reset()
    QgsProject.instance().clear()
    widget = VraemDock(qgis_iface, qgis_iface.mainWindow())
    widget.show()
    yield widget
    widget.cleanup()
    widget.hide()
    widget.deleteLater()
    QgsProject.instance().removeAllMapLayers()
    QgsApplication.processEvents()


def areas_result(dock, parameter_set="vraem"):
    dock.layers.add_reference_layers()
    layer = polygon_layer()
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    set_combo_data(find(dock, "VraemParameterSetCombo"), parameter_set)
    wait_idle(dock)
    assert dock.areas.model.rowCount() > 1
    return layer


def overlap_result(dock):
    fields = polygon_layer(name="fields for overlap")
    towns = point_layer([(-74.0, -12.4), (-73.9, -12.45)])
    run_overlap(dock, towns, fields, 3)
    assert dock.overlap.model.rowCount() > 1
    return fields, towns


def claim_result(dock):
    find(dock, "VraemClaimAreaSpin").setValue(100)
    set_combo_data(find(dock, "VraemClaimUnitCombo"), "mi2")
    find(dock, "VraemClaimTonnesSpin").setValue(300)
    assert dock.claim.run() is not None
    assert dock.claim.model.rowCount() > 1


def table_tooltips(model):
    return [model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
            for row in range(model.rowCount()) for column in range(model.columnCount())]


def assert_short_and_plain(tip):
    """One or two plain sentences: no line breaks, no EPSG codes, no jargon like 'Ellipsoidal'."""
    assert tip, "a figure without a tooltip"
    assert "\n" not in tip and len(tip) <= 170, tip
    assert len(re.findall(r"[.!?](?:\s|$)", tip)) <= 2, tip
    assert "EPSG" not in tip and "Ellipsoidal" not in tip and "•" not in tip, tip


def test_every_result_table_has_room_details_and_a_window(dock):
    for name in SECTIONS:
        panel = find(dock, f"Vraem{name}Results")
        view = find(dock, f"Vraem{name}Table")
        assert view.parent() is panel
        assert view.minimumHeight() >= VISIBLE_ROWS * view.verticalHeader().defaultSectionSize()
        actions = {action.objectName() for action in view.actions()}
        assert {f"Vraem{name}DetailsAction", f"Vraem{name}WindowAction"} <= actions  # on the context menu too
    areas_result(dock)
    panel = dock.areas.results
    window = panel.open_window()
    QApplication.processEvents()
    assert isinstance(window, QDialog) and window.isVisible() and not window.isModal()
    in_window = window.findChild(QTableView)
    assert in_window.model() is dock.areas.proxy  # the same rows, sorted the same, live
    assert in_window.horizontalScrollBar().maximum() == 0, "the window's table needs horizontal scrolling"
    assert in_window.height() >= VISIBLE_ROWS * in_window.verticalHeader().defaultSectionSize()
    # the window follows the section: a new result shows there too
    set_combo_data(find(dock, "VraemParameterSetCombo"), "")
    wait_idle(dock)
    assert in_window.model().columnCount() == dock.areas.model.columnCount()
    assert "leaf_t_cen" not in [column.key for column in dock.areas.model.columns]
    assert panel.open_window() is window  # one window per table, raised again
    window.close()


def test_tooltips_are_short_and_plain_with_the_provenance_in_details(dock):
    areas_result(dock)
    overlap_result(dock)
    claim_result(dock)
    for section in (dock.areas, dock.overlap, dock.claim):
        for tip in table_tooltips(section.model):
            assert_short_and_plain(tip)
    combo = find(dock, "VraemParameterSetCombo")
    for index in range(1, combo.count()):
        assert_short_and_plain(combo.itemData(index, Qt.ItemDataRole.ToolTipRole))
    # every other tooltip of the dock too: widgets, actions and list items
    tips = [widget.toolTip() for widget in dock.findChildren(QWidget)] + \
        [action.toolTip() for action in dock.findChildren(QAction)]
    for box in dock.findChildren(QComboBox):
        if isinstance(box, (QgsMapLayerComboBox, QgsFieldComboBox)):
            continue  # QGIS's own layer and field tooltips
        tips += [box.itemData(index, Qt.ItemDataRole.ToolTipRole) or "" for index in range(box.count())]
    for tip in tips:
        if tip:
            assert "\n" not in tip and len(tip) <= 170 and len(re.findall(r"[.!?](?:\s|$)", tip)) <= 2, tip

    areas = dock.areas.results.details_text()
    assert "WGS 84 ellipsoid (EPSG:7030)" in areas  # the specialist's form is kept in the details
    assert "Zone:" in areas and "Sources:" in areas and "DEVIDA" in areas and "375" in areas
    overlap = dock.overlap.results.details_text()
    assert "true ground distance" in overlap and "ellipsoid" in overlap
    claim = dock.claim.results.details_text()
    assert "Published ratios:" in claim and "ONDCP" in claim and "Source:" in claim and "Basis:" in claim

    dialog = dock.claim.results.show_details()
    text = dialog.findChild(QPlainTextEdit)
    assert dialog.isVisible() and text.isReadOnly()
    assert text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert text.toPlainText() == claim
    copy = next(button for button in dialog.findChildren(QPushButton) if button.text() == "Copy")
    QApplication.clipboard().clear()
    copy.click()
    assert QApplication.clipboard().text() == claim
    # details go with their result: a refused check leaves none, and the open view empties
    find(dock, "VraemClaimAreaSpin").setValue(0)
    assert dock.claim.run() is None
    assert not dock.claim.results.details_action.isEnabled() and text.toPlainText() == ""
    dialog.close()


def test_areas_status_after_a_failure_shows_the_error_not_the_old_figures(dock):
    layer = areas_result(dock)
    assert "ha" in dock.areas.status.text()
    no_crs = polygon_layer(name="no crs", crs=None)
    no_crs.setCrs(QgsCoordinateReferenceSystem())
    find(dock, "VraemAreaLayerCombo").setLayer(no_crs)
    wait_idle(dock)
    assert "CRS" in dock.areas.status.text() and " ha (" not in dock.areas.status.text()
    assert dock.areas.model.rowCount() == 0 and dock.areas.last_result is None
    assert dock.areas.results.details_text() == ""
    find(dock, "VraemAreaLayerCombo").setLayer(layer)
    find(dock, "VraemSelectedOnlyCheck").setChecked(True)  # nothing selected
    wait_idle(dock)
    assert dock.areas.status.text() == f"No feature is selected in '{layer.name()}'."
    assert dock.areas.model.rowCount() == 0 and dock.areas.last_result is None


def test_overlap_status_after_a_failure_shows_the_error_not_the_old_figures(dock):
    _fields, towns = overlap_result(dock)
    assert "within" in dock.overlap.status.text()
    find(dock, "VraemOverlapDistanceSpin").setValue(0)
    assert dock.overlap.run() is None
    assert dock.overlap.status.text() == "The buffer distance must be more than 0."
    assert dock.overlap.model.rowCount() == 0 and dock.overlap.last_result is None
    overlap_result(dock)
    no_crs = polygon_layer(name="no crs", crs=None)
    no_crs.setCrs(QgsCoordinateReferenceSystem())
    find(dock, "VraemOverlapTargetCombo").setLayer(no_crs)
    find(dock, "VraemOverlapSourceCombo").setLayer(towns)
    find(dock, "VraemOverlapRunButton").click()
    wait_idle(dock, "overlap")
    assert "CRS" in dock.overlap.status.text() and "within" not in dock.overlap.status.text()
    assert dock.overlap.model.rowCount() == 0 and dock.overlap.last_result is None


def test_claim_status_after_a_failure_shows_the_error_not_the_old_figures(dock):
    claim_result(dock)
    assert "above every published ratio" in dock.claim.status.text()
    find(dock, "VraemClaimAreaSpin").setValue(0)
    assert dock.claim.run() is None
    assert "more than 0" in dock.claim.status.text() and "published ratio" not in dock.claim.status.text()
    assert dock.claim.model.rowCount() == 0 and dock.claim.last_check is None


@pytest.fixture()
def fixes_path(tmp_path):
    return write_fixes(tmp_path / "fixes.gpkg", scenario(), "datetime")


def test_air_status_after_a_failure_shows_the_error_not_the_old_figures(dock, fixes_path):
    fixes = QgsVectorLayer(f"{fixes_path}|layername=fixes", "synthetic fixes", "ogr")
    QgsProject.instance().addMapLayer(fixes)
    find(dock, "VraemAirFixesCombo").setLayer(fixes)
    find(dock, "VraemAirTimeFieldCombo").setField("time")
    find(dock, "VraemAirTrackFieldCombo").setField("track")
    find(dock, "VraemAirRunButton").click()
    assert wait_for(lambda: "air" not in dock.runner.current, 120)
    assert dock.air.model.rowCount() > 0 and "tracks" in dock.air.status.text()
    find(dock, "VraemAirTimeFieldCombo").setField("track")  # names, not times: the run stops with a message
    find(dock, "VraemAirRunButton").click()
    assert wait_for(lambda: "air" not in dock.runner.current, 120)
    assert dock.air.model.rowCount() == 0
    assert "in the zone (" not in dock.air.status.text() and dock.air.status.text()


def test_the_window_keeps_the_docks_order_and_sorts_with_it(dock):
    # largest first (the engine's order) is neither the label's nor the feature id's order either way
    wkts = [square_wkt(-74.0 + 0.02 * i, -12.4, size) for i, size in enumerate((0.003, 0.006, 0.002, 0.005, 0.004))]
    find(dock, "VraemAreaLayerCombo").setLayer(polygon_layer(wkts))
    wait_idle(dock)
    model, proxy = dock.areas.model, dock.areas.proxy
    engine_order = [model.index(row, 0).data() for row in range(model.rowCount())]
    window = dock.areas.results.open_window()
    shown = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    assert shown == engine_order  # opening the window does not sort the table
    area_column = next(i for i, c in enumerate(model.columns) if c.key == "area_ha")
    window.findChild(QTableView).sortByColumn(area_column, Qt.SortOrder.AscendingOrder)
    assert dock.areas.view.horizontalHeader().sortIndicatorSection() == area_column or \
        proxy.sortColumn() == area_column
    window.close()
