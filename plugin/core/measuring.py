"""Measuring helpers shared by every analysis module: the ellipsoid, CRS checks, geometry repair,
cancel and log, and the ellipsoidal area of one geometry (AreaMeasurer).

Everything is measured in square metres with QgsDistanceArea on the project's ellipsoid (WGS84 when
the project has none), whatever the layer CRS. Unit enums are never used: they were renamed between
QGIS versions.
"""

import re

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsEllipsoidUtils,
    QgsFeatureRequest,
    QgsGeometry,
    QgsGeometryCollection,
    QgsMessageLog,
    QgsProject,
    QgsWkbTypes,
)

from ..i18n import tr
from .definitions import HA_PER_KM2, LOG_TAG, WGS84
from .errors import VraemError
from .flags import APPROXIMATE_PROPERTY

M2_PER_HA = 10_000.0
DEFAULT_ELLIPSOID = "EPSG:7030"  # WGS 84


class AnalysisCanceled(VraemError):
    """The user cancelled: the caller must not write any output."""


def ha_to_km2(hectares):
    return hectares / HA_PER_KM2


def project_ellipsoid(project=None):
    """The ellipsoid acronym/auth id to measure with: the project's, or WGS84 when it has none."""
    project = project or QgsProject.instance()
    ellipsoid = (project.ellipsoid() or "").strip()
    if not ellipsoid or ellipsoid.upper() == "NONE":
        return DEFAULT_ELLIPSOID
    return ellipsoid


def ellipsoid_name(acronym):
    """The plain name of an ellipsoid ("WGS 84" for "EPSG:7030"), for people; the acronym when QGIS has none."""
    for definition in QgsEllipsoidUtils.definitions():
        if definition.acronym == acronym:
            # descriptions read "WGS 84 (EPSG:7030)": the code in brackets is for specialists
            return re.sub(r"\s*\([^()]*\)$", "", definition.description) or acronym
    return acronym


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
    """Refuse a layer without a valid CRS, or with an engineering (local) CRS tied to no ellipsoid:
    its coordinates cannot be measured on the ground."""
    if crs is None or not crs.isValid():
        if layer_name:
            raise VraemError(tr("The layer '{name}' has no coordinate reference system; set its CRS first.")
                             .format(name=layer_name))
        raise VraemError(tr("The layer has no coordinate reference system; set its CRS first."))
    if not crs.ellipsoidAcronym():
        raise VraemError(tr("The CRS of the layer '{name}' ({crs}) is a local (engineering) system with no link "
                            "to the Earth: its areas and distances cannot be measured on the ellipsoid. Assign "
                            "a geographic or projected CRS.").format(name=layer_name, crs=crs.description()
                                                                       or crs.toWkt()[:60]))


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
    return same_dimension_part(geometry.makeValid(), geometry.type()), True


# A polygon part whose planar area is below this fraction of its bounding box's is a ring collapsed
# onto a line (rounding leaves ~1e-15); real fields, however thin, are many orders above it.
COLLAPSED_AREA_RATIO = 1e-9


def same_dimension_part(geometry, kind):
    """The parts of `geometry` of geometry type `kind` (Qgis.GeometryType), as one geometry; an
    empty geometry when there is none.

    Whatever makeValid returns for a collapsed polygon (a LineString or a MultiLineString, a
    collection of lines and points, nested collections, or a polygon whose ring runs back on
    itself, depending on the GEOS version) leaves no polygon here. A collapsed ring must go: its
    planar area is 0, but the ellipsoid measures its edges as geodesics, which do enclose an area
    (hundreds of thousands of hectares for a spike across a department)."""
    parts = []
    pending = [geometry.constGet()] if geometry.constGet() is not None else []
    while pending:
        part = pending.pop()
        if isinstance(part, QgsGeometryCollection):
            pending.extend(part.geometryN(i) for i in reversed(range(part.numGeometries())))
        elif QgsWkbTypes.geometryType(part.wkbType()) == kind and not part.isEmpty():
            if kind == Qgis.GeometryType.Polygon and not _encloses_area(part):
                continue
            parts.append(QgsGeometry(part.clone()))
    if not parts:
        return QgsGeometry()
    return parts[0] if len(parts) == 1 else QgsGeometry.collectGeometry(parts)


def _encloses_area(surface):
    box = surface.boundingBox()
    return surface.area() > COLLAPSED_AREA_RATIO * box.width() * box.height()


def is_truthy(value):
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "y", "si", "sí")
    return bool(value)


def zone_is_approximate(zone):
    return zone is not None and hasattr(zone, "customProperty") and is_truthy(
        zone.customProperty(APPROXIMATE_PROPERTY))


def field_index(layer, name, purpose):
    index = layer.fields().lookupField(name)
    if index < 0:
        raise VraemError(tr("The field '{field}' ({purpose}) is not in the layer '{layer}'.")
                         .format(field=name, purpose=purpose, layer=layer_name(layer)))
    return index


def transform_between(from_crs, to_crs, project):
    if from_crs == to_crs:
        return None
    return QgsCoordinateTransform(from_crs, to_crs, project.transformContext())


def repaired_geometries(layer, request, to_crs, project, feedback):
    """(feature, geometry) for each feature with a geometry: a repaired copy, in `to_crs`."""
    transform = transform_between(source_crs(layer), to_crs, project)
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
    parts = [geometry for _, geometry in repaired_geometries(layer, request, to_crs, project, feedback)]
    if not parts:
        return None
    return QgsGeometry.unaryUnion(parts)


class AreaMeasurer:
    """Ellipsoidal area in m² of geometries in one CRS, their vertices joined by geodesics
    (QgsDistanceArea), whatever the CRS: the same figure for the same vertices in EPSG:4326, Web
    Mercator or UTM, as pyproj's Geod and PostGIS's geography give. A null geometry, or one repaired
    to nothing, measures 0.

    Feature by feature there is no faster exact way: a closed form for small features in a
    geographic CRS (planar degrees² × the area element at the centroid) took 9 µs a field against
    QgsDistanceArea's 14, but its edges were straight lon/lat lines, 8e-3 off for a 2 km sliver, and
    their geodesic lenses (wkb_areas) cost over 6 µs more per feature in Python. Many features
    at once are measured faster by totals (equal-area batches with the lenses in NumPy).
    """

    def __init__(self, crs, project=None, measurer=None):
        self.crs = crs
        self.distance_area = measurer or distance_area(crs, project)
        self.area_m2 = self.distance_area.measureArea

    def copy(self):
        """An independent measurer for another thread: QgsDistanceArea is not to be shared."""
        return AreaMeasurer(self.crs, measurer=QgsDistanceArea(self.distance_area))


class PreparedPolygon:
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



def wgs84_distance_area():
    """Measures geometries in EPSG:4326 on the project's ellipsoid (WGS84 when it has none)."""
    return distance_area(QgsCoordinateReferenceSystem(WGS84))


def ellipsoidal_area_m2(geometry, crs=None):
    """Ellipsoidal area in square metres of a polygon geometry (layer CRS `crs`, WGS84 default)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return 0.0
    crs = crs if crs is not None else QgsCoordinateReferenceSystem(WGS84)
    return distance_area(crs).measureArea(geometry)
