"""The analysis pushed down to a real PostgreSQL + PostGIS, against the file path on the same data.

The suite starts its own cluster (tools/pg_cluster.py: initdb + pg_ctl in a temporary folder, a
free 127.0.0.1 port, stopped at the end), loads fields, districts and a zone into it and into a
GeoPackage, and checks that the database computes the same figures as QGIS computes from the file
(1e-6 relative for totals and breakdowns), that it really ran in the database (its log line, and the
bytes counted by a relay between QGIS and the server), and that what it cannot serve falls back to
QGIS with a reason.
"""

import math
import random
import sys
from pathlib import Path

import pytest
from engine_helpers import QINT, QSTRING, memory_layer
from processing_helpers import RecordingFeedback
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from byte_proxy import ByteCountingProxy
from dock_helpers import find  # the `dock` fixture is in conftest.py
from pg_cluster import Cluster
from test_dock import set_combo_data

from vraem_analyst.plugin.core.areas import compute_areas, no_rows
from vraem_analyst.plugin.core.measuring import AnalysisCanceled
from vraem_analyst.plugin.core.overlap import buffer_overlap
from vraem_analyst.plugin.core.snapshot import LayerSnapshot
from vraem_analyst.plugin.core.totals import measure_total

CENTRE = (-74.0, -12.5)
FIELDS = 3000
REL = 1e-6
SERVED = "inside its PostGIS database"


def _field(rng):
    """A small irregular polygon (0.1–2 ha) within 0.03° of CENTRE: many cross the district lines."""
    lon, lat = CENTRE[0] + rng.uniform(-0.03, 0.03), CENTRE[1] + rng.uniform(-0.03, 0.03)
    radius = math.sqrt(rng.uniform(0.1, 2.0) * 10_000 / math.pi)
    vertices = rng.randint(5, 8)
    ring = []
    for i in range(vertices):
        angle = 2 * math.pi * i / vertices + rng.uniform(0, 0.5)
        r = radius * rng.uniform(0.7, 1.3)
        ring.append(f"{lon + r * math.cos(angle) / 109_000:.9f} {lat + r * math.sin(angle) / 110_600:.9f}")
    ring.append(ring[0])
    return "POLYGON((" + ",".join(ring) + "))"


def _fields_layer():
    rng = random.Random(18)
    shapes = [_field(rng) for _ in range(FIELDS)]
    lon, lat = CENTRE
    shapes += [
        f"POLYGON(({lon} {lat + 0.01},{lon + 0.001} {lat + 0.011},{lon + 0.001} {lat + 0.01},{lon} {lat + 0.011},"
        f"{lon} {lat + 0.01}))",  # a bow-tie: repaired
        None,  # no geometry
        f"MULTIPOLYGON((({lon - 0.02} {lat},{lon - 0.019} {lat},{lon - 0.019} {lat + 0.001},{lon - 0.02} {lat})),"
        f"(({lon - 0.018} {lat},{lon - 0.017} {lat},{lon - 0.017} {lat + 0.001},{lon - 0.018} {lat})))",
        f"POLYGON(({lon + 0.01} {lat - 0.01},{lon + 0.012} {lat - 0.01},{lon + 0.012} {lat - 0.008},"
        f"{lon + 0.01} {lat - 0.008},{lon + 0.01} {lat - 0.01}),({lon + 0.0105} {lat - 0.0095},"
        f"{lon + 0.0115} {lat - 0.0095},{lon + 0.0115} {lat - 0.0085},{lon + 0.0105} {lat - 0.0095}))",  # a hole
    ]
    attributes = [(("planned", "done", "verified")[i % 3], 2020 + i % 4) for i in range(len(shapes))]
    return memory_layer("MultiPolygon", "EPSG:4326", shapes, fields=[("status", QSTRING), ("plan_year", QINT)],
                        attributes=attributes, name="fields")


def _districts_layer():
    """Four quadrants around CENTRE, leaving a strip along the east uncovered (outside every district)."""
    lon, lat = CENTRE
    quadrants = {"NW": (lon - 0.05, lat, lon, lat + 0.05), "NE": (lon, lat, lon + 0.02, lat + 0.05),
                 "SW": (lon - 0.05, lat - 0.05, lon, lat), "SE": (lon, lat - 0.05, lon + 0.02, lat)}
    shapes = [f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))" for x0, y0, x1, y1 in quadrants.values()]
    return memory_layer("Polygon", "EPSG:4326", shapes, fields=[("name", QSTRING)],
                        attributes=[(name,) for name in quadrants], name="districts")


