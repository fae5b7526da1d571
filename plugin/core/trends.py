"""The trends chart: coca area of Peru and of the VRAEM and hectares eradicated per year from the
bundled series, the 2018 methodology break, the VRAEM share, and the current analysis (a plan's
hectares, a claim's area) drawn against the series.

Built with matplotlib's object API (a Figure with no pyplot state), so the same drawing goes to a
file (SVG for the print layout, PNG) or, later, into a Qt canvas: `draw_trends(figure, …)` fills any
Figure, e.g. the `figure` of a FigureCanvasQTAgg in a dock panel. Years without a published figure
are gaps: lines break there and nothing is interpolated. matplotlib is optional: `available()` says
whether it is installed and everything else in the plugin works without it.
"""

import math
import os
from dataclasses import dataclass
from typing import Optional

from ..i18n import tr
from . import series as series_module
from .errors import VraemError

try:  # present in QGIS's Windows and macOS installers; python3-matplotlib on Debian
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter
except ImportError:  # pragma: no cover - exercised by a test in a process without matplotlib
    Figure = None
    FuncFormatter = None

FIRST_YEAR = 2004
LAST_YEAR = 2024
FORMATS = (".svg", ".png")
COLOURS = {"peru": "#1b6ca8", "vraem": "#d7301f", "eradicated": "#9e9e9e", "share": "#7b3294",
           "current": "#1a9850", "break": "#444444"}


@dataclass(frozen=True)
class CurrentFigure:
    """The current analysis drawn against the series: a line at `hectares`, a point when it has a year."""

    label: str
    hectares: float
    year: Optional[int] = None


def available():
    return Figure is not None


def unavailable_message():
    return tr("The trends chart needs matplotlib, which is not installed (on Debian or Ubuntu: python3-matplotlib; "
              "QGIS's Windows and macOS installers include it). Everything else works without it.")


def _require():
    if not available():
        raise VraemError(unavailable_message())


def _values(years, value_of):
    """Values per year, NaN where none was published: matplotlib breaks a line at NaN."""
    values = []
    for item in years:
        value = value_of(item)
        values.append(float("nan") if value is None else float(value))
    return values


def chart_years(series=None, first_year=FIRST_YEAR, last_year=LAST_YEAR):
    """The SeriesYear of every year from first_year to last_year (a year absent from the table is
    an empty SeriesYear: a gap, never a guess)."""
    series = series if series is not None else series_module.coca_series()
    by_year = {item.year: item for item in series}
    return [by_year.get(year, series_module.SeriesYear(year=year, peru_ha=None, vraem_ha=None))
            for year in range(first_year, last_year + 1)]


def _thousands(value, _position=None):
    return "{:,.0f}".format(value)


