"""Ellipsoidal areas of polygon layers: per feature, in total, inside the zone, per district and per group.

Everything is measured in square metres with QgsDistanceArea on the project's ellipsoid (WGS84 when
the project has none), whatever the layer CRS, and reported in hectares and square kilometres.
Unit enums are never used: they were renamed between QGIS versions.
"""

import math
import struct
from concurrent.futures import ThreadPoolExecutor
from itertools import islice
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMessageLog,
    QgsProject,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from qgis.PyQt.QtCore import QByteArray

from ..i18n import tr
from . import gdal_batches
from .definitions import HA_PER_KM2, LOG_TAG
from .errors import VraemError
from .flags import APPROXIMATE_PROPERTY

M2_PER_HA = 10_000.0
DEFAULT_ELLIPSOID = "EPSG:7030"  # WGS 84


class AnalysisCanceled(VraemError):
    """The user cancelled: the caller must not write any output."""


# ----------------------------------------------------------------------------------------------
# helpers shared by the analysis modules


def ha_to_km2(hectares):
    return hectares / HA_PER_KM2


def project_ellipsoid(project=None):
    """The ellipsoid acronym/auth id to measure with: the project's, or WGS84 when it has none."""
    project = project or QgsProject.instance()
    ellipsoid = (project.ellipsoid() or "").strip()
    if not ellipsoid or ellipsoid.upper() == "NONE":
        return DEFAULT_ELLIPSOID
    return ellipsoid


def distance_area(crs, project=None):
    """A QgsDistanceArea measuring geometries in `crs` on the project's ellipsoid (WGS84 if none).

    A new or headless project has ellipsoid NONE, which would measure planar (square degrees in
    EPSG:4326); this never happens here.
    """
    require_crs(crs)
    project = project or QgsProject.instance()
    measurer = QgsDistanceArea()
    measurer.setSourceCrs(crs, project.transformContext())
    if not measurer.setEllipsoid(project_ellipsoid(project)):
        measurer.setEllipsoid(DEFAULT_ELLIPSOID)
    return measurer


def require_crs(crs, layer_name=""):
    """Refuse a layer without a valid CRS: its coordinates cannot be measured on the ground."""
    if crs is None or not crs.isValid():
        if layer_name:
            raise VraemError(tr("The layer '{name}' has no coordinate reference system; set its CRS first.")
                             .format(name=layer_name))
        raise VraemError(tr("The layer has no coordinate reference system; set its CRS first."))


def source_crs(layer):
    """CRS of a QgsVectorLayer or a QgsFeatureSource (Processing sources)."""
    if hasattr(layer, "sourceCrs"):
        return layer.sourceCrs()
    return layer.crs()


def layer_name(layer):
    if hasattr(layer, "name"):
        return layer.name()
    if hasattr(layer, "sourceName"):
        return layer.sourceName()
    return ""


def geometry_type(layer):
    """Qgis geometry type (point/line/polygon) of a layer or feature source."""
    return QgsWkbTypes.geometryType(layer.wkbType())


def is_polygon_layer(layer):
    return geometry_type(layer) == Qgis.GeometryType.Polygon


def check_canceled(feedback):
    if feedback is not None and feedback.isCanceled():
        raise AnalysisCanceled(tr("Cancelled by the user; nothing was written."))


def log(message, feedback=None, warning=False):
    """Write to the QGIS log panel and to the Processing log when there is one."""
    level = Qgis.MessageLevel.Warning if warning else Qgis.MessageLevel.Info
    QgsMessageLog.logMessage(message, LOG_TAG, level)
    if feedback is not None:
        if warning and hasattr(feedback, "pushWarning"):
            feedback.pushWarning(message)
        elif hasattr(feedback, "pushInfo"):
            feedback.pushInfo(message)


