"""Install the release ZIP the way QGIS's plugin manager does and drive it through qgis.utils:
loadPlugin / startPlugin / unloadPlugin, asserting their return values, and prove that unload
leaves nothing behind. Runs in-process with pytest-qgis' iface (given working menu and dock
methods); test_plugin_lifecycle.py repeats the check inside the real QGIS desktop."""

import configparser
import sys
import zipfile
from pathlib import Path

import pytest
from desktop import PACKAGE, REPO, flush_deferred_deletes, isolated_plugin_folder, plugin_module_names, qgis_unzip
from qgis.core import QgsApplication, QgsExpression
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QToolBar


def _function_names():
    return {function.name() for function in QgsExpression.Functions()}


def _give_iface_real_menus_and_docks(iface, monkeypatch):
    """pytest-qgis' iface ignores menus and docks; make them real so that leftovers can be seen.
    Behaves like QgisApp: one submenu per plugin under Plugins, removed when it becomes empty."""
    window = iface.mainWindow()
    plugins_menu = window.menuBar().addMenu("&Plugins")

    def submenu(name):
        for action in plugins_menu.actions():
            if action.menu() is not None and action.text() == name:
                return action.menu()
        return None

    def add_plugin_to_menu(name, action):
        menu = submenu(name) or plugins_menu.addMenu(name)
        menu.addAction(action)

    def remove_plugin_menu(name, action):
        menu = submenu(name)
        if menu is None:
            return
        menu.removeAction(action)
        if menu.isEmpty():
            plugins_menu.removeAction(menu.menuAction())
            menu.deleteLater()

    monkeypatch.setattr(iface, "addPluginToMenu", add_plugin_to_menu, raising=False)
    monkeypatch.setattr(iface, "removePluginMenu", remove_plugin_menu, raising=False)
    monkeypatch.setattr(iface, "addDockWidget", lambda area, dock: window.addDockWidget(area, dock), raising=False)
    monkeypatch.setattr(iface, "removeDockWidget", window.removeDockWidget, raising=False)
    monkeypatch.setattr(iface, "pluginMenu", lambda: plugins_menu, raising=False)
    # pytest-qgis' iface has no Options dialog: keep the plugin's page in a list, as QGIS keeps its factories
    pages = []
    monkeypatch.setattr(iface, "registerOptionsWidgetFactory", pages.append, raising=False)
    monkeypatch.setattr(iface, "unregisterOptionsWidgetFactory", pages.remove, raising=False)
    return plugins_menu


@pytest.fixture
def installed_from_zip(plugin_zip, tmp_path, qgis_app, qgis_iface, qgis_processing, monkeypatch):
    """The ZIP extracted with pyplugin_installer.unzip into a temporary plugin folder that qgis.utils
    searches first; the checkout's own `vraem_analyst` modules are set aside and restored afterwards."""

    plugins_dir = tmp_path / "python" / "plugins"
    qgis_unzip(plugin_zip, plugins_dir)
    with isolated_plugin_folder(plugins_dir, qgis_iface, monkeypatch):
        yield plugins_dir, _give_iface_real_menus_and_docks(qgis_iface, monkeypatch)


def test_zip_extracts_with_qgis_unzip(plugin_zip, tmp_path):
    folder = qgis_unzip(plugin_zip, tmp_path / "plugins")
    with zipfile.ZipFile(plugin_zip) as archive:
        files = [n for n in archive.namelist() if not n.endswith("/")]
    assert folder == tmp_path / "plugins" / PACKAGE
    for name in files:
        assert (tmp_path / "plugins" / name).is_file(), name
    assert (folder / "LICENSE").is_file()


