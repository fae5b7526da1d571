"""vraem:borderreach — border reach from airstrips: distance to each neighbour, minutes at cruise,
whether an aircraft profile's usable range covers it, and geodesic range rings."""

from qgis.core import (
    Qgis,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProject,
)

from ...core import field_types
from ...core.air import profiles, reach, regions
from ...core.air.geodesy import WGS84, Geodesic
from ...core.air.picture import aerodromes_in_bundled_zone, places_of
from ...core.errors import VraemError
from ...i18n import tr
from ..base import DOUBLE
from .common import POINTS, AirAlgorithm, feature_of, fields_of, point

PROFILE_KEYS = ["c206", "c210", "pa34", profiles.CUSTOM_KEY]
REACH_FIELDS = (("ident", field_types.STRING), ("name", field_types.STRING), ("neighbour", field_types.STRING),
                ("border_km", field_types.DOUBLE), ("flight_min", field_types.DOUBLE),
                ("reachable", field_types.BOOL), ("profile", field_types.STRING),
                ("cruise_kt", field_types.DOUBLE), ("range_km", field_types.DOUBLE),
                ("usable_km", field_types.DOUBLE), ("source", field_types.STRING))
RING_FIELDS = (("ident", field_types.STRING), ("name", field_types.STRING), ("profile", field_types.STRING),
               ("radius_km", field_types.DOUBLE), ("reserve_pct", field_types.DOUBLE))


class BorderReachAlgorithm(AirAlgorithm):
    NAME = "borderreach"

    def display_name(self):
        return tr("Border reach from airstrips")

    def help(self):
        return tr(
            "For each airstrip and each neighbour of Peru (Bolivia, Brazil, Colombia, Ecuador, Chile, from QGIS's "
            "world map): the shortest geodesic distance on WGS84 to that country's territory, the minutes at "
            "the profile's cruise speed, and whether the usable range (range × (1 − reserve)) covers it.\n\n"
            "Airstrips: any point layer; by default the bundled aerodromes inside the approximate zone "
            "(OurAirports: registered aerodromes, not clandestine strips).\n"
            "Aircraft profile: Cessna 206, Cessna 210, Piper Seneca (cruise speed and range from secondary "
            "sources, each with its source) or the custom profile saved in the project.\n"
            "Fuel reserve: the share of the range kept in reserve (default 10 %).\n\n"
            "Outputs: one point per airstrip and neighbour, and the range rings: polygons whose vertices are at "
            "the usable range as true ground distance from each airstrip.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Airstrips (default: the bundled aerodromes inside the zone)"), [POINTS], optional=True))
        profile = QgsProcessingParameterEnum("PROFILE", tr("Aircraft profile (c206, c210, pa34 or custom)"),
                                             options=PROFILE_KEYS, defaultValue="c206")
        profile.setUsesStaticStrings(True)
        self.addParameter(profile)
        self.addParameter(QgsProcessingParameterNumber("RESERVE_PCT", tr("Fuel reserve (% of the range)"), DOUBLE,
                                                       10.0, minValue=0.0, maxValue=99.0))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Border reach")))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_RINGS", tr("Range rings"), optional=True,
                                                            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("POINTS", tr("Airstrips")))
        self.addOutput(QgsProcessingOutputNumber("REACHABLE", tr("Airstrip–neighbour pairs within range")))

    def run_algorithm(self, parameters, context, feedback):
        project = context.project() or QgsProject.instance()
        source = self.parameterAsSource(parameters, "INPUT", context)
        places = places_of(source, project) if source is not None else aerodromes_in_bundled_zone()
        if not places:
            raise VraemError(tr("There are no airstrips to measure from."))
        profile = profiles.get_profile(self.parameterAsString(parameters, "PROFILE", context), project)
        reserve = self.parameterAsDouble(parameters, "RESERVE_PCT", context)
        usable = reach.usable_range_km(profile, reserve)
        feedback.pushInfo(tr("Profile {label}: cruise {kt:g} kt, range {km:,.0f} km, usable {usable:,.0f} km "
                             "({source}).").format(label=profile.label, kt=profile.cruise_kt, km=profile.range_km,
                                                   usable=usable, source=profile.source))
        rows = reach.border_reach(places, regions.neighbour_regions(), profile, reserve, feedback)
        reach_fields = fields_of(*REACH_FIELDS)
        sink, sink_id = self.parameterAsSink(parameters, "OUTPUT", context, reach_fields, Qgis.WkbType.Point, WGS84)
        outputs = {}
        if sink is not None:
            self.write_features(sink, sink_id, (feature_of(reach_fields, point(r.place.lon, r.place.lat),
                                    [r.place.ident, r.place.name, r.neighbour, r.border_km, r.flight_min, r.reachable,
                                     profile.key, profile.cruise_kt, profile.range_km, usable, profile.source])
                         for r in rows), feedback)
            outputs["OUTPUT"] = sink_id
        ring_fields = fields_of(*RING_FIELDS)
        rings, rings_id = self.parameterAsSink(parameters, "OUTPUT_RINGS", context, ring_fields,
                                               Qgis.WkbType.Polygon, WGS84)
        if rings is not None:
            geodesic = Geodesic()
            self.write_features(rings, rings_id, (feature_of(ring_fields, reach.ring(geodesic, place, usable),
                                     [place.ident, place.name, profile.key, usable, reserve]) for place in places),
                  feedback)
            outputs["OUTPUT_RINGS"] = rings_id
        outputs.update({"POINTS": len(places), "REACHABLE": sum(1 for r in rows if r.reachable)})
        return outputs
