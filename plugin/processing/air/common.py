"""What the air-picture algorithms share: their group, the fixes parameters, aerodromes as places,
the engine run from fixes to track results, and the output helpers."""

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProject,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from ...core import field_types, reference
from ...core.air import fixes, regions, tracks
from ...core.air.geodesy import WGS84, Geodesic
from ...core.air.reach import Place
from ...i18n import tr
from ..analysis_algorithms import _write
from ..base import DOUBLE, POLYGONS, VraemAlgorithm

# Far above the cruise of the light aircraft of the bundled profiles (142–165 kt): a plausibility
# limit for position jumps, not a performance figure.
DEFAULT_MAX_SPEED_KT = 300.0
POINTS = (Qgis.ProcessingSourceType.VectorPoint if hasattr(Qgis, "ProcessingSourceType")
          else QgsProcessing.TypeVectorPoint)  # the scoped enum from QGIS 3.36 on


class AirAlgorithm(VraemAlgorithm):
    def group_id(self):
        return "air"

    def group_name(self):
        return tr("Air picture")

    def add_fixes_parameters(self, input_name, label, optional=False):
        self.addParameter(QgsProcessingParameterFeatureSource(input_name, label, [POINTS],
                                                              optional=optional))
        self.addParameter(QgsProcessingParameterField("TIME_FIELD", tr("Time field (date-time, ISO 8601 text or "
                                                                       "epoch seconds)"),
                                                      parentLayerParameterName=input_name, optional=optional))
        self.addParameter(QgsProcessingParameterField("TRACK_FIELD", tr("Track field (fixes grouped into tracks)"),
                                                      parentLayerParameterName=input_name, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ZONE", tr("Zone (default: the project's zone, else the bundled approximate zone)"), [POLYGONS],
            optional=True))

    def add_track_settings(self):
        self.addParameter(QgsProcessingParameterNumber("STOP_MINUTES", tr("Ground stop: at least (minutes)"),
                                                       DOUBLE, 5.0, minValue=0.1))
        self.addParameter(QgsProcessingParameterNumber("STOP_RADIUS_M", tr("Ground stop: within (metres)"),
                                                       DOUBLE, 500.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            "MAX_SPEED_KT", tr("Suspect fix above (knots, faster than any light aircraft)"), DOUBLE,
            DEFAULT_MAX_SPEED_KT, minValue=1.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "AERODROMES", tr("Aerodromes (default: the bundled aerodromes)"), [POINTS], optional=True))

    def track_results(self, parameters, context, feedback, input_name):
        """(FixReading, [TrackResult], zone Region) for the fixes of `input_name`."""
        source = self.parameterAsSource(parameters, input_name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, input_name))
        project = context.project() or QgsProject.instance()
        time_field = self.parameterAsString(parameters, "TIME_FIELD", context)
        track_field = self.parameterAsString(parameters, "TRACK_FIELD", context) or None
        max_speed = (self.parameterAsDouble(parameters, "MAX_SPEED_KT", context) if "MAX_SPEED_KT" in parameters
                     else DEFAULT_MAX_SPEED_KT)
        reading = fixes.read_tracks(source, time_field, track_field, max_speed, feedback, project)
        zone_source = self.parameterAsSource(parameters, "ZONE", context)
        zone = regions.zone_region(zone_source, project)
        settings = tracks.AirSettings(
            stop_minutes=self.parameterAsDouble(parameters, "STOP_MINUTES", context) if "STOP_MINUTES" in parameters
            else 5.0,
            stop_radius_m=self.parameterAsDouble(parameters, "STOP_RADIUS_M", context)
            if "STOP_RADIUS_M" in parameters else 500.0)
        aerodrome_source = self.parameterAsSource(parameters, "AERODROMES", context)
        places = places_of(aerodrome_source, project) if aerodrome_source is not None else bundled_aerodromes()
        aerodromes = tracks.Aerodromes([(p.ident, p.name, p.lon, p.lat) for p in places], Geodesic())
        results = tracks.analyse_tracks(reading, zone, regions.neighbour_regions(), aerodromes, settings, feedback)
        feedback.pushInfo(tr("{tracks} tracks from {fixes} fixes; {duplicates} duplicate times and {suspects} "
                             "suspect fixes left out; {skipped} tracks skipped.").format(
            tracks=len(results), fixes=reading.fixes, duplicates=reading.duplicates, suspects=reading.suspects,
            skipped=len(reading.skipped)))
        return reading, results, zone


def _text(feature, names, default):
    for name in names:
        index = feature.fields().lookupField(name)
        if index >= 0 and feature.attribute(index) not in (None, "") and str(feature.attribute(index)) != "NULL":
            return str(feature.attribute(index))
    return default


def places_of(source, project=None, keep=None):
    """[Place] of a point source (any CRS): ident from a field ident/icao/code/id, else the feature id."""
    project = project or QgsProject.instance()
    request = QgsFeatureRequest().setDestinationCrs(WGS84, project.transformContext())
    places = []
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        point = geometry.asMultiPoint()[0] if geometry.isMultipart() else geometry.asPoint()
        ident = _text(feature, ("ident", "icao", "code", "id"), str(feature.id()))
        if keep is not None and not keep(feature):
            continue
        places.append(Place(ident, _text(feature, ("name", "nombre"), ident), point.x(), point.y()))
    return places


def bundled_aerodromes(keep=None):
    """The bundled aerodromes as places (the GeoPackage is opened read-only, filtered here)."""
    return places_of(reference.bundled_layer("aerodromes"), keep=keep)


def fields_of(*specs):
    fields = QgsFields()
    for name, kind in specs:
        fields.append(QgsField(name, kind))
    return fields


def utc(seconds):
    """QDateTime (UTC) of epoch seconds; None stays None (a NULL attribute)."""
    if seconds is None:
        return None
    return QDateTime.fromMSecsSinceEpoch(int(round(seconds * 1000.0)), Qt.TimeSpec.UTC)


def feature_of(fields, geometry, values):
    feature = QgsFeature(fields)
    if geometry is not None:
        feature.setGeometry(geometry)
    feature.setAttributes(list(values))
    return feature


def point(lon, lat):
    return QgsGeometry.fromPointXY(QgsPointXY(lon, lat))


__all__ = ["AirAlgorithm", "bundled_aerodromes", "feature_of", "fields_of", "places_of", "point", "utc", "write",
           "field_types"]
write = _write
