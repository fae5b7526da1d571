"""Engine results → table columns and rows (with units, totals, a short plain tooltip per figure) and the
result's details (the parameters, sources, ellipsoid and zone the figures rest on, for the Details view).
Pure functions of the results, so that the dock, the CSV export and the tests agree."""

import heapq

from qgis.core import QgsFeatureRequest, QgsVectorLayer, QgsWkbTypes

from ..core import overlap, schemas
from ..core.errors import VraemError
from ..core.measuring import ellipsoid_name
from ..core.names import feature_name
from ..core.yields import potential_yield
from ..i18n import plural, tr
from .table_model import ResultRow

# A table of 100,000 rows is unreadable and slow to sort: show the largest features and the totals.
MAX_FEATURE_ROWS = 2000


def _join(lines):
    return "\n".join(line for line in lines if line)


def yield_tooltip(estimate):
    """One plain sentence on a yield figure; yield_details() gives its parameters and sources."""
    if estimate is None:
        return ""
    return tr("Central estimate with '{label}' ({leaf:,.0f} kg of leaf per ha a year). Details gives the range "
              "and sources.").format(label=estimate.label, leaf=estimate.leaf_kg_per_ha[1])


def parameter_set_tooltip(pset):
    """One plain sentence on a parameter set; the Areas & yield Details names its sources."""
    return tr("Leaf yield {low:,.0f}–{high:,.0f} kg per ha a year (central {central:,.0f}); {factor:,.0f} kg of "
              "leaf per kg of cocaine HCl. The table's Details names the sources.").format(
        low=pset.leaf_low, high=pset.leaf_high, central=pset.leaf_central, factor=pset.leaf_per_hcl)


def yield_details(estimate):
    """The parameters and sources behind a yield figure, line by line."""
    if estimate is None:
        return []
    low, central, high = estimate.leaf_kg_per_ha
    factor_low, factor_high = estimate.leaf_per_hcl_range
    lines = [
        estimate.caveat,
        tr("Parameter set: {label}").format(label=estimate.label),
        tr("Leaf yield (kg/ha/yr): low {low:,.0f}, central {central:,.0f}, high {high:,.0f}")
        .format(low=low, central=central, high=high),
        tr("Conversion: {factor:,.0f} kg leaf per kg cocaine HCl (range {low:,.0f}–{high:,.0f})")
        .format(factor=estimate.leaf_per_hcl, low=factor_low, high=factor_high),
        tr("Leaf (t/yr): {low:,.1f} – {high:,.1f}").format(low=estimate.leaf_t[0], high=estimate.leaf_t[2]),
        tr("Cocaine HCl (t/yr): {low:,.2f} – {high:,.2f}").format(low=estimate.hcl_t[0], high=estimate.hcl_t[2]),
        tr("The range is bounded by:"),
    ]
    lines += ["• " + line for line in estimate.range_basis]
    lines.append(tr("Sources:"))
    lines += ["• " + source for source in estimate.sources]
    return [line for line in lines if line]


def feature_labels(layer, field_name, fids):
    """{fid: text of the label field} of the listed features ({} without a label field): rows then say
    which sector or district they are, not only an internal id. Read on the main thread from the live
    layer, so that a value map (the SAMPLE plan's translated names) shows as in the attribute table."""
    if layer is None or not field_name or layer.fields().indexOf(field_name) < 0:
        return {}
    request = QgsFeatureRequest().setFilterFids(list(fids)).setSubsetOfAttributes([field_name], layer.fields())
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return {feature.id(): feature_name(layer, field_name, feature[field_name]) for feature in layer.getFeatures(request)}


def _labelled(columns, labels):
    """The label column first when there are labels (the totals row's label goes in it): a row says which
    sector or district it is."""
    return [schemas.feature_label(), *columns] if labels is not None else list(columns)


def area_columns(with_zone, with_yield):
    keys = ["fid", "area_ha", "area_km2"] + (["inside_ha"] if with_zone else [])
    return schemas.area_rows().pick(*keys, *(["leaf_t_cen", "hcl_t_cen"] if with_yield else []))


