"""Atlas pages of their own feature (issue 16 item 5): each page's overlap with the buffers, its own
plausibility warning, the page's feature outlined on a map where the others are faint; from the core
sheet and vraem:exportreport (the dock: test_dock.py). Screenshots: test_report_languages.py."""

import subprocess  # nosec B404 (tests are not packaged): pdftotext

import pytest
from air_tracks import scenario, write_fixes
from fault_helpers import assert_untouched, cancelling_feedback, fingerprint, run
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QImage
from report_helpers import sheet_layers

HALO_YELLOW = QColor(255, 221, 0)
TRENDS_TITLE = "Trends: coca area and eradication by year"
AIR_TITLE = "Air picture:"  # pdftotext reads the "fl" of "flight" as a ligature


def plan_zone_towns(project):
    zone, plan, towns = sheet_layers()
    for layer in (zone, plan, towns):
        project.addMapLayer(layer)
    return plan, zone, towns


def feature_alone(layer, fid):
    """A copy of the layer holding only feature `fid` (an independent run of the engine on it)."""
    return layer.materialize(QgsFeatureRequest().setFilterFids([fid]))


def page_cells(layout, atlas, index):
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    assert atlas.seekTo(index)
    table = report_sheet.figures_table(layout)
    table.refresh()
    return atlas.layout().reportContext().feature(), {cells[0]: cells[1] for cells in table.contents()}


def caveats_text(layout):
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    label = report_sheet.find_item(layout, "caveats")
    label.refreshExpressionContext()
    return label.currentText()


def pixel_of(layout, main_map, point, crs, project, dpi):
    """Where a point (in `crs`) of the main map lands on the page image at `dpi`."""
    mapped = QgsCoordinateTransform(crs, main_map.crs(), project).transform(point)
    extent, rect = main_map.extent(), main_map.sceneBoundingRect()
    x_mm = rect.left() + (mapped.x() - extent.xMinimum()) / extent.width() * rect.width()
    y_mm = rect.top() + (extent.yMaximum() - mapped.y()) / extent.height() * rect.height()
    return int(x_mm * dpi / 25.4), int(y_mm * dpi / 25.4)


def near(colour, wanted, tolerance=40):
    return all(abs(a - b) <= tolerance for a, b in ((colour.red(), wanted.red()), (colour.green(), wanted.green()),
                                                   (colour.blue(), wanted.blue())))


