"""District download through QGIS's network stack against a local HTTP server on 127.0.0.1:
success, cache reuse, wrong checksum, 404, truncated body and cancel; nothing bad left in the cache."""

import hashlib
import http.server
import os
import threading

import pytest

DISTRICTS_FILE = "peru_distrital_simple.geojson"


class _Handler(http.server.BaseHTTPRequestHandler):
    body = b""
    hits = []
    release = threading.Event()
    half_sent = threading.Event()

    def log_message(self, *args):  # keep test output quiet
        return

    def do_GET(self):
        type(self).hits.append(self.path)
        if self.path == "/districts.geojson":
            self._send(self.body)
        elif self.path == "/truncated.geojson":
            self.send_response(200)
            self.send_header("Content-Length", str(len(self.body)))
            self.end_headers()
            self.wfile.write(self.body[: len(self.body) // 3])
            self.wfile.flush()
            self.close_connection = True
        elif self.path == "/slow.geojson":
            # Half the body, then wait until the test has cancelled (or gives up).
            self.send_response(200)
            self.send_header("Content-Length", str(len(self.body)))
            self.end_headers()
            self.wfile.write(self.body[: len(self.body) // 2])
            self.wfile.flush()
            type(self).half_sent.set()
            type(self).release.wait(30)
            self.close_connection = True
        else:
            self.send_error(404, "Not Found")

    def _send(self, data):
        self.send_response(200)
        self.send_header("Content-Type", "application/geo+json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def server(shared_data):
    _Handler.body = (shared_data / DISTRICTS_FILE).read_bytes()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)  # port 0: any free port
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hashlib.sha256(_Handler.body).hexdigest()
    _Handler.release.set()
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


def _source(url, sha256):
    from vraem_analyst.plugin.core.download import DistrictSource

    return DistrictSource("test", "Test districts", url, sha256, "MPL-2.0", "INEI 2007 via juaneladio/peru-geojson")


def test_default_sources_are_pinned(qgis_app):
    from vraem_analyst.plugin.core.download import DEFAULT_SOURCES

    assert len(DEFAULT_SOURCES) == 2
    for source in DEFAULT_SOURCES:
        assert source.url.startswith("https://raw.githubusercontent.com/")
        commit = source.url.split("/")[5]
        assert len(commit) == 40 and all(c in "0123456789abcdef" for c in commit)
        assert len(source.sha256) == 64 and source.licence and source.attribution


def test_default_2007_source_names_the_shared_file_checksum(qgis_app, shared_data):
    from vraem_analyst.plugin.core.download import DEFAULT_SOURCES

    shared = hashlib.sha256((shared_data / DISTRICTS_FILE).read_bytes()).hexdigest()
    assert any(source.sha256 == shared for source in DEFAULT_SOURCES)


def test_download_success_then_cache_reuse(server, cache):
    from vraem_analyst.plugin.core import download

    base, sha = server
    source = _source(base + "/districts.geojson", sha)
    _Handler.hits.clear()
    path = download.fetch(source)
    assert os.path.dirname(path) == str(cache)
    assert download.sha256_of_file(path) == sha
    assert sorted(os.listdir(cache)) == [os.path.basename(path)]
    assert _Handler.hits == ["/districts.geojson"]
    assert download.fetch(source) == path
    assert _Handler.hits == ["/districts.geojson"], "second call is served from the cache"


def test_download_and_build_reports_licence(server, cache, shared_facts):
    from vraem_analyst.plugin.core import download

    base, sha = server
    result = download.build_from_source(_source(base + "/districts.geojson", sha))
    assert result.match_field == "IDDIST"
    assert len(result.matched) + len(result.unmatched) == 79
    assert result.zone_layer.metadata().licenses() == ["MPL-2.0"]
    assert "INEI" in result.zone_layer.metadata().rights()[0]


def test_wrong_checksum_keeps_nothing(server, cache):
    from vraem_analyst.plugin.core import download
    from vraem_analyst.plugin.core.errors import VraemError

    base, _sha = server
    with pytest.raises(VraemError, match="Checksum mismatch"):
        download.fetch(_source(base + "/districts.geojson", "0" * 64))
    assert os.listdir(cache) == []


def test_corrupt_cached_file_is_replaced(server, cache):
    from vraem_analyst.plugin.core import download

    base, sha = server
    source = _source(base + "/districts.geojson", sha)
    with open(download.cached_path(source), "wb") as handle:
        handle.write(b"not the file")
    path = download.fetch(source)
    assert download.sha256_of_file(path) == sha


def test_404_is_a_clear_error(server, cache):
    from vraem_analyst.plugin.core import download
    from vraem_analyst.plugin.core.errors import VraemError

    base, sha = server
    with pytest.raises(VraemError, match="404"):
        download.fetch(_source(base + "/missing.geojson", sha))
    assert os.listdir(cache) == []


def test_truncated_body_keeps_nothing(server, cache):
    from vraem_analyst.plugin.core import download
    from vraem_analyst.plugin.core.errors import VraemError

    base, sha = server
    with pytest.raises(VraemError, match="incomplete"):
        download.fetch(_source(base + "/truncated.geojson", sha))
    assert os.listdir(cache) == []


def test_cancel_keeps_nothing(server, cache):
    from qgis.core import QgsFeedback

    from vraem_analyst.plugin.core import download
    from vraem_analyst.plugin.core.errors import VraemError

    base, sha = server
    feedback = QgsFeedback()
    _Handler.half_sent.clear()

    def cancel_when_half_sent():
        # Like a user pressing Cancel from another thread while the server holds the rest back.
        if _Handler.half_sent.wait(30):
            feedback.cancel()

    canceller = threading.Thread(target=cancel_when_half_sent, daemon=True)
    canceller.start()
    with pytest.raises(VraemError, match="cancelled"):
        download.fetch(_source(base + "/slow.geojson", sha), feedback)
    canceller.join(10)
    assert _Handler.half_sent.is_set()
    assert os.listdir(cache) == []


def test_sources_are_configurable(qgis_app, monkeypatch):
    from qgis.core import QgsSettings

    from vraem_analyst.plugin.core import download

    key = download.SETTINGS_KEY
    previous = QgsSettings().value(key, "")
    try:
        download.save_sources([_source("http://127.0.0.1:1/x.geojson", "a" * 64)])
        assert [s.url for s in download.load_sources()] == ["http://127.0.0.1:1/x.geojson"]
    finally:
        QgsSettings().setValue(key, previous)


def test_download_algorithm_uses_configured_sources(server, cache, vraem_provider):
    from qgis import processing
    from qgis.core import QgsSettings

    from vraem_analyst.plugin.core import download

    base, sha = server
    key = download.SETTINGS_KEY
    previous = QgsSettings().value(key, "")
    try:
        download.save_sources([_source(base + "/districts.geojson", sha)])
        result = processing.run("vraem:downloaddistricts", {"SOURCE": 0, "FORCE": True, "OUTPUT_ZONE": "memory:",
                                                            "OUTPUT_DISTRICTS": "memory:"})
    finally:
        QgsSettings().setValue(key, previous)
    assert result["OUTPUT_ZONE"].featureCount() == 1
    assert result["MATCHED"] + len(result["UNMATCHED"].split(", ")) == 79
    assert "MPL-2.0" in result["LICENCE"]
