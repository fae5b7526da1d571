"""Buffer overlaps: true ground distances in UTM 17S/18S/19S, ellipsoidal areas, no double counting.
Oracles: pyproj geodesic circles (Geod.fwd), Geod areas and distances, shapely intersections/unions."""

import pytest
from engine_helpers import (
    GEOD,
    csv_rows,
    field_ring,
    from_lonlat,
    geodesic_area_m2,
    geodesic_circle,
    geodesic_length_m,
    ground_buffer,
    memory_layer,
    shapely_from_qgis,
    to_lonlat,
)
from qgis.core import QgsFeedback, QgsProject
from shapely.geometry import LineString, MultiPolygon, box
from shapely.ops import unary_union

from vraem_analyst.plugin.core import overlap
from vraem_analyst.plugin.core.errors import VraemError
from vraem_analyst.plugin.core.measuring import AnalysisCanceled

ZONES = {"EPSG:32717": (-84.0, -78.0), "EPSG:32718": (-78.0, -72.0), "EPSG:32719": (-72.0, -66.0)}


def crossings_by_zone(shared_facts):
    """One border crossing (with coordinates) per UTM zone 17S, 18S, 19S."""
    picked = {}
    for row in csv_rows(shared_facts / "border_crossings.csv"):
        if not row["lon"] or not row["lat"]:
            continue
        lon, lat = float(row["lon"]), float(row["lat"])
        for crs, (west, east) in ZONES.items():
            if west <= lon < east and crs not in picked:
                picked[crs] = (row["crossing_id"], lon, lat)
    return picked


@pytest.mark.parametrize("crs", list(ZONES))
@pytest.mark.parametrize("distance_m", [3000.0, 25_000.0])
def test_point_buffers_are_geodesic_in_every_utm_zone(qgis_app, shared_facts, crs, distance_m):
    picked = crossings_by_zone(shared_facts)
    if crs not in picked:
        pytest.skip(f"no crossing with coordinates in {crs}")
    name, lon, lat = picked[crs]
    source = memory_layer("Point", "EPSG:4326", [f"POINT({lon} {lat})"])
    # target: one big square in the zone's UTM CRS that holds the whole buffer
    centre = from_lonlat(box(lon, lat, lon, lat), crs).centroid
    square = box(centre.x - 3 * distance_m, centre.y - 3 * distance_m, centre.x + 3 * distance_m,
                 centre.y + 3 * distance_m)
    target = memory_layer("Polygon", crs, [square.wkt])
    result = overlap.buffer_overlap(source, distance_m, target, project=QgsProject(), keep_geometries=True)
    oracle_ha = geodesic_area_m2(geodesic_circle(lon, lat, distance_m)) / 10_000
    assert result.total_overlap_ha == pytest.approx(oracle_ha, rel=0.005), name
    assert result.total_overlap_ha == pytest.approx(oracle_ha, rel=0.001)  # in fact far better than 0.5 %
    piece = shapely_from_qgis(result.pieces[0].geometry)
    ring = to_lonlat(piece, crs).exterior.coords
    _, _, distances = GEOD.inv([lon] * len(ring), [lat] * len(ring), [x for x, _ in ring], [y for _, y in ring])
    assert max(abs(d / distance_m - 1) for d in distances) < 0.005
    assert result.sources[0].buffer_ha == pytest.approx(oracle_ha, rel=0.001)


def test_points_and_lines_as_targets(qgis_app):
    lon, lat = -73.9, -12.5
    source = memory_layer("Point", "EPSG:4326", [f"POINT({lon} {lat})"])
    near = GEOD.fwd(lon, lat, 45, 2900)[:2]
    far = GEOD.fwd(lon, lat, 200, 3100)[:2]
    points = memory_layer("Point", "EPSG:32718",
                          [from_lonlat(box(*near, *near), "EPSG:32718").centroid.wkt,
                           from_lonlat(box(*far, *far), "EPSG:32718").centroid.wkt])
    result = overlap.buffer_overlap(source, 3000, points, project=QgsProject())
    assert result.total_points_within == 1 and result.targets_touched == 1
    # a straight line through the centre: 2 x 3 km inside
    west, east = GEOD.fwd(lon, lat, 270, 10_000)[:2], GEOD.fwd(lon, lat, 90, 10_000)[:2]
    line = memory_layer("LineString", "EPSG:4326", [LineString([west, (lon, lat), east]).wkt])
    result = overlap.buffer_overlap(source, 3000, line, project=QgsProject())
    assert result.total_length_km == pytest.approx(6.0, rel=0.005)
    assert result.targets[0].target_length_km == pytest.approx(20.0, rel=0.002)


