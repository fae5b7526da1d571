"""Potential coca leaf and cocaine HCl yield of an area, with the parameters and sources used.

Parameter sets come from the bundled GeoPackage (table `yield_parameters`, built from the curated
facts with their sources) plus one user-defined set saved in the project. Results are "potential,
indicative": UNODC has published no Peru cocaine estimate since 2009.
"""

import math
import os
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from qgis.core import QgsProject

from .. import paths
from ..i18n import tr
from .bundled import bundled_layer
from .definitions import PROJECT_SCOPE as SCOPE
from .errors import VraemError
from .numbers import finite_number

CUSTOM_KEY = "custom"
SET_KEYS = ("vraem", "national", CUSTOM_KEY)  # the bundled sets, then the one saved in the project
LEVELS = ("low", "central", "high")
DEFAULT_LEAF_PER_HCL = 375.0  # UNODC kg sun-dried leaf per kg cocaine HCl (used when a set omits it)
# The values that bound a range, each with the source it comes from (ParameterSet.bound_sources).
BOUNDS = ("leaf_low", "leaf_central", "leaf_high", "factor_low", "factor_central", "factor_high")


def _positive(value):
    return isinstance(value, (int, float)) and math.isfinite(value) and value > 0


@dataclass
class ParameterSet:
    """Leaf yields in kg sun-dried coca leaf per ha per year, and kg leaf per kg cocaine HCl.

    leaf_low / leaf_high are the lowest and highest published yields of the set (its low and high
    plus the observed yields); leaf_per_hcl is the cited central conversion and leaf_per_hcl_low /
    leaf_per_hcl_high its published spread (None: no spread, the central factor). bound_sources names
    the source of each value in BOUNDS."""

    key: str
    label: str
    leaf_low: float
    leaf_central: float
    leaf_high: float
    leaf_per_hcl: float = DEFAULT_LEAF_PER_HCL
    sources: List[str] = field(default_factory=list)
    leaf_per_hcl_low: Optional[float] = None
    leaf_per_hcl_high: Optional[float] = None
    bound_sources: Dict[str, str] = field(default_factory=dict)
    bound_years: Dict[str, str] = field(default_factory=dict)

    def __post_init__(self):
        if self.leaf_per_hcl_low is None:
            self.leaf_per_hcl_low = self.leaf_per_hcl
        if self.leaf_per_hcl_high is None:
            self.leaf_per_hcl_high = self.leaf_per_hcl

    def leaf_kg_per_ha(self):
        return (self.leaf_low, self.leaf_central, self.leaf_high)

    def factor_range(self):
        """(lowest, central, highest) kg leaf per kg cocaine HCl."""
        return (self.leaf_per_hcl_low, self.leaf_per_hcl, self.leaf_per_hcl_high)

    def hcl_kg_per_ha(self):
        """(low, central, high) kg cocaine HCl per ha: lowest yield ÷ highest factor, central ÷ central,
        highest yield ÷ lowest factor."""
        return (self.leaf_low / self.leaf_per_hcl_high, self.leaf_central / self.leaf_per_hcl,
                self.leaf_high / self.leaf_per_hcl_low)

    def source_of(self, bound, with_year=True):
        """The (short) source of one value of BOUNDS, with its year; the set's own sources when none
        is recorded (a custom set)."""
        source = self.bound_sources.get(bound) or "; ".join(self.sources) or tr("user-defined")
        year = self.bound_years.get(bound)
        return tr("{year}: {source}").format(year=year, source=source) if with_year and year else source

    def validate(self):
        if not all(_positive(value) for value in self.leaf_kg_per_ha() + self.factor_range()):
            raise VraemError(tr("Yield parameters must be positive numbers."))
        if not (self.leaf_low <= self.leaf_central <= self.leaf_high):
            raise VraemError(tr("Leaf yields must satisfy low ≤ central ≤ high."))
        if not (self.leaf_per_hcl_low <= self.leaf_per_hcl <= self.leaf_per_hcl_high):
            raise VraemError(tr("Leaf per cocaine HCl must satisfy lowest ≤ central ≤ highest."))
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
    leaf_per_hcl_range: Tuple[float, float] = (DEFAULT_LEAF_PER_HCL, DEFAULT_LEAF_PER_HCL)  # lowest, highest
    range_basis: List[str] = field(default_factory=list)  # range_lines() of the set: what bounds the range
    caveat: str = ""  # set_caveat() of the set
    source_lines: List[str] = field(default_factory=list)  # set_source_lines() of the set


