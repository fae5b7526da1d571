"""Potential coca leaf and cocaine HCl yield of an area, with the parameters and sources used.

Parameter sets come from the bundled GeoPackage (table `yield_parameters`, built from the curated
facts with their sources) plus one user-defined set saved in the project. Results are "potential,
indicative": UNODC has published no Peru cocaine estimate since 2009.
"""

import os
from dataclasses import dataclass, field
from typing import List, Tuple

from qgis.core import QgsProject

from .. import paths
from ..i18n import tr
from .bundled import bundled_layer
from .errors import VraemError
from .numbers import finite_number

SCOPE = "vraem_analyst"
CUSTOM_KEY = "custom"
SET_KEYS = ("vraem", "national", CUSTOM_KEY)  # the bundled sets, then the one saved in the project
LEVELS = ("low", "central", "high")
DEFAULT_LEAF_PER_HCL = 375.0  # UNODC kg sun-dried leaf per kg cocaine HCl (used when a set omits it)


@dataclass
class ParameterSet:
    """Leaf yields in kg sun-dried coca leaf per ha per year, and kg leaf per kg cocaine HCl."""

    key: str
    label: str
    leaf_low: float
    leaf_central: float
    leaf_high: float
    leaf_per_hcl: float = DEFAULT_LEAF_PER_HCL
    sources: List[str] = field(default_factory=list)

    def leaf_kg_per_ha(self):
        return (self.leaf_low, self.leaf_central, self.leaf_high)

    def validate(self):
        values = self.leaf_kg_per_ha()
        if any(value is None or value <= 0 for value in values) or not self.leaf_per_hcl or self.leaf_per_hcl <= 0:
            raise VraemError(tr("Yield parameters must be positive numbers."))
        if not (self.leaf_low <= self.leaf_central <= self.leaf_high):
            raise VraemError(tr("Leaf yields must satisfy low ≤ central ≤ high."))
        return self


@dataclass
class YieldEstimate:
    """Potential yield of `hectares` with one parameter set: (low, central, high) in tonnes per year."""

    hectares: float
    leaf_t: Tuple[float, float, float]
    hcl_t: Tuple[float, float, float]
    parameter_set: str
    label: str
    leaf_kg_per_ha: Tuple[float, float, float]
    leaf_per_hcl: float
    sources: List[str]


def set_labels():
    """Parameter-set key -> translated label, in SET_KEYS order."""
    return {
        "vraem": tr("VRAEM (UNODC/DEVIDA leaf yields)"),
        "national": tr("Peru national average (UNODC)"),
        CUSTOM_KEY: tr("Custom (saved in the project)"),
    }


def _level_of_role(role):
    role = (role or "").lower()
    for level in LEVELS:
        if role.startswith(level):
            return level
    return None


def parameter_sets_from_rows(rows):
    """Build the parameter sets from rows shaped like yield_parameters.csv (dicts with parameter_set,
    value, role, year, source). Rows of set 'conversion' give the leaf → cocaine HCl factor."""
    labels = set_labels()
    leaf = {}
    sources = {}
    conversion = None
    conversion_source = None
    for row in rows:
        key = str(row.get("parameter_set") or "").strip()
        role = str(row.get("role") or "")
        value = row.get("value")
        if value in (None, ""):
            continue  # blanks are "not found": never guessed
        value = float(value)
        source = tr("{role} {value:g} ({year}): {source}").format(
            role=role, value=value, year=row.get("year") or "", source=row.get("source") or "")
        if key == "conversion":
            conversion, conversion_source = value, source
            continue
        level = _level_of_role(role)
        if level is None:
            continue
        leaf.setdefault(key, {})[level] = value
        sources.setdefault(key, []).append(source)
    sets = {}
    for key, values in leaf.items():
        if not all(level in values for level in LEVELS):
            continue
        low, central, high = (values[level] for level in LEVELS)
        pset = ParameterSet(key=key, label=labels.get(key, key), leaf_low=low, leaf_central=central,
                            leaf_high=high, leaf_per_hcl=conversion or DEFAULT_LEAF_PER_HCL,
                            sources=list(sources[key]))
        if conversion_source:
            pset.sources.append(conversion_source)
        sets[key] = pset
    return sets


_TABLES = {}  # (table, path, modification time) -> rows: the bundled file is read once per change


