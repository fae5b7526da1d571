"""Read-only access to the data files the plugin reads but must never change."""

from qgis.core import QgsVectorLayer

from .. import paths


def read_only_layer(uri, name):
    """An OGR layer opened read-only.

    forceReadOnly matters: QGIS opens GeoPackages in update mode by default, and a filtered read
    then rewrites the file header, so the plugin would change its own (or QGIS's) data files."""
    options = QgsVectorLayer.LayerOptions()
    options.forceReadOnly = True
    return QgsVectorLayer(uri, name, "ogr", options)


def bundled_layer(table, name=None, path=None):
    """A layer (or attribute table) of the GeoPackage shipped with the plugin, read-only."""
    return read_only_layer(f"{path or paths.DATA_GPKG}|layername={table}", name or table)
