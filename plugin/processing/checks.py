"""Clear, translated reasons for bad parameter values, checked before Processing's own checks.

Processing says only "Incorrect parameter value for X" or "Could not load source layer for X … not
found" (in English, and "not found" even for a file that exists but is corrupt); the plugin can
say which file, and why.
"""

import os

from qgis.core import (
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProperty,
)

from ..core.atomic import file_of
from ..core.bundled import read_only_layer
from ..core.errors import VraemError
from ..core.numbers import finite_number
from ..i18n import tr

_LAYER_TYPES = ("source", "vector", "layer")


def _text_value(value):
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    return value if isinstance(value, str) else None


def _file_problem(label, value, context, as_layer):
    """Why the file named by `value` cannot be used, or None (also for layers of the project)."""
    project = context.project()
    if project is not None and (project.mapLayer(value) is not None or project.mapLayersByName(value)):
        return None
    path = file_of(value)
    if path is None or "://" in value:
        return None
    if not os.path.exists(path):
        return tr("{parameter}: the file {path} does not exist.").format(parameter=label, path=path)
    try:
        with open(path, "rb") as handle:
            handle.read(1)
    except OSError as error:
        return tr("{parameter}: the file {path} cannot be read ({error}).").format(
            parameter=label, path=path, error=error.strerror or error)
    if as_layer and not read_only_layer(value, "check").isValid():
        return tr("{parameter}: {path} is not a readable vector layer (corrupt, not a GIS file, or without the "
                  "layer named after '|layername=').").format(parameter=label, path=value)
    return None


def _number_problem(definition, value):
    low, high = definition.minimum(), definition.maximum()
    try:
        finite_number(value, definition.description(), low if low > -1e300 else None,
                      high if high < 1e300 else None)  # ±DBL_MAX: no bound
    except VraemError as error:
        return str(error)
    return None


def parameter_problem(algorithm, parameters, context):
    """The first translated reason why `parameters` cannot be used, or None."""
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination():
            continue
        value = parameters.get(definition.name())
        if value is None:
            continue
        problem = None
        if isinstance(definition, QgsProcessingParameterNumber):
            if not isinstance(value, QgsProperty):
                problem = _number_problem(definition, value)
        elif isinstance(definition, QgsProcessingParameterFile) or definition.type() in _LAYER_TYPES:
            text = _text_value(value)
            if text:
                problem = _file_problem(definition.description(), text, context,
                                        as_layer=definition.type() in _LAYER_TYPES)
        if problem:
            return problem
    return None
