"""The Air picture page of the sheet: a map of the tracks, their events and reach rings against the zone,
and the table of the tracks that entered the zone (from plugin/core/air/picture.analyse_fixes)."""

from datetime import datetime, timezone

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFillSymbol,
    QgsLayoutFrame,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsSingleSymbolRenderer,
    QgsTableCell,
    QgsUnitTypes,
    QgsVectorLayer,
)

from ...i18n import tr
from ..air.geodesy import Geodesic
from ..air.reach import Place, ring, usable_range_km
from ..definitions import WGS84, format_number
from ..errors import VraemError
from .sheet import (
    MAIN_MAP_MARGIN,
    append_page,
    combined_extent,
    figures_table,
    find_item,
    page_title,
    place_on_page,
    utm_crs_for,
)

AIR_ITEM_IDS = ("air_title", "air_map", "air_table", "air_legend")
MARGIN_MM = 8.0
TITLE_MM = 12.0
MAX_TABLE_ROWS = 20  # more would run off the page; the last row says how many are left out


def _time(seconds):
    return "" if seconds is None else datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%d %H:%M")


def zone_table_headers(with_interception):
    headers = [tr("Track"), tr("Entry (UTC)"), tr("Exit (UTC)"), tr("Minutes in the zone"), tr("km in the zone"),
               tr("Crossed into")]
    if with_interception:
        headers += [tr("Interception (UTC)"), tr("From base"), tr("Before exit")]
    return headers


def interception_cells(found):
    """Time (UTC), base and before-exit cells of a reach.Interception (no time: not reached before the track ends)."""
    if found is None:
        return ["", "", ""]
    if found.time is None:
        return [tr("not reached"), "–", tr("no")]
    return [_time(found.time), found.base_name or found.base, tr("yes") if found.before_exit else tr("no")]


def zone_table_rows(results, max_rows=MAX_TABLE_ROWS, interceptions=None):
    """Cells of the tracks that entered the zone: track, entry and exit (UTC), minutes and km inside, neighbour;
    with interceptions ([reach.Interception]), the earliest interception, its base and whether before the exit."""
    inside = [result for result in results if result.entered_zone]
    by_track = {found.track_id: found for found in interceptions or ()}
    width = len(zone_table_headers(interceptions is not None))
    rows = []
    for result in inside[:max_rows]:
        cells = [result.track_id, _time(result.entry_time), _time(result.exit_time),
                 format_number(result.minutes_in_zone, 0), format_number(result.km_in_zone, 0),
                 result.crossed_into or "–"]
        if interceptions is not None:
            cells += interception_cells(by_track.get(result.track_id))
        rows.append(cells)
    if len(inside) > max_rows:
        rows.append([tr("… and {count} more tracks in the zone").format(count=len(inside) - max_rows)]
                    + [""] * (width - 1))
    if not inside:
        rows.append([tr("No track entered the zone.")] + [""] * (width - 1))
    return rows


def reach_rings_layer(results, profile, reserve_pct=10.0):
    """Memory layer (WGS84) of the profile's usable range (geodesic rings, true ground distance) around each
    ground stop inside the zone: how far an aircraft refuelled there could fly. None without such stops."""
    radius_km = usable_range_km(profile, reserve_pct)
    stops = {(round(stop.lon, 3), round(stop.lat, 3)): stop for result in results for stop in result.stops
             if stop.in_zone}
    if not stops:
        return None
    layer = QgsVectorLayer(f"Polygon?crs={WGS84}", tr("Reach of the {aircraft} from stops in the zone")
                           .format(aircraft=profile.label), "memory")
    geodesic = Geodesic()
    features = []
    for stop in stops.values():
        feature = QgsFeature()
        feature.setGeometry(ring(geodesic, Place("", "", stop.lon, stop.lat), radius_km))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    # outlines only: the rings must not hide the zone and the tracks under them
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "31,120,180", "outline_width": "0.5", "outline_style": "dash"})))
    return layer