def test_a_target_inside_one_buffer_counts_whole_however_many_buffers_touch_it(qgis_app):
    """A track that runs 300 m east and back lies inside the first buffer and crosses into the
    second: its length within is its whole length (0.6 km), as with the first buffer alone."""
    lon, lat = -74.2, -12.3
    east = GEOD.fwd(lon, lat, 90, 300)[:2]
    track = memory_layer("LineString", "EPSG:4326", [LineString([(lon, lat), east, (lon, lat)]).wkt])
    second = GEOD.fwd(lon, lat, 90, 3100)[:2]  # its 3 km buffer reaches the track's east end
    one = memory_layer("Point", "EPSG:4326", [f"POINT({lon} {lat})"])
    two = memory_layer("Point", "EPSG:4326", [f"POINT({lon} {lat})", f"POINT({second[0]} {second[1]})"])
    alone = overlap.buffer_overlap(one, 3000, track, project=QgsProject())
    both = overlap.buffer_overlap(two, 3000, track, project=QgsProject())
    assert len(both.targets[0].source_fids) == 2
    assert alone.total_length_km == pytest.approx(0.6, rel=0.002)
    assert both.total_length_km == pytest.approx(alone.total_length_km, rel=1e-9)


def test_overlapping_buffers_never_double_count(qgis_app):
    lon, lat = -74.2, -12.3
    second = GEOD.fwd(lon, lat, 60, 2000)[:2]
    source = memory_layer("Point", "EPSG:4326", [f"POINT({lon} {lat})", f"POINT({second[0]} {second[1]})"])
    fields = [box(lon - 0.02 + 0.004 * i, lat - 0.01, lon - 0.017 + 0.004 * i, lat + 0.012) for i in range(12)]
    target = memory_layer("Polygon", "EPSG:4326", [f.wkt for f in fields])
    circles = unary_union([geodesic_circle(lon, lat, 1500), geodesic_circle(*second, 1500)])
    separate = overlap.buffer_overlap(source, 1500, target, project=QgsProject(), keep_geometries=True)
    dissolved = overlap.buffer_overlap(source, 1500, target, dissolve=True, project=QgsProject(),
                                       keep_geometries=True)
    expected = {}
    for fid, field in enumerate(fields, start=1):
        inside = field.intersection(circles)
        if not inside.is_empty:
            expected[fid] = geodesic_area_m2(inside) / 10_000
    assert {row.fid for row in separate.targets} == set(expected)
    for row in separate.targets:
        assert row.overlap_ha == pytest.approx(expected[row.fid], rel=0.005)
        assert row.overlap_pct == pytest.approx(100 * expected[row.fid] / (geodesic_area_m2(fields[row.fid - 1]) / 1e4),
                                                rel=0.005)
    assert separate.total_overlap_ha == pytest.approx(sum(expected.values()), rel=0.005)
    assert dissolved.total_overlap_ha == pytest.approx(separate.total_overlap_ha, rel=1e-9)
    # per-source figures count each buffer on its own, so their sum exceeds the total
    assert sum(s.overlap_ha for s in separate.sources) > separate.total_overlap_ha
    assert len(dissolved.pieces) == len(dissolved.targets) < len(separate.pieces)
    assert separate.buffers_union_ha == pytest.approx(geodesic_area_m2(circles) / 1e4, rel=0.002)


