"""vraem:importplan — an eradication plan read from a file, its fields mapped to the plan schema."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ...core import plans
from ...i18n import tr
from ..base import POLYGONS
from .common import LayersAlgorithm


class ImportPlanAlgorithm(LayersAlgorithm):
    NAME = "importplan"
    INPUT = "INPUT"
    FIELD_MAP = "FIELD_MAP"
    OUTPUT = "OUTPUT"
    COUNT = "COUNT"

    def display_name(self):
        return tr("Load eradication plan")

    def help(self):
        return tr("Imports an eradication plan from GeoPackage, Shapefile, GeoJSON, KML or CSV with a WKT "
                  "column and maps its fields to the plan schema. Field map: 'sector_id=CODE;status=ESTADO' "
                  "(fields not given are recognised by name). The source file is only read.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(self.INPUT, tr("Plan file")))
        self.addParameter(QgsProcessingParameterString(self.FIELD_MAP, tr("Field map (schema=source;...)"),
                                                       optional=True, defaultValue=""))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Eradication plan"), POLYGONS))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Sectors")))

    def run_algorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        layer = plans.import_plan(path, field_map=self.field_map(parameters, context), feedback=feedback)
        dest_id = self.write_layer(parameters, context, feedback, self.OUTPUT, layer)
        return {self.OUTPUT: dest_id, self.COUNT: layer.featureCount()}

    def field_map(self, parameters, context):
        """{schema field: source field} from 'schema=source;...'."""
        field_map = {}
        for item in (self.parameterAsString(parameters, self.FIELD_MAP, context) or "").split(";"):
            if not item.strip():
                continue
            if "=" not in item:
                raise QgsProcessingException(tr("Field map entries look like schema_field=source_field: {item}")
                                             .format(item=item))
            target, source = item.split("=", 1)
            field_map[target.strip()] = source.strip()
        return field_map
