"""LayerSnapshot: what the dock's workers read instead of live layers.

The engine must give exactly what it gives on the layer itself (areas with selection, zone and group;
buffer overlaps; the zone built from district boundaries), and nothing done to the layer after the
snapshot (edits in the edit buffer, selection changes, removal) may change what the snapshot reads.
Areas are also checked against pyproj's geodesic areas."""

import threading

import pytest
from engine_helpers import QSTRING, geodesic_area_m2, memory_layer
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)
from shapely import wkt as shapely_wkt


def square(lon, lat, size):
    return f"POLYGON(({lon} {lat},{lon + size} {lat},{lon + size} {lat - size},{lon} {lat - size},{lon} {lat}))"


FIELDS = [square(-74.0 + 0.02 * i, -12.4 - 0.01 * i, 0.002 + 0.001 * i) for i in range(8)]
PLAN_YEARS = [(2024 + i % 3,) for i in range(len(FIELDS))]
# half of the fields lie in this zone, one of them across its edge
ZONE = "POLYGON((-74.05 -12.35,-73.935 -12.35,-73.935 -12.5,-74.05 -12.5,-74.05 -12.35))"


def oracle_ha(text):
    return geodesic_area_m2(shapely_wkt.loads(text)) / 10_000.0


@pytest.fixture()
def fields_layer(qgis_new_project):
    layer = memory_layer("Polygon", "EPSG:4326", FIELDS, fields=[("plan_year", QSTRING)], attributes=PLAN_YEARS,
                         name="coca fields")
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture()
def zone_layer(qgis_new_project):
    layer = memory_layer("Polygon", "EPSG:4326", [ZONE], name="zone")
    layer.setCustomProperty("vraem/approximate", True)
    return layer


def areas_key(summary):
    rows = sorted((row.fid, row.area_ha, row.inside_zone_ha, row.group) for row in summary.rows)
    return (summary.feature_count, summary.total_ha, summary.inside_zone_ha, dict(summary.by_group),
            dict(summary.by_group_inside_zone), summary.zone_approximate, rows)


def test_the_snapshot_describes_the_layer(fields_layer, zone_layer):
    from vraem_analyst.plugin.core.snapshot import LayerSnapshot

    fields_layer.selectByIds([2, 5])
    snapshot = LayerSnapshot(fields_layer)
    assert snapshot.id() == fields_layer.id() and snapshot.name() == "coca fields"
    assert snapshot.crs() == fields_layer.crs() and snapshot.sourceCrs().authid() == "EPSG:4326"
    assert snapshot.wkbType() == fields_layer.wkbType()
    assert snapshot.geometryType() == fields_layer.geometryType()
    assert snapshot.fields().names() == fields_layer.fields().names()
    assert snapshot.featureCount() == len(FIELDS)
    assert sorted(snapshot.selectedFeatureIds()) == [2, 5] and snapshot.selectedFeatureCount() == 2
    assert sorted(f.id() for f in snapshot.getSelectedFeatures()) == [2, 5]
    assert snapshot.getFeature(3).geometry().asWkt() == fields_layer.getFeature(3).geometry().asWkt()
    assert not snapshot.getFeature(999).isValid()
    assert snapshot.customProperty("vraem/approximate") is None
    assert snapshot.customProperty("missing", "default") == "default"
    assert LayerSnapshot(zone_layer).customProperty("vraem/approximate") in (True, "true")
    fields_layer.removeSelection()
    assert list(LayerSnapshot(fields_layer).getSelectedFeatures()) == []


def test_invalid_layer_is_refused_with_a_message(qgis_new_project):
    from vraem_analyst.plugin.core.errors import VraemError
    from vraem_analyst.plugin.core.snapshot import LayerSnapshot

    broken = QgsVectorLayer("/nonexistent/fields.gpkg|layername=x", "lost fields", "ogr")
    with pytest.raises(VraemError, match="lost fields"):
        LayerSnapshot(broken)
    with pytest.raises(VraemError):
        LayerSnapshot(None)


@pytest.mark.parametrize("selected_only", [False, True])
def test_compute_areas_gives_the_same_on_the_snapshot(fields_layer, zone_layer, selected_only):
    from vraem_analyst.plugin.core.areas import compute_areas
    from vraem_analyst.plugin.core.snapshot import LayerSnapshot

    project = QgsProject.instance()
    fields_layer.selectByIds([1, 2, 3, 7])
    on_layer = compute_areas(fields_layer, zone=zone_layer, group_field="plan_year", selected_only=selected_only,
                             project=project)
    on_snapshot = compute_areas(LayerSnapshot(fields_layer), zone=LayerSnapshot(zone_layer),
                                group_field="plan_year", selected_only=selected_only, project=project)
    assert areas_key(on_snapshot) == areas_key(on_layer)
    assert on_snapshot.messages == on_layer.messages
    assert on_snapshot.zone_approximate  # the zone's custom property travelled with the snapshot
    wanted = [1, 2, 3, 7] if selected_only else range(1, len(FIELDS) + 1)
    assert sorted(row.fid for row in on_snapshot.rows) == list(wanted)
    assert on_snapshot.total_ha == pytest.approx(sum(oracle_ha(FIELDS[fid - 1]) for fid in wanted), rel=1e-6)
    # the zone really clips: some fields are in, some out, one partly
    assert 0 < on_snapshot.inside_zone_ha < on_snapshot.total_ha