def role_labels():
    """English role of a yield_parameters row (the bundled data is English) -> translated text; a role not
    listed (facts edited since) is shown as it is. tests/test_spanish.py checks every bundled role is here."""
    return {
        "central leaf yield": tr("central leaf yield"),
        "low leaf yield": tr("low leaf yield"),
        "low leaf yield (a floor: DEVIDA said 'above 3 t/ha'; not an estimate)":
            tr("low leaf yield (a floor: DEVIDA said 'above 3 t/ha'; not an estimate)"),
        "high leaf yield (derived point for 2016; no published upper bound found)":
            tr("high leaf yield (derived point for 2016; no published upper bound found)"),
        "high leaf yield (derived point for 2016; 2013 was higher, see observed rows)":
            tr("high leaf yield (derived point for 2016; 2013 was higher, see observed rows)"),
        "observed national yield (derived; highest found)": tr("observed national yield (derived; highest found)"),
        "observed national yield (derived; lowest found after 2006)":
            tr("observed national yield (derived; lowest found after 2006)"),
        "leaf to cocaine HCl conversion": tr("leaf to cocaine HCl conversion"),
        "observed conversion implied by UNODC's own figures": tr("observed conversion implied by UNODC's own figures"),
    }


def set_labels():
    """Parameter-set key -> translated label, in SET_KEYS order."""
    return {
        "vraem": tr("VRAEM (UNODC/DEVIDA leaf yields)"),
        "national": tr("Peru national average (UNODC)"),
        CUSTOM_KEY: tr("Custom (saved in the project)"),
    }


OBSERVED = "observed"
CONVERSION_SET = "conversion"  # the cited leaf → HCl factor (central)
CONVERSION_OBSERVED_SET = "conversion_observed"  # conversions implied by the publishers' own figures


def _level_of_role(role):
    role = (role or "").lower()
    for level in LEVELS + (OBSERVED,):
        if role.startswith(level):
            return level
    return None


def short_source(text, limit=70):
    """The first clause of a facts source ("UNODC Peru Coca Survey 2005 fact sheet (docslib…)" →
    "UNODC Peru Coca Survey 2005 fact sheet"; "DEVIDA statement: VRAEM yield…" → "DEVIDA statement"),
    in the user's language (citation_text), for tooltips and the sheet; the full text stays in the set's sources."""
    text = str(text or "").strip()
    for mark in (":", " ("):
        cut = text.find(mark)
        if cut >= 12:
            text = text[:cut]
    text = citation_text(text)
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"



def _citation_forms():
    """How the facts describe a source, in English (yield_parameters.csv), each with its translation;
    the names in it (organisations, titles, dates, figures) stay as published."""
    return (
        (r"derived from (?P<source>.+)", tr("derived from {source}")),
        (r"derived: (?P<leaf>[\d,.]+) t leaf / (?P<area>[\d,.]+) ha", tr("derived: {leaf} t leaf / {area} ha")),
        (r"(?P<what>.+) as quoted by (?P<by>.+)", tr("{what} as quoted by {by}")),
        (r"(?P<document>.+) leaf production and area", tr("{document} leaf production and area")),
        (r"(?P<org>\S+) (?P<date>\d{4}-\d{2}) press release", tr("{org} {date} press release")),
        (r"(?P<org>\S+) statement", tr("{org} statement")),
        (r"(?P<document>.+) fact sheet", tr("{document} fact sheet")),
        (r"(?P<document>.+) conversion factor", tr("{document} conversion factor")),
        (r"(?P<year>\d{4}) \(last applied (?P<last>\d{4})\)", tr("{year} (last applied {last})")),  # a row's year
    )


def citation_text(text):
    """A source description of the facts in the user's language ("DEVIDA statement" → "declaración de
    DEVIDA"); a text of another form (a user's own source, a title) is returned as it is."""
    for pattern, form in _citation_forms():
        match = re.fullmatch(pattern, text)
        if match:
            return form.format(**{name: citation_text(part) for name, part in match.groupdict().items()})
    return text


