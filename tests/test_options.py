"""Issue 16 item 10: the plugin's page in QGIS Options writes the preferences a new project's dock shows."""

import json

from qgis.core import QgsProject, QgsSettings


def test_options_page_writes_the_settings_a_new_dock_shows(qgis_app, qgis_iface, qgis_new_project, vraem_provider):
    from vraem_analyst.plugin.core import download
    from vraem_analyst.plugin.gui.dock import VraemDock
    from vraem_analyst.plugin.gui.options import VraemOptionsFactory
    from vraem_analyst.plugin.gui.widgets import set_combo_data
    from vraem_analyst.plugin.settings import VraemSettings

    settings = VraemSettings()
    settings.reset()
    QgsSettings().remove(download.SETTINGS_KEY)
    try:
        page = VraemOptionsFactory().createWidget(None)
        assert page.parameter_set_combo.currentData() == "vraem" and page.dpi_spin.value() == 300
        set_combo_data(page.parameter_set_combo, "national")
        page.distance_spin.setValue(1.5)
        set_combo_data(page.unit_combo, "m")
        page.dpi_spin.setValue(150)
        page.sources_edit.setPlainText("not json")
        page.apply()
        assert "not a valid JSON list" in page.sources_problem.text()
        assert [s.source_id for s in download.load_sources()] == ["inei2023", "inei2007"]  # kept as they were
        assert (settings.default_parameter_set, settings.default_buffer_distance, settings.default_distance_unit,
                settings.export_dpi) == ("national", 1.5, "m", 150)

        mine = dict(download.DEFAULT_SOURCES[0].to_dict(), id="mirror", name="My mirror")
        page.sources_edit.setPlainText(json.dumps([mine]))
        page.apply()
        assert [(s.source_id, s.name) for s in download.load_sources()] == [("mirror", "My mirror")]
        page.deleteLater()

        QgsProject.instance().clear()
        dock = VraemDock(qgis_iface, qgis_iface.mainWindow())
        try:
            assert dock.findChild(type(page.parameter_set_combo), "VraemParameterSetCombo").currentData() == "national"
            assert dock.overlap.distance_spin.value() == 1.5
            assert dock.export.dpi_spin.value() == 150
        finally:
            dock.cleanup()
            dock.deleteLater()
    finally:
        settings.reset()
        QgsSettings().remove(download.SETTINGS_KEY)
