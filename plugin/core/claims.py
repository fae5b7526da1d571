"""Claim check: hectares and claimed tonnes of cocaine → implied kg per ha, compared with every
published ratio (UNODC, US government, Peruvian government) bundled with the plugin.

The area may be typed or be Peru's or the VRAEM's published coca area of a year; a claim of
production or trafficking per year is also checked against the potential production of that
year's published area. A claim whose ratio is a fixed factor known to be applied (CORAH since
2023) is flagged: it is a multiplication, not an independent estimate."""

import math
from dataclasses import dataclass, field
from typing import List, Optional

from ..i18n import tr
from . import series as series_module
from . import yields
from .definitions import HA_PER_KM2, HA_PER_SQUARE_MILE, area_units
from .errors import VraemError
from .numbers import EARTH_SURFACE_HA, MAX_TONNES, finite_number

ABOVE = "above"
WITHIN = "within"
BELOW = "below"

# Claim kinds: (region whose published area is the claim's area, checked against potential production).
AREA = "area"
KINDS = {
    AREA: (None, False),
    "peru_area": (series_module.PERU, False),
    "vraem_area": (series_module.VRAEM, False),
    "peru_production": (series_module.PERU, True),
    "vraem_production": (series_module.VRAEM, True),
}
# The parameter set whose potential production a region's published area is checked against.
SET_OF_REGION = {series_module.PERU: "national", series_module.VRAEM: "vraem"}
# ../shared/facts/README.md (changes of 2026-12-01): since 2023 CORAH converts eradicated hectares
# with a near-fixed factor; the band is read from the claims of those years in eradication_corah.
FIXED_FACTOR_SINCE = 2023
FIXED_FACTOR_TOLERANCE = 0.005  # claims are rounded to 0.01 t: a ratio within 0.5 % of the band matches


def claim_kinds():
    """Claim kind key → translated label, in KINDS order."""
    return {
        AREA: tr("Tonnes for the area given"),
        "peru_area": tr("Tonnes for Peru's published coca area of a year"),
        "vraem_area": tr("Tonnes for the VRAEM's published coca area of a year"),
        "peru_production": tr("Tonnes per year against Peru's potential production of a year"),
        "vraem_production": tr("Tonnes per year against the VRAEM's potential production of a year"),
    }


def km2_to_ha(square_km):
    return square_km * HA_PER_KM2


def square_miles_to_ha(square_miles):
    return square_miles * HA_PER_SQUARE_MILE


def to_hectares(value, unit="ha"):
    factors = {item.key: item.factor for item in area_units()}
    if unit not in factors:
        raise VraemError(tr("Unknown area unit '{unit}'.").format(unit=unit))
    return value * factors[unit]


@dataclass
class ReferenceRatio:
    """One published ratio of kg cocaine HCl per hectare, with its source."""

    estimator: str
    year: str
    kg_hcl_per_ha: float
    hectares: Optional[float] = None
    cocaine_t: Optional[float] = None
    basis: str = ""
    source: str = ""


@dataclass
class RatioComparison:
    ratio: ReferenceRatio
    tonnes_at_ratio: float  # what this reference would give for the claimed hectares
    claim_over_reference: float  # claimed tonnes / tonnes_at_ratio


@dataclass(frozen=True)
class FixedFactor:
    """A conversion of hectares to tonnes known to be applied as a near-constant factor."""

    estimator: str
    low_kg_per_ha: float
    high_kg_per_ha: float
    years: str
    source: str

    def matches(self, kg_per_ha):
        return (self.low_kg_per_ha * (1 - FIXED_FACTOR_TOLERANCE) <= kg_per_ha
                <= self.high_kg_per_ha * (1 + FIXED_FACTOR_TOLERANCE))


@dataclass
class ProductionCheck:
    """A claim of tonnes per year against the potential production of a published area."""

    estimate: yields.YieldEstimate  # potential production of the year's published area
    verdict_code: str
    verdict: str