def _value(candidate):
    return candidate[0]


def parameter_sets_from_rows(rows):
    """Build the parameter sets from rows shaped like yield_parameters.csv (dicts with parameter_set,
    value, role, year, source).

    A set's yield range runs from the lowest to the highest of its low, high and observed rows; set
    'conversion' gives the central leaf → cocaine HCl factor and, with set 'conversion_observed',
    the spread of that factor (shared by every set)."""
    labels = set_labels()
    roles = role_labels()
    leaf = {}
    observed = {}
    sources = {}
    # every value travels with its bound: (value, (short source, year))
    conversions = {}  # "central" -> (value, bound); "observed" -> [(value, bound), ...]
    conversion_sources = []
    for row in rows:
        key = str(row.get("parameter_set") or "").strip()
        role = str(row.get("role") or "")
        value = row.get("value")
        if value in (None, ""):
            continue  # blanks are "not found": never guessed
        value = float(value)
        year = citation_text(str(row.get("year") or ""))
        source = tr("{role} {value:g} ({year}): {source}").format(
            role=roles.get(role, role), value=value, year=year, source=row.get("source") or "")
        bound = (short_source(row.get("source")), year)
        if key == CONVERSION_SET:
            conversions["central"] = (value, bound)
            conversion_sources.append(source)
            continue
        if key == CONVERSION_OBSERVED_SET:
            conversions.setdefault(OBSERVED, []).append((value, bound))
            conversion_sources.append(source)
            continue
        level = _level_of_role(role)
        if level is None:
            continue
        if level == OBSERVED:
            observed.setdefault(key, []).append((value, bound))
        else:
            leaf.setdefault(key, {})[level] = (value, bound)
        sources.setdefault(key, []).append(source)
    central_factor = conversions.get("central", (DEFAULT_LEAF_PER_HCL, (tr("default conversion"), "")))
    factors = [central_factor] + conversions.get(OBSERVED, [])
    # min/max by value; on a tie the first row wins
    factor_low, factor_high = min(factors, key=_value), max(factors, key=_value)
    sets = {}
    for key, values in leaf.items():
        if not all(level in values for level in LEVELS):
            continue
        spread = [values["low"], values["high"]] + observed.get(key, [])
        leaf_low, leaf_high = min(spread, key=_value), max(spread, key=_value)
        bounds = {"leaf_low": leaf_low[1], "leaf_central": values["central"][1], "leaf_high": leaf_high[1],
                  "factor_low": factor_low[1], "factor_central": central_factor[1], "factor_high": factor_high[1]}
        years = {name: bound[1] for name, bound in bounds.items()}
        sets[key] = ParameterSet(key=key, label=labels.get(key, key), leaf_low=leaf_low[0],
                                 leaf_central=values["central"][0], leaf_high=leaf_high[0],
                                 leaf_per_hcl=central_factor[0], leaf_per_hcl_low=factor_low[0],
                                 leaf_per_hcl_high=factor_high[0], sources=sources[key] + conversion_sources,
                                 bound_sources={name: bound[0] for name, bound in bounds.items()},
                                 bound_years=years)
    return sets


def range_lines(pset):
    """How the potential cocaine range is formed, naming the source of each bound (translated)."""
    return [
        tr("Low: lowest leaf yield {leaf:,.0f} kg/ha ({leaf_source}) ÷ highest conversion {factor:,.0f} kg leaf "
           "per kg HCl ({factor_source})").format(leaf=pset.leaf_low, leaf_source=pset.source_of("leaf_low"),
                                                 factor=pset.leaf_per_hcl_high,
                                                 factor_source=pset.source_of("factor_high")),
        tr("Central: central leaf yield {leaf:,.0f} kg/ha ({leaf_source}) ÷ central conversion {factor:,.0f} kg "
           "leaf per kg HCl ({factor_source})").format(leaf=pset.leaf_central,
                                                      leaf_source=pset.source_of("leaf_central"),
                                                      factor=pset.leaf_per_hcl,
                                                      factor_source=pset.source_of("factor_central")),
        tr("High: highest leaf yield {leaf:,.0f} kg/ha ({leaf_source}) ÷ lowest conversion {factor:,.0f} kg leaf "
           "per kg HCl ({factor_source})").format(leaf=pset.leaf_high, leaf_source=pset.source_of("leaf_high"),
                                                 factor=pset.leaf_per_hcl_low,
                                                 factor_source=pset.source_of("factor_low")),
    ]