def test_load_start_unload_leaves_nothing(installed_from_zip, qgis_iface):
    import qgis.utils

    plugins_dir, plugins_menu = installed_from_zip
    window = qgis_iface.mainWindow()
    registry = QgsApplication.processingRegistry()
    functions_before = _function_names()
    assert registry.providerById("vraem") is None

    qgis.utils.updateAvailablePlugins()
    assert PACKAGE in qgis.utils.available_plugins
    meta = configparser.ConfigParser(interpolation=None)
    meta.read(REPO / "metadata.txt", encoding="utf-8")
    assert qgis.utils.pluginMetadata(PACKAGE, "version") == meta["general"]["version"]
    assert qgis.utils.pluginMetadata(PACKAGE, "name") == "VRAEM Analyst"

    assert qgis.utils.loadPlugin(PACKAGE) is True
    # the code that runs is the ZIP's, not the checkout's
    assert Path(sys.modules[PACKAGE].__file__).resolve().parent == (plugins_dir / PACKAGE).resolve()
    assert qgis.utils.startPlugin(PACKAGE) is True
    assert PACKAGE in qgis.utils.active_plugins
    assert qgis.utils.isPluginLoaded(PACKAGE)

    # Everything the plugin wires is there...
    provider = registry.providerById("vraem")
    assert provider is not None
    assert window.findChild(QDockWidget, "VraemAnalystDock") is not None
    toolbar = window.findChild(QToolBar, "VraemAnalystToolbar")
    assert toolbar is not None and len(toolbar.actions()) >= 2
    submenus = [a.menu() for a in plugins_menu.actions() if a.menu() is not None]
    assert len(submenus) == 1 and len(submenus[0].actions()) >= 3
    plugin_actions = [a.objectName() for a in window.findChildren(QAction) if a.objectName().startswith("VraemAnalyst")]
    assert {"VraemAnalystToggleDock", "VraemAnalystAddLayers", "VraemAnalystHelp"} <= set(plugin_actions)
    added_functions = _function_names() - functions_before
    assert added_functions and all(name.startswith("vraem_") for name in added_functions)
    loaded_modules = plugin_module_names()
    assert f"{PACKAGE}.plugin.main" in loaded_modules

    # ...and unload takes every piece away again.
    assert qgis.utils.unloadPlugin(PACKAGE) is True
    flush_deferred_deletes()
    assert PACKAGE not in qgis.utils.active_plugins
    assert registry.providerById("vraem") is None
    assert window.findChild(QDockWidget, "VraemAnalystDock") is None
    assert window.findChild(QToolBar, "VraemAnalystToolbar") is None
    assert [a for a in plugins_menu.actions() if a.menu() is not None] == []
    leftovers = [a.objectName() for a in window.findChildren(QAction) if a.objectName().startswith("VraemAnalyst")]
    assert leftovers == []
    assert not (added_functions & _function_names())
    assert _function_names() == functions_before
    assert plugin_module_names() == []


def test_plugin_starts_again_after_unload(installed_from_zip, qgis_iface):
    """Reloading (Plugin Reloader, upgrade from the plugin manager) must work: unload left a clean slate."""
    import qgis.utils

    qgis.utils.updateAvailablePlugins()
    for _ in range(2):
        assert qgis.utils.loadPlugin(PACKAGE) is True
        assert qgis.utils.startPlugin(PACKAGE) is True
        assert QgsApplication.processingRegistry().providerById("vraem") is not None
        assert qgis.utils.unloadPlugin(PACKAGE) is True
        flush_deferred_deletes()
        assert QgsApplication.processingRegistry().providerById("vraem") is None


def test_import_failure_reports_in_message_bar(plugin_zip, tmp_path, installed_from_zip, qgis_iface):
    """A missing dependency must not take QGIS down: the plugin starts as a stub that says why."""
    import qgis.utils
    from qgis.core import Qgis

    plugins_dir, _ = installed_from_zip
    main = plugins_dir / PACKAGE / "plugin" / "main.py"
    main.write_text("import vraem_missing_dependency  # noqa\n" + main.read_text(encoding="utf-8"), encoding="utf-8")
    qgis.utils.updateAvailablePlugins()
    bar = qgis_iface.messageBar()
    critical_before = list(bar.get_messages(Qgis.MessageLevel.Critical))
    assert qgis.utils.loadPlugin(PACKAGE) is True
    assert qgis.utils.startPlugin(PACKAGE) is True
    new = bar.get_messages(Qgis.MessageLevel.Critical)[len(critical_before):]
    assert len(new) == 1 and "vraem_missing_dependency" in new[0]
    assert QgsApplication.processingRegistry().providerById("vraem") is None
    assert qgis.utils.unloadPlugin(PACKAGE) is True
    assert plugin_module_names() == []
