"""Regions a path is measured against: the zone (the project's, else the bundled approximate one)
and Peru's neighbours from QGIS's own world map (as the context countries), all in WGS84."""

from dataclasses import dataclass

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsLineString, QgsPoint, QgsProject, QgsRectangle

from ...i18n import tr
from .. import reference
from ..bundled import read_only_layer
from ..errors import VraemError
from ..measuring import layer_name, repaired_geometry, source_crs
from .geodesy import WGS84

NEIGHBOURS = ("BOL", "BRA", "COL", "ECU", "CHL")


@dataclass
class Stretch:
    """A stretch of the path inside a region; `crossed_in`/`crossed_out` say whether it begins or
    ends on the boundary (rather than at the first or last fix)."""

    start_time: float
    end_time: float
    start_m: float
    end_m: float
    start_point: tuple
    end_point: tuple
    crossed_in: bool
    crossed_out: bool


class Region:
    """A polygon (WGS84) with a prepared GEOS engine, to find where paths enter and leave it."""

    def __init__(self, name, geometry):
        self.name = name
        self.geometry = QgsGeometry(geometry)
        self.box = self.geometry.boundingBox()
        self.engine = QgsGeometry.createGeometryEngine(self.geometry.constGet())
        self.engine.prepareGeometry()
        boundary = QgsGeometry(self.geometry.constGet().boundary())
        self.boundary_engine = QgsGeometry.createGeometryEngine(boundary.constGet())
        self.boundary_engine.prepareGeometry()

    def contains(self, lon, lat):
        return self.engine.intersects(QgsPoint(lon, lat))

    def stretches(self, path, line, box):
        """Stretches of `path` (a _Path) inside the region."""
        if not self.box.intersects(box) or not self.engine.intersects(line.constGet()):
            return []
        xs, ys = path.lons, path.lats
        n = len(xs)
        if self.engine.contains(line.constGet()):
            return [Stretch(path.times[0], path.times[-1], path.metres[0], path.metres[-1], (xs[0], ys[0]),
                            (xs[-1], ys[-1]), False, False)]
        inside = [self.contains(xs[i], ys[i]) for i in range(n)]
        changes = sum(1 for i in range(n - 1) if inside[i] != inside[i + 1])
        check_all = self._boundary_meetings(line) > changes
        crossings = []  # (path index, fraction, going_in)
        for i in range(n - 1):
            if inside[i] == inside[i + 1] and not check_all:
                continue
            if inside[i] == inside[i + 1] and not self.box.intersects(
                    QgsRectangle(min(xs[i], xs[i + 1]), min(ys[i], ys[i + 1]), max(xs[i], xs[i + 1]),
                                 max(ys[i], ys[i + 1]))):
                continue
            fractions = self._segment_crossings(xs[i], ys[i], xs[i + 1], ys[i + 1])
            state = inside[i]
            if inside[i] != inside[i + 1] and len(fractions) % 2 == 0:
                fractions = fractions[:1] or [0.5]  # touching the boundary only: one crossing
            elif inside[i] == inside[i + 1] and len(fractions) % 2 == 1:
                fractions = fractions[:-1]
            for fraction in fractions:
                state = not state
                crossings.append((i, fraction, state))
        return self._stretches_from(path, inside[0], crossings)

    def _boundary_meetings(self, line):
        met = self.boundary_engine.intersection(line.constGet())
        return 0 if met is None else met.nCoordinates()

    def _segment_crossings(self, x0, y0, x1, y1):
        """Sorted fractions (0..1) where the segment meets the boundary."""
        met = self.boundary_engine.intersection(QgsLineString([QgsPoint(x0, y0), QgsPoint(x1, y1)]))
        if met is None or met.isEmpty():
            return []
        dx, dy = x1 - x0, y1 - y0
        length2 = dx * dx + dy * dy
        if length2 == 0:
            return []
        fractions = sorted({min(max(((v.x() - x0) * dx + (v.y() - y0) * dy) / length2, 0.0), 1.0)
                            for v in met.vertices()})
        return fractions

    def _stretches_from(self, path, starts_inside, crossings):
        stretches = []
        current = None
        if starts_inside:
            current = (path.times[0], path.metres[0], (path.lons[0], path.lats[0]), False)
        for index, fraction, going_in in crossings:
            seconds, metres, point = path.at(index, fraction)
            if going_in:
                current = (seconds, metres, point, True)
            elif current is not None:
                stretches.append(Stretch(current[0], seconds, current[1], metres, current[2], point, current[3], True))
                current = None
        if current is not None:
            stretches.append(Stretch(current[0], path.times[-1], current[1], path.metres[-1], current[2],
                                     (path.lons[-1], path.lats[-1]), current[3], False))
        return stretches


def region_of_source(name, source, project=None):
    """A Region from every polygon of a layer or Processing source (any CRS), repaired and unioned."""
    if not source_crs(source).isValid():
        raise VraemError(tr("The layer '{name}' has no coordinate reference system.").format(name=layer_name(source)))
    project = project or QgsProject.instance()
    request = QgsFeatureRequest().setDestinationCrs(WGS84, project.transformContext())
    parts = []
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        parts.append(repaired_geometry(geometry)[0])
    if not parts:
        raise VraemError(tr("The zone layer '{name}' has no polygon.").format(name=layer_name(source)))
    return Region(name, QgsGeometry.unaryUnion(parts))


def zone_region(source=None, project=None):
    """The zone to measure against: `source` when given, else the project's zone, else the bundled
    approximate zone."""
    project = project or QgsProject.instance()
    layer = source if source is not None else (reference.zone_choice(project).layer or reference.zone_layer())
    return region_of_source(layer_name(layer) or tr("the zone"), layer, project)


def neighbour_regions(codes=NEIGHBOURS):
    """[Region] of Peru's neighbours in `codes` order, named in the user's language (the world map has English
    names only: a track went "into Brazil" in the Spanish dock)."""
    world = read_only_layer(f"{reference.world_map_path()}|layername=countries", "countries")
    if not world.isValid():
        raise VraemError(tr("QGIS's world map is missing ({path}); the borders cannot be drawn.").format(
            path=reference.world_map_path()))
    quoted = ", ".join(f"'{code}'" for code in codes)
    request = QgsFeatureRequest().setFilterExpression(f'"ISO_A3" IN ({quoted})')
    found = {feature["ISO_A3"]: feature for feature in world.getFeatures(request)}
    names = reference.country_names()
    return [Region(names.get(code, str(found[code]["NAME"])), found[code].geometry()) for code in codes if code in found]