def set_caveat(pset):
    """The yield caveat of the sheet and tooltips for the set actually used."""
    if pset.key == CUSTOM_KEY:
        return tr("Yields are potential and indicative, from the custom parameter set '{label}' "
                  "(source: {source}).").format(label=pset.label, source="; ".join(pset.sources))
    return tr("Yields are potential and indicative: UNODC has published no Peru cocaine estimate since 2009.")


def set_source_lines(pset):
    """Short source lines of the set actually used (the sheet): the leaf yields with their span and
    sources (lowest, central, highest), then the conversion with its spread and which end bounds which."""
    low, central, high = pset.factor_range()
    leaf = _unique(pset.source_of(bound, False) for bound in ("leaf_low", "leaf_central", "leaf_high"))
    factor = _unique(pset.source_of(bound, False) for bound in ("factor_low", "factor_central", "factor_high"))
    factor_text = (tr("{central:,.0f} kg leaf per kg HCl").format(central=central) if low == high else
                   tr("{central:,.0f} kg leaf per kg HCl, range {low:,.0f}–{high:,.0f} (cocaine low = lowest "
                      "yield ÷ {high:,.0f}, high = highest yield ÷ {low:,.0f})")
                   .format(central=central, low=low, high=high))
    return [tr("Leaf yield {low:,.0f}–{high:,.0f} kg/ha: {sources}").format(
                low=pset.leaf_low, high=pset.leaf_high, sources="; ".join(leaf)),
            tr("Conversion {factor}: {sources}").format(factor=factor_text, sources="; ".join(factor))]


def _unique(items):
    seen = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


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
    project.writeEntryDouble(SCOPE, "custom_yield/leaf_per_hcl_low", float(pset.leaf_per_hcl_low))
    project.writeEntryDouble(SCOPE, "custom_yield/leaf_per_hcl_high", float(pset.leaf_per_hcl_high))
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
    for name in ("leaf_per_hcl_low", "leaf_per_hcl_high"):  # projects saved before the factor range: none
        value, ok = project.readDoubleEntry(SCOPE, "custom_yield/" + name, 0.0)
        values[name] = value if ok else None
    label, _ = project.readEntry(SCOPE, "custom_yield/label", set_labels()[CUSTOM_KEY])
    sources, _ = project.readListEntry(SCOPE, "custom_yield/sources", [])
    return ParameterSet(key=CUSTOM_KEY, label=label, sources=list(sources) or [tr("user-defined")], **values)


def potential_yield(hectares, pset):
    """Potential leaf and cocaine HCl tonnes per year for `hectares` under `pset`."""
    if hectares is None or not math.isfinite(hectares) or hectares < 0:
        raise VraemError(tr("The area must be zero or more hectares."))
    hectares = finite_number(hectares, tr("The area (ha)"), 0.0)  # NaN passes the test above
    pset.validate()
    leaf_t = tuple(hectares * kg / 1000.0 for kg in pset.leaf_kg_per_ha())
    hcl_t = tuple(hectares * kg / 1000.0 for kg in pset.hcl_kg_per_ha())
    return YieldEstimate(hectares=float(hectares), leaf_t=leaf_t, hcl_t=hcl_t, parameter_set=pset.key,
                         label=pset.label, leaf_kg_per_ha=pset.leaf_kg_per_ha(),
                         leaf_per_hcl=pset.leaf_per_hcl, sources=list(pset.sources),
                         leaf_per_hcl_range=(pset.leaf_per_hcl_low, pset.leaf_per_hcl_high),
                         range_basis=range_lines(pset), caveat=set_caveat(pset),
                         source_lines=set_source_lines(pset))


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
           "custom_set", "potential_yield", "get_set", "read_table", "range_lines", "set_caveat",
           "set_source_lines", "LEVELS"]