def _zone_layer():
    lon, lat = CENTRE
    shape = (f"POLYGON(({lon - 0.04} {lat - 0.04},{lon + 0.013} {lat - 0.02},{lon + 0.005} {lat + 0.04},"
             f"{lon - 0.04} {lat + 0.04},{lon - 0.04} {lat - 0.04}))")
    return memory_layer("Polygon", "EPSG:4326", [shape], name="zone")


def _points_layer():
    rng = random.Random(180)
    lon, lat = CENTRE
    return memory_layer("Point", "EPSG:4326", [f"POINT({lon + rng.uniform(-0.03, 0.03)} {lat + rng.uniform(-0.03, 0.03)})"
                                               for _ in range(12)], name="towns")


def _geopackage(layer, folder):
    path = Path(folder) / f"{layer.name()}.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(),
                                                      options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    result = QgsVectorLayer(str(path), layer.name(), "ogr")
    assert result.isValid()
    return result


class Data:
    """The same layers as GeoPackages (the file path) and as PostGIS tables (the pushed-down path)."""

    def __init__(self, cluster, folder):
        self.cluster = cluster
        self.files, self.tables = {}, {}
        for layer in (_fields_layer(), _districts_layer(), _zone_layer()):
            gpkg = _geopackage(layer, folder)
            cluster.load_layer(gpkg, layer.name())
            self.files[layer.name()] = gpkg
        # lines and points made from the fields, by the server, for the other target kinds
        cluster.psql("CREATE TABLE field_edges AS SELECT fid, "
                     "ST_Multi(ST_Boundary(geom))::geometry(MultiLineString, 4326) AS geom "
                     "FROM fields WHERE NOT ST_IsEmpty(geom) AND ST_IsValid(geom); "
                     "ALTER TABLE field_edges ADD PRIMARY KEY (fid);"
                     "CREATE TABLE field_points AS SELECT fid, ST_PointOnSurface(geom)::geometry(Point, 4326) AS geom "
                     "FROM fields WHERE NOT ST_IsEmpty(geom) AND ST_IsValid(geom); "
                     "ALTER TABLE field_points ADD PRIMARY KEY (fid);"
                     "CREATE TABLE \"Odd \"\"name\" AS SELECT fid, status AS \"Stat\"\"us\", geom FROM fields;"
                     "ALTER TABLE \"Odd \"\"name\" ADD PRIMARY KEY (fid);")
        self.points = _points_layer()

    def table(self, name, geometry_type="MultiPolygon", port=None, key="fid"):
        uri = QgsDataSourceUri(self.cluster.uri(port))
        uri.setDataSource("public", name, "geom", "", key)
        uri.setSrid("4326")
        uri.setWkbType(getattr(Qgis.WkbType, geometry_type))
        layer = QgsVectorLayer(uri.uri(False), name, "postgres")
        assert layer.isValid(), name
        return layer


@pytest.fixture(scope="module")
def cluster():
    running = Cluster().start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def data(qgis_app, cluster, tmp_path_factory):
    loaded = Data(cluster, tmp_path_factory.mktemp("postgis"))
    yield loaded
    # layers must go while the QGIS application is certainly alive (a later release crashed)
    loaded.files.clear()
    loaded.points = None


@pytest.fixture
def log_lines(qgis_app):
    lines = []

    def received(message, tag, level):
        lines.append(message)

    QgsApplication.messageLog().messageReceived.connect(received)
    yield lines
    QgsApplication.messageLog().messageReceived.disconnect(received)


def _close(value, expected, rel=REL):
    return value == pytest.approx(expected, rel=rel, abs=1e-9)


def _same_breakdown(pushed, expected, rel=REL):
    assert {str(key) for key in pushed} == {str(key) for key in expected}
    by_text = {str(key): value for key, value in expected.items()}
    for key, value in pushed.items():
        assert _close(value, by_text[str(key)], rel), key


