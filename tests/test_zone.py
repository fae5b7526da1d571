"""The approximate zone (issue 3a): Thiessen cells per department clipped to world_map.gpkg, the
fallback to Peru's polygon, sliver removal, and a comparison with real district boundaries."""

import csv

import pytest
from tool_helpers import load_tool


def _tool():
    """tools/approximate_zone.py (build-only, not packaged)."""
    return load_tool("approximate_zone.py", "vraem_approximate_zone")


def _capitals(shared_facts):
    with open(shared_facts / "vraem_districts.csv", newline="", encoding="utf-8") as handle:
        scope = {r["ubigeo"] for r in csv.DictReader(handle) if r["in_ambito_vraem"] == "yes"}
    with open(shared_facts / "district_capitals.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [{"ubigeo": r["ubigeo"], "department": r["department"],
             "lat": float(r["lat"]) if r["lat"] else None, "lon": float(r["lon"]) if r["lon"] else None,
             "in_vraem": r["ubigeo"] in scope} for r in rows]


def _world_map():
    from vraem_analyst.plugin.core.reference import world_map_path

    return world_map_path()


def _shapely(geometry):
    from shapely import wkb

    return wkb.loads(bytes(geometry.asWkb()))


def _geodesic_area(geometry):
    from pyproj import Geod

    return abs(Geod(ellps="WGS84").geometry_area_perimeter(_shapely(geometry))[0])


def _check_cells(result, capitals):
    from shapely.geometry import Point

    zone = _shapely(result.geometry)
    for row in capitals:
        if row["lat"] is None:
            continue
        inside = zone.contains(Point(row["lon"], row["lat"]))
        assert inside == row["in_vraem"], row["ubigeo"]


def test_normalize_name():
    from vraem_analyst.plugin.core.names import normalize_name

    assert normalize_name("Apurímac") == "APURIMAC"
    assert normalize_name("  unión  asháninka ") == "UNION ASHANINKA"
    assert normalize_name("Ñahuimpuquio") == "NAHUIMPUQUIO"
    assert normalize_name(None) == ""


def test_remove_slivers_drops_small_parts_and_holes(qgis_app):
    from qgis.core import QgsGeometry

    remove_slivers = _tool().remove_slivers

    shape = QgsGeometry.fromWkt(
        "MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0),(5 5,5.01 5,5.01 5.01,5 5)),((20 20,20.01 20,20.01 20.01,20 20)))")
    cleaned = remove_slivers(shape)
    assert not cleaned.isMultipart()
    assert cleaned.area() == pytest.approx(100.0)


def test_approximate_zone_per_department(qgis_app, shared_facts):
    approximate_zone = _tool().approximate_zone

    capitals = _capitals(shared_facts)
    result = approximate_zone(capitals, _world_map())
    assert "states_provinces" in result.method
    assert result.geometry.constGet().numGeometries() == 1
    assert result.area_m2 == pytest.approx(_geodesic_area(result.geometry), rel=1e-3)
    with_point = {r["ubigeo"] for r in capitals if r["in_vraem"] and r["lat"] is not None}
    assert set(result.districts_used) == with_point
    assert set(result.districts_without_point) == {r["ubigeo"] for r in capitals
                                                   if r["in_vraem"] and r["lat"] is None}
    _check_cells(result, capitals)


def test_fallback_to_peru_when_departments_are_missing(qgis_app, shared_facts, tmp_path):
    from qgis.core import QgsProject, QgsVectorFileWriter, QgsVectorLayer

    approximate_zone = _tool().approximate_zone

    countries = QgsVectorLayer(f"{_world_map()}|layername=countries", "countries", "ogr")
    path = tmp_path / "world_without_states.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "countries"
    error, message, _p, _l = QgsVectorFileWriter.writeAsVectorFormatV3(
        countries, str(path), QgsProject.instance().transformContext(), options)
    assert error == QgsVectorFileWriter.WriterError.NoError, message

    capitals = _capitals(shared_facts)
    fallback = approximate_zone(capitals, str(path))
    default = approximate_zone(capitals, _world_map())
    assert "countries" in fallback.method
    _check_cells(fallback, capitals)
    # Same capitals; cells now cross department lines, so edges differ (intersection/union measured 0.87).
    a, b = _shapely(fallback.geometry), _shapely(default.geometry)
    assert a.intersection(b).area / a.union(b).area > 0.8


def test_no_vraem_capital_is_an_error(qgis_app):
    from vraem_analyst.plugin.core.errors import VraemError
    approximate_zone = _tool().approximate_zone

    with pytest.raises(VraemError):
        approximate_zone([{"ubigeo": "030101", "department": "APURIMAC", "lat": -13.6, "lon": -72.9,
                           "in_vraem": False}], _world_map())


def test_approximate_zone_resembles_real_boundaries(qgis_app, shared_data):
    """Against the INEI-2007 districts (tests only): the approximation overlaps the dissolved
    VRAEM districts by most of their area (intersection over union measured 0.80)."""
    import geopandas as gpd

    from vraem_analyst.plugin.core.reference import zone_layer

    approximate = _shapely(next(zone_layer().getFeatures()).geometry())
    frame = gpd.read_file(shared_data / "peru_distrital_simple.geojson")
    from vraem_analyst.plugin.core.districts import vraem_districts

    codes = {row["ubigeo"] for row in vraem_districts()}
    real = frame[frame["IDDIST"].isin(codes)].geometry.union_all()
    assert approximate.intersection(real).area / approximate.union(real).area > 0.7
