"""The sheet's figures: engine results → rows (label, value, unit, note), caveats and sources, and their CSV."""

import csv
import io
import math
from dataclasses import dataclass, field

from ...i18n import tr
from .. import areas, atomic, overlap, plausibility, totals, yields
from ..definitions import format_number
from ..errors import VraemError
from ..measuring import zone_is_approximate


@dataclass(frozen=True)
class FigureRow:
    """One line of the figures table; `value` is the engine's number, unrounded."""

    key: str
    label: str
    value: float
    unit: str
    decimals: int = 1
    note: str = ""

    def display_value(self):
        return figure_text(self.value, self.decimals)



@dataclass
class Figures:
    """What the sheet's table, caveats and sources say; also written as CSV. feature_warnings: the
    caveats that hold for the features measured (plausibility), which an atlas page replaces with its
    own feature's; overlap and overlap_label: the buffer overlap the rows come from, whose part for
    each feature an atlas page shows."""

    rows: list = field(default_factory=list)
    caveats: list = field(default_factory=list)
    sources: list = field(default_factory=list)
    feature_warnings: list = field(default_factory=list)
    overlap: object = None
    overlap_label: str = ""

    def row(self, key):
        for row in self.rows:
            if row.key == key:
                return row
        return None

    def table_cells(self):
        """Rows of [label, formatted value, unit] exactly as the layout table shows them."""
        return [[row.label, row.display_value(), row.unit] for row in self.rows]



def figure_text(value, decimals=1):
    """A figure as the sheet shows it; "n/a" for one that is missing or could not be computed."""
    if value is None or (isinstance(value, float) and (math.isnan(value) or math.isinf(value))):
        return tr("n/a")
    return format_number(value, decimals)



def default_caveats(zone_approximate=True, estimate=None):
    """The sheet's caveats; the yield caveat is the one of the parameter set used (none without yields)."""
    zone = (tr("The zone boundary is approximate (built from district capitals), not the legal limit.")
            if zone_approximate else
            tr("The zone is the union of the VRAEM districts found in the boundary layer used; "
               "districts missing from that layer are not included."))
    caveats = [zone, tr("Eradication plans marked SAMPLE are invented test data, not real operations.")]
    if estimate is not None:
        caveats.append(estimate.caveat)
    return caveats



def default_sources(estimate=None):
    """The sheet's sources; yield and conversion sources are those of the parameter set used."""
    sources = [tr("Zone, towns and crossings: INEI populated places, PCM GEOPERU district list")]
    if estimate is not None:
        sources += estimate.source_lines
    sources.append(tr("Basemap: Natural Earth (QGIS world map)"))
    return sources



def _triple(values):
    """(low, central, high) from a tuple/list or an object with those attributes."""
    if values is None:
        return None
    if isinstance(values, (tuple, list)):
        if len(values) != 3:
            raise VraemError(tr("A yield range needs three values: low, central and high."))
        return tuple(values)
    return tuple(getattr(values, name) for name in ("low", "central", "high"))



def figures_from_results(area=None, yields=None, overlap=None, zone_area_ha=None, overlap_label=None,
                         caveats=None, sources=None, zone_approximate=True):
    """Build the table from the engine's result objects (any may be None).

    area: areas.AreaSummary (total_ha, inside_zone_ha); yields: yields.YieldEstimate (leaf_t, hcl_t
    as low/central/high, label, sources); overlap: overlap.OverlapResult (total_overlap_ha,
    targets_touched, target_kind). The sheet shows short sources; the CSV notes carry the full ones.
    """
    rows = []
    if zone_area_ha is not None:
        label = tr("VRAEM zone area (approximate)") if zone_approximate else tr("VRAEM zone area")
        rows.append(FigureRow("zone_ha", label, zone_area_ha, tr("ha"), 0))
    if area is not None:
        rows.append(FigureRow("analysed_ha", tr("Area analysed"), area.total_ha, tr("ha"), 1))
        inside = getattr(area, "inside_zone_ha", None)
        if inside is not None:
            rows.append(FigureRow("inside_zone_ha", tr("of which inside the zone"), inside, tr("ha"), 1))
    if yields is not None:
        leaf = _triple(yields.leaf_t)
        hcl = _triple(yields.hcl_t)
        note = "; ".join(str(source) for source in getattr(yields, "sources", None) or [])
        # each cocaine row's note says which yield and conversion (and their sources) bound it
        basis = list(getattr(yields, "range_basis", None) or ["", "", ""])
        rows += [
            FigureRow("leaf_t_low", tr("Potential coca leaf, low"), leaf[0], tr("t/yr"), 1, note),
            FigureRow("leaf_t_central", tr("Potential coca leaf, central"), leaf[1], tr("t/yr"), 1, note),
            FigureRow("leaf_t_high", tr("Potential coca leaf, high"), leaf[2], tr("t/yr"), 1, note),
            FigureRow("hcl_t_low", tr("Potential cocaine HCl, low"), hcl[0], tr("t/yr"), 2, basis[0]),
            FigureRow("hcl_t_central", tr("Potential cocaine HCl, central"), hcl[1], tr("t/yr"), 2, basis[1]),
            FigureRow("hcl_t_high", tr("Potential cocaine HCl, high"), hcl[2], tr("t/yr"), 2, basis[2]),
        ]
    buffers_label = (overlap_label or tr("Inside the buffers")) if overlap is not None else ""
    if overlap is not None:
        kind = getattr(overlap, "target_kind", "polygon")
        if kind == "point":
            rows.append(FigureRow("overlap_points", buffers_label, overlap.total_points_within, tr("points"), 0))
        elif kind == "line":
            rows.append(FigureRow("overlap_km", buffers_label, overlap.total_length_km, tr("km"), 2))
        else:
            rows.append(FigureRow("overlap_ha", buffers_label, overlap.total_overlap_ha, tr("ha"), 1))
        rows.append(FigureRow("overlap_features", tr("Features touching the buffers"),
                              overlap.targets_touched, "", 0))  # a count: no unit word ("29", not "29 count")
    result_sources = list(sources) if sources is not None else default_sources(yields)
    result_caveats = list(caveats) if caveats is not None else default_caveats(zone_approximate, yields)
    sheet = Figures(rows=rows, caveats=result_caveats, sources=result_sources, overlap=overlap,
                    overlap_label=buffers_label)
    if area is not None and yields is not None:
        check = plausibility.check_coca_polygons(area)
        sheet.caveats += check.lines()
        sheet.feature_warnings = list(check.warnings)
    return sheet