def _same_summary(pushed, expected):
    assert (pushed.feature_count, pushed.repaired, pushed.null_geometries) == (
        expected.feature_count, expected.repaired, expected.null_geometries)
    assert _close(pushed.total_ha, expected.total_ha)
    assert (pushed.inside_zone_ha is None) == (expected.inside_zone_ha is None)
    if expected.inside_zone_ha is not None:
        assert _close(pushed.inside_zone_ha, expected.inside_zone_ha)
    assert _close(pushed.outside_districts_ha, expected.outside_districts_ha)
    _same_breakdown(pushed.by_group, expected.by_group)
    _same_breakdown(pushed.by_group_inside_zone, expected.by_group_inside_zone)
    _same_breakdown(pushed.by_district, expected.by_district)
    assert pushed.messages == expected.messages


BREAKDOWNS = {
    "totals": {},
    "zone": {"zone": "zone"},
    "districts": {"districts": "districts", "district_field": "name"},
    "everything": {"zone": "zone", "districts": "districts", "district_field": "name", "group_field": "status"},
    "integer groups": {"group_field": "plan_year"},
}


@pytest.mark.parametrize("keep_rows", [False, True], ids=["totals only", "with rows"])
@pytest.mark.parametrize("breakdown", list(BREAKDOWNS))
def test_areas_in_the_database_equal_the_file_path(data, log_lines, breakdown, keep_rows):
    def arguments(layers):
        return {key: layers[value] if key in ("zone", "districts") else value
                for key, value in BREAKDOWNS[breakdown].items()}

    tables = {name: data.table(name, "Polygon" if name != "fields" else "MultiPolygon")
              for name in ("fields", "districts", "zone")}
    expected = compute_areas(data.files["fields"], on_row=None if keep_rows else no_rows, **arguments(data.files))
    assert not any(SERVED in line for line in log_lines)
    pushed = compute_areas(tables["fields"], on_row=None if keep_rows else no_rows, **arguments(tables))
    assert any(f"'fields' was measured {SERVED}" in line for line in log_lines)
    assert expected.repaired == 1 and expected.null_geometries == 1 and expected.feature_count == FIELDS + 4
    _same_summary(pushed, expected)
    if breakdown in ("districts", "everything"):
        assert 0 < pushed.outside_districts_ha < pushed.total_ha and len(pushed.by_district) == 4
    if keep_rows:
        assert [row.fid for row in pushed.rows] == [row.fid for row in expected.rows]
        for mine, theirs in zip(pushed.rows, expected.rows):
            # both join the vertices by geodesics (QgsDistanceArea, ST_Area on geography)
            assert _close(mine.area_ha, theirs.area_ha, 1e-6), mine.fid
            assert (mine.repaired, mine.null_geometry, str(mine.group)) == (
                theirs.repaired, theirs.null_geometry, str(theirs.group))
            if theirs.inside_zone_ha is not None:
                # a sliver's error is relative to the field it is cut from
                assert mine.inside_zone_ha == pytest.approx(theirs.inside_zone_ha, abs=1e-5 * theirs.area_ha + 1e-9)
            assert set(mine.districts) == set(theirs.districts)
            if len(theirs.districts) == 1:
                assert mine.district == theirs.district


def test_the_pushed_down_totals_move_under_two_percent_of_a_full_read(data):
    """Through a byte-counting relay: what a server on another machine would send."""
    proxy = ByteCountingProxy(data.cluster.port)
    try:
        layer = data.table("fields", port=proxy.port)
        proxy.reset()
        request = QgsFeatureRequest().setNoAttributes()
        assert sum(1 for feature in layer.getFeatures(request)) == FIELDS + 4
        full_read = proxy.total
        proxy.reset()
        summary = measure_total(layer)
        pushed = proxy.total
    finally:
        proxy.stop()
    assert summary.feature_count == FIELDS + 4
    assert full_read > 300_000  # every geometry came through the relay
    assert pushed < 0.02 * full_read, (pushed, full_read)


def test_quoted_names_are_identifiers_not_sql(data, log_lines):
    """A table and a group field whose names hold quotes and spaces: quoted, never spliced."""
    odd = data.table('Odd "name')
    expected = compute_areas(data.files["fields"], group_field="status", on_row=no_rows)
    pushed = compute_areas(odd, group_field='Stat"us', on_row=no_rows)
    assert any(SERVED in line for line in log_lines)
    _same_summary(pushed, expected)


