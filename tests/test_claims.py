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
