"""What the layer algorithms share: their group, copying a layer into a sink, and the zone outputs
(declared once for the algorithms that build the zone)."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
)

from ...i18n import tr
from ..base import POLYGONS, VraemAlgorithm


class LayersAlgorithm(VraemAlgorithm):
    def group_id(self):
        return "layers"

    def group_name(self):
        return tr("Reference layers and zone")

    def write_layer(self, parameters, context, feedback, name, layer):
        """Copy every feature of `layer` into the sink `name` (each write checked); its destination id."""
        sink, dest_id = self.parameterAsSink(parameters, name, context, layer.fields(), layer.wkbType(), layer.crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        self.write_features(sink, dest_id, layer.getFeatures(), feedback)
        return dest_id


class ZoneBuildingAlgorithm(LayersAlgorithm):
    """An algorithm whose result is the zone dissolved from districts, with the districts found."""

    OUTPUT_ZONE = "OUTPUT_ZONE"
    OUTPUT_DISTRICTS = "OUTPUT_DISTRICTS"
    AREA_M2 = "AREA_M2"
    MATCHED = "MATCHED"
    UNMATCHED = "UNMATCHED"
    UNMATCHED_NAMES = "UNMATCHED_NAMES"
    METHOD = "METHOD"

    def add_zone_outputs(self):
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_ZONE, tr("VRAEM zone"), POLYGONS))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_DISTRICTS, tr("VRAEM districts"), POLYGONS))
        self.addOutput(QgsProcessingOutputNumber(self.AREA_M2, tr("Zone area (m²)")))
        self.addOutput(QgsProcessingOutputNumber(self.MATCHED, tr("Districts matched")))
        self.addOutput(QgsProcessingOutputString(self.UNMATCHED, tr("Districts not matched (UBIGEO)")))
        self.addOutput(QgsProcessingOutputString(self.UNMATCHED_NAMES, tr("Districts not matched (names)")))
        self.addOutput(QgsProcessingOutputString(self.METHOD, tr("Matching method")))

    def zone_results(self, parameters, context, feedback, result):
        """Write the zone and its districts, report what was not found; the outputs declared above."""
        zone_id = self.write_layer(parameters, context, feedback, self.OUTPUT_ZONE, result.zone_layer)
        districts_id = self.write_layer(parameters, context, feedback, self.OUTPUT_DISTRICTS, result.district_layer)
        feedback.pushInfo(tr("Zone area: {km2:,.1f} km² ({ha:,.0f} ha), ellipsoidal").format(
            km2=result.area_m2 / 1e6, ha=result.area_m2 / 1e4))
        if result.unmatched:
            feedback.pushWarning(tr("{n} VRAEM districts were not found: {codes}").format(
                n=len(result.unmatched), codes="; ".join(result.unmatched_names())))
        return {self.OUTPUT_ZONE: zone_id, self.OUTPUT_DISTRICTS: districts_id, self.AREA_M2: result.area_m2,
                self.MATCHED: len(result.matched), self.UNMATCHED: ", ".join(result.unmatched),
                self.UNMATCHED_NAMES: "; ".join(result.unmatched_names()),
                self.METHOD: f"{result.match_method}:{result.match_field or ''}"}
