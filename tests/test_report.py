"""Print layout: headless PDF/PNG export, page count and pixel size, a map that is not blank, the
legend, the figures table against the engine and independent oracles, a scale bar that is right in
km whatever the project CRS, and texts that fit in English and Spanish."""

import csv
import shutil
import subprocess  # nosec B404 (tests are not packaged): pdfinfo
from pathlib import Path

import pytest
from i18n_helpers import compile_translation
from pyproj import Geod, Transformer
from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLabel,
)
from qgis.PyQt.QtCore import QCoreApplication, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QImage
from report_helpers import sheet_layers

GEOD = Geod(ellps="WGS84")

def real_translator(language):
    """The plugin's own compiled translation (the .qm is built from i18n/*.ts like at package time)."""
    from vraem_analyst.plugin.i18n import install_translator

    compile_translation(language)
    translator = install_translator(language)
    assert translator is not None
    return translator


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout  # nosec
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    return int(fields["Pages"]), fields["Page size"].strip()


def build_sheet(project, template="A4", author="Test analyst"):
    from vraem_analyst.plugin.core.report import figures as report_figures
    from vraem_analyst.plugin.core.report import sheet as report_sheet
    from vraem_analyst.plugin.core.report import styles as report_styles

    zone, plan, towns = sheet_layers()
    for layer in (zone, plan, towns):
        project.addMapLayer(layer)
    figures = report_figures.compute_figures(plan, zone, "vraem", buffer_source=towns, buffer_km=5.0, project=project)
    spec = report_sheet.SheetSpec(figures, [towns, plan, zone], overview_layers=[zone, report_styles.countries_layer()],
                                  focus_layers=[zone, plan], author=author, template=template)
    layout = report_sheet.add_layout(project, report_sheet.create_layout(project, spec))
    return layout, figures, (zone, plan, towns)


def item_pixels(layout, item, dpi):
    """The item's rectangle on the page in pixels at `dpi`."""
    rect = item.sceneBoundingRect()
    px = dpi / 25.4
    return int(rect.left() * px), int(rect.top() * px), int(rect.width() * px), int(rect.height() * px)


def ink_share(image, box, step=3):
    """Share of non-white pixels inside box = (x, y, w, h) and the number of distinct colours."""
    x0, y0, w, h = box
    inked, total, colours = 0, 0, set()
    for y in range(y0 + 4, y0 + h - 4, step):
        for x in range(x0 + 4, x0 + w - 4, step):
            colour = QColor(image.pixel(x, y))
            total += 1
            colours.add(colour.name())
            if min(colour.red(), colour.green(), colour.blue()) < 235:
                inked += 1
    return inked / total, len(colours)


