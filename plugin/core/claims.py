"""Claim check: hectares and claimed tonnes of cocaine → implied kg per ha, compared with every
published ratio (UNODC, US government, Peruvian government) bundled with the plugin."""

from dataclasses import dataclass, field
from typing import List, Optional

from ..i18n import tr
from .areas import HA_PER_KM2
from .errors import VraemError
from .numbers import EARTH_SURFACE_HA, MAX_TONNES, finite_number
from .yields import read_table

HA_PER_SQUARE_MILE = 1609.344 ** 2 / 10_000.0  # international mile (1609.344 m exactly): 258.9988110336 ha
HA_PER_ACRE = 0.40468564224

ABOVE = "above"
WITHIN = "within"
BELOW = "below"


def km2_to_ha(square_km):
    return square_km * HA_PER_KM2


def square_miles_to_ha(square_miles):
    return square_miles * HA_PER_SQUARE_MILE


def area_units():
    """Area units a claim may be stated in: key → (translated label, hectares per unit)."""
    return {
        "ha": (tr("hectares"), 1.0),
        "km2": (tr("square kilometres"), HA_PER_KM2),
        "mi2": (tr("square miles"), HA_PER_SQUARE_MILE),
        "acre": (tr("acres"), HA_PER_ACRE),
    }


def to_hectares(value, unit="ha"):
    units = area_units()
    if unit not in units:
        raise VraemError(tr("Unknown area unit '{unit}'.").format(unit=unit))
    return value * units[unit][1]


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

    @property
    def tonnes_range(self):
        """(lowest, highest) tonnes the published ratios would give for these hectares."""
        return (self.hectares * self.min_kg_per_ha / 1000.0, self.hectares * self.max_kg_per_ha / 1000.0)


def _number(value):
    if value in (None, ""):
        return None
    return float(value)


def ratios_from_rows(rows):
    """ReferenceRatio list from rows shaped like reference_ratios.csv (rows without a ratio skipped)."""
    ratios = []
    for row in rows:
        ratio = _number(row.get("kg_hcl_per_ha"))
        if ratio is None:
            continue
        ratios.append(ReferenceRatio(estimator=str(row.get("estimator") or ""), year=str(row.get("year") or ""),
                                     kg_hcl_per_ha=ratio, hectares=_number(row.get("hectares")),
                                     cocaine_t=_number(row.get("cocaine_t")), basis=str(row.get("basis") or ""),
                                     source=str(row.get("source") or "")))
    return ratios


def reference_ratios(gpkg_path=None):
    """The published ratios bundled with the plugin (table `reference_ratios`)."""
    return ratios_from_rows(read_table("reference_ratios", gpkg_path))


def verdict_text(code):
    texts = {
        ABOVE: tr("above every published ratio"),
        WITHIN: tr("within the published range"),
        BELOW: tr("below every published ratio"),
    }
    return texts[code]


def check_claim(hectares, claimed_tonnes, ratios=None):
    """Compare a claim ("X ha eradicated, Y t of cocaine avoided") with every published ratio."""
    if hectares is None or hectares <= 0:
        raise VraemError(tr("The claimed area must be more than 0 hectares."))
    if claimed_tonnes is None or claimed_tonnes < 0:
        raise VraemError(tr("The claimed tonnes must be zero or more."))
    # NaN passes every comparison above; inf and 1e308 would still get a verdict
    hectares = finite_number(hectares, tr("The claimed area (ha)"), 0.0, EARTH_SURFACE_HA, above_minimum=True)
    claimed_tonnes = finite_number(claimed_tonnes, tr("The claimed tonnes"), 0.0, MAX_TONNES)
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
    return ClaimCheck(hectares=float(hectares), claimed_tonnes=float(claimed_tonnes), implied_kg_per_ha=implied,
                      comparisons=comparisons, min_kg_per_ha=low, max_kg_per_ha=high, verdict_code=code,
                      verdict=verdict_text(code))
