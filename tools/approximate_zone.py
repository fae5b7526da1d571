"""Build-time only: the approximate VRAEM zone from facts alone (Thiessen cells of the district capitals,
per department, clipped to QGIS's world map), used by tools/build_data.py. Not packaged: the plugin
ships the zone this builds, in resources/data/vraem.gpkg.

The approximate zone is an *approximation* and every caller that shows its area must say so.
Import it after the repository is importable as `vraem_analyst` (build_data.py and the tests do).
"""

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsRectangle, QgsWkbTypes

from vraem_analyst.plugin.core import measuring
from vraem_analyst.plugin.core.bundled import read_only_layer
from vraem_analyst.plugin.core.errors import VraemError
from vraem_analyst.plugin.core.names import normalize_name

# Parts and holes smaller than this share of the zone are Voronoi/clipping slivers, not territory.
SLIVER_SHARE = 0.002


def remove_slivers(geometry, share=SLIVER_SHARE):
    """Drop polygon parts and fill holes smaller than `share` of the total area (planar, degrees:
    only a relative threshold, so the unit does not matter)."""
    if geometry is None or geometry.isEmpty():
        return geometry
    total = geometry.area()
    if total <= 0:
        return geometry
    limit = total * share
    kept = []
    for part in geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]:
        if not part:
            continue
        shell = QgsGeometry.fromPolygonXY([part[0]])
        if shell.area() < limit:
            continue
        holes = [ring for ring in part[1:] if QgsGeometry.fromPolygonXY([ring]).area() >= limit]
        kept.append([part[0]] + holes)
    if not kept:
        return geometry
    if len(kept) == 1:
        return QgsGeometry.fromPolygonXY(kept[0])
    return QgsGeometry.fromMultiPolygonXY(kept)


def _single_union(geometries):
    result = QgsGeometry.unaryUnion(geometries)
    if result.isNull() or result.isEmpty():
        raise VraemError("The zone could not be built: the union of the cells is empty.")
    if not result.isGeosValid():
        result = result.makeValid()
    return result


def voronoi_cells(points, clip_geometry):
    """Thiessen cell of each point (same order), clipped to `clip_geometry`.

    Each cell is matched to the point inside it, because GEOS does not keep input order.
    """
    if not points:
        return []
    extent = QgsRectangle(clip_geometry.boundingBox())
    for point in points:
        extent.combineExtentWith(point.x(), point.y())
    extent.grow(1.0)
    if len(points) == 1:
        return [QgsGeometry(clip_geometry)]
    multipoint = QgsGeometry.fromMultiPointXY(points)
    diagram = multipoint.voronoiDiagram(QgsGeometry.fromRect(extent))
    cells = [QgsGeometry(part) for part in diagram.asGeometryCollection()]
    result = []
    for point in points:
        probe = QgsGeometry.fromPointXY(point)
        cell = next((c for c in cells if c.contains(probe) or c.touches(probe)), None)
        if cell is None:
            result.append(QgsGeometry())
            continue
        clipped = cell.intersection(clip_geometry)
        result.append(clipped if not clipped.isEmpty() else QgsGeometry())
    return result


def _polygons_by_name(layer, expression, name_fields):
    """Normalized name -> geometry for the features of `layer` selected by `expression`."""
    found = {}
    request = QgsFeatureRequest().setFilterExpression(expression)
    for feature in layer.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isNull():
            continue
        geometry, _ = measuring.repaired_geometry(geometry)
        for field in name_fields:
            index = feature.fields().indexOf(field)
            if index >= 0 and feature[index]:
                found.setdefault(normalize_name(feature[index]), geometry)
    return found


def open_world_map_layer(world_map_path, name):
    """A layer of QGIS's own world_map.gpkg, or None when it is missing or unreadable."""
    layer = read_only_layer(f"{world_map_path}|layername={name}", name)
    return layer if layer.isValid() else None


def peru_departments(world_map_path):
    """Normalized department name -> polygon, from world_map.gpkg's states_provinces (or {})."""
    layer = open_world_map_layer(world_map_path, "states_provinces")
    if layer is None:
        return {}
    return _polygons_by_name(layer, "\"adm0_a3\" = 'PER'", ["name", "woe_name", "gn_name"])


def peru_country(world_map_path):
    """Peru's polygon from world_map.gpkg's countries layer."""
    layer = open_world_map_layer(world_map_path, "countries")
    if layer is None:
        raise VraemError("QGIS's world map (world_map.gpkg) could not be read.")
    found = _polygons_by_name(layer, "\"ISO_A3\" = 'PER'", ["NAME"])
    if not found:
        raise VraemError("Peru was not found in QGIS's world map (world_map.gpkg).")
    return next(iter(found.values()))


class ApproximateZone:
    """Result of approximate_zone(): the geometry (EPSG:4326), its area and how it was made."""

    def __init__(self, geometry, area_m2, method, cells, districts_used, districts_without_point):
        self.geometry = geometry
        self.area_m2 = area_m2
        self.method = method
        self.cells = cells  # ubigeo -> clipped cell geometry (VRAEM districts only)
        self.districts_used = districts_used
        self.districts_without_point = districts_without_point


def approximate_zone(capitals, world_map_path, feedback=None):
    """Approximate VRAEM zone from district capitals.

    `capitals`: iterable of dicts with keys ubigeo, department, lat, lon (floats or None) and
    in_vraem (bool). One Thiessen diagram per department, clipped to that department's polygon
    in world_map.gpkg (states_provinces); if that layer or a department is missing, one diagram
    for all capitals clipped to Peru's polygon (countries). The VRAEM cells are united and
    slivers removed.
    """
    rows = list(capitals)
    with_point = [r for r in rows if r.get("lat") is not None and r.get("lon") is not None]
    without_point = sorted(r["ubigeo"] for r in rows if r.get("in_vraem") and r not in with_point)
    if not any(r.get("in_vraem") for r in with_point):
        raise VraemError("No VRAEM district capital has coordinates: the zone cannot be built.")

    departments = peru_departments(world_map_path)
    wanted = sorted({normalize_name(r["department"]) for r in with_point})
    missing = [name for name in wanted if name not in departments]
    cells = {}
    if departments and not missing:
        method = "voronoi per department clipped to world_map states_provinces"
        for name in wanted:
            group = sorted((r for r in with_point if normalize_name(r["department"]) == name),
                           key=lambda r: r["ubigeo"])
            points = [QgsPointXY(r["lon"], r["lat"]) for r in group]
            for row, cell in zip(group, voronoi_cells(points, departments[name])):
                if row.get("in_vraem") and not cell.isEmpty():
                    cells[row["ubigeo"]] = cell
    else:
        if feedback is not None:
            feedback.pushInfo("Department polygons missing; using one diagram clipped to Peru.")
        method = "voronoi clipped to world_map countries (Peru)"
        group = sorted(with_point, key=lambda r: r["ubigeo"])
        points = [QgsPointXY(r["lon"], r["lat"]) for r in group]
        for row, cell in zip(group, voronoi_cells(points, peru_country(world_map_path))):
            if row.get("in_vraem") and not cell.isEmpty():
                cells[row["ubigeo"]] = cell

    union = _single_union([cells[key] for key in sorted(cells)])
    zone = remove_slivers(union)
    if QgsWkbTypes.flatType(zone.wkbType()) == QgsWkbTypes.Type.Polygon:
        zone.convertToMultiType()
    area = measuring.ellipsoidal_area_m2(zone)
    return ApproximateZone(zone, area, method, cells, sorted(cells), without_point)