def _unservable(data, case):
    """(layer to measure, compute_areas arguments, expected reason in the log, file-path twin)."""
    fields, gpkg = data.table("fields"), data.files["fields"]
    if case == "filter":
        fields.setSubsetString('"plan_year" % 2 = 0')  # arithmetic: not translated
        gpkg.setSubsetString('"plan_year" % 2 = 0')
        return fields, {}, "filter it cannot translate", gpkg
    if case == "edit mode":
        fields.startEditing()
        return fields, {}, "edit mode", gpkg
    if case == "selection":
        assert sum(1 for _ in fields.getFeatures()) == FIELDS + 4  # drawn first, as a user selecting would
        fields.selectByIds([1, 2, 3])
        gpkg.selectByIds([1, 2, 3])
        return fields, {"selected_only": True}, "selected", gpkg
    if case == "zone elsewhere":
        return fields, {"zone": data.files["zone"]}, "zone is not in PostGIS", gpkg
    raise AssertionError(case)


@pytest.mark.parametrize("case", ["filter", "edit mode", "selection", "zone elsewhere"])
def test_what_the_database_cannot_serve_is_measured_in_qgis_with_a_reason(data, log_lines, case):
    layer, arguments, reason, twin = _unservable(data, case)
    try:
        expected = compute_areas(twin, on_row=no_rows, **{k: v for k, v in arguments.items()})
        pushed = compute_areas(layer, on_row=no_rows, **arguments)
    finally:
        twin.setSubsetString("")
        twin.removeSelection()
        layer.rollBack()
    reasons = [line for line in log_lines if "is a PostGIS layer but is measured in QGIS" in line]
    assert len(reasons) == 1 and reason in reasons[0], log_lines
    assert not any(SERVED in line for line in log_lines)
    _same_summary(pushed, expected)


FILTERS = ['"plan_year" > 2021', "\"status\" IN ('done', 'verified') AND NOT \"plan_year\" = 2023",
           "\"status\" = 'x''); DROP TABLE fields; --' OR \"plan_year\" IS NULL OR \"plan_year\" <= 2020"]


@pytest.mark.parametrize("subset", FILTERS, ids=["comparison", "in, and, not", "quotes in a value"])
def test_filters_made_of_comparisons_are_translated(data, log_lines, subset):
    """Rebuilt from the parsed filter: a value holding quotes and SQL stays a value."""
    fields, gpkg, zone = data.table("fields"), data.files["fields"], data.table("zone", "Polygon")
    fields.setSubsetString(subset)
    zone.setSubsetString('"fid" >= 1')
    gpkg.setSubsetString(subset)
    try:
        expected = compute_areas(gpkg, zone=data.files["zone"], group_field="status", on_row=no_rows)
        pushed = compute_areas(fields, zone=zone, group_field="status", on_row=no_rows)
    finally:
        gpkg.setSubsetString("")
    assert any(SERVED in line for line in log_lines), log_lines
    assert 0 < expected.feature_count < FIELDS
    _same_summary(pushed, expected)
    assert data.cluster.psql("SELECT count(*) FROM fields") == str(FIELDS + 4)


def test_another_ellipsoid_is_measured_in_qgis(data, log_lines):
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))  # a project without CRS reports ellipsoid NONE
    project.setEllipsoid("EPSG:7019")  # GRS 1980: the database measures on WGS84 only
    pushed = measure_total(data.table("fields"), project=project)
    expected = measure_total(data.files["fields"], project=project)
    assert any("not WGS84" in line for line in log_lines), log_lines
    assert not any(SERVED in line for line in log_lines)
    assert pushed.ellipsoid == expected.ellipsoid == "EPSG:7019"
    _same_summary(pushed, expected)