def test_every_target_finds_every_buffer_it_touches_near_or_far(qgis_app):
    """The buffers a target touches come from the buffer it was read for and that buffer's neighbours
    (boxes that meet) when the target's box lies in its box, else from the spatial index. A strip 40 km
    long crosses two buffers whose boxes are far apart, and three touching buffers share small fields:
    each target's buffers are those whose geodesic circle it meets (shapely), its area inside their
    union pyproj's, and the buffers' and their union's areas (measured at once) pyproj's."""
    lon, lat = -74.2, -12.3
    far = GEOD.fwd(lon, lat, 90, 40_000)[:2]
    near = [GEOD.fwd(lon, lat, azimuth, 2500)[:2] for azimuth in (0, 120)]
    points = [(lon, lat), far, *near]
    source = memory_layer("Point", "EPSG:4326", [f"POINT({x} {y})" for x, y in points])
    strip = box(lon - 0.01, lat - 0.004, far[0] + 0.01, lat + 0.004)
    fields = [field_ring(lon + dx, lat + dy, 0.8) for dx in (-0.03, -0.012, 0.0, 0.012) for dy in (-0.02, 0.0, 0.02)]
    targets = [strip, *fields]
    target = memory_layer("Polygon", "EPSG:4326", [shape.wkt for shape in targets])
    circles = [geodesic_circle(x, y, 3000) for x, y in points]
    for dissolve in (False, True):
        result = overlap.buffer_overlap(source, 3000, target, dissolve=dissolve, project=QgsProject())
        by_fid = {row.fid: row for row in result.targets}
        for fid, shape in enumerate(targets, start=1):
            expected = [number for number, circle in enumerate(circles, start=1) if circle.intersects(shape)]
            if not expected:
                assert fid not in by_fid
                continue
            row = by_fid[fid]
            assert row.source_fids == expected, fid
            inside = shape.intersection(unary_union([circles[number - 1] for number in expected]))
            assert row.overlap_ha == pytest.approx(geodesic_area_m2(inside) / 1e4, rel=0.002), fid
        assert by_fid[1].source_fids == [1, 2, 3, 4]  # the strip: with the buffer whose box meets no other
        assert len(result.targets) > 4
        for row, circle in zip(result.sources, circles):
            assert row.buffer_ha == pytest.approx(geodesic_area_m2(circle) / 1e4, rel=0.001)
        assert result.buffers_union_ha == pytest.approx(geodesic_area_m2(unary_union(circles)) / 1e4, rel=0.001)


