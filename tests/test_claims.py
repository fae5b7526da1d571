"""Claim check against the published ratios in ../shared/facts/reference_ratios.csv."""

import pytest
from engine_helpers import csv_rows

from vraem_analyst.plugin.core import claims
from vraem_analyst.plugin.core.errors import VraemError


@pytest.fixture()
def ratios(shared_facts):
    return claims.ratios_from_rows(csv_rows(shared_facts / "reference_ratios.csv"))


def test_units_convert_by_their_definitions():
    mile_m = 1609.344  # international mile, exact
    assert claims.square_miles_to_ha(1) == pytest.approx(mile_m ** 2 / 10_000, rel=1e-12)
    assert claims.km2_to_ha(3.5) == 350
    assert claims.to_hectares(2, "acre") == pytest.approx(2 * 4046.8564224 / 10_000)
    with pytest.raises(VraemError):
        claims.to_hectares(1, "furlong")


def test_readme_example_is_above_every_published_ratio(qgis_app, ratios, shared_facts):
    # "over 100 square miles eradicated, nearly 300 tons of potential cocaine eliminated"
    check = claims.check_claim(claims.square_miles_to_ha(100), 300, ratios)
    assert check.hectares == pytest.approx(25_900, rel=1e-3)
    assert check.implied_kg_per_ha == pytest.approx(11.6, abs=0.05)
    assert check.verdict_code == "above" and check.verdict == "above every published ratio"
    csv_ratios = [float(r["kg_hcl_per_ha"]) for r in csv_rows(shared_facts / "reference_ratios.csv")]
    assert (check.min_kg_per_ha, check.max_kg_per_ha) == (min(csv_ratios), max(csv_ratios))
    by_name = {c.ratio.estimator: c for c in check.comparisons}
    # ../shared/facts/README.md: UNODC factor at national yield -> about 165 t, at VRAEM yield -> about 249 t
    assert by_name["UNODC factor x national yield"].tonnes_at_ratio == pytest.approx(165, rel=0.02)
    assert by_name["UNODC factor x VRAEM yield"].tonnes_at_ratio == pytest.approx(249, rel=0.01)
    assert len(check.comparisons) == len(csv_ratios)
    for comparison in check.comparisons:
        assert comparison.tonnes_at_ratio == pytest.approx(check.hectares * comparison.ratio.kg_hcl_per_ha / 1000)
        assert comparison.ratio.source


def test_within_and_below(qgis_app, ratios):
    low, high = min(r.kg_hcl_per_ha for r in ratios), max(r.kg_hcl_per_ha for r in ratios)
    middle = (low + high) / 2
    assert claims.check_claim(10_000, 10_000 * middle / 1000, ratios).verdict_code == "within"
    assert claims.check_claim(10_000, 10_000 * high / 1000, ratios).verdict_code == "within"
    below = claims.check_claim(10_000, 10_000 * low / 1000 * 0.9, ratios)
    assert below.verdict_code == "below" and below.verdict == "below every published ratio"
    assert claims.check_claim(10_000, 10_000 * middle / 1000, ratios).verdict == "within the published range"


def test_published_ratios_are_consistent_with_their_figures(ratios):
    # each row with hectares and tonnes must imply its own ratio (checks the bundled rows, not our code)
    for ratio in ratios:
        if ratio.hectares and ratio.cocaine_t:
            assert ratio.cocaine_t * 1000 / ratio.hectares == pytest.approx(ratio.kg_hcl_per_ha, abs=0.06)


def test_bundled_ratios_match_the_facts(qgis_app, ratios):
    import os

    from vraem_analyst.plugin import paths

    if not os.path.exists(paths.DATA_GPKG):
        pytest.skip("bundled GeoPackage not built (make data)")
    bundled = claims.reference_ratios()
    assert sorted(r.kg_hcl_per_ha for r in bundled) == sorted(r.kg_hcl_per_ha for r in ratios)


def test_bad_claims_are_refused(ratios):
    with pytest.raises(VraemError):
        claims.check_claim(0, 10, ratios)
    with pytest.raises(VraemError):
        claims.check_claim(100, -1, ratios)
    with pytest.raises(VraemError):
        claims.check_claim(100, 1, [])


