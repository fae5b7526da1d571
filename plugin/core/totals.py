"""The total ellipsoidal area of a polygon layer, as fast as the layer allows: measure_total(layer).

Small polygons in a geographic CRS are measured in batches in worker threads, read straight from
their file by GDAL when the layer is a plain OGR file layer (gdal_batches), else through QGIS; every
other layer is measured feature by feature. All three give the same figures.
"""

import struct
from concurrent.futures import ThreadPoolExecutor

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
)
from qgis.PyQt.QtCore import QByteArray

from ..i18n import tr
from . import gdal_batches, postgis
from .areas import feature_reader, finish, new_summary, no_rows, require_finite
from .geodesic_edges import EdgeLenses
from .measuring import (
    M2_PER_HA,
    check_canceled,
    layer_name,
    log,
    repaired_geometry,
)


class _BatchMeasurer:
    """Total ellipsoidal area of many polygons in a geographic CRS, measured in batches.

    Why: per feature, the GEOS validity check and the Python calls around it cost several times the
    read itself. A batch of single polygons becomes one GeometryCollection: one GEOS conversion and
    validity check for the lot (GEOS judges a collection's members one by one, unlike a
    MultiPolygon, which would also reject fields that touch), then one transform to the
    ellipsoid's cylindrical equal-area projection, where planar area is ellipsoidal area for edges
    that are straight there. Edges are geodesics, as for QgsDistanceArea: the lens between each
    straight edge and its geodesic (geodesic_edges, computed at once for the batch with NumPy from
    its WKB) is added, which makes the sum equal QgsDistanceArea's to 1e-8 for edges up to
    geodesic_edges.MAX_EDGE_DEG. Batches run in worker threads while features are read (PyQGIS
    releases the GIL inside these calls). Batches come as QgsGeometry lists (features read through
    QGIS) or as WKB lists (plain file layers read by GDAL, see gdal_batches). A batch holding an
    invalid geometry or a longer edge, or (from QGIS) a null or empty geometry or a multipolygon of
    several parts, is measured feature by feature instead.
    """

    BATCH = 2000
    IN_FLIGHT = 4  # batches queued at most: memory stays flat however large the layer

    def __init__(self, crs, measurer, project):
        self.crs = crs
        self.measurer = measurer
        self.context = project.transformContext()
        distance_area = measurer.distance_area
        self.lenses = EdgeLenses(distance_area.ellipsoidSemiMajor(), distance_area.ellipsoidSemiMinor())
        self.equal_area = QgsCoordinateReferenceSystem.fromProj(
            "+proj=cea +lon_0=0 +lat_ts=0 +x_0=0 +y_0=0 +a={a!r} +b={b!r} +units=m +no_defs".format(
                a=distance_area.ellipsoidSemiMajor(), b=distance_area.ellipsoidSemiMinor()))

    @classmethod
    def suits(cls, crs, measurer):
        """A geographic CRS on the measuring ellipsoid: its coordinates are the lon/lat of the lenses."""
        return crs.isGeographic() and crs.ellipsoidAcronym() == measurer.distance_area.ellipsoid()

    def measure_geometries(self, geometries):
        """(m², repaired, null geometries) of a list of QgsGeometry; runs in a worker thread."""
        members_wkb = None
        # collectGeometry drops null geometries and splits multipolygons: with no null or empty one,
        # as many parts as geometries means one polygon each (a one-part multipolygon is one polygon).
        # map() of the bound method: no Python frame per geometry, and few interpreter-lock hand-overs
        # with the thread reading the features
        if not any(map(QgsGeometry.isEmpty, geometries)):
            members_wkb = _polygons_wkb(geometries)
        return self._measure(members_wkb, len(geometries), geometries)

    def measure_wkb(self, wkbs):
        """(m², repaired, null geometries) of a list of WKB (None: no geometry); runs in a worker thread."""
        present, nulls = [], 0
        for wkb in wkbs:
            # a geometry without coordinates (QGIS's "empty") is all headers: shorter than any polygon
            if wkb is None or (len(wkb) < _SMALLEST_POLYGON_WKB and _from_wkb(wkb).isEmpty()):
                nulls += 1
            else:
                present.append(wkb)
        area, repaired, unreadable = self._measure(b"".join(present), len(present), present)
        return area, repaired, nulls + unreadable

    def _measure(self, members_wkb, count, members):
        """Area of the members at once, as one collection, when it is valid with short edges; else
        member by member. members_wkb: their WKB one after the other (None when they cannot be collected)."""
        collection = _collection(members_wkb, count) if members_wkb is not None else None
        if collection is not None and collection.isGeosValid():
            lenses_m2 = self.lenses.members_m2(members_wkb, count)
            if lenses_m2 is not None:
                collection.transform(QgsCoordinateTransform(self.crs, self.equal_area, self.context))
                return collection.area() + lenses_m2, 0, 0
        measurer = self.measurer.copy()
        total, repaired, nulls = 0.0, 0, 0
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

