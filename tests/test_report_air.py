"""The sheet's Air picture page on the synthetic tracks (tests/air_tracks.py): its table lists exactly the
tracks that entered the zone, the reach rings are the profile's usable range, and the page renders."""

import pytest
from air_tracks import scenario, write_fixes
from pyproj import Geod
from qgis.core import QgsLayoutExporter, QgsProject, QgsVectorLayer


@pytest.fixture(scope="module")
def air_fixes_path(qgis_app, tmp_path_factory):
    return write_fixes(tmp_path_factory.mktemp("report_air") / "fixes.gpkg", scenario(), "datetime")


@pytest.fixture(scope="module")
def air(air_fixes_path):
    from vraem_analyst.plugin.core.air import picture

    fixes = QgsVectorLayer(f"{air_fixes_path}|layername=fixes", "fixes", "ogr")
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
    assert {len(row) for row in rows} == {6}  # no interception asked for: no interception columns


def test_zone_table_carries_the_earliest_interceptions(air):
    from vraem_analyst.plugin.core.air import picture, reach
    from vraem_analyst.plugin.core.report.air_page import zone_table_rows

    found = {i.track_id: i for i in reach.interception(air.results, picture.default_bases(), 250.0, 10.0)}
    rows = zone_table_rows(air.results, interceptions=list(found.values()))
    assert {len(row) for row in rows} == {9}
    for row in rows:
        interception = found[row[0]]
        assert row[7] == interception.base_name and row[7]  # the base's name, not its ident
        assert row[8] == ("yes" if interception.before_exit else "no")
    late = reach.interception(air.results, picture.default_bases(), 250.0, 10_000.0)  # after every track ended
    assert {tuple(row[6:]) for row in zone_table_rows(air.results, interceptions=late)} == {("not reached", "–", "no")}


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
    from vraem_analyst.plugin.core.air import picture, profiles, reach
    from vraem_analyst.plugin.core.report import styles
    from vraem_analyst.plugin.core.report.air_page import add_air_page, reach_rings_layer
    from vraem_analyst.plugin.core.report.sheet import find_item, load_template
    from vraem_analyst.plugin.processing.air.flight_tracks import picture_layers
    from vraem_analyst.plugin.processing.air.intercept_reach import isochrone_layer

    project = QgsProject()
    tracks, events = picture_layers(air, "fixes")
    rings = reach_rings_layer(air.results, profiles.get_profile("c206"))
    bases = picture.default_bases()
    isochrones = isochrone_layer(reach.isochrones(bases, 250.0, 10.0, [15.0, 30.0, 60.0])[0], 250.0, 10.0)
    interceptions = reach.interception(air.results, bases, 250.0, 10.0)
    zone = reference.zone_layer()
    reference.apply_style(zone, "zone")  # as Add VRAEM layers gives it in the project
    countries = styles.countries_layer()
    for layer in (tracks, events, rings, isochrones, zone, countries):
        project.addMapLayer(layer, False)
    layout = load_template(project)
    add_air_page(layout, project, air.results, [events, tracks, rings, isochrones, zone, countries], [tracks, zone],
                 interceptions)
    assert layout.pageCollection().pageCount() == 2
    frame = find_item(layout, "air_table")
    table = frame.multiFrame()
    assert [row[0].content() for row in table.tableContents()] == \
        [r.track_id for r in air.results if r.entered_zone]
    assert [column.heading() for column in table.headers()][6:] == ["Interception (UTC)", "From base", "Before exit"]
    assert table.totalWidth() <= frame.rect().width()  # nine columns fit beside the map
    assert find_item(layout, "air_map").page() == 1
    image = QgsLayoutExporter(layout).renderPageToImage(1)
    path = artifacts_dir / "report_air_page.png"
    assert image.save(str(path))
    # Not a blank page: the map and the table put many colours on it.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20


def test_exportreport_adds_the_air_page(vraem_provider, tmp_path, air_fixes_path):
    import subprocess  # nosec B404 (tests are not packaged): pdfinfo, pdftotext

    import processing

    outputs = {"OUTPUT_PDF": str(tmp_path / "a.pdf"), "OUTPUT_PNG": str(tmp_path / "a.png"),
               "OUTPUT_CSV": str(tmp_path / "a.csv")}
    processing.run("vraem:exportreport", dict(outputs, DPI=72, AIR_TRACKS=f"{air_fixes_path}|layername=fixes",
                                              AIR_TIME_FIELD="time", AIR_TRACK_FIELD="track"))
    info = subprocess.run(["pdfinfo", outputs["OUTPUT_PDF"]], capture_output=True, text=True,
                          check=True).stdout  # nosec
    assert "Pages:           2" in info
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", outputs["OUTPUT_PDF"], "-"],  # nosec
                          capture_output=True, text=True, check=True).stdout
    assert "Air picture:" in text and "Entry (UTC)" in text
    lines = set(text.split())
    assert {"T1", "T2", "T3"} <= lines and "T4" not in lines  # T4 never enters the zone


def test_exportreport_air_page_needs_the_time_field(vraem_provider, tmp_path, air_fixes_path):
    import processing
    from qgis.core import QgsProcessingException

    outputs = {"OUTPUT_PDF": str(tmp_path / "b.pdf"), "OUTPUT_PNG": str(tmp_path / "b.png"),
               "OUTPUT_CSV": str(tmp_path / "b.csv")}
    with pytest.raises(QgsProcessingException, match="time field"):
        processing.run("vraem:exportreport", dict(outputs, DPI=72, AIR_TRACKS=f"{air_fixes_path}|layername=fixes"))
    assert not (tmp_path / "b.pdf").exists()