def test_atlas_pages_show_their_features_overlap_warning_and_outline(project, tmp_path):
    from vraem_analyst.plugin.core import overlap, plausibility, yields
    from vraem_analyst.plugin.core.report import export as report_export
    from vraem_analyst.plugin.core.report import figures as report_figures
    from vraem_analyst.plugin.core.report import sheet as report_sheet
    from vraem_analyst.plugin.core.report import styles as report_styles

    plan, zone, towns = plan_zone_towns(project)
    pset = yields.get_set("vraem", project=project)
    figures = report_figures.compute_figures(plan, zone, "vraem", buffer_source=towns, buffer_km=5.0,
                                             project=project)
    whole_warning = figures.feature_warnings[0]
    assert "1,090 ha" in whole_warning  # the largest SAMPLE sector; most sectors are far smaller
    pages = report_figures.page_figures(plan, zone, pset, project=project, analysis=figures)
    spec = report_sheet.SheetSpec(figures, [towns, plan, zone], overview_layers=[zone, report_styles.countries_layer()],
                                  atlas_layer=plan, atlas_name_field="sector_name", atlas_figures=pages)
    layout = report_sheet.add_layout(project, report_sheet.create_layout(project, spec))
    atlas = layout.atlas()
    assert atlas.beginRender()
    large = next(fid for fid, page in pages.items() if page.row("analysed_ha").value > plausibility.FIELD_MAX_HA)
    assert sum(page.row("analysed_ha").value > plausibility.FIELD_MAX_HA for page in pages.values()) < len(pages) / 2
    order = {}
    for index in range(atlas.count()):
        atlas.seekTo(index)
        order[atlas.layout().reportContext().feature().id()] = index
    overlap_label = figures.row("overlap_ha").label
    checked = []
    for fid in sorted(order, key=order.get)[:2] + [large]:
        feature, shown = page_cells(layout, atlas, order[fid])
        assert feature.id() == fid
        # the page's overlap is that of its feature measured alone (an independent engine run)
        alone = overlap.buffer_overlap(towns, 5000.0, feature_alone(plan, fid), project=project)
        assert shown[overlap_label] == report_figures.figure_text(alone.total_overlap_ha, 1)
        expected_pct = alone.targets[0].overlap_pct if alone.targets else 0.0
        assert shown["share of the feature inside the buffers"] == report_figures.figure_text(expected_pct, 1)
        assert "Features touching the buffers" not in shown  # 1 or 0 of one feature says nothing
        caveats = caveats_text(layout)
        area_ha = pages[fid].row("analysed_ha").value
        assert (whole_warning in caveats) == (area_ha > 1090 - 0.5), (fid, caveats)  # not the whole layer's
        assert ("far larger than a coca field" in caveats) == (fid == large), (fid, caveats)
        if fid == large:
            assert "{:,.0f} ha or more".format(area_ha) in caveats  # its own area
            assert caveats.index("far larger") < caveats.index("Potential yield assumes")  # where the sheet has it
        assert "Potential yield assumes that the whole of every analysed polygon is coca." in caveats
        checked.append(shown[overlap_label])
    atlas.endRender()
    assert len(set(checked)) > 1  # not the same figure on every page
    assert figures.row("overlap_ha").value > max(float(v.replace(",", "")) for v in checked)

    # the legend explains the outline; the page's feature is outlined and drawn strong, the others faint
    legend = report_sheet.find_item(layout, "legend")
    legend_labels = [node.data(Qt.ItemDataRole.DisplayRole)
                     for layer_node in legend.model().rootGroup().findLayers()
                     for node in legend.model().layerLegendNodes(layer_node)]
    assert "This page's feature" in legend_labels
    png = tmp_path / "atlas.png"
    dpi = 90
    assert report_export.export_layout(layout, str(png), dpi=dpi) == atlas.count()
    main_map = report_sheet.find_item(layout, "main_map")
    atlas.beginRender()
    for number in (1, 2):
        page_png = report_export.atlas_image_path(str(png), number)
        image = QImage(page_png)
        atlas.seekTo(number - 1)
        main_map.refresh()
        x0, y0 = pixel_of(layout, main_map, main_map.extent().center(), main_map.crs(), project, dpi)
        box = main_map.sceneBoundingRect()
        px = dpi / 25.4
        halo = sum(near(QColor(image.pixel(x, y)), HALO_YELLOW, 30)
                   for y in range(int(box.top() * px), int(box.bottom() * px), 2)
                   for x in range(int(box.left() * px), int(box.right() * px), 2))
        assert halo > 50, (number, halo)
        feature = atlas.layout().reportContext().feature()
        inside = feature.geometry().pointOnSurface().asPoint()
        x, y = pixel_of(layout, main_map, inside, plan.crs(), project, dpi)
        own = QColor(image.pixel(x, y))
        assert own.red() - own.green() > 80, own.name()  # the plan's red at full strength
        assert x0 and y0
    atlas.endRender()


