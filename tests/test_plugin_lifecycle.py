"""The plugin class loads through classFactory with the test iface and unload() undoes everything."""

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QDockWidget


def test_load_and_unload_leaves_nothing(qgis_app, qgis_iface, qgis_processing):
    import vraem_analyst
    from vraem_analyst.plugin.core import yields

    # pytest-qgis' stand-in iface lacks these two; the real QGIS window test covers them.
    if not hasattr(qgis_iface, "removePluginMenu"):
        qgis_iface.removePluginMenu = lambda menu, action: None
    if not hasattr(qgis_iface, "removeDockWidget"):
        qgis_iface.removeDockWidget = qgis_iface.mainWindow().removeDockWidget
    options_pages = []  # pytest-qgis' iface has no options dialog: record what the plugin registers
    qgis_iface.registerOptionsWidgetFactory = options_pages.append
    qgis_iface.unregisterOptionsWidgetFactory = options_pages.remove
    registry = QgsApplication.processingRegistry()
    # conftest's vraem_provider may have registered the provider already; the plugin must add its own
    if registry.providerById("vraem") is not None:
        registry.removeProvider("vraem")
    plugin = vraem_analyst.classFactory(qgis_iface)
    assert type(plugin).__name__ == "VraemAnalystPlugin", getattr(plugin, "error", None)
    plugin.initGui()
    assert registry.providerById("vraem") is not None
    main_window = qgis_iface.mainWindow()
    assert main_window.findChild(QDockWidget, "VraemAnalystDock") is not None
    assert [a.objectName() for a in plugin.actions][:2] == ["VraemAnalystToggleDock", "VraemAnalystAddLayers"]
    assert [factory.objectName() for factory in options_pages] == ["VraemAnalystOptionsFactory"]
    assert options_pages[0].title() == "VRAEM Analyst"
    assert _parameter_set_values_in_the_modeler() == [list(yields.set_labels().values())]

    plugin.unload()
    QgsApplication.processEvents()
    assert registry.providerById("vraem") is None
    assert plugin.actions == []
    assert plugin.dock is None
    assert options_pages == [] and plugin.options_factory is None  # unload() took the Options page away
    assert _parameter_set_values_in_the_modeler() == []  # the parameter-set widget is unregistered
    assert plugin.parameter_set_widgets is None


def _parameter_set_values_in_the_modeler():
    """The lists of values the modeler offers for exportreport's parameter set: QGIS builds that list
    from the widget registry's factory for the parameter's widget type, and has none without the plugin."""
    from qgis.core import QgsProcessingContext, QgsProcessingModelAlgorithm
    from qgis.gui import QgsGui
    from qgis.PyQt.QtWidgets import QComboBox

    from vraem_analyst.plugin.processing.reports.export_report import ExportReportAlgorithm

    algorithm = ExportReportAlgorithm()
    algorithm.initAlgorithm()
    widget = QgsGui.processingGuiRegistry().createModelerParameterWidget(
        QgsProcessingModelAlgorithm(), "", algorithm.parameterDefinition("PARAMETER_SET"), QgsProcessingContext())
    lists = [[combo.itemText(index) for index in range(combo.count())] for combo in widget.findChildren(QComboBox)]
    return [values for values in lists if values]  # the model input and algorithm output lists are empty here


