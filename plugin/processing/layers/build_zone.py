"""vraem:buildzone — the zone dissolved from the VRAEM districts found in a district boundary layer."""

from qgis.core import QgsProcessingParameterVectorLayer

from ...core import districts
from ...i18n import tr
from ..base import POLYGONS
from .common import ZoneBuildingAlgorithm


class BuildZoneAlgorithm(ZoneBuildingAlgorithm):
    NAME = "buildzone"
    INPUT = "INPUT"

    def display_name(self):
        return tr("Build VRAEM zone from district boundaries")

    def help(self):
        return tr("Finds the 79 VRAEM districts in any polygon layer of Peruvian districts (by UBIGEO field, "
                  "or by names with province and department) and dissolves them into the zone. Reports the "
                  "districts that were not found. The input layer is never modified.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer(self.INPUT, tr("District boundaries"), [POLYGONS]))
        self.add_zone_outputs()

    def run_algorithm(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        result = districts.build_zone_from_districts(layer, feedback)
        return self.zone_results(parameters, context, feedback, result)
