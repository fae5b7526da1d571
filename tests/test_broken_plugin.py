"""When the real plugin cannot be imported (e.g. a missing optional dependency), classFactory must
hand QGIS plugin/broken.py's BrokenPlugin instead: QGIS keeps running, the message bar and the
message log say what is wrong, and unloading leaves nothing behind.

The release ZIP is extracted with QGIS's own plugin-manager unzip into a fresh plugin folder, the
extracted copy is damaged, and qgis.utils loads and starts it as QGIS does at start-up."""

import sys
from pathlib import Path

import pytest
from desktop import PACKAGE, flush_deferred_deletes, isolated_plugin_folder, plugin_module_names, qgis_unzip
from qgis.core import Qgis, QgsApplication

MISSING_MODULE = "vraem_missing_dependency"
LOG_TAG = "VRAEM Analyst"

@pytest.fixture
def damaged_install(plugin_zip, tmp_path, qgis_app, qgis_iface, qgis_processing, monkeypatch):
    """The release ZIP extracted into a plugin folder of this test only, with plugin/main.py made
    unimportable. qgis.utils state, sys.modules and the 'vraem' provider are restored afterwards."""

    plugins_dir = tmp_path / "broken_profile" / "python" / "plugins"
    installed = qgis_unzip(plugin_zip, plugins_dir)
    main = installed / "plugin" / "main.py"
    assert main.is_file(), "the release ZIP has no plugin/main.py to damage"
    source = main.read_text(encoding="utf-8")
    main.write_text(f"import {MISSING_MODULE}  # simulated missing dependency\n" + source, encoding="utf-8")

    with isolated_plugin_folder(plugins_dir, qgis_iface, monkeypatch):
        yield plugins_dir


def test_missing_dependency_starts_broken_plugin_that_says_why(damaged_install, qgis_iface):
    import qgis.utils

    plugins_dir = damaged_install
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("vraem") is None
    bar = qgis_iface.messageBar()
    critical_before = len(bar.get_messages(Qgis.MessageLevel.Critical))

    logged = []

    def on_message(message, tag, level):
        logged.append((message, tag, level))

    message_log = QgsApplication.messageLog()
    message_log.messageReceived.connect(on_message)
    try:
        qgis.utils.updateAvailablePlugins()
        assert PACKAGE in qgis.utils.available_plugins
        # The package itself imports nothing at module level, so loading still works...
        assert qgis.utils.loadPlugin(PACKAGE) is True
        assert Path(sys.modules[PACKAGE].__file__).resolve().parent == (plugins_dir / PACKAGE).resolve()
        # ...and starting it must not fail either (QGIS would show a Python error and drop the plugin).
        assert qgis.utils.startPlugin(PACKAGE) is True
        flush_deferred_deletes()
    finally:
        message_log.messageReceived.disconnect(on_message)

    assert PACKAGE in qgis.utils.active_plugins
    assert qgis.utils.isPluginLoaded(PACKAGE)
    plugin = qgis.utils.plugins[PACKAGE]
    broken_module = sys.modules[f"{PACKAGE}.plugin.broken"]
    assert Path(broken_module.__file__).resolve().parent == (plugins_dir / PACKAGE / "plugin").resolve()
    assert type(plugin) is broken_module.BrokenPlugin
    assert isinstance(plugin.error, ImportError)
    assert f"{PACKAGE}.plugin.main" not in sys.modules
    # the stub wires nothing: no Processing provider
    assert registry.providerById("vraem") is None

    # Exactly one new critical message in the bar (none of QGIS's own "Couldn't load plugin" ones),
    # naming the plugin, saying it could not start and which module is missing.
    new_critical = bar.get_messages(Qgis.MessageLevel.Critical)[critical_before:]
    assert len(new_critical) == 1, new_critical
    bar_message = new_critical[0]
    assert bar_message.startswith("VRAEM Analyst:")
    assert "could not start" in bar_message
    assert MISSING_MODULE in bar_message

    # The same text is in the QGIS message log, as critical, under the plugin's tag.
    ours = [(message, level) for message, tag, level in logged if tag == LOG_TAG]
    assert len(ours) == 1, logged
    log_message, log_level = ours[0]
    assert log_level == Qgis.MessageLevel.Critical
    assert "could not start" in log_message and MISSING_MODULE in log_message
    assert bar_message == f"VRAEM Analyst:{log_message}"

    # Unloading the stub works and removes every module of the plugin.
    assert qgis.utils.unloadPlugin(PACKAGE) is True
    flush_deferred_deletes()
    assert PACKAGE not in qgis.utils.active_plugins
    assert PACKAGE not in qgis.utils.plugins
    assert plugin_module_names() == []
    assert registry.providerById("vraem") is None
