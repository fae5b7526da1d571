"""Print layouts: the VRAEM map sheet built from a template, its figures table, export and atlas.

The templates in resources/layouts/ fix the geometry of the sheet; code finds the items by id
(ITEM_IDS), fills texts (translated), sets map layers and extents explicitly, and never relies on
the project's CRS or ellipsoid: the main map draws in the UTM zone of the analysed area and the
overview in WGS 84, whatever the project uses. Fonts are the bundled DejaVu Sans, so the sheet
looks the same on every machine.
"""

import csv
import datetime
import math
import os
from dataclasses import dataclass, field

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeedback,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsSingleSymbolRenderer,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsReadWriteContext,
    QgsRectangle,
    QgsTableCell,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QFontDatabase, QGuiApplication
from qgis.PyQt.QtXml import QDomDocument

from ..i18n import tr
from ..paths import LAYOUTS_DIR, RESOURCES_DIR
from . import areas, bundled, overlap, reference, totals, trends, yields
from .definitions import WGS84, format_number
from .measuring import zone_is_approximate
from .errors import VraemError

FONTS_DIR = os.path.join(RESOURCES_DIR, "fonts")
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_FAMILY = "DejaVu Sans"
NORTH_ARROW_SVG = os.path.join(LAYOUTS_DIR, "north_arrow.svg")

TEMPLATES = {"A4": "vraem_a4_landscape.qpt", "A3": "vraem_a3_landscape.qpt"}

# Ids of the template items; code and tests find items by these, users may restyle them freely.
ITEM_IDS = ("title", "subtitle", "main_map", "overview_map", "legend", "scalebar", "north_arrow",
            "figures_table", "sources", "caveats", "crs_date")

# Peru and a margin of its neighbours, WGS 84 (lon/lat): the overview map's extent.
PERU_AND_NEIGHBOURS = QgsRectangle(-83.0, -20.5, -66.0, 2.5)
MAIN_MAP_MARGIN = 0.06
# Real text in PDFs (searchable, selectable, small) rather than outlines; the font is embedded.
PDF_TEXT = Qgis.TextRenderFormat.AlwaysText  # fraction of the analysed extent left around it

_registered_fonts = {}


# ---------------------------------------------------------------- figures ----------------------

@dataclass(frozen=True)
class FigureRow:
    """One line of the figures table; `value` is the engine's number, unrounded."""

    key: str
    label: str
    value: float
    unit: str
    decimals: int = 1
    note: str = ""

    def display_value(self):
        return figure_text(self.value, self.decimals)


@dataclass
class Figures:
    """What the sheet's table, caveats and sources say; also written as CSV."""

    rows: list = field(default_factory=list)
    caveats: list = field(default_factory=list)
    sources: list = field(default_factory=list)

    def row(self, key):
        for row in self.rows:
            if row.key == key:
                return row
        return None

    def table_cells(self):
        """Rows of [label, formatted value, unit] exactly as the layout table shows them."""
        return [[row.label, row.display_value(), row.unit] for row in self.rows]


def figure_text(value, decimals=1):
    """A figure as the sheet shows it; "n/a" for one that is missing or could not be computed."""
    if value is None or (isinstance(value, float) and (math.isnan(value) or math.isinf(value))):
        return tr("n/a")
    return format_number(value, decimals)


def default_caveats(zone_approximate=True, estimate=None):
    """The sheet's caveats; the yield caveat is the one of the parameter set used (none without yields)."""
    zone = (tr("The zone boundary is approximate (built from district capitals), not the legal limit.")
            if zone_approximate else
            tr("The zone is the union of the VRAEM districts found in the boundary layer used; "
               "districts missing from that layer are not included."))
    caveats = [zone, tr("Eradication plans marked SAMPLE are invented test data, not real operations.")]
    if estimate is not None:
        caveats.append(estimate.caveat)
    return caveats


def default_sources(estimate=None):
    """The sheet's sources; yield and conversion sources are those of the parameter set used."""
    sources = [tr("Zone, towns and crossings: INEI populated places, PCM GEOPERU district list")]
    if estimate is not None:
        sources += estimate.source_lines
    sources.append(tr("Basemap: Natural Earth (QGIS world map)"))
    return sources


def _triple(values):
    """(low, central, high) from a tuple/list or an object with those attributes."""
    if values is None:
        return None
    if isinstance(values, (tuple, list)):
        if len(values) != 3:
            raise VraemError(tr("A yield range needs three values: low, central and high."))
        return tuple(values)
    return tuple(getattr(values, name) for name in ("low", "central", "high"))