@pytest.mark.parametrize("dissolve", [False, True], ids=["buffers", "dissolved"])
def test_overlaps_in_the_database_equal_the_file_path(data, log_lines, dissolve):
    expected = buffer_overlap(data.points, 1500.0, data.files["fields"], dissolve=dissolve, keep_geometries=True)
    pushed = buffer_overlap(data.points, 1500.0, data.table("fields"), dissolve=dissolve, keep_geometries=True)
    assert any(f"overlaps with 'fields' were computed {SERVED}" in line for line in log_lines)
    assert expected.targets_touched > 100
    assert (pushed.targets_touched, pushed.repaired, pushed.null_geometries) == (
        expected.targets_touched, expected.repaired, expected.null_geometries)
    assert _close(pushed.total_overlap_ha, expected.total_overlap_ha)
    assert _close(pushed.buffers_union_ha, expected.buffers_union_ha)
    theirs = {row.fid: row for row in expected.targets}
    for row in pushed.targets:
        assert sorted(row.source_fids) == sorted(theirs[row.fid].source_fids)
        # a sliver's error is relative to the field it is cut from
        assert row.overlap_ha == pytest.approx(theirs[row.fid].overlap_ha, abs=1e-5 * row.target_ha + 1e-9)
        assert _close(row.target_ha, theirs[row.fid].target_ha, 1e-5)
    sources = {row.fid: row for row in expected.sources}
    for row in pushed.sources:
        assert row.targets == sources[row.fid].targets
        assert _close(row.overlap_ha, sources[row.fid].overlap_ha)
    assert len(pushed.pieces) == len(expected.pieces)
    assert _close(sum(piece.overlap_ha for piece in pushed.pieces), sum(piece.overlap_ha for piece in expected.pieces))
    from vraem_analyst.plugin.core.overlap import AreaMeasurer, distance_area

    measure = AreaMeasurer(data.files["fields"].crs(), measurer=distance_area(data.files["fields"].crs())).area_m2
    assert _close(sum(measure(piece.geometry) for piece in pushed.pieces) / 10_000,
                  sum(piece.overlap_ha for piece in expected.pieces))


@pytest.mark.parametrize("table, kind", [("field_points", "Point"), ("field_edges", "MultiLineString")])
def test_point_and_line_targets_equal_the_qgis_path(data, log_lines, table, kind):
    """The same table read through QGIS (an untranslatable filter keeping every feature stops the push-down)."""
    read_by_qgis = data.table(table, kind)
    read_by_qgis.setSubsetString('"fid" + 0 > 0')
    expected = buffer_overlap(data.points, 1500.0, read_by_qgis, dissolve=True, keep_geometries=True)
    assert any("filter it cannot translate" in line for line in log_lines)
    pushed = buffer_overlap(data.points, 1500.0, data.table(table, kind), dissolve=True, keep_geometries=True)
    assert any(SERVED in line for line in log_lines)
    assert pushed.targets_touched == expected.targets_touched > 100
    assert pushed.total_points_within == expected.total_points_within
    assert _close(pushed.total_length_km, expected.total_length_km)
    assert len(pushed.pieces) == len(expected.pieces)


def test_the_dock_snapshot_is_measured_in_the_database(data, log_lines):
    rows = []
    layer = data.table("fields")
    snapshot = LayerSnapshot(layer)
    layer.startEditing()  # after the snapshot: it measures what was saved when it was taken
    try:
        pushed = compute_areas(snapshot, on_row=rows.append)
    finally:
        layer.rollBack()
    assert any(SERVED in line for line in log_lines)
    assert len(rows) == pushed.feature_count == FIELDS + 4
    _same_summary(pushed, measure_total(data.files["fields"]))
    editing = data.table("fields")
    editing.startEditing()
    try:
        measure_total(LayerSnapshot(editing))
    finally:
        editing.rollBack()
    assert any("edit mode" in line for line in log_lines)


def test_a_cancelled_database_run_raises_and_returns_nothing(data):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(AnalysisCanceled):
        measure_total(data.table("fields"), feedback=feedback)


def _run(algorithm, parameters, feedback):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm, parameters, context=context, feedback=feedback)


def test_processing_algorithms_run_in_the_database(vraem_provider, data):
    layers = {"pushed": {name: data.table(name, "Polygon" if name != "fields" else "MultiPolygon")
                         for name in ("fields", "districts", "zone")},
              "file": data.files}
    results = {}
    for path, found in layers.items():
        notes = RecordingFeedback()
        area = _run("vraem:areayield", {"INPUT": found["fields"], "ZONE": found["zone"], "DISTRICTS": found["districts"],
                                        "DISTRICT_FIELD": "name", "GROUP_FIELD": "plan_year",
                                        "OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT"}, notes)
        overlap = _run("vraem:bufferoverlap", {"SOURCE": data.points, "DISTANCE": 1.5, "UNIT": 1, "TARGET": found["fields"],
                                               "DISSOLVE": True, "OUTPUT": "TEMPORARY_OUTPUT"}, notes)
        served = [line for line in notes.lines if SERVED in line]
        assert len(served) == (2 if path == "pushed" else 0), notes.lines
        summary = {(f["scope"], f["name"]): f["area_ha"] for f in area["SUMMARY"].getFeatures()}
        rows = {f["fid"]: f["area_ha"] for f in area["OUTPUT"].getFeatures()}
        results[path] = (area, overlap, summary, rows)
    (area, overlap, summary, rows), (area_file, overlap_file, summary_file, rows_file) = results["pushed"], results["file"]
    for name in ("TOTAL_HA", "INSIDE_ZONE_HA", "HCL_T_CENTRAL", "FEATURES", "REPAIRED", "NULL_GEOMETRIES"):
        assert _close(area[name], area_file[name]), name
    assert summary.keys() == summary_file.keys() and len(summary) == 1 + 1 + 4 + 4
    for key, value in summary.items():
        assert _close(value, summary_file[key]), key
    assert rows.keys() == rows_file.keys()
    for name in ("OVERLAP_HA", "TARGETS_TOUCHED", "BUFFERS_HA"):
        assert _close(overlap[name], overlap_file[name]), name
    assert overlap["OUTPUT"].featureCount() == overlap_file["OUTPUT"].featureCount() == overlap["TARGETS_TOUCHED"]


