"""Buffer overlaps: source features buffered by a true ground distance, overlapped with a target layer.

How it stays right and fast (see GUIDE §8):
- A point's buffer is a geodesic circle on the WGS84 ellipsoid (vertices projected along geodesics);
  lines and polygons are buffered in a local azimuthal-equidistant projection centred on them, where
  ground distances from the centre are true, so the distance is right anywhere in Peru (UTM 17–19).
- Buffers are transformed once into the target CRS and indexed; only target features inside the
  buffers' bounding boxes are read (provider-side spatial filter), and only candidates are intersected,
  with prepared geometry engines.
- A target's total is target ∩ (union of the buffers touching it): overlapping buffers never count
  twice, and dissolving the buffers costs nothing extra.
- Features are streamed: only targets touched by a buffer are kept in the result.
"""

import math
from dataclasses import dataclass, field
from typing import List, Optional

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..i18n import tr
from . import postgis, schemas
from .definitions import WGS84
from .errors import VraemError
from .measuring import (
    DEFAULT_ELLIPSOID,
    M2_PER_HA,
    AreaMeasurer,
    check_canceled,
    distance_area,
    geometry_type,
    layer_name,
    log,
    repaired_geometry,
    require_crs,
    source_crs,
)
from .wkb_areas import WkbAreas

WGS84_CRS = QgsCoordinateReferenceSystem(WGS84)
CIRCLE_VERTICES = 128
# Vertices sit slightly outside the circle so the polygon has the circle's area: an inscribed polygon
# would lose 0.04 % of the area, concentrated on the rim where partial overlaps are measured.
EQUAL_AREA_RADIUS = math.sqrt(2.0 * math.pi / (CIRCLE_VERTICES * math.sin(2.0 * math.pi / CIRCLE_VERTICES)))
MAX_DISTANCE_M = 2_500_000.0  # more than Peru's length; beyond this a "buffer" is meaningless here
DENSIFY_M = 1000.0  # edges of projected buffers are split so they stay true after reprojection
AEQD_GRID_DEG = 0.25  # local projections are shared by features whose centres fall in one cell
# No point of a buffer lies farther from its source than reach_m(distance): the vertices of a circle sit
# EQUAL_AREA_RADIUS out, and a local AEQD projection stretches distances away from its centre by
# (d/R)²/6 (under 5 % for a 2,500 km buffer around a source as wide as Peru); 10 % covers both.
REACH_FACTOR = 1.1
REACH_SLACK_M = 100.0


def reach_m(distance_m):
    """Ground distance from a source within which its whole buffer lies (a candidate filter, never a result)."""
    return distance_m * EQUAL_AREA_RADIUS * REACH_FACTOR + REACH_SLACK_M

POLYGON = "polygon"
LINE = "line"
POINT = "point"


@dataclass
class TargetOverlap:
    """One target feature touched by at least one buffer (figures without double counting)."""

    fid: int
    source_fids: List[int]
    target_ha: float = 0.0  # polygons: ellipsoidal area of the feature
    overlap_ha: float = 0.0  # polygons: area inside the union of the buffers
    overlap_pct: float = 0.0  # polygons: overlap_ha / target_ha × 100
    points_within: int = 0  # points: how many of the feature's points are inside
    length_km: float = 0.0  # lines: ellipsoidal length of the feature inside
    target_length_km: float = 0.0  # lines: whole length
    # keep_geometries: the feature as read (attributes, geometry unrepaired), so that a per-target output
    # needs no second read of the layer; None when the database measured it (its fid is then the table's key)
    # or once released (OverlapResult.release_kept)
    feature: Optional[QgsFeature] = None


@dataclass
class SourceOverlap:
    """One source buffer: what it overlaps on its own (overlapping buffers each count here)."""

    fid: int
    buffer_ha: float = 0.0
    targets: int = 0
    overlap_ha: float = 0.0
    points_within: int = 0
    length_km: float = 0.0


