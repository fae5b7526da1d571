"""Helpers to test the plugin the way users get it: the release ZIP, installed into a throw-away
QGIS profile, inside the real QGIS desktop (under Xvfb) or qgis_process.

Typical use in a test::

    from desktop import build_plugin_zip, run_desktop

    zip_path = build_plugin_zip(tmp_path / "dist")
    result = run_desktop(zip_path, CHECK, tmp_path, screenshot=artifacts_dir / "window.png", locale="es")

where CHECK is Python source defining ``def check(iface): ... return {...}`` (JSON-serialisable).
It runs inside QGIS once the event loop has started; the harness then saves a screenshot of the
main window (QWidget.grab()), writes the returned dict to a JSON file and quits QGIS.
"""

import configparser
import contextlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "vraem_analyst"
QGIS_PYTHON = "/usr/share/qgis/python"  # where pyplugin_installer lives on Debian
QGIS_DESKTOP = shutil.which("qgis") or "/usr/bin/qgis"
QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"


def build_plugin_zip(dist_dir, base_url=None):
    """Build the release ZIP of the working tree into dist_dir with tools/package.py; return its path.

    Also writes dist_dir/plugins.xml (download URL = base_url/<zip>, or a file:// URL)."""
    dist_dir = Path(dist_dir)
    command = [sys.executable, str(REPO / "tools" / "package.py"), "--dist", str(dist_dir), "--quiet"]
    if base_url:
        command += ["--base-url", base_url]
    subprocess.run(command, check=True, cwd=REPO)
    zips = sorted(dist_dir.glob(f"{PACKAGE}-*.zip"))
    if len(zips) != 1:
        raise RuntimeError(f"expected one plugin ZIP in {dist_dir}, found {zips}")
    return zips[0]


def qgis_unzip(zip_path, plugins_dir):
    """Extract the ZIP with QGIS's own plugin-manager code (pyplugin_installer.unzip.unzip)."""
    if QGIS_PYTHON not in sys.path:
        sys.path.append(QGIS_PYTHON)
    from pyplugin_installer.unzip import unzip

    Path(plugins_dir).mkdir(parents=True, exist_ok=True)
    unzip(str(zip_path), str(plugins_dir))
    return Path(plugins_dir) / PACKAGE


def make_profile(profiles_root, zip_path=None, locale=None, enable=True, profile="default", settings=None):
    """A throw-away QGIS profile under profiles_root (for `qgis --profiles-path profiles_root`).

    Installs the ZIP into its python/plugins folder (with pyplugin_installer.unzip), enables the
    plugin in QGIS3.ini ([PythonPlugins] vraem_analyst=true) and, if locale is given (e.g. "es"),
    sets locale/userLocale and locale/overrideFlag so QGIS and the plugin run in that language.
    `settings` is an optional {section: {key: value}} merged into QGIS3.ini. Returns the profile folder.
    """
    folder = Path(profiles_root) / "profiles" / profile
    (folder / "QGIS").mkdir(parents=True, exist_ok=True)
    if zip_path is not None:
        qgis_unzip(zip_path, folder / "python" / "plugins")
    ini = configparser.ConfigParser(interpolation=None)
    ini.optionxform = str
    ini["PythonPlugins"] = {PACKAGE: "true" if enable else "false"}
    # Nothing may wait for the internet or cover the window (QGIS would try to download Open Sans).
    ini["fonts"] = {"downloadMissingFonts": "false"}
    if locale:
        ini["locale"] = {"userLocale": locale, "overrideFlag": "true"}
    for section, values in (settings or {}).items():
        ini.setdefault(section, {})
        ini[section].update(values)
    with open(folder / "QGIS" / "QGIS3.ini", "w", encoding="utf-8") as handle:
        ini.write(handle, space_around_delimiters=False)
    return folder


_HARNESS = '''
import json, os, sys, traceback
from qgis.PyQt.QtCore import QTimer
from qgis.core import QgsApplication
from qgis.utils import iface

{body}

def _vraem_run():
    result = {{}}
    try:
        iface.mainWindow().resize(1280, 800)
        QgsApplication.processEvents()
        result = {{"ok": True, "check": check(iface)}}
        QgsApplication.processEvents()
        shot = os.environ.get("VRAEM_SCREENSHOT")
        if shot:
            result["screenshot_saved"] = bool(iface.mainWindow().grab().save(shot, "PNG"))
    except Exception:
        result = {{"ok": False, "error": traceback.format_exc()}}
    with open(os.environ["VRAEM_RESULT"], "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=1, default=str)
    QgsApplication.exit(0)

# Runs once the desktop's event loop is up (the window exists and plugins are started).
QTimer.singleShot(0, _vraem_run)
'''


def run_desktop(zip_path, check_source, work_dir, screenshot=None, locale=None, timeout=240, settings=None):
    """Start the real QGIS desktop under xvfb-run with a throw-away profile holding the plugin from
    zip_path; run `check(iface)` from check_source; return the harness's JSON result as a dict:
    {"ok": True, "check": <check's return value>, "screenshot_saved": bool} or {"ok": False, "error": ...}.
    The QGIS console output is in result["log"]."""
    profiles = Path(work_dir) / "qgis-profiles"
    make_profile(profiles, zip_path, locale=locale, settings=settings)
    return start_desktop(profiles, check_source, work_dir, screenshot=screenshot, timeout=timeout)


