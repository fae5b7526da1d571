"""Install the release ZIP the way QGIS's plugin manager does and drive it through qgis.utils:
loadPlugin / startPlugin / unloadPlugin, asserting their return values, and prove that unload
leaves nothing behind. Runs in-process with pytest-qgis' iface (given working menu and dock
methods); test_plugin_lifecycle.py repeats the check inside the real QGIS desktop."""

import configparser
import sys
import zipfile
from pathlib import Path

import pytest
from desktop import PACKAGE, REPO, qgis_unzip
from qgis.core import QgsApplication, QgsExpression
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QToolBar


_PROVIDERS_KEPT_ALIVE = []


def _flush_deletes():
    """Let Qt delete what deleteLater() scheduled, as the desktop's event loop would."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QgsApplication.processEvents()


def _plugin_module_names():
    return sorted(name for name in sys.modules if name == PACKAGE or name.startswith(PACKAGE + "."))


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
    return plugins_menu


@pytest.fixture
def installed_from_zip(plugin_zip, tmp_path, qgis_app, qgis_iface, qgis_processing, monkeypatch):
    """The ZIP extracted with pyplugin_installer.unzip into a temporary plugin folder that qgis.utils
    searches first; the checkout's own `vraem_analyst` modules are set aside and restored afterwards."""
    import qgis.utils

    plugins_dir = tmp_path / "python" / "plugins"
    qgis_unzip(plugin_zip, plugins_dir)
    # Other tests register the checkout's provider (conftest's vraem_provider); the installed plugin
    # must register its own, so take that one out now and put a fresh one back afterwards.
    registry = QgsApplication.processingRegistry()
    had_provider = registry.providerById("vraem") is not None
    if had_provider:
        registry.removeProvider("vraem")
    set_aside = {name: sys.modules.pop(name) for name in _plugin_module_names()}
    monkeypatch.syspath_prepend(str(plugins_dir))
    monkeypatch.setattr(qgis.utils, "plugin_paths", [str(plugins_dir)])
    monkeypatch.setattr(qgis.utils, "available_plugins", list(qgis.utils.available_plugins))
    monkeypatch.setattr(qgis.utils, "plugins_metadata_parser", dict(getattr(qgis.utils, "plugins_metadata_parser", {})))
    monkeypatch.setattr(qgis.utils, "iface", qgis_iface)
    menu = _give_iface_real_menus_and_docks(qgis_iface, monkeypatch)
    yield plugins_dir, menu
    try:
        if PACKAGE in qgis.utils.active_plugins:
            qgis.utils.unloadPlugin(PACKAGE)
    finally:
        qgis.utils.plugins.pop(PACKAGE, None)
        if PACKAGE in qgis.utils.active_plugins:
            qgis.utils.active_plugins.remove(PACKAGE)
        if registry.providerById("vraem") is not None:
            registry.removeProvider("vraem")
        for name in _plugin_module_names():
            del sys.modules[name]
        sys.modules.update(set_aside)
        _flush_deletes()
        if had_provider:
            from vraem_analyst.plugin.processing.provider import VraemProvider

            provider = VraemProvider()
            registry.addProvider(provider)
            _PROVIDERS_KEPT_ALIVE.append(provider)  # a collected Python wrapper would lose its overrides


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
    loaded_modules = _plugin_module_names()
    assert f"{PACKAGE}.plugin.main" in loaded_modules

    # ...and unload takes every piece away again.
    assert qgis.utils.unloadPlugin(PACKAGE) is True
    _flush_deletes()
    assert PACKAGE not in qgis.utils.active_plugins
    assert registry.providerById("vraem") is None
    assert window.findChild(QDockWidget, "VraemAnalystDock") is None
    assert window.findChild(QToolBar, "VraemAnalystToolbar") is None
    assert [a for a in plugins_menu.actions() if a.menu() is not None] == []
    leftovers = [a.objectName() for a in window.findChildren(QAction) if a.objectName().startswith("VraemAnalyst")]
    assert leftovers == []
    assert not (added_functions & _function_names())
    assert _function_names() == functions_before
    assert _plugin_module_names() == []


def test_plugin_starts_again_after_unload(installed_from_zip, qgis_iface):
    """Reloading (Plugin Reloader, upgrade from the plugin manager) must work: unload left a clean slate."""
    import qgis.utils

    qgis.utils.updateAvailablePlugins()
    for _ in range(2):
        assert qgis.utils.loadPlugin(PACKAGE) is True
        assert qgis.utils.startPlugin(PACKAGE) is True
        assert QgsApplication.processingRegistry().providerById("vraem") is not None
        assert qgis.utils.unloadPlugin(PACKAGE) is True
        _flush_deletes()
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
    critical_before = list(bar.get_messages(Qgis.Critical))
    assert qgis.utils.loadPlugin(PACKAGE) is True
    assert qgis.utils.startPlugin(PACKAGE) is True
    new = bar.get_messages(Qgis.Critical)[len(critical_before):]
    assert len(new) == 1 and "vraem_missing_dependency" in new[0]
    assert QgsApplication.processingRegistry().providerById("vraem") is None
    assert qgis.utils.unloadPlugin(PACKAGE) is True
    assert _plugin_module_names() == []
