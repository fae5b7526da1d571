"""vraem:newplan — an empty eradication-plan layer with the documented schema and form."""

from qgis.core import (
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ...core import plans
from ...i18n import tr
from .common import LayersAlgorithm


class NewPlanAlgorithm(LayersAlgorithm):
    NAME = "newplan"
    OUTPUT = "OUTPUT"
    LAYER_NAME = "LAYER_NAME"
    CRS = "CRS"
    LAYER = "LAYER"

    def display_name(self):
        return tr("New eradication plan")

    def help(self):
        return tr("Creates an empty eradication-plan layer in a GeoPackage with the documented schema: "
                  "sector_id, sector_name, plan_year, status (planned, in progress, eradicated, suspended), "
                  "agency, target_ha, notes; its form has a value map and constraints. An existing layer of "
                  "the same name is never overwritten.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("GeoPackage"), tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterString(self.LAYER_NAME, tr("Layer name"),
                                                       defaultValue=plans.DEFAULT_LAYER_NAME))
        self.addParameter(QgsProcessingParameterCrs(self.CRS, tr("CRS"), defaultValue="EPSG:4326"))
        self.addOutput(QgsProcessingOutputVectorLayer(self.LAYER, tr("Eradication plan")))

    def run_algorithm(self, parameters, context, feedback):
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        name = self.parameterAsString(parameters, self.LAYER_NAME, context) or plans.DEFAULT_LAYER_NAME
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        layer = plans.new_plan(path, crs=crs, layer_name=name)
        return {self.OUTPUT: path, self.LAYER: layer.source()}
