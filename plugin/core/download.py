"""Download district boundaries: configurable sources (URL + sha256 + licence/attribution), fetched
through QGIS's network stack (so the user's proxy settings apply), verified and cached in the user
profile, then turned into the VRAEM zone by districts.build_zone_from_districts().

The cache never holds a partial or unverified file: the body is streamed to a temporary file in
the cache folder, checked (sha256, readable) and renamed into place only then.
"""

import hashlib
import json
import os
import re

from qgis.core import (
    QgsApplication,
    QgsFeedback,
    QgsLayerMetadata,
    QgsNetworkAccessManager,
    QgsSettings,
)
from qgis.PyQt.QtCore import QEventLoop, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..i18n import tr
from . import atomic
from .bundled import read_only_layer
from .districts import build_zone_from_districts
from .errors import VraemError

SETTINGS_KEY = "vraem_analyst/download/sources"
MAX_DOWNLOAD_BYTES = 100 << 20  # district files are a few MB; a larger body is refused, never held
MAX_REDIRECTS = 5
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}")  # a file suffix, never a path


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


def source_name(source):
    """The source's name in the user's language (the bundled sources; a user's own keeps its name)."""
    names = {"inei2023": tr("INEI 2023 district limits (lincolneulogio/peru-geojson)"),
             "inei2007": tr("INEI 2007 district limits (juaneladio/peru-geojson)")}
    default_names = {source.source_id: source.name for source in DEFAULT_SOURCES}
    if default_names.get(source.source_id) == source.name:
        return names.get(source.source_id, source.name)
    return source.name


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
    if not _SUFFIX.fullmatch(source.suffix or ""):
        raise VraemError(tr("The source {name} has an invalid file suffix '{suffix}' (expected e.g. .geojson).")
                         .format(name=source.name, suffix=source.suffix))
    return os.path.join(cache_dir(), f"districts-{source.sha256[:16]}{source.suffix}")


def sha256_of_file(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_verified(source, path):
    """Refuse a file whose checksum differs from the source's or that QGIS cannot read."""
    digest = sha256_of_file(path)
    if digest != source.sha256:
        raise VraemError(tr("Checksum mismatch for {name}: expected {expected}, got {actual}. The file was "
                            "not kept.").format(name=source.name, expected=source.sha256, actual=digest))
    if not read_only_layer(path, source.name).isValid():
        raise VraemError(tr("The downloaded file of {name} has the right checksum but cannot be read as a "
                            "vector layer; it was not kept.").format(name=source.name))


def _is_verified(source, path):
    try:
        _check_verified(source, path)
    except (VraemError, OSError):
        return False
    return True


def fetch(source, feedback=None, force=False):
    """Path of the verified file for `source`, downloading it when it is not cached (or `force`).

    The body is streamed to a temporary file beside the cache file (at most MAX_DOWNLOAD_BYTES),
    checked (sha256, readable) and only then moved into place: a failed download keeps the
    previously verified copy. Raises VraemError with a translated message on network errors, HTTP
    errors, redirect loops, a truncated or oversized body, a checksum mismatch or cancellation.
    """
    if len(source.sha256) != 64:
        raise VraemError(tr("The source {name} has no valid sha256 checksum.").format(name=source.name))
    target = cached_path(source)
    verified = os.path.exists(target) and _is_verified(source, target)
    if verified and not force:
        if feedback is not None:
            feedback.pushInfo(tr("Using the cached file {path}").format(path=target))
        return target
    if os.path.exists(target) and not verified:
        os.remove(target)  # stale or corrupt: never served again

    feedback = feedback or QgsFeedback()
    if feedback.isCanceled():
        raise VraemError(tr("Download cancelled."))
    with atomic.StagedOutputs() as outputs:
        staged = outputs.stage(target)
        _download(source.url, staged, feedback)
        _check_verified(source, staged)
        outputs.commit()
    feedback.setProgress(100)
    return target


def _download(url, path, feedback):
    """Stream `url` into the file `path` through QGIS's network manager (proxy, timeout).

    The feedback is used only while this runs: every connection is undone before it returns (a
    signal after that would reach a feedback Processing has already deleted)."""
    request = QNetworkRequest(QUrl(url))
    request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                         QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy)
    request.setMaximumRedirectsAllowed(MAX_REDIRECTS)
    loop = QEventLoop()
    state = {"received": 0, "failure": None}
    too_large = tr("Download refused: the file is larger than {mb} MB.").format(mb=MAX_DOWNLOAD_BYTES >> 20)
    with open(path, "wb") as handle:
        reply = QgsNetworkAccessManager.instance().get(request)

        def fail(message):
            if state["failure"] is None:
                state["failure"] = message
            reply.abort()

        def read():
            data = bytes(reply.readAll())
            state["received"] += len(data)
            if state["received"] > MAX_DOWNLOAD_BYTES:
                fail(too_large)
                return
            try:
                handle.write(data)
            except OSError as error:
                fail(tr("The download could not be written to the cache: {error}").format(
                    error=error.strerror or error))

        def cancel():
            fail(tr("Download cancelled."))

        connections = [(reply.readyRead, read), (reply.downloadProgress, _progress_slot(feedback, fail, too_large)),
                       (reply.finished, loop.quit),
                       (feedback.canceled, cancel)]
        for signal, slot in connections:
            signal.connect(slot)
        try:
            if feedback.isCanceled():
                cancel()
            if not reply.isFinished():
                loop.exec()
            if state["failure"] is None:
                read()
        finally:
            for signal, slot in connections:
                signal.disconnect(slot)
            status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            announced = bytes(reply.rawHeader(b"Content-Length") or b"")
            error, error_text = reply.error(), reply.errorString()
            reply.deleteLater()
    if state["failure"] is not None:
        raise VraemError(state["failure"])
    _check_reply(url, state["received"], error, error_text, status, announced)


def _progress_slot(feedback, fail, too_large):
    """The slot for a reply's downloadProgress: the feedback's progress, or `fail` when the announced size
    is over the limit."""
    def progress(received, total):
        if total and total > MAX_DOWNLOAD_BYTES:
            fail(too_large)
        elif total and total > 0:
            feedback.setProgress(99.0 * received / total)

    return progress


def _check_reply(url, received, error, error_text, status, announced):
    """Refuse a finished download that failed or stopped short of its announced Content-Length."""
    if error == QNetworkReply.NetworkError.TooManyRedirectsError:
        raise VraemError(tr("Download failed: too many redirects from {url} (a redirect loop?).").format(url=url))
    if error != QNetworkReply.NetworkError.NoError:
        if announced.isdigit() and 0 < received < int(announced):
            raise VraemError(tr("Download incomplete: received {got} of {total} bytes ({error}). Nothing was "
                                "kept.").format(got=received, total=int(announced), error=error_text))
        if status and int(status) >= 400:
            raise VraemError(tr("Download failed: the server answered HTTP {status} for {url}").format(
                status=int(status), url=url))
        raise VraemError(tr("Download failed: {error}").format(error=error_text))
    if announced.isdigit() and int(announced) != received:
        raise VraemError(tr("Download incomplete: received {got} of {total} bytes. Nothing was kept.").format(
            got=received, total=int(announced)))


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