class AreaRowCollector:
    """Keeps only the largest MAX_FEATURE_ROWS features while the engine streams rows (worker thread)."""

    def __init__(self, limit=MAX_FEATURE_ROWS):
        self.limit = limit
        self.heap = []
        self.counter = 0

    def __call__(self, row):
        self.counter += 1
        item = (row.area_ha, -self.counter, row)
        if len(self.heap) < self.limit:
            heapq.heappush(self.heap, item)
        elif item[:2] > self.heap[0][:2]:
            heapq.heapreplace(self.heap, item)

    def largest(self):
        return [item[2] for item in sorted(self.heap, key=lambda item: item[:2], reverse=True)]


def area_tooltip(summary):
    return tr("Area measured on the {ellipsoid} ellipsoid.").format(ellipsoid=ellipsoid_name(summary.ellipsoid))


def area_details(summary, shown_rows, layer_name, selected_only, pset, zone_note):
    """What the Areas & yield figures rest on: layer, selection, ellipsoid and CRS, zone, yields and sources."""
    lines = [
        tr("Layer: {name}").format(name=layer_name),
        tr("Selected features only") if selected_only else tr("All features"),
        tr("Areas measured on the {name} ellipsoid ({ellipsoid}), from the layer's coordinates in {crs}.")
        .format(name=ellipsoid_name(summary.ellipsoid), ellipsoid=summary.ellipsoid, crs=summary.crs),
        zone_note,
        *summary.messages,  # the approximate zone's caveat among them
    ]
    if summary.feature_count > shown_rows:
        lines.append(tr("The table lists the {shown} largest of {n} features; the total counts all of them.")
                     .format(shown=shown_rows, n=summary.feature_count))
    if pset is not None:
        lines += [""] + yield_details(potential_yield(summary.total_ha, pset))
    return lines


def area_rows(summary, feature_rows, layer_id, layer_name, selected_only, pset, labels=None, zone_note=""):
    """(columns, rows, details) for the Areas & yield table: one row per listed feature, then the totals row.

    labels: {fid: label} from feature_labels(), None for no label column."""
    with_zone = summary.inside_zone_ha is not None
    area_tip = area_tooltip(summary)
    rows = []
    for row in feature_rows:
        values = {"fid": row.fid, "area_ha": row.area_ha, "area_km2": row.area_ha / 100.0}
        if labels is not None:
            values["label"] = labels.get(row.fid, "")
        if with_zone:
            values["inside_ha"] = row.inside_zone_ha
        tips = {}
        if pset is not None:
            estimate = potential_yield(row.area_ha, pset)
            values["leaf_t_cen"] = estimate.leaf_t[1]
            values["hcl_t_cen"] = estimate.hcl_t[1]
            tips["leaf_t_cen"] = tips["hcl_t_cen"] = yield_tooltip(estimate)
        feature_tip = [tr("Feature id {fid}.").format(fid=row.fid), area_tip]
        if row.repaired:
            feature_tip.append(tr("Its geometry was invalid and was repaired before measuring; the layer is "
                                  "unchanged."))
        if row.null_geometry:
            feature_tip.append(tr("No geometry: counted with 0 ha."))
        rows.append(ResultRow(values=values, tooltip=" ".join(feature_tip), tooltips=tips,
                              layer_id=layer_id, feature_id=row.fid))
    total_label = plural(summary.feature_count, tr("Total ({n} feature)"),
                         tr("Total ({n} features)")).format(n=summary.feature_count)
    totals = {"label" if labels is not None else "fid": total_label, "area_ha": summary.total_ha, "area_km2": summary.total_km2}
    tips = {}
    if with_zone:
        totals["inside_ha"] = summary.inside_zone_ha
    if pset is not None:
        estimate = potential_yield(summary.total_ha, pset)
        totals["leaf_t_cen"] = estimate.leaf_t[1]
        totals["hcl_t_cen"] = estimate.hcl_t[1]
        tips["leaf_t_cen"] = tips["hcl_t_cen"] = yield_tooltip(estimate)
    rows.append(ResultRow(values=totals, tooltip=area_tip, tooltips=tips, is_total=True))
    details = area_details(summary, len(feature_rows), layer_name, selected_only, pset, zone_note)
    return _labelled(area_columns(with_zone, pset is not None), labels), rows, details