def test_statements_take_only_composed_pieces():
    """A raw string (anything a user typed) cannot become part of a statement; composed pieces can."""
    from vraem_analyst.plugin.core import postgis

    with pytest.raises(TypeError):
        postgis.sql("SELECT {value}", value="1; DROP TABLE fields")
    assert postgis.sql("({a} = {b})", a=postgis._quoted('x"y'), b=postgis._number(2)) == '("x""y" = 2)'


def test_the_dock_computes_a_postgis_layer_in_its_database(data, dock, log_lines):
    """The panel's own tasks, on a PostGIS layer of the project: areas, then an overlap."""
    from test_dock import table, wait_idle

    fields, towns = data.table("fields"), _points_layer()
    QgsProject.instance().addMapLayers([fields, towns])
    find(dock, "VraemAreaLayerCombo").setLayer(fields)
    wait_idle(dock)
    _, totals = table(dock.areas.model)
    expected = measure_total(data.files["fields"])
    assert totals[0]["Area (ha)"] == pytest.approx(expected.total_ha, rel=REL)
    assert any(f"'fields' was measured {SERVED}" in line for line in log_lines)
    find(dock, "VraemOverlapSourceCombo").setLayer(towns)
    find(dock, "VraemOverlapTargetCombo").setLayer(fields)
    find(dock, "VraemOverlapDistanceSpin").setValue(1.5)
    set_combo_data(find(dock, "VraemOverlapUnitCombo"), "km")
    find(dock, "VraemOverlapDissolveCheck").setChecked(True)
    find(dock, "VraemOverlapRunButton").click()
    wait_idle(dock, "overlap")
    _, totals = table(dock.overlap.model)
    engine = buffer_overlap(_points_layer(), 1500.0, data.files["fields"], dissolve=True)
    assert engine.total_overlap_ha > 0
    assert totals[0]["Overlap (ha)"] == pytest.approx(engine.total_overlap_ha, rel=REL)
    assert any(f"overlaps with 'fields' were computed {SERVED}" in line for line in log_lines)


@pytest.mark.parametrize("distance_m", [50.0, 3000.0, 250_000.0, 2_500_000.0])
@pytest.mark.parametrize("source", ["point", "line", "polygon"])
def test_every_buffer_lies_within_the_reach_the_database_filters_candidates_by(data, distance_m, source):
    """The pushed-down overlap keeps only targets within overlap.reach_m of a buffer's source (ST_DWithin on
    geography): no point of any buffer may lie beyond it, however far and whatever the source, or a touched
    target would be missed. Measured by the server, on the spheroid, as the candidate filter measures."""
    from vraem_analyst.plugin.core.overlap import EQUAL_AREA_RADIUS, GroundBuffers, reach_m

    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    shapes = {"point": "POINT(-74 -12.5)", "line": "LINESTRING(-76 -14, -73 -11.5, -70.5 -12)",
              "polygon": "POLYGON((-78 -16, -69 -16, -69 -4, -78 -4, -78 -16))"}  # about Peru's size
    builder = GroundBuffers(wgs84, wgs84, distance_m, QgsProject.instance())
    from qgis.core import QgsGeometry

    geometry = QgsGeometry.fromWkt(shapes[source])
    buffered = builder.buffer(geometry)
    farthest = float(data.cluster.psql(
        f"SELECT max(ST_Distance((p).geom::geography, ST_GeomFromText('{geometry.asWkt(9)}', 4326)::geography)) "
        f"FROM ST_DumpPoints(ST_GeomFromText('{buffered.asWkt(9)}', 4326)) AS p"))
    assert distance_m * EQUAL_AREA_RADIUS * 0.99 < farthest < reach_m(distance_m), (farthest, reach_m(distance_m))


