"""vraem:interceptreach — interception reach from bases: geodesic isochrone rings and, for tracks
given, the earliest time an interceptor could reach each aircraft after it entered the zone."""

from qgis.core import (
    Qgis,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core import field_types
from ...core.air import reach
from ...core.air.geodesy import WGS84, Geodesic
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
                                                       defaultValue="15, 30, 60"))
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
        geodesic = Geodesic()
        rings = []
        for base in bases:
            for value in minutes:
                radius = reach.isochrone_km(speed, reaction, value)
                if radius <= 0:
                    feedback.pushWarning(tr("No ring for {minutes:g} min: the interceptor is still on the ground "
                                            "(reaction {reaction:g} min).").format(minutes=value, reaction=reaction))
                    continue
                rings.append(feature_of(ring_fields, reach.ring(geodesic, base, radius),
                                        [base.ident, base.name, value, radius, speed, reaction]))
        if sink is not None:
            self.write_features(sink, sink_id, rings, feedback)
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
