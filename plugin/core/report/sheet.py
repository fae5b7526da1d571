"""The sheet: the VRAEM print layout filled from a template (SheetSpec → create_layout), with its atlas and trends page.

The templates in resources/layouts/ fix the geometry of the sheet; code finds the items by id
(ITEM_IDS), fills texts (translated), sets map layers and extents explicitly, and never relies on
the project's CRS or ellipsoid: the main map draws in the UTM zone of the analysed area and the
overview in WGS 84, whatever the project uses. Fonts are the bundled DejaVu Sans, so the sheet
looks the same on every machine.
"""

import datetime
import math
import os
import textwrap
from dataclasses import dataclass, field
from typing import List, Optional

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
    QgsTableCell,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ...i18n import tr
from ...paths import LAYOUTS_DIR
from .. import trends
from ..definitions import WGS84
from ..errors import VraemError
from ..names import feature_name_expression
from .figures import Figures
from .styles import atlas_highlight_style, legend_title, register_fonts, report_style

NORTH_ARROW_SVG = os.path.join(LAYOUTS_DIR, "north_arrow.svg")

TEMPLATES = {"A4": "vraem_a4_landscape.qpt", "A3": "vraem_a3_landscape.qpt"}

# Ids of the template items; code and tests find items by these, users may restyle them freely.
ITEM_IDS = ("title", "subtitle", "main_map", "overview_map", "legend", "scalebar", "north_arrow",
            "figures_table", "sources", "caveats", "crs_date")

# Peru and a margin of its neighbours, WGS 84 (lon/lat): the overview map's extent.
PERU_AND_NEIGHBOURS = QgsRectangle(-83.0, -20.5, -66.0, 2.5)

MAIN_MAP_MARGIN = 0.06  # fraction of the analysed extent left around it
ATLAS_MARGIN = 0.8  # an atlas page's feature with its neighbours and the towns around it as context
PAGE_NAME_ID = "atlas_page_name"  # the label an atlas adds on the main map (not in the templates)
PAGE_NAME_INSET_MM = 2.5
PAGE_NAME_SIZE_PT = 13.0



def template_path(template):
    if template not in TEMPLATES:
        raise VraemError(tr("Unknown layout template: {name}").format(name=template))
    return os.path.join(LAYOUTS_DIR, TEMPLATES[template])



def load_template(project, template="A4"):
    """A new QgsPrintLayout from resources/layouts/<template>.qpt (not yet in the manager)."""
    register_fonts()
    path = template_path(template)
    try:
        with open(path, encoding="utf-8") as handle:
            content = handle.read()
    except OSError as error:
        raise VraemError(tr("The layout template could not be read: {path}").format(path=path)) from error
    document = QDomDocument()
    parsed = document.setContent(content)
    if not (parsed[0] if isinstance(parsed, tuple) else parsed):
        raise VraemError(tr("The layout template is not valid XML: {path}").format(path=path))
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise VraemError(tr("The layout template could not be loaded: {path}").format(path=path))
    missing = [item_id for item_id in ITEM_IDS if find_item(layout, item_id) is None]
    if missing:
        raise VraemError(tr("The layout template lacks the items: {ids}").format(ids=", ".join(missing)))
    return layout



def find_item(layout, item_id):
    """The template item with this id (for the table: its frame; the table is frame.multiFrame())."""
    return layout.itemById(item_id)



def figures_table(layout):
    frame = find_item(layout, "figures_table")
    return frame.multiFrame() if frame is not None else None



def utm_crs_for(extent_wgs84):
    """The WGS 84 / UTM zone CRS of an extent's centre: true shapes and km for the main map."""
    centre = extent_wgs84.center()
    zone = int(math.floor((centre.x() + 180.0) / 6.0)) % 60 + 1
    code = (32600 if centre.y() >= 0 else 32700) + zone
    return QgsCoordinateReferenceSystem(f"EPSG:{code}")