def claim_columns():
    return schemas.claim_comparisons().pick("estimator", "year", "kg_per_ha", "tonnes", "claim_x")


def claim_rows(check, area_text):
    """(columns, rows, details): one row per published ratio, then the claim itself as the pinned last row."""
    rows, ratio_lines = [], []
    for comparison in check.comparisons:
        ratio = comparison.ratio
        tip = tr("{estimator} ({year}): {kg:,.1f} kg of cocaine per ha. Details gives its basis and source.").format(
            estimator=ratio.estimator, year=ratio.year, kg=ratio.kg_hcl_per_ha)
        ratio_lines.append("• " + "; ".join(part for part in [
            tr("{estimator} ({year}): {kg:,.1f} kg/ha").format(estimator=ratio.estimator, year=ratio.year,
                                                              kg=ratio.kg_hcl_per_ha),
            tr("Basis: {basis}").format(basis=ratio.basis) if ratio.basis else "",
            tr("Published: {ha:,.0f} ha, {t:,.0f} t").format(ha=ratio.hectares, t=ratio.cocaine_t)
            if ratio.hectares and ratio.cocaine_t else "",
            tr("Source: {source}").format(source=ratio.source) if ratio.source else "",
        ] if part))
        rows.append(ResultRow(values={"estimator": ratio.estimator, "year": ratio.year,
                                      "kg_per_ha": ratio.kg_hcl_per_ha, "tonnes": comparison.tonnes_at_ratio,
                                      "claim_x": comparison.claim_over_reference}, tooltip=tip))
    tip = tr("Your claim: {kg:,.1f} kg of cocaine per ha, {verdict}.").format(kg=check.implied_kg_per_ha,
                                                                             verdict=check.verdict)
    rows.append(ResultRow(values={"estimator": tr("The claim"), "year": "", "kg_per_ha": check.implied_kg_per_ha,
                                  "tonnes": check.claimed_tonnes, "claim_x": 1.0}, tooltip=tip, is_total=True))
    details = [
        tr("Claim: {area} = {ha:,.0f} ha, {t:,.1f} t of cocaine").format(area=area_text, ha=check.hectares,
                                                                         t=check.claimed_tonnes),
        tr("Implied: {kg:,.1f} kg/ha, {verdict} ({low:,.1f}–{high:,.1f} kg/ha)").format(
            kg=check.implied_kg_per_ha, verdict=check.verdict, low=check.min_kg_per_ha, high=check.max_kg_per_ha),
        check.area_source if check.area_source != area_text else "",
        check.fixed_factor_text,
        *production_lines(check),
        *(check.production.estimate.range_basis if check.production else []),
        "",
        tr("Published ratios:"),
        *ratio_lines,
    ]
    return claim_columns(), rows, details


def production_lines(check):
    """The verdict of a per-year claim against the potential production of the published area."""
    if check.production is None:
        return []
    estimate = check.production.estimate
    return [tr("{t:,.1f} t/yr is {verdict}: {low:,.1f}–{high:,.1f} t/yr (central {central:,.1f}) for "
               "{ha:,.0f} ha with {label}.").format(t=check.claimed_tonnes, verdict=check.production.verdict,
                                                    low=estimate.hcl_t[0], high=estimate.hcl_t[2],
                                                    central=estimate.hcl_t[1], ha=check.hectares,
                                                    label=estimate.label)]


def claim_verdict_text(check):
    low, high = check.tonnes_range
    text = tr("{t:,.1f} t on {ha:,.0f} ha = {kg:,.1f} kg/ha: {verdict} ({low:,.1f}–{high:,.1f} kg/ha, "
              "i.e. {tlow:,.0f}–{thigh:,.0f} t).").format(
        t=check.claimed_tonnes, ha=check.hectares, kg=check.implied_kg_per_ha, verdict=check.verdict,
        low=check.min_kg_per_ha, high=check.max_kg_per_ha, tlow=low, thigh=high)
    return _join([check.area_source, text] + production_lines(check) + [check.fixed_factor_text])