LIFECYCLE_CHECK = '''
def check(iface):
    import sys
    import qgis.utils
    from qgis.core import QgsApplication, QgsExpression
    from qgis.PyQt.QtCore import QCoreApplication, QEvent
    from qgis.PyQt.QtWidgets import QAction, QDockWidget, QToolBar

    window = iface.mainWindow()

    def parameter_set_values():
        # the value lists the modeler offers for a parameter that asks for the plugin's parameter-set widget
        from qgis.core import QgsProcessingContext, QgsProcessingModelAlgorithm, QgsProcessingParameterEnum
        from qgis.gui import QgsGui
        from qgis.PyQt.QtWidgets import QComboBox

        parameter = QgsProcessingParameterEnum("SET", "set", ["vraem", "national"], usesStaticStrings=True)
        parameter.setMetadata({"widget_wrapper": {"widget_type": "vraem_parameter_set"}})
        widget = QgsGui.processingGuiRegistry().createModelerParameterWidget(
            QgsProcessingModelAlgorithm(), "", parameter, QgsProcessingContext())
        return [combo.count() for combo in widget.findChildren(QComboBox) if combo.count()]

    def state():
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QgsApplication.processEvents()
        return {
            "provider": QgsApplication.processingRegistry().providerById("vraem") is not None,
            "dock": window.findChild(QDockWidget, "VraemAnalystDock") is not None,
            "toolbar": window.findChild(QToolBar, "VraemAnalystToolbar") is not None,
            "actions": sorted(a.objectName() for a in window.findChildren(QAction)
                              if a.objectName().startswith("VraemAnalyst")),
            "menu": [a.text() for a in iface.pluginMenu().actions()
                     if a.menu() is not None and "VRAEM" in a.text()],
            "functions": sorted(f.name() for f in QgsExpression.Functions()),
            "parameter_set_values": parameter_set_values(),
            "modules": sorted(m for m in sys.modules if m == "vraem_analyst" or m.startswith("vraem_analyst.")),
        }

    loaded = state()
    unloaded_ok = qgis.utils.unloadPlugin("vraem_analyst")
    after_unload = state()
    load_ok = qgis.utils.loadPlugin("vraem_analyst")
    start_ok = qgis.utils.startPlugin("vraem_analyst")
    reloaded = state()
    unloaded_again_ok = qgis.utils.unloadPlugin("vraem_analyst")
    after_second_unload = state()
    return {"loaded": loaded, "unload": unloaded_ok, "after_unload": after_unload, "load": load_ok,
            "start": start_ok, "reloaded": reloaded, "unload_again": unloaded_again_ok,
            "after_second_unload": after_second_unload}
'''


@pytest.mark.slow
def test_real_desktop_unload_leaves_nothing(plugin_zip, tmp_path):
    """The thorough version, with the real iface: QGIS starts the plugin from the ZIP, then
    unloadPlugin / loadPlugin / startPlugin / unloadPlugin, checking what is left each time."""
    from desktop import run_desktop

    result = run_desktop(plugin_zip, LIFECYCLE_CHECK, tmp_path)
    assert result["ok"], result.get("error", "") + result["log"][-3000:]
    check = result["check"]
    loaded = check["loaded"]
    assert loaded["provider"] and loaded["dock"] and loaded["toolbar"]
    assert {"VraemAnalystToggleDock", "VraemAnalystAddLayers", "VraemAnalystHelp"} <= set(loaded["actions"])
    assert len(loaded["menu"]) == 1
    assert "vraem_analyst.plugin.main" in loaded["modules"]
    assert loaded["parameter_set_values"] == [2]  # the plugin's widget lists the parameter's two keys
    assert check["unload"] is True and check["load"] is True and check["start"] is True
    assert check["unload_again"] is True
    for after in (check["after_unload"], check["after_second_unload"]):
        assert after["provider"] is False
        assert after["dock"] is False
        assert after["toolbar"] is False
        assert after["actions"] == []
        assert after["menu"] == []
        assert after["modules"] == []
        assert after["parameter_set_values"] == []  # its widget factory is unregistered
        # the plugin's expression functions (all named vraem_*) are gone, QGIS's own are untouched
        assert [name for name in after["functions"] if name.startswith("vraem_")] == []
        assert set(after["functions"]) == set(loaded["functions"]) - set(_vraem_functions(loaded))
    assert _vraem_functions(loaded), "the plugin registers expression functions (plugin/expressions.py)"
    assert check["reloaded"] == loaded


def _vraem_functions(state):
    return [name for name in state["functions"] if name.startswith("vraem_")]