def start_desktop(profiles, check_source, work_dir, screenshot=None, timeout=240, env_extra=None):
    """Start the real QGIS desktop under xvfb-run on the existing profiles folder `profiles` (see
    make_profile; a second start finds what the first one left there) and run `check(iface)`;
    `env_extra` is added to QGIS's environment. Returns the harness's result as run_desktop does."""
    work_dir = Path(work_dir)
    script = work_dir / "desktop_check.py"
    script.write_text(_HARNESS.format(body=textwrap.dedent(check_source)), encoding="utf-8")
    result_file = work_dir / "desktop_result.json"
    if result_file.exists():
        result_file.unlink()
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_PLUGINPATH", "DISPLAY")}
    env["VRAEM_RESULT"] = str(result_file)
    env.update(env_extra or {})
    if screenshot:
        Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
        env["VRAEM_SCREENSHOT"] = str(screenshot)
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", QGIS_DESKTOP, "--nologo", "--noversioncheck",
               "--profiles-path", str(profiles), "--code", str(script)]
    process = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout,
                             stdin=subprocess.DEVNULL, check=False)
    log = process.stdout + process.stderr
    (work_dir / "qgis.log").write_text(log, encoding="utf-8")  # the whole console, crash backtraces included
    if not result_file.exists():
        raise RuntimeError(f"QGIS exited ({process.returncode}) without writing a result:\n{log[-4000:]}")
    result = json.loads(result_file.read_text(encoding="utf-8"))
    result["log"] = log
    result["returncode"] = process.returncode
    return result


def qgis_process(args, config_dir, plugins_dir, timeout=300):
    """Run qgis_process.bin with a throw-away profile (QGIS_CUSTOM_CONFIG_PATH) and plugin folder."""
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "QGIS_CUSTOM_CONFIG_PATH": str(config_dir),
                "QGIS_PLUGINPATH": str(plugins_dir)})
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL, check=False)


def png_is_blank(path):
    """True when the PNG has a single colour (an empty or unpainted grab)."""
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        return True
    step_x = max(1, image.width() // 64)
    step_y = max(1, image.height() // 64)
    colours = {image.pixel(x, y) for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)}
    return len(colours) <= 1


# ---------------------------------------------------------------- in-process installs (qgis.utils)

_PROVIDERS_KEPT_ALIVE = []  # a collected Python wrapper would lose its overrides


def plugin_module_names():
    return sorted(name for name in sys.modules if name == PACKAGE or name.startswith(PACKAGE + "."))


def flush_deferred_deletes():
    """Let Qt delete what deleteLater() scheduled, as the desktop's event loop would."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QgsApplication.processEvents()


@contextlib.contextmanager
def isolated_plugin_folder(plugins_dir, iface, monkeypatch):
    """qgis.utils searches only `plugins_dir`; the checkout's `vraem_analyst` modules, qgis.utils'
    record of the plugin and the 'vraem' provider other tests registered are set aside, and all of
    it is restored afterwards (the installed plugin is unloaded if a test left it running)."""
    import qgis.utils
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    had_provider = registry.providerById("vraem") is not None
    if had_provider:
        registry.removeProvider("vraem")
    set_aside = {name: sys.modules.pop(name) for name in plugin_module_names()}
    had_tracked_modules = PACKAGE in qgis.utils._plugin_modules
    tracked_before = qgis.utils._plugin_modules.pop(PACKAGE, None)
    monkeypatch.syspath_prepend(str(plugins_dir))
    monkeypatch.setattr(qgis.utils, "plugin_paths", [str(plugins_dir)])
    monkeypatch.setattr(qgis.utils, "available_plugins", list(qgis.utils.available_plugins))
    monkeypatch.setattr(qgis.utils, "plugins_metadata_parser", dict(getattr(qgis.utils, "plugins_metadata_parser", {})))
    monkeypatch.setattr(qgis.utils, "iface", iface)
    try:
        yield
    finally:
        try:
            if PACKAGE in qgis.utils.active_plugins:
                qgis.utils.unloadPlugin(PACKAGE)
        finally:
            qgis.utils.plugins.pop(PACKAGE, None)
            qgis.utils.plugin_times.pop(PACKAGE, None)
            if PACKAGE in qgis.utils.active_plugins:
                qgis.utils.active_plugins.remove(PACKAGE)
            qgis.utils._plugin_modules.pop(PACKAGE, None)
            if had_tracked_modules:
                qgis.utils._plugin_modules[PACKAGE] = tracked_before
            if registry.providerById("vraem") is not None:
                registry.removeProvider("vraem")
            for name in plugin_module_names():
                del sys.modules[name]
            sys.modules.update(set_aside)
            sys.path_importer_cache.clear()
            flush_deferred_deletes()
            if had_provider:
                from vraem_analyst.plugin.processing.provider import VraemProvider

                provider = VraemProvider()
                registry.addProvider(provider)
                _PROVIDERS_KEPT_ALIVE.append(provider)
