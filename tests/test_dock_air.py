"""The dock's Air picture section on the synthetic tracks (tests/air_tracks.py): the table matches the engine,
rows zoom to their feature, the choices are saved in the project; screenshots in en and es."""

import time

import pytest
from air_tracks import scenario, write_fixes
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QWidget

from vraem_analyst.plugin.gui.widgets import set_combo_data


def find(dock, object_name):
    widget = dock.findChild(QWidget, object_name)
    assert widget is not None, object_name
    return widget


def wait_for(predicate, timeout=120.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QgsApplication.processEvents()
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


@pytest.fixture(scope="module")
def fixes_path(tmp_path_factory):
    return write_fixes(tmp_path_factory.mktemp("dock_air") / "fixes.gpkg", scenario(), "datetime")


def make_dock(qgis_iface):
    from vraem_analyst.plugin.gui.dock import VraemDock
    from vraem_analyst.plugin.settings import VraemSettings

    VraemSettings().reset()
    QgsProject.instance().clear()
    widget = VraemDock(qgis_iface, qgis_iface.mainWindow())
    widget.show()
    return widget


def close(widget):
    widget.cleanup()
    widget.hide()
    widget.deleteLater()
    QgsProject.instance().removeAllMapLayers()
    QgsApplication.processEvents()


@pytest.fixture()
def dock(qgis_app, qgis_iface, qgis_new_project, vraem_provider):
    widget = make_dock(qgis_iface)
    yield widget
    close(widget)


def run_air(dock, fixes_path):
    fixes = QgsVectorLayer(f"{fixes_path}|layername=fixes", "synthetic fixes", "ogr")
    assert fixes.isValid()
    QgsProject.instance().addMapLayer(fixes)
    find(dock, "VraemAirGroup").setCollapsed(False)
    find(dock, "VraemAirFixesCombo").setLayer(fixes)
    find(dock, "VraemAirTimeFieldCombo").setField("time")
    find(dock, "VraemAirTrackFieldCombo").setField("track")
    set_combo_data(find(dock, "VraemAirProfileCombo"), "c206")
    find(dock, "VraemAirRunButton").click()
    assert wait_for(lambda: "air" not in dock.runner.current), "the air task did not finish"
    return fixes


def test_air_table_matches_the_engine_and_rows_zoom(dock, fixes_path, qgis_iface):
    from vraem_analyst.plugin.core.air import picture, profiles

    fixes = run_air(dock, fixes_path)
    expected = picture.analyse_fixes(fixes, "time", "track")
    model = find(dock, "VraemAirTable").model().sourceModel()
    tracks = {row.values["track_id"]: row for row in model.rows if row.layer_id == dock.air.layer_ids[0]}
    assert set(tracks) == {"T1", "T2", "T3", "T4"}
    range_km = profiles.get_profile("c206").range_km
    for result in expected.results:
        row = tracks[result.track_id].values
        assert row["minutes_in_zone"] == pytest.approx(result.minutes_in_zone, abs=1e-6)
        assert row["km_in_zone"] == pytest.approx(result.km_in_zone, abs=1e-6)
        assert row["range_pct"] == pytest.approx(100.0 * result.length_km / range_km)
        assert (row["base_km"] is None) == (not result.entered_zone)
    events = [row for row in model.rows if row.layer_id == dock.air.layer_ids[1]]
    assert len(events) == sum(len(r.events) for r in expected.results) > 0
    track_layer, event_layer, _rings = (QgsProject.instance().mapLayer(one) for one in dock.air.layer_ids)
    assert track_layer.featureCount() == 4
    # Each row points at its own feature: the track id written in the layer is the row's.
    for row in list(tracks.values()) + events:
        assert (track_layer if row.layer_id == track_layer.id() else event_layer).getFeature(
            row.feature_id)["track_id"] == row.values["track_id"]
    view = find(dock, "VraemAirTable")
    proxy_index = view.model().index(0, 0)
    assert dock.air.zoom_from(proxy_index)
    assert find(dock, "VraemAirStatus").text().startswith(
        f"{len(expected.results)} tracks, {expected.tracks_in_zone} in the zone")
    assert fixes.featureCount() == len(scenario())  # the input is only read


def test_the_sheet_gets_the_air_page_of_the_latest_run(dock, fixes_path):
    from vraem_analyst.plugin.core import reference
    from vraem_analyst.plugin.core.report.sheet import find_item

    run_air(dock, fixes_path)
    zone = reference.zone_layer()
    QgsProject.instance().addMapLayer(zone)
    layout = dock.export.layout()
    assert layout.pageCollection().pageCount() == 2
    table = find_item(layout, "air_table").multiFrame()
    assert [row[0].content() for row in table.tableContents()] == ["T1", "T2", "T3"]
    assert set(find_item(layout, "air_map").layers()) >= {QgsProject.instance().mapLayer(one)
                                                          for one in dock.air.layer_ids}


def test_air_choices_are_saved_in_the_project(dock, fixes_path, tmp_path, qgis_iface):
    name = run_air(dock, fixes_path).name()
    path = str(tmp_path / "air.qgz")
    assert QgsProject.instance().write(path)
    close(dock)
    reopened = make_dock(qgis_iface)
    try:
        assert QgsProject.instance().read(path)
        QgsApplication.processEvents()
        assert find(reopened, "VraemAirFixesCombo").currentLayer().name() == name
        assert find(reopened, "VraemAirTimeFieldCombo").currentField() == "time"
        assert find(reopened, "VraemAirTrackFieldCombo").currentField() == "track"
        assert find(reopened, "VraemAirProfileCombo").currentData() == "c206"
    finally:
        close(reopened)


def test_air_asks_for_fixes_and_time_field(dock, qgis_iface):
    find(dock, "VraemAirRunButton").click()
    assert "air" not in dock.runner.current
    assert dock.air.model.rows == []


@pytest.mark.parametrize("locale", ["en", "es"])
def test_air_section_screenshot(qgis_app, qgis_iface, qgis_new_project, vraem_provider, fixes_path, artifacts_dir,
                                locale):
    from vraem_analyst.plugin.i18n import install_translator, remove_translator

    translator = install_translator(locale) if locale != "en" else None
    assert locale == "en" or translator is not None, "the .qm files are built by make"
    widget = make_dock(qgis_iface)
    try:
        widget.resize(520, 900)
        run_air(widget, fixes_path)
        section = find(widget, "VraemAirGroup")
        if locale == "es":
            assert section.title() == "Panorama aéreo"
        section.resize(520, 620)
        QgsApplication.processEvents()
        path = artifacts_dir / f"dock_air_{locale}.png"
        assert section.grab().save(str(path))
        assert path.stat().st_size > 0
    finally:
        close(widget)
        remove_translator(translator)