def crs_description(crs):
    """The sheet's name of a CRS in the user's language: PROJ's names are English ("UTM zone 18S")."""
    code = crs.authid()
    number = int(code[5:]) if code.startswith("EPSG:") and code[5:].isdigit() else 0
    if code == WGS84:
        return tr("WGS 84")
    if 32601 <= number <= 32660 or 32701 <= number <= 32760:  # WGS 84 / UTM, north then south
        zone = "{}{}".format(number % 100, "N" if number < 32700 else "S")
        return tr("WGS 84 / UTM zone {zone}").format(zone=zone)
    return crs.description()



def _extent_in(layer_or_extent, source_crs, target_crs, project):
    transform = QgsCoordinateTransform(source_crs, target_crs, project.transformContext())
    return transform.transformBoundingBox(layer_or_extent)



def combined_extent(layers, target_crs, project):
    """Union of the layers' extents, each transformed from its own CRS (never the project's)."""
    extent = QgsRectangle()
    extent.setNull()
    for layer in layers:
        if layer is None or not layer.isValid():
            continue
        if not layer.crs().isValid():
            raise VraemError(tr("The layer {name} has no coordinate reference system.").format(name=layer.name()))
        layer_extent = layer.extent()
        if layer_extent.isNull():
            continue
        extent.combineExtentWith(_extent_in(layer_extent, layer.crs(), target_crs, project))
    return extent



def _grow(extent, fraction):
    grown = QgsRectangle(extent)
    grown.grow(max(extent.width(), extent.height()) * fraction)
    return grown



def style_overrides(layers):
    """Layer id -> the plugin's style for it: the sheet never shows a layer's random default fill."""
    overrides = {}
    for layer in layers:
        style = report_style(layer) if layer is not None else None
        if style:
            overrides[layer.id()] = style
    return overrides



def _unique_layout_name(project, wanted):
    manager = project.layoutManager()
    name, number = wanted, 2
    while manager.layoutByName(name) is not None:
        name = "{} ({})".format(wanted, number)
        number += 1
    return name



def plain_label_text(text):
    """`text` for a layout label, shown as it is: labels evaluate [% … %] as expressions, so a title
    such as "[% env('HOME') %]" would print an environment variable. Each "[%" becomes an expression
    that yields "[%" itself."""
    return text.replace("[%", "[% '[%' %]")


def _set_label(layout, item_id, text, expression=""):
    """Set a label to the plain `text`, followed by a QGIS `expression` template of our own."""
    item = find_item(layout, item_id)
    if isinstance(item, QgsLayoutItemLabel):
        item.setText(plain_label_text(text) + expression)
    return item



def _fill_table(layout, figures):
    table = figures_table(layout)
    headings = [tr("Figure"), tr("Value"), tr("Unit")]
    columns = table.headers()
    for column, heading in zip(columns, headings):
        column.setHeading(heading)
    table.setHeaders(columns)
    table.setTableContents([[QgsTableCell(text) for text in cells] for cells in figures.table_cells()])
    table.refresh()
    return table



def _fill_legend(legend, layers, main_map):
    """The shown layers under their legend titles, drawn as the main map draws them (its style overrides)."""
    legend.setAutoUpdateModel(False)
    legend.setTitle(tr("Legend"))
    legend.setLinkedMap(main_map)
    root = legend.model().rootGroup()
    root.clear()
    for layer in layers:
        root.addLayer(layer)
    legend.model().setLayerStyleOverrides(main_map.layerStyleOverrides())
    legend.updateLegend()
    _fit_legend(legend, {layer.id(): legend_title(layer) for layer in layers})  # it sets the titles



def legend_natural_size(legend):
    """The size (mm) the legend needs for its contents (the item keeps its template size)."""
    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)
    context.setFlag(Qgis.RenderContextFlag.ApplyScalingWorkaroundForTextRendering, True)
    return QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)



def _fits(legend, box):
    needed = legend_natural_size(legend)
    return needed.height() <= box.height() and needed.width() <= box.width()