def add_air_page(layout, project, results, map_layers, focus_layers, interceptions=None):
    """Append the Air picture page: map_layers (tracks, events, rings, zone, countries; top first) on a map
    of the focus_layers' extent in its UTM zone, then the table of the tracks in the zone (with the interception
    columns when interceptions, [reach.Interception], are given). The first page is not touched."""
    shown = [layer for layer in map_layers if layer is not None]
    focus = combined_extent([layer for layer in focus_layers if layer is not None],
                            QgsCoordinateReferenceSystem(WGS84), project)
    if not shown or focus.isNull() or focus.isEmpty():
        raise VraemError(tr("The air picture has nothing to show (no tracks?)."))
    page, number = append_page(layout)
    size = page.pageSize()
    inner_width = size.width() - 2 * MARGIN_MM
    map_width = inner_width * 0.5
    body_top, body_height = MARGIN_MM + TITLE_MM, size.height() - 2 * MARGIN_MM - TITLE_MM

    def place(item, item_id, x, y, item_width, item_height):
        return place_on_page(layout, number, item, item_id, x, y, item_width, item_height)

    place(page_title(layout, tr("Air picture: flight tracks against the no-fly zone")), "air_title", MARGIN_MM,
          MARGIN_MM, inner_width, 10.0)

    air_map = QgsLayoutItemMap(layout)
    place(air_map, "air_map", MARGIN_MM, body_top, map_width, body_height)
    crs = utm_crs_for(focus)
    air_map.setCrs(crs)
    air_map.setLayers(shown)
    air_map.setKeepLayerSet(True)
    extent = combined_extent(focus_layers, crs, project)
    extent.grow(max(extent.width(), extent.height()) * MAIN_MAP_MARGIN)
    air_map.zoomToExtent(extent)
    air_map.setFrameEnabled(True)

    side_x, side_width = MARGIN_MM + map_width + 4.0, inner_width - map_width - 4.0
    legend_height = 60.0
    _add_zone_table(layout, results, interceptions, number, side_x, body_top, side_width,
                    body_height - legend_height - 4.0)
    legend = QgsLayoutItemLegend(layout)
    sheet_legend = find_item(layout, "legend")
    for style_id in (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup,
                     QgsLegendStyle.Style.SymbolLabel):
        legend.setStyle(style_id, sheet_legend.style(style_id))  # the sheet's bundled fonts and sizes
    legend.setSymbolHeight(sheet_legend.symbolHeight())
    legend.setSymbolWidth(sheet_legend.symbolWidth())
    legend.setTitle(tr("Legend"))
    legend.setAutoUpdateModel(False)
    legend.setLinkedMap(air_map)
    root = legend.model().rootGroup()
    root.clear()
    for layer in shown:
        root.addLayer(layer)
    place(legend, "air_legend", side_x, body_top + body_height - legend_height, side_width, legend_height)
    legend.setResizeToContents(False)
    legend.updateLegend()
    return page


def _add_zone_table(layout, results, interceptions, page_number, x, y, table_width, table_height):
    table = QgsLayoutItemManualTable.create(layout)
    sheet_table = figures_table(layout)
    table.setIncludeTableHeader(True)
    table.setHeaders([QgsLayoutTableColumn(heading) for heading in zone_table_headers(interceptions is not None)])
    table.setTableContents([[QgsTableCell(text) for text in cells]
                            for cells in zone_table_rows(results, interceptions=interceptions)])
    layout.addMultiFrame(table)
    _set_font_scale(table, sheet_table, 0.85)
    if table.totalWidth() > table_width:  # the interception columns, or long translated headers
        _set_font_scale(table, sheet_table, 0.85 * 0.94 * table_width / table.totalWidth())  # 6 %: grid lines
    frame = QgsLayoutFrame(layout, table)
    frame.setId("air_table")
    frame.attemptResize(QgsLayoutSize(table_width, table_height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    frame.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters), True, False, page_number)
    table.addFrame(frame)
    table.refresh()
    return table


def _set_font_scale(table, sheet_table, scale):
    """The sheet's bundled fonts at `scale` of their size (the sheet's figures table has more room)."""
    for text_format, setter in ((sheet_table.headerTextFormat(), table.setHeaderTextFormat),
                                (sheet_table.contentTextFormat(), table.setContentTextFormat)):
        text_format.setSize(text_format.size() * scale)
        setter(text_format)
    table.refresh()