def figures_from_results(area=None, yields=None, overlap=None, zone_area_ha=None, overlap_label=None,
                         caveats=None, sources=None, zone_approximate=True):
    """Build the table from the engine's result objects (any may be None).

    area: areas.AreaSummary (total_ha, inside_zone_ha); yields: yields.YieldEstimate (leaf_t, hcl_t
    as low/central/high, label, sources); overlap: overlap.OverlapResult (total_overlap_ha,
    targets_touched, target_kind). The sheet shows short sources; the CSV notes carry the full ones.
    """
    rows = []
    if zone_area_ha is not None:
        label = tr("VRAEM zone area (approximate)") if zone_approximate else tr("VRAEM zone area")
        rows.append(FigureRow("zone_ha", label, zone_area_ha, tr("ha"), 0))
    if area is not None:
        rows.append(FigureRow("analysed_ha", tr("Area analysed"), area.total_ha, tr("ha"), 1))
        inside = getattr(area, "inside_zone_ha", None)
        if inside is not None:
            rows.append(FigureRow("inside_zone_ha", tr("of which inside the zone"), inside, tr("ha"), 1))
    if yields is not None:
        leaf = _triple(yields.leaf_t)
        hcl = _triple(yields.hcl_t)
        note = "; ".join(str(source) for source in getattr(yields, "sources", None) or [])
        # each cocaine row's note says which yield and conversion (and their sources) bound it
        basis = list(getattr(yields, "range_basis", None) or ["", "", ""])
        rows += [
            FigureRow("leaf_t_low", tr("Potential coca leaf, low"), leaf[0], tr("t/yr"), 1, note),
            FigureRow("leaf_t_central", tr("Potential coca leaf, central"), leaf[1], tr("t/yr"), 1, note),
            FigureRow("leaf_t_high", tr("Potential coca leaf, high"), leaf[2], tr("t/yr"), 1, note),
            FigureRow("hcl_t_low", tr("Potential cocaine HCl, low"), hcl[0], tr("t/yr"), 2, basis[0]),
            FigureRow("hcl_t_central", tr("Potential cocaine HCl, central"), hcl[1], tr("t/yr"), 2, basis[1]),
            FigureRow("hcl_t_high", tr("Potential cocaine HCl, high"), hcl[2], tr("t/yr"), 2, basis[2]),
        ]
    if overlap is not None:
        label = overlap_label or tr("Inside the buffers")
        kind = getattr(overlap, "target_kind", "polygon")
        if kind == "point":
            rows.append(FigureRow("overlap_points", label, overlap.total_points_within, tr("points"), 0))
        elif kind == "line":
            rows.append(FigureRow("overlap_km", label, overlap.total_length_km, tr("km"), 2))
        else:
            rows.append(FigureRow("overlap_ha", label, overlap.total_overlap_ha, tr("ha"), 1))
        rows.append(FigureRow("overlap_features", tr("Features touching the buffers"),
                              overlap.targets_touched, tr("count"), 0))
    result_sources = list(sources) if sources is not None else default_sources(yields)
    result_caveats = list(caveats) if caveats is not None else default_caveats(zone_approximate, yields)
    return Figures(rows=rows, caveats=result_caveats, sources=result_sources)


def compute_figures(analysed, zone, parameter_set="vraem", buffer_source=None, buffer_target=None,
                    buffer_km=5.0, project=None, feedback=None):
    """Run the engine (areas, potential yield, buffer overlap) and return the sheet's Figures.

    The yield is the potential of the whole analysed area; the overlap is the part of
    `buffer_target` (default: the analysed layer) within `buffer_km` ground kilometres of
    `buffer_source` (skipped when there is no source).
    """
    area = areas.compute_areas(analysed, zone=zone, project=project, feedback=feedback)
    zone_area = totals.measure_total(zone, project=project, feedback=feedback)
    pset = yields.get_set(parameter_set, project=project)
    estimate = yields.potential_yield(area.total_ha, pset)
    overlap_result, label = None, None
    if buffer_source is not None:
        overlap_result = overlap.buffer_overlap(buffer_source, buffer_km * 1000.0, buffer_target or analysed,
                                                feedback=feedback, project=project)
        label = tr("Within {km} km of {layer}").format(km=format_number(buffer_km, 1 if buffer_km % 1 else 0),
                                                       layer=buffer_source.name())
    return figures_from_results(area=area, yields=estimate, overlap=overlap_result,
                                zone_area_ha=zone_area.total_ha, overlap_label=label,
                                zone_approximate=zone_is_approximate(zone))