def _scale_legend_text(legend, factor):
    for style_id in (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup,
                     QgsLegendStyle.Style.SymbolLabel):
        style = legend.style(style_id)
        text_format = style.textFormat()
        text_format.setSize(text_format.size() * factor)
        style.setTextFormat(text_format)
        legend.setStyle(style_id, style)
    legend.setSymbolHeight(legend.symbolHeight() * factor)
    legend.setSymbolWidth(legend.symbolWidth() * factor)



# Lines a long layer title may be wrapped to (characters), tried in turn when the legend does not fit:
# an overlap result is named after both its layers ("Within 5 km of Towns – Eradication plan (SAMPLE)").
LEGEND_WRAP_WIDTHS = (None, 40, 30)


def _set_titles(legend, titles, width):
    """Each layer's legend title, wrapped at `width` characters (None: on one line)."""
    for node in legend.model().rootGroup().findLayers():
        title = titles.get(node.layerId(), node.name())
        wrapped = "\n".join(textwrap.wrap(title, width, break_long_words=False)) if width else title
        node.setCustomProperty("legend/title-label", wrapped or title)
        legend.model().refreshLayerLegend(node)


def _fit_legend(legend, titles, max_columns=3, max_shrink_steps=5):
    """Categorised layers can list many classes: spread them over more columns, wrap long layer titles,
    then (long texts, e.g. Spanish) make the text a little smaller, until the legend fits its template box."""
    box = legend.rect().size()
    for step in range(max_shrink_steps + 1):
        if step:
            _scale_legend_text(legend, 0.9)
        for width in LEGEND_WRAP_WIDTHS:
            _set_titles(legend, titles, width)
            for columns in range(1, max_columns + 1):
                legend.setColumnCount(columns)
                legend.setSplitLayer(columns > 1)
                if _fits(legend, box):
                    legend.updateLegend()
                    return columns
    legend.updateLegend()
    return max_columns



@dataclass
class SheetSpec:
    """What a sheet shows. layers: the analysed layers on the main map and in the legend (top first);
    overview_layers: layers of the overview map (countries, zone); focus_layers: layers whose extent the
    main map shows (default: all `layers`); atlas_layer: one page per feature of this polygon layer
    (sectors, districts), titled with `atlas_name_field`; analysed and parameter_set: the names of the
    analysed layer and of the parameter set the figures come from, printed on the sheet."""

    figures: Figures
    layers: List[object]
    overview_layers: List[object] = field(default_factory=list)
    focus_layers: Optional[List[object]] = None
    title: Optional[str] = None
    author: Optional[str] = None
    template: str = "A4"
    name: Optional[str] = None
    atlas_layer: object = None
    atlas_name_field: Optional[str] = None
    date: Optional[datetime.date] = None
    analysed: Optional[str] = None
    parameter_set: Optional[str] = None
    atlas_figures: Optional[dict] = None


def subtitle_parts(spec, date_text):
    """Date, author, analysed layer and parameter set: what the sheet is of, under its title."""
    parts = [tr("{date} · prepared by {author}").format(date=date_text, author=spec.author) if spec.author
             else date_text]
    if spec.analysed:
        parts.append(tr("Analysed layer: {layer}").format(layer=spec.analysed))
    if spec.parameter_set:
        parts.append(tr("Parameter set: {name}").format(name=spec.parameter_set))
    return parts


