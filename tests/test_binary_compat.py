"""geopandas, shapely 2, pyproj and pyogrio (from the venv) live beside QGIS's own Python stack
(PyQGIS, Processing, GDAL's bindings with numpy) in one process, and each of them works."""

from pathlib import Path

import numpy as np
import pytest


def test_qgis_gdal_processing_and_geopandas_in_one_process(qgis_app, qgis_processing, tmp_path):
    import geopandas
    import pyogrio
    import pyproj
    import shapely
    from osgeo import gdal, gdal_array, ogr
    from qgis import processing
    from qgis.core import (
        Qgis,
        QgsCoordinateTransformContext,
        QgsDistanceArea,
        QgsFeature,
        QgsField,
        QgsGeometry,
        QgsProcessingContext,
        QgsProject,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QMetaType

    # numpy through GDAL's bindings: write a small raster from an array, read it back.
    array = np.arange(12, dtype=np.float32).reshape(3, 4)
    raster = tmp_path / "grid.tif"
    dataset = gdal_array.SaveArray(array, str(raster), format="GTiff")
    dataset = None  # noqa: F841  (closes the file)
    back = gdal_array.LoadFile(str(raster))
    np.testing.assert_array_equal(back, array)
    assert gdal.Open(str(raster)).RasterXSize == 4

    # QGIS writes a GeoPackage...
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "fields", "memory")
    layer.dataProvider().addAttributes([QgsField("name", QMetaType.Type.QString)])
    layer.updateFields()
    wkts = {"a": "POLYGON((-73.8 -12.5, -73.79 -12.5, -73.79 -12.49, -73.8 -12.49, -73.8 -12.5))",
            "b": "POLYGON((-74.0 -12.0, -73.98 -12.0, -73.98 -11.99, -74.0 -12.0))"}
    for name, wkt in wkts.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        layer.dataProvider().addFeature(feature)
    gpkg = tmp_path / "fields.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "fields"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(gpkg), QgsCoordinateTransformContext(), options)[0]
    assert error == QgsVectorFileWriter.WriterError.NoError

    # ...Processing (QGIS's Python Processing framework) measures it on the WGS84 ellipsoid...
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setEllipsoid("WGS84")
    result = processing.run("native:fieldcalculator", {
        "INPUT": f"{gpkg}|layername=fields", "FIELD_NAME": "area_m2", "FIELD_TYPE": 0, "FIELD_LENGTH": 20,
        "FIELD_PRECISION": 3, "FORMULA": "$area", "OUTPUT": "memory:"}, context=context)
    measured_layer = result["OUTPUT"]
    assert measured_layer.featureCount() == 2
    processing_area = {f["name"]: f["area_m2"] for f in measured_layer.getFeatures()}
    calculator = QgsDistanceArea()
    calculator.setSourceCrs(layer.crs(), QgsProject.instance().transformContext())
    calculator.setEllipsoid("WGS84")
    qgis_m2 = {f["name"]: calculator.measureArea(f.geometry()) for f in layer.getFeatures()}

    # ...and geopandas (pyogrio) reads the same file; pyproj and shapely give the same areas.
    frame = geopandas.read_file(gpkg, layer="fields", engine="pyogrio")
    assert sorted(frame["name"]) == ["a", "b"]
    assert frame.crs.to_epsg() == 4326
    geod = pyproj.Geod(ellps="WGS84")
    for name, geometry in zip(frame["name"], frame.geometry):
        assert shapely.is_valid(geometry)
        assert shapely.equals(geometry, shapely.from_wkt(wkts[name]))
        area, _ = geod.geometry_area_perimeter(geometry)
        assert abs(area) == pytest.approx(qgis_m2[name], rel=1e-6)
        # Processing's $area (the context's WGS84 ellipsoid) agrees with pyproj's geodesic area
        assert processing_area[name] == pytest.approx(abs(area), rel=1e-6)
    utm = frame.to_crs(32718)  # pyproj transform inside geopandas
    assert utm.area.sum() == pytest.approx(sum(qgis_m2.values()), rel=2e-3)
    assert pyogrio.list_layers(gpkg)[0][0] == "fields"
    assert ogr.Open(str(gpkg)).GetLayerByName("fields").GetFeatureCount() == 2

    # one numpy for all: GDAL's bindings and the venv's geopandas share the system's numpy, the one
    # GDAL was built against (1.x on Debian 12, 2.x on sid); requirements-dev.txt never adds a second
    assert Path(np.__file__).is_relative_to("/usr/lib/python3/dist-packages"), np.__file__
    assert Qgis.QGIS_VERSION_INT >= 34000  # qgisMinimumVersion
    assert shapely.__version__.startswith("2.")
