"""The sheet's Air picture page on the synthetic tracks (tests/air_tracks.py): its table lists exactly the
tracks that entered the zone, the reach rings are the profile's usable range, and the page renders."""

import pytest
from air_tracks import scenario, write_fixes
from pyproj import Geod
from qgis.core import QgsLayoutExporter, QgsProject, QgsVectorLayer


@pytest.fixture(scope="module")
def air(qgis_app, tmp_path_factory):
    from vraem_analyst.plugin.core.air import picture

    path = write_fixes(tmp_path_factory.mktemp("report_air") / "fixes.gpkg", scenario(), "datetime")
    fixes = QgsVectorLayer(f"{path}|layername=fixes", "fixes", "ogr")
    assert fixes.isValid()
    return picture.analyse_fixes(fixes, "time", "track")


def test_zone_table_lists_the_tracks_in_the_zone(air):
    from vraem_analyst.plugin.core.report.air_page import zone_table_rows

    rows = zone_table_rows(air.results)
    inside = [r for r in air.results if r.entered_zone]
    assert [row[0] for row in rows] == [r.track_id for r in inside]
    assert "T4" not in [row[0] for row in rows]  # near Lima, never in the zone
    assert zone_table_rows(air.results, max_rows=1)[-1][0].endswith(f"{len(inside) - 1} more tracks in the zone")
    assert zone_table_rows([])[0][0] == "No track entered the zone."


def test_reach_rings_are_the_usable_range_around_stops_in_the_zone(air):
    from vraem_analyst.plugin.core.air import profiles
    from vraem_analyst.plugin.core.report.air_page import reach_rings_layer

    profile = profiles.get_profile("c206")
    rings = reach_rings_layer(air.results, profile, reserve_pct=10.0)
    stops = [s for r in air.results for s in r.stops if s.in_zone]
    assert rings.featureCount() == len({(round(s.lon, 3), round(s.lat, 3)) for s in stops}) >= 2
    geod = Geod(ellps="WGS84")
    radius_km = profile.range_km * 0.9
    for feature in rings.getFeatures():
        ring = feature.geometry().asPolygon()[0]
        # every vertex at the usable range from one of the stops (its centre)
        assert any(all(geod.inv(s.lon, s.lat, v.x(), v.y())[2] / 1000.0 == pytest.approx(radius_km, rel=0.005)
                       for v in ring) for s in stops)


def test_air_page_renders_after_the_sheet(air, artifacts_dir):
    from vraem_analyst.plugin.core import reference
    from vraem_analyst.plugin.core.air import profiles
    from vraem_analyst.plugin.core.report import styles
    from vraem_analyst.plugin.core.report.air_page import add_air_page, reach_rings_layer
    from vraem_analyst.plugin.core.report.sheet import find_item, load_template
    from vraem_analyst.plugin.gui.sections.air import result_layers

    project = QgsProject()
    tracks, events = result_layers(air, "fixes")
    rings = reach_rings_layer(air.results, profiles.get_profile("c206"))
    zone = reference.zone_layer()
    countries = styles.countries_layer()
    for layer in (tracks, events, rings, zone, countries):
        project.addMapLayer(layer, False)
    layout = load_template(project)
    add_air_page(layout, project, air.results, [events, tracks, rings, zone, countries], [tracks, zone])
    assert layout.pageCollection().pageCount() == 2
    table = find_item(layout, "air_table").multiFrame()
    assert [row[0].content() for row in table.tableContents()] == \
        [r.track_id for r in air.results if r.entered_zone]
    assert find_item(layout, "air_map").page() == 1
    image = QgsLayoutExporter(layout).renderPageToImage(1)
    path = artifacts_dir / "report_air_page.png"
    assert image.save(str(path))
    # Not a blank page: the map and the table put many colours on it.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20