@dataclass
class OverlapPiece:
    """A geometry for the result layer: target ∩ buffer (or ∩ union of buffers when dissolved)."""

    target_fid: int
    source_fids: List[int]
    geometry: QgsGeometry  # the piece's own, in the target CRS (overlap_features makes it multi in place)
    overlap_ha: float = 0.0
    overlap_pct: float = 0.0
    points_within: int = 0
    length_km: float = 0.0


@dataclass
class OverlapResult:
    target_kind: str  # "polygon", "line" or "point"
    distance_m: float
    dissolved: bool
    targets: List[TargetOverlap] = field(default_factory=list)
    sources: List[SourceOverlap] = field(default_factory=list)
    pieces: List[OverlapPiece] = field(default_factory=list)  # only when keep_geometries=True
    total_overlap_ha: float = 0.0
    total_points_within: int = 0
    total_length_km: float = 0.0
    targets_touched: int = 0
    buffers_union_ha: float = 0.0
    target_crs: str = ""
    target_layer_id: str = ""  # the target layer's id when it has one (what the sheet's atlas pages match)
    ellipsoid: str = DEFAULT_ELLIPSOID
    repaired: int = 0
    null_geometries: int = 0
    messages: List[str] = field(default_factory=list)

    def release_kept(self):
        """Forget what keep_geometries kept (the pieces and the touched features) once it is written out,
        so that a result kept for display holds its figures only."""
        self.pieces = []
        for row in self.targets:
            row.feature = None


def validate_distance(distance_m):
    """Refuse negative, zero, non-numeric and absurd (larger than the country) distances."""
    try:
        distance = float(distance_m)
    except (TypeError, ValueError):
        raise VraemError(tr("The buffer distance must be a number of metres.")) from None
    if math.isnan(distance) or distance <= 0:
        raise VraemError(tr("The buffer distance must be more than 0."))
    if distance > MAX_DISTANCE_M:
        raise VraemError(tr("The buffer distance {km:,.0f} km is absurd: at most {max:,.0f} km.")
                         .format(km=distance / 1000.0, max=MAX_DISTANCE_M / 1000.0))
    return distance


def kind_of(layer):
    kind = geometry_type(layer)
    if kind == Qgis.GeometryType.Polygon:
        return POLYGON
    if kind == Qgis.GeometryType.Line:
        return LINE
    if kind == Qgis.GeometryType.Point:
        return POINT
    raise VraemError(tr("The layer '{name}' has no point, line or polygon geometry.").format(name=layer_name(layer)))


