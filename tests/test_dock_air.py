"""The dock's Air picture section on the synthetic tracks (tests/air_tracks.py): the table matches the engine,
rows zoom to their feature, the choices are saved in the project; screenshots in en and es."""

from datetime import datetime, timezone

import pytest
from air_tracks import scenario, write_fixes
from dock_helpers import close_dock, find, open_dock, pdf_page_count, reopen_without_layer, wait_for
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QAbstractItemView

from vraem_analyst.plugin.gui.widgets import set_combo_data


@pytest.fixture(scope="module")
def fixes_path(tmp_path_factory):
    return write_fixes(tmp_path_factory.mktemp("dock_air") / "fixes.gpkg", scenario(), "datetime")


INTERCEPT_COLUMNS = {"intercept_time", "intercept_min", "intercept_base", "before_exit"}


def run_air(dock, fixes_path, speed="", reaction="", minutes=None):
    """Choose the synthetic fixes (added once) and the interceptor's values as typed, press Run, wait for the task."""
    project = QgsProject.instance()
    fixes = next(iter(project.mapLayersByName("synthetic fixes")), None)
    if fixes is None:
        fixes = QgsVectorLayer(f"{fixes_path}|layername=fixes", "synthetic fixes", "ogr")
        assert fixes.isValid()
        project.addMapLayer(fixes)
    find(dock, "VraemAirGroup").setCollapsed(False)
    find(dock, "VraemAirFixesCombo").setLayer(fixes)
    find(dock, "VraemAirTimeFieldCombo").setField("time")
    find(dock, "VraemAirTrackFieldCombo").setField("track")
    set_combo_data(find(dock, "VraemAirProfileCombo"), "c206")
    find(dock, "VraemAirSpeedEdit").setText(speed)
    find(dock, "VraemAirReactionEdit").setText(reaction)
    if minutes is not None:
        find(dock, "VraemAirMinutesEdit").setText(minutes)
    find(dock, "VraemAirRunButton").click()
    assert wait_for(lambda: "air" not in dock.runner.current), "the air task did not finish"
    return fixes


def column_keys(dock):
    return [column.key for column in find(dock, "VraemAirTable").model().sourceModel().columns]


def isochrone_layers():
    return [layer for layer in QgsProject.instance().mapLayers().values()
            if layer.name().startswith("Interception reach at")]


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


