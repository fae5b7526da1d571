"""The sheet and its atlas pages in Spanish and Portuguese (issue 16 item 11): CRS names, the overview's
country names, every legend entry, figure label, source line and caveat in the user's language.
Screenshots: report_sheet_es.png, report_sheet_pt.png, atlas_page_1.png, atlas_page_2.png (Spanish)."""

import re
import shutil

import pytest
from i18n_helpers import compile_translation
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
)
from qgis.PyQt.QtCore import Qt

# Words of the English sheet that must not survive in the translated one (the citations' descriptions
# included: a document's own title, e.g. "UNODC Peru Coca Survey 2005", may stay as published).
ENGLISH_WORDS = ("zone", "statement", "press release", "derived", "leaf", "fact sheet", "conversion factor",
                 "features", "page", "towns", "approximate", "potential", "yield", "sources", "main map",
                 "overview", "legend", "prepared by", "inside", "within", "brazil")


@pytest.fixture
def language(request):
    from vraem_analyst.plugin.i18n import install_translator, remove_translator

    translator = None
    if request.param != "en":
        compile_translation(request.param)
        translator = install_translator(request.param)
        assert translator is not None
    yield request.param
    remove_translator(translator)


def build_atlas_sheet(project, atlas=True):
    """The SAMPLE plan with towns' 5 km buffers, as the dock or the algorithm builds it (all texts are made
    while the translator is installed)."""
    from vraem_analyst.plugin.core import reference, yields
    from vraem_analyst.plugin.core.report import figures as report_figures
    from vraem_analyst.plugin.core.report import sheet as report_sheet
    from vraem_analyst.plugin.core.report import styles as report_styles

    zone = reference.zone_layer()
    plan = reference.bundled_layer("eradication_plan_sample", "eradication_plan_sample")
    towns = reference.bundled_layer("towns", "towns")
    for layer in (zone, plan, towns):
        report_styles.mark_bundled_layer(layer)  # translated titles and roles, as Processing does
        project.addMapLayer(layer)
    pset = yields.get_set("vraem", project=project)
    figures = report_figures.compute_figures(plan, zone, "vraem", buffer_source=towns, buffer_km=5.0, project=project)
    pages = report_figures.page_figures(plan, zone, pset, project=project, analysis=figures) if atlas else None
    spec = report_sheet.SheetSpec(figures, [towns, plan, zone], overview_layers=[zone, report_styles.countries_layer()],
                                  focus_layers=[plan], author="Equipo", analysed=plan.name(),
                                  parameter_set=pset.label, atlas_layer=plan if atlas else None,
                                  atlas_name_field="sector_name", atlas_figures=pages)
    return report_sheet.add_layout(project, report_sheet.create_layout(project, spec)), plan


def sheet_texts(layout):
    """Every text a reader sees on the (current atlas page of the) sheet: labels, legend, table."""
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    texts = {}
    for item_id in ("title", "subtitle", "caveats", "sources", "crs_date"):
        item = report_sheet.find_item(layout, item_id)
        item.refreshExpressionContext()
        texts[item_id] = item.currentText()
    legend = report_sheet.find_item(layout, "legend")
    model = legend.model()
    entries = [legend.title()]
    for node in model.rootGroup().findLayers():
        entries.append(node.customProperty("legend/title-label") or node.name())
        entries += [legend_node.data(Qt.ItemDataRole.DisplayRole) for legend_node in model.layerLegendNodes(node)]
    texts["legend"] = "\n".join(entry for entry in entries if entry)
    table = report_sheet.figures_table(layout)
    table.refresh()
    texts["table"] = "\n".join(" ".join(str(cell) for cell in row) for row in table.contents())
    texts["headers"] = " ".join(column.heading() for column in table.headers())
    texts["scalebar"] = report_sheet.find_item(layout, "scalebar").unitLabel()
    return texts


