"""Helpers shared by the analysis-engine tests: memory layers and pyproj/shapely oracles."""

import csv
import math

from pyproj import Geod, Transformer
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QMetaType
from shapely import wkt as shapely_wkt
from shapely.geometry import Polygon

GEOD = Geod(ellps="WGS84")


def memory_layer(kind, crs, geometries_wkt, fields=(), attributes=None, name="test"):
    """A real memory layer: kind 'Polygon'/'Point'/'LineString', crs 'EPSG:xxxx' or None (no CRS)."""
    uri = f"{kind}?crs=" if crs is None else f"{kind}?crs={crs}"  # bare "Polygon" would default to EPSG:4326
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid()
    if fields:
        layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
        layer.updateFields()
    features = []
    for i, text in enumerate(geometries_wkt):
        feature = QgsFeature(layer.fields())
        if text is not None:
            feature.setGeometry(QgsGeometry.fromWkt(text))
        if attributes is not None:
            feature.setAttributes(list(attributes[i]))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def geodesic_area_m2(lonlat_geometry):
    """Oracle: pyproj geodesic area of a shapely geometry in lon/lat (abs, holes handled)."""
    area, _ = GEOD.geometry_area_perimeter(lonlat_geometry)
    return abs(area)


def to_lonlat(shapely_geometry, crs):
    """Reproject a shapely geometry from `crs` to lon/lat with pyproj (independent of QGIS)."""
    if crs == "EPSG:4326":
        return shapely_geometry
    from shapely.ops import transform

    transformer = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    return transform(transformer.transform, shapely_geometry)


def from_lonlat(shapely_geometry, crs):
    if crs == "EPSG:4326":
        return shapely_geometry
    from shapely.ops import transform

    transformer = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    return transform(transformer.transform, shapely_geometry)


def geodesic_circle(lon, lat, radius_m, vertices=720):
    """Oracle: polygon of points at geodesic distance radius_m from (lon, lat)."""
    azimuths = [360.0 * i / vertices for i in range(vertices)]
    lons, lats, _ = GEOD.fwd([lon] * vertices, [lat] * vertices, azimuths, [radius_m] * vertices)
    return Polygon(list(zip(lons, lats)))


def ground_buffer(lonlat_geometry, distance_m):
    """Oracle: buffer of a lon/lat shapely geometry by a ground distance, built by shapely in an
    azimuthal equidistant projection centred on the geometry (pyproj), returned in lon/lat."""
    from shapely.ops import transform

    centre = lonlat_geometry.envelope.centroid
    local = f"+proj=aeqd +lat_0={centre.y} +lon_0={centre.x} +ellps=WGS84 +units=m +no_defs"
    forward = Transformer.from_crs("EPSG:4326", local, always_xy=True)
    back = Transformer.from_crs(local, "EPSG:4326", always_xy=True)
    buffered = transform(forward.transform, lonlat_geometry).buffer(distance_m, quad_segs=64)
    return transform(back.transform, buffered.segmentize(min(200.0, distance_m / 8)))


def geodesic_length_m(lonlat_geometry):
    """Oracle: pyproj geodesic length of a lon/lat shapely line (0 for empty or non-linear parts)."""
    lines = [g for g in getattr(lonlat_geometry, "geoms", [lonlat_geometry]) if g.geom_type in
             ("LineString", "MultiLineString", "LinearRing")]
    return sum(GEOD.geometry_length(line) for line in lines)


def field_ring(lon, lat, hectares, vertices=7, twist=0.0):
    """A small irregular lon/lat polygon of roughly `hectares`."""
    radius = math.sqrt(hectares * 10_000 / math.pi)
    points = []
    for i in range(vertices):
        angle = 2 * math.pi * i / vertices + twist
        r = radius * (0.8 + 0.4 * ((i * 7) % 5) / 4)
        dlon = r * math.cos(angle) / (111_320 * math.cos(math.radians(lat)))
        dlat = r * math.sin(angle) / 110_574
        points.append((lon + dlon, lat + dlat))
    return Polygon(points)


def csv_rows(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def shapely_from_qgis(geometry):
    return shapely_wkt.loads(geometry.asWkt())


QSTRING = QMetaType.Type.QString
QINT = QMetaType.Type.Int