def write_figures_csv(figures, path):
    """The table as CSV (UTF-8): key, label, value (full precision), unit, note."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise VraemError(tr("The folder for the CSV file does not exist: {path}").format(path=folder))
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["key", "label", "value", "unit", "note"])
        for row in figures.rows:
            writer.writerow([row.key, row.label, repr(row.value), row.unit, row.note])
    return path


# ---------------------------------------------------------------- fonts and templates ----------

def register_fonts():
    """Register the bundled DejaVu Sans with Qt once; return the family name the templates use.

    Without a GUI application (pure console) Qt cannot hold application fonts; the system font of
    the same name, if any, is used then.
    """
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        return FONT_FAMILY
    for name in FONT_FILES:
        if name in _registered_fonts:
            continue
        font_id = QFontDatabase.addApplicationFont(os.path.join(FONTS_DIR, name))
        if font_id < 0:
            raise VraemError(tr("The bundled font {name} could not be loaded.").format(name=name))
        _registered_fonts[name] = font_id
    return FONT_FAMILY


def unregister_fonts():
    """Remove the fonts register_fonts() added (on plugin unload)."""
    for font_id in _registered_fonts.values():
        QFontDatabase.removeApplicationFont(font_id)
    _registered_fonts.clear()


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


# ---------------------------------------------------------------- geometry helpers -------------

def utm_crs_for(extent_wgs84):
    """The WGS 84 / UTM zone CRS of an extent's centre: true shapes and km for the main map."""
    centre = extent_wgs84.center()
    zone = int(math.floor((centre.x() + 180.0) / 6.0)) % 60 + 1
    code = (32600 if centre.y() >= 0 else 32700) + zone
    return QgsCoordinateReferenceSystem(f"EPSG:{code}")


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


# ---------------------------------------------------------------- layers for the sheet ---------

# Fixed symbols, so a sheet made from files (Processing, make demo) looks the same on every run:
# QGIS would otherwise give each freshly loaded layer a random colour.
REPORT_SYMBOLS = {
    "zone": ("fill", {"color": "255,214,102,90", "outline_color": "184,110,0,255", "outline_width": "0.5"}),
    "plan": ("fill", {"color": "215,48,31,170", "outline_color": "127,0,0,255", "outline_width": "0.2"}),
    "districts": ("marker", {"name": "circle", "color": "255,255,255,255", "outline_color": "60,60,60,255",
                             "size": "1.4"}),
    "towns": ("marker", {"name": "circle", "color": "40,40,40,255", "outline_color": "255,255,255,255",
                         "size": "1.8"}),
    "crossings": ("marker", {"name": "diamond", "color": "33,102,172,255", "outline_color": "255,255,255,255",
                             "size": "2.4"}),
    "countries": ("fill", {"color": "238,235,227,255", "outline_color": "150,150,150,255",
                           "outline_width": "0.2"}),
    "line": ("line", {"line_color": "33,102,172,255", "line_width": "0.5"}),
}


def styled_for_report(layer, role):
    """Give a layer that Processing loaded from a file the plugin's style for `role`.

    Only for layers that are not in the user's project (their style is the user's choice):
    the bundled .qml of the role when there is one, else a fixed symbol.
    """
    if layer is None:
        return None
    if reference.apply_style(layer, role):
        return layer
    kind = layer.geometryType()
    if kind == Qgis.GeometryType.Point:
        wanted = role if REPORT_SYMBOLS.get(role, ("",))[0] == "marker" else "towns"
    elif kind == Qgis.GeometryType.Line:
        wanted = "line"
    else:
        wanted = role if REPORT_SYMBOLS.get(role, ("",))[0] == "fill" else "plan"
    symbol_type, properties = REPORT_SYMBOLS[wanted]
    factory = {"fill": QgsFillSymbol, "marker": QgsMarkerSymbol, "line": QgsLineSymbol}[symbol_type]
    layer.setRenderer(QgsSingleSymbolRenderer(factory.createSimple(properties)))
    return layer


