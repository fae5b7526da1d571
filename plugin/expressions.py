"""Expression functions for the field calculator (registered on load, removed on unload).

vraem_leaf_tonnes(area_ha, parameter_set, level)      potential coca leaf, t/yr
vraem_cocaine_tonnes(area_ha, parameter_set, level)   potential cocaine HCl, t/yr
vraem_implied_kg_per_ha(hectares, tonnes)             kg cocaine per ha implied by a claim
parameter_set: 'vraem', 'national' or 'custom' (saved in the project); level: 'low', 'central', 'high'.
"""

from qgis.core import QgsExpression, QgsExpressionFunction, QgsProject

from .core.errors import VraemError
from .core.numbers import finite_number
from .core.yields import CUSTOM_KEY, custom_set, level_index, parameter_sets, potential_yield
from .i18n import tr

GROUP = "VRAEM Analyst"
_REGISTERED = []
_SETS = {}


def _bundled_sets():
    """Bundled parameter sets, built once: the field calculator calls a function per feature, and
    building the sets (even from yields' cached rows) costs about 60 µs."""
    if not _SETS:
        _SETS.update(parameter_sets(include_custom=False))
    return _SETS


def _parameter_set(key):
    if key == CUSTOM_KEY:
        pset = custom_set(QgsProject.instance())
        if pset is None:
            raise VraemError(tr("This project has no custom parameter set yet: create one with Custom… in the "
                                "VRAEM panel, or use 'vraem' or 'national'."))
        return pset
    pset = _bundled_sets().get(key)
    if pset is None:
        raise VraemError(tr("Unknown parameter set '{key}'; use vraem, national or custom.").format(key=key))
    return pset


def _tonnes(values, parent, cocaine):
    # NULL (or a missing argument) means the default, as the help says
    area_ha = values[0]
    key = values[1] if len(values) > 1 and values[1] not in (None, "") else "vraem"
    level = values[2] if len(values) > 2 and values[2] not in (None, "") else "central"
    if area_ha is None:
        return None
    try:
        pset = _parameter_set(str(key))
        hectares = finite_number(area_ha, tr("The area (ha)"), 0.0)
        estimate = potential_yield(hectares, pset)
        series = estimate.hcl_t if cocaine else estimate.leaf_t
        return series[level_index(str(level))]
    except VraemError as error:
        parent.setEvalErrorString(str(error))
        return None


class _Function(QgsExpressionFunction):
    """A plain expression function: name, parameters, help, and a Python callable."""

    def __init__(self, name, parameters, help_text, implementation):
        params = [QgsExpressionFunction.Parameter(p, optional=o, defaultValue=d) for p, o, d in parameters]
        super().__init__(name, params, GROUP, help_text)
        self.implementation = implementation

    def func(self, values, context, parent, node):
        return self.implementation(values, parent)

    def usesGeometry(self, node):
        return False

    def referencedColumns(self, node):
        return set()

    def handlesNull(self):
        return True


def _implied_kg_per_ha(values, parent):
    hectares, tonnes = values[0], values[1]
    if hectares is None or tonnes is None:
        return None
    try:
        hectares = finite_number(hectares, tr("The area (ha)"), 0.0, above_minimum=True)
        tonnes = finite_number(tonnes, tr("The tonnes"), 0.0)
    except VraemError as error:
        parent.setEvalErrorString(str(error))
        return None
    return tonnes * 1000.0 / hectares


def _functions():
    yield_params = [("area_ha", False, None), ("parameter_set", True, "vraem"), ("level", True, "central")]
    return [
        _Function("vraem_leaf_tonnes", yield_params,
                  tr("<h3>vraem_leaf_tonnes(area_ha, parameter_set, level)</h3>Potential sun-dried coca leaf in "
                     "tonnes per year for an area in hectares. parameter_set: 'vraem' (default), 'national' or "
                     "'custom'; level: 'low', 'central' (default) or 'high'. Potential and indicative."),
                  lambda values, parent: _tonnes(values, parent, cocaine=False)),
        _Function("vraem_cocaine_tonnes", yield_params,
                  tr("<h3>vraem_cocaine_tonnes(area_ha, parameter_set, level)</h3>Potential cocaine "
                     "hydrochloride in tonnes per year for an area in hectares. "
                     "parameter_set: 'vraem' (default), 'national' or 'custom'; level: 'low' (lowest leaf yield "
                     "÷ highest kg leaf per kg HCl of the set), 'central' (default, the cited pair) or 'high' "
                     "(highest yield ÷ lowest factor). Potential and indicative."),
                  lambda values, parent: _tonnes(values, parent, cocaine=True)),
        _Function("vraem_implied_kg_per_ha", [("hectares", False, None), ("tonnes", False, None)],
                  tr("<h3>vraem_implied_kg_per_ha(hectares, tonnes)</h3>Kilograms of cocaine per hectare "
                     "implied by a claim of tonnes over hectares; published ratios span about 3.7–9.8 kg/ha."),
                  _implied_kg_per_ha),
    ]


def function_names():
    return ["vraem_leaf_tonnes", "vraem_cocaine_tonnes", "vraem_implied_kg_per_ha"]


def register():
    """Register the plugin's expression functions once (safe to call again)."""
    if _REGISTERED:
        return
    for function in _functions():
        if QgsExpression.isFunctionName(function.name()):
            QgsExpression.unregisterFunction(function.name())
        if QgsExpression.registerFunction(function):
            _REGISTERED.append(function)


def unregister():
    """Remove every function register() added."""
    for function in _REGISTERED:
        QgsExpression.unregisterFunction(function.name())
    _REGISTERED.clear()
    _SETS.clear()
