"""Definitions shared by the settings, the dock, Processing, the claims and the report: one row per option.

Units (key, label, factor), export formats (key, label, extension), the plugin's constants and its
project scope. Labels are translated when asked for (functions, not module constants), because the
translator is installed after this module is imported.
"""

from dataclasses import dataclass

from ..i18n import tr

WGS84 = "EPSG:4326"
LOG_TAG = "VRAEM Analyst"  # the QGIS message-log tab
PROJECT_SCOPE = "vraem_analyst"  # QgsProject entries (dock state, custom parameter set)

HA_PER_KM2 = 100.0
HA_PER_SQUARE_MILE = 1609.344 ** 2 / 10_000.0  # international mile (1609.344 m exactly): 258.9988110336 ha
HA_PER_ACRE = 0.40468564224


@dataclass(frozen=True)
class Unit:
    key: str
    label: str  # short, for a combo box next to a number
    name: str  # spelled out, for Processing enums and messages
    factor: float  # base units (hectares, metres) per unit


def area_units():
    """Units an area may be typed in (base: hectares), in display order."""
    return [Unit("ha", tr("ha"), tr("hectares"), 1.0),
            Unit("km2", tr("km²"), tr("square kilometres"), HA_PER_KM2),
            Unit("mi2", tr("mi²"), tr("square miles"), HA_PER_SQUARE_MILE),
            Unit("acre", tr("ac"), tr("acres"), HA_PER_ACRE)]


def distance_units():
    """Units a ground distance may be typed in (base: metres), in display order."""
    return [Unit("m", tr("m"), tr("metres"), 1.0), Unit("km", tr("km"), tr("kilometres"), 1000.0)]


AREA_UNIT_KEYS = ("ha", "km2", "mi2", "acre")
DOCK_AREA_UNIT_KEYS = ("ha", "km2", "mi2")  # what the dock's claim check offers
DISTANCE_UNIT_KEYS = ("m", "km")


@dataclass(frozen=True)
class ExportFormat:
    key: str
    label: str
    extension: str
    file_filter: str  # for file dialogs and Processing destinations


def export_formats():
    """Formats the print layout is exported to, in display order."""
    return [ExportFormat("pdf", tr("PDF"), "pdf", tr("PDF files (*.pdf)")),
            ExportFormat("png", tr("PNG image"), "png", tr("PNG images (*.png)"))]


EXPORT_FORMAT_KEYS = ("pdf", "png")


def format_number(value, decimals=1):
    """Thousands separated by commas, fixed decimals (the usage of Peru's official statistics).

    Only for a finite number: what a missing value shows is the caller's choice."""
    return f"{value:,.{decimals}f}"
