"""The published yearly series bundled with the plugin: coca area of Peru and of the VRAEM
(table `coca_hectares`) and hectares eradicated by CORAH (table `eradication_corah`).

A year without a published figure stays None: nothing is interpolated or guessed. Both the claim
check and the trends chart read the series from here.
"""

import math
import re
from dataclasses import dataclass
from typing import Optional

from ..i18n import tr
from .errors import VraemError
from .yields import read_table

PERU = "peru"
VRAEM = "vraem"
REGIONS = (PERU, VRAEM)
# DEVIDA's "areas in production" (with CONIDA) from 2018 on: the series is not comparable across it.
METHODOLOGY_BREAK = 2018

# "23900", ">23900", ">=18245.76", "~31200", "30150 / 30151": the marker and the first figure as
# published; prose such as "not found" gives no number.
_PUBLISHED_NUMBER = re.compile(r"^\s*(>=|>|~)?\s*(\d+(?:\.\d+)?)")


@dataclass(frozen=True)
class SeriesYear:
    """One year of the series; None where no figure was published."""

    year: int
    peru_ha: Optional[float]
    vraem_ha: Optional[float]
    notes: str = ""
    source: str = ""
    eradicated_ha: Optional[float] = None
    eradicated_text: str = ""  # as published (">=18245.76", "~31200")
    eradicated_partial: bool = False  # a lower bound, an approximation or a partial year
    eradication_source: str = ""

    def area(self, region):
        return self.peru_ha if region == PERU else self.vraem_ha

    @property
    def vraem_share(self):
        """VRAEM area ÷ Peru area, when both were published for the year."""
        if self.peru_ha and self.vraem_ha is not None:
            return self.vraem_ha / self.peru_ha
        return None


def region_labels():
    return {PERU: tr("Peru"), VRAEM: tr("VRAEM")}


def _number(value):
    if value in (None, ""):
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def published_eradication(text):
    """(hectares or None, partial) of an eradication figure as published."""
    match = _PUBLISHED_NUMBER.match(str(text or ""))
    if match is None:
        return None, False
    return float(match.group(2)), bool(match.group(1))


def coca_series(gpkg_path=None):
    """Every year of the coca-area table, in order, with that year's eradication figure."""
    eradication = {}
    for row in read_table("eradication_corah", gpkg_path):
        text = str(row.get("hectares_eradicated") or "")
        hectares, marked = published_eradication(text)
        status = str(row.get("status") or "").lower()
        eradication[int(row["year"])] = (hectares, text, marked or "partial" in status or "as of" in status,
                                         str(row.get("source") or ""))
    years = []
    for row in sorted(read_table("coca_hectares", gpkg_path), key=lambda r: int(r["year"])):
        year = int(row["year"])
        hectares, text, partial, source = eradication.get(year, (None, "", False, ""))
        years.append(SeriesYear(year=year, peru_ha=_number(row.get("peru_total_ha")),
                                vraem_ha=_number(row.get("vraem_ha")), notes=str(row.get("notes") or ""),
                                source=str(row.get("source") or ""), eradicated_ha=hectares,
                                eradicated_text=text, eradicated_partial=partial, eradication_source=source))
    if not years:
        raise VraemError(tr("The bundled coca-area series is empty."))
    return years


def _nearest_years(years, year):
    """The closest years with data, before and after `year` (one or two)."""
    before = [y for y in years if y < year]
    after = [y for y in years if y > year]
    return ([max(before)] if before else []) + ([min(after)] if after else [])


def published_area(region, year, series=None):
    """The SeriesYear of `year` with a published area for `region`; a clear message otherwise,
    naming the nearest years with data (never a guessed value)."""
    if region not in REGIONS:
        raise VraemError(tr("Unknown region '{region}': use peru or vraem.").format(region=region))
    series = series if series is not None else coca_series()
    label = region_labels()[region]
    with_data = [item.year for item in series if item.area(region) is not None]
    try:
        year = int(year)
    except (TypeError, ValueError, OverflowError):
        raise VraemError(tr("The year must be a whole number such as 2020.")) from None
    for item in series:
        if item.year == year and item.area(region) is not None:
            return item
    nearest = ", ".join(str(y) for y in _nearest_years(with_data, year))
    first, last = series[0].year, series[-1].year
    if year < first or year > last:
        raise VraemError(tr("{year} is outside the published coca-area series ({first}–{last}); nearest years "
                            "with a {region} figure: {nearest}.").format(year=year, first=first, last=last,
                                                                         region=label, nearest=nearest))
    raise VraemError(tr("No {region} coca area was published for {year}; nearest years with data: {nearest}.")
                     .format(region=label, year=year, nearest=nearest))


def years_with_area(region, series=None):
    series = series if series is not None else coca_series()
    return [item.year for item in series if item.area(region) is not None]


__all__ = ["SeriesYear", "coca_series", "published_area", "published_eradication", "years_with_area",
           "region_labels", "METHODOLOGY_BREAK", "PERU", "VRAEM", "REGIONS"]
