"""The real QGIS desktop (under Xvfb) with a throw-away profile and the plugin installed from the
release ZIP: the toolbar action and the dock exist, the action opens the dock, and a screenshot of
the window is saved as a test artifact (out/test-artifacts/, not committed)."""

import pytest
from desktop import png_is_blank, run_desktop

pytestmark = pytest.mark.slow

CHECK = '''
def check(iface):
    import qgis.utils
    from qgis.core import QgsApplication
    from qgis.PyQt.QtWidgets import QDockWidget, QToolBar

    window = iface.mainWindow()
    toolbar = window.findChild(QToolBar, "VraemAnalystToolbar")
    dock = window.findChild(QDockWidget, "VraemAnalystDock")
    toggle = [a for a in toolbar.actions() if a.objectName() == "VraemAnalystToggleDock"] if toolbar else []
    flips = []
    if toggle and dock:
        # the toolbar action toggles the dock; leave it open for the screenshot
        for _ in range(2):
            before = dock.isVisible()
            toggle[0].trigger()
            QgsApplication.processEvents()
            flips.append([before, dock.isVisible()])
        if not dock.isVisible():
            toggle[0].trigger()
            QgsApplication.processEvents()
    plugin_menu = [a.text() for a in iface.pluginMenu().actions() if a.menu() is not None]
    return {
        "active": "vraem_analyst" in qgis.utils.active_plugins,
        "toolbar": toolbar is not None,
        "toolbar_visible": bool(toolbar and toolbar.isVisible()),
        "toolbar_actions": [a.objectName() for a in toolbar.actions()] if toolbar else [],
        "dock": dock is not None,
        "dock_flips": flips,
        "dock_visible": bool(dock and dock.isVisible()),
        "dock_title": dock.windowTitle() if dock else None,
        "provider": QgsApplication.processingRegistry().providerById("vraem") is not None,
        "plugin_menu": plugin_menu,
        "module_file": qgis.utils.sys.modules["vraem_analyst"].__file__,
        "window_size": [window.width(), window.height()],
    }
'''


def test_real_window_has_toolbar_action_and_dock(plugin_zip, tmp_path, artifacts_dir):
    screenshot = artifacts_dir / "desktop_window.png"
    if screenshot.exists():
        screenshot.unlink()
    result = run_desktop(plugin_zip, CHECK, tmp_path, screenshot=screenshot)
    assert result["ok"], result.get("error", "") + result["log"][-3000:]
    check = result["check"]
    assert check["active"] is True
    assert check["toolbar"] and check["toolbar_visible"]
    assert {"VraemAnalystToggleDock", "VraemAnalystAddLayers"} <= set(check["toolbar_actions"])
    assert check["dock"] is True
    assert check["dock_flips"] and all(before != after for before, after in check["dock_flips"])
    assert check["dock_visible"] is True
    assert check["provider"] is True
    assert any("VRAEM Analyst" in text.replace("&", "") for text in check["plugin_menu"])
    # the plugin that runs is the one unpacked from the ZIP into the throw-away profile
    assert "qgis-profiles/profiles/default/python/plugins/vraem_analyst" in check["module_file"]
    assert result["screenshot_saved"] is True
    assert screenshot.stat().st_size > 10_000
    assert not png_is_blank(screenshot)
    assert "Traceback" not in result["log"], result["log"][-3000:]