@pytest.mark.parametrize("template, points", [("A4", "842 x 595 pts (A4)"), ("A3", "1191 x 842 pts (A3)")])
def test_export_pdf_and_png_headless(project, tmp_path, artifacts_dir, template, points):
    from vraem_analyst.plugin.core.report import export as report_export
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    layout, figures, _layers = build_sheet(project, template)
    assert project.layoutManager().layoutByName(layout.name()) is layout
    pdf = report_export.export_layout(layout, str(tmp_path / "sheet.pdf"), dpi=150)
    assert pdf_pages(pdf) == (1, points)

    dpi = 150  # A4: 1753.9 × 1240.2 px → QgsLayoutExporter truncates to 1753 × 1240
    png = report_export.export_layout(layout, str(tmp_path / "sheet.png"), dpi=dpi)
    image = QImage(png)
    page = layout.pageCollection().page(0).pageSize()
    assert (image.width(), image.height()) == (int(page.width() / 25.4 * dpi), int(page.height() / 25.4 * dpi))
    shutil.copy(png, artifacts_dir / f"report_{template}_en.png")

    # the main map shows data: many non-white pixels, several colours (zone fill, outline, towns, plan)
    share, colours = ink_share(image, item_pixels(layout, report_sheet.find_item(layout, "main_map"), dpi))
    assert share > 0.2 and colours >= 4, (share, colours)
    # the overview shows land (countries) besides the sea-blue background, and the zone
    overview_box = item_pixels(layout, report_sheet.find_item(layout, "overview_map"), dpi)
    x0, y0, w, h = overview_box
    background = report_sheet.find_item(layout, "overview_map").backgroundColor().name()
    not_background = sum(1 for y in range(y0 + 4, y0 + h - 4, 3) for x in range(x0 + 4, x0 + w - 4, 3)
                         if QColor(image.pixel(x, y)).name() != background)
    assert not_background / ((w // 3) * (h // 3)) > 0.3


def test_legend_lists_the_layers_shown(project):
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    layout, _figures, (zone, plan, towns) = build_sheet(project)
    legend = report_sheet.find_item(layout, "legend")
    main_map = report_sheet.find_item(layout, "main_map")
    shown = [layer.id() for layer in main_map.layers()]
    in_legend = [node.layerId() for node in legend.model().rootGroup().findLayers()]
    assert shown == [towns.id(), plan.id(), zone.id()]
    assert in_legend == shown
    assert [node.name() for node in legend.model().rootGroup().findLayers()] == [
        "Towns", "Eradication plan (SAMPLE)", "VRAEM zone (approximate)"]


def test_figures_table_holds_the_engine_numbers(project, shared_facts, tmp_path):
    from vraem_analyst.plugin.core import areas, overlap, yields
    from vraem_analyst.plugin.core.report import figures as report_figures
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    layout, figures, (zone, plan, towns) = build_sheet(project)
    table = report_sheet.figures_table(layout)
    cells = [[cell.content() for cell in row] for row in table.tableContents()]
    assert cells == figures.table_cells()

    # the same numbers straight from the engine
    area = areas.compute_areas(plan, zone=zone, project=project)
    estimate = yields.potential_yield(area.total_ha, yields.get_set("vraem", project=project))
    hits = overlap.buffer_overlap(towns, 5000.0, plan, project=project)
    by_key = {row.key: row.value for row in figures.rows}
    assert by_key["analysed_ha"] == area.total_ha
    assert by_key["inside_zone_ha"] == area.inside_zone_ha
    assert [by_key[f"leaf_t_{level}"] for level in ("low", "central", "high")] == list(estimate.leaf_t)
    assert [by_key[f"hcl_t_{level}"] for level in ("low", "central", "high")] == list(estimate.hcl_t)
    assert by_key["overlap_ha"] == hits.total_overlap_ha
    assert by_key["overlap_features"] == hits.targets_touched

    # independent oracles: geodesic area of the zone (pyproj) and the published VRAEM yields (facts)
    zone_geometry = next(zone.getFeatures()).geometry()
    geodesic_m2 = 0.0
    for part in zone_geometry.asMultiPolygon():
        for index, ring in enumerate(part):
            ring_area, _ = GEOD.polygon_area_perimeter([p.x() for p in ring], [p.y() for p in ring])
            geodesic_m2 += abs(ring_area) if index == 0 else -abs(ring_area)
    assert by_key["zone_ha"] == pytest.approx(geodesic_m2 / 10_000, rel=1e-6)
    with open(shared_facts / "yield_parameters.csv", encoding="utf-8") as handle:
        vraem_rows = [row for row in csv.DictReader(handle) if row["parameter_set"] == "vraem"]
    central = next(float(r["value"]) for r in vraem_rows if r["role"].startswith("central"))
    assert by_key["leaf_t_central"] == pytest.approx(area.total_ha * central / 1000, rel=1e-12)
    assert by_key["hcl_t_central"] == pytest.approx(area.total_ha * central / 1000 / 375, rel=1e-12)
    table_central = next(c for c in cells if c[0] == "Potential coca leaf, central")[1]
    assert float(table_central.replace(",", "")) == pytest.approx(area.total_ha * central / 1000, abs=0.05)

    # and the CSV keeps them at full precision
    path = report_figures.write_figures_csv(figures, str(tmp_path / "figures.csv"))
    with open(path, encoding="utf-8") as handle:
        written = {row["key"]: float(row["value"]) for row in csv.DictReader(handle)}
    assert written == by_key


@pytest.mark.parametrize("km, shown", [(0.25, "0.25"), (0.001, "0.001"), (2.5, "2.5"), (5.0, "5")])
def test_overlap_row_names_the_distance_it_measured(project, km, shown):
    """The sheet's overlap row says the buffer distance as given: 0.25 km read "0.2 km", and the smallest distance the
    report dialog takes (0.001 km, which it puts for a 0) read "Within 0.0 km of Towns" beside features that touch."""
    from vraem_analyst.plugin.core.report import figures as report_figures

    zone, plan, towns = sheet_layers()
    for layer in (zone, plan, towns):
        project.addMapLayer(layer)
    figures = report_figures.compute_figures(plan, zone, "vraem", buffer_source=towns, buffer_km=km, project=project)
    assert figures.row("overlap_ha").label == f"Within {shown} km of {towns.name()}"


def test_map_and_scale_bar_are_right_when_the_project_crs_is_not_the_data_crs(project, tmp_path):
    from vraem_analyst.plugin.core.report import export as report_export
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    layout, _figures, (zone, plan, _towns) = build_sheet(project)
    main_map = report_sheet.find_item(layout, "main_map")
    assert project.crs().authid() == "EPSG:3857"
    assert main_map.crs().authid() == "EPSG:32718"  # UTM 18S, the zone's, whatever the project uses

    # the whole zone is on the map: its lon/lat corners, projected by pyproj, fall inside the extent
    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:32718", always_xy=True)
    extent = main_map.extent()
    zone_box = zone.extent()
    for lon, lat in ((zone_box.xMinimum(), zone_box.yMinimum()), (zone_box.xMaximum(), zone_box.yMaximum())):
        x, y = to_utm.transform(lon, lat)
        assert extent.contains(x, y), (lon, lat)

    # scale bar: measure the drawn bar in the PNG and compare its ground length (pyproj geodesic along
    # the map's middle line) with what its labels claim
    dpi = 200
    png = report_export.export_layout(layout, str(tmp_path / "scale.png"), dpi=dpi)
    image = QImage(png)
    scalebar = report_sheet.find_item(layout, "scalebar")
    x0, y0, w, h = item_pixels(layout, scalebar, dpi)
    longest = 0
    for y in range(y0, y0 + h):
        run = best = 0
        for x in range(x0, x0 + w):
            run = run + 1 if QColor(image.pixel(x, y)).value() < 100 else 0
            best = max(best, run)
        longest = max(longest, best)
    # the bar alternates black and white boxes: its outline is the longest dark horizontal run
    bar_mm = longest / dpi * 25.4
    claimed_km = scalebar.unitsPerSegment() * scalebar.numberOfSegments()
    to_lonlat = Transformer.from_crs("EPSG:32718", "EPSG:4326", always_xy=True)
    mid_y = extent.center().y()
    left = to_lonlat.transform(extent.xMinimum(), mid_y)
    right = to_lonlat.transform(extent.xMaximum(), mid_y)
    _, _, width_m = GEOD.inv(left[0], left[1], right[0], right[1])
    ground_km_per_mm = width_m / 1000 / main_map.rect().width()
    assert bar_mm * ground_km_per_mm == pytest.approx(claimed_km, rel=0.02)
    assert scalebar.unitLabel() == "km"


def is_ink(colour):
    """Dark and opaque (a region render has a transparent background)."""
    return colour.alpha() > 128 and colour.value() < 160


def _label_overflow(layout, label, dpi=200):
    """How far (mm) the label's text runs below its box: render it alone in a much taller box."""
    hidden = [item for item in layout.items() if hasattr(item, "setVisibility") and item is not label
              and item.isVisible()]
    for item in hidden:
        item.setVisibility(False)
    original = label.sizeWithUnits()
    alignment = label.vAlign()
    rect = label.sceneBoundingRect()
    try:
        label.setVAlign(Qt.AlignmentFlag.AlignTop)  # a centred text would move down in the taller box
        label.attemptResize(type(original)(original.width(), original.height() + 60, original.units()))
        region = QRectF(rect.left(), rect.top(), rect.width(), rect.height() + 60)
        image = QgsLayoutExporter(layout).renderRegionToImage(
            region, QSize(int(region.width() / 25.4 * dpi), int(region.height() / 25.4 * dpi)), dpi)
    finally:
        label.setVAlign(alignment)
        label.attemptResize(original)
        for item in hidden:
            item.setVisibility(True)
    last_ink = -1
    for y in range(image.height()):
        if any(is_ink(QColor.fromRgba(image.pixel(x, y))) for x in range(0, image.width(), 2)):
            last_ink = y
    return (last_ink + 1) / dpi * 25.4 - rect.height()


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_legend_of_the_panels_sheet_keeps_every_layer_in_its_box(project, language):
    """The panel's sheet lists the plan, the overlap result (named as the panel names it: long in Spanish),
    the buffered towns and the zone; every entry must fit the legend's box (a third column once ran past its
    right edge in Spanish, and the towns and the zone were cut off)."""
    from qgis.core import QgsVectorLayer

    from vraem_analyst.plugin.core.report import figures as report_figures
    from vraem_analyst.plugin.core.report import sheet as report_sheet
    from vraem_analyst.plugin.core.report import styles as report_styles
    from vraem_analyst.plugin.i18n import tr

    translator = real_translator(language) if language != "en" else None
    try:
        zone, plan, towns = sheet_layers()
        for layer in (zone, plan, towns):
            report_styles.mark_bundled_layer(layer)  # their roles, as Add VRAEM layers gives them: the plan by status
        overlap_name = tr("Within {distance} of {source} – {target}").format(
            distance="5 km", source=towns.name(), target=plan.name())
        overlap_layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", overlap_name, "memory")
        for layer in (zone, plan, towns, overlap_layer):
            project.addMapLayer(layer)
        figures = report_figures.compute_figures(plan, zone, "vraem", buffer_source=towns, buffer_km=5.0,
                                                 project=project)
        spec = report_sheet.SheetSpec(figures, [plan, overlap_layer, towns, zone],
                                      overview_layers=[zone, report_styles.countries_layer()], focus_layers=[plan])
        layout = report_sheet.create_layout(project, spec)
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
    legend = report_sheet.find_item(layout, "legend")
    assert [node.name() for node in legend.model().rootGroup().findLayers()][1] == overlap_name
    needed = report_sheet.legend_natural_size(legend)
    assert needed.width() <= legend.rect().width() + 0.01, (needed, legend.rect(), language)
    assert needed.height() <= legend.rect().height() + 0.01, (needed, legend.rect(), language)


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_texts_fit_in_english_and_spanish(project, tmp_path, artifacts_dir, language):
    from vraem_analyst.plugin.core.report import export as report_export
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    translator = real_translator(language) if language != "en" else None
    try:
        layout, figures, _layers = build_sheet(project, author="Equipo de análisis territorial")
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
    if language == "es":
        assert report_sheet.find_item(layout, "legend").title() == "Leyenda"
        assert figures.rows[0].label == "Área de la zona del VRAEM (aproximada)"

    for item_id in ("title", "subtitle", "caveats", "sources", "crs_date"):
        label = report_sheet.find_item(layout, item_id)
        assert isinstance(label, QgsLayoutItemLabel)
        overflow = _label_overflow(layout, label)
        assert overflow <= 0.2, f"{item_id} runs {overflow:.1f} mm below its box ({language})"

    # the table fits its frame; the legend fits its box
    table = report_sheet.figures_table(layout)
    frame = report_sheet.find_item(layout, "figures_table")
    assert table.totalSize().height() <= frame.rect().height() + 0.01
    assert table.totalSize().width() <= frame.rect().width() + 0.01
    legend = report_sheet.find_item(layout, "legend")
    needed = report_sheet.legend_natural_size(legend)
    assert needed.height() <= legend.rect().height() + 0.01, (needed, legend.rect(), language)
    assert needed.width() <= legend.rect().width() + 0.01, (needed, legend.rect(), language)

    # no two items overlap (the north arrow sits on the map by design) and all are on the page
    page = QRectF(0, 0, *(lambda s: (s.width(), s.height()))(layout.pageCollection().page(0).pageSize()))
    boxes = {item_id: report_sheet.find_item(layout, item_id).sceneBoundingRect() for item_id in report_sheet.ITEM_IDS}
    for item_id, box in boxes.items():
        assert page.contains(box), item_id
    names = [n for n in boxes if n != "north_arrow"]
    for i, first in enumerate(names):
        for second in names[i + 1:]:
            overlap = boxes[first].intersected(boxes[second])
            assert overlap.width() < 0.5 or overlap.height() < 0.5, (first, second)
    assert boxes["main_map"].contains(boxes["north_arrow"])

    png = report_export.export_layout(layout, str(tmp_path / f"sheet_{language}.png"), dpi=110)
    shutil.copy(png, artifacts_dir / f"report_A4_{language}.png")
    assert Path(png).stat().st_size > 0


def test_bad_input_gives_clear_messages(project, tmp_path):
    from vraem_analyst.plugin.core.errors import VraemError
    from vraem_analyst.plugin.core.report import export as report_export
    from vraem_analyst.plugin.core.report import figures as report_figures
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    layout, _figures, _layers = build_sheet(project)
    with pytest.raises(VraemError, match="does not exist"):
        report_export.export_layout(layout, str(tmp_path / "missing" / "x.pdf"))
    with pytest.raises(VraemError, match=r"\.pdf or \.png"):
        report_export.export_layout(layout, str(tmp_path / "x.docx"))
    with pytest.raises(VraemError, match="Unknown layout template"):
        report_sheet.load_template(project, "A0")
    with pytest.raises(VraemError, match="at least one layer"):
        report_sheet.create_layout(project, report_sheet.SheetSpec(report_figures.Figures(), []))
    empty = __import__("qgis.core", fromlist=["QgsVectorLayer"]).QgsVectorLayer(
        "Polygon?crs=EPSG:4326", "empty", "memory")
    with pytest.raises(VraemError, match="no extent"):
        report_sheet.create_layout(project, report_sheet.SheetSpec(report_figures.Figures(), [empty]))
    assert not (tmp_path / "x.docx").exists()


def test_bundled_fonts_are_registered_once_and_removed_on_unregister(qgis_app):
    from qgis.PyQt.QtGui import QFontDatabase

    from vraem_analyst.plugin.core.report import styles as report_styles

    family = report_styles.register_fonts()
    assert family in QFontDatabase().families()
    assert report_styles._registered_fonts  # the ids unregister_fonts() will remove
    ids = list(report_styles._registered_fonts.values())
    report_styles.unregister_fonts()
    assert report_styles._registered_fonts == {}
    assert all(not QFontDatabase.applicationFontFamilies(font_id) for font_id in ids)
    report_styles.register_fonts()  # leave them registered for the other layout tests


def test_caveats_and_zone_label_follow_the_zone(qgis_app):
    from vraem_analyst.plugin.core import reference
    from vraem_analyst.plugin.core.report import figures as report_figures
    from vraem_analyst.plugin.core.report import styles as report_styles

    approximate = report_figures.figures_from_results(zone_area_ha=1.0)
    exact = report_figures.figures_from_results(zone_area_ha=1.0, zone_approximate=False)
    assert "approximate" in approximate.caveats[0] and "(approximate)" in approximate.rows[0].label
    assert "approximate" not in " ".join(exact.caveats) and "(approximate)" not in exact.rows[0].label
    # the bundled zone read from its path (as Processing does) is still known to be approximate
    from qgis.core import QgsVectorLayer

    by_path = QgsVectorLayer(f"{reference.DATA_GPKG}|layername=zone", "vraem", "ogr")
    report_styles.mark_bundled_layer(by_path)
    assert by_path.customProperty(reference.APPROXIMATE_PROPERTY) is True
    assert by_path.customProperty(reference.ROLE_PROPERTY) == "zone"


def test_sources_and_caveats_follow_the_parameter_set_used(project, tmp_path):
    """Issue 11 item 3: a custom set (own yield, factor 370, own source) must not print UNODC's 375."""
    from vraem_analyst.plugin.core import yields
    from vraem_analyst.plugin.core.report import figures as report_figures
    from vraem_analyst.plugin.core.report import sheet as report_sheet

    zone, plan, towns = sheet_layers()
    for layer in (zone, plan, towns):
        project.addMapLayer(layer)
    yields.save_custom_set(project, yields.ParameterSet(
        key="custom", label="Field survey set", leaf_low=2500, leaf_central=2800, leaf_high=3100,
        leaf_per_hcl=370, leaf_per_hcl_low=370, leaf_per_hcl_high=370, sources=["Field survey Pichari 2025"]))
    custom = report_figures.compute_figures(plan, zone, "custom", project=project)
    layout = report_sheet.create_layout(project, report_sheet.SheetSpec(custom, [plan, zone], template="A4"))
    printed = "\n".join(report_sheet.find_item(layout, item_id).text() for item_id in ("sources", "caveats"))
    assert "Field survey Pichari 2025" in printed and "370 kg leaf per kg HCl" in printed
    assert "Field survey set" in printed
    for wrong in ("375", "UNODC/DEVIDA", "DEVIDA", "UNODC has published"):
        assert wrong not in printed, wrong
    path = report_figures.write_figures_csv(custom, str(tmp_path / "custom.csv"))
    notes = " ".join(row["note"] for row in csv.DictReader(open(path, encoding="utf-8")))
    assert "375" not in notes and "Field survey Pichari 2025" in notes

    # the bundled set names its own sources, and the range bounds
    bundled = report_figures.compute_figures(plan, zone, "vraem", project=project)
    sources = " ".join(bundled.sources)
    assert "375 kg leaf per kg HCl, range 375–589 (cocaine low = lowest yield ÷ 589" in sources
    assert "3,000–3,627 kg/ha: DEVIDA statement" in sources
    assert "UNODC has published no Peru cocaine estimate since 2009" in " ".join(bundled.caveats)
    assert "589" in bundled.row("hcl_t_low").note and "3,000" in bundled.row("hcl_t_low").note
    # no yield: no yield sources or caveat at all
    areas_only = report_figures.figures_from_results(zone_area_ha=1.0)
    assert not any("Leaf yield" in text for text in areas_only.sources)
    assert not any("Yields" in text for text in areas_only.caveats)


def test_sheet_uses_the_plugin_styles_and_names_what_it_shows(project, tmp_path, artifacts_dir):
    """Issue 16 item 4: layers with QGIS's random default fill (here pure green) and a raw table name
    are drawn in the plugin's styles under translated names, the map is framed on the analysed plan,
    and the subtitle names the analysed layer and parameter set; the user's layers keep their style."""
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    from vraem_analyst.plugin.core import reference, yields
    from vraem_analyst.plugin.core.report import export as report_export
    from vraem_analyst.plugin.core.report import figures as report_figures
    from vraem_analyst.plugin.core.report import sheet as report_sheet
    from vraem_analyst.plugin.core.report import styles as report_styles

    zone = reference.zone_layer()
    plan = reference.bundled_layer("eradication_plan_sample", "eradication_plan")
    plan.setCustomProperty(reference.ROLE_PROPERTY, "plan")
    green = QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "0,255,0,255", "outline_color": "0,255,0,255"}))
    for layer in (zone, plan):
        layer.setRenderer(green.clone())
        project.addMapLayer(layer)
    figures = report_figures.compute_figures(plan, zone, "vraem", project=project)
    label = yields.get_set("vraem", project=project).label
    spec = report_sheet.SheetSpec(figures, [plan, zone], overview_layers=[zone, report_styles.countries_layer()],
                                  focus_layers=[plan], title="Plan sectors", author="Test analyst",
                                  analysed=plan.name(), parameter_set=label)
    layout = report_sheet.add_layout(project, report_sheet.create_layout(project, spec))
    png = report_export.export_layout(layout, str(tmp_path / "sheet.png"), dpi=100)
    shutil.copy(png, artifacts_dir / "report_sheet_16.png")
    image = QImage(png)
    x0, y0, w, h = item_pixels(layout, report_sheet.find_item(layout, "main_map"), 100)
    main = [QColor(image.pixel(x, y)).name() for y in range(y0 + 2, y0 + h - 2, 2) for x in range(x0 + 2, x0 + w - 2, 2)]
    assert "#00ff00" not in main  # no layer drawn with its random fill
    # framed on the plan (with a margin), not on the whole zone
    main_map = report_sheet.find_item(layout, "main_map")
    shown, plan_box = main_map.extent(), report_sheet.combined_extent([plan], main_map.crs(), project)
    assert shown.contains(plan_box)
    assert min(shown.width() / plan_box.width(), shown.height() / plan_box.height()) < 1.2
    assert not shown.contains(report_sheet.combined_extent([zone], main_map.crs(), project))
    # the overview draws the countries in their own style (countries.qml), not the fallback red fill
    overview = report_sheet.find_item(layout, "overview_map")
    countries = next(layer for layer in overview.layers() if layer.id() != zone.id())
    assert overview.layerStyleOverrides()[countries.id()] == report_styles.report_style(countries)
    legend = report_sheet.find_item(layout, "legend")
    titles = [node.customProperty("legend/title-label") for node in legend.model().rootGroup().findLayers()]
    assert titles == ["Eradication plan (SAMPLE)", "VRAEM zone (approximate)"]
    subtitle = report_sheet.find_item(layout, "subtitle").text()
    assert "prepared by Test analyst" in subtitle and "Analysed layer: eradication_plan" in subtitle
    assert f"Parameter set: {label}" in subtitle
    assert report_sheet.find_item(layout, "title").text() == "Plan sectors"
    # the user's layers are not restyled
    assert plan.renderer().symbol().color().name() == zone.renderer().symbol().color().name() == "#00ff00"