def mark_bundled_layer(layer):
    """A layer read from the bundled GeoPackage (e.g. by Processing from its path) gets what
    add_reference_layers gives it: its translated title instead of "vraem", its role, and the
    approximate / SAMPLE flags the sheet's caveats depend on."""
    source = layer.source().replace("\\", "/")
    bundled = reference.DATA_GPKG.replace("\\", "/")
    if source.startswith(bundled) and "layername=" in source:
        table = source.split("layername=", 1)[1].split("|", 1)[0]
        role = reference.ROLE_BY_TABLE.get(table)
        if role is not None:
            layer.setName(reference.layer_title(role))
            layer.setCustomProperty(reference.ROLE_PROPERTY, role)
            if role == "zone":
                layer.setCustomProperty(reference.APPROXIMATE_PROPERTY, True)
            if role == "plan":
                layer.setCustomProperty(reference.SAMPLE_PROPERTY, True)
    return layer


def countries_layer():
    """All countries of QGIS's own world map (the overview shows Peru and its neighbours)."""
    layer = bundled.read_only_layer("{}|layername=countries".format(reference.world_map_path()),
                                    reference.layer_title("countries"))
    if not layer.isValid():
        return None
    return styled_for_report(layer, "countries")


# ---------------------------------------------------------------- building the sheet ----------

def _unique_layout_name(project, wanted):
    manager = project.layoutManager()
    name, number = wanted, 2
    while manager.layoutByName(name) is not None:
        name = "{} ({})".format(wanted, number)
        number += 1
    return name


def _set_label(layout, item_id, text):
    item = find_item(layout, item_id)
    if isinstance(item, QgsLayoutItemLabel):
        item.setText(text)
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


def _fill_legend(legend, layers):
    legend.setAutoUpdateModel(False)
    legend.setTitle(tr("Legend"))
    root = legend.model().rootGroup()
    root.clear()
    for layer in layers:
        root.addLayer(layer)
    legend.updateLegend()
    _fit_legend(legend)


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


def _fit_legend(legend, max_columns=3, max_shrink_steps=5):
    """Categorised layers can list many classes: spread them over more columns, then (long texts,
    e.g. Spanish) make the text a little smaller, until the legend fits its template box."""
    box = legend.rect().size()
    for step in range(max_shrink_steps + 1):
        if step:
            _scale_legend_text(legend, 0.9)
        for columns in range(1, max_columns + 1):
            legend.setColumnCount(columns)
            legend.setSplitLayer(columns > 1)
            if _fits(legend, box):
                return columns
    return max_columns


def create_layout(project, figures, layers, overview_layers=(), focus_layers=None, title=None,
                  author=None, template="A4", name=None, atlas_layer=None, atlas_name_field=None,
                  date=None, add_to_manager=True):
    """Fill a template and (by default) add it to the project's layout manager.

    layers: the analysed layers shown on the main map and in the legend (top first);
    overview_layers: layers of the overview map (countries, zone); focus_layers: layers whose
    extent the main map shows (default: all `layers`); atlas_layer: one page per feature of
    this polygon layer (sectors, districts), titled with `atlas_name_field`.
    """
    layers = [layer for layer in layers if layer is not None]
    if not layers:
        raise VraemError(tr("The report needs at least one layer to show."))
    for layer in layers:
        if not layer.isValid():
            raise VraemError(tr("The layer {name} is not valid.").format(name=layer.name()))
    date = date or datetime.date.today()
    date_text = date.isoformat()
    # Layers made for the sheet (countries, styled copies) must live as long as the layout: the
    # project owns them, without a layer-tree node.
    for layer in list(layers) + [layer for layer in overview_layers if layer is not None]:
        if project.mapLayer(layer.id()) is None:
            project.addMapLayer(layer, False)
    layout = load_template(project, template)
    layout.setName(_unique_layout_name(project, name or tr("VRAEM report {date}").format(date=date_text)))

    focus = combined_extent(focus_layers or layers, QgsCoordinateReferenceSystem(WGS84), project)
    if focus.isNull() or focus.isEmpty():
        raise VraemError(tr("The layers to show have no extent (are they empty?)."))
    main_crs = utm_crs_for(focus)

    main_map = find_item(layout, "main_map")
    main_map.setCrs(main_crs)
    main_map.setLayers(layers)
    main_map.setKeepLayerSet(True)
    main_map.setKeepLayerStyles(False)
    main_map.zoomToExtent(_grow(combined_extent(focus_layers or layers, main_crs, project), MAIN_MAP_MARGIN))

    overview = find_item(layout, "overview_map")
    overview.setCrs(QgsCoordinateReferenceSystem(WGS84))
    overview.setLayers([layer for layer in overview_layers if layer is not None])
    overview.setKeepLayerSet(True)
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

    _fill_legend(find_item(layout, "legend"), layers)
    _fill_table(layout, figures)

    title_text = title or tr("VRAEM: areas and potential coca yield")
    subtitle = tr("{date} · prepared by {author}").format(date=date_text, author=author) if author \
        else date_text
    _set_label(layout, "title", title_text)
    _set_label(layout, "subtitle", subtitle)
    _set_label(layout, "caveats", "\n".join("• " + text for text in figures.caveats))
    _set_label(layout, "sources", tr("Sources: {sources}").format(sources="; ".join(figures.sources)))
    _set_label(layout, "crs_date", "\n".join((
        tr("Main map: {crs} ({authid})").format(crs=main_crs.description(), authid=main_crs.authid()),
        tr("Overview map: WGS 84 · areas: ellipsoidal (WGS 84)"),
        tr("VRAEM Analyst · {date}").format(date=date_text))))

    if atlas_layer is not None:
        _set_atlas(layout, atlas_layer, atlas_name_field, subtitle)

    if add_to_manager:
        if not project.layoutManager().addLayout(layout):
            raise VraemError(tr("The layout could not be added to the project."))
    return layout


