"""The trends chart: the bundled series as published (gaps stay gaps), the 2018 break, the VRAEM share,
the current analysis drawn against the series, SVG/PNG files, and a plugin that works without matplotlib."""

import math
import subprocess  # nosec B404 (tests are not packaged): a Python without matplotlib
import sys
from pathlib import Path

import pytest
from engine_helpers import csv_rows

from vraem_analyst.plugin.core import series, trends
from vraem_analyst.plugin.core.errors import VraemError

pytest.importorskip("matplotlib")
from matplotlib.figure import Figure  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def _number(text):
    return float(text) if text.strip() else None


def _same(drawn, published):
    if published is None:
        return math.isnan(drawn)
    return drawn == pytest.approx(published)


@pytest.fixture(scope="module")
def drawn(qgis_app):
    figure = Figure(figsize=(10, 6))
    current = [trends.CurrentFigure("Plan", 21_148.0), trends.CurrentFigure("Claim", 38_253.0, 2023)]
    area_axes, share_axes = trends.draw_trends(figure, current=current)
    return figure, area_axes, share_axes


def test_the_lines_are_the_published_series_with_gaps(drawn, shared_facts):
    _figure, area_axes, _share = drawn
    rows = {int(r["year"]): r for r in csv_rows(shared_facts / "coca_hectares.csv")}
    lines = {line.get_gid(): line for line in area_axes.get_lines() if line.get_gid()}
    years = list(lines["peru"].get_xdata())
    assert years == list(range(2004, 2025))
    for name, column in (("peru", "peru_total_ha"), ("vraem", "vraem_ha")):
        for year, value in zip(years, lines[name].get_ydata()):
            assert _same(value, _number(rows[year][column])), (name, year)
    # never interpolated: Peru 2009 and VRAEM 2006-2008, 2011, 2012, 2017 are gaps
    peru = dict(zip(years, lines["peru"].get_ydata()))
    vraem = dict(zip(years, lines["vraem"].get_ydata()))
    assert math.isnan(peru[2009])
    assert [year for year, value in vraem.items() if math.isnan(value)] == [2006, 2007, 2008, 2011, 2012, 2017]


def test_break_share_eradication_and_current_analysis(drawn, shared_facts):
    _figure, area_axes, share_axes = drawn
    boundaries = [line.get_xdata()[0] for line in share_axes.get_lines()]
    assert boundaries == [series.METHODOLOGY_BREAK - 0.5]
    assert any("2018" in text.get_text() and "DEVIDA" in text.get_text() for text in area_axes.texts)
    rows = {int(r["year"]): r for r in csv_rows(shared_facts / "coca_hectares.csv")}
    heights = {int(bar.get_x() + bar.get_width() / 2 + 0.5): bar.get_height() for bar in share_axes.patches}
    for year, row in rows.items():
        peru, vraem = _number(row["peru_total_ha"]), _number(row["vraem_ha"])
        expected = 100 * vraem / peru if peru and vraem is not None else None
        assert _same(heights[year], expected), year
    erad = {int(r["year"]): r for r in csv_rows(shared_facts / "eradication_corah.csv")}
    bars = {}
    for bar in area_axes.patches:
        if not math.isnan(bar.get_height()):
            bars[int(round(bar.get_x() + bar.get_width() / 2))] = bar.get_height()
    assert bars[2015] == 35_868 and bars[2020] == pytest.approx(6_272.8)
    assert bars[2023] == pytest.approx(18_245.76)  # ">=18245.76": drawn hatched as a lower bound
    assert 2017 not in bars and 2021 not in bars and erad[2017]["hectares_eradicated"] == "not found"
    levels = [line.get_ydata()[0] for line in area_axes.get_lines() if not line.get_gid()]
    assert 21_148.0 in levels and 38_253.0 in levels
    legend = [text.get_text() for text in area_axes.get_legend().get_texts()]
    assert "Plan: 21,148 ha" in legend


def test_svg_and_png_files(qgis_app, tmp_path, artifacts_dir):
    svg = trends.save_chart(str(tmp_path / "trends.svg"), current=[trends.CurrentFigure("Plan", 21_148.0)])
    text = Path(svg).read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    png = trends.save_chart(str(artifacts_dir / "trends_chart.png"),
                            current=[trends.CurrentFigure("Eradication plan (SAMPLE)", 21_148.0)])
    from qgis.PyQt.QtGui import QImage

    image = QImage(png)
    assert image.width() > 1000 and image.height() > 600
    with pytest.raises(VraemError, match=r"\.svg or \.png"):
        trends.save_chart(str(tmp_path / "trends.pdf"))
    with pytest.raises(VraemError, match="folder does not exist"):
        trends.save_chart(str(tmp_path / "absent" / "trends.svg"))


def test_the_plugin_works_without_matplotlib(tmp_path):
    """In a Python where importing matplotlib fails, the chart says so and the rest still works."""
    script = tmp_path / "no_matplotlib.py"
    script.write_text(
        "import sys\n"
        "sys.modules['matplotlib'] = None  # what an installation without matplotlib gives: ImportError\n"
        f"sys.path.insert(0, {str(Path(sys.modules['vraem_analyst'].__file__).parents[1])!r})\n"
        "from qgis.core import QgsApplication\n"
        "app = QgsApplication([], False)\n"
        "app.initQgis()\n"
        "from vraem_analyst.plugin.core import claims, trends\n"
        "from vraem_analyst.plugin.core.report import export, figures, sheet, styles  # noqa: F401\n"
        "assert not trends.available()\n"
        "try:\n"
        "    trends.save_chart('x.svg')\n"
        "except Exception as error:\n"
        "    print('MESSAGE', error)\n"
        "print('CLAIM', claims.check_kind('peru_production', 150, year=2024).production.verdict_code)\n",
        encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,  # nosec
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert "MESSAGE The trends chart needs matplotlib, which is not installed" in done.stdout
    assert "CLAIM below" in done.stdout


def test_every_label_is_translated(qgis_app):
    from i18n_helpers import compile_translation
    from qgis.PyQt.QtCore import QCoreApplication

    from vraem_analyst.plugin.i18n import install_translator

    compile_translation("es")
    translator = install_translator("es")
    try:
        figure = Figure(figsize=(10, 6))
        area_axes, share_axes = trends.draw_trends(figure, current=[trends.CurrentFigure("Plan", 1000.0)])
        texts = [area_axes.get_title(), area_axes.get_ylabel(), share_axes.get_ylabel()]
        texts += [text.get_text() for text in area_axes.get_legend().get_texts()]
        texts += [text.get_text() for text in area_axes.texts] + [text.get_text() for text in figure.texts]
        caption = trends.caption()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert texts[0] == "Área de coca y erradicación en el Perú, 2004–2024"
    assert "Área de coca, VRAEM" in texts and "Erradicado (CORAH)" in texts
    assert any(text.startswith("2018: metodología de DEVIDA") for text in texts)
    assert caption.startswith("Los vacíos son años sin cifra publicada")
