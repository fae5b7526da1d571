"""Download district boundaries: configurable sources (URL + sha256 + licence/attribution), fetched
through QGIS's network stack (so the user's proxy settings apply), verified and cached in the user
profile, then turned into the VRAEM zone by districts.build_zone_from_districts().

The cache never holds a partial or unverified file: bytes are checked first, written to a
temporary file in the cache folder and renamed into place only when complete.
"""

import hashlib
import json
import os
import tempfile

from qgis.core import (
    QgsApplication,
    QgsBlockingNetworkRequest,
    QgsFeedback,
    QgsLayerMetadata,
    QgsSettings,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..i18n import tr
from .bundled import read_only_layer
from .districts import build_zone_from_districts
from .errors import VraemError

SETTINGS_KEY = "vraem_analyst/download/sources"


class DistrictSource:
    """One downloadable district-boundary file."""

    def __init__(self, source_id, name, url, sha256, licence, attribution, suffix=".geojson"):
        self.source_id = source_id
        self.name = name
        self.url = url
        self.sha256 = (sha256 or "").lower()
        self.licence = licence
        self.attribution = attribution
        self.suffix = suffix

    def to_dict(self):
        return {"id": self.source_id, "name": self.name, "url": self.url, "sha256": self.sha256,
                "licence": self.licence, "attribution": self.attribution, "suffix": self.suffix}

    @classmethod
    def from_dict(cls, data):
        return cls(data["id"], data["name"], data["url"], data["sha256"], data.get("licence", ""),
                   data.get("attribution", ""), data.get("suffix", ".geojson"))


# Pinned to commits so the checksum cannot drift.
DEFAULT_SOURCES = (
    DistrictSource(
        "inei2023",
        "INEI 2023 district limits (lincolneulogio/peru-geojson)",
        "https://raw.githubusercontent.com/lincolneulogio/peru-geojson/9737c032793bd30cad1013b43ca8aaeaa3875218/"
        "data/variants/light/distritos.geojson",
        "59ad7be4366c620d510e3e50dc12389743bcaae2a9fa356b039df200d32ce026",  # pragma: allowlist secret (a checksum, not a key)
        "CC BY 4.0",
        "Instituto Nacional de Estadística e Informática (INEI), district limits 2023, via "
        "github.com/lincolneulogio/peru-geojson",
    ),
    DistrictSource(
        "inei2007",
        "INEI 2007 district limits (juaneladio/peru-geojson)",
        "https://raw.githubusercontent.com/juaneladio/peru-geojson/b58a9741bff5efcb7d1bc560abff738d68cb5a22/"
        "peru_distrital_simple.geojson",
        "1eba0da33464b0818f05bfcf066672e6c9cf979ddc0549c8c2e9ca4d0122ac73",  # pragma: allowlist secret (a checksum, not a key)
        "MPL-2.0",
        "INEI 2007 limits via Geoservidor MINAM / GEOIDEP, github.com/juaneladio/peru-geojson",
    ),
)


def load_sources():
    """Sources from the user's settings (JSON list) or the defaults."""
    stored = QgsSettings().value(SETTINGS_KEY, "")
    if stored:
        try:
            return [DistrictSource.from_dict(item) for item in json.loads(stored)]
        except (ValueError, KeyError, TypeError):
            return list(DEFAULT_SOURCES)
    return list(DEFAULT_SOURCES)


def save_sources(sources):
    QgsSettings().setValue(SETTINGS_KEY, json.dumps([s.to_dict() for s in sources]))


def cache_dir():
    """Cache folder inside the user's QGIS profile."""
    folder = os.path.join(QgsApplication.qgisSettingsDirPath(), "vraem_analyst", "cache")
    os.makedirs(folder, exist_ok=True)
    return folder


def cached_path(source):
    """Cache file for a source: named by its checksum, so a changed checksum never reuses old bytes."""
    return os.path.join(cache_dir(), f"districts-{source.sha256[:16]}{source.suffix}")


def sha256_of_file(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_atomically(folder, final_path, data):
    handle = tempfile.NamedTemporaryFile(dir=folder, prefix=".partial-", delete=False)
    try:
        with handle:
            handle.write(data)
        os.replace(handle.name, final_path)
    except OSError:
        if os.path.exists(handle.name):
            os.remove(handle.name)
        raise


def fetch(source, feedback=None, force=False):
    """Path of the verified file for `source`, downloading it when it is not cached.

    Raises VraemError with a translated message on network errors, HTTP errors, a truncated body,
    a checksum mismatch or cancellation; the cache is left without a file for the source then.
    """
    if len(source.sha256) != 64:
        raise VraemError(tr("The source {name} has no valid sha256 checksum.").format(name=source.name))
    target = cached_path(source)
    if os.path.exists(target) and not force:
        if sha256_of_file(target) == source.sha256:
            if feedback is not None:
                feedback.pushInfo(tr("Using the cached file {path}").format(path=target))
            return target
    if os.path.exists(target):
        os.remove(target)  # stale or corrupt: never served again

    feedback = feedback or QgsFeedback()
    if feedback.isCanceled():
        raise VraemError(tr("Download cancelled."))
    request = QNetworkRequest(QUrl(source.url))
    blocking = QgsBlockingNetworkRequest()

    def report(received, total):
        if total and total > 0:
            feedback.setProgress(100.0 * received / total)

    blocking.downloadProgress.connect(report)
    error = blocking.get(request, True, feedback)
    if feedback.isCanceled():
        raise VraemError(tr("Download cancelled."))
    reply = blocking.reply()
    status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    announced = bytes(reply.rawHeader(b"Content-Length") or b"")
    received = len(bytes(reply.content()))
    if error != QgsBlockingNetworkRequest.ErrorCode.NoError:
        if announced.isdigit() and 0 < received < int(announced):
            raise VraemError(tr("Download incomplete: received {got} of {total} bytes ({error}). Nothing was "
                                "kept.").format(got=received, total=int(announced), error=blocking.errorMessage()))
        if status and int(status) >= 400:
            raise VraemError(tr("Download failed: the server answered HTTP {status} for {url}").format(
                status=int(status), url=source.url))
        raise VraemError(tr("Download failed: {error}").format(error=blocking.errorMessage()))
    data = bytes(reply.content())
    if announced.isdigit() and int(announced) != len(data):
        raise VraemError(tr("Download incomplete: received {got} of {total} bytes. Nothing was kept.").format(
            got=len(data), total=int(announced)))
    digest = hashlib.sha256(data).hexdigest()
    if digest != source.sha256:
        raise VraemError(tr("Checksum mismatch for {name}: expected {expected}, got {actual}. The file was "
                            "not kept.").format(name=source.name, expected=source.sha256, actual=digest))
    _write_atomically(cache_dir(), target, data)
    feedback.setProgress(100)
    return target


def source_metadata(source):
    """Layer metadata naming the downloaded source, its licence and attribution."""
    metadata = QgsLayerMetadata()
    metadata.setTitle(source.name)
    metadata.setAbstract(tr("District boundaries downloaded from {url} (sha256 {sha}).").format(
        url=source.url, sha=source.sha256))
    metadata.setRights([source.attribution])
    metadata.setLicenses([source.licence])
    return metadata


def build_from_source(source, feedback=None, force=False):
    """Download (or reuse) the source and build the zone from it; returns districts.ZoneBuild."""
    path = fetch(source, feedback, force)
    layer = read_only_layer(path, source.name)  # the cached file must keep its checksum
    if not layer.isValid():
        raise VraemError(tr("The downloaded file could not be read: {path}").format(path=path))
    result = build_zone_from_districts(layer, feedback)
    metadata = source_metadata(source)
    metadata.setAbstract(result.zone_layer.metadata().abstract() + " " + metadata.abstract())
    for output in (result.zone_layer, result.district_layer):
        output.setMetadata(metadata)
        output.setCustomProperty("vraem/licence", source.licence)
        output.setCustomProperty("vraem/attribution", source.attribution)
    return result
