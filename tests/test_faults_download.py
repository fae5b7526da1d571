"""Fault suite, downloads from a local HTTP server on 127.0.0.1: relative redirects, redirect
loops, a failed FORCE download, a file with the right checksum that cannot be read, bodies above
the size cap (announced or not), a suffix that is a path, and headless runs that must exit
normally (they ended in SIGABRT). Each case checks the message and what the cache holds."""

import hashlib
import http.server
import json
import threading

import pytest
import test_dock
from desktop import PACKAGE, qgis_process, qgis_unzip
from dock_helpers import wait_for  # the `dock` fixture is in conftest.py
from fault_helpers import fingerprint
from qgis.core import QgsProject

DISTRICTS = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"UBIGEO": "090724"},
     "geometry": {"type": "Polygon", "coordinates": [[[-74, -12], [-73.9, -12], [-73.9, -11.9], [-74, -12]]]}}]}
GOOD = json.dumps(DISTRICTS).encode()
UNREADABLE = b"\x00\x01 not a GIS file at all \xff" * 40


class _Handler(http.server.BaseHTTPRequestHandler):
    bodies = {}

    def log_message(self, *args):
        return

    def do_GET(self):
        if self.path == "/relative":
            self._redirect("/files/districts.geojson")
        elif self.path == "/loop":
            self._redirect("/loop")
        elif self.path == "/fail":
            self.send_error(500, "Internal Server Error")
        elif self.path == "/endless":
            # no Content-Length: the body ends when the connection closes, past any cap
            self.send_response(200)
            self.end_headers()
            for _ in range(64):
                self.wfile.write(b"x" * 4096)
            self.close_connection = True
        elif self.path == "/chunked.geojson":
            # the real districts in 32 kB pieces: many progress reports to cancel at
            body = type(self).bodies["/real.geojson"]
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for start in range(0, len(body), 32768):
                self.wfile.write(body[start:start + 32768])
                self.wfile.flush()
        elif self.path in type(self).bodies:
            body = type(self).bodies[self.path]
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404, "Not Found")

    def _redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def server(shared_data):
    _Handler.bodies = {"/files/districts.geojson": GOOD, "/unreadable.geojson": UNREADABLE,
                       "/real.geojson": (shared_data / "peru_distrital_simple.geojson").read_bytes()}
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(10)


@pytest.fixture
def cache(qgis_app, tmp_path, monkeypatch):
    from vraem_analyst.plugin.core import download

    folder = tmp_path / "cache"
    folder.mkdir()
    monkeypatch.setattr(download, "cache_dir", lambda: str(folder))
    return folder


def _source(url, body, suffix=".geojson"):
    from vraem_analyst.plugin.core.download import DistrictSource

    return DistrictSource("faults", "Fault districts", url, hashlib.sha256(body).hexdigest(), "MPL-2.0",
                          "test", suffix)


def _fetch_error(source, **kwargs):
    from vraem_analyst.plugin.core import download
    from vraem_analyst.plugin.core.errors import VraemError

    with pytest.raises(VraemError) as raised:
        download.fetch(source, **kwargs)
    return str(raised.value)


def test_a_relative_redirect_is_followed(server, cache):
    from vraem_analyst.plugin.core import download

    path = download.fetch(_source(server + "/relative", GOOD))
    assert open(path, "rb").read() == GOOD
    assert [p.name for p in cache.iterdir()] == [path.rsplit("/", 1)[1]]


def test_a_redirect_loop_is_named_and_keeps_nothing(server, cache):
    error = _fetch_error(_source(server + "/loop", GOOD))
    assert "too many redirects" in error
    assert list(cache.iterdir()) == []


def test_a_failed_forced_download_keeps_the_verified_copy(server, cache):
    from vraem_analyst.plugin.core import download

    path = download.fetch(_source(server + "/files/districts.geojson", GOOD))
    before = fingerprint(cache)
    error = _fetch_error(_source(server + "/fail", GOOD), force=True)
    assert "HTTP 500" in error
    assert fingerprint(cache) == before and open(path, "rb").read() == GOOD


def test_a_file_with_the_right_checksum_that_cannot_be_read_is_not_cached(server, cache):
    error = _fetch_error(_source(server + "/unreadable.geojson", UNREADABLE))
    assert "cannot be read" in error
    assert list(cache.iterdir()) == []