def draw_trends(figure, series=None, current=(), first_year=FIRST_YEAR, last_year=LAST_YEAR):
    """Draw the chart into `figure` (cleared first); return (area axes, share axes)."""
    _require()
    years = chart_years(series, first_year, last_year)
    x = [item.year for item in years]
    figure.clear()
    grid = figure.add_gridspec(2, 1, height_ratios=(3, 1), hspace=0.08)
    area_axes = figure.add_subplot(grid[0])
    share_axes = figure.add_subplot(grid[1], sharex=area_axes)

    eradicated = _values(years, lambda item: item.eradicated_ha)
    partial = [item.eradicated_partial for item in years]
    full = [value if not flag else float("nan") for value, flag in zip(eradicated, partial)]
    marked = [value if flag else float("nan") for value, flag in zip(eradicated, partial)]
    area_axes.bar(x, full, width=0.6, color=COLOURS["eradicated"], alpha=0.55, label=tr("Eradicated (CORAH)"))
    # no hatching: Qt's SVG renderer (the print layout) cannot draw SVG patterns
    area_axes.bar(x, marked, width=0.6, color="#eeeeee", edgecolor="#666666", linestyle="--", linewidth=0.9,
                  label=tr("Eradicated: partial year, lower bound or approximate"))
    area_axes.plot(x, _values(years, lambda item: item.peru_ha), marker="o", markersize=3.5, linewidth=1.8,
                   color=COLOURS["peru"], label=tr("Coca area, Peru"), gid="peru")
    area_axes.plot(x, _values(years, lambda item: item.vraem_ha), marker="s", markersize=3.5, linewidth=1.8,
                   color=COLOURS["vraem"], label=tr("Coca area, VRAEM"), gid="vraem")
    for item in current:
        if item.hectares is None or not math.isfinite(item.hectares):
            continue
        area_axes.axhline(item.hectares, color=COLOURS["current"], linestyle="--", linewidth=1.2,
                          label=tr("{label}: {ha:,.0f} ha").format(label=item.label, ha=item.hectares))
        if item.year is not None:
            area_axes.plot([item.year], [item.hectares], marker="*", markersize=11, color=COLOURS["current"])
    area_axes.set_ylabel(tr("hectares"))
    area_axes.yaxis.set_major_formatter(FuncFormatter(_thousands))
    area_axes.set_ylim(bottom=0)
    area_axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    area_axes.set_title(tr("Coca area and eradication in Peru, {first}–{last}").format(first=first_year,
                                                                                     last=last_year))

    shares = _values(years, lambda item: None if item.vraem_share is None else 100.0 * item.vraem_share)
    share_axes.bar(x, shares, width=0.6, color=COLOURS["share"], alpha=0.7, label=tr("VRAEM share of Peru"))
    share_axes.set_ylabel(tr("VRAEM share (%)"))
    share_axes.set_ylim(0, 100)
    share_axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    share_axes.set_xticks(x)
    share_axes.set_xticklabels([str(year) for year in x], rotation=90, fontsize=7)
    share_axes.set_xlim(first_year - 0.6, last_year + 0.6)
    for tick in area_axes.get_xticklabels():
        tick.set_visible(False)

    if first_year < series_module.METHODOLOGY_BREAK <= last_year:
        boundary = series_module.METHODOLOGY_BREAK - 0.5
        for axes in (area_axes, share_axes):
            axes.axvline(boundary, color=COLOURS["break"], linestyle=":", linewidth=1.2)
        area_axes.annotate(tr("{year}: DEVIDA methodology (areas in production), not comparable with earlier years")
                           .format(year=series_module.METHODOLOGY_BREAK), xy=(boundary, 1.0),
                           xycoords=("data", "axes fraction"), xytext=(-4, -4), textcoords="offset points",
                           ha="right", va="top", fontsize=7, color=COLOURS["break"])
    area_axes.legend(loc="upper left", fontsize=7, frameon=False)
    share_axes.legend(loc="upper left", fontsize=7, frameon=False)
    figure.text(0.01, 0.005, caption(), fontsize=6.5, color="#555555", ha="left", va="bottom", wrap=True)
    return area_axes, share_axes


def caption():
    """What the chart shows and where the numbers come from (also the report page's caption)."""
    return tr("Gaps are years without a published figure (never interpolated). Sources: UNODC coca surveys "
              "(2004–2017), DEVIDA monitoring (2018–2024), CORAH/Mininter eradication, as bundled with each "
              "year's source.")


def save_chart(path, series=None, current=(), width_mm=260.0, height_mm=160.0, dpi=200):
    """Write the chart to `path`: SVG (vector, for the print layout) or PNG, by the extension."""
    _require()
    extension = os.path.splitext(path)[1].lower()
    if extension not in FORMATS:
        raise VraemError(tr("Choose a .svg or .png file for the trends chart."))
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise VraemError(tr("The output folder does not exist: {path}").format(path=folder))
    figure = Figure(figsize=(width_mm / 25.4, height_mm / 25.4), dpi=dpi)
    draw_trends(figure, series, current)
    figure.subplots_adjust(left=0.08, right=0.98, top=0.94, bottom=0.12)
    # matplotlib writes SVG text as glyph outlines: Qt's renderer draws them exactly as in the PNG
    figure.savefig(path, format=extension[1:], dpi=dpi)
    return path


__all__ = ["CurrentFigure", "available", "unavailable_message", "chart_years", "draw_trends", "save_chart",
           "caption"]
