"""The total ellipsoidal area of a polygon layer, as fast as the layer allows: measure_total(layer).

Small polygons in a geographic CRS are measured in batches: read straight from their file by GDAL
when the layer is a plain OGR file layer (gdal_batches), and measured in worker threads meanwhile,
else read through QGIS and measured as they come; every other layer is measured feature by feature.
All three give the same figures.
"""

import struct
from concurrent.futures import ThreadPoolExecutor

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
)
from qgis.PyQt.QtCore import QByteArray

from ..i18n import tr
from . import gdal_batches, postgis
from .areas import feature_reader, finish, new_summary, no_rows, require_finite
from .measuring import (
    M2_PER_HA,
    check_canceled,
    layer_name,
    log,
    repaired_geometry,
)
from .wkb_areas import WkbAreas


class _BatchMeasurer:
    """Total ellipsoidal area of many polygons in a geographic CRS, measured in batches.

    Why: per feature, the GEOS validity check, QgsDistanceArea and the Python calls around them cost
    several times the read itself. A batch of single polygons is measured at once from its WKB, with
    NumPy (wkb_areas: the planar area in the ellipsoid's cylindrical equal-area projection and each
    edge's geodesic lens, equal to QgsDistanceArea's figure to 1e-8 for edges up to
    wkb_areas.MAX_EDGE_DEG). Those figures need valid polygons: the simple rings that prove their
    own validity there need no more, the others are checked by GEOS as one GeometryCollection
    (GEOS judges a collection's members one by one, unlike a MultiPolygon, which would also reject
    fields that touch). Batches are lists of WKB, read by GDAL from a plain file layer (gdal_batches),
    measured in worker threads while the next ones are read, or read through QGIS (_wkb_batches),
    measured by the reading thread (see _measure_inline). Measuring makes no call into QGIS per
    feature: PyQGIS hands the interpreter lock over at every call, and many small ones from two
    threads cost more than their work. A batch holding a longer edge is measured feature by feature
    instead; one holding invalid geometries, only its members that did not prove their validity (each
    repaired when invalid).
    """

    BATCH = 2000  # fields per batch read by GDAL
    # fields per batch read through QGIS and measured inline: the WKB of 1,000 fields (110 KB) and their
    # NumPy arrays stay under glibc's default 128 KB threshold for mapping memory from the kernel. With
    # 2,000 a million fields took 3.7-4.0 s instead of 3.1-3.3 s, depending on what the process had
    # allocated before (after the GDAL path, for one); a fixed MALLOC_MMAP_THRESHOLD_ removed the gap
    INLINE_BATCH = 1000
    IN_FLIGHT = 4  # batches queued at most: memory stays flat however large the layer

    def __init__(self, measurer, areas):
        self.measurer = measurer
        self.areas = areas  # the WkbAreas of the measurer's CRS

    def measure_wkb(self, wkbs):
        """(m², repaired, null geometries) of a list of WKB (None or b"": no geometry); thread-safe."""
        present, nulls = wkbs, 0
        # a geometry without coordinates (QGIS's "empty") is all headers: shorter than any polygon. The
        # shortest member is found without a Python loop, which cost a sixth of measuring the batch
        if None in wkbs or min(map(len, wkbs), default=_SMALLEST_POLYGON_WKB) < _SMALLEST_POLYGON_WKB:
            present = [wkb for wkb in wkbs if wkb and not (len(wkb) < _SMALLEST_POLYGON_WKB and _from_wkb(wkb).isEmpty())]
            nulls = len(wkbs) - len(present)
        area, repaired, unreadable = self._measure(present)
        return area, repaired, nulls + unreadable

    def _measure(self, members):
        """Area of the members (WKB) at once when they are valid with short edges; else member by
        member (only those that did not prove their validity, when the others did)."""
        batch = self.areas.measure(members)
        if batch is None:
            return self._one_by_one(members)
        if batch.unproven is None:  # none told apart: GEOS judges them all
            return (batch.area_m2, 0, 0) if _valid(members) else self._one_by_one(members)
        if _valid(batch.unproven):
            return batch.area_m2, 0, 0
        return self._one_by_one(batch.unproven, batch.proven_m2)

    def _one_by_one(self, members, total=0.0):
        """(total + m² of the members, repaired, null geometries), each repaired when invalid."""
        measurer = self.measurer.copy()
        repaired, nulls = 0, 0
        for geometry in members:
            if isinstance(geometry, bytes):
                geometry = _from_wkb(geometry)
            if geometry.isNull() or geometry.isEmpty():
                nulls += 1
                continue
            geometry, was_repaired = repaired_geometry(geometry)
            repaired += int(was_repaired)
            total += measurer.area_m2(geometry)
        return total, repaired, nulls


_EMPTY_WKB_SIZE = 9  # byte order, type and a zero count: an empty polygon or multipolygon

_SMALLEST_POLYGON_WKB = _EMPTY_WKB_SIZE + 4 + 4 * 16  # one ring of four 2D points (the fewest that close)

def _valid(members):
    """Whether GEOS finds valid every one of these geometries (a list of their WKB)."""
    count = len(members)
    if not count:
        return True
    # a GeometryCollection's WKB: byte order, type 7 and count, then its members' own WKB
    collection = _from_wkb(struct.pack("<BII", 1, 7, count) + b"".join(members))
    if collection.constGet() is None or collection.constGet().numGeometries() != count:
        return False  # QGIS cannot read it whole
    return collection.isGeosValid()