def repaired_geometry(geometry):
    """(geometry, was_repaired): invalid geometries (bow-ties, self-intersections) made valid.

    A bow-tie measured as is gives a wrong (cancelling) area, so repair before measuring. The
    repaired geometry keeps the original's dimension; when nothing of it is left (a polygon
    collapsed to a line) it is an empty geometry. The argument is never changed.
    """
    if geometry.isGeosValid():
        return geometry, False
    fixed = geometry.makeValid()
    if fixed.type() != geometry.type():
        # makeValid may return a collection with stray lines/points: keep the same dimension
        fixed.convertGeometryCollectionToSubclass(geometry.type())
    if fixed.isNull() or fixed.type() != geometry.type():
        return QgsGeometry(), True
    return fixed, True


def is_truthy(value):
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "y", "si", "sí")
    return bool(value)


def zone_is_approximate(zone):
    return zone is not None and hasattr(zone, "customProperty") and is_truthy(
        zone.customProperty(APPROXIMATE_PROPERTY))


def _field_index(layer, name, purpose):
    index = layer.fields().lookupField(name)
    if index < 0:
        raise VraemError(tr("The field '{field}' ({purpose}) is not in the layer '{layer}'.")
                         .format(field=name, purpose=purpose, layer=layer_name(layer)))
    return index


def _transform(from_crs, to_crs, project):
    if from_crs == to_crs:
        return None
    return QgsCoordinateTransform(from_crs, to_crs, project.transformContext())


def _repaired_geometries(layer, request, to_crs, project, feedback):
    """(feature, geometry) for each feature with a geometry: a repaired copy, in `to_crs`."""
    transform = _transform(source_crs(layer), to_crs, project)
    for feature in layer.getFeatures(request):
        check_canceled(feedback)
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            continue
        geometry, _ = repaired_geometry(QgsGeometry(geometry))
        if transform is not None:
            geometry.transform(transform)
        yield feature, geometry


def dissolved_layer_geometry(layer, to_crs, project, feedback=None):
    """Union of every valid polygon of `layer`, in `to_crs` (None when the layer has no polygon)."""
    require_crs(source_crs(layer), layer_name(layer))
    if not is_polygon_layer(layer):
        raise VraemError(tr("The layer '{name}' must contain polygons.").format(name=layer_name(layer)))
    request = QgsFeatureRequest().setNoAttributes()
    parts = [geometry for _, geometry in _repaired_geometries(layer, request, to_crs, project, feedback)]
    if not parts:
        return None
    return QgsGeometry.unaryUnion(parts)


class AreaMeasurer:
    """Ellipsoidal area in m² of geometries in one CRS.

    Small features in a geographic CRS on the measuring ellipsoid (coca fields: < 2 km across) take
    a closed-form path: planar area in degrees² × the ellipsoid's area element at the feature's
    latitude (a²(1−e²)cos φ / (1−e² sin² φ)²). Over a box at most SMALL_DEG high the relative error
    is below 1e-4 (tan φ × half the height, in radians), far inside the 0.1 % requirement and
    4–5 times faster than the general geodesic path, which every other feature takes.
    """

    SMALL_DEG = 0.02

    def __init__(self, crs, project=None, measurer=None):
        self.crs = crs
        self.distance_area = measurer or distance_area(crs, project)
        self.measure = self.distance_area.measureArea
        self.fast = False
        if crs.isGeographic() and crs.ellipsoidAcronym() == self.distance_area.ellipsoid():
            a = self.distance_area.ellipsoidSemiMajor()
            b = self.distance_area.ellipsoidSemiMinor()
            if a > 0 and b > 0:
                self.e2 = 1.0 - (b * b) / (a * a)
                self.k = a * a * (1.0 - self.e2) * (math.pi / 180.0) ** 2
                self.fast = True

    def copy(self):
        """An independent measurer for another thread: QgsDistanceArea is not to be shared."""
        return AreaMeasurer(self.crs, measurer=QgsDistanceArea(self.distance_area))

    def area_m2(self, geometry):
        if self.fast:
            box = geometry.boundingBox()
            if box.height() <= self.SMALL_DEG and box.width() <= self.SMALL_DEG:
                phi = math.radians(0.5 * (box.yMinimum() + box.yMaximum()))
                sin_phi = math.sin(phi)
                denominator = 1.0 - self.e2 * sin_phi * sin_phi
                return abs(geometry.area()) * self.k * math.cos(phi) / (denominator * denominator)
        return self.measure(geometry)