def _collection(members_wkb, count):
    """A GeometryCollection from its members' WKB, or None when QGIS cannot read it whole."""
    # a GeometryCollection's WKB: byte order, type 7 and count, then its members' own WKB
    collection = _from_wkb(struct.pack("<BII", 1, 7, count) + members_wkb)
    if collection.constGet() is None or collection.constGet().numGeometries() != count:
        return None
    return collection


def _from_wkb(wkb):
    geometry = QgsGeometry()
    geometry.fromWkb(QByteArray(wkb))
    return geometry


def _polygons_wkb(polygons):
    """The WKB of single polygons (none null or empty) one after the other, or None when QGIS cannot."""
    multi = QgsGeometry.collectGeometry(polygons)  # QGIS collects polygons only into a MultiPolygon
    if multi.constGet() is None or multi.constGet().numGeometries() != len(polygons):
        return None  # e.g. a curved polygon: measured one by one
    return bytes(multi.asWkb())[_EMPTY_WKB_SIZE:]  # a multipolygon's body is its polygons' WKB


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
    total_m2 = _total_m2(layer if whole else None, read_features, measurer, project, summary, feedback, step)
    check_canceled(feedback)
    require_finite(total_m2, layer)
    summary.total_ha = total_m2 / M2_PER_HA
    return finish(summary, feedback)


def _total_m2(whole_layer, read_features, measurer, project, summary, feedback, step):
    """Sum of the ellipsoidal areas of the features `read_features()` gives (updates the summary's counts).

    whole_layer: the layer when all its features are wanted (else None); a plain file layer is then
    read straight from its file by GDAL, which is faster than through QGIS."""
    _progress(feedback, 0)
    crs = measurer.crs
    batcher = _BatchMeasurer(crs, measurer, project) if _BatchMeasurer.suits(crs, measurer) else None
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
            return _measure_batches(batcher.measure_wkb, wkb_batches, batcher, summary, feedback, step)
        except gdal_batches.ReadFailed as error:
            log(tr("GDAL could not read '{name}' ({error}); it is read through QGIS instead.")
                .format(name=layer_name(whole_layer), error=error), feedback, warning=True)
            summary.feature_count, summary.repaired, summary.null_geometries = counts
        finally:
            wkb_batches.close()  # closes the file now, even when cancelled
    geometry_batches = _geometry_batches(read_features(), batcher.BATCH)
    return _measure_batches(batcher.measure_geometries, geometry_batches, batcher, summary, feedback, step)


def _geometry_batches(features, size):
    """Lists of at most `size` geometries of the features of a QgsFeatureIterator.

    Why: one QgsFeature refilled by nextFeature() costs a quarter less than the new Python feature
    per row that iterating gives, and reading is most of the work here."""
    feature = QgsFeature()
    next_feature, geometry = features.nextFeature, feature.geometry
    while True:
        batch = []
        while len(batch) < size and next_feature(feature):
            batch.append(geometry())
        if not batch:
            return
        yield batch


def _measure_batches(measure, batches, batcher, summary, feedback, step):
    """Total m² of the batches, measured in worker threads while the next batches are read."""
    total, pending = 0.0, []
    with ThreadPoolExecutor(max_workers=2) as pool:
        for batch in batches:
            summary.feature_count += len(batch)
            pending.append(pool.submit(measure, batch))
            while len(pending) > batcher.IN_FLIGHT:
                total += _collect(pending.pop(0), summary)
            _progress(feedback, summary.feature_count * step)
        for future in pending:
            total += _collect(future, summary)
    return total


def _collect(future, summary):
    area, repaired, nulls = future.result()
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

