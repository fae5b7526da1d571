"""The air picture engine and its three algorithms against independent oracles (pyproj geodesics,
shapely) on synthetic tracks of known speed (tests/air_tracks.py), and its answers to bad input."""

import math

import pytest
from air_tracks import (
    BOLIVIA,
    BRAZIL,
    GEOD,
    LUISIANA,
    PALMAPAMPA,
    PICHARI,
    SPEED_MPS,
    START,
    crossing_distances,
    scenario,
    write_fixes,
)
from engine_helpers import memory_layer
from qgis.PyQt.QtCore import QMetaType
from shapely import wkt as shapely_wkt
from shapely.geometry import Point

BUNDLED_ZONE_LAYER = "zone"


@pytest.fixture(scope="module")
def zone_shape(qgis_app):
    from vraem_analyst.plugin.core import reference

    feature = next(reference.zone_layer().getFeatures())
    return shapely_wkt.loads(feature.geometry().asWkt())


@pytest.fixture(scope="module")
def fixes_gpkg(qgis_app, tmp_path_factory):
    return write_fixes(tmp_path_factory.mktemp("air") / "fixes.gpkg", scenario(), "datetime")


def _fixes_layer(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{path}|layername=fixes", "fixes", "ogr")
    assert layer.isValid()
    return layer


@pytest.fixture(scope="module")
def analysed(fixes_gpkg):
    from vraem_analyst.plugin.core.air.picture import analyse_fixes

    picture = analyse_fixes(_fixes_layer(fixes_gpkg), "time", "track")
    return {r.track_id: r for r in picture.results}


# ----------------------------------------------------------------------------- geodesy

def test_segment_and_long_distances_match_pyproj(qgis_app):
    import random

    from vraem_analyst.plugin.core.air.geodesy import Geodesic, local_distance_m

    rng = random.Random(3)
    geodesic = Geodesic()
    for _ in range(300):
        lon, lat = rng.uniform(-80, -60), rng.uniform(-20, 0)
        azimuth, distance = rng.uniform(0, 360), rng.uniform(10, 20_000)
        lon2, lat2, _ = GEOD.fwd(lon, lat, azimuth, distance)
        assert local_distance_m(lon, lat, lon2, lat2) == pytest.approx(distance, rel=1e-6)
        far = rng.uniform(20_000, 2_000_000)
        lon3, lat3, _ = GEOD.fwd(lon, lat, azimuth, far)
        assert geodesic.distance_m(lon, lat, lon3, lat3) == pytest.approx(far, rel=1e-7)


def test_range_ring_vertices_are_at_true_ground_distance(qgis_app):
    from vraem_analyst.plugin.core.air.geodesy import Geodesic

    ring = Geodesic().ring(*PICHARI, 900_000.0)
    vertices = [(v.x(), v.y()) for v in ring.vertices()]
    assert len(vertices) == 181
    for lon, lat in vertices:
        assert GEOD.inv(*PICHARI, lon, lat)[2] == pytest.approx(900_000.0, rel=1e-6)


def _oracle_border_m(lonlat, country):
    """Oracle: pyproj distance to the nearest vertex of the country's outline densified to ~100 m."""
    boundary = country.boundary.segmentize(0.001)
    lines = getattr(boundary, "geoms", [boundary])
    best = math.inf
    for line in lines:
        xs, ys = line.xy
        _a, _b, distances = GEOD.inv([lonlat[0]] * len(xs), [lonlat[1]] * len(xs), list(xs), list(ys))
        best = min(best, min(distances))
    return best


def test_border_distances_match_pyproj_within_half_a_percent(qgis_app):
    from vraem_analyst.plugin.core.air import regions
    from vraem_analyst.plugin.core.air.geodesy import distance_to_geometry_m

    neighbours = {r.name: r for r in regions.neighbour_regions()}
    assert {"Bolivia", "Brazil", "Colombia", "Ecuador", "Chile"} == set(neighbours)
    for name in ("Bolivia", "Brazil"):
        country = shapely_wkt.loads(neighbours[name].geometry.asWkt())
        for place in (PICHARI, PALMAPAMPA, LUISIANA, (-74.535598, -11.3254)):
            ours = distance_to_geometry_m(*place, neighbours[name].geometry)
            oracle = _oracle_border_m(place, country)
            assert ours == pytest.approx(oracle, rel=0.005), (name, place)
        inside = distance_to_geometry_m(*(BOLIVIA if name == "Bolivia" else BRAZIL), neighbours[name].geometry)
        assert inside == 0.0
    # nearest point inside an edge, not at a vertex
    from qgis.core import QgsGeometry

    square = "POLYGON((-70 -13, -69 -13, -69 -12, -70 -12, -70 -13))"
    ours = distance_to_geometry_m(-71.0, -12.5, QgsGeometry.fromWkt(square))
    assert ours == pytest.approx(_oracle_border_m((-71.0, -12.5), shapely_wkt.loads(square)), rel=1e-4)


# ----------------------------------------------------------------------------- tracks

def test_entry_and_exit_times_within_a_second(analysed, zone_shape):
    result = analysed["T1"]
    crossings = crossing_distances((-75.6, -12.0), (-72.6, -12.9), zone_shape)
    assert len(crossings) == 2, "the synthetic track crosses the zone once"
    entry, exit_ = (START + d / SPEED_MPS for d in crossings)
    assert result.entered_zone and len(result.zone) == 1
    assert abs(result.entry_time - entry) <= 1.0
    assert abs(result.exit_time - exit_) <= 1.0
    assert result.minutes_in_zone == pytest.approx((exit_ - entry) / 60.0, abs=2 / 60.0)
    assert result.km_in_zone == pytest.approx((crossings[1] - crossings[0]) / 1000.0, rel=1e-3)
    total = GEOD.inv(-75.6, -12.0, -72.6, -12.9)[2]
    assert result.length_km == pytest.approx(total / 1000.0, rel=1e-4)
    assert result.max_speed_kt == pytest.approx(140.0, rel=1e-3)
    kinds = [e.kind for e in result.events]
    assert kinds == ["zone_entry", "zone_exit"]
    entry_event = result.events[0]
    assert zone_shape.boundary.distance(Point(entry_event.lon, entry_event.lat)) < 1e-4  # on the boundary


def test_stops_at_airstrips_and_crossings_into_bolivia_and_brazil(analysed, zone_shape):
    t2, t3, t4 = analysed["T2"], analysed["T3"], analysed["T4"]
    assert t2.stops_in_zone == 2
    names = [s.aerodrome for s in t2.stops]
    assert names[0].startswith("PE-0021") and names[1].startswith("SPPE")
    assert all(s.aerodrome_km < 0.5 for s in t2.stops)
    assert t2.crossed_into == "Bolivia" and t3.crossed_into == "Brazil"
    # the border time against the oracle crossing of the last leg
    from vraem_analyst.plugin.core.air import regions

    bolivia = next(r for r in regions.neighbour_regions() if r.name == "Bolivia")
    border = crossing_distances(PALMAPAMPA, BOLIVIA, shapely_wkt.loads(bolivia.geometry.asWkt()))[0]
    leg_start = t2.stops[1].end_time  # the leg's first fix is on the airstrip: the stop's last fix
    assert abs(t2.border_time - (leg_start + border / SPEED_MPS)) <= 1.0
    # T2 starts on the ground inside the zone: its entry is its first fix, not a crossing
    assert t2.entry_time == START and not t2.zone[0].crossed_in
    assert not t4.entered_zone and t4.minutes_in_zone == 0 and t4.crossed_into == ""


def test_segment_that_cuts_through_the_zone_between_two_fixes_outside(qgis_app, zone_shape):
    """One long segment (fixes outside on both sides, 30 min apart): entry and exit are still found."""
    from vraem_analyst.plugin.core.air import fixes, regions, tracks

    start, end = (-76.2, -12.3), (-72.2, -12.3)
    distance = GEOD.inv(*start, *end)[2]
    seconds = distance / SPEED_MPS
    layer = memory_layer("Point", "EPSG:4326", [f"POINT({start[0]} {start[1]})", f"POINT({end[0]} {end[1]})"],
                         [("t", QMetaType.Type.Double)], [[START], [START + seconds]])
    reading = fixes.read_tracks(layer, "t")
    result = tracks.analyse_tracks(reading, regions.zone_region(), [], tracks.Aerodromes([], None))[0]
    crossings = crossing_distances(start, end, zone_shape)
    assert result.entered_zone
    assert abs(result.entry_time - (START + crossings[0] / SPEED_MPS)) <= 1.0
    assert abs(result.exit_time - (START + crossings[-1] / SPEED_MPS)) <= 1.0
    assert result.km_in_zone == pytest.approx(sum(crossings[i + 1] - crossings[i]
                                                  for i in range(0, len(crossings), 2)) / 1000.0, rel=1e-3)


@pytest.mark.parametrize("kind", ["datetime", "iso", "epoch"])
def test_time_field_kinds_give_the_same_tracks(qgis_app, tmp_path, kind, analysed):
    from vraem_analyst.plugin.core.air import fixes

    path = write_fixes(tmp_path / f"{kind}.gpkg", scenario(), kind)
    reading = fixes.read_tracks(_fixes_layer(path), "time", "track")
    times = {t.track_id: (t.times[0], t.times[-1], len(t.times)) for t in reading.tracks}
    assert times["T1"][0] == pytest.approx(START, abs=1e-6)
    assert times["T1"][1] == pytest.approx(analysed["T1"].end_time, abs=2e-3)  # ISO text keeps milliseconds
    assert len(times) == 4


def test_gpx_track_points_and_csv_lat_lon_are_read(qgis_app, tmp_path):
    """The common field formats: GPX track points (date-time field, track_fid) and a CSV of lat/lon
    with ISO text times, as QGIS opens them."""
    from qgis.core import QgsVectorLayer

    from vraem_analyst.plugin.core.air import fixes

    points = [(-73.9, -12.5, "2024-05-01T06:00:00Z"), (-73.8, -12.5, "2024-05-01T06:05:00Z"),
              (-73.7, -12.5, "2024-05-01T06:10:00Z")]
    gpx = tmp_path / "flight.gpx"
    gpx.write_text('<?xml version="1.0"?>\n<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">'
                   "<trk><name>N123</name><trkseg>"
                   + "".join(f'<trkpt lat="{lat}" lon="{lon}"><time>{t}</time></trkpt>' for lon, lat, t in points)
                   + "</trkseg></trk></gpx>", encoding="utf-8")
    layer = QgsVectorLayer(f"{gpx}|layername=track_points", "track_points", "ogr")
    assert layer.isValid()
    (track,) = fixes.read_tracks(layer, "time", "track_fid").tracks
    assert [t - START for t in track.times] == [0.0, 300.0, 600.0]
    csv_path = tmp_path / "fixes.csv"
    csv_path.write_text("lat,lon,when\n" + "".join(f"{lat},{lon},{t}\n" for lon, lat, t in reversed(points)),
                        encoding="utf-8")
    layer = QgsVectorLayer(f"file://{csv_path}?delimiter=,&xField=lon&yField=lat&crs=EPSG:4326", "csv",
                           "delimitedtext")
    assert layer.isValid()
    (track,) = fixes.read_tracks(layer, "when").tracks
    assert track.reordered and [t - START for t in track.times] == [0.0, 300.0, 600.0]
    assert track.lons == [-73.9, -73.8, -73.7]


def test_time_values_in_every_accepted_form(qgis_app):
    from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

    from vraem_analyst.plugin.core.air.fixes import epoch_seconds

    six = START  # 2024-05-01T06:00:00Z
    assert epoch_seconds("2024-05-01T06:00:00Z") == six
    assert epoch_seconds("2024-05-01T01:00:00-05:00") == six
    assert epoch_seconds("2024-05-01 06:00:00") == six  # no offset: UTC
    assert epoch_seconds(" 1714543200 ") == six and epoch_seconds(1714543200) == six
    assert epoch_seconds(QDateTime(QDate(2024, 5, 1), QTime(6, 0), Qt.TimeSpec.UTC)) == six
    assert epoch_seconds(QDateTime(QDate(2024, 5, 1), QTime(6, 0))) == six  # local wall time taken as UTC
    assert epoch_seconds(QDate(2024, 5, 1)) == six - 6 * 3600
    for bad in ("01/05/2024 06:00", "", "noon", True, QDateTime()):
        with pytest.raises(ValueError):
            epoch_seconds(bad)


def test_fixes_in_a_projected_crs_give_the_same_track(qgis_app, analysed):
    from pyproj import Transformer

    from vraem_analyst.plugin.core.air.picture import analyse_fixes

    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:32718", always_xy=True)
    t1 = [f for f in scenario() if f["track"] == "T1"]
    layer = memory_layer("Point", "EPSG:32718",
                         ["POINT({} {})".format(*to_utm.transform(f["lon"], f["lat"])) for f in t1],
                         [("t", QMetaType.Type.Double)], [[f["time"]] for f in t1])
    (result,) = analyse_fixes(layer, "t").results
    assert abs(result.entry_time - analysed["T1"].entry_time) < 0.01
    assert result.km_in_zone == pytest.approx(analysed["T1"].km_in_zone, rel=1e-6)


# ----------------------------------------------------------------------------- bad input

def _points_layer(rows, crs="EPSG:4326", kind=QMetaType.Type.QString):
    """rows: (track, time value, lon, lat)."""
    return memory_layer("Point", crs, [f"POINT({lon} {lat})" for _t, _v, lon, lat in rows],
                        [("track", QMetaType.Type.QString), ("time", kind)], [[t, v] for t, v, _x, _y in rows])


def _iso(seconds):
    from datetime import datetime, timezone

    return datetime.fromtimestamp(START + seconds, timezone.utc).isoformat()


def test_unparsable_time_names_the_row_and_leaves_the_layer_untouched(qgis_app):
    from vraem_analyst.plugin.core.air import fixes
    from vraem_analyst.plugin.core.errors import VraemError

    layer = _points_layer([("A", _iso(0), -74.0, -12.0), ("A", "yesterday noon", -74.01, -12.0),
                           ("A", _iso(60), -74.02, -12.0)])
    before = [f.attributes() for f in layer.getFeatures()]
    with pytest.raises(VraemError, match=r"Row 2 .*yesterday noon"):
        fixes.read_tracks(layer, "time", "track")
    assert [f.attributes() for f in layer.getFeatures()] == before
    with pytest.raises(VraemError, match="no field 'when'"):
        fixes.read_tracks(layer, "when", "track")
    with pytest.raises(VraemError, match="time field"):
        fixes.read_tracks(layer, "", "track")


def test_no_crs_is_refused(qgis_app):
    from vraem_analyst.plugin.core.air import fixes
    from vraem_analyst.plugin.core.errors import VraemError

    layer = _points_layer([("A", _iso(0), -74.0, -12.0), ("A", _iso(60), -74.01, -12.0)], crs=None)
    with pytest.raises(VraemError, match="coordinate reference system"):
        fixes.read_tracks(layer, "time", "track")


def test_unsorted_duplicates_single_fix_suspects_and_antimeridian(qgis_app):
    from vraem_analyst.plugin.core.air import fixes

    rows = [("A", _iso(120), -74.02, -12.0), ("A", _iso(0), -74.0, -12.0), ("A", _iso(60), -74.01, -12.0),
            ("A", _iso(60), -74.01, -12.0),  # duplicate time
            ("A", _iso(180), -70.0, -12.0),  # 430 km in a minute: suspect
            ("A", _iso(240), -74.04, -12.0),
            ("B", _iso(0), -74.0, -12.0),  # single fix
            ("C", _iso(0), 179.99, -12.0), ("C", _iso(60), -179.99, -12.0)]  # antimeridian
    reading = fixes.read_tracks(_points_layer(rows), "time", "track", max_speed_kt=300.0)
    (track,) = reading.tracks
    assert track.track_id == "A" and track.reordered
    assert track.duplicates == 1
    assert [s.row for s in track.suspects] == [5] and track.suspects[0].speed_kt > 10_000
    assert track.times == [START + s for s in (0, 60, 120, 240)]
    skipped = {s.track_id: s.reason for s in reading.skipped}
    assert "single fix" in skipped["B"] and "antimeridian" in skipped["C"]


def test_a_layer_of_single_fixes_is_refused_with_the_reasons(qgis_app):
    from vraem_analyst.plugin.core.air import fixes
    from vraem_analyst.plugin.core.errors import VraemError

    layer = _points_layer([("A", _iso(0), -74.0, -12.0), ("B", _iso(0), -74.1, -12.0)])
    with pytest.raises(VraemError, match="No track .* single fix"):
        fixes.read_tracks(layer, "time", "track")


def test_cancel_stops_the_run(qgis_app, fixes_gpkg):
    from qgis.core import QgsProcessingFeedback

    from vraem_analyst.plugin.core.air.picture import analyse_fixes
    from vraem_analyst.plugin.core.measuring import AnalysisCanceled

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(AnalysisCanceled):
        analyse_fixes(_fixes_layer(fixes_gpkg), "time", "track", feedback=feedback)


def test_interceptor_speed_and_reaction_have_no_default(qgis_app):
    from vraem_analyst.plugin.core.air import reach
    from vraem_analyst.plugin.core.errors import VraemError

    with pytest.raises(VraemError, match="no default"):
        reach.interception([], [], 0.0, 10.0)
    with pytest.raises(VraemError, match="no default"):
        reach.interception([], [], 200.0, None)
    assert reach.parse_minutes("60; 15, 30,15") == [15.0, 30.0, 60.0]
    with pytest.raises(VraemError, match="'soon'"):
        reach.parse_minutes("15, soon")


# ----------------------------------------------------------------------------- interception and profiles

def test_earliest_interception_solves_the_pursuit(analysed):
    """At the time found, the interceptor's flight equals the geodesic distance to the aircraft."""
    from vraem_analyst.plugin.core.air import reach

    base = reach.Place("SPMF", "Mazamari", -74.535598, -11.3254)
    (found,) = [i for i in reach.interception([analysed["T1"]], [base], 250.0, 10.0)]
    assert found.time is not None and found.base == "SPMF"
    flown = (found.time - found.entry_time - 600.0) * 250.0 * 1852.0 / 3600.0
    assert GEOD.inv(base.lon, base.lat, found.lon, found.lat)[2] == pytest.approx(flown, rel=1e-4)
    assert found.before_exit == (found.time <= analysed["T1"].exit_time)
    slow = reach.interception([analysed["T1"]], [base], 20.0, 10.0)[0]
    assert slow.time is None and not slow.before_exit


def test_custom_profile_is_saved_in_the_project(qgis_app, tmp_path):
    from qgis.core import QgsProject

    from vraem_analyst.plugin.core.air import profiles

    bundled = profiles.bundled_profiles()
    assert set(bundled) == {"c206", "c210", "pa34"}
    assert bundled["c206"].cruise_kt == 142 and bundled["c206"].range_km == pytest.approx(594 * 1.852)
    project = QgsProject()
    profiles.save_custom_profile(project, profiles.AircraftProfile("custom", "Modified 210", 170.0, 1100.0,
                                                                   "own estimate"))
    path = tmp_path / "air.qgz"
    assert project.write(str(path))
    reopened = QgsProject()
    assert reopened.read(str(path))
    custom = profiles.get_profile("custom", reopened)
    assert (custom.label, custom.cruise_kt, custom.range_nm, custom.source) == ("Modified 210", 170.0, 1100.0,
                                                                                "own estimate")


# ----------------------------------------------------------------------------- Processing

def test_flighttracks_algorithm(vraem_provider, fixes_gpkg, analysed):
    import processing

    before = fixes_gpkg.read_bytes()
    result = processing.run("vraem:flighttracks", {"INPUT": str(fixes_gpkg), "TIME_FIELD": "time",
                                                   "TRACK_FIELD": "track", "OUTPUT_TRACKS": "memory:",
                                                   "OUTPUT_EVENTS": "memory:"})
    assert (result["TRACKS"], result["TRACKS_IN_ZONE"]) == (4, 3)
    assert result["MINUTES_IN_ZONE"] == pytest.approx(sum(r.minutes_in_zone for r in analysed.values()))
    tracks_layer = result["OUTPUT_TRACKS"]
    names = tracks_layer.fields().names()
    for name in ("track_id", "start_time", "end_time", "duration_min", "length_km", "entered_zone", "entry_time",
                 "exit_time", "minutes_in_zone", "km_in_zone", "zone_entries", "stops_in_zone", "max_speed_kt",
                 "crossed_into", "border_time"):
        assert name in names
    rows = {f["track_id"]: f for f in tracks_layer.getFeatures()}
    assert rows["T2"]["crossed_into"] == "Bolivia" and rows["T3"]["crossed_into"] == "Brazil"
    assert rows["T1"]["entry_time"].toMSecsSinceEpoch() / 1000.0 == pytest.approx(analysed["T1"].entry_time, abs=1e-3)
    kinds = {f["kind"] for f in result["OUTPUT_EVENTS"].getFeatures()}
    assert kinds == {"zone_entry", "zone_exit", "stop", "border_crossing"}
    assert fixes_gpkg.read_bytes() == before, "the input GeoPackage must not be modified"


def test_flighttracks_bad_input_is_a_processing_error(vraem_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    layer = _points_layer([("A", _iso(0), -74.0, -12.0), ("A", "31/02/2024", -74.01, -12.0)])
    with pytest.raises(QgsProcessingException, match="Row 2"):
        processing.run("vraem:flighttracks", {"INPUT": layer, "TIME_FIELD": "time", "OUTPUT_TRACKS": "memory:"})


def test_borderreach_algorithm_defaults_to_the_aerodromes_in_the_zone(vraem_provider):
    import processing

    result = processing.run("vraem:borderreach", {"PROFILE": "c206", "OUTPUT": "memory:",
                                                  "OUTPUT_RINGS": "memory:"})
    rows = list(result["OUTPUT"].getFeatures())
    idents = {f["ident"] for f in rows}
    assert {"PE-0021", "SPPE", "SPLA", "SPTE"} <= idents and result["POINTS"] == len(idents)
    assert len(rows) == 5 * len(idents)
    usable = 594 * 1.852 * 0.9
    for feature in rows:
        assert feature["reachable"] == (feature["border_km"] <= usable)
        assert feature["flight_min"] == pytest.approx(60 * feature["border_km"] / (142 * 1.852))
        assert "ynyoo" in feature["source"]
    rings = list(result["OUTPUT_RINGS"].getFeatures())
    assert len(rings) == len(idents) and all(r["radius_km"] == pytest.approx(usable) for r in rings)


@pytest.mark.parametrize("algorithm, parameter", [("vraem:borderreach", "INPUT"), ("vraem:interceptreach", "BASES")])
def test_airstrips_and_bases_that_are_not_points_are_refused_with_a_message(vraem_provider, algorithm, parameter):
    """A polygon file chosen as airstrips or bases (the dialog's file button does not filter geometry types)
    gets a message naming the layer, not a Python traceback (a TypeError from asMultiPoint before)."""
    import processing
    from qgis.core import QgsProcessingException

    from vraem_analyst.plugin.core import reference

    plan = reference.bundled_layer("eradication_plan_sample", "My sectors")
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(algorithm, {parameter: plan, "SPEED_KT": 250, "REACTION_MIN": 10, "OUTPUT": "memory:",
                                   "OUTPUT_RINGS": "memory:"})
    assert str(raised.value) == "The layer 'My sectors' does not hold points: airstrips and bases are points."


def test_borderreach_with_the_custom_profile_of_the_project(vraem_provider):
    import processing
    from qgis.core import QgsProject

    from vraem_analyst.plugin.core.air import profiles

    project = QgsProject.instance()
    profiles.save_custom_profile(project, profiles.AircraftProfile("custom", "Long-range 210", 150.0, 200.0,
                                                                   "own estimate"))
    try:
        result = processing.run("vraem:borderreach", {"PROFILE": "custom", "RESERVE_PCT": 0, "OUTPUT": "memory:"})
    finally:
        project.removeEntry("vraem_analyst", "custom_aircraft")
    rows = list(result["OUTPUT"].getFeatures())
    assert {f["profile"] for f in rows} == {"custom"} and {f["source"] for f in rows} == {"own estimate"}
    for feature in rows:  # 200 nm = 370.4 km
        assert feature["reachable"] == (feature["border_km"] <= 370.4)
    assert 0 < result["REACHABLE"] < len(rows)
    with pytest.raises(Exception, match="No custom aircraft profile"):
        processing.run("vraem:borderreach", {"PROFILE": "custom", "OUTPUT": "memory:"})


def test_interceptreach_algorithm(vraem_provider, fixes_gpkg):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException):
        processing.run("vraem:interceptreach", {"OUTPUT_RINGS": "memory:"})  # no speed, no reaction: no default
    result = processing.run("vraem:interceptreach", {"SPEED_KT": 250, "REACTION_MIN": 10, "MINUTES": "15,30,60",
                                                     "TRACKS": str(fixes_gpkg), "TIME_FIELD": "time",
                                                     "TRACK_FIELD": "track", "OUTPUT_RINGS": "memory:",
                                                     "OUTPUT_INTERCEPTS": "memory:"})
    rings = list(result["OUTPUT_RINGS"].getFeatures())
    assert {f["base"] for f in rings} == {"PE-0021", "SPPE", "SPMF"} and len(rings) == 9
    for ring in rings:
        assert ring["radius_km"] == pytest.approx((ring["minutes"] - 10) * 250 * 1.852 / 60)
    intercepts = {f["track_id"]: f for f in result["OUTPUT_INTERCEPTS"].getFeatures()}
    assert set(intercepts) == {"T1", "T2", "T3"} and result["TRACKS_IN_ZONE"] == 3
    assert result["INTERCEPTED_BEFORE_EXIT"] == sum(1 for f in intercepts.values() if f["before_exit"])


def test_air_picture_map_for_people(vraem_provider, fixes_gpkg, artifacts_dir):
    """The synthetic tracks, their events and interception rings over the zone and the neighbours,
    rendered to out/test-artifacts/air_picture.png for a person to look at."""
    import processing
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsFillSymbol,
        QgsLineSymbol,
        QgsMapRendererSequentialJob,
        QgsMapSettings,
        QgsRectangle,
        QgsSingleSymbolRenderer,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    from vraem_analyst.plugin.core import reference

    tracks = processing.run("vraem:flighttracks", {"INPUT": str(fixes_gpkg), "TIME_FIELD": "time",
                                                   "TRACK_FIELD": "track", "OUTPUT_TRACKS": "memory:",
                                                   "OUTPUT_EVENTS": "memory:"})
    rings = processing.run("vraem:interceptreach", {"SPEED_KT": 250, "REACTION_MIN": 10, "MINUTES": "30, 60",
                                                    "OUTPUT_RINGS": "memory:"})["OUTPUT_RINGS"]
    line = tracks["OUTPUT_TRACKS"]
    line.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({"color": "0,0,255", "width": "0.8"})))
    rings.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
        "style": "no", "outline_color": "0,150,0", "outline_width": "0.5"})))
    zone = reference.zone_layer()
    reference.apply_style(zone, "zone")
    countries = reference.bundled.read_only_layer(f"{reference.world_map_path()}|layername=countries", "countries")
    reference.apply_style(countries, "countries")
    settings = QgsMapSettings()
    settings.setLayers([tracks["OUTPUT_EVENTS"], line, rings, zone, countries])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    settings.setExtent(QgsRectangle(-77.5, -15.5, -65.5, -8.5))
    settings.setOutputSize(QSize(1000, 600))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    image.save(str(artifacts_dir / "air_picture.png"))
    samples = [QColor(image.pixel(x, y)) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)]
    blue = sum(1 for c in samples if c.blue() > 200 and c.red() < 80 and c.green() < 80)
    green = sum(1 for c in samples if c.green() > 120 and c.red() < 80 and c.blue() < 80)
    assert blue > 200 and green > 200, (blue, green)


def test_what_reading_left_out_names_only_what_it_left_out(qgis_app):
    """The dock's status and the Processing log said "0 repeated times and 0 suspect fixes left out,
    0 tracks skipped" on every clean run; only counts above zero are named, singular for one."""
    from vraem_analyst.plugin.core.air.fixes import FixReading, SkippedTrack, SuspectFix, Track

    def track(duplicates=0, suspects=0):
        return Track("t", [0.0], [-74.0], [-12.0], [0], duplicates=duplicates,
                     suspects=[SuspectFix(0, 0.0, -74.0, -12.0, 900.0) for _ in range(suspects)])

    assert FixReading([track(), track()], []).left_out_text() == ""
    assert FixReading([track(duplicates=1)], []).left_out_text() == "Left out: 1 repeated time."
    reading = FixReading([track(duplicates=2, suspects=1), track(duplicates=1)], [SkippedTrack("x", "one fix")] * 2)
    assert reading.left_out_text() == "Left out: 3 repeated times, 1 suspect fix, 2 tracks skipped."