class _BatchMeasurer:
    """Total ellipsoidal area of many polygons in a geographic CRS, measured in batches.

    Why: per feature, the GEOS validity check and the Python calls around it cost several times the
    read itself. A batch of single polygons becomes one GeometryCollection: one GEOS conversion and
    validity check for the lot (GEOS judges a collection's members one by one, unlike a
    MultiPolygon, which would also reject fields that touch), then one transform to the
    ellipsoid's cylindrical equal-area projection, where planar area is ellipsoidal area. That is
    exact for short edges (3e-10 against QgsDistanceArea's geodesic edges on 100,000 fields) but not
    for long ones, which are not geodesics there (up to 4e-4 on coarse district polygons). Batches
    run in worker threads while features are read (PyQGIS releases the GIL inside these calls).
    Batches come as QgsGeometry lists (features read through QGIS) or as WKB lists (plain file
    layers read by GDAL, see gdal_batches). A batch holding an invalid geometry or an edge longer
    than SHORT_EDGE_DEG, or (from QGIS) a null or multi-part geometry, is measured feature by
    feature instead.
    """

    BATCH = 2000
    IN_FLIGHT = 4  # batches queued at most: memory stays flat however large the layer
    SHORT_EDGE_DEG = 0.01  # about 1 km

    def __init__(self, crs, measurer, project):
        self.crs = crs
        self.measurer = measurer
        self.context = project.transformContext()
        distance_area = measurer.distance_area
        self.equal_area = QgsCoordinateReferenceSystem.fromProj(
            "+proj=cea +lon_0=0 +lat_ts=0 +x_0=0 +y_0=0 +a={a!r} +b={b!r} +units=m +no_defs".format(
                a=distance_area.ellipsoidSemiMajor(), b=distance_area.ellipsoidSemiMinor()))

    @classmethod
    def suits(cls, crs, measurer):
        return measurer.fast and crs.isGeographic()

    def measure_geometries(self, geometries):
        """(m², repaired, null geometries) of a list of QgsGeometry; runs in a worker thread."""
        collection = None
        # collectGeometry drops null geometries and splits multipolygons: only single polygons go in
        if not any(geometry.isEmpty() or geometry.isMultipart() for geometry in geometries):
            collection = _as_collection(geometries)
        return self._measure(collection, collection, geometries)

    def measure_wkb(self, wkbs):
        """(m², repaired, null geometries) of a list of WKB (None: no geometry); runs in a worker thread."""
        present, nulls = [], 0
        for wkb in wkbs:
            # a geometry without coordinates (QGIS's "empty") is all headers: shorter than any polygon
            if wkb is None or (len(wkb) < _SMALLEST_POLYGON_WKB and _from_wkb(wkb).isEmpty()):
                nulls += 1
            else:
                present.append(wkb)
        collection = single_parts = None
        parts = _polygon_parts(present)
        if parts is not None:
            opened, count = parts
            collection = _collection(b"".join(present), len(present))
            single_parts = collection if opened is None else _collection(opened, count)
        area, repaired, unreadable = self._measure(collection, single_parts, present)
        return area, repaired, nulls + unreadable

    def _measure(self, collection, single_parts, members):
        """Area of the collection at once when it is valid with short edges, else member by member.

        single_parts: the same polygons with multipolygons opened up, for the edge check (QGIS
        3.40 crashes densifying a multipolygon inside a collection)."""
        if (collection is not None and single_parts is not None and collection.isGeosValid()
                and self._short_edges_only(single_parts)):
            collection.transform(QgsCoordinateTransform(self.crs, self.equal_area, self.context))
            return collection.area(), 0, 0
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

    def _short_edges_only(self, collection):
        """True when densifying adds no vertex, i.e. no edge is longer than SHORT_EDGE_DEG."""
        dense = collection.densifyByDistance(self.SHORT_EDGE_DEG)
        return dense.constGet().nCoordinates() == collection.constGet().nCoordinates()