TRENDS_ITEM_IDS = ("trends_title", "trends_chart")
TRENDS_MARGIN_MM = 8.0


def add_trends_page(layout, svg_path, series=None, current=()):
    """Append a page with the trends chart: the SVG is written to `svg_path` (it must outlive the
    layout's exports) at the page's proportions, with its caption and sources, then placed as a
    vector picture under a title. Raises VraemError when matplotlib is missing; the first page is not touched."""
    collection = layout.pageCollection()
    size = collection.page(0).pageSize()
    width, height = size.width(), size.height()
    chart_width, chart_height = width - 2 * TRENDS_MARGIN_MM, height - 2 * TRENDS_MARGIN_MM - 12.0
    trends.save_chart(svg_path, series, current, width_mm=chart_width, height_mm=chart_height)
    page = QgsLayoutItemPage(layout)
    page.setPageSize(size)
    collection.addPage(page)
    number = collection.pageCount() - 1
    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters

    def place(item, item_id, y, item_height):
        item.setId(item_id)
        layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(chart_width, item_height, mm))
        item.attemptMove(QgsLayoutPoint(TRENDS_MARGIN_MM, y, mm), True, False, number)
        return item

    title = QgsLayoutItemLabel(layout)
    title.setTextFormat(find_item(layout, "title").textFormat())
    title.setText(tr("Trends: coca area and eradication by year"))
    place(title, "trends_title", TRENDS_MARGIN_MM, 10.0)
    picture = QgsLayoutItemPicture(layout)
    picture.setMode(Qgis.PictureFormat.SVG)
    picture.setPicturePath(svg_path)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    place(picture, "trends_chart", TRENDS_MARGIN_MM + 12.0, chart_height)
    return page


def _set_atlas(layout, coverage, name_field, subtitle):
    """One page per coverage feature: the main map follows the feature, the subtitle names it."""
    if not isinstance(coverage, QgsVectorLayer) or not coverage.isValid():
        raise VraemError(tr("The atlas needs a valid polygon layer."))
    if next(coverage.getFeatures(), None) is None:
        raise VraemError(tr("The atlas layer {name} has no features.").format(name=coverage.name()))
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setHideCoverage(False)
    if name_field and coverage.fields().indexOf(name_field) >= 0:
        expression = '"{}"'.format(name_field.replace('"', '""'))
        atlas.setPageNameExpression(expression)
        atlas.setSortFeatures(True)
        atlas.setSortExpression(expression)
    atlas.setEnabled(True)
    main_map = find_item(layout, "main_map")
    main_map.setAtlasDriven(True)
    main_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    main_map.setAtlasMargin(0.15)
    # The page name is an expression evaluated per page; keep user text out of the [% %] syntax.
    safe = subtitle.replace("[%", "[ %")
    _set_label(layout, "subtitle", safe + " · [% @atlas_pagename %]")


# ---------------------------------------------------------------- export ----------------------

def _check_folder(path):
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise VraemError(tr("The output folder does not exist: {path}").format(path=folder))


