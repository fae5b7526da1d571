"""Facts the plugin shows are the facts file's: every number bundled in resources/data/vraem.gpkg, every
figure the engine derives from them and every such figure quoted in the README, the Spanish guide, the
help texts and their translations is compared with ../shared/facts. Any drift fails here."""

import re
import sqlite3
from pathlib import Path

import pytest
from engine_helpers import csv_rows

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "resources" / "data" / "vraem.gpkg"
# bundled table -> facts file; every column of the facts file is in the table (build_data adds, never drops)
TABLES = {
    "yield_parameters": "yield_parameters.csv",
    "reference_ratios": "reference_ratios.csv",
    "coca_hectares": "coca_hectares.csv",
    "eradication_corah": "eradication_corah.csv",
    "towns": "vraem_towns.csv",
    "border_crossings": "border_crossings.csv",
}
TEXTS = [REPO / "README.md", REPO / "docs" / "README.es.md", REPO / "i18n" / "vraem_analyst_es.ts",
         REPO / "i18n" / "vraem_analyst_pt.ts", *sorted((REPO / "plugin").rglob("*.py"))]


def _bundled_rows(table):
    connection = sqlite3.connect(f"file:{BUNDLED}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY fid')]
    finally:
        connection.close()


def _as_published(value):
    """A bundled cell as the facts file writes it, for comparison: numbers as floats, NULL as ''."""
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return float(value)
    return str(value)


def _csv_cell(text, bundled):
    if isinstance(bundled, float):
        return float(text.replace(",", "")) if text.strip() else ""
    return text.strip()


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_bundled_cell_is_the_facts_cell(shared_facts, table):
    rows = csv_rows(shared_facts / TABLES[table])
    bundled = _bundled_rows(table)
    assert len(bundled) == len(rows), table
    for number, (row, stored) in enumerate(zip(rows, bundled), start=1):
        for column, text in row.items():
            value = _as_published(stored[column])
            assert value == _csv_cell(text, value), f"{table} row {number} {column}: {stored[column]!r} vs {text!r}"


def _float(text):
    return float(text.replace(",", "")) if text and text.strip() else None


def facts_figures(facts):
    """The figures the plugin derives from the facts, computed here from the CSV files alone."""
    yields = csv_rows(facts / "yield_parameters.csv")
    factors = [float(r["value"]) for r in yields if r["parameter_set"] in ("conversion", "conversion_observed")]
    central_factor = next(float(r["value"]) for r in yields if r["parameter_set"] == "conversion")
    sets = {}
    for key in ("vraem", "national"):
        rows = [r for r in yields if r["parameter_set"] == key]
        spread = [float(r["value"]) for r in rows if r["role"].split()[0] in ("low", "high", "observed")]
        central = next(float(r["value"]) for r in rows if r["role"].startswith("central"))
        sets[key] = (min(spread), central, max(spread))
    ratios = csv_rows(facts / "reference_ratios.csv")
    spans = [float(r["kg_hcl_per_ha"]) for r in ratios]
    unodc_own = [float(r["kg_hcl_per_ha"]) for r in ratios if r["estimator"] == "UNODC potential HCl"
                 and r["year"] in ("2004", "2005")]
    corah = [float(r["implied_kg_per_ha"]) for r in csv_rows(facts / "eradication_corah.csv")
             if int(r["year"]) >= 2023 and r["implied_kg_per_ha"]]
    return {"sets": sets, "factors": (min(factors), central_factor, max(factors)),
            "span": (min(spans), max(spans)), "unodc_own": (min(unodc_own), max(unodc_own)),
            "corah": (min(corah), max(corah))}


def test_the_engine_uses_the_facts_figures(qgis_app, shared_facts):
    from qgis.core import QgsProject

    from vraem_analyst.plugin.core import claims, series, yields

    expected = facts_figures(shared_facts)
    sets = yields.parameter_sets(project=QgsProject(), include_custom=False)
    for key, values in expected["sets"].items():
        assert sets[key].leaf_kg_per_ha() == values, key
        assert sets[key].factor_range() == expected["factors"], key
    ratios = claims.reference_ratios()
    assert (min(r.kg_hcl_per_ha for r in ratios), max(r.kg_hcl_per_ha for r in ratios)) == expected["span"]
    (factor,) = claims.fixed_factors()
    assert (factor.low_kg_per_ha, factor.high_kg_per_ha) == expected["corah"]
    rows = {int(r["year"]): r for r in csv_rows(shared_facts / "coca_hectares.csv")}
    for item in series.coca_series():
        assert item.peru_ha == _float(rows[item.year]["peru_total_ha"]), item.year
        assert item.vraem_ha == _float(rows[item.year]["vraem_ha"]), item.year
        assert item.source == rows[item.year]["source"]
    assert set(rows) == {item.year for item in series.coca_series()}


def _kg_per_ha_ranges(text):
    return {(float(a), float(b)) for a, b in re.findall(r"(\d+(?:\.\d+)?)\s*[–-]\s*(\d+(?:\.\d+)?) kg/ha", text)}


def test_quoted_ratio_spans_are_the_facts(shared_facts):
    expected = facts_figures(shared_facts)
    allowed = {expected["span"], expected["unodc_own"], expected["corah"]}
    quoted = {}
    for path in TEXTS:
        for span in _kg_per_ha_ranges(path.read_text(encoding="utf-8")):
            quoted.setdefault(span, []).append(path.name)
    assert expected["span"] in quoted, "the published span is quoted"
    drifted = {span: names for span, names in quoted.items() if span not in allowed}
    assert not drifted, f"kg/ha spans not in the facts: {drifted}"


def _thousands(value):
    return "{:,.0f}".format(value)


@pytest.mark.parametrize("guide, national, vraem", [
    ("README.md", "Peru national", "VRAEM"), ("docs/README.es.md", "promedio nacional", "VRAEM")])
def test_the_guides_quote_the_bundled_yields_and_factors(shared_facts, guide, national, vraem):
    expected = facts_figures(shared_facts)
    text = " ".join((REPO / guide).read_text(encoding="utf-8").split())
    for label, key in ((vraem, "vraem"), (national, "national")):
        quoted = " / ".join(_thousands(value) for value in expected["sets"][key])
        assert f"{label} {quoted}" in text, f"{guide}: {label} {quoted}"
    low, _central, high = expected["factors"]
    assert f"{_thousands(low)}" in text and re.search(rf"579[–-]{_thousands(high)}", text), guide
    # no stale set values (the ones before the observed rows joined the range)
    assert "2,200 / 2,391 / 2,414" not in text


def test_the_readme_worked_example_is_the_facts(shared_facts):
    """README: 100 square miles and 300 t → 25,900 ha, 11.6 kg/ha, about 163 t and 249 t at the UNODC
    factor, the whole published range 96–254 t."""
    expected = facts_figures(shared_facts)
    text = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    hectares = 100 * 1609.344 ** 2 / 10_000
    ratios = {r["estimator"]: float(r["kg_hcl_per_ha"]) for r in csv_rows(shared_facts / "reference_ratios.csv")}
    figures = {
        "ha": _thousands(round(hectares, -2)), "kg": f"{300_000 / hectares:.1f}",
        "national": f"{ratios['UNODC factor x national yield']:.1f}", "vraem": f"{ratios['UNODC factor x VRAEM yield']:.1f}",
        "t_national": _thousands(hectares * ratios["UNODC factor x national yield"] / 1000),
        "t_vraem": _thousands(hectares * ratios["UNODC factor x VRAEM yield"] / 1000),
        "t_low": _thousands(hectares * expected["span"][0] / 1000),
        "t_high": _thousands(hectares * expected["span"][1] / 1000),
    }
    sentence = ("is {ha} ha and {kg} kg/ha — above every published ratio; the UNODC factor at the national yield "
                "({national} kg/ha) gives about {t_national} t, at the VRAEM yield ({vraem} kg/ha) about {t_vraem} t, "
                "and the whole published range {t_low}–{t_high} t").format(**figures)
    assert sentence in text