def test_the_memory_of_a_run_grows_with_its_buffers_not_with_their_pairs(qgis_app):
    """Buffers that all overlap (a town's outskirts buffered by 20 km) meet each other's boxes: n
    buffers make n² pairs. What a run holds may grow with the buffers, not with those pairs: four times
    the buffers, under eight times the peak of Python memory (pairs kept for every buffer at once made
    it sixteen: 3,000 buffers held 84 MB instead of 9). Four times, not two: what earlier tests leave
    in the interpreter moved the ratio for twice the buffers from 2.0 to 3.1."""
    import tracemalloc

    lon, lat = -74.2, -12.3
    # a UTM target: its areas are QgsDistanceArea's, so NumPy's arrays (bounded) do not mask the growth
    target = memory_layer("Polygon", "EPSG:32718", [from_lonlat(field_ring(lon + 0.01, lat + 0.01, 0.8),
                                                                "EPSG:32718").wkt])

    def peak_bytes(count):
        points = [(lon + 0.02 * (i % 40) / 40, lat + 0.02 * (i // 40) / 40) for i in range(count)]
        source = memory_layer("Point", "EPSG:4326", [f"POINT({x} {y})" for x, y in points])
        tracemalloc.start()
        try:
            result = overlap.buffer_overlap(source, 20_000, target, project=QgsProject())
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert result.targets_touched == 1 and result.targets[0].source_fids == list(range(1, count + 1))
        return peak

    peak_bytes(10)  # what a first run loads once (caches of PROJ and QGIS) is no part of it
    small, large = peak_bytes(300), peak_bytes(1200)
    assert large < 8 * small, (small, large)


@pytest.mark.parametrize("dissolve", [False, True])
def test_a_line_across_adjacent_polygon_buffers_counts_its_length_once(qgis_app, dissolve):
    """Districts (adjacent polygons) buffered by 1 km and a road across them: the road's length
    inside is its length inside the union of the buffers. Uniting the per-buffer pieces counted the
    shared stretches twice (97.8 km inside a 70.6 km road)."""
    squares = [box(-74.3 + 0.1 * i, -12.7 + 0.1 * j, -74.2 + 0.1 * i, -12.6 + 0.1 * j)
               for i in range(3) for j in range(3)]
    districts = memory_layer("Polygon", "EPSG:4326", [s.wkt for s in squares])
    inside_road = LineString([(-74.28, -12.69), (-74.11, -12.52), (-74.02, -12.41)])
    crossing_road = LineString([(-74.25, -12.65), (-74.15, -12.55), (-73.85, -12.3)])
    roads = memory_layer("LineString", "EPSG:32718", [from_lonlat(inside_road, "EPSG:32718").wkt,
                                                     from_lonlat(crossing_road, "EPSG:32718").wkt])
    result = overlap.buffer_overlap(districts, 1000, roads, dissolve=dissolve, project=QgsProject())
    rows = {row.fid: row for row in result.targets}
    assert rows[1].length_km == rows[1].target_length_km
    assert rows[1].target_length_km == pytest.approx(geodesic_length_m(inside_road) / 1000, rel=1e-4)
    zone = unary_union([ground_buffer(s, 1000) for s in squares])
    expected_km = geodesic_length_m(crossing_road.segmentize(0.001).intersection(zone)) / 1000
    assert rows[2].length_km == pytest.approx(expected_km, rel=0.005)
    assert rows[2].length_km < rows[2].target_length_km
    assert result.total_length_km == pytest.approx(rows[1].length_km + rows[2].length_km, rel=1e-12)


def test_line_source_buffer_is_a_ground_distance(qgis_app):
    # a 20 km road in UTM 18S buffered by 2 km: area = 2 x 2 km x 20 km + a 2 km disc (on the ground)
    road = LineString([(600_000, 8_600_000), (612_000, 8_616_000)])
    source = memory_layer("LineString", "EPSG:32718", [road.wkt])
    target = memory_layer("Polygon", "EPSG:4326", [box(-76, -14, -72, -11).wkt])
    result = overlap.buffer_overlap(source, 2000, target, project=QgsProject(), keep_geometries=True)
    # oracle: geodesic length of the road (pyproj) -> exact area of a flat stadium of that length
    lonlat = to_lonlat(road, "EPSG:32718")
    length = GEOD.geometry_length(lonlat)
    import math

    expected_ha = (2 * 2000 * length + math.pi * 2000 ** 2) / 10_000
    assert result.total_overlap_ha == pytest.approx(expected_ha, rel=0.005)


def test_bad_input_is_refused(qgis_app):
    points = memory_layer("Point", "EPSG:4326", ["POINT(-74 -12)"])
    target = memory_layer("Polygon", "EPSG:4326", [box(-75, -13, -73, -11).wkt])
    for distance in (-5, 0, 50_000_000, "far"):
        with pytest.raises(VraemError):
            overlap.buffer_overlap(points, distance, target)
    no_crs = memory_layer("Polygon", None, [box(0, 0, 1, 1).wkt], name="nocrs")
    with pytest.raises(VraemError, match="coordinate reference system"):
        overlap.buffer_overlap(points, 1000, no_crs)
    empty = memory_layer("Point", "EPSG:4326", [])
    result = overlap.buffer_overlap(empty, 1000, target, project=QgsProject())
    assert result.targets == [] and result.total_overlap_ha == 0 and result.messages
    with_null = memory_layer("Point", "EPSG:4326", ["POINT(-74 -12)", None])
    bow_tie = "POLYGON((-74.01 -12.01, -73.99 -11.99, -73.99 -12.01, -74.01 -11.99, -74.01 -12.01))"
    result = overlap.buffer_overlap(with_null, 5000, memory_layer("Polygon", "EPSG:4326", [bow_tie]),
                                    project=QgsProject())
    assert result.null_geometries == 1 and result.repaired == 1 and result.total_overlap_ha > 0


def test_cancel_leaves_nothing(qgis_app):
    feedback = QgsFeedback()
    feedback.cancel()
    points = memory_layer("Point", "EPSG:4326", ["POINT(-74 -12)"])
    target = memory_layer("Polygon", "EPSG:4326", [box(-75, -13, -73, -11).wkt])
    with pytest.raises(AnalysisCanceled):
        overlap.buffer_overlap(points, 1000, target, feedback=feedback)


def test_touched_polygons_measured_in_batches_equal_pyproj_and_the_one_by_one_path(qgis_app):
    """Touched polygons in lon/lat are measured AREA_BATCH at a time in NumPy (wkb_areas), which proves
    most of them valid on the way: one-part multipolygons as their polygon, a bow-tie among them repaired
    alone, a field with a hole (a batch wkb_areas cannot take) one by one. Every target's figures equal
    pyproj's geodesic area, and those of the same fields in UTM 18S, measured one by one."""
    from shapely import wkt as shapely_wkt
    from shapely.validation import make_valid

    rings = [field_ring(-74.0 + (i % 50) * 0.002, -12.0 + (i // 50) * 0.002, 0.5 + (i % 7) * 0.2, twist=i * 0.1)
             for i in range(2500)]
    fields = [MultiPolygon([ring]).wkt for ring in rings]
    fields[1000] = ("MULTIPOLYGON(((-73.96 -11.96, -73.959 -11.959, -73.959 -11.96, -73.96 -11.959, "
                    "-73.96 -11.96)))")  # a bow-tie
    fields[2400] = ("MULTIPOLYGON(((-73.95 -11.95, -73.948 -11.95, -73.948 -11.948, -73.95 -11.948, -73.95 -11.95),"
                    "(-73.9495 -11.9495, -73.9495 -11.9485, -73.9485 -11.9485, -73.9485 -11.9495, -73.9495 -11.9495)))")
    lon_lat = memory_layer("MultiPolygon", "EPSG:4326", fields)
    utm = memory_layer("MultiPolygon", "EPSG:32718",
                       [from_lonlat(shapely_wkt.loads(wkt), "EPSG:32718").wkt for wkt in fields])
    source = memory_layer("Point", "EPSG:4326", ["POINT(-73.95 -11.95)"])
    results = [overlap.buffer_overlap(source, 20_000, target, project=QgsProject()) for target in (lon_lat, utm)]
    for result in results:
        assert result.targets_touched == 2500 and result.repaired == 1
    by_fid = [{row.fid: row for row in result.targets} for result in results]
    for fid, wkt in enumerate(fields, start=1):
        expected_ha = geodesic_area_m2(make_valid(shapely_wkt.loads(wkt))) / 10_000
        batched, one_by_one = by_fid[0][fid], by_fid[1][fid]
        assert batched.target_ha == pytest.approx(expected_ha, rel=1e-7), fid
        assert batched.target_ha == pytest.approx(one_by_one.target_ha, rel=1e-7), fid
        assert batched.overlap_ha == batched.target_ha and batched.overlap_pct == 100.0
    # what the batch path took and left: the first batch whole, the one with a hole not at all
    areas = overlap._PolygonAreas(overlap.AreaMeasurer(lon_lat.crs(), project=QgsProject()))
    geometries = [feature.geometry() for feature in lon_lat.getFeatures()]
    figures = areas._batch(geometries[:overlap.AREA_BATCH])
    assert figures is not None and figures[1].sum() == overlap.AREA_BATCH - 1  # all but the bow-tie proven
    assert areas._batch(geometries[overlap.AREA_BATCH:]) is None


def test_buffer_areas_measured_a_batch_at_a_time_equal_pyproj_s(qgis_app, monkeypatch):
    """Buffers are measured AREA_BATCH at a time in NumPy; a batch holding a buffer of two parts (a
    multipoint's two circles) is measured buffer by buffer instead. Every buffer's area, in every batch,
    is pyproj's, in source order: a batch out of step would give the two-part buffer's area to another."""
    monkeypatch.setattr(overlap, "AREA_BATCH", 3)
    lon, lat = -74.2, -12.3
    points = [GEOD.fwd(lon, lat, 45, 1000.0 * i)[:2] for i in range(7)]
    far = GEOD.fwd(lon, lat, 90, 20_000)[:2]
    wkts = [f"MULTIPOINT(({x} {y}))" for x, y in points]
    wkts[4] = f"MULTIPOINT(({points[4][0]} {points[4][1]}), ({far[0]} {far[1]}))"
    circles = [[geodesic_circle(x, y, 1500)] for x, y in points]
    circles[4].append(geodesic_circle(*far, 1500))
    source = memory_layer("MultiPoint", "EPSG:4326", wkts)
    target = memory_layer("Polygon", "EPSG:4326", [box(lon - 0.1, lat - 0.1, lon + 0.3, lat + 0.1).wkt])
    result = overlap.buffer_overlap(source, 1500, target, project=QgsProject())
    assert [row.fid for row in result.sources] == list(range(1, 8))
    for row, parts in zip(result.sources, circles):
        assert row.buffer_ha == pytest.approx(geodesic_area_m2(unary_union(parts)) / 1e4, rel=1e-3), row.fid
    assert result.sources[4].buffer_ha == pytest.approx(2 * result.sources[0].buffer_ha, rel=1e-3)


def test_targets_inside_partly_inside_and_beside_buffers_with_and_without_neighbours(qgis_app):
    """Each target's buffers, and whether each holds it whole, decided by the engine's shortcuts (a target
    inside the buffer it was read for needs no other test when that buffer has no neighbours) against the
    same buffers tested one by one (QgsGeometry intersects/contains): which buffers each target's pieces
    name, a piece at exactly 100 % exactly when its buffer holds the target whole, and the target's
    overlap equal to its part inside the union of the buffers touching it."""
    from qgis.core import QgsGeometry

    # A and B overlap (neighbours); C stands alone. 3 km is 0.0276° of longitude here.
    towns = memory_layer("Point", "EPSG:4326", ["POINT(-74.0 -12.0)", "POINT(-73.975 -12.0)", "POINT(-73.8 -12.0)"])

    def square(lon, lat, half=0.001):
        return box(lon - half, lat - half, lon + half, lat + half).wkt

    targets = [square(-74.012, -12.0),  # inside A only, beside B's box
               square(-74.0026, -12.0),  # inside A, across B's rim
               square(-73.9875, -12.0),  # inside both
               square(-73.8 + 0.0276, -12.0),  # across C's rim, C without neighbours
               square(-73.8 + 0.0245, -12.0 + 0.0245),  # in C's box corner, outside its circle
               square(-73.805, -12.005),  # inside C
               "POLYGON((-73.796 -12.001, -73.794 -11.999, -73.794 -12.001, -73.796 -11.999, -73.796 -12.001))"]  # bow-tie in C
    target = memory_layer("Polygon", "EPSG:4326", targets)
    project = QgsProject()
    result = overlap.buffer_overlap(towns, 3000, target, project=project, keep_geometries=True)
    builder = overlap.GroundBuffers(towns.crs(), target.crs(), 3000.0, project)
    buffers = {feature.id(): builder.buffer(feature.geometry()) for feature in towns.getFeatures()}
    measurer = overlap.AreaMeasurer(target.crs(), project=project)
    rows = {row.fid: row for row in result.targets}
    pieces = {(piece.target_fid, piece.source_fids[0]): piece for piece in result.pieces}
    expected_touched = set()
    for feature in target.getFeatures():
        geometry = feature.geometry().makeValid()
        touching = sorted(fid for fid, buffer in buffers.items() if buffer.intersects(geometry))
        if not touching:
            assert feature.id() not in rows
            continue
        expected_touched.add(feature.id())
        row = rows[feature.id()]
        assert sorted(row.source_fids) == touching, feature.id()
        for fid in touching:
            whole = buffers[fid].contains(geometry)
            assert (pieces[(feature.id(), fid)].overlap_pct == 100.0) == whole, (feature.id(), fid)
        union = QgsGeometry.unaryUnion([buffers[fid] for fid in touching])
        inside_m2 = measurer.area_m2(geometry.intersection(union))
        assert row.overlap_ha == pytest.approx(inside_m2 / 10_000, rel=1e-9), feature.id()
    assert set(rows) == expected_touched == {1, 2, 3, 4, 6, 7}
    assert result.repaired == 1
    assert [sorted(rows[fid].source_fids) for fid in (1, 2, 3, 4)] == [[1], [1, 2], [1, 2], [3]]