def test_atlas_outline_style_marks_only_the_pages_feature(project):
    """The coverage layer's override: the plugin's classes, each faint unless it is the atlas feature,
    plus the outline rule of the atlas feature; the user's layer keeps its own renderer."""
    from qgis.core import (
        QgsExpressionContext,
        QgsExpressionContextScope,
        QgsMapLayerStyle,
        QgsRenderContext,
        QgsSymbol,
    )

    from vraem_analyst.plugin.core.report import styles as report_styles

    plan, _zone, _towns = plan_zone_towns(project)
    before = plan.renderer().type()
    donor = plan.clone()
    QgsMapLayerStyle(report_styles.atlas_highlight_style(plan)).writeToLayer(donor)
    renderer = donor.renderer()
    assert renderer.type() == "RuleRenderer"
    features = list(plan.getFeatures())
    page, other = features[0], features[1]
    context = QgsRenderContext()
    expressions = QgsExpressionContext()
    scope = QgsExpressionContextScope()
    scope.setVariable("atlas_featureid", page.id())
    expressions.appendScope(scope)
    context.setExpressionContext(expressions)
    renderer.startRender(context, plan.fields())

    def opacities(feature):
        context.expressionContext().setFeature(feature)
        symbols = renderer.symbolsForFeature(feature, context)
        values = []
        for symbol in symbols:
            prop = symbol.dataDefinedProperties().property(QgsSymbol.Property.Opacity)
            values.append(prop.valueAsDouble(context.expressionContext(), 100.0)[0] if prop.isActive() else 100.0)
        return len(symbols), values

    page_count, page_values = opacities(page)
    other_count, other_values = opacities(other)
    renderer.stopRender(context)
    assert page_count == 2 and page_values == [100.0, 100.0]  # its class and the outline
    assert other_count == 1 and other_values == [float(report_styles.OTHER_FEATURES_OPACITY)]
    assert plan.renderer().type() == before == "categorizedSymbol"


def test_exportreport_atlas_pages_have_their_own_figures(project, tmp_path, vraem_provider):
    """vraem:exportreport with ATLAS: a PDF page per sector named by sector_name, each with its own area
    and overlap."""
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from vraem_analyst.plugin.core import overlap, reference
    from vraem_analyst.plugin.core.report import figures as report_figures

    plan = reference.bundled_layer("eradication_plan_sample", reference.layer_title("plan"))
    plan.setSubsetString('"fid" <= 3')
    towns = reference.bundled_layer("towns", reference.layer_title("towns"))
    zone = reference.zone_layer()
    for layer in (plan, towns, zone):
        project.addMapLayer(layer)
    context = QgsProcessingContext()
    context.setProject(project)
    pdf, png, csv_path = tmp_path / "atlas.pdf", tmp_path / "atlas.png", tmp_path / "atlas.csv"
    params = {"INPUT": plan, "ZONE": zone, "BUFFER_SOURCE": towns, "BUFFER_DISTANCE": 5.0, "ATLAS": True,
              "DPI": 72, "OUTPUT_PDF": str(pdf), "OUTPUT_PNG": str(png), "OUTPUT_CSV": str(csv_path)}
    results = processing.run("vraem:exportreport", params, context=context, feedback=QgsProcessingFeedback())
    # review: the output named atlas.png, a file an atlas never writes (the dialog's link led nowhere)
    assert results["OUTPUT_PNG"] == str(tmp_path / "atlas_001.png")
    features = sorted(plan.getFeatures(), key=lambda f: str(f["sector_name"]))
    assert (tmp_path / "atlas_003.png").exists() and not (tmp_path / "atlas_004.png").exists()
    label = "Within 5 km of {}".format(towns.name())
    for page, feature in enumerate(features, start=1):
        text = " ".join(subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],  # nosec
                                       capture_output=True, text=True, check=True).stdout.split())
        assert str(feature["sector_name"]) in text
        alone = overlap.buffer_overlap(towns, 5000.0, feature_alone(plan, feature.id()), project=project)
        assert "{} {} ha".format(label, report_figures.figure_text(alone.total_overlap_ha, 1)) in text, text
        assert "This page's feature" in text


@pytest.fixture(scope="module")
def air_fixes(qgis_app, tmp_path_factory):
    path = write_fixes(tmp_path_factory.mktemp("atlas_air") / "fixes.gpkg", scenario(), "datetime")
    return f"{path}|layername=fixes"