def create_layout(project, spec):
    """The sheet of `spec` filled into its template, for `project` (add_layout() puts it in the manager)."""
    layers = [layer for layer in spec.layers if layer is not None]
    if not layers:
        raise VraemError(tr("The report needs at least one layer to show."))
    for layer in layers:
        if not layer.isValid():
            raise VraemError(tr("The layer {name} is not valid.").format(name=layer.name()))
    date = spec.date or datetime.date.today()
    date_text = date.isoformat()
    # Layers made for the sheet (countries, styled copies) must live as long as the layout: the
    # project owns them, without a layer-tree node. A layer that a store already owns (the user's
    # project, Processing's temporary layers) stays there: adding it here would hand it over, and this
    # project (the report algorithm's private one) would delete it under the project's layer pickers.
    for layer in list(layers) + [layer for layer in spec.overview_layers if layer is not None]:
        if project.mapLayer(layer.id()) is None and layer.parent() is None:
            project.addMapLayer(layer, False)
    layout = load_template(project, spec.template)
    layout.setName(_unique_layout_name(project, spec.name or tr("VRAEM report {date}").format(date=date_text)))

    focus = combined_extent(spec.focus_layers or layers, QgsCoordinateReferenceSystem(WGS84), project)
    if focus.isNull() or focus.isEmpty():
        raise VraemError(tr("The layers to show have no extent (are they empty?)."))
    main_crs = utm_crs_for(focus)

    main_map = find_item(layout, "main_map")
    main_map.setCrs(main_crs)
    main_map.setLayers(layers)
    main_map.setKeepLayerSet(True)
    main_map.setKeepLayerStyles(True)
    overrides = style_overrides(layers)
    if isinstance(spec.atlas_layer, QgsVectorLayer) and spec.atlas_layer in layers:
        overrides[spec.atlas_layer.id()] = atlas_highlight_style(spec.atlas_layer)  # the page's feature stands out
    main_map.setLayerStyleOverrides(overrides)
    main_map.zoomToExtent(_grow(combined_extent(spec.focus_layers or layers, main_crs, project), MAIN_MAP_MARGIN))

    overview = find_item(layout, "overview_map")
    overview.setCrs(QgsCoordinateReferenceSystem(WGS84))
    overview.setLayers([layer for layer in spec.overview_layers if layer is not None])
    overview.setKeepLayerSet(True)
    overview.setKeepLayerStyles(True)
    overview.setLayerStyleOverrides(style_overrides(spec.overview_layers))
    overview.zoomToExtent(PERU_AND_NEIGHBOURS)
    overview.overview().setLinkedMap(main_map)

    arrow = find_item(layout, "north_arrow")
    arrow.setMode(Qgis.PictureFormat.SVG)
    arrow.setPicturePath(NORTH_ARROW_SVG)
    arrow.setLinkedMap(main_map)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.TrueNorth)

    scalebar = find_item(layout, "scalebar")
    scalebar.setLinkedMap(main_map)
    scalebar.setUnitLabel(tr("km"))
    scalebar.update()

    _fill_legend(find_item(layout, "legend"), layers, main_map)
    _fill_table(layout, spec.figures)

    title_text = spec.title or tr("VRAEM: areas and potential coca yield")
    subtitle = " · ".join(subtitle_parts(spec, date_text))
    _set_label(layout, "title", title_text)
    _set_label(layout, "subtitle", subtitle)
    _set_label(layout, "caveats", _caveat_lines(spec.figures.caveats))
    _set_label(layout, "sources", tr("Sources: {sources}").format(sources="; ".join(spec.figures.sources)))
    _set_label(layout, "crs_date", "\n".join((
        tr("Main map: {crs} ({authid})").format(crs=crs_description(main_crs), authid=main_crs.authid()),
        tr("Overview map: {crs} · areas: ellipsoidal ({ellipsoid})").format(
            crs=crs_description(overview.crs()), ellipsoid=tr("WGS 84")),
        tr("VRAEM Analyst · {date}").format(date=date_text))))

    if spec.atlas_layer is not None:
        _set_atlas(layout, spec.atlas_layer, spec.atlas_name_field)
        if spec.atlas_figures:
            _fill_atlas_table(layout, spec.atlas_figures)
            _set_atlas_caveats(layout, spec.figures, spec.atlas_figures)
    return layout


def _per_page(texts):
    """An expression giving each atlas page its own text: texts maps a feature id to that page's text.
    An expression, not a signal: the layout keeps it when saved with the project and reopened."""
    entries = ", ".join("'{}', {}".format(fid, QgsExpression.quotedString(text)) for fid, text in texts.items())
    return "map_get(map({}), to_string(@atlas_featureid))".format(entries)