def read_table(table, gpkg_path=None):
    """Rows (dicts, copies) of an attribute table of the bundled GeoPackage."""
    path = gpkg_path or paths.DATA_GPKG
    if not os.path.exists(path):
        raise VraemError(tr("The bundled data file is missing: {path}. Reinstall the plugin.").format(path=path))
    key = (table, path, os.path.getmtime(path))
    if key not in _TABLES:
        layer = bundled_layer(table, path=path)
        if not layer.isValid():
            raise VraemError(tr("The table '{table}' is missing from the bundled data {path}.")
                             .format(table=table, path=path))
        names = layer.fields().names()
        _TABLES[key] = [dict(zip(names, feature.attributes())) for feature in layer.getFeatures()]
    return [dict(row) for row in _TABLES[key]]


def parameter_sets(project=None, gpkg_path=None, include_custom=True):
    """{'vraem': ParameterSet, 'national': ParameterSet, ['custom': ...]} from the bundled data and,
    when the project holds one, the user-defined set."""
    sets = parameter_sets_from_rows(read_table("yield_parameters", gpkg_path))
    if not sets:
        raise VraemError(tr("The bundled yield parameters are empty."))
    custom = custom_set(project) if include_custom else None
    if custom is not None:
        sets[CUSTOM_KEY] = custom
    return sets


def save_custom_set(project, pset):
    """Save a user-defined parameter set in the project (written with the .qgz)."""
    project = project or QgsProject.instance()
    pset.validate()
    project.writeEntry(SCOPE, "custom_yield/label", pset.label or set_labels()[CUSTOM_KEY])
    project.writeEntryDouble(SCOPE, "custom_yield/leaf_low", float(pset.leaf_low))
    project.writeEntryDouble(SCOPE, "custom_yield/leaf_central", float(pset.leaf_central))
    project.writeEntryDouble(SCOPE, "custom_yield/leaf_high", float(pset.leaf_high))
    project.writeEntryDouble(SCOPE, "custom_yield/leaf_per_hcl", float(pset.leaf_per_hcl))
    project.writeEntry(SCOPE, "custom_yield/sources", list(pset.sources))



def custom_set(project=None):
    """The user-defined set saved in the project, or None."""
    project = project or QgsProject.instance()
    values = {}
    for name in ("leaf_low", "leaf_central", "leaf_high", "leaf_per_hcl"):
        value, ok = project.readDoubleEntry(SCOPE, "custom_yield/" + name, 0.0)
        if not ok:
            return None
        values[name] = value
    label, _ = project.readEntry(SCOPE, "custom_yield/label", set_labels()[CUSTOM_KEY])
    sources, _ = project.readListEntry(SCOPE, "custom_yield/sources", [])
    return ParameterSet(key=CUSTOM_KEY, label=label, sources=list(sources) or [tr("user-defined")], **values)


def potential_yield(hectares, pset):
    """Potential leaf and cocaine HCl tonnes per year for `hectares` under `pset`."""
    if hectares is None or hectares < 0:
        raise VraemError(tr("The area must be zero or more hectares."))
    hectares = finite_number(hectares, tr("The area (ha)"), 0.0)  # NaN passes the test above
    pset.validate()
    leaf_t = tuple(hectares * kg / 1000.0 for kg in pset.leaf_kg_per_ha())
    hcl_t = tuple(tonnes / pset.leaf_per_hcl for tonnes in leaf_t)
    return YieldEstimate(hectares=float(hectares), leaf_t=leaf_t, hcl_t=hcl_t, parameter_set=pset.key,
                         label=pset.label, leaf_kg_per_ha=pset.leaf_kg_per_ha(),
                         leaf_per_hcl=pset.leaf_per_hcl, sources=list(pset.sources))


def get_set(key, project=None, gpkg_path=None, sets=None):
    """One parameter set by key, with a clear message when it does not exist."""
    sets = sets if sets is not None else parameter_sets(project, gpkg_path)
    if key not in sets:
        raise VraemError(tr("Unknown parameter set '{key}'; available: {keys}.")
                         .format(key=key, keys=", ".join(sorted(sets))))
    return sets[key]


def level_index(level):
    if level not in LEVELS:
        raise VraemError(tr("Unknown yield level '{level}': use low, central or high.").format(level=level))
    return LEVELS.index(level)


__all__ = ["ParameterSet", "YieldEstimate", "parameter_sets", "parameter_sets_from_rows", "save_custom_set",
           "custom_set", "potential_yield", "get_set", "read_table", "LEVELS"]