def test_interception_columns_and_rings_equal_the_algorithms(dock, fixes_path):
    """Issue 15: with the user's speed and reaction time, the tracks table carries the earliest interception of
    vraem:interceptreach on the same fixes, and its isochrone rings are added as a layer."""
    import processing

    from vraem_analyst.plugin.core.air import picture

    fixes = run_air(dock, fixes_path, speed="250", reaction="10", minutes="15, 30, 60")
    expected = processing.run("vraem:interceptreach", {
        "SPEED_KT": 250, "REACTION_MIN": 10, "MINUTES": "15, 30, 60", "TRACKS": fixes, "TIME_FIELD": "time",
        "TRACK_FIELD": "track", "OUTPUT_RINGS": "memory:", "OUTPUT_INTERCEPTS": "memory:"})
    found = {feature["track_id"]: feature for feature in expected["OUTPUT_INTERCEPTS"].getFeatures()}
    assert set(found) == {"T1", "T2", "T3"}
    assert INTERCEPT_COLUMNS <= set(column_keys(dock))
    names = {base.ident: base.name for base in picture.default_bases()}
    rows = {row.values["track_id"]: row.values for row in dock.air.model.rows if row.layer_id == dock.air.layer_ids[0]}
    for track_id, feature in found.items():
        row = rows[track_id]
        shown = datetime.strptime(row["intercept_time"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
        assert abs(shown.timestamp() - feature["intercept_time"].toSecsSinceEpoch()) <= 1.0
        assert row["intercept_min"] == pytest.approx(feature["minutes_after_entry"], abs=1e-6)
        assert row["intercept_base"] == names[feature["base"]]
        assert row["before_exit"] == ("yes" if feature["before_exit"] else "no")
    assert "intercept_time" not in rows["T4"]  # never in the zone: nothing to intercept
    (rings,) = isochrone_layers()
    assert rings.id() in dock.air.layer_ids
    ring_rows = lambda layer: sorted((f["base"], f["minutes"], round(f["radius_km"], 6))  # noqa: E731
                                     for f in layer.getFeatures())
    assert ring_rows(rings) == ring_rows(expected["OUTPUT_RINGS"]) and rings.featureCount() == 9
    assert {category.label() for category in rings.renderer().categories()} == {
        "15 min after the alert", "30 min after the alert", "60 min after the alert"}
    assert (f"{expected['INTERCEPTED_BEFORE_EXIT']} of 3 tracks in the zone reachable before they leave it"
            in find(dock, "VraemAirStatus").text())


def test_no_interceptor_speed_means_no_interception_and_says_so(dock, fixes_path):
    run_air(dock, fixes_path)
    assert not INTERCEPT_COLUMNS & set(column_keys(dock))
    assert isochrone_layers() == []
    status = find(dock, "VraemAirStatus").text()
    assert "give your interceptor's speed and reaction time" in status
    assert "Range share for the" in status and not any(f" 0 {what}" in status for what in ("repeated", "suspect", "tracks"))
    assert find(dock, "VraemAirSpeedEdit").text() == "" and find(dock, "VraemAirReactionEdit").text() == ""
    assert "not published" in find(dock, "VraemAirSpeedEdit").toolTip()


@pytest.mark.parametrize("speed, reaction, minutes, message", [
    ("0", "10", "", "speed in knots (above zero)"), ("-120", "10", "", "speed in knots (above zero)"),
    ("250", "-5", "", "reaction time in minutes (zero or more)"), ("250", "", "", "reaction time in minutes"),
    ("fast", "10", "", "must be a number; got 'fast'"), ("250", "10", "15, soon", "'soon' is not a number of minutes"),
    ("250", "10", "0", "Minutes must be above zero")])
def test_bad_interceptor_values_are_refused_and_change_nothing(dock, fixes_path, qgis_iface, speed, reaction,
                                                                minutes, message):
    from qgis.core import Qgis

    run_air(dock, fixes_path, speed="250", reaction="10")
    before_rows = [row.values for row in dock.air.model.rows]
    before_layers = set(QgsProject.instance().mapLayers())
    status = find(dock, "VraemAirStatus").text()
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    earlier = len(warnings)
    find(dock, "VraemAirSpeedEdit").setText(speed)
    find(dock, "VraemAirReactionEdit").setText(reaction)
    find(dock, "VraemAirMinutesEdit").setText(minutes)
    assert find(dock, "VraemAirRunButton").isEnabled()
    find(dock, "VraemAirRunButton").click()
    assert "air" not in dock.runner.current
    assert any(message in text for text in warnings[earlier:]), warnings[earlier:]
    assert [row.values for row in dock.air.model.rows] == before_rows
    assert set(QgsProject.instance().mapLayers()) == before_layers
    assert find(dock, "VraemAirStatus").text() == status


def test_a_bad_interceptor_value_is_refused_in_spanish(dock, fixes_path, qgis_iface):
    from qgis.core import Qgis

    from vraem_analyst.plugin.i18n import install_translator, remove_translator

    translator = install_translator("es")
    assert translator is not None, "the .qm files are built by make"
    try:
        run_air(dock, fixes_path, speed="0", reaction="10")
    finally:
        remove_translator(translator)
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("velocidad del interceptor en nudos (mayor que cero)" in text for text in warnings), warnings
    assert dock.air.model.rows == []


def test_the_next_export_shows_an_air_run_made_after_the_sheet(dock, fixes_path, tmp_path):
    """Issue 15: the sheet was cached until a new one was made; a run after it now rebuilds it at the next export
    (this exported one page, without the air picture, before the fix)."""
    import subprocess  # nosec B404 (tests are not packaged): pdftotext

    from vraem_analyst.plugin.core import reference

    QgsProject.instance().addMapLayer(reference.zone_layer())
    first = dock.export.layout()
    assert first.pageCollection().pageCount() == 1
    run_air(dock, fixes_path, speed="250", reaction="10")
    find(dock, "VraemExportDpiSpin").setValue(72)
    path = tmp_path / "sheet.pdf"
    assert dock.export.export_layout(str(path))
    assert pdf_page_count(path) == 2
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout  # nosec
    assert "Air picture:" in text and "Interception (UTC)" in text and "Before exit" in text
    assert QgsProject.instance().layoutManager().layoutByName(first.name()) is first  # the earlier sheet is kept


def test_a_second_air_run_replaces_its_layers(dock, fixes_path):
    """Review: every Run added another tracks, events and rings layer of the same names to the Layers panel."""
    project = QgsProject.instance()
    run_air(dock, fixes_path, speed="250", reaction="10")
    first = sorted(project.mapLayer(one).name() for one in dock.air.layer_ids)
    count = len(project.mapLayers())
    run_air(dock, fixes_path, speed="250", reaction="10")
    names = [layer.name() for layer in project.mapLayers().values()]
    assert len(names) == count and len(set(names)) == len(names), names
    assert sorted(project.mapLayer(one).name() for one in dock.air.layer_ids) == first
    assert dock.air.model.rowCount() > 0 and dock.air.zoom_from(dock.air.proxy.index(0, 0))


def test_an_atlas_after_an_air_run_has_one_page_per_feature_then_the_air_picture_once(dock, fixes_path, tmp_path):
    """Review: an atlas exported from the dock after an air run repeated the air picture page after every
    feature (72 pages for the 36 SAMPLE sectors while the status said 36); then the page was left out. Now it
    follows the atlas pages once, in the same PDF."""
    import subprocess  # nosec B404 (tests are not packaged): pdftotext

    from vraem_analyst.plugin.core import reference

    project = QgsProject.instance()
    project.addMapLayer(reference.zone_layer())
    plan = project.addMapLayer(reference.bundled_layer("eradication_plan_sample", "plan"))
    run_air(dock, fixes_path)
    find(dock, "VraemExportDpiSpin").setValue(72)
    find(dock, "VraemAtlasCheck").setChecked(True)
    find(dock, "VraemAtlasLayerCombo").setLayer(plan)
    path = tmp_path / "atlas.pdf"
    assert dock.export.export_layout(str(path))
    assert pdf_page_count(path) == plan.featureCount() + 1
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout  # nosec
    pages = text.split("\f")[:-1]
    assert [number for number, page in enumerate(pages, start=1) if "Air picture:" in page] == [len(pages)]
    assert f"{plan.featureCount()} atlas pages" in find(dock, "VraemExportStatus").text()


def test_air_choices_are_saved_in_the_project(dock, fixes_path, tmp_path, qgis_iface):
    name = run_air(dock, fixes_path, speed="250", reaction="7,5", minutes="20, 40").name()
    path = str(tmp_path / "air.qgz")
    assert QgsProject.instance().write(path)
    close_dock(dock)
    reopened = open_dock(qgis_iface)
    try:
        assert QgsProject.instance().read(path)
        QgsApplication.processEvents()
        assert find(reopened, "VraemAirFixesCombo").currentLayer().name() == name
        assert find(reopened, "VraemAirTimeFieldCombo").currentField() == "time"
        assert find(reopened, "VraemAirTrackFieldCombo").currentField() == "track"
        assert find(reopened, "VraemAirProfileCombo").currentData() == "c206"
        assert [find(reopened, name).text() for name in ("VraemAirSpeedEdit", "VraemAirReactionEdit",
                                                         "VraemAirMinutesEdit")] == ["250", "7,5", "20, 40"]
    finally:
        close_dock(reopened)


def _saved_air_project(dock, fixes_path, tmp_path, bases=None):
    """An air picture with interception (tracks, events, reach and isochrone rings) over the zone, saved in a .qgs;
    (path, [(row values, layer id, feature id)], layer ids)."""
    from vraem_analyst.plugin.core import reference

    QgsProject.instance().addMapLayer(reference.zone_layer())
    find(dock, "VraemAirBasesCombo").setLayer(bases)
    run_air(dock, fixes_path, speed="250", reaction="10")
    assert len(dock.air.layer_ids) == 4
    path = str(tmp_path / "air.qgs")
    assert QgsProject.instance().write(path)
    rows = [(row.values, row.layer_id, row.feature_id) for row in dock.air.model.rows]
    return path, rows, list(dock.air.layer_ids)


def test_a_reopened_project_recomputes_the_air_table_and_keeps_the_saved_layers(dock, fixes_path, tmp_path):
    """The air picture's layers came back with a reopened project but its table stayed empty and the sheet had no
    Air picture page. Now the table of the earlier run is recomputed from the saved inputs in the section's task,
    its rows zoom to the saved layers, which stay as they are, and the project is not marked modified."""
    from vraem_analyst.plugin.core.report.sheet import find_item

    path, before, layer_ids = _saved_air_project(dock, fixes_path, tmp_path)
    project = QgsProject.instance()
    names = [project.mapLayer(one).name() for one in layer_ids]
    project.clear()
    assert project.read(path)
    opened = set(project.mapLayers())
    assert "air" in dock.runner.current  # in its task: reading the project does not wait for it
    assert find(dock, "VraemAirStatus").text() == "Recomputing the table of the earlier run…"
    assert wait_for(lambda: "air" not in dock.runner.current), "the air task did not finish"
    assert [(row.values, row.layer_id, row.feature_id) for row in dock.air.model.rows] == before
    assert INTERCEPT_COLUMNS <= set(column_keys(dock))
    assert find(dock, "VraemAirStatus").text().startswith("4 tracks, 3 in the zone")
    assert set(project.mapLayers()) == opened and set(layer_ids) <= opened and dock.air.layer_ids == layer_ids
    everything = [layer.name() for layer in project.mapLayers().values()]
    assert all(everything.count(name) == 1 for name in names), everything
    tracks = project.mapLayer(layer_ids[0])
    for row in dock.air.model.rows:  # the saved layers' features are the rows' own
        if row.layer_id == tracks.id():
            assert tracks.getFeature(row.feature_id)["track_id"] == row.values["track_id"]
    assert not project.isDirty()
    layout = dock.export.layout()
    assert layout.pageCollection().pageCount() == 2
    assert [row[0].content() for row in find_item(layout, "air_table").multiFrame().tableContents()] == \
        ["T1", "T2", "T3"]
    assert set(find_item(layout, "air_map").layers()) >= {project.mapLayer(one) for one in layer_ids}


@pytest.mark.parametrize("gone", ["fixes", "bases"])
def test_a_reopened_air_picture_whose_input_is_gone_asks_for_a_run(dock, fixes_path, tmp_path, qgis_iface, gone):
    """The fixes, or the chosen bases (an empty picker would mean the bundled bases), are no longer in the saved
    project: nothing is recomputed and the status says to press Run."""
    from qgis.core import Qgis

    from vraem_analyst.plugin.core import reference

    bases = QgsProject.instance().addMapLayer(reference.bundled_layer("aerodromes", "bases"))
    path, _before, layer_ids = _saved_air_project(dock, fixes_path, tmp_path, bases=bases)
    combo = {"fixes": "VraemAirFixesCombo", "bases": "VraemAirBasesCombo"}[gone]
    warnings = reopen_without_layer(path, find(dock, combo).currentLayer().id(), qgis_iface.messageBar())
    assert "air" not in dock.runner.current
    assert "press Run to show their table" in find(dock, "VraemAirStatus").text()
    assert dock.air.model.rows == [] and dock.air.layer_ids == layer_ids
    assert len(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)) == warnings
    assert not QgsProject.instance().isDirty()


@pytest.mark.parametrize("change", ["time field gone", "time unreadable"])
def test_a_reopened_air_picture_that_cannot_be_recomputed_says_so(dock, tmp_path, qgis_iface, change):
    """The saved inputs no longer give a picture: the project names a time field the fixes lack (refused before the
    task), or a time in the fixes file cannot be read any more (the task fails). The status and the message bar
    say that the table could not be recomputed, and the saved layers stay."""
    from qgis.core import Qgis, edit

    copy = write_fixes(tmp_path / "fixes.gpkg", scenario(), "iso")
    fixes = QgsVectorLayer(f"{copy}|layername=fixes", "synthetic fixes", "ogr")
    QgsProject.instance().addMapLayer(fixes)
    path, _before, layer_ids = _saved_air_project(dock, copy, tmp_path)
    project = QgsProject.instance()
    fixes_id = fixes.id()
    project.clear()
    if change == "time field gone":  # as if the user had saved another time field, since gone from the file
        xml = open(path, encoding="utf-8").read()
        assert xml.count('air_time_field type="QString">time<') == 1
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(xml.replace('air_time_field type="QString">time<', 'air_time_field type="QString">when<'))
    else:
        changed = QgsVectorLayer(f"{copy}|layername=fixes", "changed", "ogr")
        with edit(changed):
            changed.changeAttributeValue(next(changed.getFeatures()).id(), changed.fields().indexOf("time"), "soon")
        del changed
    warnings = len(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
    assert project.read(path)
    assert wait_for(lambda: "air" not in dock.runner.current), "the air task did not finish"
    status = find(dock, "VraemAirStatus").text()
    assert "could not be recomputed" in status and "unchanged" in status
    if change == "time unreadable":
        assert "'soon'" in status  # the task's reason, in the status too
    assert any("could not be recomputed" in text
               for text in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)[warnings:])
    assert dock.air.model.rows == [] and dock.air.layer_ids == layer_ids
    assert all(project.mapLayer(one) is not None for one in [fixes_id, *layer_ids])
    assert not project.isDirty()


def test_a_rerun_after_reopening_the_project_replaces_the_saved_layers(dock, fixes_path, tmp_path):
    """The section remembered the layers of its last run only while QGIS ran: after reopening the
    project, Run added a second set beside the saved one ("… (2)"). Now the project keeps their ids and
    the re-run replaces them (the recomputed table of the earlier run leaves them in place)."""
    run_air(dock, fixes_path)
    first = sorted(QgsProject.instance().mapLayer(one).name() for one in dock.air.layer_ids)
    assert first
    path = str(tmp_path / "air.qgz")
    assert QgsProject.instance().write(path)
    QgsProject.instance().clear()
    assert QgsProject.instance().read(path)
    assert wait_for(lambda: "air" not in dock.runner.current), "the air task did not finish"
    run_air(dock, fixes_path)
    names = sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())
    assert all(names.count(name) == 1 for name in first), names
    assert not any(name.endswith("(2)") for name in names), names


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
    widget = open_dock(qgis_iface)
    try:
        widget.resize(900, 1000)
        run_air(widget, fixes_path, speed="250", reaction="10")
        section = find(widget, "VraemAirGroup")
        if locale == "es":
            assert section.title() == "Panorama aéreo"
        section.resize(900, 900)
        view = find(widget, "VraemAirTable")
        model = view.model().sourceModel()
        # the interception columns, scrolled into view: the screenshot must show them readable
        view.scrollTo(view.model().index(0, column_keys(widget).index("intercept_time")),
                      QAbstractItemView.ScrollHint.PositionAtTop)
        QgsApplication.processEvents()
        headers = model.as_table()[0]  # one line each (the view wraps them before the unit)
        if locale == "es":
            assert "Antes de salir" in headers, headers
        path = artifacts_dir / f"dock_air_{locale}.png"
        assert section.grab().save(str(path))
        assert path.stat().st_size > 0
    finally:
        close_dock(widget)
        remove_translator(translator)