@pytest.mark.parametrize("path", ["/files/districts.geojson", "/endless"])
def test_a_body_above_the_size_cap_is_refused_and_not_kept(server, cache, monkeypatch, path):
    from vraem_analyst.plugin.core import download

    monkeypatch.setattr(download, "MAX_DOWNLOAD_BYTES", 100)
    error = _fetch_error(_source(server + path, GOOD))
    assert "larger than" in error
    assert list(cache.iterdir()) == []


def test_a_suffix_that_is_a_path_is_refused(server, cache):
    error = _fetch_error(_source(server + "/files/districts.geojson", GOOD, suffix="/../../escape.geojson"))
    assert "invalid file suffix" in error
    assert list(cache.iterdir()) == [] and list(cache.parent.glob("escape*")) == []


# ------------------------------------------------------------------ headless: no SIGABRT


@pytest.fixture(scope="module")
def process_profile(plugin_zip, tmp_path_factory):
    root = tmp_path_factory.mktemp("faults-download")
    qgis_unzip(plugin_zip, root / "plugins")
    config, plugins = root / "config", root / "plugins"
    qgis_process(["plugins", "enable", PACKAGE], config, plugins)
    return config, plugins


def _configure_sources(config, sources):
    from qgis.PyQt.QtCore import QSettings

    settings = QSettings(str(config / "profiles" / "default" / "QGIS" / "QGIS3.ini"), QSettings.Format.IniFormat)
    settings.setValue("vraem_analyst/download/sources", json.dumps([source.to_dict() for source in sources]))
    settings.sync()


@pytest.mark.slow
def test_qgis_process_download_exits_normally_downloaded_cached_and_failed(server, process_profile, tmp_path,
                                                                           shared_data, qgis_app):
    config, plugins = process_profile
    real = (shared_data / "peru_distrital_simple.geojson").read_bytes()
    _configure_sources(config, [_source(server + "/real.geojson", real), _source(server + "/fail", GOOD)])
    for attempt in ("downloaded", "cached"):
        out = tmp_path / attempt
        out.mkdir()
        result = qgis_process(["run", "vraem:downloaddistricts", "--", "SOURCE=0",
                               f"OUTPUT_ZONE={out / 'zone.gpkg'}", f"OUTPUT_DISTRICTS={out / 'districts.gpkg'}"],
                              config, plugins)
        assert result.returncode == 0, (attempt, result.returncode, result.stdout[-2000:], result.stderr[-2000:])
        assert sorted(p.name for p in out.iterdir()) == ["districts.gpkg", "zone.gpkg"]
    out = tmp_path / "failed"
    out.mkdir()
    result = qgis_process(["run", "vraem:downloaddistricts", "--", "SOURCE=1", "FORCE=true",
                           f"OUTPUT_ZONE={out / 'zone.gpkg'}", f"OUTPUT_DISTRICTS={out / 'districts.gpkg'}"],
                          config, plugins)
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])
    assert "HTTP 500" in result.stdout + result.stderr
    assert list(out.iterdir()) == []


# ------------------------------------------------------------------ the panel's download task



@pytest.mark.timeout(600)
def test_dock_download_cancelled_at_random_points_keeps_no_partial_file(dock, server, cache, shared_data):
    import random

    real = (shared_data / "peru_distrital_simple.geojson").read_bytes()
    source = _source(server + "/chunked.geojson", real)
    for point in [0] + sorted(random.Random("dock-download").sample(range(1, 50), 3)):
        for cached in cache.iterdir():
            cached.unlink()  # every attempt downloads
        layers_before = set(QgsProject.instance().mapLayers())
        task = dock.layers.download_districts(source)
        task.reports = 0

        def count(_value, task=task, point=point):
            task.reports += 1
            if task.reports >= point:
                task.cancel()

        task.feedback.progressChanged.connect(count)
        if point == 0:
            task.cancel()
        assert wait_for(lambda task=task: task.done, 300)
        test_dock.wait_idle(dock, "zone", 120)
        names = [p.name for p in cache.iterdir()]
        assert not any(".partial-" in name for name in names), names
        if task.cancelled:
            assert set(QgsProject.instance().mapLayers()) == layers_before
        assert point > 0 or task.cancelled
    task = dock.layers.download_districts(source)
    assert wait_for(lambda: task.done, 300)
    assert not task.cancelled and task.error is None, task.error
