"""One call from position fixes to the air picture, for the Processing algorithms and the dock:
read the tracks, measure them against the zone and the neighbours, name the aerodromes of stops.

Places (aerodromes, airstrips, bases) are read from any point layer; by default from the bundled
aerodromes, opened read-only and filtered here (a filtered GeoPackage read in update mode would
rewrite the plugin's own file).
"""

from dataclasses import dataclass
from typing import List

from qgis.core import Qgis, QgsFeatureRequest, QgsProject

from ...i18n import tr
from .. import reference
from ..errors import VraemError
from ..measuring import geometry_type, layer_name
from . import fixes, regions, tracks
from .geodesy import WGS84, Geodesic
from .reach import Place

# Far above the cruise of the light aircraft of the bundled profiles (142–165 kt): a plausibility
# limit for position jumps, not a performance figure.
DEFAULT_MAX_SPEED_KT = 300.0
DEFAULT_BASES = ("PE-0021", "SPPE", "SPMF")  # Pichari, Palmapampa, Mazamari (named in the facts)


@dataclass
class AirPicture:
    reading: fixes.FixReading
    results: List[tracks.TrackResult]
    zone: regions.Region

    @property
    def tracks_in_zone(self):
        return sum(1 for result in self.results if result.entered_zone)

    @property
    def minutes_in_zone(self):
        return sum(result.minutes_in_zone for result in self.results)


def _text(feature, names, default):
    for name in names:
        index = feature.fields().lookupField(name)
        if index >= 0:
            value = feature.attribute(index)
            if value is not None and str(value) not in ("", "NULL"):
                return str(value)
    return default


def places_of(source, project=None, keep=None):
    """[Place] of a point layer or source (any CRS), features for which keep(feature) holds: ident
    from a field ident/icao/code/id, else the feature id; name from name/nombre, else the ident."""
    if geometry_type(source) != Qgis.GeometryType.Point:
        raise VraemError(tr("The layer '{name}' does not hold points: airstrips and bases are points.").format(
            name=layer_name(source)))
    project = project or QgsProject.instance()
    request = QgsFeatureRequest().setDestinationCrs(WGS84, project.transformContext())
    places = []
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty() or (keep is not None and not keep(feature)):
            continue
        point = geometry.asMultiPoint()[0] if geometry.isMultipart() else geometry.asPoint()
        ident = _text(feature, ("ident", "icao", "code", "id"), str(feature.id()))
        places.append(Place(ident, _text(feature, ("name", "nombre"), ident), point.x(), point.y()))
    return places


def bundled_aerodromes(keep=None):
    return places_of(reference.bundled_layer("aerodromes"), keep=keep)


def aerodromes_in_bundled_zone():
    """The default airstrips of the border reach: bundled aerodromes inside the approximate zone."""
    return bundled_aerodromes(lambda feature: feature["in_zone"] == 1)


def default_bases():
    """The default interceptor bases: the bundled aerodromes of Pichari, Palmapampa and Mazamari."""
    return bundled_aerodromes(lambda feature: feature["ident"] in DEFAULT_BASES)


def analyse_fixes(source, time_field, track_field=None, zone=None, aerodromes=None, settings=None,
                  max_speed_kt=DEFAULT_MAX_SPEED_KT, feedback=None, project=None):
    """AirPicture of a point layer/source of fixes. zone: a polygon layer/source (default: the
    project's zone, else the bundled approximate one); aerodromes: [Place] (default: bundled)."""
    project = project or QgsProject.instance()
    reading = fixes.read_tracks(source, time_field, track_field, max_speed_kt, feedback, project)
    region = regions.zone_region(zone, project)
    places = bundled_aerodromes() if aerodromes is None else aerodromes
    named = tracks.Aerodromes([(p.ident, p.name, p.lon, p.lat) for p in places], Geodesic())
    results = tracks.analyse_tracks(reading, region, regions.neighbour_regions(), named, settings, feedback)
    return AirPicture(reading, results, region)