def overlap_columns(kind):
    measured = {"point": ["points_in"], "line": ["length_km", "target_km"]}.get(kind, ["overlap_ha", "overlap_pc",
                                                                                     "target_ha"])
    return schemas.overlap_targets().pick("target_fid", "buffers", *measured)


def overlap_rows(result, source, target, distance_text, dissolve, labels=None):
    """(columns, rows, status text, details) for the Buffer overlaps table; rows zoom to the target feature.

    labels: {target fid: label} from feature_labels(), None for no label column."""
    details = [
        tr("Features of '{target}' within {distance} (true ground distance) of '{source}'.")
        .format(target=target.name(), distance=distance_text, source=source.name()),
        tr("Buffers dissolved: overlaps counted once.") if dissolve
        else tr("Buffers not dissolved; totals still count each overlap once."),
        tr("Measured on the {name} ellipsoid ({ellipsoid}), target CRS {crs}.").format(
            name=ellipsoid_name(result.ellipsoid), ellipsoid=result.ellipsoid, crs=result.target_crs),
        *result.messages,
    ]
    rows = []
    for item in result.targets:
        values = {"target_fid": item.fid, "buffers": len(item.source_fids), "points_in": item.points_within,
                  "length_km": item.length_km, "target_km": item.target_length_km, "overlap_ha": item.overlap_ha,
                  "overlap_pc": item.overlap_pct, "target_ha": item.target_ha}
        if labels is not None:
            values["label"] = labels.get(item.fid, "")
        tip = plural(len(item.source_fids), tr("Feature id {fid}, reached by {n} buffer around '{source}'."),
                     tr("Feature id {fid}, reached by {n} buffers around '{source}'.")).format(
            fid=item.fid, n=len(item.source_fids), source=source.name())
        rows.append(ResultRow(values=values, tooltip=tip, layer_id=target.id(), feature_id=item.fid))
    # no buffer count on the totals row: a buffer touching several targets would be counted in each
    totals = {"label" if labels is not None else "target_fid": plural(result.targets_touched, tr("Total ({n} feature)"),
                                   tr("Total ({n} features)")).format(n=result.targets_touched),
              "buffers": None, "points_in": result.total_points_within, "length_km": result.total_length_km,
              "overlap_ha": result.total_overlap_ha, "target_ha": None, "overlap_pc": None, "target_km": None}
    rows.append(ResultRow(values=totals, tooltip=tr("Within {distance} of '{source}', measured on the ground.").format(
        distance=distance_text, source=source.name()), is_total=True))
    if result.target_kind == "point":
        figure = plural(result.total_points_within, tr("{n} point"), tr("{n} points")).format(
            n=result.total_points_within)
    elif result.target_kind == "line":
        figure = tr("{km:,.3f} km").format(km=result.total_length_km)
    else:
        figure = tr("{ha:,.2f} ha").format(ha=result.total_overlap_ha)
    status = plural(result.targets_touched, tr("{figure} of '{target}' within {distance} of '{source}' ({n} feature "
                                               "touched)."),
                    tr("{figure} of '{target}' within {distance} of '{source}' ({n} features touched).")).format(
        figure=figure, target=target.name(), distance=distance_text, source=source.name(), n=result.targets_touched)
    for message in result.messages:
        status += "\n" + message
    return _labelled(overlap_columns(result.target_kind), labels), rows, status, details


def overlap_layer(result, target_crs, name):
    """A memory layer of the overlap pieces (result computed with keep_geometries=True)."""
    layer = QgsVectorLayer(QgsWkbTypes.displayString(overlap.result_wkb_type(result)), name, "memory")
    layer.setCrs(target_crs)
    provider = layer.dataProvider()
    provider.addAttributes(overlap.overlap_fields().toList())
    layer.updateFields()
    added, _ = provider.addFeatures(list(overlap.overlap_features(result)))
    if not added:
        raise VraemError(tr("The overlap layer could not be written."))
    layer.updateExtents()
    return layer
