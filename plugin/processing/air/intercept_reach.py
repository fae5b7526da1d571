"""vraem:interceptreach — interception reach from bases: geodesic isochrone rings and, for tracks
given, the earliest time an interceptor could reach each aircraft after it entered the zone."""

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRendererCategory,
    QgsVectorLayer,
)

from ...core import field_types
from ...core.air import reach
from ...core.air.geodesy import WGS84
from ...core.air.picture import default_bases, places_of
from ...core.errors import VraemError
from ...i18n import tr
from ..base import DOUBLE
from .common import POINTS, AirAlgorithm, feature_of, fields_of, point, utc

RING_FIELDS = (("base", field_types.STRING), ("name", field_types.STRING), ("minutes", field_types.DOUBLE),
               ("radius_km", field_types.DOUBLE), ("speed_kt", field_types.DOUBLE),
               ("reaction_min", field_types.DOUBLE))
INTERCEPT_FIELDS = (("track_id", field_types.STRING), ("entry_time", field_types.DATETIME),
                    ("exit_time", field_types.DATETIME), ("intercept_time", field_types.DATETIME),
                    ("minutes_after_entry", field_types.DOUBLE), ("base", field_types.STRING),
                    ("before_exit", field_types.BOOL))


# Outlines only, darker for the nearer rings: they must not hide the zone and the tracks under them.
RING_COLOURS = ("0,109,44", "49,163,84", "116,196,118", "161,217,155", "199,233,192")


def grounded_text(minutes, reaction_min):
    return tr("No ring for {minutes:g} min: the interceptor is still on the ground (reaction {reaction:g} min).").format(
        minutes=minutes, reaction=reaction_min)


def isochrone_features(fields, rings, speed_kt, reaction_min):
    """Features of reach.isochrones() with the fields of OUTPUT_RINGS."""
    return [feature_of(fields, one.geometry, [one.base.ident, one.base.name, one.minutes, one.radius_km, speed_kt,
                                              reaction_min]) for one in rings]


def isochrone_layer(rings, speed_kt, reaction_min):
    """Memory layer (WGS84) of isochrone rings as OUTPUT_RINGS writes them, one outline colour per minutes value
    (the dock and the report sheet show it); None without rings."""
    if not rings:
        return None
    layer = QgsVectorLayer(f"Polygon?crs={WGS84.authid()}", tr("Interception reach at {speed:g} kt, {reaction:g} "
                                                                 "min reaction").format(speed=speed_kt,
                                                                                        reaction=reaction_min),
                           "memory")
    fields = fields_of(*RING_FIELDS)
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    layer.dataProvider().addFeatures(isochrone_features(fields, rings, speed_kt, reaction_min))
    layer.updateExtents()
    minutes = sorted({one.minutes for one in rings})
    categories = []
    for number, value in enumerate(minutes):
        symbol = QgsFillSymbol.createSimple({"style": "no", "outline_width": "0.6",
                                             "outline_color": RING_COLOURS[min(number, len(RING_COLOURS) - 1)]})
        categories.append(QgsRendererCategory(value, symbol, tr("{minutes:g} min after the alert").format(
            minutes=value)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("minutes", categories))
    return layer


class InterceptReachAlgorithm(AirAlgorithm):
    NAME = "interceptreach"

    def display_name(self):
        return tr("Interception reach from bases")

    def help(self):
        return tr(
            "Where interceptors from the bases can be within given minutes of an alert, and, for flight tracks, "
            "the earliest time one could reach each aircraft after it entered the zone.\n\n"
            "Bases: any point layer; by default the bundled aerodromes of Pichari, Palmapampa and Mazamari.\n"
            "Interceptor speed (knots) and Reaction time (minutes from the alert to take-off): interception "
            "radii are not published, so these are yours to give; there is no default.\n"
            "Minutes: a list such as 15, 30, 60; one ring per base and value, at the ground distance flown in "
            "that time after take-off (geodesic on WGS84).\n"
            "Tracks: optional position fixes with their time and track fields (as in Flight tracks against "
            "the zone). The alert is the track's first entry into the zone; an interceptor leaves every base "
            "after the reaction time and flies the geodesic at its speed; the earliest meeting over all bases "
            "is given, with whether it comes before the aircraft leaves the zone.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "BASES", tr("Bases (default: Pichari, Palmapampa and Mazamari aerodromes)"), [POINTS], optional=True))
        self.addParameter(QgsProcessingParameterNumber("SPEED_KT", tr("Interceptor speed (knots)"), DOUBLE,
                                                       minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber("REACTION_MIN", tr("Reaction time (minutes)"), DOUBLE,
                                                       minValue=0.0))
        self.addParameter(QgsProcessingParameterString("MINUTES", tr("Minutes after the alert (list)"),
                                                       defaultValue=reach.DEFAULT_MINUTES))
        self.add_fixes_parameters("TRACKS", tr("Flight tracks (position fixes)"), optional=True)
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_RINGS", tr("Interception rings")))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_INTERCEPTS", tr("Earliest interceptions"),
                                                            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("TRACKS_IN_ZONE", tr("Tracks in the zone")))
        self.addOutput(QgsProcessingOutputNumber("INTERCEPTED_BEFORE_EXIT",
                                                 tr("Tracks reachable before they leave the zone")))

    def run_algorithm(self, parameters, context, feedback):
        speed = self.parameterAsDouble(parameters, "SPEED_KT", context)
        reaction = self.parameterAsDouble(parameters, "REACTION_MIN", context)
        reach.check_interceptor(speed, reaction)
        minutes = reach.parse_minutes(self.parameterAsString(parameters, "MINUTES", context))
        source = self.parameterAsSource(parameters, "BASES", context)
        bases = places_of(source, context.project()) if source is not None else default_bases()
        if not bases:
            raise VraemError(tr("There are no bases to fly from."))
        ring_fields = fields_of(*RING_FIELDS)
        sink, sink_id = self.parameterAsSink(parameters, "OUTPUT_RINGS", context, ring_fields, Qgis.WkbType.Polygon,
                                             WGS84)
        outputs = {}
        rings, grounded = reach.isochrones(bases, speed, reaction, minutes)
        for value in grounded:
            feedback.pushWarning(grounded_text(value, reaction))
        if sink is not None:
            self.write_features(sink, sink_id, isochrone_features(ring_fields, rings, speed, reaction), feedback)
            outputs["OUTPUT_RINGS"] = sink_id
        found = []
        if self.parameterAsSource(parameters, "TRACKS", context) is not None:
            picture = self.air_picture(parameters, context, feedback, "TRACKS", aerodromes=[])
            found = reach.interception(picture.results, bases, speed, reaction, feedback)
            fields = fields_of(*INTERCEPT_FIELDS)
            intercepts, intercepts_id = self.parameterAsSink(parameters, "OUTPUT_INTERCEPTS", context, fields,
                                                             Qgis.WkbType.Point, WGS84)
            if intercepts is not None:
                rows = (feature_of(fields, point(i.lon, i.lat) if i.time is not None else None,
                                   [i.track_id, utc(i.entry_time), utc(i.exit_time), utc(i.time),
                                    i.minutes_after_entry, i.base or None, i.before_exit])
                        for i in found)
                self.write_features(intercepts, intercepts_id, rows, feedback)
                outputs["OUTPUT_INTERCEPTS"] = intercepts_id
        outputs.update({"TRACKS_IN_ZONE": len(found),
                        "INTERCEPTED_BEFORE_EXIT": sum(1 for i in found if i.before_exit)})
        return outputs