def _check_result(result, path, error=""):
    if result != QgsLayoutExporter.ExportResult.Success:
        raise VraemError(tr("Export to {path} failed ({code}). {error}").format(
            path=path, code=int(result), error=error or ""))
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        raise VraemError(tr("Export to {path} wrote no file.").format(path=path))


def _pdf_settings(dpi):
    """Vector PDF with real (searchable) text and georeference: the same for a sheet or an atlas."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = True
    settings.textRenderFormat = PDF_TEXT
    return settings


def _image_settings(dpi):
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.exportMetadata = False
    return settings


def export_layout(layout, path, dpi=300, feedback=None):
    """Write the layout to PDF or PNG (by the file extension) at `dpi`; return the path.

    With an enabled atlas, a PDF gets one page per feature (export_atlas_pdf) and a PNG becomes one
    numbered image per feature (export_atlas_images); both return the number of pages instead.
    """
    feedback = feedback or QgsFeedback()
    _check_folder(path)
    if dpi <= 0:
        raise VraemError(tr("The resolution must be a positive number of dots per inch."))
    extension = os.path.splitext(path)[1].lower()
    if extension not in (".pdf", ".png"):
        raise VraemError(tr("Choose a .pdf or .png file to export the layout."))
    if feedback.isCanceled():
        raise VraemError(tr("The export was cancelled."))
    if extension == ".pdf" and layout.atlas().enabled():
        return export_atlas_pdf(layout, path, dpi, feedback)
    if extension == ".png" and layout.atlas().enabled():
        return export_atlas_images(layout, path, dpi, feedback)
    feedback.setProgress(5)
    exporter = QgsLayoutExporter(layout)
    if extension == ".pdf":
        result = exporter.exportToPdf(path, _pdf_settings(dpi))
    else:
        result = exporter.exportToImage(path, _image_settings(dpi))
    _check_result(result, path, exporter.errorMessage())
    feedback.setProgress(100)
    return path


def export_atlas_pdf(layout, path, dpi=300, feedback=None):
    """One PDF page per atlas feature; return the number of pages written."""
    feedback = feedback or QgsFeedback()
    _check_folder(path)
    atlas = _atlas_of(layout)
    result, error = QgsLayoutExporter.exportToPdf(atlas, path, _pdf_settings(dpi), feedback)
    if feedback.isCanceled():
        raise VraemError(tr("The export was cancelled."))
    _check_result(result, path, error)
    return atlas.count()


def _has_atlas(layout):
    atlas = layout.atlas()
    return atlas.enabled() and atlas.coverageLayer() is not None


def _atlas_of(layout):
    if not _has_atlas(layout):
        raise VraemError(tr("This layout has no atlas."))
    return layout.atlas()


def atlas_image_path(path, number):
    """The file of atlas page `number` (1-based) when exporting images to `path`: name_001.png…"""
    stem, extension = os.path.splitext(path)
    return "{}_{:03d}{}".format(stem, number, extension)


def export_paths(layout, path):
    """Every file export_layout(layout, path) writes: the path itself, or one image per atlas page."""
    if os.path.splitext(path)[1].lower() == ".png" and _has_atlas(layout):
        atlas = layout.atlas()
        atlas.updateFeatures()
        return [atlas_image_path(path, number) for number in range(1, atlas.count() + 1)]
    return [path]


def export_atlas_images(layout, path, dpi=300, feedback=None):
    """One PNG per atlas feature (atlas_image_path: name_001.png, name_002.png…); return the page count.

    Progress is reported per page and a cancel stops before the next page.
    """
    feedback = feedback or QgsFeedback()
    _check_folder(path)
    atlas = _atlas_of(layout)
    settings = _image_settings(dpi)
    if not atlas.beginRender() or atlas.count() == 0:
        atlas.endRender()
        raise VraemError(tr("The atlas has no pages to export."))
    written = 0
    try:
        count = atlas.count()
        for index in range(count):
            if feedback.isCanceled():
                raise VraemError(tr("The export was cancelled."))
            feedback.setProgress(100.0 * index / count)
            if not atlas.seekTo(index):
                raise VraemError(tr("Atlas page {n} could not be prepared.").format(n=index + 1))
            page_path = atlas_image_path(path, index + 1)
            exporter = QgsLayoutExporter(layout)
            _check_result(exporter.exportToImage(page_path, settings), page_path, exporter.errorMessage())
            written += 1
    finally:
        atlas.endRender()
    feedback.setProgress(100)
    return written
