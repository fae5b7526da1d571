"""vraem:addreferencelayers — the VRAEM group (zone, districts, towns, crossings, sample plan, countries)."""

from qgis.core import QgsProcessingException, QgsProcessingOutputMultipleLayers, QgsProcessingOutputString

from ...core import reference
from ...i18n import tr
from ..base import NO_THREADING
from .common import LayersAlgorithm


class AddReferenceLayersAlgorithm(LayersAlgorithm):
    NAME = "addreferencelayers"
    LAYERS = "LAYERS"
    GROUP = "GROUP"

    def display_name(self):
        return tr("Add VRAEM layers")

    def help(self):
        return tr("Adds the VRAEM group to the project: the approximate zone, district capitals, towns, "
                  "border crossings, the SAMPLE eradication plan and context countries, styled and labelled. "
                  "Running it again re-uses the group.")

    def flags(self):
        # It changes the project's layer tree, which must happen on the main thread.
        return super().flags() | NO_THREADING

    def initAlgorithm(self, config=None):
        self.addOutput(QgsProcessingOutputMultipleLayers(self.LAYERS, tr("Reference layers")))
        self.addOutput(QgsProcessingOutputString(self.GROUP, tr("Layer-tree group")))

    def run_algorithm(self, parameters, context, feedback):
        project = context.project()
        if project is None:
            raise QgsProcessingException(tr("There is no project to add the layers to."))
        layers = reference.add_reference_layers(project)
        feedback.pushInfo(tr("The zone is APPROXIMATE (Thiessen cells of district capitals); the eradication "
                             "plan is a SAMPLE (synthetic)."))
        return {self.LAYERS: [layer.id() for layer in layers.values()], self.GROUP: reference.GROUP_NAME}