@dataclass
class ClaimCheck:
    hectares: float
    claimed_tonnes: float
    implied_kg_per_ha: float
    comparisons: List[RatioComparison] = field(default_factory=list)
    min_kg_per_ha: float = 0.0
    max_kg_per_ha: float = 0.0
    verdict_code: str = WITHIN  # "above" / "within" / "below"
    verdict: str = ""  # translated sentence
    fixed_factor: Optional[FixedFactor] = None  # the known fixed factor the claim's ratio equals
    kind: str = AREA
    year: Optional[int] = None
    region: Optional[str] = None
    area_source: str = ""  # where the area comes from when it is a published one
    production: Optional[ProductionCheck] = None

    @property
    def fixed_factor_text(self):
        if self.fixed_factor is None:
            return ""
        return tr("{kg:,.2f} kg/ha is the fixed factor {estimator} applies ({low:,.2f}–{high:,.2f} kg/ha, "
                  "{years}): computed with a fixed factor, not an independent estimate.").format(
            kg=self.implied_kg_per_ha, estimator=self.fixed_factor.estimator, low=self.fixed_factor.low_kg_per_ha,
            high=self.fixed_factor.high_kg_per_ha, years=self.fixed_factor.years)

    @property
    def tonnes_range(self):
        """(lowest, highest) tonnes the published ratios would give for these hectares."""
        return (self.hectares * self.min_kg_per_ha / 1000.0, self.hectares * self.max_kg_per_ha / 1000.0)


def estimator_names():
    """English estimator of a reference_ratios row (the bundled data is English) -> translated name; one not
    listed is shown as it is. tests/test_spanish.py checks every bundled estimator is here."""
    return {
        "UNODC potential HCl": tr("UNODC potential HCl"),
        "UNODC factor x national yield": tr("UNODC factor x national yield"),
        "UNODC factor x VRAEM yield": tr("UNODC factor x VRAEM yield"),
        "ONDCP pure potential": tr("ONDCP pure potential"),
        "Mininter/CORAH cocaine avoided": tr("Mininter/CORAH cocaine avoided"),
    }


def ratio_bases():
    """English basis of a reference_ratios row -> translated text (as estimator_names)."""
    return {
        "national potential production / national cultivated area":
            tr("national potential production / national cultivated area"),
        "2,349-2,414 kg leaf/ha / 375": tr("2,349-2,414 kg leaf/ha / 375"),
        "3,600-3,627 kg leaf/ha / 375": tr("3,600-3,627 kg leaf/ha / 375"),
        "USG estimate of cultivation and pure potential production":
            tr("USG estimate of cultivation and pure potential production"),
        "USG estimate": tr("USG estimate"),
        "claimed production prevented by eradication": tr("claimed production prevented by eradication"),
        "claimed production prevented by eradication (partial year); CORAH now applies a near-fixed 9.16-9.34 "
        "kg/ha to eradicated hectares, so this is not an independent estimate":
            tr("claimed production prevented by eradication (partial year); CORAH now applies a near-fixed "
               "9.16-9.34 kg/ha to eradicated hectares, so this is not an independent estimate"),
        "claimed production prevented by eradication (to October); CORAH now applies a near-fixed 9.16-9.34 "
        "kg/ha to eradicated hectares, so this is not an independent estimate":
            tr("claimed production prevented by eradication (to October); CORAH now applies a near-fixed "
               "9.16-9.34 kg/ha to eradicated hectares, so this is not an independent estimate"),
    }


def ratio_sources():
    """English source of a reference_ratios row that is prose rather than a citation -> translated text."""
    return {"computed from yield_parameters.csv": tr("computed from yield_parameters.csv")}


def _number(value):
    if value in (None, ""):
        return None
    return float(value)


def ratios_from_rows(rows):
    """ReferenceRatio list from rows shaped like reference_ratios.csv (rows without a ratio skipped), with
    the bundled English estimators, bases and prose sources in the user's language."""
    names, bases, sources = estimator_names(), ratio_bases(), ratio_sources()
    ratios = []
    for row in rows:
        ratio = _number(row.get("kg_hcl_per_ha"))
        if ratio is None:
            continue
        estimator, basis, source = (str(row.get(key) or "") for key in ("estimator", "basis", "source"))
        ratios.append(ReferenceRatio(estimator=names.get(estimator, estimator), year=str(row.get("year") or ""),
                                     kg_hcl_per_ha=ratio, hectares=_number(row.get("hectares")),
                                     cocaine_t=_number(row.get("cocaine_t")), basis=bases.get(basis, basis),
                                     source=sources.get(source, source)))
    return ratios


def reference_ratios(gpkg_path=None):
    """The published ratios bundled with the plugin (table `reference_ratios`)."""
    return ratios_from_rows(yields.read_table("reference_ratios", gpkg_path))


def fixed_factors(gpkg_path=None):
    """Known fixed factors: CORAH's "cocaine avoided" per eradicated hectare since FIXED_FACTOR_SINCE."""
    rows = [row for row in yields.read_table("eradication_corah", gpkg_path)
            if int(row["year"]) >= FIXED_FACTOR_SINCE and _number(row.get("implied_kg_per_ha")) is not None]
    if not rows:
        return []
    ratios = [_number(row["implied_kg_per_ha"]) for row in rows]
    years = sorted(int(row["year"]) for row in rows)
    return [FixedFactor(estimator="Mininter/CORAH", low_kg_per_ha=min(ratios), high_kg_per_ha=max(ratios),
                        years=f"{years[0]}–{years[-1]}", source="; ".join(str(row.get("source") or "")
                                                                          for row in rows))]


