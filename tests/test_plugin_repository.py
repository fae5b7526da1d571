"""dist/plugins.xml + the ZIP served from 127.0.0.1 work as a custom plugin repository: QGIS's own
plugin-manager code (pyplugin_installer) fetches the repository, lists VRAEM Analyst with the right
version, and its installing dialog downloads and unpacks the ZIP."""

import configparser
import functools
import http.server
import threading
import urllib.request
import zipfile

import pytest
from desktop import PACKAGE, QGIS_PYTHON, REPO, build_plugin_zip
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QElapsedTimer

REPO_KEY = "VRAEM Analyst test repository"
WAIT_LIMIT_MS = 30_000  # a guard against hanging, not a timing assertion


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    requested = []

    def log_message(self, *args):
        """No access log on stderr."""

    def do_GET(self):
        type(self).requested.append(self.path)
        super().do_GET()


@pytest.fixture
def served_repository(tmp_path):
    """An HTTP server on 127.0.0.1 serving a dist folder whose plugins.xml points back at it."""
    _QuietHandler.requested = []
    handler = functools.partial(_QuietHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    zip_path = build_plugin_zip(tmp_path, base_url=base_url)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base_url, zip_path
    server.shutdown()
    server.server_close()
    thread.join()


def _wait_until(condition):
    clock = QElapsedTimer()
    clock.start()
    while not condition():
        if clock.elapsed() > WAIT_LIMIT_MS:
            raise TimeoutError("QGIS did not finish the request")
        QgsApplication.processEvents()


@pytest.fixture
def installer_data(qgis_app, monkeypatch):
    """QGIS's plugin-manager data module, with our repository added in memory only (the user's
    QGIS settings are neither read for repositories nor written)."""
    monkeypatch.syspath_prepend(QGIS_PYTHON)
    from pyplugin_installer import installer_data as data

    relay = data.Relay(REPO_KEY)
    monkeypatch.setitem(data.repositories.mRepositories, REPO_KEY, {
        "url": "", "authcfg": "", "enabled": True, "valid": True, "Relay": relay, "xmlData": None,
        "state": data.Repositories.STATE_DISABLED, "error": ""})
    data.plugins.clearRepoCache()
    yield data
    data.plugins.clearRepoCache()


def _version():
    meta = configparser.ConfigParser(interpolation=None)
    meta.read(REPO / "metadata.txt", encoding="utf-8")
    return meta["general"]["version"]


def _fetch(data, url):
    data.repositories.setRepositoryData(REPO_KEY, "url", url)
    data.repositories.requestFetching(REPO_KEY)
    _wait_until(lambda: data.repositories.all()[REPO_KEY]["state"] != data.Repositories.STATE_LOADING)
    return data.repositories.all()[REPO_KEY]


def test_plugin_manager_lists_vraem_analyst(served_repository, installer_data):
    base_url, zip_path = served_repository
    repository = _fetch(installer_data, f"{base_url}/plugins.xml")
    assert repository["state"] == installer_data.Repositories.STATE_LOADED, repository["error"]
    assert any(path.startswith("/plugins.xml?qgis=") for path in _QuietHandler.requested)

    listed = installer_data.plugins.repoCache[REPO_KEY]
    assert [plugin["id"] for plugin in listed] == [PACKAGE]
    (plugin,) = listed
    assert plugin["name"] == "VRAEM Analyst"
    assert plugin["version_available"] == _version()
    assert plugin["version_available_stable"] == _version()
    assert plugin["download_url"] == f"{base_url}/{zip_path.name}"
    assert plugin["experimental"] is False and plugin["deprecated"] is False
    assert plugin["zip_repository"] == REPO_KEY
    # the manager shows the plugin's icon, not a puzzle piece: an http URL it can fetch
    assert plugin["icon"].startswith(f"{base_url}/")
    with urllib.request.urlopen(plugin["icon"], timeout=10) as response:  # nosec B310 (127.0.0.1)
        icon = response.read()
    with zipfile.ZipFile(zip_path) as archive:
        assert icon == archive.read(f"{PACKAGE}/resources/icon.svg")


def test_repository_that_is_not_a_plugin_list_is_reported(served_repository, installer_data):
    base_url, zip_path = served_repository
    (zip_path.parent / "empty.xml").write_text("<html>not a repository</html>", encoding="utf-8")
    repository = _fetch(installer_data, f"{base_url}/empty.xml")
    assert repository["state"] == installer_data.Repositories.STATE_UNAVAILABLE
    assert REPO_KEY not in installer_data.plugins.repoCache


def test_installing_dialog_downloads_and_unpacks_the_zip(served_repository, installer_data, tmp_path, monkeypatch):
    base_url, zip_path = served_repository
    _fetch(installer_data, f"{base_url}/plugins.xml")
    (plugin,) = installer_data.plugins.repoCache[REPO_KEY]
    from pyplugin_installer import qgsplugininstallerinstallingdialog as installing

    home_plugins = tmp_path / "home" / "python" / "plugins"
    monkeypatch.setattr(installing, "HOME_PLUGIN_PATH", str(home_plugins))  # never the user's own profile
    dialog = installing.QgsPluginInstallerInstallingDialog(None, plugin)
    _wait_until(lambda: (home_plugins / PACKAGE / "metadata.txt").exists() or dialog.result())
    assert dialog.result() == "", dialog.result()
    assert f"/{zip_path.name}" in _QuietHandler.requested
    with zipfile.ZipFile(zip_path) as archive:
        for name in archive.namelist():
            if not name.endswith("/"):
                assert (home_plugins / name).read_bytes() == archive.read(name), name