_EMPTY_WKB_SIZE = 9  # byte order, type and a zero count: an empty polygon or multipolygon
_SMALLEST_POLYGON_WKB = _EMPTY_WKB_SIZE + 4 + 4 * 16  # one ring of four 2D points (the fewest that close)
_POLYGON, _MULTIPOLYGON = 3, 6


def _polygon_parts(wkbs):
    """(WKB of every polygon with the multipolygons opened up, their count); None for other types.

    The WKB is None when there is no multipolygon: the members are then the parts themselves."""
    parts, count, opened = [], 0, False
    for wkb in wkbs:
        order = "<I" if wkb[0] == 1 else ">I"
        kind = (struct.unpack_from(order, wkb, 1)[0] & 0x0FFFFFFF) % 1000  # drops Z/M flags and codes
        if kind == _POLYGON:
            parts.append(wkb)
            count += 1
        elif kind == _MULTIPOLYGON:
            parts.append(wkb[_EMPTY_WKB_SIZE:])  # a multipolygon's body is its polygons' WKB
            count += struct.unpack_from(order, wkb, 5)[0]
            opened = True
        else:
            return None  # curves: measured one by one
    return (b"".join(parts) if opened else None), count


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


def _as_collection(polygons):
    """A GeometryCollection of single polygons (none null or empty), or None when QGIS cannot."""
    multi = QgsGeometry.collectGeometry(polygons)  # QGIS collects polygons only into a MultiPolygon
    if multi.constGet() is None or multi.constGet().numGeometries() != len(polygons):
        return None  # e.g. a curved polygon: measured one by one
    return _collection(bytes(multi.asWkb())[_EMPTY_WKB_SIZE:], len(polygons))


def _total_area_m2(whole_layer, read_features, crs, measurer, project, summary, feedback, step):
    """Sum of the ellipsoidal areas of the features `read_features()` returns (updates the summary's counts).

    whole_layer: the layer when all its features are wanted (else None); a plain file layer is then
    read straight from its file by GDAL, which is faster than through QGIS."""
    _progress(feedback, 0)
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
    features = iter(read_features())
    geometry_batches = iter(lambda: [feature.geometry() for feature in islice(features, batcher.BATCH)], [])
    return _measure_batches(batcher.measure_geometries, geometry_batches, batcher, summary, feedback, step)


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


class _PreparedPolygon:
    """A polygon with a prepared GEOS engine: fast contains/intersects against many fields."""

    def __init__(self, geometry):
        self.geometry = geometry
        self.engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        self.engine.prepareGeometry()
        self.box = geometry.boundingBox()

    def inside_part(self, geometry):
        """(part of `geometry` inside this polygon, whole_inside flag), None when disjoint."""
        if not self.box.intersects(geometry.boundingBox()):
            return None, False
        shape = geometry.constGet()
        if self.engine.contains(shape):
            return geometry, True
        if not self.engine.intersects(shape):
            return None, False
        return geometry.intersection(self.geometry), False


# ----------------------------------------------------------------------------------------------
# results


@dataclass
class AreaRow:
    """One feature: ellipsoidal area in ha, part inside the zone, its group and district(s)."""

    fid: int
    area_ha: float
    inside_zone_ha: Optional[float] = None  # None when no zone was given
    group: object = None
    district: Optional[str] = None  # district holding the largest share of the feature
    districts: Dict[str, float] = field(default_factory=dict)  # district -> ha of this feature
    repaired: bool = False
    null_geometry: bool = False

    @property
    def area_km2(self):
        return ha_to_km2(self.area_ha)