def _caveat_lines(texts):
    return "\n".join("• " + text for text in texts)



def _set_atlas_caveats(layout, analysis, pages):
    """The caveats of every page: those of the analysis, with its warnings about the features measured
    (e.g. "at least one polygon measures 1,090 ha") replaced by the warnings about the page's own feature."""
    warnings = [text for text in analysis.caveats if text in analysis.feature_warnings]
    at = analysis.caveats.index(warnings[0]) if warnings else len(analysis.caveats)
    before = analysis.caveats[:at]
    after = [text for text in analysis.caveats[at:] if text not in analysis.feature_warnings]
    own = {fid: "\n" + _caveat_lines(figures.feature_warnings) for fid, figures in pages.items()
           if figures.feature_warnings}
    expression = "[% coalesce({}, '') %]".format(_per_page(own)) if own else ""
    return _set_label(layout, "caveats", _caveat_lines(before),
                      expression + plain_label_text("\n" + _caveat_lines(after) if after else ""))



def _fill_atlas_table(layout, pages):
    """The figures table of every page from that page's feature: labels and units of the first page
    (all pages have the same rows), each value an expression of the atlas feature."""
    table = figures_table(layout)
    first = next(iter(pages.values()))
    cells = []
    for index, row in enumerate(first.rows):
        values = {fid: figures.rows[index].display_value() for fid, figures in pages.items()
                  if len(figures.rows) > index and figures.rows[index].key == row.key}
        cells.append([QgsTableCell(row.label), QgsTableCell(QgsProperty.fromExpression(_per_page(values))),
                      QgsTableCell(row.unit)])
    table.setTableContents(cells)
    table.refresh()
    return table



def add_layout(project, layout):
    """Put a sheet into the project's layout manager (the dock's sheets; Processing keeps its own)."""
    if not project.layoutManager().addLayout(layout):
        raise VraemError(tr("The layout could not be added to the project."))
    return layout

TRENDS_ITEM_IDS = ("trends_title", "trends_chart")

TRENDS_MARGIN_MM = 8.0

# True while an atlas exports any feature but its last (without an atlas the feature number is 0)
ONCE_AFTER_THE_ATLAS = "@atlas_featurenumber > 0 AND @atlas_featurenumber < @atlas_totalfeatures"


def add_trends_page(layout, svg_path, series=None, current=()):
    """Append a page with the trends chart: the SVG is written to `svg_path` (it must outlive the
    layout's exports) at the page's proportions, with its caption and sources, then placed as a
    vector picture under a title. Raises VraemError when matplotlib is missing; the first page is not touched."""
    size = layout.pageCollection().page(0).pageSize()
    chart_width, chart_height = size.width() - 2 * TRENDS_MARGIN_MM, size.height() - 2 * TRENDS_MARGIN_MM - 12.0
    trends.save_chart(svg_path, series, current, width_mm=chart_width, height_mm=chart_height)
    page, number = append_page(layout)
    place_on_page(layout, number, page_title(layout, tr("Trends: coca area and eradication by year")), "trends_title",
                  TRENDS_MARGIN_MM, TRENDS_MARGIN_MM, chart_width, 10.0)
    picture = QgsLayoutItemPicture(layout)
    picture.setMode(Qgis.PictureFormat.SVG)
    picture.setPicturePath(svg_path)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    place_on_page(layout, number, picture, "trends_chart", TRENDS_MARGIN_MM, TRENDS_MARGIN_MM + 12.0, chart_width,
                  chart_height)
    return page


def append_page(layout):
    """(page, its number): a new last page of the first page's size, for the extra pages (trends, air).

    An atlas exports every page for each feature; an extra page is excluded from the exports of all its
    features but the last, so it comes once, after the atlas pages, in the same PDF (a QGIS page property:
    a project saved with the sheet keeps it)."""
    collection = layout.pageCollection()
    page = QgsLayoutItemPage(layout)
    page.setPageSize(collection.page(0).pageSize())
    page.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.ExcludeFromExports,
                                             QgsProperty.fromExpression(ONCE_AFTER_THE_ATLAS))
    collection.addPage(page)
    return page, collection.pageCount() - 1


