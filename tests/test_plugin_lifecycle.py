"""The plugin class loads through classFactory with the test iface and unload() undoes everything."""

from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QDockWidget


def test_load_and_unload_leaves_nothing(qgis_app, qgis_iface, qgis_processing):
    import vraem_analyst

    # pytest-qgis' stand-in iface lacks these two; the real QGIS window test covers them.
    if not hasattr(qgis_iface, "removePluginMenu"):
        qgis_iface.removePluginMenu = lambda menu, action: None
    if not hasattr(qgis_iface, "removeDockWidget"):
        qgis_iface.removeDockWidget = qgis_iface.mainWindow().removeDockWidget
    plugin = vraem_analyst.classFactory(qgis_iface)
    plugin.initGui()
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("vraem") is not None
    main_window = qgis_iface.mainWindow()
    assert main_window.findChild(QDockWidget, "VraemAnalystDock") is not None
    assert [a.objectName() for a in plugin.actions][:2] == ["VraemAnalystToggleDock", "VraemAnalystAddLayers"]

    plugin.unload()
    QgsApplication.processEvents()
    assert registry.providerById("vraem") is None
    assert plugin.actions == []
    assert plugin.dock is None