def compute_figures(analysed, zone, parameter_set="vraem", buffer_source=None, buffer_target=None,
                    buffer_km=5.0, project=None, feedback=None):
    """Run the engine (areas, potential yield, buffer overlap) and return the sheet's Figures.

    The yield is the potential of the whole analysed area; the overlap is the part of
    `buffer_target` (default: the analysed layer) within `buffer_km` ground kilometres of
    `buffer_source` (skipped when there is no source).
    """
    area = areas.compute_areas(analysed, zone=zone, project=project, feedback=feedback, on_row=areas.no_rows)
    zone_area = totals.measure_total(zone, project=project, feedback=feedback)
    pset = yields.get_set(parameter_set, project=project)
    estimate = yields.potential_yield(area.total_ha, pset)
    overlap_result, label = None, None
    if buffer_source is not None:
        overlap_result = overlap.buffer_overlap(buffer_source, buffer_km * 1000.0, buffer_target or analysed,
                                                feedback=feedback, project=project)
        # as given ("{:g}", as the panel says it): one decimal made 0.25 km "0.2" and 0.001 km "0.0"
        label = tr("Within {km} km of {layer}").format(km=f"{buffer_km:g}", layer=buffer_source.name())
    return figures_from_results(area=area, yields=estimate, overlap=overlap_result,
                                zone_area_ha=zone_area.total_ha, overlap_label=label,
                                zone_approximate=zone_is_approximate(zone))



def page_figures(coverage, zone, pset=None, project=None, feedback=None, analysis=None):
    """Each atlas page's own figures: feature id -> Figures of that feature alone (its area, the part
    inside the zone, with a parameter set its potential yield range and plausibility warnings and, when
    the `analysis` figures come from an overlap with this coverage layer, its part inside the buffers)."""
    rows = []
    areas.compute_areas(coverage, zone=zone, project=project, feedback=feedback, on_row=rows.append)
    overlap_result = analysis.overlap if analysis is not None else None
    if overlap_result is None or overlap_result.target_layer_id != coverage.id() \
            or overlap_result.target_kind != overlap.POLYGON:
        overlap_result = None  # an overlap with another layer says nothing about these features
    touched = {target.fid: target for target in overlap_result.targets} if overlap_result is not None else {}
    pages = {}
    for row in rows:
        alone = areas.AreaSummary(rows=[row], feature_count=1, total_ha=row.area_ha, largest_ha=row.area_ha,
                                  inside_zone_ha=row.inside_zone_ha)
        estimate = yields.potential_yield(row.area_ha, pset) if pset is not None else None
        page = figures_from_results(area=alone, yields=estimate, caveats=[], sources=[])
        if overlap_result is not None:
            page.rows += _feature_overlap_rows(touched.get(row.fid), analysis.overlap_label)
        pages[row.fid] = page
    return pages



def _feature_overlap_rows(target, label):
    """One feature's overlap with the buffers (a feature no buffer touches: 0 ha, 0 %)."""
    overlap_ha = target.overlap_ha if target is not None else 0.0
    percent = target.overlap_pct if target is not None else 0.0
    return [FigureRow("overlap_ha", label, overlap_ha, tr("ha"), 1),
            FigureRow("overlap_pct", tr("share of the feature inside the buffers"), percent, tr("%"), 1)]



def figures_csv_text(figures):
    """The table as CSV text: key, label, value (full precision), unit, note."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["key", "label", "value", "unit", "note"])
    for row in figures.rows:
        writer.writerow([row.key, row.label, repr(row.value), row.unit, row.note])
    return buffer.getvalue()


def write_figures_csv(figures, path):
    """The table as a CSV file (UTF-8), written all or none."""
    return atomic.write_text(path, figures_csv_text(figures))
