"""Fonts and styles of the sheet: the bundled DejaVu Sans, fixed symbols for layers loaded from files,
the titles and flags of bundled layers, the countries of the overview."""

import os

from qgis.core import (
    Qgis,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMapLayerStyle,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QFontDatabase, QGuiApplication

from ...i18n import tr
from ...paths import RESOURCES_DIR
from .. import bundled, reference
from ..errors import VraemError

FONTS_DIR = os.path.join(RESOURCES_DIR, "fonts")

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")

FONT_FAMILY = "DejaVu Sans"

_registered_fonts = {}



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



GEOMETRY_URIS = {Qgis.GeometryType.Point: "Point", Qgis.GeometryType.Line: "LineString",
                 Qgis.GeometryType.Polygon: "Polygon"}


def _style_donor(layer):
    """An empty layer of `layer`'s geometry in the plugin's style for its role (None: not vector features)."""
    if not isinstance(layer, QgsVectorLayer) or layer.geometryType() not in GEOMETRY_URIS:
        return None
    donor = QgsVectorLayer("{}?crs=EPSG:4326".format(GEOMETRY_URIS[layer.geometryType()]), "style", "memory")
    styled_for_report(donor, layer.customProperty(reference.ROLE_PROPERTY) or "")
    return donor


def _style_xml(donor):
    style = QgsMapLayerStyle()
    style.readFromLayer(donor)
    return style.xmlData()


def report_style(layer):
    """The plugin's style for `layer` on a sheet, as the XML a map item's style override takes
    (None for a layer that is not vector features). The layer itself keeps the user's style: the
    style is made on an empty layer of the same geometry and role, then read from it."""
    donor = _style_donor(layer)
    return _style_xml(donor) if donor is not None else None


# Atlas pages: the page's feature at full strength with a halo, the other features faint.
THIS_PAGE = "$id = @atlas_featureid"
OTHER_FEATURES_OPACITY = 30  # percent
HALO = ({"style": "no", "outline_color": "255,221,0,255", "outline_width": "1.6"},
        {"style": "no", "outline_color": "20,20,20,255", "outline_width": "0.5"})


def atlas_highlight_style(layer):
    """report_style(layer) for the polygon coverage layer of an atlas: every feature in the plugin's
    style, faint unless it is the page's feature, which gets a yellow and black outline with its own
    legend entry ("This page's feature"). Expressions of the atlas feature: a saved project keeps them."""
    donor = _style_donor(layer)
    if donor is None:
        return None
    renderer = QgsRuleBasedRenderer.convertFromRenderer(donor.renderer())
    # outside an atlas (the legend's swatches) @atlas_featureid is NULL: full strength
    faint = QgsProperty.fromExpression("if(coalesce({}, true), 100, {})".format(THIS_PAGE, OTHER_FEATURES_OPACITY))
    for rule in renderer.rootRule().descendants():
        if rule.symbol() is not None:
            rule.symbol().setDataDefinedProperty(QgsSymbol.Property.Opacity, faint)
            if not rule.label():
                rule.setLabel(tr("All features"))  # a single symbol: now one legend entry of two
    if layer.geometryType() == Qgis.GeometryType.Polygon:
        halo = QgsFillSymbol.createSimple(HALO[0])
        halo.appendSymbolLayer(QgsSimpleFillSymbolLayer.create(HALO[1]))  # QgsFillSymbol([...]) crashes in SIP
        renderer.rootRule().appendChild(QgsRuleBasedRenderer.Rule(halo, 0, 0, THIS_PAGE, tr("This page's feature")))
    donor.setRenderer(renderer)
    return _style_xml(donor)



def legend_title(layer):
    """The layer's name in the legend: the translated title of a plugin layer (never a raw table name
    such as eradication_plan), the user's own name for anything else, for a zone built from districts and
    for a plugin layer the user renamed."""
    role = layer.customProperty(reference.ROLE_PROPERTY)
    if (not role or (role == "zone" and not layer.customProperty(reference.APPROXIMATE_PROPERTY))
            or reference.renamed_by_user(layer)):
        return layer.name()
    return reference.layer_title(role)



def mark_bundled_layer(layer):
    """A layer read from the bundled GeoPackage (e.g. by Processing from its path) gets what
    add_reference_layers gives it: its translated title instead of "vraem", its role, the
    approximate / SAMPLE flags the sheet's caveats depend on and the SAMPLE texts translated."""
    source = layer.source().replace("\\", "/")
    bundled = reference.DATA_GPKG.replace("\\", "/")
    if source.startswith(bundled) and "layername=" in source:
        table = source.split("layername=", 1)[1].split("|", 1)[0]
        role = reference.ROLE_BY_TABLE.get(table)
        if role is not None:
            layer.setName(reference.layer_title(role))
            reference.mark_role(layer, role)
    return layer



def countries_layer():
    """All countries of QGIS's own world map (the overview shows Peru and its neighbours)."""
    layer = bundled.read_only_layer("{}|layername=countries".format(reference.world_map_path()),
                                    reference.layer_title("countries"))
    if not layer.isValid():
        return None
    layer.setCustomProperty(reference.ROLE_PROPERTY, "countries")  # report_style() draws it as countries
    return styled_for_report(layer, "countries")