@dataclass
class AreaSummary:
    """Totals and breakdowns of one area computation (hectares; km² as properties)."""

    rows: List[AreaRow] = field(default_factory=list)
    feature_count: int = 0
    total_ha: float = 0.0
    inside_zone_ha: Optional[float] = None  # None when no zone was given
    by_group: Dict[object, float] = field(default_factory=dict)
    by_group_inside_zone: Dict[object, float] = field(default_factory=dict)
    by_district: Dict[str, float] = field(default_factory=dict)
    outside_districts_ha: float = 0.0
    repaired: int = 0
    null_geometries: int = 0
    ellipsoid: str = DEFAULT_ELLIPSOID
    crs: str = ""
    zone_approximate: bool = False
    messages: List[str] = field(default_factory=list)

    @property
    def total_km2(self):
        return ha_to_km2(self.total_ha)


# ----------------------------------------------------------------------------------------------
# the computation


class _Districts:
    """District polygons in the layer CRS, indexed, each with a prepared engine."""

    def __init__(self, layer, name_field, to_crs, project, feedback):
        require_crs(source_crs(layer), layer_name(layer))
        if not is_polygon_layer(layer):
            raise VraemError(tr("The district layer '{name}' must contain polygons.")
                             .format(name=layer_name(layer)))
        if not name_field:
            raise VraemError(tr("Choose the field that names the districts."))
        name_index = _field_index(layer, name_field, tr("district name"))
        self.index = QgsSpatialIndex()
        self.polygons = {}
        request = QgsFeatureRequest().setSubsetOfAttributes([name_index])
        for feature, geometry in _repaired_geometries(layer, request, to_crs, project, feedback):
            key = len(self.polygons)
            self.polygons[key] = (str(feature.attribute(name_index)), _PreparedPolygon(geometry))
            self.index.addFeature(key, geometry.boundingBox())

    def split(self, geometry):
        """[(district name, part geometry)] for the districts the geometry falls in."""
        parts = []
        for key in self.index.intersects(geometry.boundingBox()):
            name, polygon = self.polygons[key]
            part, _ = polygon.inside_part(geometry)
            if part is not None and not part.isEmpty():
                parts.append((name, part))
        return parts