def place_on_page(layout, number, item, item_id, x, y, width, height):
    """Add `item` to the layout as `item_id`, its size and its position on page `number` in mm."""
    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    item.setId(item_id)
    layout.addLayoutItem(item)
    item.attemptResize(QgsLayoutSize(width, height, mm))
    item.attemptMove(QgsLayoutPoint(x, y, mm), True, False, number)
    return item


def page_title(layout, text):
    """A label in the sheet title's format, for an extra page."""
    title = QgsLayoutItemLabel(layout)
    title.setTextFormat(find_item(layout, "title").textFormat())
    title.setText(text)
    return title


def natural_order(expression):
    """A sort key for the values of `expression` that puts "Sector 2" before "Sector 10": the text
    before the first number, that number padded with zeros, then the rest ("SAMPLE sector 2 near
    Kimbiri" before "SAMPLE sector 10 near Anco"); a value without a number sorts as it is."""
    return ("concat(regexp_substr({e}, '^([^0-9]*)'), if(regexp_match({e}, '[0-9]'), "
            "lpad(regexp_substr({e}, '([0-9]+)'), 12, '0'), ''), regexp_replace({e}, '^[^0-9]*[0-9]*', ''))"
            .format(e=expression))


def _set_atlas(layout, coverage, name_field):
    """One page per coverage feature: the main map follows the feature, a label on it names it."""
    if not isinstance(coverage, QgsVectorLayer) or not coverage.isValid():
        raise VraemError(tr("The atlas needs a valid polygon layer."))
    if next(coverage.getFeatures(), None) is None:
        raise VraemError(tr("The atlas layer {name} has no features.").format(name=coverage.name()))
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setHideCoverage(False)
    if name_field and coverage.fields().indexOf(name_field) >= 0:
        expression = feature_name_expression(coverage, name_field)  # the SAMPLE plan's names translated
        atlas.setPageNameExpression(expression)
        atlas.setSortFeatures(True)
        atlas.setSortExpression(natural_order(expression))
    atlas.setEnabled(True)
    main_map = find_item(layout, "main_map")
    main_map.setAtlasDriven(True)
    main_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    main_map.setAtlasMargin(ATLAS_MARGIN)
    _add_page_name(layout, main_map)



def _add_page_name(layout, main_map):
    """Each page's name in the top left corner of its map, bold with a white halo: the subtitle has no
    room left for it in Spanish or Portuguese (it wrapped over the map)."""
    label = QgsLayoutItemLabel(layout)
    label.setId(PAGE_NAME_ID)
    text_format = QgsTextFormat(find_item(layout, "title").textFormat())
    text_format.setSize(PAGE_NAME_SIZE_PT)
    text_format.setSizeUnit(Qgis.RenderUnit.Points)
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setSize(1.0)
    halo.setSizeUnit(Qgis.RenderUnit.Millimeters)
    halo.setColor(QColor(255, 255, 255))
    text_format.setBuffer(halo)
    label.setTextFormat(text_format)
    label.setText("[% @atlas_pagename %]")
    layout.addLayoutItem(label)
    box = main_map.rect()
    arrow = find_item(layout, "north_arrow").rect()
    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    label.attemptResize(QgsLayoutSize(box.width() - arrow.width() - 4 * PAGE_NAME_INSET_MM,
                                      PAGE_NAME_SIZE_PT * 0.5, mm))
    position = main_map.positionWithUnits()
    label.attemptMove(QgsLayoutPoint(position.x() + PAGE_NAME_INSET_MM, position.y() + PAGE_NAME_INSET_MM, mm))
    label.setZValue(main_map.zValue() + 1)
    return label