def test_candidates_come_through_a_geography_index_when_the_table_has_one(data, log_lines):
    """ST_DWithin on geography is the candidate filter: on a table whose only index is a geography one the
    server finds the candidates through it (its plan, logged by auto_explain for a new session through a
    relay), and the figures stay those of the file path."""
    cluster = data.cluster
    cluster.psql("CREATE TABLE fields_geog AS SELECT * FROM fields; ALTER TABLE fields_geog ADD PRIMARY KEY (fid); "
                 "CREATE INDEX fields_geog_idx ON fields_geog USING gist ((geom::geography)); ANALYZE fields_geog; "
                 "LOAD 'auto_explain'; ALTER SYSTEM SET session_preload_libraries = 'auto_explain'; "
                 "ALTER SYSTEM SET auto_explain.log_min_duration = 0; SELECT pg_reload_conf();")
    log = cluster.folder / "server.log"
    start = log.stat().st_size
    proxy = ByteCountingProxy(cluster.port)  # another port: QGIS opens a new session, which loads auto_explain
    try:
        pushed = buffer_overlap(data.points, 1500.0, data.table("fields_geog", port=proxy.port), dissolve=True)
    finally:
        proxy.stop()
        cluster.psql("LOAD 'auto_explain'; ALTER SYSTEM RESET session_preload_libraries; "
                     "ALTER SYSTEM RESET auto_explain.log_min_duration; "
                     "SELECT pg_reload_conf();")
    assert any(f"overlaps with 'fields_geog' were computed {SERVED}" in line for line in log_lines)
    with open(log, encoding="utf-8", errors="replace") as server_log:
        server_log.seek(start)
        plans = server_log.read()
    assert "Index Scan using fields_geog_idx" in plans or "Bitmap Index Scan on fields_geog_idx" in plans, plans[-3000:]
    expected = buffer_overlap(data.points, 1500.0, data.files["fields"], dissolve=True)
    assert pushed.targets_touched == expected.targets_touched > 100
    assert _close(pushed.total_overlap_ha, expected.total_overlap_ha)


AUTH_USER = "field_analyst"
AUTH_PASSWORD = "Kq7-only-in-the-auth-db-3f9"  # of a throw-away role of the test's own cluster


def _auth_layer(data, config_id="", name="fields", user=""):
    uri = QgsDataSourceUri(f"dbname='vraem' host=127.0.0.1 port={data.cluster.port} sslmode=disable")
    uri.setAuthConfigId(config_id)
    uri.setUsername(user)
    uri.setDataSource("public", name, "geom", "", "fid")
    uri.setSrid("4326")
    uri.setWkbType(Qgis.WkbType.MultiPolygon)
    return QgsVectorLayer(uri.uri(False), name, "postgres")