def compute_areas(layer, zone=None, districts=None, district_field=None, group_field=None,
                  selected_only=False, feedback=None, project=None, keep_rows=True, on_row=None,
                  zone_approximate=None):
    """Ellipsoidal areas of the polygons of `layer` (a QgsVectorLayer or QgsFeatureSource).

    zone: polygon layer (or None); the part of each feature inside the union of its polygons is
        measured (clipped).
    districts / district_field: polygon layer and the field naming each district (or None); gives
        `by_district` (ha of the features inside each district) and each row's main district.
    group_field: any field of `layer` (plan_year, status...); gives `by_group`.
    selected_only: only the selected features (QgsVectorLayer only).
    feedback: QgsFeedback for progress and cancel (raises AnalysisCanceled when cancelled).
    keep_rows: keep one AreaRow per feature in the result (turn off for huge layers);
    on_row: optional callable(AreaRow) called for each feature as it is measured.
    zone_approximate: overrides the zone layer's `vraem/approximate` property (for feature sources,
        which carry no custom properties).

    Null geometries are kept as rows with 0 ha and counted; invalid ones are repaired and counted;
    both are reported in the QGIS log. Raises VraemError for a layer without CRS, a layer that is not
    polygons or a missing field.
    """
    project = project or QgsProject.instance()
    crs = source_crs(layer)
    require_crs(crs, layer_name(layer))
    if not is_polygon_layer(layer):
        raise VraemError(tr("The layer '{name}' must contain polygons to measure areas.")
                         .format(name=layer_name(layer)))
    measurer = AreaMeasurer(crs, project)
    summary = AreaSummary(ellipsoid=measurer.distance_area.ellipsoid(), crs=crs.authid() or crs.toProj(),
                          zone_approximate=zone_is_approximate(zone) if zone_approximate is None
                          else bool(zone_approximate))

    zone_polygon = None
    if zone is not None:
        summary.inside_zone_ha = 0.0
        zone_geometry = dissolved_layer_geometry(zone, crs, project, feedback)
        if zone_geometry is not None and not zone_geometry.isEmpty():
            zone_polygon = _PreparedPolygon(zone_geometry)
    district_index = None
    if districts is not None:
        district_index = _Districts(districts, district_field, crs, project, feedback)

    attributes = []
    group_index = -1
    if group_field:
        group_index = _field_index(layer, group_field, tr("grouping"))
        attributes.append(group_index)
    request = QgsFeatureRequest()
    if attributes:
        request.setSubsetOfAttributes(attributes)
    else:
        request.setNoAttributes()
    all_features = not (selected_only and hasattr(layer, "getSelectedFeatures"))
    total = layer.featureCount() if all_features else layer.selectedFeatureCount()
    step = 100.0 / total if total and total > 0 else 0.0

    def read_features():
        return layer.getFeatures(request) if all_features else layer.getSelectedFeatures(request)

    measure = measurer.area_m2
    total_m2 = 0.0
    if zone is None and district_index is None and group_index < 0 and not keep_rows and on_row is None:
        # totals only (the national-scale case)
        total_m2 = _total_area_m2(layer if all_features else None, read_features, crs, measurer, project, summary,
                                  feedback, step)
        features = ()
    else:
        features = read_features()
    inside_m2 = 0.0
    by_group = summary.by_group
    by_group_inside = summary.by_group_inside_zone
    by_district = summary.by_district
    outside_districts_m2 = 0.0
    for count, feature in enumerate(features):
        if count % 1000 == 0 and feedback is not None:
            check_canceled(feedback)
            feedback.setProgress(count * step)
        group = feature.attribute(group_index) if group_index >= 0 else None
        row = AreaRow(fid=feature.id(), area_ha=0.0, group=group)
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            row.null_geometry = True
            summary.null_geometries += 1
            if zone is not None:
                row.inside_zone_ha = 0.0
        else:
            geometry, row.repaired = repaired_geometry(geometry)
            if row.repaired:
                summary.repaired += 1
            area_m2 = measure(geometry)
            total_m2 += area_m2
            row.area_ha = area_m2 / M2_PER_HA
            if zone is not None:
                inside = 0.0
                if zone_polygon is not None:
                    part, whole = zone_polygon.inside_part(geometry)
                    if whole:
                        inside = area_m2
                    elif part is not None:
                        inside = measure(part)
                inside_m2 += inside
                row.inside_zone_ha = inside / M2_PER_HA
                if group_index >= 0:
                    by_group_inside[group] = by_group_inside.get(group, 0.0) + row.inside_zone_ha
            if district_index is not None:
                in_districts = 0.0
                for name, part in district_index.split(geometry):
                    part_ha = measure(part) / M2_PER_HA
                    in_districts += part_ha
                    row.districts[name] = row.districts.get(name, 0.0) + part_ha
                    by_district[name] = by_district.get(name, 0.0) + part_ha
                outside_districts_m2 += max(0.0, row.area_ha - in_districts) * M2_PER_HA
                if row.districts:
                    row.district = max(row.districts, key=row.districts.get)
        if group_index >= 0:
            by_group[group] = by_group.get(group, 0.0) + row.area_ha
        summary.feature_count += 1
        if keep_rows:
            summary.rows.append(row)
        if on_row is not None:
            on_row(row)

    check_canceled(feedback)
    summary.total_ha = total_m2 / M2_PER_HA
    if zone is not None:
        summary.inside_zone_ha = inside_m2 / M2_PER_HA
    summary.outside_districts_ha = outside_districts_m2 / M2_PER_HA
    if summary.null_geometries:
        message = tr("{n} features have no geometry: counted with 0 ha.").format(n=summary.null_geometries)
        summary.messages.append(message)
        log(message, feedback, warning=True)
    if summary.repaired:
        message = tr("{n} invalid geometries were repaired before measuring (the layer is unchanged).") \
            .format(n=summary.repaired)
        summary.messages.append(message)
        log(message, feedback, warning=True)
    if summary.zone_approximate:
        message = tr("The zone is approximate: the area inside it is indicative.")
        summary.messages.append(message)
        log(message, feedback, warning=True)
    if feedback is not None:
        feedback.setProgress(100)
    return summary