def test_compute_areas_totals_path_and_districts_on_snapshots(fields_layer, zone_layer):
    from vraem_analyst.plugin.core.areas import compute_areas
    from vraem_analyst.plugin.core.snapshot import LayerSnapshot
    from vraem_analyst.plugin.core.totals import measure_total

    project = QgsProject.instance()
    districts = memory_layer("Polygon", "EPSG:4326", [ZONE], fields=[("name", QSTRING)], attributes=[("Pichari",)],
                             name="districts")
    on_layer = compute_areas(fields_layer, districts=districts, district_field="name", project=project)
    on_snapshot = compute_areas(LayerSnapshot(fields_layer), districts=LayerSnapshot(districts),
                                district_field="name", project=project)
    assert on_snapshot.by_district == on_layer.by_district and on_snapshot.by_district["Pichari"] > 0
    totals = measure_total(LayerSnapshot(fields_layer), project=project)  # batched path
    assert totals.total_ha == pytest.approx(on_layer.total_ha, rel=1e-9)


@pytest.mark.parametrize("dissolve", [False, True])
def test_buffer_overlap_gives_the_same_on_snapshots(fields_layer, dissolve):
    from vraem_analyst.plugin.core.overlap import buffer_overlap
    from vraem_analyst.plugin.core.snapshot import LayerSnapshot

    project = QgsProject.instance()
    towns = memory_layer("Point", "EPSG:4326", ["POINT(-74.0 -12.4)", "POINT(-73.9 -12.45)", "POINT(-73.95 -12.42)"],
                         name="towns")
    towns.selectByIds([2])
    for kwargs in ({}, {"selected_only": True}):
        on_layer = buffer_overlap(towns, 3000.0, fields_layer, dissolve=dissolve, project=project,
                                  keep_geometries=True, **kwargs)
        on_snapshot = buffer_overlap(LayerSnapshot(towns), 3000.0, LayerSnapshot(fields_layer), dissolve=dissolve,
                                     project=project, keep_geometries=True, **kwargs)
        assert on_snapshot.total_overlap_ha == on_layer.total_overlap_ha > 0
        assert [(t.fid, t.source_fids, t.overlap_ha) for t in on_snapshot.targets] == \
            [(t.fid, t.source_fids, t.overlap_ha) for t in on_layer.targets]
        assert [s.fid for s in on_snapshot.sources] == ([2] if kwargs else [1, 2, 3])
        assert [p.geometry.asWkt() for p in on_snapshot.pieces] == [p.geometry.asWkt() for p in on_layer.pieces]
    # points inside polygon buffers: the reverse direction works on snapshots too
    reverse = buffer_overlap(LayerSnapshot(fields_layer), 500.0, LayerSnapshot(towns), project=project)
    assert reverse.total_points_within == buffer_overlap(fields_layer, 500.0, towns, project=project) \
        .total_points_within


def test_edits_and_selection_after_the_snapshot_do_not_change_it(fields_layer):
    from vraem_analyst.plugin.core.areas import compute_areas
    from vraem_analyst.plugin.core.snapshot import LayerSnapshot

    project = QgsProject.instance()
    fields_layer.selectByIds([1, 2])
    fields_layer.startEditing()
    pending = QgsFeature(fields_layer.fields())
    pending.setGeometry(QgsGeometry.fromWkt(square(-73.6, -12.0, 0.01)))
    pending.setAttributes(["2030"])
    assert fields_layer.addFeature(pending)
    # taken with one uncommitted feature in the edit buffer: it is part of the snapshot, as of the layer
    snapshot = LayerSnapshot(fields_layer)
    before = compute_areas(snapshot, group_field="plan_year", project=project)
    assert before.feature_count == len(FIELDS) + 1
    assert before.by_group["2030"] == pytest.approx(oracle_ha(square(-73.6, -12.0, 0.01)), rel=1e-6)
    selected_before = compute_areas(snapshot, selected_only=True, project=project)

    # now the user edits: another new feature, a moved and a deleted one, a new selection
    extra = QgsFeature(fields_layer.fields())
    extra.setGeometry(QgsGeometry.fromWkt(square(-73.5, -12.0, 0.05)))
    assert fields_layer.addFeature(extra)
    assert fields_layer.changeGeometry(3, QgsGeometry.fromWkt(square(-73.0, -12.0, 0.03)))
    assert fields_layer.deleteFeature(4)
    fields_layer.selectByIds([5, 6, 7])

    layer_now = compute_areas(fields_layer, group_field="plan_year", project=project)
    assert layer_now.total_ha != pytest.approx(before.total_ha, rel=1e-3)  # the layer did change
    after = compute_areas(snapshot, group_field="plan_year", project=project)
    assert areas_key(after) == areas_key(before)
    selected_after = compute_areas(snapshot, selected_only=True, project=project)
    assert sorted(row.fid for row in selected_after.rows) == [1, 2]
    assert areas_key(selected_after) == areas_key(selected_before)
    assert snapshot.featureCount() == len(FIELDS) + 1 and snapshot.selectedFeatureCount() == 2

    # committing and removing the layer leaves the snapshot readable and unchanged
    assert fields_layer.commitChanges()
    QgsProject.instance().removeMapLayer(fields_layer.id())
    QgsApplication.processEvents()
    assert areas_key(compute_areas(snapshot, group_field="plan_year", project=project)) == areas_key(before)


