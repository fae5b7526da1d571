"""Whether analysed polygons are plausible as coca fields, before a yield is put on them.

A potential yield is area × yield per hectare: it assumes that the whole of every polygon is coca.
Run on districts or a department it gives absurd tonnes with nothing to show it (all of Peru's
districts gave 1,235,109 t/yr of cocaine). This module alone decides when the polygons are
implausible as coca fields; the dock, the Processing algorithms and the report only show its lines.
"""

from dataclasses import dataclass, field
from typing import List, Optional

from ..i18n import tr
from .yields import read_table

# The plugin's own threshold, not a published figure: a polygon of more than 1,000 ha (10 km²) is
# hundreds of times a coca field. Plan sectors can pass it (the bundled SAMPLE's largest is 1,090 ha):
# a yield on a sector assumes the whole sector is coca, which is worth saying.
FIELD_MAX_HA = 1000.0


@dataclass
class NationalPeak:
    """Peru's largest published coca area in the bundled table coca_hectares."""

    hectares: float
    year: int


@dataclass
class CocaCheck:
    """What to tell the user about applying a yield to these polygons."""

    warnings: List[str] = field(default_factory=list)  # why they are implausible; empty when plausible
    assumption: str = ""  # always shown with a yield

    @property
    def implausible(self):
        return bool(self.warnings)

    def lines(self):
        return self.warnings + [self.assumption]


def national_peak(gpkg_path=None) -> Optional[NationalPeak]:
    """The year with the largest Peru coca area in the bundled table (None when the table has none)."""
    rows = [row for row in read_table("coca_hectares", gpkg_path) if row.get("peru_total_ha") not in (None, "")]
    if not rows:
        return None
    row = max(rows, key=lambda r: float(r["peru_total_ha"]))
    return NationalPeak(hectares=float(row["peru_total_ha"]), year=int(row["year"]))


def check_coca_polygons(summary, gpkg_path=None) -> CocaCheck:
    """The warnings for an areas.AreaSummary that a yield is about to be applied to.

    The largest feature is the summary's largest_ha when the areas were measured feature by
    feature; a totals-only run does not know it and the mean feature area stands in: the largest is
    never below the mean, so "at least one polygon measures that much or more" holds either way."""
    check = CocaCheck(assumption=tr("Potential yield assumes that the whole of every analysed polygon is coca."))
    largest = summary.total_ha / summary.feature_count if summary.feature_count else 0.0
    if summary.largest_ha is not None:
        largest = max(largest, summary.largest_ha)
    if largest > FIELD_MAX_HA:
        check.warnings.append(
            tr("At least one polygon measures {ha:,.0f} ha or more, far larger than a coca field (flagged above "
               "{limit:,.0f} ha): its yield is not plausible.")
            .format(ha=largest, limit=FIELD_MAX_HA))
    peak = national_peak(gpkg_path)
    if peak is not None and summary.total_ha > peak.hectares:
        check.warnings.append(
            tr("The polygons total {ha:,.0f} ha, more than Peru's largest published coca area of any year "
               "({peak:,.0f} ha in {year}): they cannot all be coca.")
            .format(ha=summary.total_ha, peak=peak.hectares, year=peak.year))
    return check


__all__ = ["CocaCheck", "FIELD_MAX_HA", "NationalPeak", "check_coca_polygons", "national_peak"]
