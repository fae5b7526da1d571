"""Shared base for every VRAEM Processing algorithm: translated names, groups and help."""

import traceback

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
)

from ..core.cycles import collector_paused
from ..core.errors import VraemError
from ..core.postgis import LayerOrigin
from ..core.snapshot import feature_source
from ..i18n import tr
from .checks import parameter_problem
from .outputs import RunOutputs

# The algorithms' enum values, named once (scoped: QGIS 3.40 and QGIS 4 both have them).
NO_THREADING = Qgis.ProcessingAlgorithmFlag.NoThreading
VECTOR = Qgis.ProcessingSourceType.Vector
POLYGONS = Qgis.ProcessingSourceType.VectorPolygon
POINTS = Qgis.ProcessingSourceType.VectorPoint
ANY_GEOMETRY = Qgis.ProcessingSourceType.VectorAnyGeometry
INTEGER = Qgis.ProcessingNumberParameterType.Integer
DOUBLE = Qgis.ProcessingNumberParameterType.Double
SKIP_VALIDITY_CHECKS = Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
# The widget type under which the plugin registers its parameter-set widget (plugin/gui/processing_widgets.py).
PARAMETER_SET_WIDGET = "vraem_parameter_set"


def parameter_set_widget_metadata():
    """Metadata of an enum of parameter-set keys (vraem, national, custom) with static strings: Processing
    dialogs then show each set by its translated label, while the value stays the key."""
    gui_module = __package__.rsplit(".", 1)[0] + ".gui.processing_widgets"  # named, not imported: no GUI here
    return {"widget_wrapper": {"widget_type": PARAMETER_SET_WIDGET, "class": gui_module + ".ParameterSetDialogWidget"}}


class UncheckedSource:
    """A Processing feature source read without the context's invalid-geometry check.

    Processing's default check stops an algorithm at the first invalid geometry; the engine
    instead repairs invalid geometries in memory and counts them, so it must be given them.
    Everything else is the source's own. origin: the LayerOrigin of the layer behind it when
    Processing reads that layer unchanged (a database layer may then be measured in place), else None.
    layer: that layer when Processing applies nothing to its features; one feature source of it
    (snapshot.feature_source) then serves every request of the run. Why: through Processing, each
    request builds a new one (the layer's fields, provider source and edit buffer copied), 0.08 ms a
    request, 300 of them for an overlap with 300 buffers.
    """

    def __init__(self, source, origin=None, layer=None):
        self._source = source
        self._origin = origin
        self._layer_features = feature_source(layer) if layer is not None else None

    def origin(self):
        return self._origin

    def getFeatures(self, request=None):
        request = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
        if self._layer_features is None:
            return self._source.getFeatures(request, SKIP_VALIDITY_CHECKS)
        request.setInvalidGeometryCheck(Qgis.InvalidGeometryCheck.NoCheck)
        return self._layer_features.getFeatures(request)

    def __getattr__(self, name):
        return getattr(self._source, name)


class VraemAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, and implement display_name(), group_id()/group_name(), help() and run_algorithm()."""

    NAME = ""
    outputs = None  # the RunOutputs of the run under way

    def processAlgorithm(self, parameters, context, feedback):
        # Every output goes through RunOutputs: refused when it is an input, written beside its
        # target, checked, and moved into place only when the whole run succeeded.
        try:
            with collector_paused():
                self.outputs = RunOutputs(self, parameters, context)
                try:
                    results = self.run_algorithm(self.outputs.parameters, context, feedback)
                except BaseException as error:
                    # the traceback's frames hold the run's sinks and feature iterators: free them now, so
                    # files close and connections return to their pool before the temporary files go
                    traceback.clear_frames(error.__traceback__)
                    self.outputs.discard()
                    raise
                return self.outputs.commit(results, feedback)
        except VraemError as error:
            # the engine's errors carry translated messages: Processing shows them as its own
            raise QgsProcessingException(str(error)) from None
        finally:
            self.outputs = None

    def write_features(self, sink, dest_id, features, feedback):
        """Write features to a sink of this run, every write checked (see RunOutputs)."""
        self.outputs.write_features(sink, dest_id, features, feedback)

    def checkParameterValues(self, parameters, context):
        # say which file or number is wrong, and why, before Processing's terse English checks
        problem = parameter_problem(self, parameters, context)
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def run_algorithm(self, parameters, context, feedback):
        raise NotImplementedError

    def tr(self, text):
        return tr(text)

    def parameterAsUncheckedSource(self, parameters, name, context):
        """parameterAsSource, read without the invalid-geometry check (None when not given).

        "Selected features only" with nothing selected is refused: it would give zeros without a word."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None
        value = parameters.get(name)
        if (isinstance(value, QgsProcessingFeatureSourceDefinition) and value.selectedFeaturesOnly
                and source.featureCount() == 0):
            raise VraemError(tr("{parameter}: 'Selected features only' is ticked but no feature is selected.")
                             .format(parameter=self.parameterDefinition(name).description()))
        layer = self.parameterAsVectorLayer(parameters, name, context)
        unfiltered = self.unfiltered_layer(parameters, name, context)
        return UncheckedSource(source, LayerOrigin.of(layer, unfiltered is None) if layer is not None else None,
                               unfiltered)

    def unfiltered_layer(self, parameters, name, context):
        """The layer of a source parameter when Processing applies nothing to its features (selection,
        feature limit, filter, flags), so that reading the layer reads the same; else None."""
        value = parameters.get(name)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            # any flag (e.g. its own invalid-geometry check) changes what is read: keep the source
            if (value.selectedFeaturesOnly or value.featureLimit != -1 or getattr(value, "filterExpression", "")
                    or bool(value.flags)):
                return None
        return self.parameterAsVectorLayer(parameters, name, context)

    def destinationOf(self, parameters, name, context):
        """Where the destination parameter `name` writes ("" when it is skipped), registering nothing.

        Evaluated on a scratch context: parameterAsOutputLayer also registers the destination for
        loading when the run ends, and a destination registered without being written is what the
        Processing dialog reports as "not correctly generated" (e.g. "memory:Areas per feature")."""
        scratch = QgsProcessingContext()
        scratch.copyThreadSafeSettings(context)
        return self.parameterAsOutputLayer(parameters, name, scratch)

    def createInstance(self):
        return type(self)()

    def name(self):
        return self.NAME

    def displayName(self):
        return self.display_name()

    def group(self):
        return self.group_name()

    def groupId(self):
        return self.group_id()

    def shortHelpString(self):
        return self.help()

    def display_name(self):
        raise NotImplementedError

    def group_id(self):
        raise NotImplementedError

    def group_name(self):
        raise NotImplementedError

    def help(self):
        raise NotImplementedError