def atlas_with_extra_pages(tmp_path, fixes):
    """vraem:exportreport parameters: an atlas of the first three SAMPLE sectors, the trends page and the
    air picture page, written into `tmp_path`."""
    from vraem_analyst.plugin.paths import DATA_GPKG

    return {"INPUT": f"{DATA_GPKG}|layername=eradication_plan_sample|subset=\"fid\" <= 3", "ATLAS": True,
            "TRENDS": True, "AIR_TRACKS": fixes, "AIR_TIME_FIELD": "time", "AIR_TRACK_FIELD": "track", "DPI": 72,
            "OUTPUT_PDF": str(tmp_path / "atlas.pdf"), "OUTPUT_PNG": str(tmp_path / "atlas.png"),
            "OUTPUT_CSV": str(tmp_path / "atlas.csv")}


def pdf_pages(path):
    """The text of each page of a PDF (pdftotext; a form feed ends each page)."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"],  # nosec
                          capture_output=True, text=True, check=True).stdout
    return [" ".join(page.split()) for page in text.split("\f")[:-1]]


def pdf_page_count(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout  # nosec
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


def test_exportreport_atlas_with_trends_and_air_pages_once_after_the_atlas(vraem_provider, tmp_path, air_fixes):
    """An atlas run with TRENDS and AIR_TRACKS: one PDF, a page per sector in name order, then the trends
    page and the air picture page once each (they were refused with the atlas before); the PNG output is
    the first sector's page and the images are the sector pages only."""
    from vraem_analyst.plugin.core import reference

    plan = reference.bundled_layer("eradication_plan_sample", reference.layer_title("plan"))
    plan.setSubsetString('"fid" <= 3')
    names = sorted(str(feature["sector_name"]) for feature in plan.getFeatures())
    assert len(names) == 3
    results, error = run("vraem:exportreport", atlas_with_extra_pages(tmp_path, air_fixes))
    assert error is None, error
    pdf = tmp_path / "atlas.pdf"
    assert pdf_page_count(pdf) == len(names) + 2
    pages = pdf_pages(pdf)
    assert len(pages) == len(names) + 2
    for page, name in zip(pages, names):
        assert name in page and "This page's feature" in page
        assert TRENDS_TITLE not in page and AIR_TITLE not in page
    assert sum(page.count(TRENDS_TITLE) for page in pages) == 1 and TRENDS_TITLE in pages[-2]
    assert sum(page.count(AIR_TITLE) for page in pages) == 1 and AIR_TITLE in pages[-1]
    assert "Entry (UTC)" in pages[-1] and "T1" in pages[-1].split()
    assert results["OUTPUT_PNG"] == str(tmp_path / "atlas_001.png")
    assert sorted(path.name for path in tmp_path.glob("*.png")) == ["atlas_001.png", "atlas_002.png", "atlas_003.png"]


def test_exportreport_atlas_with_extra_pages_cancelled_while_exporting_leaves_nothing(vraem_provider, tmp_path,
                                                                                       air_fixes):
    """Cancelled while the atlas PDF or the atlas images are written: the run says so and leaves no file
    (no CSV, no PDF, no image)."""
    normal = tmp_path / "normal"
    normal.mkdir()
    feedback = cancelling_feedback(10 ** 9)
    progress = []
    feedback.progressChanged.connect(progress.append)
    _, error = run("vraem:exportreport", atlas_with_extra_pages(normal, air_fixes), feedback)
    assert error is None, error
    # the PDF is written from 60 % to 80 %, the PNG images from 80 % to 100 %; cancel halfway through each
    during_pdf = [number for number, value in enumerate(progress, start=1) if 60 < value < 80]
    during_png = [number for number, value in enumerate(progress, start=1) if 80 < value < 100]
    assert during_pdf and during_png, progress
    for point in (during_pdf[len(during_pdf) // 2], during_png[len(during_png) // 2]):
        out = tmp_path / f"cancel-{point}"
        out.mkdir()
        before = fingerprint(out)
        _, error = run("vraem:exportreport", atlas_with_extra_pages(out, air_fixes), cancelling_feedback(point))
        assert error is not None and "cancelled" in error, (point, error)
        assert_untouched(before, out)