def production_verdict_text(code):
    texts = {
        ABOVE: tr("above the potential production"),
        WITHIN: tr("within the potential production"),
        BELOW: tr("below the potential production"),
    }
    return texts[code]


def verdict_text(code):
    texts = {
        ABOVE: tr("above every published ratio"),
        WITHIN: tr("within the published range"),
        BELOW: tr("below every published ratio"),
    }
    return texts[code]


def _finite_positive(value):
    return isinstance(value, (int, float)) and math.isfinite(value) and value > 0


def _refuse_bad_tonnes(tonnes):
    if not _finite_positive(tonnes):
        raise VraemError(tr("The claimed tonnes must be more than 0 (a finite number); got {value}.").format(
            value=tonnes))


def check_claim(hectares, claimed_tonnes, ratios=None, factors=None):
    """Compare a claim ("X ha eradicated, Y t of cocaine avoided") with every published ratio, and
    flag a ratio equal to a known fixed factor (`factors`, default: the bundled ones)."""
    if not _finite_positive(hectares):
        raise VraemError(tr("The claimed area must be a finite number of more than 0 hectares; got {value}.").format(
            value=hectares))
    _refuse_bad_tonnes(claimed_tonnes)
    # NaN and inf are refused above; 1e308 would still get a verdict
    hectares = finite_number(hectares, tr("The claimed area (ha)"), 0.0, EARTH_SURFACE_HA, above_minimum=True)
    claimed_tonnes = finite_number(claimed_tonnes, tr("The claimed tonnes"), 0.0, MAX_TONNES, above_minimum=True)
    ratios = reference_ratios() if ratios is None else list(ratios)
    if not ratios:
        raise VraemError(tr("No published ratio is available to compare with."))
    implied = claimed_tonnes * 1000.0 / hectares
    comparisons = []
    for ratio in ratios:
        tonnes = hectares * ratio.kg_hcl_per_ha / 1000.0
        comparisons.append(RatioComparison(ratio=ratio, tonnes_at_ratio=tonnes,
                                           claim_over_reference=claimed_tonnes / tonnes if tonnes else 0.0))
    low = min(r.kg_hcl_per_ha for r in ratios)
    high = max(r.kg_hcl_per_ha for r in ratios)
    code = ABOVE if implied > high else BELOW if implied < low else WITHIN
    factors = fixed_factors() if factors is None else list(factors)
    matched = next((factor for factor in factors if factor.matches(implied)), None)
    return ClaimCheck(hectares=float(hectares), claimed_tonnes=float(claimed_tonnes), implied_kg_per_ha=implied,
                      comparisons=comparisons, min_kg_per_ha=low, max_kg_per_ha=high, verdict_code=code,
                      verdict=verdict_text(code), fixed_factor=matched)


def check_kind(kind, claimed_tonnes, hectares=None, year=None, ratios=None, factors=None, series=None,
               sets=None):
    """Check a claim of one of KINDS: `hectares` for AREA, else the published area of `year`
    (Peru or VRAEM); production kinds also compare the tonnes with the potential production of that
    area under the region's parameter set (VRAEM or Peru national), low to high."""
    if kind not in KINDS:
        raise VraemError(tr("Unknown claim kind '{kind}'; available: {kinds}.")
                         .format(kind=kind, kinds=", ".join(KINDS)))
    region, production = KINDS[kind]
    if region is None:
        check = check_claim(hectares, claimed_tonnes, ratios, factors)
        check.kind = kind
        return check
    _refuse_bad_tonnes(claimed_tonnes)
    item = series_module.published_area(region, year, series)
    hectares = item.area(region)
    check = check_claim(hectares, claimed_tonnes, ratios, factors)
    check.kind, check.year, check.region = kind, item.year, region
    check.area_source = tr("{region}'s published coca area in {year}: {ha:,.0f} ha ({source})").format(
        region=series_module.region_labels()[region], year=item.year, ha=hectares, source=item.source)
    if production:
        sets = sets if sets is not None else yields.parameter_sets(include_custom=False)
        pset = yields.get_set(SET_OF_REGION[region], sets=sets)
        estimate = yields.potential_yield(hectares, pset)
        low, _central, high = estimate.hcl_t
        code = ABOVE if claimed_tonnes > high else BELOW if claimed_tonnes < low else WITHIN
        check.production = ProductionCheck(estimate=estimate, verdict_code=code,
                                           verdict=production_verdict_text(code))
    return check
