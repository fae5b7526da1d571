"""Yield on polygons that cannot be coca fields: one core check, shown by the algorithm, the report and the dock.
Oracles: pyproj geodesic areas of the test polygons and the published coca areas in shared/facts."""

import pytest
from engine_helpers import csv_rows, field_ring, geodesic_area_m2, memory_layer
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject
from shapely.geometry import box

from vraem_analyst.plugin.core import areas, plausibility, yields
from vraem_analyst.plugin.core.report import figures as report_figures
from vraem_analyst.plugin.core.totals import measure_total

ASSUMPTION = "Potential yield assumes that the whole of every analysed polygon is coca."


def squares(count, size_deg, lon=-75.0, lat=-12.0):
    """`count` adjacent squares of `size_deg` degrees in a row of ten per line."""
    return [box(lon + size_deg * (i % 10), lat - size_deg * (i // 10), lon + size_deg * (i % 10 + 1),
                lat - size_deg * (i // 10 + 1)) for i in range(count)]


def test_the_national_peak_is_the_largest_published_year(qgis_app, shared_facts):
    published = [(float(row["peru_total_ha"]), int(row["year"])) for row in csv_rows(shared_facts / "coca_hectares.csv")
                 if row["peru_total_ha"]]
    peak = plausibility.national_peak()
    assert (peak.hectares, peak.year) == max(published)


def test_coca_fields_get_only_the_assumption(qgis_app):
    fields = [field_ring(-73.8 + 0.01 * i, -12.4, 0.5 + i) for i in range(8)]
    summary = areas.compute_areas(memory_layer("Polygon", "EPSG:4326", [f.wkt for f in fields]), project=QgsProject())
    check = plausibility.check_coca_polygons(summary)
    assert not check.implausible and check.lines() == [ASSUMPTION]


def test_a_polygon_far_larger_than_a_field_is_flagged(qgis_app):
    # one 0.15° square (about 2,700 ha) among small fields: flagged whether measured per feature or in total
    big = box(-74.2, -12.5, -74.05, -12.35)
    wkts = [big.wkt] + [field_ring(-73.8 + 0.01 * i, -12.4, 2.0).wkt for i in range(3)]
    layer = memory_layer("Polygon", "EPSG:4326", wkts)
    big_ha = geodesic_area_m2(big) / 10_000
    per_feature = areas.compute_areas(layer, project=QgsProject())
    assert per_feature.largest_ha == pytest.approx(big_ha, rel=1e-6)
    check = plausibility.check_coca_polygons(per_feature)
    assert len(check.warnings) == 1 and f"{big_ha:,.0f} ha or more" in check.warnings[0]
    assert "far larger than a coca field" in check.warnings[0]
    totals_only = measure_total(layer, project=QgsProject())
    assert totals_only.largest_ha is None  # batched: the mean stands in, and is still above 1,000 ha
    mean_ha = totals_only.total_ha / 4
    assert mean_ha > plausibility.FIELD_MAX_HA
    assert plausibility.check_coca_polygons(totals_only).warnings[0].startswith(
        f"At least one polygon measures {mean_ha:,.0f} ha or more")


def test_a_total_above_any_year_of_national_coca_is_flagged(qgis_app):
    # 130 squares of about 760 ha each, none above the field threshold: about 99,000 ha in all
    cells = squares(130, 0.025)
    summary = areas.compute_areas(memory_layer("Polygon", "EPSG:4326", [c.wkt for c in cells]), project=QgsProject())
    expected = sum(geodesic_area_m2(c) for c in cells) / 10_000
    assert summary.total_ha == pytest.approx(expected, rel=1e-6)
    peak = plausibility.national_peak()
    assert summary.largest_ha < plausibility.FIELD_MAX_HA < peak.hectares < summary.total_ha
    check = plausibility.check_coca_polygons(summary)
    assert check.warnings == [
        f"The polygons total {summary.total_ha:,.0f} ha, more than Peru's largest published coca area of any year "
        f"({peak.hectares:,.0f} ha in {peak.year}): they cannot all be coca."]
    assert check.lines()[-1] == ASSUMPTION


def test_districts_of_peru_get_both_warnings_everywhere(qgis_app, shared_data, vraem_provider):
    """All of Peru's districts gave 1,235,109 t/yr of cocaine with no hint; now the algorithm's log and
    the report's caveats say why that is not a coca figure."""
    import processing
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(shared_data / "peru_distrital_simple.geojson"), "districts", "ogr")
    warnings, infos = [], []

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, text):
            warnings.append(text)

        def pushInfo(self, text):
            infos.append(text)

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run("vraem:areayield", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"}, context=context,
                            feedback=Feedback())
    assert result["TOTAL_HA"] > 100_000_000  # Peru: about 128 million ha
    coca = [text for text in warnings if "coca" in text]
    assert len(coca) == 2 and "far larger than a coca field" in coca[0] and "cannot all be coca" in coca[1]
    assert ASSUMPTION in infos

    summary = measure_total(layer, project=QgsProject())
    estimate = yields.potential_yield(summary.total_ha, yields.get_set("vraem"))
    sheet = report_figures.figures_from_results(area=summary, yields=estimate)
    assert sheet.caveats[-3:] == plausibility.check_coca_polygons(summary).lines()
    assert report_figures.figures_from_results(area=summary).caveats == report_figures.default_caveats()  # no yield, no caveat