def test_atlas_pages_show_their_own_features_figures(project, tmp_path, artifacts_dir):
    """Issue 16 item 5: each atlas page's table holds its own feature's area, part inside the zone and
    yield range (before, every page repeated the whole analysis'), and pages are named by sector."""
    from vraem_analyst.plugin.core import areas, yields
    from vraem_analyst.plugin.core.report import export as report_export
    from vraem_analyst.plugin.core.report import figures as report_figures
    from vraem_analyst.plugin.core.report import sheet as report_sheet
    from vraem_analyst.plugin.core.report import styles as report_styles

    zone, plan, towns = sheet_layers()
    for layer in (zone, plan, towns):
        project.addMapLayer(layer)
    pset = yields.get_set("vraem", project=project)
    figures = report_figures.compute_figures(plan, zone, "vraem", project=project)
    pages = report_figures.page_figures(plan, zone, pset, project=project)
    spec = report_sheet.SheetSpec(figures, [plan, zone], overview_layers=[zone, report_styles.countries_layer()],
                                  atlas_layer=plan, atlas_name_field="sector_id", atlas_figures=pages)
    layout = report_sheet.add_layout(project, report_sheet.create_layout(project, spec))
    atlas = layout.atlas()
    atlas.beginRender()
    table = report_sheet.figures_table(layout)
    seen = []
    for index in range(2):
        assert atlas.seekTo(index)
        feature = atlas.layout().reportContext().feature()
        alone = areas.compute_areas(plan, zone=zone, project=project)
        row = next(r for r in alone.rows if r.fid == feature.id())
        table.refresh()
        shown = {cells[0]: cells[1] for cells in table.contents()}
        assert shown["Area analysed"] == report_figures.figure_text(row.area_ha, 1)
        assert shown["of which inside the zone"] == report_figures.figure_text(row.inside_zone_ha, 1)
        central = yields.potential_yield(row.area_ha, pset)
        assert shown["Potential coca leaf, central"] == report_figures.figure_text(central.leaf_t[1], 1)
        seen.append((atlas.nameForPage(index), shown["Area analysed"]))
    atlas.endRender()
    assert seen[0] != seen[1]
    assert all(name.startswith("SAMPLE-") for name, _area in seen)
    assert shown["Area analysed"] != report_figures.figure_text(figures.row("analysed_ha").value, 1)
    png = tmp_path / "atlas.png"
    assert report_export.export_layout(layout, str(png), dpi=80) == atlas.count()  # the screenshots: test_report_languages.py