def overview_country_names(layout):
    """The country labels the overview map draws: its countries layer's label expression per country."""
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    overview = report_sheet.find_item(layout, "overview_map")
    countries = next(layer for layer in overview.layers() if layer.fields().indexOf("ISO_A3") >= 0)
    settings = countries.labeling().settings()
    expression = QgsExpression(settings.fieldName)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(countries))
    names = {}
    for feature in countries.getFeatures(QgsFeatureRequest().setFilterRect(overview.extent())):
        context.setFeature(feature)
        names[feature["ISO_A3"]] = expression.evaluate(context)
    return names


@pytest.mark.parametrize("language", ["es", "pt"], indirect=True)
def test_sheet_and_atlas_pages_are_in_the_users_language(project, language, tmp_path, artifacts_dir):
    from vraem_analyst.plugin.core.report import export as report_export

    layout, _plan = build_atlas_sheet(project)
    atlas = layout.atlas()
    assert atlas.beginRender()
    pages = []
    for index in range(2):
        atlas.seekTo(index)
        pages.append(sheet_texts(layout))
    atlas.endRender()
    for texts in pages:
        assert "UTM zona 18S (EPSG:32718)" in texts["crs_date"], texts["crs_date"]
        for part, text in texts.items():
            lowered = " ".join(text.lower().split()) + " "
            leftovers = [word for word in ENGLISH_WORDS if re.search(r"\b" + re.escape(word) + r"\b", lowered)]
            assert not leftovers, (language, part, leftovers, text)
    # the page's name sits in the map's top left corner, clear of the north arrow
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    name_box = report_sheet.find_item(layout, report_sheet.PAGE_NAME_ID).sceneBoundingRect()
    assert report_sheet.find_item(layout, "main_map").sceneBoundingRect().contains(name_box)
    assert not name_box.intersects(report_sheet.find_item(layout, "north_arrow").sceneBoundingRect())
    names = overview_country_names(layout)
    expected = {"es": {"PER": "Perú", "BRA": "Brasil", "PRY": "Paraguay", "GUY": "Guyana"},
                "pt": {"PER": "Peru", "BRA": "Brasil", "PRY": "Paraguai", "GUY": "Guiana"}}[language]
    for code, name in expected.items():
        assert names.get(code) == name, (code, names)

    png = tmp_path / "atlas.png"
    report_export.export_layout(layout, str(png), dpi=100)
    if language == "es":
        for number in (1, 2):
            shutil.copy(report_export.atlas_image_path(str(png), number), artifacts_dir / f"atlas_page_{number}.png")


@pytest.mark.parametrize("language", ["es", "pt"], indirect=True)
def test_single_sheet_is_in_the_users_language(project, language, tmp_path, artifacts_dir):
    from vraem_analyst.plugin.core.report import export as report_export

    layout, _plan = build_atlas_sheet(project, atlas=False)
    texts = sheet_texts(layout)
    for part, text in texts.items():
        lowered = " ".join(text.lower().split()) + " "
        leftovers = [word for word in ENGLISH_WORDS if re.search(r"\b" + re.escape(word) + r"\b", lowered)]
        assert not leftovers, (language, part, leftovers, text)
    png = report_export.export_layout(layout, str(tmp_path / "sheet.png"), dpi=110)
    shutil.copy(png, artifacts_dir / f"report_sheet_{language}.png")


def test_crs_descriptions_are_derived_not_proj_names(qgis_app):
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    assert report_sheet.crs_description(QgsCoordinateReferenceSystem("EPSG:32718")) == "WGS 84 / UTM zone 18S"
    assert report_sheet.crs_description(QgsCoordinateReferenceSystem("EPSG:32617")) == "WGS 84 / UTM zone 17N"
    assert report_sheet.crs_description(QgsCoordinateReferenceSystem("EPSG:4326")) == "WGS 84"
    assert report_sheet.crs_description(QgsCoordinateReferenceSystem("EPSG:3857")) == "WGS 84 / Pseudo-Mercator"