def _from_wkb(wkb):
    geometry = QgsGeometry()
    geometry.fromWkb(QByteArray(wkb))
    return geometry


def measure_total(layer, selected_only=False, feedback=None, project=None):
    """AreaSummary of the total ellipsoidal area of the polygons of `layer` (no rows, no breakdowns).

    The whole layer (or, for a QgsVectorLayer, its selection). Same figures, counts of repaired and
    null geometries and messages as areas.compute_areas, faster on national-scale layers."""
    project = project or QgsProject.instance()
    summary, measurer = new_summary(layer, project, zone_approximate=False)
    if postgis.compute_areas(summary, layer, None, None, None, None, selected_only, no_rows, feedback):
        return finish(summary, feedback)
    read_features, count, whole = feature_reader(layer, QgsFeatureRequest().setNoAttributes(), selected_only)
    step = 100.0 / count if count and count > 0 else 0.0
    total_m2 = _total_m2(layer if whole else None, read_features, measurer, summary, feedback, step)
    check_canceled(feedback)
    require_finite(total_m2, layer)
    summary.total_ha = total_m2 / M2_PER_HA
    return finish(summary, feedback)


def _total_m2(whole_layer, read_features, measurer, summary, feedback, step):
    """Sum of the ellipsoidal areas of the features `read_features()` gives (updates the summary's counts).

    whole_layer: the layer when all its features are wanted (else None); a plain file layer is then
    read straight from its file by GDAL, which is faster than through QGIS."""
    _progress(feedback, 0)
    areas = WkbAreas.for_crs(measurer.crs, measurer.distance_area)
    batcher = _BatchMeasurer(measurer, areas) if areas is not None else None
    if batcher is None:
        total = 0.0
        for count, feature in enumerate(read_features()):
            if count % 1000 == 0:
                _progress(feedback, count * step)
            total += _measure_feature(feature, measurer, summary)
        return total
    wkb_batches = gdal_batches.wkb_batches(whole_layer, batcher.BATCH) if whole_layer is not None else None
    if wkb_batches is not None:
        counts = (summary.feature_count, summary.repaired, summary.null_geometries)
        try:
            return _measure_alongside(batcher.measure_wkb, wkb_batches, batcher, summary, feedback, step)
        except gdal_batches.ReadFailed as error:
            log(tr("GDAL could not read '{name}' ({error}); it is read through QGIS instead.")
                .format(name=layer_name(whole_layer), error=error), feedback, warning=True)
            summary.feature_count, summary.repaired, summary.null_geometries = counts
        finally:
            wkb_batches.close()  # closes the file now, even when cancelled
    return _measure_inline(batcher.measure_wkb, _wkb_batches(read_features(), batcher.INLINE_BATCH), summary,
                           feedback, step)


def _wkb_batches(features, size):
    """Lists of at most `size` WKB (b"" for no geometry) of the features of a QgsFeatureIterator.

    Why WKB: bytes are not tracked by Python's garbage collector, while a batch of QgsGeometry
    objects alive between reading and measuring is, and made the collector scan the whole
    interpreter again and again (a fifth of the run on a million fields). One QgsFeature refilled by
    nextFeature() costs a quarter less than the new Python feature per row that iterating gives."""
    feature = QgsFeature()
    next_feature, geometry = features.nextFeature, feature.geometry
    while True:
        batch = []
        while len(batch) < size and next_feature(feature):
            batch.append(geometry().asWkb().data())
        if not batch:
            return
        yield batch


def _measure_alongside(measure, batches, batcher, summary, feedback, step):
    """Total m² of the batches, measured in worker threads while the next batches are read (GDAL reads
    a batch in few calls, so the threads seldom wait for the interpreter lock)."""
    total, pending = 0.0, []
    with ThreadPoolExecutor(max_workers=2) as pool:
        for batch in batches:
            summary.feature_count += len(batch)
            pending.append(pool.submit(measure, batch))
            while len(pending) > batcher.IN_FLIGHT:
                total += _counted(pending.pop(0).result(), summary)
            _progress(feedback, summary.feature_count * step)
        for future in pending:
            total += _counted(future.result(), summary)
    return total


def _measure_inline(measure, batches, summary, feedback, step):
    """Total m² of the batches, each measured by the thread that read it.

    Why not alongside: reading through QGIS calls into PyQGIS several times per feature, handing the
    interpreter lock over at each call, and a measuring thread waiting for that lock slowed the
    reading by more than the measuring itself costs (1.6-1.9 against 1.4-1.6 times the read floor,
    100,000 fields)."""
    total = 0.0
    for batch in batches:
        summary.feature_count += len(batch)
        total += _counted(measure(batch), summary)
        _progress(feedback, summary.feature_count * step)
    return total


def _counted(figures, summary):
    """The m² of a batch's (m², repaired, null geometries), its counts added to the summary."""
    area, repaired, nulls = figures
    summary.repaired += repaired
    summary.null_geometries += nulls
    return area


def _measure_feature(feature, measurer, summary):
    """m² of one feature, counting it and its null or repaired geometry."""
    geometry = feature.geometry()
    summary.feature_count += 1
    if geometry.isNull() or geometry.isEmpty():
        summary.null_geometries += 1
        return 0.0
    geometry, repaired = repaired_geometry(geometry)
    summary.repaired += int(repaired)
    return measurer.area_m2(geometry)


def _progress(feedback, percent):
    if feedback is not None:
        check_canceled(feedback)
        feedback.setProgress(percent)

