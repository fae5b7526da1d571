"""Geometries of a file layer read straight from GDAL, in batches of WKB, for area totals.

Why: reading a feature through PyQGIS costs a Python object per feature and per geometry, which
keeps the reading thread busy and the measuring threads waiting for the interpreter lock; on a
national-scale layer that reading costs more than the measuring. GDAL's Arrow stream (GDAL >= 3.6)
hands over each batch as an array of WKB, which is what the batch measurer needs anyway.

Only a plain OGR layer qualifies: provider "ogr", a format in DRIVERS (those the tests read both
ways), one geometry field, no subset string, filter or open options in its source, and not in edit
mode (its edit buffer is not in the file). Anything else, or a GDAL without the Arrow interface,
gets None and is read through QGIS as before.
"""

from itertools import chain

from qgis.core import QgsProviderRegistry, QgsVectorLayer

from ..i18n import tr
from .errors import VraemError

DRIVERS = {"GPKG", "ESRI Shapefile", "GeoJSON", "FlatGeobuf"}
# keys of an OGR source that leave the features exactly as in the file
_PLAIN_URI_KEYS = {"path", "layerName", "layerId", "vsiPrefix", "vsiSuffix"}


def wkb_batches(layer, batch_size):
    """Iterator over lists of WKB (bytes, or None for a feature without geometry), or None.

    None means "read this layer through QGIS": it is not a plain OGR file layer or GDAL cannot
    stream it. Every feature of the layer comes out exactly once, in batches of at most batch_size.
    """
    try:
        opened = _open(layer)
        if opened is None:
            return None
        dataset, ogr_layer = opened
        definition = ogr_layer.GetLayerDefn()
        if definition.GetGeomFieldCount() != 1:
            return None
        # the attributes are not needed: GDAL then neither reads nor converts them
        ogr_layer.SetIgnoredFields([definition.GetFieldDefn(i).GetName()
                                    for i in range(definition.GetFieldCount())])
        column = ogr_layer.GetGeometryColumn() or "wkb_geometry"
        # INCLUDE_FID=NO is not used: GDAL 3.6 then returns empty geometries
        stream = ogr_layer.GetArrowStreamAsNumPy(options=[f"MAX_FEATURES_IN_BATCH={int(batch_size)}"])
        if stream is None:
            return None
        batches = iter(stream)
        first = next(batches, None)
    except RuntimeError:  # raised instead of returning None when gdal.UseExceptions() was called
        return None
    if first is not None and column not in first:
        return None
    return _batches(dataset, first, batches, column, layer.name(), layer.featureCount())


def _open(layer):
    """(GDAL dataset, OGR layer) of a plain OGR file layer, or None."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr" or not layer.isValid():
        return None
    if layer.isEditable() or layer.subsetString():
        return None
    try:
        import numpy  # noqa: F401 (GDAL's Arrow-to-NumPy interface needs it)
        from osgeo import gdal
    except ImportError:
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if any(value for key, value in parts.items() if key not in _PLAIN_URI_KEYS):
        return None
    path = f"{_text(parts.get('vsiPrefix'))}{_text(parts.get('path'))}{_text(parts.get('vsiSuffix'))}"
    dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY) if path else None
    if dataset is None or dataset.GetDriver().ShortName not in DRIVERS:
        return None
    name, index = _text(parts.get("layerName")), parts.get("layerId")
    if name:
        ogr_layer = dataset.GetLayerByName(name)
    elif isinstance(index, int):
        ogr_layer = dataset.GetLayerByIndex(index)
    elif dataset.GetLayerCount() == 1:
        ogr_layer = dataset.GetLayerByIndex(0)
    else:
        return None
    if ogr_layer is None or not hasattr(ogr_layer, "GetArrowStreamAsNumPy"):
        return None
    return dataset, ogr_layer


def _wkb_list(column):
    """bytes per feature, None where it has no geometry (GDAL masks those)."""
    import numpy

    missing = numpy.ma.getmaskarray(column)
    values = numpy.ma.getdata(column)
    return [None if absent else bytes(value) for value, absent in zip(values, missing)]


def _text(value):
    return value if isinstance(value, str) else ""


def _batches(dataset, first, batches, column, name, expected):
    """The WKB lists; `dataset` is only held: closing it would end the stream."""
    count = 0
    if first is not None:
        try:
            for batch in chain([first], batches):
                wkbs = _wkb_list(batch[column])
                count += len(wkbs)
                yield wkbs
        except RuntimeError as error:  # GDAL's error for a file that turns out corrupt halfway
            raise VraemError(tr("Could not read the layer '{name}': {error}")
                             .format(name=name, error=error)) from error
    # A stream that stops early on a read error must not pass for a smaller layer.
    if expected >= 0 and count != expected:
        raise VraemError(tr("GDAL read {count} of the {expected} features of '{name}'; the file may be damaged.")
                         .format(count=count, expected=expected, name=name))