def test_a_layer_logging_in_through_an_authentication_configuration_is_measured_in_its_database(
        vraem_provider, data, log_lines):
    """A role that must give its password, kept only in a QGIS authentication configuration (Basic):
    the push-down logs in through the layer's authcfg, and the password is in no log, message or output."""
    from qgis.core import QgsAuthMethodConfig

    data.cluster.add_password_role(AUTH_USER, AUTH_PASSWORD)
    manager = QgsApplication.authManager()
    assert not manager.isDisabled(), manager.disabledMessage()
    # pytest-qgis runs QGIS on a temporary profile: this is a throw-away authentication database
    assert manager.setMasterPassword("master-of-the-test-profile", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("VRAEM test analyst")
    config.setConfig("username", AUTH_USER)
    config.setConfig("password", AUTH_PASSWORD)
    stored, config = manager.storeAuthenticationConfig(config)
    assert stored and config.id()
    try:
        # without the configuration the role cannot log in: the password really comes from it
        assert not _auth_layer(data, user=AUTH_USER).isValid()
        assert any("no password supplied" in line for line in log_lines), log_lines
        layer = _auth_layer(data, config.id())
        assert layer.isValid()
        assert f"authcfg={config.id()}" in layer.source() and AUTH_PASSWORD not in layer.source()

        feedback = RecordingFeedback()
        results = _run("vraem:areayield", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT",
                                           "SUMMARY": "TEMPORARY_OUTPUT", "GROUP_FIELD": "status"}, feedback)
        expected = compute_areas(data.files["fields"], group_field="status", on_row=no_rows)
        assert any(f"'fields' was measured {SERVED}" in line for line in feedback.lines), feedback.lines
        assert _close(results["TOTAL_HA"], expected.total_ha)
        assert results["FEATURES"] == expected.feature_count
        overlap = buffer_overlap(data.points, 1500.0, _auth_layer(data, config.id()), dissolve=True)
        assert any(f"overlaps with 'fields' were computed {SERVED}" in line for line in log_lines)
        assert _close(overlap.total_overlap_ha,
                      buffer_overlap(data.points, 1500.0, data.files["fields"], dissolve=True).total_overlap_ha)

        outputs = [str(value) for value in results.values()]
        outputs += [str(feature.attributes()) for name in ("OUTPUT", "SUMMARY")
                    for feature in results[name].getFeatures()]
        outputs += [results[name].source() for name in ("OUTPUT", "SUMMARY")] + overlap.messages
        for text in feedback.lines + log_lines + outputs:
            assert AUTH_PASSWORD not in text, text
    finally:
        manager.removeAuthenticationConfig(config.id())


def test_an_empty_table_gives_zero_in_the_database(data, log_lines):
    """Without groups the totals are one aggregate row, which an empty table gives too (count 0, sums NULL)."""
    data.cluster.psql("CREATE TABLE no_fields AS SELECT * FROM fields WHERE false; ALTER TABLE no_fields ADD PRIMARY KEY (fid);")
    for group_field in (None, "status"):
        summary = compute_areas(data.table("no_fields"), group_field=group_field, on_row=no_rows)
        assert (summary.feature_count, summary.total_ha, summary.repaired, summary.null_geometries) == (0, 0.0, 0, 0)
        assert summary.by_group == {}
    assert sum(f"'no_fields' was measured {SERVED}" in line for line in log_lines) == 2


@pytest.mark.parametrize("group_field", [None, "status"], ids=["no groups", "groups"])
def test_plain_totals_check_each_row_once_in_a_parallel_plan(data, group_field):
    """Without zone and districts the totals check each geometry's validity once (PostgreSQL would
    compute a merged subquery's check again for each aggregate reading it), measure each row once,
    and keep a plan that parallel workers can run, as the floor query's."""
    from vraem_analyst.plugin.core import postgis

    table = postgis._table(data.table("fields"))
    statement = postgis._AreaQuery(table, None, None, None, group_field).totals()
    rows = int(data.cluster.psql("SELECT count(*) FROM fields WHERE geom IS NOT NULL"))
    # the calls of this transaction, counted by the server (serial, so that workers count nothing apart)
    calls = data.cluster.psql(
        "SET track_functions = 'all'; SET max_parallel_workers_per_gather = 0; BEGIN; " + statement + "; "
        "SELECT pg_stat_get_xact_function_calls('st_isvalid(geometry)'::regprocedure), "
        "pg_stat_get_xact_function_calls('st_area(geography,boolean)'::regprocedure); COMMIT;").splitlines()[-1]
    assert calls == f"{rows}|{rows}", calls
    plan = data.cluster.psql("SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; "
                             "SET min_parallel_table_scan_size = 0; EXPLAIN " + statement)
    assert "Parallel Seq Scan" in plan, plan


def test_statements_are_planned_without_jit_and_the_connection_keeps_its_setting(data):
    """PostgreSQL would compile every pushed-down statement (PostGIS's functions are costed high) for no
    gain: each runs with JIT off, set for its own message only, so QGIS's next statement on the same
    connection has the server's setting (on) again."""
    from vraem_analyst.plugin.core import postgis

    table = postgis._table(data.table("fields"))
    assert postgis._run(table, postgis.Sql("SELECT current_setting('jit'), count(*) FROM fields"), None) == [
        ["off", int(data.cluster.psql("SELECT count(*) FROM fields"))]]
    connection = table.connect()
    assert connection.execSql("SELECT current_setting('jit')").rows() == [["on"]]
    assert postgis._run(table, postgis.Sql("SELECT current_setting('jit')"), None) == [["off"]]
    assert connection.execSql("SELECT current_setting('jit')").rows() == [["on"]]