class GroundBuffers:
    """Builds buffers of a true ground distance and returns them in a chosen CRS."""

    def __init__(self, from_crs, to_crs, distance_m, project):
        self.distance = distance_m
        self.context = project.transformContext()
        self.from_crs = from_crs
        self.to_crs = to_crs
        self.to_wgs84 = QgsCoordinateTransform(from_crs, WGS84_CRS, self.context)
        self.wgs84_to_target = QgsCoordinateTransform(WGS84_CRS, to_crs, self.context)
        self.geodesic = QgsDistanceArea()
        self.geodesic.setSourceCrs(WGS84_CRS, self.context)
        self.geodesic.setEllipsoid(DEFAULT_ELLIPSOID)
        self.azimuths = [2.0 * math.pi * i / CIRCLE_VERTICES for i in range(CIRCLE_VERTICES)]
        self._local = {}

    def circle(self, lon_lat):
        """Geodesic circle around a WGS84 point, as a WGS84 polygon."""
        project = self.geodesic.computeSpheroidProject
        radius = self.distance * EQUAL_AREA_RADIUS
        ring = [project(lon_lat, radius, azimuth) for azimuth in self.azimuths]
        ring.append(ring[0])
        return QgsGeometry.fromPolygonXY([ring])

    def _local_transforms(self, centre):
        """(source → local AEQD, local AEQD → target) for the grid cell of a WGS84 centre."""
        key = (round(centre.x() / AEQD_GRID_DEG), round(centre.y() / AEQD_GRID_DEG))
        if key not in self._local:
            lon, lat = key[0] * AEQD_GRID_DEG, key[1] * AEQD_GRID_DEG
            local = QgsCoordinateReferenceSystem.fromProj(
                f"+proj=aeqd +lat_0={lat} +lon_0={lon} +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs")
            self._local[key] = (QgsCoordinateTransform(self.from_crs, local, self.context),
                                QgsCoordinateTransform(local, self.to_crs, self.context))
        return self._local[key]

    def on_wgs84(self, geometry):
        """A copy of a source geometry (in the source CRS) in WGS84."""
        wgs84 = QgsGeometry(geometry)
        wgs84.transform(self.to_wgs84)
        return wgs84

    def buffer(self, geometry, wgs84=None):
        """Buffer of a source geometry (in the source CRS), returned in the target CRS; wgs84: the same
        geometry on_wgs84(), when the caller has it."""
        wgs84 = wgs84 if wgs84 is not None else self.on_wgs84(geometry)
        if geometry.type() == Qgis.GeometryType.Point:
            circles = [self.circle(QgsPointXY(point)) for point in wgs84.vertices()]
            result = circles[0] if len(circles) == 1 else QgsGeometry.unaryUnion(circles)
            result.transform(self.wgs84_to_target)
            return result
        to_local, local_to_target = self._local_transforms(wgs84.boundingBox().center())
        local = QgsGeometry(geometry)
        local.transform(to_local)
        result = local.buffer(self.distance, CIRCLE_VERTICES // 4)
        result = result.densifyByDistance(min(DENSIFY_M, self.distance / 4.0))
        result.transform(local_to_target)
        return result


class _Buffer:
    __slots__ = ("fid", "geometry", "source_wgs84", "engine", "box", "row")

    def __init__(self, fid, geometry, source_wgs84, row):
        self.fid = fid
        self.geometry = geometry
        self.source_wgs84 = source_wgs84  # the source geometry it was built around (see reach_m)
        self.engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        self.engine.prepareGeometry()
        self.box = geometry.boundingBox()
        self.row = row


POLAR_LATITUDE = 89.0  # local projections and geodesic circles break down beyond this
METRES_PER_DEGREE = 111_000.0  # of latitude, near enough for a margin


def require_clear_of_poles_and_antimeridian(layer, margin_m, project):
    """Refuse a layer whose features (grown by `margin_m` metres) reach a pole or cross the 180°
    meridian: buffers and overlaps there would wrap around the globe and measure nonsense."""
    crs = source_crs(layer)
    extent = layer.sourceExtent()
    if extent.isNull():
        return
    context = project.transformContext()
    name = layer_name(layer)
    try:
        from_wgs84 = QgsCoordinateTransform(WGS84_CRS, crs, context)
        for latitude in (90.0, -90.0):
            try:
                pole = from_wgs84.transform(QgsPointXY(0.0, latitude))
            except QgsCsException:
                continue  # the pole cannot be placed in this CRS at all, so no feature covers it
            if math.isfinite(pole.x()) and math.isfinite(pole.y()) and extent.contains(pole):
                raise VraemError(_polar_message(name))
        box = QgsCoordinateTransform(crs, WGS84_CRS, context).transformBoundingBox(extent)
    except QgsCsException:
        raise VraemError(tr("The features of '{name}' cannot be placed on the ellipsoid (check the layer's CRS).")
                         .format(name=name)) from None
    if not all(math.isfinite(value) for value in (box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum())):
        raise VraemError(tr("The features of '{name}' cannot be placed on the ellipsoid (check the layer's CRS).")
                         .format(name=name))
    margin = margin_m / METRES_PER_DEGREE
    if box.yMaximum() + margin >= POLAR_LATITUDE or box.yMinimum() - margin <= -POLAR_LATITUDE:
        raise VraemError(_polar_message(name))
    widest = math.cos(math.radians(min(POLAR_LATITUDE, max(abs(box.yMaximum()), abs(box.yMinimum())) + margin)))
    margin_lon = margin / widest
    if box.xMaximum() + margin_lon >= 180.0 or box.xMinimum() - margin_lon <= -180.0 or box.width() > 180.0:
        raise VraemError(tr("The features of '{name}' (with the buffer distance) cross the 180° meridian: buffers "
                            "and overlaps there cannot be measured reliably.").format(name=name))


def _polar_message(name):
    return tr("The features of '{name}' (with the buffer distance) reach a pole: buffers and overlaps there "
              "cannot be measured reliably.").format(name=name)


def buffer_overlap(source, distance_m, target, dissolve=False, feedback=None, project=None,
                   keep_geometries=False, selected_only=False):
    """Overlap of the buffers of `source` (points, lines or polygons) with the features of `target`.

    distance_m: ground distance in metres (true on the ellipsoid whatever the layers' CRS).
    target: polygons → overlapped area (ha) and % of each feature; points → count inside;
        lines → length inside (km).
    dissolve: the buffers are merged (the result layer then holds one piece per target feature
        instead of one per target × source). Totals never double count in either case.
    keep_geometries: keep the overlap pieces (target CRS) for overlap_features(), and each touched
        target's feature (TargetOverlap.feature).
    Raises VraemError on bad input, AnalysisCanceled when `feedback` is cancelled.
    """
    project = project or QgsProject.instance()
    distance = validate_distance(distance_m)
    from_crs, to_crs = source_crs(source), source_crs(target)
    require_crs(from_crs, layer_name(source))
    require_crs(to_crs, layer_name(target))
    require_clear_of_poles_and_antimeridian(source, distance, project)
    require_clear_of_poles_and_antimeridian(target, 0.0, project)
    kind_of(source)
    target_kind = kind_of(target)
    measurer = distance_area(to_crs, project)
    result = OverlapResult(target_kind=target_kind, distance_m=distance, dissolved=bool(dissolve),
                           target_crs=to_crs.authid() or to_crs.toProj(), ellipsoid=measurer.ellipsoid(),
                           target_layer_id=target.id() if hasattr(target, "id") else "")

    areas = _PolygonAreas(AreaMeasurer(to_crs, measurer=measurer))
    buffers, index = _buffers(source, GroundBuffers(from_crs, to_crs, distance, project), areas, result,
                              selected_only, feedback)
    if feedback is not None:
        feedback.setProgress(5)
    if not buffers:
        _note(result, tr("The source layer has no feature to buffer."), feedback)
        return _finish(result, feedback)
    union = QgsGeometry.unaryUnion([b.geometry for b in buffers])
    result.buffers_union_ha = areas.valid_total(union) / M2_PER_HA
    # a PostGIS target: the database measures the targets itself
    if not postgis.buffer_overlap(result, target, buffers, keep_geometries, feedback):
        _measure_targets(result, target, buffers, index, areas, measurer.measureLength, dissolve,
                         keep_geometries, feedback)
    if result.repaired:
        _note(result, tr("{n} invalid geometries were repaired before measuring (the layers are unchanged).")
              .format(n=result.repaired), feedback)
    return _finish(result, feedback)


def _buffers(source, builder, areas, result, selected_only, feedback):
    """1. ([_Buffer], spatial index of their boxes): the ground buffers of the source features, in the
    target CRS; their rows go into result.sources, with their areas measured at once at the end."""
    buffers = []
    index = QgsSpatialIndex()
    source_request = QgsFeatureRequest().setNoAttributes()
    if selected_only and hasattr(source, "getSelectedFeatures"):
        source_features = source.getSelectedFeatures(source_request)
    else:
        source_features = source.getFeatures(source_request)
    source_nulls = 0
    for feature in source_features:
        check_canceled(feedback)
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            source_nulls += 1
            continue
        geometry, repaired = repaired_geometry(QgsGeometry(geometry))
        result.repaired += int(repaired)
        wgs84 = builder.on_wgs84(geometry)
        buffered = builder.buffer(geometry, wgs84)
        if buffered.isNull() or buffered.isEmpty():
            continue
        row = SourceOverlap(fid=feature.id())
        result.sources.append(row)
        index.addFeature(len(buffers), buffered.boundingBox())
        buffers.append(_Buffer(feature.id(), buffered, wgs84, row))
    for item, area_m2 in zip(buffers, areas.valid_each([item.geometry for item in buffers])):
        item.row.buffer_ha = area_m2 / M2_PER_HA
    result.null_geometries += source_nulls
    if source_nulls:
        _note(result, tr("{n} source features have no geometry and were skipped.").format(n=source_nulls),
              feedback)
    return buffers, index


def _measure_targets(result, target, buffers, index, target_areas, measure_length, dissolve, keep_geometries,
                     feedback):
    """2. the target features the buffers touch, each measured once (_overlap_one); polygons are
    measured AREA_BATCH at a time (_PolygonAreas)."""
    target_kind = result.target_kind
    unions = {}
    target_nulls = 0
    touched = []  # polygons: (feature, geometry, its shape, buffers touching it), waiting for their areas

    def overlap_touched():
        measured = target_areas.measured([geometry for _, geometry, _, _ in touched])
        for (feature, _, shape, touching), (geometry, target_m2, repaired) in zip(touched, measured):
            result.repaired += int(repaired)
            if repaired:
                shape = geometry.constGet()
                touching = _touching_repaired(touching, shape)
            _overlap_one(result, feature, geometry, shape, touching, target_kind, dissolve, keep_geometries,
                         target_areas.measure_area, measure_length, unions, target_m2)
        touched.clear()

    for feature, geometry, shape, touching in _touched_targets(target, buffers, index, keep_geometries,
                                                              feedback):
        if geometry is None:
            target_nulls += 1
        elif target_kind == POLYGON:
            touched.append((feature, geometry, shape, touching))
            if len(touched) == AREA_BATCH:
                overlap_touched()
        else:
            if target_kind == LINE:
                geometry, repaired = repaired_geometry(geometry)
                if repaired:
                    result.repaired += 1
                    shape = geometry.constGet()
                    touching = _touching_repaired(touching, shape)
            _overlap_one(result, feature, geometry, shape, touching, target_kind, dissolve, keep_geometries,
                         target_areas.measure_area, measure_length, unions)
    overlap_touched()
    result.null_geometries += target_nulls
    if target_nulls:
        _note(result, tr("{n} target features have no geometry and were skipped.").format(n=target_nulls),
              feedback)


def _touched_targets(target, buffers, index, keep_geometries, feedback):
    """(feature, geometry, its constGet(), the buffers touching it) of each target feature a buffer
    touches, once each, from one provider-side box request per buffer (R-tree); (feature, None, None,
    None) for a feature without geometry. The shape goes along: PyQGIS's constGet() looks up the
    geometry's class each time (2.5 µs, 38,000 calls for 17,000 targets before). The buffers come as
    (buffer, whether it contains the target), which is asked first: a target inside the buffer it was
    read for (most of them) lies inside that buffer's box, so it needs no test of its own box either,
    and when the buffer has no neighbours no other test at all."""
    seen = set()
    for number, item in enumerate(buffers):
        if number % 10 == 0:
            check_canceled(feedback)
            if feedback is not None:
                feedback.setProgress(5 + 95.0 * number / len(buffers))
        request = QgsFeatureRequest().setFilterRect(item.box)
        if not keep_geometries:
            request.setNoAttributes()
        # the buffers whose boxes meet this one's, itself included, in source order: a target whose box
        # lies inside this box can touch only these, and most buffers meet no other, so most targets
        # need no spatial index query (3 µs each). Found when a target first needs them, for this
        # buffer alone: buffers that all overlap make n² pairs, which kept for every buffer at once
        # held 84 MB for 3,000 buffers. Not kept on the buffers: a buffer listing the others would
        # make reference cycles, which runs never make (core.cycles)
        neighbours = None
        for feature in target.getFeatures(request):
            fid = feature.id()
            if fid in seen:
                continue
            seen.add(fid)
            geometry = feature.geometry()
            if geometry.isEmpty():  # null geometries too
                yield feature, None, None, None
                continue
            shape = geometry.constGet()
            inside = item.engine.contains(shape)
            if not inside and not item.engine.intersects(shape):
                # may still touch another buffer: leave it for that buffer's request
                seen.discard(fid)
                continue
            box = None if inside else geometry.boundingBox()
            # a buffer touching the target meets its box: inside this buffer's box, only its neighbours can
            if box is not None and not item.box.contains(box):
                nearby = [buffers[other] for other in sorted(index.intersects(box))]
            else:
                if neighbours is None:
                    neighbours = [buffers[other] for other in sorted(index.intersects(item.box))]
                nearby = neighbours
            if len(nearby) == 1:  # the buffer itself
                yield feature, geometry, shape, [(item, inside)]
                continue
            if box is None:
                box = geometry.boundingBox()
            yield feature, geometry, shape, [(b, inside) if b is item else (b, b.engine.contains(shape))
                                             for b in nearby
                                             if b is item or (b.box.intersects(box) and b.engine.intersects(shape))]


def _touching_repaired(touching, shape):
    """`touching` of a target repaired once its buffers were found: whether each contains the repair."""
    return [(item, item.engine.contains(shape)) for item, _ in touching]


AREA_BATCH = 2000  # touched polygons measured at once


class _PolygonAreas:
    """Ellipsoidal areas of polygons in the target CRS, many at once: touched targets, each repaired first
    when invalid; buffers and their union, valid as GEOS and the geodesic circles make them.

    Why: per target wholly inside a buffer, QgsDistanceArea (9 µs) and GEOS's validity check (3 µs) were
    most of its cost; wkb_areas measures a batch in NumPy at under 1 µs a polygon and proves most of
    them valid on the way, so GEOS judges only the others. Per polygon, as before, when the target's
    CRS is not geographic on the measuring ellipsoid, or a batch holds anything but one-ring 2D
    polygons (holes, several parts, curves, Z) or an edge longer than wkb_areas.MAX_EDGE_DEG."""

    def __init__(self, measurer):
        self.areas = WkbAreas.for_crs(measurer.crs, measurer.distance_area)
        self.measure_area = measurer.area_m2

    def measured(self, geometries):
        """(geometry repaired when invalid, its m², whether it was repaired) for each geometry."""
        figures = self._batch(geometries)
        if figures is None:
            return [self._one(geometry) for geometry in geometries]
        return [(geometry, area, False) if proven else self._checked(geometry, area)
                for geometry, area, proven in zip(geometries, *(array.tolist() for array in figures))]

    def valid_each(self, geometries):
        """The m² of each of `geometries`, valid polygons, AREA_BATCH at a time (a buffer's WKB is some
        kilobytes: 100,000 sources at once would hold hundreds of MB)."""
        areas = []
        for first in range(0, len(geometries), AREA_BATCH):
            batch = geometries[first:first + AREA_BATCH]
            figures = self._batch(batch)
            areas += [self.measure_area(geometry) for geometry in batch] if figures is None else figures[0].tolist()
        return areas

    def valid_total(self, geometry):
        """The m² of a valid polygon or multipolygon (holes and many parts measured at once too)."""
        figures = self.areas.measure([geometry.asWkb().data()]) if self.areas is not None else None
        return self.measure_area(geometry) if figures is None else figures.area_m2

    def _batch(self, geometries):
        """wkb_areas' (m², proven) arrays of the geometries, None when it cannot measure them."""
        if self.areas is None or not geometries:
            return None
        return self.areas.each([geometry.asWkb().data() for geometry in geometries])

    def _checked(self, geometry, area):
        """A polygon that did not prove its validity: its batch area stands when GEOS finds it valid."""
        repaired, was_repaired = repaired_geometry(geometry)
        return (repaired, self.measure_area(repaired), True) if was_repaired else (geometry, area, False)

    def _one(self, geometry):
        geometry, repaired = repaired_geometry(geometry)
        return geometry, self.measure_area(geometry), repaired


def _overlap_one(result, feature, geometry, shape, touching, kind, dissolve, keep_geometries,
                 measure_area, measure_length, unions, target_m2=None):
    """Figures for one target feature touched by the buffers in `touching`, (buffer, whether it contains
    the target) pairs (`geometry`: its geometry, repaired; target_m2: a polygon's area)."""
    fid = feature.id()
    parts = []  # (buffer, part geometry)
    for item, inside in touching:
        if inside:
            parts.append((item, geometry))
        else:
            part = geometry.intersection(item.geometry)
            if not part.isEmpty():
                parts.append((item, part))
    if not parts:
        return
    row = TargetOverlap(fid=fid, source_fids=[item.fid for item, _ in parts],
                        feature=feature if keep_geometries else None)
    whole = _inside_union(geometry, shape, parts, unions)
    if kind == POLYGON:
        row.target_ha = target_m2 / M2_PER_HA
        whole_m2 = _part_measure(whole, geometry, target_m2, measure_area)
        row.overlap_ha = whole_m2 / M2_PER_HA
        row.overlap_pct = _percent(row.overlap_ha, row.target_ha)
        result.total_overlap_ha += row.overlap_ha
    elif kind == LINE:
        target_m = measure_length(geometry)
        row.target_length_km = target_m / 1000.0
        whole_m = _part_measure(whole, geometry, target_m, measure_length)
        row.length_km = whole_m / 1000.0
        result.total_length_km += row.length_km
    else:
        row.points_within = _point_count(whole)
        result.total_points_within += row.points_within
    result.targets.append(row)
    result.targets_touched += 1

    for item, part in parts:
        source_row = item.row
        source_row.targets += 1
        # a target touched by one buffer: its part is the whole, measured once
        if kind == POLYGON:
            part_ha = (whole_m2 if part is whole else _part_measure(part, geometry, target_m2, measure_area)) / M2_PER_HA
            source_row.overlap_ha += part_ha
            piece = (part_ha, _percent(part_ha, row.target_ha), 0, 0.0)
        elif kind == LINE:
            part_km = (whole_m if part is whole else _part_measure(part, geometry, target_m, measure_length)) / 1000.0
            source_row.length_km += part_km
            piece = (0.0, 0.0, 0, part_km)
        else:
            part_count = _point_count(part)
            source_row.points_within += part_count
            piece = (0.0, 0.0, part_count, 0.0)
        if keep_geometries and not dissolve:
            result.pieces.append(OverlapPiece(fid, [item.fid], QgsGeometry(part), *piece))
    if keep_geometries and dissolve:
        result.pieces.append(OverlapPiece(fid, list(row.source_fids), QgsGeometry(whole), row.overlap_ha,
                                          row.overlap_pct, row.points_within, row.length_km))


class _BufferUnion:
    """The union of some buffers, with a prepared engine (shared by the targets they all touch)."""

    __slots__ = ("geometry", "engine")

    def __init__(self, buffers):
        self.geometry = QgsGeometry.unaryUnion([item.geometry for item in buffers])
        self.engine = QgsGeometry.createGeometryEngine(self.geometry.constGet())
        self.engine.prepareGeometry()


UNIONS_KEPT = 256  # unions of buffer sets kept for the next targets (neighbours share their buffers)


def _inside_union(geometry, shape, parts, unions):
    """The target's part inside the union of the buffers of `parts` (the target itself when wholly inside).

    Intersecting with the union, not uniting the per-buffer parts: two buffers cut a line at
    slightly different points, and the pieces they share then overlap without being equal, so a
    union of pieces keeps both and counts that length twice (97.8 km "inside" of a 70.6 km road)."""
    if len(parts) == 1:
        return parts[0][1]  # most targets: one buffer (its part is the target itself when wholly inside)
    if any(part is geometry for _, part in parts):
        return geometry
    key = tuple(sorted(id(item) for item, _ in parts))
    union = unions.get(key)
    if union is None:
        if len(unions) >= UNIONS_KEPT:
            unions.clear()
        union = unions[key] = _BufferUnion([item for item, _ in parts])
    if union.engine.contains(shape):
        return geometry
    return geometry.intersection(union.geometry)


def _part_measure(part, target, target_measure, measure):
    """Area or length of a part of `target`, at most the target's own (`target_measure`).

    The cap is not a fudge: an intersection's cut points lie on the target's edges as drawn in its
    CRS, not on the geodesics the ellipsoid measures, which can make a part a hair longer (or
    larger) than the feature it is cut from."""
    if part is target:
        return target_measure
    return min(measure(part), target_measure)


def _percent(part, whole):
    """part / whole × 100 for part ≤ whole: divided first, so a whole target is exactly 100 and no
    part more (100 × a / a rounds to 100.00000000000001 or 99.99999999999999 for one area in ten)."""
    return 100.0 * (part / whole) if whole > 0 else 0.0



def _point_count(geometry):
    if geometry.isEmpty():
        return 0
    return geometry.constGet().nCoordinates()


def _note(result, message, feedback):
    result.messages.append(message)
    log(message, feedback, warning=True)


def _finish(result, feedback):
    check_canceled(feedback)
    if feedback is not None:
        feedback.setProgress(100)
    return result


# ----------------------------------------------------------------------------------------------
# result layer


def overlap_fields():
    """Attribute fields of the result layer (one feature per overlap piece)."""
    return schemas.overlap_pieces().fields()


def result_wkb_type(result):
    """Multi geometry type of the result layer for this target kind."""
    return {POLYGON: Qgis.WkbType.MultiPolygon, LINE: Qgis.WkbType.MultiLineString,
            POINT: Qgis.WkbType.MultiPoint}[result.target_kind]


def overlap_features(result):
    """The pieces of `result` (computed with keep_geometries=True) as features of overlap_fields(), with
    geometries of result_wkb_type(result) in the target layer's CRS."""
    fields = overlap_fields()
    multi = result_wkb_type(result)
    part_type = QgsWkbTypes.geometryType(multi)
    for piece in result.pieces:
        feature = QgsFeature(fields)
        geometry = piece.geometry  # the piece's own copy (OverlapPiece), made multi in place
        geometry.convertToMultiType()  # nothing to do for a multi geometry or a collection
        kind = geometry.wkbType()
        if kind != multi and QgsWkbTypes.flatType(kind) != multi:
            geometry.convertGeometryCollectionToSubclass(part_type)
            geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature.setAttributes([piece.target_fid, ",".join(map(str, piece.source_fids)), result.distance_m,
                               piece.overlap_ha, piece.overlap_pct, piece.points_within, piece.length_km])
        yield feature


__all__ = ["buffer_overlap", "OverlapResult", "TargetOverlap", "SourceOverlap", "OverlapPiece", "GroundBuffers",
           "overlap_fields", "result_wkb_type", "overlap_features", "validate_distance", "MAX_DISTANCE_M"]
