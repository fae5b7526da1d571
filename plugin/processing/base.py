"""Shared base for every VRAEM Processing algorithm: translated names, groups and help."""

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsProcessingAlgorithm,
    QgsProcessingException,
)

from ..core.errors import VraemError
from ..i18n import tr

# The algorithms' enum values, named once (scoped: QGIS 3.40 and QGIS 4 both have them).
NO_THREADING = Qgis.ProcessingAlgorithmFlag.NoThreading
VECTOR = Qgis.ProcessingSourceType.Vector
POLYGONS = Qgis.ProcessingSourceType.VectorPolygon
POINTS = Qgis.ProcessingSourceType.VectorPoint
ANY_GEOMETRY = Qgis.ProcessingSourceType.VectorAnyGeometry
INTEGER = Qgis.ProcessingNumberParameterType.Integer
DOUBLE = Qgis.ProcessingNumberParameterType.Double
SKIP_VALIDITY_CHECKS = Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks


class UncheckedSource:
    """A Processing feature source read without the context's invalid-geometry check.

    Processing's default check stops an algorithm at the first invalid geometry; the engine
    instead repairs invalid geometries in memory and counts them, so it must be given them.
    Everything else is the source's own.
    """

    def __init__(self, source):
        self._source = source

    def getFeatures(self, request=None):
        return self._source.getFeatures(request if request is not None else QgsFeatureRequest(),
                                        SKIP_VALIDITY_CHECKS)

    def __getattr__(self, name):
        return getattr(self._source, name)


class VraemAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, and implement display_name(), group_id()/group_name(), help() and run_algorithm()."""

    NAME = ""

    def processAlgorithm(self, parameters, context, feedback):
        # the engine's errors carry translated messages: Processing shows them as its own
        try:
            return self.run_algorithm(parameters, context, feedback)
        except VraemError as error:
            raise QgsProcessingException(str(error)) from error

    def run_algorithm(self, parameters, context, feedback):
        raise NotImplementedError

    def tr(self, text):
        return tr(text)

    def parameterAsUncheckedSource(self, parameters, name, context):
        """parameterAsSource, read without the invalid-geometry check (None when not given)."""
        source = self.parameterAsSource(parameters, name, context)
        return UncheckedSource(source) if source is not None else None

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