def test_bad_numbers_are_refused_with_a_message(ratios):
    for hectares in (float("nan"), float("inf"), -5, 0):
        with pytest.raises(VraemError, match="more than 0 hectares"):
            claims.check_claim(hectares, 10, ratios, factors=[])
    for tonnes in (float("nan"), float("inf"), -1, 0):
        with pytest.raises(VraemError, match="tonnes must be more than 0"):
            claims.check_claim(100, tonnes, ratios, factors=[])
        with pytest.raises(VraemError, match="tonnes must be more than 0"):
            claims.check_kind("peru_production", tonnes, year=2024)


def _series_row(shared_facts, year):
    return next(r for r in csv_rows(shared_facts / "coca_hectares.csv") if int(r["year"]) == year)


def test_published_area_of_a_year_is_the_claims_area_with_its_source(qgis_app, shared_facts):
    row = _series_row(shared_facts, 2020)
    check = claims.check_kind("vraem_area", 250, year=2020)
    assert check.hectares == float(row["vraem_ha"]) == 27_994
    assert row["source"] in check.area_source and "2020" in check.area_source
    assert check.implied_kg_per_ha == pytest.approx(250_000 / 27_994)
    assert check.production is None


def test_yearly_claim_against_the_potential_production(qgis_app, shared_facts):
    from vraem_analyst.plugin.core import yields

    peru_2024 = float(_series_row(shared_facts, 2024)["peru_total_ha"])
    national = yields.get_set("national", sets=yields.parameter_sets(include_custom=False))
    low, central, high = (peru_2024 * kg / 1000 for kg in national.hcl_kg_per_ha())
    # "over 150 tonnes of cocaine are smuggled out each year" (2024): far below Peru's potential
    check = claims.check_kind("peru_production", 150, year=2024)
    assert check.hectares == peru_2024
    assert check.production.estimate.hcl_t == pytest.approx((low, central, high))
    assert check.production.verdict_code == "below" and check.production.verdict == "below the potential production"
    assert claims.check_kind("peru_production", (low + high) / 2, year=2024).production.verdict_code == "within"
    assert claims.check_kind("peru_production", high * 1.01, year=2024).production.verdict_code == "above"
    vraem = claims.check_kind("vraem_production", 300, year=2023)
    assert vraem.hectares == float(_series_row(shared_facts, 2023)["vraem_ha"])
    assert vraem.production.estimate.parameter_set == "vraem"


def test_years_without_a_figure_name_the_nearest_years_with_data(qgis_app):
    with pytest.raises(VraemError, match=r"No VRAEM coca area was published for 2011; nearest years with data: 2010, 2013"):
        claims.check_kind("vraem_area", 100, year=2011)
    with pytest.raises(VraemError, match=r"No Peru coca area .* 2009; nearest years with data: 2008, 2010"):
        claims.check_kind("peru_production", 100, year=2009)
    with pytest.raises(VraemError, match=r"2031 is outside .*2004–2024.*: 2024"):
        claims.check_kind("vraem_production", 100, year=2031)
    with pytest.raises(VraemError, match=r"1999 is outside .*: 2004"):
        claims.check_kind("peru_area", 100, year=1999)


def test_a_claim_computed_with_corahs_fixed_factor_is_flagged(qgis_app, shared_facts):
    rows = [r for r in csv_rows(shared_facts / "eradication_corah.csv")
            if int(r["year"]) >= 2023 and r["implied_kg_per_ha"]]
    band = [float(r["implied_kg_per_ha"]) for r in rows]
    assert (min(band), max(band)) == (9.16, 9.34)
    # CORAH 2023: 18,245.76 ha -> 170.39 t (9.34 kg/ha); 2024: 19,981.74 ha -> 183.05 t (9.16 kg/ha)
    for hectares, tonnes in ((18_245.76, 170.39), (19_981.74, 183.05)):
        check = claims.check_claim(hectares, tonnes)
        assert check.fixed_factor is not None
        assert "computed with a fixed factor, not an independent estimate" in check.fixed_factor_text
    # CORAH 2016 (7.5 kg/ha) and the README example (11.6 kg/ha) are not that factor
    assert claims.check_claim(30_150, 225).fixed_factor is None
    assert claims.check_claim(claims.square_miles_to_ha(100), 300).fixed_factor is None
    assert claims.check_claim(10_000, 10_000 * 9.6 / 1000).fixed_factor is None
