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

import contextlib

from qgis.core import QgsProviderRegistry, QgsVectorLayer

DRIVERS = {"GPKG", "ESRI Shapefile", "GeoJSON", "FlatGeobuf"}
# keys of an OGR source that leave the features exactly as in the file
_PLAIN_URI_KEYS = {"path", "layerName", "layerId", "vsiPrefix", "vsiSuffix"}


class ReadFailed(Exception):
    """GDAL reported an error while streaming: the caller should read the layer through QGIS."""


def wkb_batches(layer, batch_size):
    """Iterator over lists of WKB (bytes, or None for a feature without geometry), or None.

    None means "read this layer through QGIS": it is not a plain OGR file layer or GDAL cannot
    stream it. Every feature of the layer comes out exactly once, in batches of at most batch_size;
    the iterator raises ReadFailed when GDAL fails midway. Close it when stopping early: that
    closes the file.
    """
    try:
        with _quiet():
            stream = _Stream.open(layer, batch_size)
    except Exception:  # any failure to set up (a GDAL error, a GDAL built for another NumPy): use QGIS
        return None
    return None if stream is None else stream.batches()


class _Stream:
    """A GDAL dataset and the Arrow stream over one of its layers' geometries."""

    def __init__(self, dataset, stream, column):
        self.dataset, self.stream, self.column = dataset, stream, column

    @classmethod
    def open(cls, layer, batch_size):
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
        return cls(dataset, stream, column)

    def batches(self):
        from osgeo import gdal

        iterator, batch = iter(self.stream), None
        try:
            while True:
                # a failed read only ends the stream: GDAL's error says so
                with _quiet():
                    gdal.ErrorReset()
                    batch = next(iterator, None)
                if gdal.GetLastErrorType() >= gdal.CE_Failure:
                    raise ReadFailed(gdal.GetLastErrorMsg())
                if batch is None:
                    return
                if self.column not in batch:
                    raise ReadFailed(f"GDAL returned no geometry column {self.column}")
                yield _wkb_list(batch[self.column])
        except RuntimeError as error:  # the same failure, raised by a GDAL that does
            raise ReadFailed(str(error)) from error
        finally:
            batch = iterator = None  # they hold the stream's buffers: released before it
            self.close()

    def close(self):
        # the stream reads from the dataset: release it first
        self.stream = None
        self.dataset = None


def _quiet():
    """GDAL reporting errors without raising them, in our own calls alone (GDAL >= 3.7), as GDAL 3.6
    always does here: a plugin leaves the process-wide choice to QGIS and the other plugins, and GDAL
    >= 3.9 warns (FutureWarning) at a call made while neither choice was said. Not raising: with
    ExceptionMgr(useExceptions=True) a read failing midway crashed QGIS 3.44 (GDAL 3.13) later, as it
    closed the same file (with exceptions on for the whole process, as Processing sets them, it did not)."""
    from osgeo import gdal

    manager = getattr(gdal, "ExceptionMgr", None)
    return manager(useExceptions=False) if manager is not None else contextlib.nullcontext()


def _open(layer):
    """(GDAL dataset, OGR layer) of a plain OGR file layer, or None."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr" or not layer.isValid():
        return None
    if layer.isEditable() or layer.subsetString():
        return None
    import numpy  # noqa: F401 (GDAL's Arrow-to-NumPy interface needs it)
    from osgeo import gdal, gdal_array  # noqa: F401 (the same: an ImportError here means "use QGIS")

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
    elif dataset.GetLayerCount() == 1 and index in (None, 0):
        # a layer index is only trusted in a one-layer file: QGIS may count a file's layers differently
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
