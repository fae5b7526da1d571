"""vraem:flighttracks — flight tracks against the zone: one line per track, one point per event."""

from qgis.core import (
    Qgis,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from ...core import field_types
from ...core.air.geodesy import WGS84
from ...core.air.picture import places_of
from ...core.air.tracks import AirSettings
from ...i18n import tr
from .common import AirAlgorithm, feature_of, fields_of, point, utc

TRACK_FIELDS = (("track_id", field_types.STRING), ("start_time", field_types.DATETIME),
                ("end_time", field_types.DATETIME), ("duration_min", field_types.DOUBLE),
                ("length_km", field_types.DOUBLE), ("entered_zone", field_types.BOOL),
                ("entry_time", field_types.DATETIME), ("exit_time", field_types.DATETIME),
                ("minutes_in_zone", field_types.DOUBLE), ("km_in_zone", field_types.DOUBLE),
                ("zone_entries", field_types.INT), ("stops_in_zone", field_types.INT),
                ("max_speed_kt", field_types.DOUBLE), ("crossed_into", field_types.STRING),
                ("border_time", field_types.DATETIME), ("duplicate_times", field_types.INT),
                ("suspect_fixes", field_types.INT))
EVENT_FIELDS = (("track_id", field_types.STRING), ("kind", field_types.STRING), ("time", field_types.DATETIME),
                ("detail", field_types.STRING))


def track_values(result):
    return [result.track_id, utc(result.start_time), utc(result.end_time), result.duration_min, result.length_km,
            result.entered_zone, utc(result.entry_time), utc(result.exit_time), result.minutes_in_zone,
            result.km_in_zone, len(result.zone), result.stops_in_zone, result.max_speed_kt,
            result.crossed_into or None, utc(result.border_time), result.duplicates, result.suspect_fixes]


def picture_layers(air, fixes_name):
    """Memory layers (WGS84) of an AirPicture's tracks and events, fields as this algorithm writes them, fixed
    styles (the dock and the report sheet show them)."""
    tracks = QgsVectorLayer(f"LineString?crs={WGS84.authid()}", tr("Flight tracks of {name}").format(name=fixes_name),
                            "memory")
    events = QgsVectorLayer(f"Point?crs={WGS84.authid()}", tr("Flight events of {name}").format(name=fixes_name),
                            "memory")
    track_fields, event_fields = fields_of(*TRACK_FIELDS), fields_of(*EVENT_FIELDS)
    for layer, fields in ((tracks, track_fields), (events, event_fields)):
        layer.dataProvider().addAttributes(fields.toList())
        layer.updateFields()
    tracks.dataProvider().addFeatures([feature_of(track_fields, r.geometry(), track_values(r)) for r in air.results])
    events.dataProvider().addFeatures([
        feature_of(event_fields, point(e.lon, e.lat), [e.track_id, e.kind, utc(e.time), e.detail])
        for r in air.results for e in r.events])
    tracks.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({"line_color": "200,30,30",
                                                                            "line_width": "0.6"})))
    events.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "255,200,0", "outline_color": "60,60,60", "size": "2.4"})))
    return tracks, events


class FlightTracksAlgorithm(AirAlgorithm):
    NAME = "flighttracks"

    def display_name(self):
        return tr("Flight tracks against the zone")

    def help(self):
        return tr(
            "Turns position fixes (GPX track points, KML, CSV lat/lon, any point layer) into flight tracks and "
            "measures them against the no-fly zone.\n\n"
            "Time field: a date-time field, ISO 8601 text (e.g. 2024-05-01T06:30:00Z; without an offset it is "
            "taken as UTC) or epoch seconds. Track field: optional; fixes with the same value form one track, "
            "ordered by time.\n"
            "Zone: by default the project's zone, else the bundled approximate zone.\n"
            "Ground stop: the aircraft stays within the radius of a fix for at least the minutes given; the "
            "nearest aerodrome is named.\n"
            "Suspect fix: a fix reached faster than this speed from the previous plausible fix is left out and "
            "listed as a suspect_fix event (the default, 300 kt, is far above the cruise of the light aircraft "
            "of drug flights, 142–165 kt; it is a plausibility limit, not a published figure).\n\n"
            "Segments between fixes are geodesics on WGS84. Entry and exit points are where a segment crosses "
            "the zone boundary; their times are interpolated along the segment by distance. Fixes out of time "
            "order are sorted, repeated times are left out and counted, tracks with a single fix or crossing "
            "the antimeridian are skipped with a message. Border crossings are into Bolivia, Brazil, Colombia, "
            "Ecuador or Chile (QGIS's world map).\n\n"
            "Outputs: the tracks (lines) with times, minutes and km in the zone, entries, stops, maximum speed and "
            "the first neighbour entered; the events (points: zone_entry, zone_exit, stop, border_crossing, "
            "suspect_fix). The input is only read.")

    def initAlgorithm(self, config=None):
        self.add_fixes_parameters("INPUT", tr("Position fixes"))
        self.add_stop_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_TRACKS", tr("Flight tracks")))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_EVENTS", tr("Flight events"), optional=True,
                                                            createByDefault=True))
        for name, label in (("TRACKS", tr("Tracks")), ("TRACKS_IN_ZONE", tr("Tracks in the zone")),
                            ("MINUTES_IN_ZONE", tr("Minutes in the zone, all tracks")),
                            ("SUSPECT_FIXES", tr("Suspect fixes left out")),
                            ("DUPLICATE_TIMES", tr("Fixes with a repeated time left out")),
                            ("SKIPPED_TRACKS", tr("Tracks skipped"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def run_algorithm(self, parameters, context, feedback):
        settings = AirSettings(stop_minutes=self.parameterAsDouble(parameters, "STOP_MINUTES", context),
                               stop_radius_m=self.parameterAsDouble(parameters, "STOP_RADIUS_M", context))
        aerodromes = self.parameterAsSource(parameters, "AERODROMES", context)
        picture = self.air_picture(parameters, context, feedback, "INPUT", settings=settings,
                                   aerodromes=places_of(aerodromes, context.project()) if aerodromes else None)
        reading, results = picture.reading, picture.results
        track_fields = fields_of(*TRACK_FIELDS)
        sink, sink_id = self.parameterAsSink(parameters, "OUTPUT_TRACKS", context, track_fields,
                                             Qgis.WkbType.LineString, WGS84)
        outputs = {}
        if sink is not None:
            tracks = (feature_of(track_fields, r.geometry(), track_values(r)) for r in results)
            self.write_features(sink, sink_id, tracks, feedback)
            outputs["OUTPUT_TRACKS"] = sink_id
        event_fields = fields_of(*EVENT_FIELDS)
        events_sink, events_id = self.parameterAsSink(parameters, "OUTPUT_EVENTS", context, event_fields,
                                                      Qgis.WkbType.Point, WGS84)
        if events_sink is not None:
            events = (feature_of(event_fields, point(e.lon, e.lat), [e.track_id, e.kind, utc(e.time), e.detail])
                      for r in results for e in r.events)
            self.write_features(events_sink, events_id, events, feedback)
            outputs["OUTPUT_EVENTS"] = events_id
        outputs.update({"TRACKS": len(results), "TRACKS_IN_ZONE": picture.tracks_in_zone,
                        "MINUTES_IN_ZONE": picture.minutes_in_zone,
                        "SUSPECT_FIXES": reading.suspects, "DUPLICATE_TIMES": reading.duplicates,
                        "SKIPPED_TRACKS": len(reading.skipped)})
        return outputs