def test_fields_the_layer_adds_to_its_provider_s_are_read_from_the_snapshot(fields_layer):
    """A plain layer is read from its provider's own source; a field the layer computes (an expression
    field, as a join or auxiliary storage adds) is not in the provider's: the snapshot still reads it,
    and groups by it."""
    from vraem_analyst.plugin.core.areas import compute_areas
    from vraem_analyst.plugin.core.snapshot import LayerSnapshot

    project = QgsProject.instance()
    plain = compute_areas(LayerSnapshot(fields_layer), group_field="plan_year", project=project)
    assert areas_key(plain) == areas_key(compute_areas(fields_layer, group_field="plan_year", project=project))
    assert fields_layer.addExpressionField("'plan ' || \"plan_year\"", QgsField("plan_label", QSTRING))
    snapshot = LayerSnapshot(fields_layer)
    labels = sorted(feature["plan_label"] for feature in snapshot.getFeatures())
    assert labels == sorted(f"plan {year}" for (year,) in PLAN_YEARS)
    by_label = compute_areas(snapshot, group_field="plan_label", project=project).by_group
    assert by_label == {f"plan {year}": area for year, area in plain.by_group.items()}


def test_snapshot_is_read_in_a_worker_thread_while_the_layer_is_edited(fields_layer):
    """The dock's pattern: built on the main thread, iterated in another while the main thread edits."""
    from vraem_analyst.plugin.core.snapshot import LayerSnapshot
    from vraem_analyst.plugin.core.totals import measure_total

    project = QgsProject.instance()
    big = [square(-74.0 + 0.001 * (i % 200), -12.0 - 0.001 * (i // 200), 0.0005) for i in range(10000)]
    layer = memory_layer("Polygon", "EPSG:4326", big, name="big")
    QgsProject.instance().addMapLayer(layer)
    expected = measure_total(layer, project=project)
    snapshot = LayerSnapshot(layer)
    results = []
    worker = threading.Thread(target=lambda: results.append(measure_total(snapshot, project=project)))
    worker.start()
    layer.startEditing()
    for number in range(50):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(square(-72.0 + 0.01 * number, -11.0, 0.005)))
        layer.addFeature(feature)
        layer.selectByIds([number + 1])
    layer.deleteFeatures(list(range(1, 101)))
    worker.join(120)
    assert not worker.is_alive() and len(results) == 1
    assert results[0].feature_count == 10000
    assert results[0].total_ha == pytest.approx(expected.total_ha, rel=1e-12)
    layer.rollBack()


def test_zone_from_district_boundaries_is_the_same_on_a_snapshot(qgis_new_project, shared_data):
    from vraem_analyst.plugin.core.districts import build_zone_from_districts
    from vraem_analyst.plugin.core.snapshot import LayerSnapshot

    boundaries = QgsVectorLayer(str(shared_data / "peru_distrital_simple.geojson"), "districts", "ogr")
    assert boundaries.isValid()
    on_layer = build_zone_from_districts(boundaries)
    snapshot = LayerSnapshot(boundaries)
    on_snapshot = build_zone_from_districts(snapshot)
    assert on_snapshot.matched == on_layer.matched and on_snapshot.matched
    assert on_snapshot.match_method == on_layer.match_method and on_snapshot.match_field == on_layer.match_field
    assert on_snapshot.area_m2 == pytest.approx(on_layer.area_m2, rel=1e-12)
    assert on_snapshot.source_name == "districts"
    request = QgsFeatureRequest().setNoAttributes()
    assert sum(1 for _ in snapshot.getFeatures(request)) == boundaries.featureCount()
